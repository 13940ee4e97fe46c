// Go strconv.Unquote semantics, and the quoted-string scanner the tokenizers share.
#include "core/util/gounquote.h"
#include "core/util/textescape.h"
#include "fuzzlines.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = rs::fuzz::bytesOf(data, size);
    bool hasEscape = false;
    const std::size_t end = rs::skipGoQuoted(text, hasEscape);
    RS_FUZZ_CHECK(end == std::string_view::npos || (end >= 2 && end <= text.size()));
    std::string out = "prefix";
    (void)rs::goUnquote(text, out);
    // Callers reserve once and keep views into `out`: it must never grow by more than the input.
    RS_FUZZ_CHECK(out.size() <= 6 + text.size());
    if (end != std::string_view::npos) {
        std::string body;
        (void)rs::goUnquote(text.substr(0, end), body);
        RS_FUZZ_CHECK(body.size() <= end);
    }
    const std::string shown = rs::escapeForDisplay(text, 300);
    RS_FUZZ_CHECK(rs::isValidUtf8(shown));
    return 0;
}
