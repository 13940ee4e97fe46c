// Diego/component lager lines, including the rep's container lifecycle messages.
#include "core/formats/lagerlog.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static rs::LagerLogParser parser;
    rs::LagerRecord record;
    rs::ContainerEvent container;
    rs::fuzz::forEachLine(rs::fuzz::bytesOf(data, size), [&](std::string_view line) {
        (void)rs::LagerLogParser::looksLikeLagerLine(line);
        bool isContainer = false;
        (void)parser.parse(line, record, container, isContainer);
    });
    return 0;
}
