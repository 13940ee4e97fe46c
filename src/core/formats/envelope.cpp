#include "core/formats/envelope.h"

#include "core/formats/accesslog.h"
#include "core/util/gounquote.h"
#include "core/util/textshape.h"
#include "core/util/timeparse.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <initializer_list>

namespace rs {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// A Host header longer than this is not one Gorouter logged in a line anyone pasted.
constexpr std::size_t kMaxHost = 256;
// `[` … `]` of the start time, as AccessLogParser allows.
constexpr std::size_t kMaxStamp = 48;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Host header characters: names, IPv4/IPv6 literals with ports, placeholders (FakeRequestHost,
// APP_A_ROUTE), wildcards. Quotes, braces, '=' or ',' mean the token is part of something else.
bool isHostChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80)
        return true; // an IDN host as the client sent it
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '-' ||
           c == '_' || c == ':' || c == '[' || c == ']' || c == '*' || c == '%' || c == '~';
}

// `HOST - [D…] ` at s[at] (HOST may be empty): where the byte after `] ` is, or npos.
std::size_t skeletonAt(std::string_view s, std::size_t at)
{
    std::size_t p = at;
    const std::size_t limit = std::min(s.size(), at + kMaxHost);
    while (p < limit && s[p] != ' ') {
        if (!isHostChar(s[p]))
            return npos;
        ++p;
    }
    if (s.size() - p < 6 || s.compare(p, 4, " - [") != 0 || !isDigit(s[p + 4]))
        return npos;
    const std::size_t close = s.find(']', p + 4);
    if (close == npos || close - p - 4 > kMaxStamp || close + 2 >= s.size() || s[close + 1] != ' ')
        return npos;
    return close + 2;
}

// The key before a value whose quote is at s[q] (`"key": "` / `'key': '`); empty when the value
// is not an object member or its key would start before `from` (the search's start, so a record
// found from there never points back at what came before). `fieldAt` is where the member starts.
std::string_view memberKey(std::string_view s, std::size_t q, char quote, std::size_t& fieldAt,
                           std::size_t from)
{
    fieldAt = q;
    std::size_t p = q;
    while (p > 0 && isSpace(s[p - 1]))
        --p;
    if (p == 0 || s[p - 1] != ':')
        return {};
    --p;
    while (p > 0 && isSpace(s[p - 1]))
        --p;
    if (p < 2 || s[p - 1] != quote)
        return {};
    const std::size_t keyEnd = p - 1;
    const std::size_t open = s.rfind(quote, keyEnd - 1);
    if (open == npos || keyEnd - open > 128 || open < from)
        return {};
    fieldAt = open;
    return s.substr(open + 1, keyEnd - open - 1);
}

bool opensValue(std::string_view s, std::size_t q)
{
    std::size_t p = q;
    while (p > 0 && isSpace(s[p - 1]))
        --p;
    return p > 0 && (s[p - 1] == ':' || s[p - 1] == '[' || s[p - 1] == ',');
}

bool isCsvDelimiter(char c)
{
    return c == ',' || c == ';' || c == '\t';
}

// End of a backslash-escaped string whose content starts at `from`: the closing quote, or npos.
std::size_t escapedEnd(std::string_view s, std::size_t from, char quote)
{
    // From quote to quote with memchr, not byte by byte (the larger part of an envelope's cost
    // was this loop over the access line inside it): a quote is escaped when an odd run of
    // backslashes precedes it, as stepping over each backslash's next byte would find.
    std::size_t p = from;
    while (p < s.size()) {
        const void* hit = std::memchr(s.data() + p, quote, s.size() - p);
        if (hit == nullptr)
            return npos;
        const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
        std::size_t run = 0;
        while (at - run > from && s[at - run - 1] == '\\')
            ++run;
        if (run % 2 == 0)
            return at;
        p = at + 1;
    }
    return npos;
}

// End of a CSV field's content from `from`: its closing quote, or the end of the line when the
// field continues on the next physical line (a record's trailing newline inside the quotes).
std::size_t csvEnd(std::string_view s, std::size_t from)
{
    for (std::size_t p = from; p < s.size(); ++p) {
        if (s[p] != '"')
            continue;
        if (p + 1 < s.size() && s[p + 1] == '"') {
            ++p;
            continue;
        }
        return p;
    }
    return s.size();
}

