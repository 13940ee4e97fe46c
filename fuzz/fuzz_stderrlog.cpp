// gorouter.stderr.log: Go `log` lines, ctl prefixes and panics.
#include "core/formats/stderrlog.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const rs::GorouterStderrParser parser;
    rs::StderrRecord record;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view line) {
        (void)rs::GorouterStderrParser::looksLikeGoLogLine(line);
        if (!rs::GorouterStderrParser::isContinuation(line))
            (void)parser.parse(line, record);
    });
    return 0;
}
