// Bytes as a bundle: plain file, gzip, tar, tgz, zip, 7z, bzip2/xz/zstd, nested to any depth,
// through the whole import (reader, parsers, merge, duplicate and consistency checks). Limits
// are small so that a bomb found by the fuzzer hits them instead of the fuzzer's memory limit.
#include "core/import/importer.h"
#include "core/util/textescape.h"
#include "fuzzlines.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rs::ImportOptions options;
    options.threads = 1; // deterministic, and no thread start-up per input
    options.limits.maxTotalBytes = 256u << 20;
    options.limits.maxMemberBytes = 64u << 20;
    options.limits.maxMembers = 10000;
    options.parse.maxLineBytes = 64 * 1024;
    const auto incident = rs::Importer(options).importBytes(
        "bundle", rs::bytesFromString(std::string(rs::fuzz::bytesOf(data, size))));
    const rs::ImportReport& report = incident->report;
    RS_FUZZ_CHECK(report.files.size() == incident->fileText.size());
    for (const auto& problem : report.problems) {
        RS_FUZZ_CHECK(rs::isValidUtf8(problem.path));
        RS_FUZZ_CHECK(rs::isValidUtf8(problem.detail));
    }
    for (const auto& file : report.files) {
        RS_FUZZ_CHECK(rs::isValidUtf8(file.path));
        RS_FUZZ_CHECK(file.path.find("/../") == std::string::npos);
        for (const auto& group : file.skipped)
            for (const auto& example : group.examples)
                RS_FUZZ_CHECK(rs::isValidUtf8(example.text));
    }
    const auto& requests = incident->tables.requests;
    for (std::size_t i = 0; i < requests.size(); ++i)
        RS_FUZZ_CHECK(requests.source.file[i] < report.files.size());
    return 0;
}
