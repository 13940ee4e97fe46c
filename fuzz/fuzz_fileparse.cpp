// One file's bytes through kind detection and the parser it picks (captures, mixed kinds, long
// lines, NULs): the path every bundle member takes after the bundle reader.
#include "core/import/fileparser.h"
#include "core/util/textescape.h"
#include "fuzzlines.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rs::BundleEntry entry;
    entry.path = "router.0/gorouter/access.log";
    entry.bytes = rs::bytesFromString(std::string(rs::fuzz::bytesOf(data, size)));
    rs::ParseOptions options;
    options.maxLineBytes = 4096; // small, so that the long-line path is reached too
    const rs::ParsedFile parsed = rs::parseFile(std::move(entry), options);
    for (const auto& group : parsed.report.skipped)
        for (const auto& example : group.examples)
            RS_FUZZ_CHECK(rs::isValidUtf8(example.text));
    RS_FUZZ_CHECK(rs::isValidUtf8(parsed.report.ignoredDetail));
    return 0;
}
