// Bytes as a bundle: plain file, gzip, tar, tgz, zip, 7z, bzip2/xz/zstd, nested to any depth.
// Every delivered member is parsed as the importer would. Limits are small so that a bomb
// found by the fuzzer hits them instead of the fuzzer's own memory limit.
#include "core/bundle/bundlereader.h"
#include "core/import/fileparser.h"
#include "core/util/textescape.h"
#include "fuzzlines.h"

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rs::BundleLimits limits;
    limits.maxTotalBytes = 256u << 20;
    limits.maxMemberBytes = 64u << 20;
    limits.maxMembers = 10000;
    limits.maxDepth = 12;
    rs::BundleReader reader(limits);
    std::vector<rs::BundleProblem> problems;
    rs::ParseOptions options;
    options.maxLineBytes = 64 * 1024;
    std::uint64_t delivered = 0;
    reader.readBytes(
        "bundle", rs::bytesFromString(std::string(rs::fuzz::bytesOf(data, size))),
        [&](rs::BundleEntry&& entry) {
            RS_FUZZ_CHECK(entry.bytes != nullptr);
            RS_FUZZ_CHECK(rs::isValidUtf8(entry.path));
            RS_FUZZ_CHECK(entry.path.find("/../") == std::string::npos);
            delivered += entry.bytes->size();
            RS_FUZZ_CHECK(delivered <= limits.maxTotalBytes);
            (void)rs::parseFile(std::move(entry), options);
        },
        problems);
    for (const auto& problem : problems)
        RS_FUZZ_CHECK(rs::isValidUtf8(problem.path));
    return 0;
}
