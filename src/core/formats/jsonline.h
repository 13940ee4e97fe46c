#pragma once

// Internal helpers shared by the JSON parsers of core/formats. Includes simdjson, so it must
// only be included from .cpp files: simdjson is a private dependency of routescope_core.

#include "core/formats/gorouterlog.h"
#include "core/formats/skipreason.h"
#include "core/util/types.h"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <utility>

namespace rs::json {

namespace od = simdjson::ondemand;

// simdjson reads up to SIMDJSON_PADDING bytes past the end of its input, and a caller's line
// usually sits inside a memory-mapped file with no such guarantee. One copy per line into a
// buffer that only grows keeps parse() free of allocations after warm-up.
class PaddedBuffer {
public:
    std::string_view assign(std::string_view text);
    std::size_t capacity() const { return m_capacity; }

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_capacity = 0;
};

// simdjson reports the first structural error it meets, which does not say whether the line
// was cut short (copytruncate, partial write) or is garbage. Unbalanced brackets or an open
// string at the end mean truncation; everything else is invalid JSON.
SkipReason classifyFailure(std::string_view json);

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// `text == literal` with the length known at compile time, so that the comparison compiles to
// a few loads instead of a memcmp call: keys are compared a dozen times per line.
template <std::size_t N> inline bool is(std::string_view text, const char (&literal)[N])
{
    return text.size() == N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
}

// Leading blanks only: trailing ones (a CR of a CRLF file) are JSON whitespace for simdjson,
// and looking at the last byte first would fetch the line's far end out of order, a cache
// miss per line before the copy streams it in.
inline std::string_view trimFront(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    return text;
}

inline std::string_view trim(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

// A token's text without the blanks simdjson counts into it (up to the next structural byte).
inline std::string_view rawToken(od::value& value)
{
    std::string_view token = value.raw_json_token();
    while (!token.empty() && isBlank(token.back()))
        token.remove_suffix(1);
    return token;
}

// A field's value with its raw token, computed once: the readers, the token check and the key
// lookup all need it, and each computation walks the structural index.
struct Value {
    od::value& json;
    std::string_view token;
    char first() const { return token.empty() ? '\0' : token.front(); }
};

// Eight bytes at a time: strings in logs are short, and a memchr call costs more than the scan.
inline bool hasBackslash(const char* p, std::size_t n)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    constexpr std::uint64_t kBackslashes = 0x5c5c5c5c5c5c5c5cULL;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p + i, 8);
        word ^= kBackslashes;
        if (((word - kOnes) & ~word & kHighs) != 0)
            return true;
    }
    for (; i < n; ++i) {
        if (p[i] == '\\')
            return true;
    }
    return false;
}

// String values as text: a view into the input when the string has no escapes (most log
// strings), else unescaped into the parser's string buffer; both stay valid until the next
// document. Numbers and booleans yield their raw JSON text, so that nothing a log wrote is lost;
// null, objects and arrays an empty view. The raw token (from the structural index, no copy)
// tells the type by its first byte. Inline: called for most fields of every line.
inline bool readText(Value& value, std::string_view& out)
{
    const std::string_view token = value.token;
    if (token.empty())
        return false;
    switch (token.front()) {
    case '"':
        if (token.size() >= 2 && token.back() == '"' && !hasBackslash(token.data() + 1, token.size() - 2)) {
            out = token.substr(1, token.size() - 2);
            return true;
        }
        return value.json.get_string().get(out) == simdjson::SUCCESS;
    case '{':
    case '[':
    case 'n':
        out = {};
        return true;
    default:
        out = token;
        return true;
    }
}

inline bool readInt64(const Value& value, std::int64_t& out)
{
    const std::string_view token = value.token;
    std::int64_t parsed = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), parsed);
    if (ec != std::errc() || end != token.data() + token.size())
        return false;
    out = parsed;
    return true;
}

