#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rs {

// A small streaming JSON writer: commas and nesting are tracked so callers only say what
// comes next. Strings are escaped per RFC 8259; a string holding bytes that are not valid UTF-8
// or control characters (NUL…) is written as escapeForDisplay shows it (the text \xNN), so the
// output is always valid JSON and decodes to what the window shows, never to raw bytes.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out)
        : m_out(out)
    {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(std::uint64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // Writes already-formatted JSON (a number with a fixed number of decimals, say).
    JsonWriter& raw(std::string_view json);

    static void appendEscaped(std::string& out, std::string_view text);

private:
    void separate();

    std::string& m_out;
    bool m_needComma = false;
};

} // namespace rs
