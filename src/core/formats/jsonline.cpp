#include "core/formats/jsonline.h"

#include "core/util/timeparse.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace rs::json {

namespace {

constexpr std::int64_t kNsPerSecond = 1'000'000'000;

} // namespace

// ---- Buffer

std::string_view PaddedBuffer::assign(std::string_view text)
{
    const std::size_t needed = text.size() + simdjson::SIMDJSON_PADDING;
    if (needed > m_capacity) {
        // Grow geometrically so a file of slowly growing lines does not reallocate per line.
        const std::size_t capacity = std::max(needed, m_capacity * 2);
        m_data = std::make_unique<char[]>(capacity);
        m_capacity = capacity;
    }
    if (!text.empty())
        std::memcpy(m_data.get(), text.data(), text.size());
    std::memset(m_data.get() + text.size(), 0, simdjson::SIMDJSON_PADDING);
    return {m_data.get(), text.size()};
}

// ---- Failure classification

SkipReason classifyFailure(std::string_view json)
{
    long depth = 0;
    bool inString = false;
    bool escaped = false;
    bool sawStructure = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            sawStructure = true;
            break;
        case '}':
        case ']':
            --depth;
            if (depth < 0)
                return SkipReason::JsonInvalid;
            break;
        default:
            break;
        }
    }
    if (sawStructure && (inString || depth > 0))
        return SkipReason::JsonTruncated;
    return SkipReason::JsonInvalid;
}

// ---- Value readers

bool readInt(const Value& value, int& out)
{
    std::int64_t wide = 0;
    if (!readInt64(value, wide) || wide < std::numeric_limits<int>::min() ||
        wide > std::numeric_limits<int>::max())
        return false;
    out = static_cast<int>(wide);
    return true;
}

namespace {

// Plain decimal seconds: digits, optional fraction, no exponent. `rest` is what follows.
bool plainSecondsToNs(std::string_view text, std::int64_t& out, std::string_view& rest)
{
    std::size_t pos = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        ++pos;
    std::int64_t seconds = 0;
    std::size_t intDigits = 0;
    // int64 nanoseconds end in 2262; anything later is no timestamp nor duration we can hold.
    constexpr std::int64_t kMaxSeconds = std::numeric_limits<std::int64_t>::max() / kNsPerSecond - 1;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        seconds = seconds * 10 + (text[pos] - '0');
        if (++intDigits > 10 || seconds > kMaxSeconds)
            return false;
        ++pos;
    }
    std::int64_t nanos = 0;
    int fracDigits = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (fracDigits < 9) {
                nanos = nanos * 10 + (text[pos] - '0');
                ++fracDigits;
            }
            ++pos;
        }
        if (fracDigits == 0 && intDigits == 0)
            return false;
    } else if (intDigits == 0) {
        return false;
    }
    for (int i = fracDigits; i < 9; ++i)
        nanos *= 10;
    const std::int64_t total = seconds * kNsPerSecond + nanos;
    out = negative ? -total : total;
    rest = text.substr(pos);
    return true;
}

} // namespace

bool decimalSecondsToNs(std::string_view text, std::int64_t& out)
{
    text = trim(text);
    std::string_view rest;
    std::int64_t ns = 0;
    if (!plainSecondsToNs(text, ns, rest))
        return false;
    if (rest.empty()) {
        out = ns;
        return true;
    }
    if (rest.front() != 'e' && rest.front() != 'E')
        return false;
    // Exponent forms come from encoders formatting floats with 'g' (zap uses 'f'); a double
    // is precise enough for the small durations they show up in.
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !(value < 9e9 && value > -9e9))
        return false;
    out = static_cast<std::int64_t>(value * 1e9);
    return true;
}

bool readSeconds(const Value& value, DurationNs& out)
{
    std::int64_t ns = 0;
    // A negative duration would read as kNoDuration or worse; gorouter never writes one.
    if (!decimalSecondsToNs(value.token, ns) || ns < 0)
        return false;
    out = ns;
    return true;
}

// ---- Timestamps

bool isEpochText(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if ((c < '0' || c > '9') && c != '.')
            return false;
    }
    return true;
}

namespace {

// "SS[.f{1,9}]Z", the UTC tail of an RFC 3339 time, to nanoseconds into the minute.
bool utcSecondsTail(std::string_view tail, std::int64_t& ns)
{
    if (tail.size() < 3 || tail.back() != 'Z' || tail[0] < '0' || tail[0] > '5' || tail[1] < '0' ||
        tail[1] > '9')
        return false;
    std::int64_t nanos = 0;
    std::size_t digits = 0;
    if (tail.size() > 3) {
        if (tail[2] != '.' || tail.size() - 4 > 9 || tail.size() == 4)
            return false;
        for (std::size_t i = 3; i + 1 < tail.size(); ++i, ++digits) {
            if (tail[i] < '0' || tail[i] > '9')
                return false;
            nanos = nanos * 10 + (tail[i] - '0');
        }
    }
    for (; digits < 9; ++digits)
        nanos *= 10;
    ns = ((tail[0] - '0') * 10 + (tail[1] - '0')) * kNsPerSecond + nanos;
    return true;
}

} // namespace

