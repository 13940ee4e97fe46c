#include "core/util/gounquote.h"

#include <cstdint>

namespace rs {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Go's utf8.ValidRune: \u and \U escapes naming surrogates or values past U+10FFFF are errors.
bool validRune(std::int64_t rune)
{
    return rune >= 0 && rune <= 0x10FFFF && (rune < 0xD800 || rune > 0xDFFF);
}

// Decodes the escape at body[at] == '\\'. Returns the number of bytes consumed, 0 if malformed.
std::size_t decodeEscape(std::string_view body, std::size_t at, std::string& out)
{
    if (at + 1 >= body.size())
        return 0;
    const char c = body[at + 1];
    switch (c) {
    case 'a':
        out.push_back('\a');
        return 2;
    case 'b':
        out.push_back('\b');
        return 2;
    case 'f':
        out.push_back('\f');
        return 2;
    case 'n':
        out.push_back('\n');
        return 2;
    case 'r':
        out.push_back('\r');
        return 2;
    case 't':
        out.push_back('\t');
        return 2;
    case 'v':
        out.push_back('\v');
        return 2;
    case '\\':
    case '"':
        out.push_back(c);
        return 2;
    case 'x': {
        const std::int64_t v = readHex(body, at + 2, 2);
        if (v < 0)
            return 0;
        out.push_back(static_cast<char>(v));
        return 4;
    }
    case 'u':
    case 'U': {
        const std::size_t digits = c == 'u' ? 4 : 8;
        const std::int64_t v = readHex(body, at + 2, digits);
        if (!validRune(v))
            return 0;
        appendUtf8(out, static_cast<std::uint32_t>(v));
        return 2 + digits;
    }
    default:
        break;
    }
    if (c >= '0' && c <= '7') {
        if (body.size() - at < 4)
            return 0;
        int v = 0;
        for (std::size_t i = 1; i <= 3; ++i) {
            const char d = body[at + i];
            if (d < '0' || d > '7')
                return 0;
            v = v * 8 + (d - '0');
        }
        if (v > 255)
            return 0;
        out.push_back(static_cast<char>(v));
        return 4;
    }
    return 0; // includes \' which Go rejects inside double quotes
}

} // namespace

std::int64_t readHex(std::string_view s, std::size_t at, std::size_t digits)
{
    if (at > s.size() || s.size() - at < digits)
        return -1;
    std::int64_t value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        const int h = hexValue(s[at + i]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

void appendUtf8(std::string& out, std::uint32_t rune)
{
    if (rune < 0x80) {
        out.push_back(static_cast<char>(rune));
    } else if (rune < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (rune >> 6)));
        out.push_back(static_cast<char>(0x80 | (rune & 0x3F)));
    } else if (rune < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (rune >> 12)));
        out.push_back(static_cast<char>(0x80 | ((rune >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (rune & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (rune >> 18)));
        out.push_back(static_cast<char>(0x80 | ((rune >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((rune >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (rune & 0x3F)));
    }
}

bool goUnquote(std::string_view quoted, std::string& out)
{
    bool ok = true;
    std::string_view body = quoted;
    if (!body.empty() && body.front() == '"')
        body.remove_prefix(1);
    else
        ok = false;
    if (!body.empty() && body.back() == '"')
        body.remove_suffix(1);
    else
        ok = false;

    const char* const begin = body.data();
    const char* const end = begin + body.size();
    std::size_t at = 0;
    while (at < body.size()) {
        const char* hit = findQuoteOrBackslash(begin + at, end);
        const auto stop = static_cast<std::size_t>(hit - begin);
        out.append(body.substr(at, stop - at));
        if (hit == end)
            break;
        if (*hit == '"') {
            // A bare quote cannot occur in a Go-quoted body; keep it, report it.
            out.push_back('"');
            ok = false;
            at = stop + 1;
            continue;
        }
        const std::size_t used = decodeEscape(body, stop, out);
        if (used == 0) {
            out.push_back('\\');
            ok = false;
            at = stop + 1;
        } else {
            at = stop + used;
        }
    }
    return ok;
}

} // namespace rs
