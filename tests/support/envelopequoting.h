#pragma once

#include <string>
#include <string_view>

namespace rs::test {

// A log line as a log pipeline writes it into a string field: backslash escapes for JSON and
// Python reprs (quote '"' or '\''), doubled quotes for CSV.
inline std::string escaped(std::string_view s, char quote, char escape)
{
    std::string out;
    for (const char c : s) {
        if (c == quote || (c == '\\' && escape == '\\'))
            out += escape;
        out += c;
    }
    return out;
}

inline std::string json(std::string_view s)
{
    return escaped(s, '"', '\\');
}
inline std::string python(std::string_view s)
{
    return escaped(s, '\'', '\\');
}
inline std::string csv(std::string_view s)
{
    return escaped(s, '"', '"');
}

} // namespace rs::test