TimeNs TimestampReader::read(std::string_view text, bool isString)
{
    if (isString && !isEpochText(text))
        return readRfc3339(text);
    // The common plain form digit by digit here; exponent forms exactly by timeparse.
    std::int64_t ns = 0;
    std::string_view rest;
    if (plainSecondsToNs(text, ns, rest) && rest.empty())
        return ns >= 0 ? ns : kNoTime;
    return parseEpochSeconds(text);
}

TimeNs TimestampReader::readRfc3339(std::string_view text)
{
    std::int64_t intoMinute = 0;
    const bool utcShape = text.size() > kMinuteLength && text[kMinuteLength - 1] == ':' &&
                          utcSecondsTail(text.substr(kMinuteLength), intoMinute);
    if (utcShape && m_minute != kNoTime && std::memcmp(text.data(), m_minuteText, kMinuteLength) == 0)
        return m_minute + intoMinute;
    const TimeNs time = parseRfc3339(text);
    if (utcShape && time != kNoTime) {
        std::memcpy(m_minuteText, text.data(), kMinuteLength);
        m_minute = time - intoMinute;
    }
    return time;
}

namespace {

template <std::size_t N> LogLevel levelOf(std::int64_t number, const LogLevel (&levels)[N])
{
    return number >= 0 && number < static_cast<std::int64_t>(N) ? levels[number] : LogLevel::Unknown;
}

// zap's dpanic, panic and fatal all end the process.
constexpr LogLevel kZapLevels[] = {LogLevel::Debug, LogLevel::Info,  LogLevel::Warn, LogLevel::Error,
                                   LogLevel::Fatal, LogLevel::Fatal, LogLevel::Fatal};
constexpr LogLevel kLagerLevels[] = {LogLevel::Debug, LogLevel::Info, LogLevel::Error, LogLevel::Fatal};

} // namespace

LogLevel zapLevel(std::int64_t number)
{
    return levelOf(number, kZapLevels);
}

LogLevel lagerLevel(std::int64_t number)
{
    return levelOf(number, kLagerLevels);
}

LogLevel namedLevel(std::string_view name)
{
    if (name == "info")
        return LogLevel::Info;
    if (name == "error")
        return LogLevel::Error;
    if (name == "debug" || name == "debug1" || name == "debug2" || name == "all")
        return LogLevel::Debug;
    if (name == "warn" || name == "warning")
        return LogLevel::Warn;
    if (name == "fatal")
        return LogLevel::Fatal;
    return LogLevel::Unknown;
}

std::optional<SkipReason> openObject(od::parser& parser, PaddedBuffer& buffer, std::string_view text,
                                     od::document& doc, od::object& object)
{
    const std::string_view padded = buffer.assign(text);
    if (parser.iterate(padded.data(), padded.size(), buffer.capacity()).get(doc) != simdjson::SUCCESS)
        return classifyFailure(text);
    if (doc.get_object().get(object) != simdjson::SUCCESS)
        return classifyFailure(text);
    return std::nullopt;
}

std::optional<SkipReason> openLine(LineState& state, std::string_view& text, od::document& doc,
                                   od::object& object)
{
    text = trimFront(text);
    if (text.empty() || text.front() != '{')
        return !text.empty() && (text.front() == '[' || text.front() == '"') ? SkipReason::JsonNotObject
                                                                             : SkipReason::JsonInvalid;
    return openObject(state.parser, state.buffer, text, doc, object);
}

std::optional<SkipReason> closeLine(LineState& state, bool walked, od::document& doc, std::string_view text,
                                    const LineHeader& header, TimeNs& time)
{
    if (!walked)
        return classifyFailure(text);
    if (!atEnd(doc))
        return SkipReason::JsonInvalid;
    if (!header.hasTimestamp || !header.hasMessage)
        return SkipReason::JsonMissingField;
    time = state.timestamps.read(header.timestampText, header.timestampIsString);
    if (time == kNoTime)
        return SkipReason::TimestampInvalid;
    return std::nullopt;
}

bool splitCtlPrefixSlow(std::string_view line, std::string_view& rest, TimeNs& time)
{
    // "[2018-07-05 17:59:10+0000] " is 27 bytes; with microseconds and a long offset ≤ 40.
    if (line.size() < 21 || line[0] != '[' || line[1] < '0' || line[1] > '9' || line[5] != '-')
        return false;
    const std::size_t close = line.substr(0, 48).find(']');
    if (close == std::string_view::npos)
        return false;
    time = parseBracketPrefixTime(line.substr(1, close - 1));
    rest = line.substr(close + 1);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    return true;
}

} // namespace rs::json