inline bool readTri(const Value& value, Tri& out)
{
    const std::string_view token = value.token;
    if (token == "true")
        out = Tri::True;
    else if (token == "false")
        out = Tri::False;
    else
        return false;
    return true;
}

bool readInt(const Value& value, int& out);
// A float number of seconds ("0.001234567") to nanoseconds, decimal digits taken from the raw
// number text so that no precision is lost to a double.
bool readSeconds(const Value& value, DurationNs& out);

// The key's bytes between its quotes, as a view into the input: no copy and no scan of the
// key itself. The closing quote is the last one before the value's first byte (only ':' and
// blanks lie between). Keys are not unescaped: the parsers compare them with plain ASCII names,
// and no log writer escapes those.
inline std::string_view fieldKey(od::field& field, std::string_view valueToken)
{
    const char* begin = field.key().raw();
    const char* end = valueToken.data();
    while (end > begin && end[-1] != '"')
        --end;
    return end > begin ? std::string_view(begin, static_cast<std::size_t>(end - 1 - begin))
                       : std::string_view();
}

// On-Demand skips the values nobody reads without looking at them, so a bare word where a
// value belongs (a REDACTED token, `tru`) would pass. The first byte and the literals are
// checked for every field visited; the insides of unread objects and arrays are not.
inline bool plausibleToken(std::string_view token)
{
    if (token.empty())
        return false;
    switch (token.front()) {
    case '"':
    case '{':
    case '[':
    case '-':
        return true;
    case 't':
        return token == "true";
    case 'f':
        return token == "false";
    case 'n':
        return token == "null";
    default:
        return token.front() >= '0' && token.front() <= '9';
    }
}

struct NeverDone {
    bool operator()() const { return false; }
};

// Calls fn(std::string_view key, Value& value) -> bool for each field in document order;
// false when the JSON is broken or fn returns false. Stops early, successfully, once done()
// holds: route-emitter tags carry a dozen keys of which a parser wants two or three.
template <typename Fn, typename Done = NeverDone>
bool forEachField(od::object& object, Fn&& fn, Done&& done = {})
{
    for (auto fieldResult : object) {
        // value_unsafe() after the error check avoids copying the field: the copy made GCC
        // read 16 bytes just written as 8 + 4, a store-forwarding stall on every key.
        if (fieldResult.error() != simdjson::SUCCESS)
            return false;
        od::field& field = fieldResult.value_unsafe();
        Value value{field.value(), rawToken(field.value())};
        if (!plausibleToken(value.token) || !fn(fieldKey(field, value.token), value))
            return false;
        if (done())
            return true;
    }
    return true;
}

// Same for a value that should be an object; other types are skipped (true), so that a field
// of unexpected shape never fails the whole line.
template <typename Fn, typename Done = NeverDone> bool forEachFieldOf(Value& value, Fn&& fn, Done&& done = {})
{
    if (value.first() != '{')
        return true;
    od::object object;
    if (value.json.get_object().get(object) != simdjson::SUCCESS)
        return false;
    return forEachField(object, std::forward<Fn>(fn), std::forward<Done>(done));
}

// Calls fn(Value& item) -> bool for each element of a value that should be an array.
template <typename Fn> bool forEachItemOf(Value& value, Fn&& fn)
{
    if (value.first() != '[')
        return true;
    od::array array;
    if (value.json.get_array().get(array) != simdjson::SUCCESS)
        return false;
    for (auto itemResult : array) {
        if (itemResult.error() != simdjson::SUCCESS)
            return false;
        Value item{itemResult.value_unsafe(), rawToken(itemResult.value_unsafe())};
        if (!plausibleToken(item.token) || !fn(item))
            return false;
    }
    return true;
}

