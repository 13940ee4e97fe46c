// Route table dumps (/routes JSON document or JSON lines).
#include "core/formats/routedump.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = rs::fuzz::bytesOf(data, size);
    (void)rs::looksLikeRouteDump(bytes);
    const rs::RouteDumpResult result = rs::parseRouteDump(bytes);
    for (const auto& issue : result.issues)
        RS_FUZZ_CHECK(issue.offset <= bytes.size());
    return 0;
}
