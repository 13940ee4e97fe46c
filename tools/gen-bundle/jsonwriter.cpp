#include "jsonwriter.h"

namespace rs::gen {

void JsonWriter::newline()
{
    if (m_style != Style::JqPretty)
        return;
    m_out.put('\n');
    for (std::size_t i = 0; i < m_stack.size(); ++i)
        m_out.put("  ");
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.empty())
        return;
    if (!m_stack.back().empty)
        m_out.put(',');
    m_stack.back().empty = false;
    newline();
}

void JsonWriter::open(char c)
{
    beforeValue();
    m_out.put(c);
    m_stack.push_back({});
}

void JsonWriter::close(char c)
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out.put(c);
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    m_out.putJson(name, m_style == Style::GoCompact);
    m_out.put(m_style == Style::JqPretty ? std::string_view(": ") : std::string_view(":"));
    m_afterKey = true;
}

void JsonWriter::string(std::string_view value)
{
    beforeValue();
    m_out.putJson(value, m_style == Style::GoCompact);
}

void JsonWriter::number(std::int64_t value)
{
    beforeValue();
    m_out.putInt(value);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out.put(value ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::null()
{
    beforeValue();
    m_out.put("null");
}

void JsonWriter::raw(std::string_view json)
{
    beforeValue();
    m_out.put(json);
}

void jqPretty(std::string_view s, OutBuf& out)
{
    int depth = 0;
    auto indent = [&] {
        out.put('\n');
        for (int i = 0; i < depth; ++i)
            out.put("  ");
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            // jq re-encodes strings: Go's \u0026-style HTML escapes come out as the characters.
            out.put('"');
            for (++i; i < s.size() && s[i] != '"'; ++i) {
                if (s[i] == '\\' && i + 5 < s.size() && s.substr(i, 4) == "\\u00") {
                    const std::string_view code = s.substr(i + 4, 2);
                    if (code == "26" || code == "3c" || code == "3e") {
                        out.put(code == "26" ? '&' : code == "3c" ? '<' : '>');
                        i += 5;
                        continue;
                    }
                }
                if (s[i] == '\\') {
                    out.put(s[i++]);
                }
                out.put(s[i]);
            }
            out.put('"');
        } else if (c == '{' || c == '[') {
            const char closing = c == '{' ? '}' : ']';
            if (i + 1 < s.size() && s[i + 1] == closing) {
                out.put(c);
                out.put(closing);
                ++i;
                continue;
            }
            out.put(c);
            ++depth;
            indent();
        } else if (c == '}' || c == ']') {
            --depth;
            indent();
            out.put(c);
        } else if (c == ',') {
            out.put(',');
            indent();
        } else if (c == ':') {
            out.put(": ");
        } else if (c == '\n') {
            continue;
        } else {
            out.put(c);
        }
    }
}

} // namespace rs::gen