// Column of the field starting at `at` when the line is split at `delimiter` outside quotes.
int columnOf(std::string_view s, std::size_t at, char delimiter)
{
    int column = 0;
    bool quoted = false;
    for (std::size_t p = 0; p < at && p < s.size(); ++p) {
        if (s[p] == '"')
            quoted = !quoted;
        else if (s[p] == delimiter && !quoted)
            ++column;
    }
    return column;
}

bool quotedRecordAt(std::string_view line, std::size_t q, std::size_t from, EmbeddedRecord& out)
{
    const char quote = line[q];
    const std::size_t request = skeletonAt(line, q + 1);
    if (request == npos || request + 1 >= line.size())
        return false;
    EnvelopeStyle style = EnvelopeStyle::None;
    if (quote == '\'' && line[request] == '"')
        style = EnvelopeStyle::PythonRepr;
    else if (quote == '"' && line[request] == '\\' && line[request + 1] == '"')
        style = EnvelopeStyle::Json;
    else if (quote == '"' && line[request] == '"' && line[request + 1] == '"')
        style = EnvelopeStyle::Csv;
    else
        return false;

    std::size_t end = npos;
    if (style == EnvelopeStyle::Csv) {
        if (q > 0 && !isCsvDelimiter(line[q - 1]))
            return false;
        end = csvEnd(line, q + 1);
        out.column = q == 0 ? 0 : columnOf(line, q, line[q - 1]);
        out.key = {};
        out.fieldAt = q;
    } else {
        if (!opensValue(line, q))
            return false;
        end = escapedEnd(line, q + 1, quote);
        if (end == npos)
            return false; // an envelope cut short: its record may be too
        out.key = memberKey(line, q, quote, out.fieldAt, from);
        out.column = -1;
    }
    out.style = style;
    out.begin = q + 1;
    out.end = end;
    return true;
}

AccessLogParser& strictParser()
{
    thread_local AccessLogParser parser;
    return parser;
}

// A record after an unknown prefix: `HOST - [` within the first kMaxPrefixBytes, and from the
// host to the end of the line (or the next tab: TSV columns) a record the strict parser accepts.
bool bareRecordAfter(std::string_view line, std::size_t from, EmbeddedRecord& out)
{
    const std::size_t limit = std::min(line.size(), from + kMaxPrefixBytes);
    std::size_t p = from;
    while ((p = line.find(" - [", p)) != npos && p < limit) {
        std::size_t host = p;
        while (host > from && isHostChar(line[host - 1]))
            --host;
        const bool separated = host == from || isSpace(line[host - 1]);
        // An empty host is only told apart from the prefix's own space when a space precedes it.
        if (separated && skeletonAt(line, host) != npos) {
            const std::size_t tab = line.find('\t', host);
            const std::size_t end = tab == npos ? line.size() : tab;
            AccessRecord record;
            if (!strictParser().parse(line.substr(host, end - host), record)) {
                out.style = EnvelopeStyle::Bare;
                out.begin = out.fieldAt = host;
                out.end = end;
                out.key = {};
                out.column = host > 0 && line[host - 1] == '\t' ? columnOf(line, host, '\t') : -1;
                return true;
            }
        }
        p += 4;
    }
    return false;
}

// One backslash escape at s[p] == '\\': appends what it stands for, returns its length (0 when
// it is not an escape of `style`, so the backslash is kept as written).
std::size_t decodeEscape(std::string_view s, std::size_t p, EnvelopeStyle style, std::string& out)
{
    if (p + 1 >= s.size())
        return 0;
    const char c = s[p + 1];
    switch (c) {
    case '"':
    case '\\':
    case '/':
    case '\'':
        if ((c == '/' && style != EnvelopeStyle::Json) || (c == '\'' && style != EnvelopeStyle::PythonRepr))
            return 0;
        out.push_back(c);
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
    case 'b':
        out.push_back('\b');
        return 2;
    case 'f':
        out.push_back('\f');
        return 2;
    case 'x': {
        const std::int64_t v = style == EnvelopeStyle::PythonRepr ? readHex(s, p + 2, 2) : -1;
        if (v < 0)
            return 0;
        appendUtf8(out, static_cast<std::uint32_t>(v));
        return 4;
    }
    case 'u': {
        std::int64_t v = readHex(s, p + 2, 4);
        if (v < 0)
            return 0;
        std::size_t length = 6;
        if (v >= 0xD800 && v < 0xDC00 && p + 7 < s.size() && s[p + 6] == '\\' && s[p + 7] == 'u') {
            const std::int64_t low = readHex(s, p + 8, 4);
            if (low >= 0xDC00 && low < 0xE000) {
                v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
                length = 12;
            }
        }
        appendUtf8(out, v >= 0xD800 && v < 0xE000 ? 0xFFFD : static_cast<std::uint32_t>(v));
        return length;
    }
    case 'U': {
        const std::int64_t v = style == EnvelopeStyle::PythonRepr ? readHex(s, p + 2, 8) : -1;
        if (v < 0 || v > 0x10FFFF)
            return 0;
        appendUtf8(out, static_cast<std::uint32_t>(v));
        return 10;
    }
    default:
        return 0;
    }
}

