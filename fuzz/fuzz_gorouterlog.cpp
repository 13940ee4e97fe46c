// gorouter.log JSON lines (lager, zap, gosteno eras, with or without ctl prefix).
#include "core/formats/gorouterlog.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static rs::GorouterLogParser parser;
    rs::RouterEvent event;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view line) {
        (void)rs::GorouterLogParser::looksLikeGorouterLine(line);
        (void)parser.parse(line, event);
    });
    return 0;
}
