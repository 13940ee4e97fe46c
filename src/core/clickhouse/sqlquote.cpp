#include "core/clickhouse/sqlquote.h"

namespace rs::clickhouse {

std::string quoteString(std::string_view value)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(value.size() + 2);
    out += '\'';
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\\' || c == '\'') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7F) {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1; // quoteString writes upper-case digits only
}

// Reads the literal starting at text[pos] == '\'' into `value`; returns the position after its
// closing quote, or npos when it is malformed.
std::size_t readLiteral(std::string_view text, std::size_t pos, std::string& value)
{
    value.clear();
    for (std::size_t i = pos + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'') {
            return i + 1;
        }
        if (c != '\\') {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || byte == 0x7F)
                return std::string_view::npos; // quoteString escapes every control byte
            value += c;
            continue;
        }
        if (i + 1 >= text.size())
            return std::string_view::npos;
        const char next = text[++i];
        if (next == '\\' || next == '\'') {
            value += next;
        } else if (next == 'x' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
                   hexValue(text[i + 2]) >= 0) {
            value += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

} // namespace

std::optional<std::string> unquoteString(std::string_view literal)
{
    std::string value;
    if (literal.empty() || literal.front() != '\'' || readLiteral(literal, 0, value) != literal.size())
        return std::nullopt;
    return value;
}

std::optional<std::vector<std::string>> sqlStringLiterals(std::string_view sql)
{
    std::vector<std::string> literals;
    std::string value;
    for (std::size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        if (c == '"' || c == '`')
            return std::nullopt;
        if (c != '\'') {
            ++i;
            continue;
        }
        const std::size_t end = readLiteral(sql, i, value);
        if (end == std::string_view::npos || (end < sql.size() && sql[end] == '\''))
            return std::nullopt;
        literals.push_back(value);
        i = end;
    }
    return literals;
}

bool isPlainIdentifier(std::string_view name)
{
    if (name.empty() || name.size() > 64)
        return false;
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
    if (!letter(name.front()))
        return false;
    for (const char c : name) {
        if (!letter(c) && !(c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

} // namespace rs::clickhouse