// Epoch numbers of any unit, told apart by magnitude (s, ms, µs, ns since 1970).
TimeNs epochOfAnyUnit(std::string_view s)
{
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    if (whole.empty() || whole.size() > 19 || !std::all_of(whole.begin(), whole.end(), isDigit))
        return kNoTime;
    if (whole.size() <= 10)
        return parseEpochSeconds(s);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), value);
    if (ec != std::errc() || end != whole.data() + whole.size())
        return kNoTime;
    // Past 2262 (the end of nanoseconds in 64 bits) a value is no time: fuzz_envelope found the
    // multiplication overflowing for 13-digit milliseconds from 9223372036855 on.
    const std::int64_t unit = whole.size() <= 13 ? 1'000'000 : whole.size() <= 16 ? 1'000 : 1;
    TimeNs ns = 0;
    if (__builtin_mul_overflow(value, unit, &ns))
        return kNoTime;
    return ns;
}

TimeNs factTime(std::string_view value)
{
    if (value.empty())
        return kNoTime;
    if (isDigit(value.front()) && value.size() >= 19 && value[4] == '-')
        return parseRfc3339(value);
    return epochOfAnyUnit(value);
}

bool oneOf(std::string_view key, std::initializer_list<std::string_view> names)
{
    return std::find(names.begin(), names.end(), key) != names.end();
}

} // namespace

bool findEmbeddedRecord(std::string_view line, std::size_t from, EmbeddedRecord& out)
{
    std::size_t candidates = 0;
    for (std::size_t q = from; q < line.size() && candidates < kMaxQuoteCandidates; ++q) {
        const char c = line[q];
        if (c != '"' && c != '\'')
            continue;
        ++candidates;
        if (quotedRecordAt(line, q, from, out))
            return true;
    }
    return bareRecordAfter(line, from, out);
}

void decodeEmbedded(std::string_view line, const EmbeddedRecord& record, std::string& out,
                    std::vector<std::uint32_t>* map)
{
    out.clear();
    if (map != nullptr)
        map->clear();
    const std::size_t end = std::min(record.end, line.size());
    std::size_t p = std::min(record.begin, end);
    const bool backslashes = record.style == EnvelopeStyle::Json || record.style == EnvelopeStyle::PythonRepr;
    const bool csv = record.style == EnvelopeStyle::Csv;
    out.reserve(end - p);
    while (p < end) {
        // Runs without an escape are copied whole: byte by byte this was the largest cost of
        // importing envelopes (a quarter of the CPU for firehose JSON lines).
        if (backslashes || csv) {
            const void* special = std::memchr(line.data() + p, backslashes ? '\\' : '"', end - p);
            const std::size_t run =
                (special != nullptr
                     ? static_cast<std::size_t>(static_cast<const char*>(special) - line.data())
                     : end) -
                p;
            out.append(line.data() + p, run);
            if (map != nullptr)
                for (std::size_t i = 0; i < run; ++i)
                    map->push_back(static_cast<std::uint32_t>(p + i));
            p += run;
            if (p >= end)
                break;
        } else {
            out.append(line.data() + p, end - p);
            if (map != nullptr)
                for (std::size_t i = p; i < end; ++i)
                    map->push_back(static_cast<std::uint32_t>(i));
            break;
        }
        std::size_t length = 0;
        if (line[p] == '\\' && backslashes) {
            length = decodeEscape(line, p, record.style, out);
        } else if (line[p] == '"' && record.style == EnvelopeStyle::Csv && p + 1 < end &&
                   line[p + 1] == '"') {
            out.push_back('"');
            length = 2;
        }
        if (length == 0) {
            out.push_back(line[p]);
            length = 1;
        }
        if (map != nullptr)
            map->resize(out.size(), static_cast<std::uint32_t>(p));
        p += length;
    }
    std::size_t kept = out.size();
    while (kept > 0 && (out[kept - 1] == '\n' || out[kept - 1] == '\r'))
        --kept;
    if (map != nullptr) {
        // One past the text: where the first byte dropped after it came from, else the end.
        const std::size_t after = kept < out.size() ? (*map)[kept] : end;
        map->resize(kept);
        map->push_back(static_cast<std::uint32_t>(after));
    }
    out.resize(kept);
}

