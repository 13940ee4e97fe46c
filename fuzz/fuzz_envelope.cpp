// Records and app lines inside envelope fields and after unknown prefixes: the search, the
// decoder's position map (every mapped offset inside the line, never decreasing), the envelope
// facts, and unwrap()/unwrapNext() as the importer calls them (every field inside the line,
// found in order, app lines with an APP source and views inside what they came from).
#include "core/formats/applog.h"
#include "core/formats/envelope.h"
#include "core/formats/fieldspans.h"
#include "core/formats/wrappers.h"
#include "fuzzlines.h"

#include <algorithm>
#include <string>
#include <vector>

namespace {

void checkField(const rs::EmbeddedRecord& e, std::string_view line, std::size_t from)
{
    RS_FUZZ_CHECK(e.begin <= e.end && e.end <= line.size() && e.fieldAt <= e.begin && e.fieldAt >= from);
}

void checkUnwrapped(const rs::Unwrapped& u, std::string_view line, std::size_t from)
{
    if (u.embedded.style == rs::EnvelopeStyle::None)
        return;
    checkField(u.embedded, line, from);
    if (rs::applog::isAppSource(u.logSource)) {
        rs::AppLogLine app;
        RS_FUZZ_CHECK(rs::applog::parse(u.logSource, u.stream, u.wrapperTime, u.payload, app));
        RS_FUZZ_CHECK(app.text.size() <= u.payload.size());
        RS_FUZZ_CHECK(app.instance >= -1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string text;
    std::vector<std::uint32_t> map;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view line) {
        rs::EmbeddedRecord e;
        std::size_t from = 0;
        for (int n = 0; n < 8 && rs::findEmbeddedRecord(line, from, e); ++n) {
            checkField(e, line, from);
            rs::decodeEmbedded(line, e, text, &map);
            RS_FUZZ_CHECK(map.size() == text.size() + 1);
            for (std::size_t i = 0; i < map.size(); ++i)
                RS_FUZZ_CHECK(map[i] <= line.size() && (i == 0 || map[i] >= map[i - 1]));
            (void)rs::envelopeFacts(line, e.style);
            from = std::max(e.end, from + 1);
        }
        from = 0;
        for (int n = 0; n < 8 && rs::findMessageMember(line, from, e); ++n) {
            checkField(e, line, from);
            RS_FUZZ_CHECK(e.style == rs::EnvelopeStyle::Json || e.style == rs::EnvelopeStyle::PythonRepr);
            (void)rs::envelopeFacts(line, e.style, &e);
            from = e.end + 1;
        }
        from = 0;
        for (int n = 0; n < 8 && rs::findCsvField(line, from, e); ++n) {
            checkField(e, line, from);
            from = e.end + 1;
        }
        // As the importer reads an envelope file: the first field, then each next one in order.
        std::string_view trimmed = line;
        while (!trimmed.empty() && (trimmed.back() == '\r' || trimmed.back() == '\n'))
            trimmed.remove_suffix(1);
        rs::Unwrapped u = rs::unwrap(line);
        checkUnwrapped(u, trimmed, 0);
        from = u.embedded.end;
        for (int n = 0; n < 8 && u.embedded.style != rs::EnvelopeStyle::None && rs::unwrapNext(line, from, u);
             ++n) {
            checkUnwrapped(u, trimmed, from);
            from = std::max(u.embedded.end, from + 1);
        }
        for (const auto& span : rs::fields::fieldSpans(rs::FileKind::AccessLog, line))
            RS_FUZZ_CHECK(std::size_t{span.offset} + span.length <= line.size());
    });
    return 0;
}
