#include "core/util/textescape.h"

#include <cstdint>
#include <cstring>

namespace rs {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not one.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t min = 0;
    std::uint32_t cp = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        min = 0x80;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        min = 0x800;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        min = 0x10000;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

void appendHexEscape(std::string& out, unsigned char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    // Most log lines are ASCII: one pass for the high bit (8 bytes at a time) decides those.
    std::uint64_t bits = 0;
    std::size_t at = 0;
    for (; at + 8 <= bytes.size(); at += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + at, 8);
        bits |= word;
    }
    for (; at < bytes.size(); ++at)
        bits |= static_cast<unsigned char>(bytes[at]);
    if ((bits & 0x8080808080808080ull) == 0)
        return true;
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = utf8SequenceLength(bytes, i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

std::string escapeForDisplay(std::string_view bytes, std::size_t maxBytes)
{
    const bool cut = bytes.size() > maxBytes;
    const std::string_view shown = cut ? bytes.substr(0, maxBytes) : bytes;
    std::string out;
    out.reserve(shown.size() + 8);
    for (std::size_t i = 0; i < shown.size();) {
        const auto c = static_cast<unsigned char>(shown[i]);
        const std::size_t len = utf8SequenceLength(shown, i);
        if (len == 0 || (len == 1 && (c < 0x20 || c == 0x7F))) {
            appendHexEscape(out, c);
            ++i;
            continue;
        }
        out.append(shown.substr(i, len));
        i += len;
    }
    if (cut)
        out += "…";
    return out;
}

} // namespace rs