// On-Demand in simdjson 3.0 has no document::at_end(); the iterator reports OUT_OF_BOUNDS
// for its location once every token was consumed.
inline bool atEnd(od::document& doc)
{
    return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

// Decimal seconds ("1554761639.7473993", "0", "-1.5") to nanoseconds, digit by digit; false
// when the text is no decimal number. Exponent forms (rare, tiny durations) go through a double.
bool decimalSecondsToNs(std::string_view text, std::int64_t& out);

// A JSON "timestamp" value of any era: lager epoch strings ("1476379410.654025555"), zap and
// gosteno epoch numbers (raw text: no precision lost to a double), RFC 3339 strings.
class TimestampReader {
public:
    TimeNs read(std::string_view text, bool isString);

private:
    TimeNs readRfc3339(std::string_view text);

    // Consecutive lines share their minute ("2024-01-10T11:22:"); when the first 17 bytes
    // repeat, only seconds and fraction are read and the calendar arithmetic is skipped.
    static constexpr std::size_t kMinuteLength = 17;
    char m_minuteText[kMinuteLength] = {};
    TimeNs m_minute = kNoTime;
};
bool isEpochText(std::string_view text);

// Levels by schema, not by number: 2 is error in lager but warn in zap.
LogLevel zapLevel(std::int64_t number);
LogLevel lagerLevel(std::int64_t number);
LogLevel namedLevel(std::string_view name); // gosteno and lager-rfc3339 names

// Copies `text` (trimmed, starting with '{') into `buffer` and starts iterating it as an
// object; a skip reason when that fails.
std::optional<SkipReason> openObject(od::parser& parser, PaddedBuffer& buffer, std::string_view text,
                                     od::document& doc, od::object& object);

// The pre-BPM ctl scripts prefix every line with "[YYYY-MM-DD HH:MM:SS(.ffffff)+zzzz] ".
// Returns true and splits the line when such a prefix is present; `time` is kNoTime when the
// bracket holds something that is not a timestamp.
bool splitCtlPrefixSlow(std::string_view line, std::string_view& rest, TimeNs& time);
inline bool splitCtlPrefix(std::string_view line, std::string_view& rest, TimeNs& time)
{
    return !line.empty() && line.front() == '[' && splitCtlPrefixSlow(line, rest, time);
}

// For the callers that only look past the prefix, whatever time it holds.
inline std::string_view withoutCtlPrefix(std::string_view line)
{
    std::string_view rest;
    TimeNs time = kNoTime;
    return splitCtlPrefix(line, rest, time) ? rest : line;
}

// What a JSON log-line parser keeps from one line to the next, behind its pimpl: simdjson's
// buffers and the minute cache are the reason parse() stops allocating after warm-up.
struct LineState {
    od::parser parser;
    PaddedBuffer buffer;
    TimestampReader timestamps;
};

// Trims `text` (left as the trimmed JSON, for classifyFailure() later) and starts iterating
// it as an object; a skip reason when it is none.
std::optional<SkipReason> openLine(LineState& state, std::string_view& text, od::document& doc,
                                   od::object& object);

// The top-level fields every JSON log era writes alike (zap, gosteno, both lager forms), so
// that each parser only reads the fields it has of its own.
struct LineHeader {
    std::string_view timestampText;
    std::string_view message;
    std::string_view source;
    bool timestampIsString = false;
    bool hasTimestamp = false;
    bool hasMessage = false;

    // nullopt when `key` is none of these fields, else whether its value could be read.
    std::optional<bool> read(std::string_view key, Value& v)
    {
        if (is(key, "timestamp")) {
            hasTimestamp = true;
            timestampIsString = v.first() == '"';
            return readText(v, timestampText);
        }
        if (is(key, "message")) {
            hasMessage = v.first() == '"';
            return readText(v, message);
        }
        if (is(key, "source"))
            return readText(v, source);
        return std::nullopt;
    }
};

// The verdict on a line once forEachField() returned `walked`: broken or trailing JSON, a
// missing header field or an unreadable timestamp; else `time` holds the line's time.
std::optional<SkipReason> closeLine(LineState& state, bool walked, od::document& doc, std::string_view text,
                                    const LineHeader& header, TimeNs& time);

} // namespace rs::json
