#pragma once

// Tokens of an access-log line and the shapes of their values. Inline: each runs for several
// fields of every line.

#include "core/util/types.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rs::access {

// A value token: [begin, end) in the line; quoted tokens include their quotes.
struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool quoted = false;
    bool escaped = false;
};

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isDash(std::string_view t)
{
    return t.size() == 1 && t[0] == '-';
}
inline bool isQuotedDash(std::string_view t)
{
    return t.size() == 3 && t[0] == '"' && t[1] == '-' && t[2] == '"';
}

// "0.011962": the shape of every duration since rr 0.196; anything else goes the long way.
inline bool simpleSeconds(std::string_view s, DurationNs& out)
{
    static constexpr std::array<std::int64_t, 10> kScale = {
        1'000'000'000, 100'000'000, 10'000'000, 1'000'000, 100'000, 10'000, 1'000, 100, 10, 1};
    std::size_t dot = 0;
    while (dot < s.size() && s[dot] != '.')
        ++dot;
    if (dot == 0 || dot == s.size() || dot > 9 || s.size() - dot - 1 > 9 || s.size() == dot + 1)
        return false;
    std::int64_t whole = 0;
    for (std::size_t i = 0; i < dot; ++i) {
        if (!isDigit(s[i]))
            return false;
        whole = whole * 10 + (s[i] - '0');
    }
    std::int64_t frac = 0;
    for (std::size_t i = dot + 1; i < s.size(); ++i) {
        if (!isDigit(s[i]))
            return false;
        frac = frac * 10 + (s[i] - '0');
    }
    out = whole * 1'000'000'000 + frac * kScale[s.size() - dot - 1];
    return true;
}

// A dotted-quad host must have octets ≤ 255 and a numeric port ≤ 65535; no real peer has
// either. Anything else ("someip:port", "FakeRemoteAddr", "[::1]:80", names) is valid text.
inline bool plausibleAddress(std::string_view a)
{
    const char* p = a.data();
    const char* const end = p + a.size();
    bool inRange = true;
    for (int group = 0; group < 4; ++group) {
        if (group > 0) {
            if (p == end || *p != '.')
                return true;
            ++p;
        }
        if (p == end || !isDigit(*p))
            return true; // not a dotted quad
        int octet = *p++ - '0';
        for (int more = 0; more < 2 && p != end && isDigit(*p); ++more)
            octet = octet * 10 + (*p++ - '0');
        if (p != end && isDigit(*p))
            return true; // four digits: not an octet
        inRange = inRange && octet <= 255;
    }
    if (p == end)
        return inRange;
    if (*p != ':')
        return true;
    int port = 0;
    for (++p; p != end; ++p) {
        if (!isDigit(*p))
            return true;
        port = port < 100000 ? port * 10 + (*p - '0') : port;
    }
    return inRange && port <= 65535;
}

} // namespace rs::access
