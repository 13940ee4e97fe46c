#include "core/util/poolscan.h"

#include <algorithm>
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

// Finds `needle` in the bytes [begin, end): the start of its first occurrence at or after `from`,
// or null. Candidates are found by the needle's first and last byte, 16 positions at a time
// (W. Muła's SIMD substring search), then compared whole.
class NeedleFinder {
public:
    NeedleFinder(std::string_view needle, bool foldCase)
        : m_needle(needle)
        , m_fold(foldCase)
    {
        const auto first = static_cast<unsigned char>(needle.front());
        const auto last = static_cast<unsigned char>(needle.back());
        // Folding: a letter is compared with bit 5 set on both sides ('A' | 0x20 == 'a'); other bytes
        // exactly.
        m_firstMask = m_fold && isAsciiLetter(first) ? 0x20 : 0;
        m_lastMask = m_fold && isAsciiLetter(last) ? 0x20 : 0;
        m_first = static_cast<unsigned char>(first | m_firstMask);
        m_last = static_cast<unsigned char>(last | m_lastMask);
    }

    const char* find(const char* from, const char* end) const
    {
        const std::size_t k = m_needle.size();
        if (static_cast<std::size_t>(end - from) < k)
            return nullptr;
        const char* p = from;
#if defined(__SSE2__)
        const __m128i first = _mm_set1_epi8(static_cast<char>(m_first));
        const __m128i last = _mm_set1_epi8(static_cast<char>(m_last));
        const __m128i firstMask = _mm_set1_epi8(static_cast<char>(m_firstMask));
        const __m128i lastMask = _mm_set1_epi8(static_cast<char>(m_lastMask));
        for (; p + 16 + k - 1 <= end; p += 16) {
            const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), firstMask);
            const __m128i b =
                _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k - 1)), lastMask);
            auto bits = static_cast<unsigned>(
                _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
            for (; bits != 0; bits &= bits - 1) {
                const char* at = p + __builtin_ctz(bits);
                if (equalsAt(at))
                    return at;
            }
        }
#endif
        for (; p + k <= end; ++p)
            if ((static_cast<unsigned char>(*p) | m_firstMask) == m_first && equalsAt(p))
                return p;
        return nullptr;
    }

private:
    bool equalsAt(const char* at) const
    {
        if (!m_fold)
            return std::memcmp(at, m_needle.data(), m_needle.size()) == 0;
        for (std::size_t i = 0; i < m_needle.size(); ++i)
            if (lowerAscii(static_cast<unsigned char>(at[i])) !=
                lowerAscii(static_cast<unsigned char>(m_needle[i])))
                return false;
        return true;
    }

    std::string_view m_needle;
    bool m_fold;
    unsigned char m_first = 0, m_last = 0;
    unsigned char m_firstMask = 0, m_lastMask = 0;
};

} // namespace

bool canScanFor(std::string_view needle, bool foldCase)
{
    if (needle.empty())
        return false;
    return !foldCase || std::none_of(needle.begin(), needle.end(),
                                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

void forEachIdContaining(const StringPool& pool, StringPool::Id first, StringPool::Id last,
                         std::string_view needle, bool foldCase,
                         const std::function<void(StringPool::Id)>& found)
{
    const NeedleFinder finder(needle, foldCase);
    last = std::min<StringPool::Id>(last, static_cast<StringPool::Id>(pool.size()));
    StringPool::Id id = std::max<StringPool::Id>(first, 1); // 0 is the empty string
    while (id < last) {
        // A run: ids whose texts follow each other in memory, scanned as one buffer.
        const StringPool::Id runBegin = id;
        const char* begin = pool.view(id).data();
        const char* end = begin + pool.view(id).size();
        for (++id; id < last && pool.view(id).data() == end; ++id)
            end += pool.view(id).size();
        StringPool::Id owner = runBegin; // the id whose text holds the scan position
        for (const char* at = finder.find(begin, end); at != nullptr;) {
            while (pool.view(owner).data() + pool.view(owner).size() <= at)
                ++owner;
            const char* ownerEnd = pool.view(owner).data() + pool.view(owner).size();
            if (at + needle.size() <= ownerEnd) {
                found(owner);
                at = finder.find(ownerEnd, end); // one call per id: go on after its text
            } else {
                at = finder.find(at + 1, end); // across two strings: not an occurrence
            }
        }
    }
}

} // namespace rs
