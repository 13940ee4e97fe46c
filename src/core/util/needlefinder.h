#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rs {

// Finds a needle in large buffers, optionally folding ASCII case (bytes from 0x80 on compare
// exactly). Candidates are found by two bytes of the needle, 16 positions at a time (W. Muła's SIMD
// substring search), then compared whole. The two bytes are the needle's rarest in log text, not
// its first and last: "200" or "router" start and end with bytes that half of every line holds,
// and a candidate costs a compare, while "x509" has a rare 'x'.
class NeedleFinder {
public:
    NeedleFinder(std::string_view needle, bool foldCase);

    // The start of the first occurrence in [from, end), or null. A needle that is empty is found
    // nowhere.
    const char* find(const char* from, const char* end) const;
    // The same in a string: the offset of the first occurrence at or after `from`, or npos.
    std::size_t find(std::string_view haystack, std::size_t from = 0) const
    {
        if (from > haystack.size())
            return std::string_view::npos;
        const char* at = find(haystack.data() + from, haystack.data() + haystack.size());
        return at != nullptr ? static_cast<std::size_t>(at - haystack.data()) : std::string_view::npos;
    }
    std::size_t size() const { return m_needle.size(); }

private:
    bool equalsAt(const char* at) const;

    std::string m_needle;
    bool m_fold;
    // The two bytes candidates are found by: their offsets in the needle, their values (with bit 5
    // set when folding a letter), and that bit as a mask ORed into the haystack's bytes.
    std::size_t m_firstAt = 0, m_secondAt = 0;
    unsigned char m_first = 0, m_second = 0;
    unsigned char m_firstMask = 0, m_secondMask = 0;
};

} // namespace rs
