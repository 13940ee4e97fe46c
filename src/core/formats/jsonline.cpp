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

LogLevel zapLevel(std::int64_t number)
{
    switch (number) {
    case 0:
        return LogLevel::Debug;
    case 1:
        return LogLevel::Info;
    case 2:
        return LogLevel::Warn;
    case 3:
        return LogLevel::Error;
    case 4: // dpanic
    case 5: // panic
    case 6: // fatal
        return LogLevel::Fatal;
    default:
        return LogLevel::Unknown;
    }
}

LogLevel lagerLevel(std::int64_t number)
{
    switch (number) {
    case 0:
        return LogLevel::Debug;
    case 1:
        return LogLevel::Info;
    case 2:
        return LogLevel::Error;
    case 3:
        return LogLevel::Fatal;
    default:
        return LogLevel::Unknown;
    }
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

// ---- bosh captures

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

} // namespace

std::size_t boshPrefixLength(std::string_view line, bool* isStdout)
{
    std::size_t i = 0;
    while (i < line.size() && isNameChar(line[i]))
        ++i;
    if (i == 0 || i >= line.size() || line[i] != '/')
        return 0;
    const std::size_t idStart = ++i;
    while (i < line.size() && isNameChar(line[i]))
        ++i;
    if (i == idStart)
        return 0;
    const std::string_view rest = line.substr(i);
    for (const bool stdoutStream : {true, false}) {
        const std::string_view marker = stdoutStream ? ": stdout |" : ": stderr |";
        if (!rest.starts_with(marker))
            continue;
        if (isStdout != nullptr)
            *isStdout = stdoutStream;
        // The CLI writes "| " before the payload; a copied terminal may have lost the blank of
        // an empty line.
        const std::size_t length = i + marker.size();
        return length < line.size() && line[length] == ' ' ? length + 1 : length;
    }
    return 0;
}

std::size_t UnwrappedText::inputOffset(std::size_t textOffset) const
{
    auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), textOffset,
                               [](std::size_t offset, const auto& entry) { return offset < entry.first; });
    if (it == lineStarts.begin())
        return textOffset;
    --it;
    return it->second + (textOffset - it->first);
}

bool unwrapBoshCapture(std::string_view bytes, UnwrappedText& out)
{
    UnwrappedText result;
    bool found = false;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos)
            end = bytes.size();
        std::string_view line = bytes.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        bool isStdout = false;
        if (const std::size_t prefix = boshPrefixLength(line, &isStdout); prefix > 0) {
            found = true;
            if (isStdout) {
                result.lineStarts.emplace_back(result.text.size(), pos + prefix);
                result.text.append(line.substr(prefix));
                result.text.push_back('\n');
            }
        }
        pos = end + 1;
    }
    if (found)
        out = std::move(result);
    return found;
}

// ---- Documents

bool DocumentSplitter::endsOpenDocument(std::size_t newline, bool inString, char last) const
{
    // JSON strings cannot hold a raw newline.
    if (inString)
        return true;
    std::size_t next = newline + 1;
    while (next < m_text.size() && isBlank(m_text[next]))
        ++next;
    if (next >= m_text.size())
        return false;
    const char c = m_text[next];
    // A line no JSON value or punctuation can start: chatter after a cut document.
    const bool continues = c == '"' || c == '{' || c == '[' || c == '}' || c == ']' || c == ',' || c == ':' ||
                           c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
    if (!continues)
        return true;
    // Pretty printers indent nested values, so a document starting in column 0 where no value
    // is expected (after a value rather than after ',', '[' or ':') is a new one.
    const bool columnZero = next == newline + 1;
    return columnZero && (c == '{' || c == '[') && last != ',' && last != '[' && last != ':';
}

bool DocumentSplitter::next(TextPiece& piece)
{
    const std::size_t size = m_text.size();
    while (m_pos < size && isBlank(m_text[m_pos]))
        ++m_pos;
    if (m_pos >= size)
        return false;
    const std::size_t begin = m_pos;
    const auto emit = [&](TextPiece::Kind kind, std::size_t end, std::size_t resume) {
        piece.kind = kind;
        piece.offset = begin;
        piece.text = m_text.substr(begin, end - begin);
        m_pos = resume;
        return true;
    };
    const auto startsDocument = [](char c) { return c == '{' || c == '['; };

    if (startsDocument(m_text[begin])) {
        long depth = 0;
        bool inString = false;
        bool escaped = false;
        char last = '\0'; // last byte outside strings that is not blank
        for (std::size_t i = begin; i < size; ++i) {
            const char c = m_text[i];
            if (c == '\n' && (depth > 0 || inString) && endsOpenDocument(i, inString, last))
                return emit(TextPiece::Kind::Truncated, i, i + 1);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (!isBlank(c))
                last = c;
            if (c == '"') {
                inString = true;
            } else if (startsDocument(c)) {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return emit(TextPiece::Kind::Document, i + 1, i + 1);
            }
        }
        return emit(TextPiece::Kind::Truncated, size, size);
    }

    // Garbage runs up to the next line whose first non-blank byte starts a document.
    std::size_t lineEnd = m_text.find('\n', begin);
    while (lineEnd != std::string_view::npos) {
        std::size_t next = lineEnd + 1;
        while (next < size && (m_text[next] == ' ' || m_text[next] == '\t' || m_text[next] == '\r'))
            ++next;
        if (next < size && startsDocument(m_text[next]))
            break;
        lineEnd = m_text.find('\n', lineEnd + 1);
    }
    const std::size_t end = lineEnd == std::string_view::npos ? size : lineEnd;
    return emit(TextPiece::Kind::Garbage, end, end);
}