namespace {

// Calls fn(key, value, valueBegin, quoted) for each `key: value` member of the object text in
// `line` from `from`, nested objects included (their members come as the scan goes on); a
// string value is given as written (escapes kept), starting at line[valueBegin]. fn returns
// false to stop. `record`, when given, is a record already found in this line: its quoted value
// is stepped over, not scanned again.
template <typename Fn>
void forEachMember(std::string_view line, std::size_t from, char quote, const EmbeddedRecord* record, Fn&& fn,
                   std::size_t limit = npos)
{
    constexpr int kMaxMembers = 4096;
    std::size_t p = from;
    for (int members = 0; members < kMaxMembers && p < line.size(); ++members) {
        const std::size_t open = line.find(quote, p);
        if (open == npos || open >= limit)
            break;
        const std::size_t close = escapedEnd(line, open + 1, quote);
        if (close == npos)
            break;
        const std::string_view key = line.substr(open + 1, close - open - 1);
        p = close + 1;
        while (p < line.size() && isSpace(line[p]))
            ++p;
        if (p >= line.size() || line[p] != ':')
            continue;
        ++p;
        while (p < line.size() && isSpace(line[p]))
            ++p;
        if (p >= line.size())
            break;
        std::string_view value;
        std::size_t valueBegin = p;
        bool quoted = false;
        if (line[p] == quote) {
            // The record's value is the longest of the line: its end is known already.
            const bool known = record != nullptr && record->begin == p + 1 && record->end < line.size() &&
                               line[record->end] == quote;
            const std::size_t valueEnd = known ? record->end : escapedEnd(line, p + 1, quote);
            if (valueEnd == npos)
                break;
            valueBegin = p + 1;
            value = line.substr(p + 1, valueEnd - p - 1);
            quoted = true;
            p = valueEnd + 1;
        } else if (line[p] == '{' || line[p] == '[') {
            continue; // nested members are read as the scan goes on
        } else {
            const std::size_t valueEnd = line.find_first_of(",}] \t", p);
            value = line.substr(p, (valueEnd == npos ? line.size() : valueEnd) - p);
            p = valueEnd == npos ? line.size() : valueEnd;
        }
        if (!fn(key, value, valueBegin, quoted))
            break;
    }
}

bool allDigits(std::string_view value)
{
    return !value.empty() && std::all_of(value.begin(), value.end(), isDigit);
}

// Loggregator's syslog severities for an app's streams: 6 (info) for OUT, 3 (error) for ERR.
std::string_view streamOfSeverity(std::string_view value)
{
    if (value == "6" || value == "info" || value == "INFO")
        return "OUT";
    if (value == "3" || value == "err" || value == "error" || value == "ERR" || value == "ERROR")
        return "ERR";
    return {};
}

std::string_view streamOf(std::string_view value)
{
    if (value == "OUT" || value == "out" || value == "1" || value == "stdout")
        return "OUT";
    if (value == "ERR" || value == "err" || value == "2" || value == "stderr")
        return "ERR";
    return {};
}

} // namespace

