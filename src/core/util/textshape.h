#pragma once

// Character classes and id shapes that several readers recognise (bundle names, LB captures).
// ASCII only, independent of the C locale.

#include <cstddef>
#include <string>
#include <string_view>

namespace rs {

inline bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isHexDigit(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

inline char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Only A-Z change: bytes of other scripts and encodings stay as they are, whatever the locale.
inline std::string asciiLowered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = asciiLower(c);
    return out;
}

inline constexpr std::size_t kUuidLength = 36;

// 8-4-4-4-12 hex digits starting at `at`; what follows is not looked at.
inline bool isUuidAt(std::string_view s, std::size_t at = 0)
{
    if (s.size() < at + kUuidLength)
        return false;
    for (std::size_t i = 0; i < kUuidLength; ++i) {
        const char c = s[at + i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !isHexDigit(c))
            return false;
    }
    return true;
}

} // namespace rs
