// App log lines ([APP/PROC/WEB/n] in cf logs output, drains and envelopes): unwrapping and parsing
// arbitrary lines never crash, and every view the parser hands out lies inside what it was given.
#include "core/formats/applog.h"
#include "core/formats/wrappers.h"
#include "fuzzlines.h"

namespace {

bool inside(std::string_view part, std::string_view whole)
{
    return part.empty() ||
           (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

void check(const rs::AppLogLine& line, std::string_view source, std::string_view message)
{
    RS_FUZZ_CHECK(inside(line.text, message));
    RS_FUZZ_CHECK(inside(line.vcapRequestId, message));
    RS_FUZZ_CHECK(line.vcapRequestId.empty() || line.vcapRequestId.size() == 36);
    RS_FUZZ_CHECK(inside(line.traceId, message));
    RS_FUZZ_CHECK(line.traceId.empty() || line.traceId.size() == 16 || line.traceId.size() == 32);
    RS_FUZZ_CHECK(inside(line.processType, source));
    RS_FUZZ_CHECK(line.instance >= -1);
    (void)rs::applog::isErrorLine(line);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rs::AppLogLine line;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view text) {
        (void)rs::applog::cfLogsHeaderApp(text);
        // As the importer reads it: the wrappers (cf logs, syslog drain, envelopes) first.
        const rs::Unwrapped u = rs::unwrap(text);
        if (rs::applog::parse(u.logSource, u.stream, u.wrapperTime, u.payload, line)) {
            RS_FUZZ_CHECK(rs::applog::isAppSource(u.logSource));
            check(line, u.logSource, u.payload);
        }
        // The first word as the source and the rest as the message, whatever the line holds.
        const std::size_t space = text.find(' ');
        const std::string_view source = text.substr(0, space);
        const std::string_view message =
            space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
        if (rs::applog::parse(source, "ERR", 0, message, line))
            check(line, source, message);
        (void)rs::applog::findVcapRequestId(text);
        (void)rs::applog::findTraceId(text);
    });
    return 0;
}