EnvelopeFacts envelopeFacts(std::string_view line, EnvelopeStyle style, const EmbeddedRecord* record)
{
    EnvelopeFacts facts;
    if (style != EnvelopeStyle::Json && style != EnvelopeStyle::PythonRepr)
        return facts;
    const char quote = style == EnvelopeStyle::PythonRepr ? '\'' : '"';
    if (record != nullptr && record->style != style)
        record = nullptr;
    std::string_view severityStream;
    forEachMember(
        line, 0, quote, record, [&](std::string_view key, std::string_view value, std::size_t, bool) {
            if (oneOf(key, {"timestamp", "time", "date", "@timestamp", "_time"})) {
                if (facts.time == kNoTime)
                    facts.time = factTime(value);
            } else if (oneOf(key, {"cf_app_id", "app_id", "appId", "application_id", "app_guid",
                                   "applicationId"})) {
                facts.appId = facts.appId.empty() ? value : facts.appId;
            } else if (key == "appname") {
                // A drain's APP-NAME is the app's guid; other syslog exports put a program name there.
                if (facts.appId.empty() && value.size() == kUuidLength && isUuidAt(value, 0))
                    facts.appId = value;
            } else if (oneOf(key, {"cf_app_name", "app_name", "appName", "application_name"})) {
                facts.appName = facts.appName.empty() ? value : facts.appName;
            } else if (oneOf(key, {"cf_org_name", "organization_name", "org_name", "orgName"})) {
                facts.orgName = facts.orgName.empty() ? value : facts.orgName;
            } else if (oneOf(key, {"cf_space_name", "space_name", "spaceName"})) {
                facts.spaceName = facts.spaceName.empty() ? value : facts.spaceName;
            } else if (oneOf(key, {"source_type", "sourceType"})) {
                facts.sourceType = facts.sourceType.empty() ? value : facts.sourceType;
            } else if (oneOf(key, {"source_instance", "sourceInstance", "sourceId", "instance_index"})) {
                if (facts.sourceInstance.empty() && allDigits(value))
                    facts.sourceInstance = value;
            } else if (key == "instance_id") {
                if (facts.appInstance.empty() && allDigits(value))
                    facts.appInstance = value;
            } else if (oneOf(key, {"message_type", "messageType"})) {
                if (facts.messageType.empty())
                    facts.messageType = streamOf(value);
            } else if (key == "severity") {
                if (severityStream.empty())
                    severityStream = streamOfSeverity(value);
            } else if (oneOf(key, {"procid", "proc_id"})) {
                // A drain's PROCID "[RTR/0]", "[APP/PROC/WEB/0]": the index is the last part.
                const std::size_t slash = value.rfind('/');
                if (value.size() > 4 && value.front() == '[' && value.back() == ']' && slash != npos) {
                    if (facts.sourceType.empty())
                        facts.sourceType = value.substr(1, slash - 1);
                    const std::string_view index = value.substr(slash + 1, value.size() - slash - 2);
                    if (facts.sourceInstance.empty() && allDigits(index))
                        facts.sourceInstance = index;
                }
            } else if (key == "origin") {
                facts.origin = facts.origin.empty() ? value : facts.origin;
            }
            return true;
        });
    if (facts.messageType.empty())
        facts.messageType = severityStream;
    return facts;
}

bool findMessageMember(std::string_view line, std::size_t from, EmbeddedRecord& out, std::size_t limit)
{
    std::size_t start = from;
    while (start < line.size() && isSpace(line[start]))
        ++start;
    if (start >= line.size())
        return false;
    char quote = '"';
    const bool memberLine = line[start] == '"' && line.substr(0, start).find_first_not_of(" \t") == npos;
    if (!memberLine) {
        if (line[start] != '{' && line[start] != '[')
            start = line.find('{', start);
        if (start == npos)
            return false;
        const std::size_t first = line.find_first_of("\"'", start);
        if (first == npos)
            return false;
        quote = line[first];
    }
    bool found = false;
    forEachMember(
        line, start, quote, nullptr,
        [&](std::string_view key, std::string_view value, std::size_t valueBegin, bool quoted) {
            if (!quoted || !oneOf(key, {"msg", "message", "_raw", "log", "line"}))
                return true;
            out.style = quote == '\'' ? EnvelopeStyle::PythonRepr : EnvelopeStyle::Json;
            out.begin = valueBegin;
            out.end = valueBegin + value.size();
            out.fieldAt = static_cast<std::size_t>(key.data() - line.data()) - 1;
            out.key = key;
            out.column = -1;
            found = true;
            return false;
        },
        limit);
    return found;
}

bool findCsvField(std::string_view line, std::size_t from, EmbeddedRecord& out)
{
    std::size_t candidates = 0;
    for (std::size_t q = line.find('"', from); q != npos && candidates < kMaxQuoteCandidates;
         q = line.find('"', q + 1)) {
        ++candidates;
        if (q > 0 && !isCsvDelimiter(line[q - 1]))
            continue;
        const std::size_t end = csvEnd(line, q + 1);
        out.style = EnvelopeStyle::Csv;
        out.begin = q + 1;
        out.end = end;
        out.fieldAt = q;
        out.key = {};
        out.column = q == 0 ? 0 : columnOf(line, q, line[q - 1]);
        return true;
    }
    return false;
}

} // namespace rs
