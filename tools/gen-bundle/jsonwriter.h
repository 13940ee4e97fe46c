#pragma once

#include "textbuf.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace rs::gen {

// Writes JSON in the two shapes the captures have: Go's json.Encoder (compact, HTML
// escaping on) and `jq .` (two-space indent, ": ", nothing escaped but the required).
class JsonWriter {
public:
    enum class Style : std::uint8_t { GoCompact, JqPretty, Compact };
    JsonWriter(OutBuf& out, Style style)
        : m_out(out)
        , m_style(style)
    {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(std::string_view name);
    void string(std::string_view value);
    void number(std::int64_t value);
    void boolean(bool value);
    void null();
    // A value already rendered as compact JSON (pretty style re-indents nothing inside it).
    void raw(std::string_view json);

private:
    void open(char c);
    void close(char c);
    void beforeValue();
    void newline();

    struct Level {
        bool empty = true;
    };
    OutBuf& m_out;
    Style m_style;
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

// Re-indents one compact JSON value the way `jq .` prints it.
void jqPretty(std::string_view compact, OutBuf& out);

} // namespace rs::gen
