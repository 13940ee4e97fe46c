// The --filter expression language: any text either parses or yields an error inside it.
#include "core/query/filterexpr.h"
#include "fuzzlines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = rs::fuzz::bytesOf(data, size);
    const auto result = rs::parseFilterExpression(text);
    if (const auto* error = std::get_if<rs::FilterParseError>(&result)) {
        RS_FUZZ_CHECK(error->position <= text.size());
        RS_FUZZ_CHECK(!error->message.empty());
    }
    return 0;
}