std::string example(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut));
}

// ---- Head inspection

namespace {

// A tolerant walk over the first document: no validation, stops wherever the head ends.
class HeadScanner {
public:
    explicit HeadScanner(std::string_view text)
        : m_text(text)
    {}

    HeadShape run()
    {
        HeadShape shape;
        while (m_pos < m_text.size() && !m_decided) {
            const char c = m_text[m_pos];
            if (isBlank(c) || c == ':') {
                ++m_pos;
            } else if (c == ',') {
                m_expectKey = m_depth > 0 && at(m_depth - 1) == '{';
                ++m_pos;
            } else if (c == '"') {
                const std::string_view text = readString();
                if (m_expectKey)
                    onKey(text);
                else
                    onValue('"');
            } else if (c == '{' || c == '[') {
                onValue(c);
                if (m_depth < kMaxDepth)
                    m_stack[m_depth] = c;
                ++m_depth;
                m_expectKey = c == '{';
                ++m_pos;
            } else if (c == '}' || c == ']') {
                onClose();
                ++m_pos;
            } else {
                onValue('1');
                while (m_pos < m_text.size() && !isBlank(m_text[m_pos]) && m_text[m_pos] != ',' &&
                       m_text[m_pos] != '}' && m_text[m_pos] != ']')
                    ++m_pos;
            }
        }
        shape.actualLrps = m_lrp;
        // A head cut inside the first endpoint of a table still shows its "address" key; in a
        // bare array the element must end first, as LRPs sorted by `jq -S` start with
        // "address" too.
        const bool cutInTable = m_sawAddress && m_stack[0] == '{';
        shape.routeDump = !m_lrp && (m_route || cutInTable) && !m_notRoute;
        return shape;
    }

private:
    static constexpr int kMaxDepth = 8;

    std::string_view readString()
    {
        const std::size_t begin = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"')
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        const std::string_view text = m_text.substr(begin, std::min(m_pos, m_text.size()) - begin);
        ++m_pos;
        return text;
    }

    char at(int level) const { return level < m_depth && level < kMaxDepth ? m_stack[level] : '\0'; }

    void onKey(std::string_view key)
    {
        m_expectKey = false;
        if (m_depth >= 1 && m_depth <= kMaxDepth)
            m_keys[m_depth - 1] = key;
        // Members of an LRP: top object, a group's "instance"/"evacuating", or array elements.
        const bool lrpLevel = (m_depth == 1 && at(0) == '{') ||
                              (m_depth == 2 && at(0) == '{' && at(1) == '{' &&
                               (m_keys[0] == "instance" || m_keys[0] == "evacuating")) ||
                              (m_depth == 2 && at(0) == '[' && at(1) == '{');
        if (lrpLevel && key == "process_guid") {
            m_lrp = true;
            m_decided = true;
            return;
        }
        // Members of an endpoint: {"route":[{…}]} or [{…}].
        const bool endpointLevel = (m_depth == 3 && at(0) == '{' && at(1) == '[' && at(2) == '{') ||
                                   (m_depth == 2 && at(0) == '[' && at(1) == '{');
        if (endpointLevel && key == "address")
            m_sawAddress = true;
    }

    void onValue(char kind)
    {
        if (m_depth == 1 && at(0) == '{') {
            m_sawMember = true;
            if (kind != '[')
                m_notRoute = true;
        }
        if (m_depth == 0 && kind != '{' && kind != '[')
            m_decided = true; // a scalar document is neither
    }

    void onClose()
    {
        if (m_depth == 0) { // a closer before any opener: not JSON we know
            m_decided = true;
            return;
        }
        --m_depth;
        // An endpoint object just ended: with an address and no process_guid it is a route row.
        if (m_sawAddress && ((m_depth == 2 && at(0) == '{') || (m_depth == 1 && at(0) == '['))) {
            m_route = true;
            m_decided = m_notRoute || m_depth == 1;
        }
        if (m_depth <= 0) {
            // A whole table of empty pools is still a table.
            if (m_stack[0] == '{' && m_sawMember && !m_notRoute)
                m_route = true;
            m_decided = true;
        }
        m_expectKey = m_depth > 0 && at(m_depth - 1) == '{';
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    char m_stack[kMaxDepth] = {};
    std::string_view m_keys[kMaxDepth];
    int m_depth = 0;
    bool m_expectKey = false;
    bool m_decided = false;
    bool m_lrp = false;
    bool m_route = false;
    bool m_notRoute = false;
    bool m_sawMember = false;
    bool m_sawAddress = false;
};

} // namespace

HeadShape inspectHead(std::string_view head)
{
    UnwrappedText unwrapped;
    std::string_view text = head;
    if (unwrapBoshCapture(head, unwrapped))
        text = unwrapped.text;
    // The first document, past blank lines and a few lines of chatter.
    std::size_t pos = 0;
    for (int line = 0; line < 20 && pos < text.size(); ++line) {
        while (pos < text.size() && isBlank(text[pos]))
            ++pos;
        if (pos < text.size() && (text[pos] == '{' || text[pos] == '['))
            return HeadScanner(text.substr(pos)).run();
        pos = text.find('\n', pos);
        if (pos == std::string_view::npos)
            break;
    }
    return {};
}

} // namespace rs::json
