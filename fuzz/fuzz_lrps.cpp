// cfdot actual-lrps output (JSON lines or a JSON array).
#include "core/formats/lrps.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = rs::fuzz::bytesOf(data, size);
    (void)rs::looksLikeActualLrps(bytes);
    const rs::LrpResult result = rs::parseActualLrps(bytes);
    for (const auto& issue : result.issues)
        RS_FUZZ_CHECK(issue.offset <= bytes.size());
    return 0;
}
