// Load-balancer request logs (cloud): detection and parsing of arbitrary lines never crash.
#include "core/formats/lblog.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rs::LbLogParser parser;
    rs::LbRecord record;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view line) {
        (void)rs::LbLogParser::detect(line);
        (void)rs::lb::looksLikeGcp(line);
        (void)rs::lb::looksLikeAzure(line);
        if (!line.empty() && line.front() == '{')
            (void)parser.parse(line, record);
    });
    return 0;
}
