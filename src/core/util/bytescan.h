#pragma once

// SIMD (SSE2, with a scalar fallback) byte scans for the line parsers. Everything is inline:
// these run several times per field of every line, where a call costs more than the work.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rs {

template <typename Word> inline Word loadWord(const char* p)
{
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Equality of n >= 4 bytes with word loads: keys are 6–21 bytes, and a memcmp call per key
// costs more than the comparison itself.
inline bool sameBytes(const char* a, const char* b, std::size_t n)
{
    if (n < 8)
        return loadWord<std::uint32_t>(a) == loadWord<std::uint32_t>(b) &&
               loadWord<std::uint32_t>(a + n - 4) == loadWord<std::uint32_t>(b + n - 4);
    for (std::size_t i = 0; i + 8 < n; i += 8) {
        if (loadWord<std::uint64_t>(a + i) != loadWord<std::uint64_t>(b + i))
            return false;
    }
    return loadWord<std::uint64_t>(a + n - 8) == loadWord<std::uint64_t>(b + n - 8);
}

// s[at...] starts with `literal` (short, compile-time): char compares, no memcmp call.
template <std::size_t N> inline bool hasAt(std::string_view s, std::size_t at, const char (&literal)[N])
{
    if (at > s.size() || s.size() - at < N - 1)
        return false;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (s[at + i] != literal[i])
            return false;
    }
    return true;
}

// Bit i of bits[i / 64] is set when line[i] is '"'. One SIMD pass over the line replaces a
// dependent, branchy search per quoted value (~30 per line). It also reports whether the line
// holds a backslash (quoted values are then scanned escape-aware) or a NUL byte.
struct QuoteIndex {
    bool backslash = false;
    bool nul = false;
};

#if defined(__SSE2__)
// The 64-byte block at p: quote bits, and backslash/NUL bytes folded into the accumulators.
inline std::uint64_t quoteBlock(const char* p, __m128i& sawBackslash, __m128i& sawNul)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    std::uint64_t word = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, quote)));
        word |= static_cast<std::uint64_t>(mask) << (16 * k);
        sawBackslash = _mm_or_si128(sawBackslash, _mm_cmpeq_epi8(chunk, backslash));
        sawNul = _mm_or_si128(sawNul, _mm_cmpeq_epi8(chunk, _mm_setzero_si128()));
    }
    return word;
}
#endif

inline QuoteIndex indexQuotes(std::string_view line, std::uint64_t* bits)
{
    QuoteIndex result;
    const char* const p = line.data();
    const std::size_t n = line.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    __m128i sawBackslash = _mm_setzero_si128();
    __m128i sawNul = _mm_setzero_si128();
    for (; i + 64 <= n; i += 64)
        bits[i / 64] = quoteBlock(p + i, sawBackslash, sawNul);
    if (i < n && n >= 64) {
        // The last partial block: the line's final 64 bytes, shifted down to block i.
        const std::uint64_t word = quoteBlock(p + n - 64, sawBackslash, sawNul);
        bits[i / 64] = word >> (64 - (n - i));
    } else if (i < n) {
        // Short lines go through a padded copy: no reads past the line.
        std::array<char, 64> block;
        block.fill(' ');
        std::memcpy(block.data(), p, n);
        bits[0] = quoteBlock(block.data(), sawBackslash, sawNul);
    }
    result.backslash = _mm_movemask_epi8(sawBackslash) != 0;
    result.nul = _mm_movemask_epi8(sawNul) != 0;
#else
    std::uint64_t word = 0;
    for (; i < n; ++i) {
        const char c = p[i];
        word |= static_cast<std::uint64_t>(c == '"') << (i & 63);
        result.backslash = result.backslash || c == '\\';
        result.nul = result.nul || c == '\0';
        if ((i & 63) == 63) {
            bits[i / 64] = word;
            word = 0;
        }
    }
    if ((n & 63) != 0)
        bits[n / 64] = word;
#endif
    return result;
}

// First set bit at or after `from` in the index indexQuotes() built for a line of `n` bytes;
// npos when none.
inline std::size_t nextQuote(const std::uint64_t* quotes, std::size_t n, std::size_t from)
{
    if (from >= n)
        return std::string_view::npos;
    const std::size_t words = (n + 63) / 64;
    std::size_t w = from / 64;
    std::uint64_t bits = quotes[w] & (~std::uint64_t{0} << (from % 64));
    while (bits == 0) {
        if (++w == words)
            return std::string_view::npos;
        bits = quotes[w];
    }
    return w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
}

// First `c` at or after `pos`, or s.size(). Meant for short runs, where a memchr call costs
// more than the scan.
inline std::size_t findByte(std::string_view s, std::size_t pos, char c)
{
    const std::size_t n = s.size();
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi8(c);
    while (n - pos >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted)));
        if (mask != 0)
            return pos + static_cast<std::size_t>(__builtin_ctz(mask));
        pos += 16;
    }
#endif
    while (pos < n && s[pos] != c)
        ++pos;
    return pos;
}

// The first byte at or after `pos` that is ':', '"', a space, a control or non-ASCII byte, or
// s.size(): where a `key:` name ends. Extra-header names run 10–30 bytes: 16 at a time.
inline std::size_t findKeyEnd(std::string_view s, std::size_t pos)
{
    const std::size_t n = s.size();
#if defined(__SSE2__)
    while (n - pos >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
        // Signed compare: bytes >= 0x80 are negative, so "< '!'" also catches non-ASCII.
        const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(':')),
                                                        _mm_cmpeq_epi8(chunk, _mm_set1_epi8('"'))),
                                           _mm_or_si128(_mm_cmplt_epi8(chunk, _mm_set1_epi8('!')),
                                                        _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\x7f'))));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stops));
        if (mask != 0)
            return pos + static_cast<std::size_t>(__builtin_ctz(mask));
        pos += 16;
    }
#endif
    while (pos < n) {
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c == ':' || c == '"' || c < '!' || c >= 0x7f)
            break;
        ++pos;
    }
    return pos;
}

} // namespace rs
