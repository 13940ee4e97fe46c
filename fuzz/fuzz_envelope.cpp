// Records inside envelope fields and after unknown prefixes: the search, the decoder's position
// map (every mapped offset inside the line, never decreasing) and the envelope facts.
#include "core/formats/envelope.h"
#include "core/formats/fieldspans.h"
#include "core/formats/wrappers.h"
#include "fuzzlines.h"

#include <algorithm>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string text;
    std::vector<std::uint32_t> map;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view line) {
        rs::EmbeddedRecord e;
        std::size_t from = 0;
        for (int n = 0; n < 8 && rs::findEmbeddedRecord(line, from, e); ++n) {
            RS_FUZZ_CHECK(e.begin <= e.end && e.end <= line.size() && e.fieldAt <= e.begin &&
                          e.fieldAt >= from);
            rs::decodeEmbedded(line, e, text, &map);
            RS_FUZZ_CHECK(map.size() == text.size() + 1);
            for (std::size_t i = 0; i < map.size(); ++i)
                RS_FUZZ_CHECK(map[i] <= line.size() && (i == 0 || map[i] >= map[i - 1]));
            (void)rs::envelopeFacts(line, e.style);
            from = std::max(e.end, from + 1);
        }
        for (const auto& span : rs::fields::fieldSpans(rs::FileKind::AccessLog, line))
            RS_FUZZ_CHECK(std::size_t{span.offset} + span.length <= line.size());
    });
    return 0;
}
