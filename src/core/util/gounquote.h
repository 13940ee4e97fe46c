#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rs {

// The value of the `digits` hex digits at s[at…]; -1 when they are not all there.
std::int64_t readHex(std::string_view s, std::size_t at, std::size_t digits);
// Appends the UTF-8 encoding of `rune` (assumed valid) to `out`.
void appendUtf8(std::string& out, std::uint32_t rune);

// First '"' or '\\' in [p, end), or end. Access lines hold ~30 short Go-quoted values, so this
// is inlined into the tokenizer: a library memchr call per value costs more than the scan.
inline const char* findQuoteOrBackslash(const char* p, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const int mask =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

// Like skipGoQuoted(text), and tells whether the body holds a backslash escape, so callers
// can hand out a view into the line instead of unquoting into a buffer.
inline std::size_t skipGoQuoted(std::string_view text, bool& hasEscape)
{
    hasEscape = false;
    if (text.empty() || text.front() != '"')
        return std::string_view::npos;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* p = begin + 1;
    for (;;) {
        p = findQuoteOrBackslash(p, end);
        if (p == end)
            return std::string_view::npos;
        if (*p == '"')
            return static_cast<std::size_t>(p - begin) + 1;
        hasEscape = true;
        if (end - p < 2)
            return std::string_view::npos;
        p += 2;
    }
}

// Index one past the closing quote of the Go-quoted string starting at text[0] == '"',
// honouring backslash escapes; std::string_view::npos if unterminated.
inline std::size_t skipGoQuoted(std::string_view text)
{
    bool hasEscape = false;
    return skipGoQuoted(text, hasEscape);
}

// Appends the unquoted body of `quoted` (including its surrounding quotes) to `out`, with Go
// strconv.Unquote semantics: \" \\ \n \t \r \a \b \f \v \xNN \NNN (octal) \uNNNN \UNNNNNNNN
// (encoded as UTF-8). Returns false on a malformed escape or a missing quote; `out` then holds
// the best effort, the bad escape copied literally. Never appends more bytes than `quoted`
// has, which lets callers reserve once and keep views into `out` stable.
bool goUnquote(std::string_view quoted, std::string& out);

} // namespace rs
