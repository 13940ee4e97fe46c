#include "core/bundle/pathname.h"

#include <filesystem>

namespace rs::bundleio {
namespace {

void appendHex(std::string& out, unsigned char byte)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0xf];
}

// Length of the valid UTF-8 sequence at `s`, or 0 (overlongs, surrogates and > U+10FFFF are invalid).
std::size_t utf8Length(std::string_view s)
{
    const auto b0 = static_cast<unsigned char>(s[0]);
    std::size_t length = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        lo = b0 == 0xE0 ? 0xA0 : 0x80;
        hi = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        lo = b0 == 0xF0 ? 0x90 : 0x80;
        hi = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (s.size() < length)
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
            return 0;
    }
    return length;
}

} // namespace

std::string escapeName(std::string_view raw, bool* invalid)
{
    std::string out;
    out.reserve(raw.size());
    std::size_t i = 0;
    while (i < raw.size()) {
        const auto byte = static_cast<unsigned char>(raw[i]);
        if (byte < 0x80) {
            if (byte < 0x20 || byte == 0x7f)
                appendHex(out, byte);
            else
                out += static_cast<char>(byte);
            ++i;
            continue;
        }
        const std::size_t length = utf8Length(raw.substr(i));
        if (length == 0) {
            appendHex(out, byte);
            if (invalid != nullptr)
                *invalid = true;
            ++i;
            continue;
        }
        out.append(raw.substr(i, length));
        i += length;
    }
    return out;
}

CleanName cleanMemberName(std::string_view raw)
{
    CleanName name;
    name.escaped = escapeName(raw, &name.invalidEncoding);
    const std::string_view escaped = name.escaped;
    name.unsafe = !escaped.empty() && escaped.front() == '/';
    std::size_t start = 0;
    while (start <= escaped.size()) {
        std::size_t slash = escaped.find('/', start);
        if (slash == std::string_view::npos)
            slash = escaped.size();
        const std::string_view part = escaped.substr(start, slash - start);
        start = slash + 1;
        if (part.empty() || part == ".")
            continue;
        if (!name.path.empty())
            name.path += '/';
        if (part == "..") {
            name.unsafe = true;
            name.path += '_';
        } else {
            name.path += part;
        }
    }
    if (name.path.empty())
        name.path.push_back('_');
    return name;
}

std::string inputBaseName(const std::string& path)
{
    std::error_code error;
    std::filesystem::path p = std::filesystem::absolute(path, error);
    if (error)
        p = path;
    p = p.lexically_normal();
    if (!p.has_filename() && p.has_parent_path() && p != p.root_path())
        p = p.parent_path();
    std::string name = p.filename().string();
    return name.empty() ? std::string("_") : name;
}

} // namespace rs::bundleio
