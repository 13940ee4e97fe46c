#include "core/util/needlefinder.h"

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rs {
namespace {

unsigned char lowerAscii(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c | 0x20) : c;
}

bool isAsciiLetter(unsigned char c)
{
    return lowerAscii(c) >= 'a' && lowerAscii(c) <= 'z';
}

// How common a byte (case folded) is in Gorouter, Diego and lager lines, roughly: digits, spaces
// and JSON punctuation fill most of a line, then letters by English frequency; anything else is
// rare. Only the order matters.
constexpr std::array<unsigned char, 256> commonness()
{
    std::array<unsigned char, 256> rank{};
    for (unsigned char c = '0'; c <= '9'; ++c)
        rank[c] = 220;
    constexpr std::string_view letters = "etaoinsrlcdhupmfgbywvkxzjq"; // most common first
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const auto lower = static_cast<unsigned char>(letters[i]);
        rank[lower] = static_cast<unsigned char>(200 - 6 * i);
        rank[lower & ~0x20u] = rank[lower];
    }
    constexpr std::string_view punctuation = " \":,.-/_={}"; // most common first
    for (std::size_t i = 0; i < punctuation.size(); ++i)
        rank[static_cast<unsigned char>(punctuation[i])] = static_cast<unsigned char>(250 - 8 * i);
    return rank;
}

constexpr std::array<unsigned char, 256> kCommonness = commonness();

} // namespace

NeedleFinder::NeedleFinder(std::string_view needle, bool foldCase)
    : m_needle(needle)
    , m_fold(foldCase)
{
    if (needle.empty())
        return;
    const auto rank = [&](std::size_t i) { return kCommonness[static_cast<unsigned char>(needle[i])]; };
    // The rarest byte, then the rarest other one (another value if there is one: "xx" finds as many
    // candidates with both as with one); the first byte breaks ties, for an early verdict.
    for (std::size_t i = 1; i < needle.size(); ++i)
        if (rank(i) < rank(m_firstAt))
            m_firstAt = i;
    m_secondAt = m_firstAt;
    const auto same = [&](std::size_t i) {
        return lowerAscii(static_cast<unsigned char>(needle[i])) ==
               lowerAscii(static_cast<unsigned char>(needle[m_firstAt]));
    };
    for (std::size_t i = 0; i < needle.size(); ++i) {
        if (i == m_firstAt)
            continue;
        if (m_secondAt == m_firstAt || (same(m_secondAt) && !same(i)) ||
            (same(m_secondAt) == same(i) && rank(i) < rank(m_secondAt)))
            m_secondAt = i;
    }
    const auto first = static_cast<unsigned char>(needle[m_firstAt]);
    const auto second = static_cast<unsigned char>(needle[m_secondAt]);
    // Folding: a letter is compared with bit 5 set on both sides ('A' | 0x20 == 'a'); other bytes
    // exactly.
    m_firstMask = m_fold && isAsciiLetter(first) ? 0x20 : 0;
    m_secondMask = m_fold && isAsciiLetter(second) ? 0x20 : 0;
    m_first = static_cast<unsigned char>(first | m_firstMask);
    m_second = static_cast<unsigned char>(second | m_secondMask);
}

bool NeedleFinder::equalsAt(const char* at) const
{
    if (!m_fold)
        return std::memcmp(at, m_needle.data(), m_needle.size()) == 0;
    for (std::size_t i = 0; i < m_needle.size(); ++i)
        if (lowerAscii(static_cast<unsigned char>(at[i])) !=
            lowerAscii(static_cast<unsigned char>(m_needle[i])))
            return false;
    return true;
}

const char* NeedleFinder::find(const char* from, const char* end) const
{
    const std::size_t k = m_needle.size();
    if (k == 0 || static_cast<std::size_t>(end - from) < k)
        return nullptr;
    const char* p = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(static_cast<char>(m_first));
    const __m128i second = _mm_set1_epi8(static_cast<char>(m_second));
    const __m128i firstMask = _mm_set1_epi8(static_cast<char>(m_firstMask));
    const __m128i secondMask = _mm_set1_epi8(static_cast<char>(m_secondMask));
    // 32 positions per step, two blocks of 16: one branch for both when neither holds a candidate,
    // which is nearly always.
    for (; p + 32 + k - 1 <= end; p += 32) {
        const auto block = [&](const char* q) {
            const __m128i a =
                _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q + m_firstAt)), firstMask);
            const __m128i b =
                _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q + m_secondAt)), secondMask);
            return _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second));
        };
        const __m128i low = block(p);
        const __m128i high = block(p + 16);
        if (_mm_movemask_epi8(_mm_or_si128(low, high)) == 0)
            continue;
        auto bits = static_cast<std::uint32_t>(_mm_movemask_epi8(low)) |
                    static_cast<std::uint32_t>(_mm_movemask_epi8(high)) << 16;
        for (; bits != 0; bits &= bits - 1) {
            const char* at = p + __builtin_ctz(bits);
            if (equalsAt(at))
                return at;
        }
    }
#endif
    for (; p + k <= end; ++p)
        if ((static_cast<unsigned char>(p[m_firstAt]) | m_firstMask) == m_first && equalsAt(p))
            return p;
    return nullptr;
}

} // namespace rs
