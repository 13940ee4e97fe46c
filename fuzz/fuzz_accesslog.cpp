// Access-log lines of every era, inside any wrapper (cf logs, syslog, bosh logs -f).
#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static rs::AccessLogParser parser(false);
    static rs::AccessLogParser spans(true); // the display path records field spans as well
    rs::AccessRecord record;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view line) {
        const rs::Unwrapped unwrapped = rs::unwrap(line);
        const bool decoded = unwrapped.embedded.style != rs::EnvelopeStyle::None &&
                             unwrapped.embedded.style != rs::EnvelopeStyle::Bare;
        RS_FUZZ_CHECK(unwrapped.payload.empty() || decoded ||
                      (unwrapped.payload.data() >= line.data() &&
                       unwrapped.payload.data() + unwrapped.payload.size() <= line.data() + line.size()));
        (void)rs::AccessLogParser::looksLikeAccessLine(unwrapped.payload);
        if (!parser.parse(unwrapped.payload, record))
            (void)rs::checkAgainstWrapper(unwrapped, record);
        (void)spans.parse(line, record);
    });
    return 0;
}
