#include "core/formats/wrappers.h"

#include "core/formats/accesslog.h"
#include "core/formats/applog.h"
#include "core/util/gounquote.h"
#include "core/util/timeparse.h"

#include <array>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rs {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t npos = std::string_view::npos;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool stripBom(std::string_view& rest)
{
    if (!rest.starts_with(kBom))
        return false;
    rest.remove_prefix(kBom.size());
    return true;
}

// The common case, answered before anything else: a bare access line (`host - [`, also with
// an empty host) or a JSON line, including the gorouter.log `[date] ` prefix.
bool obviouslyBare(std::string_view s)
{
    const char c = s.front();
    if (c == '{' || c == '[')
        return true;
    if (static_cast<unsigned char>(c) >= 0x80 || c == '<' || c == '=')
        return false;
    const void* space = std::memchr(s.data(), ' ', s.size());
    if (space == nullptr)
        return true; // no wrapper we know lacks a space
    const auto at = static_cast<std::size_t>(static_cast<const char*>(space) - s.data());
    return s.size() - at >= 4 && s[at + 1] == '-' && s[at + 2] == ' ' && s[at + 3] == '[';
}

// Token from `at` to the next space (or the end).
std::string_view tokenAt(std::string_view s, std::size_t at)
{
    if (at >= s.size())
        return {};
    const std::size_t space = s.find(' ', at);
    return s.substr(at, space == npos ? npos : space - at);
}

bool isInstanceChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-' || c == '_' || c == '.';
}

// `<group>/<index-or-uuid>: stdout | ` (or stderr), written by bosh-cli before every line.
bool stripBoshFollow(std::string_view& rest, Unwrapped& u)
{
    const std::string_view token = tokenAt(rest, 0);
    if (token.size() < 4 || token.back() != ':')
        return false;
    const std::string_view instance = token.substr(0, token.size() - 1);
    const std::size_t slash = instance.find('/');
    if (slash == npos || slash == 0 || slash + 1 == instance.size())
        return false;
    for (std::size_t i = 0; i < instance.size(); ++i) {
        if (i != slash && !isInstanceChar(instance[i]))
            return false;
    }
    std::string_view after = rest.substr(token.size());
    if (!after.starts_with(" stdout |") && !after.starts_with(" stderr |"))
        return false;
    u.stream = after.substr(1, 6);
    after.remove_prefix(9);
    if (!after.empty()) {
        if (after.front() != ' ')
            return false;
        after.remove_prefix(1);
    }
    u.instance = instance;
    rest = after;
    return true;
}

bool stripTailHeader(std::string_view rest, Unwrapped& u)
{
    if (rest.size() < 9 || !rest.starts_with("==> ") || !rest.ends_with(" <=="))
        return false;
    u.tailPath = rest.substr(4, rest.size() - 8);
    return true;
}

// cf logs' time-only stamp "10:33:12.70-0600" (old CLIs): clock, optional fraction and zone.
bool isClockToken(std::string_view t)
{
    if (t.size() < 8 || !isDigit(t[0]) || !isDigit(t[1]) || t[2] != ':' || !isDigit(t[3]) || !isDigit(t[4]) ||
        t[5] != ':' || !isDigit(t[6]) || !isDigit(t[7]))
        return false;
    std::size_t at = 8;
    if (at < t.size() && t[at] == '.') {
        const std::size_t first = ++at;
        while (at < t.size() && isDigit(t[at]))
            ++at;
        if (at == first)
            return false;
    }
    if (at == t.size())
        return true;
    if (t.substr(at) == "Z")
        return true;
    if (t[at] != '+' && t[at] != '-')
        return false;
    const std::string_view zone = t.substr(at + 1);
    const bool colon = zone.size() == 5 && zone[2] == ':';
    return (zone.size() == 4 || colon) && isDigit(zone[0]) && isDigit(zone[1]) &&
           isDigit(zone[colon ? 3 : 2]) && isDigit(zone[colon ? 4 : 3]);
}

std::size_t skipSpaces(std::string_view s, std::size_t at)
{
    while (at < s.size() && s[at] == ' ')
        ++at;
    return at;
}

// `[ws]TIME [SOURCE] OUT `, `TIME [RTR] [OUT] `; the stream may be missing (FORMATS §1.9).
bool stripCfLogs(std::string_view& rest, Unwrapped& u)
{
    const std::string_view s = rest;
    std::size_t at = skipSpaces(s, 0);
    if (at >= s.size() || !isDigit(s[at]))
        return false;
    const std::string_view stamp = tokenAt(s, at);
    TimeNs time = kNoTime;
    if (stamp.size() >= 20 && stamp[4] == '-') {
        time = parseRfc3339(stamp);
        if (time == kNoTime)
            return false;
    } else if (!isClockToken(stamp)) {
        return false;
    }
    at = skipSpaces(s, at + stamp.size());
    if (at >= s.size() || s[at] != '[')
        return false;
    const std::size_t close = s.find(']', at);
    if (close == npos || close == at + 1 || close - at > 64)
        return false;
    const std::string_view source = s.substr(at + 1, close - at - 1);
    if (source.find(' ') != npos)
        return false;
    at = close + 1;
    if (at < s.size() && s[at] != ' ')
        return false;
    std::size_t next = skipSpaces(s, at);
    std::string_view stream;
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kStreams = {
        {{"OUT", "[OUT]"}, {"ERR", "[ERR]"}}};
    for (const auto& [candidate, bracketedForm] : kStreams) {
        const bool bracketed = s.compare(next, 5, bracketedForm) == 0;
        if (bracketed || s.compare(next, 3, candidate) == 0) {
            const std::size_t end = next + (bracketed ? 5 : 3);
            if (end == s.size() || s[end] == ' ') {
                stream = s.substr(bracketed ? next + 1 : next, 3);
                at = end;
                break;
            }
        }
    }
    // The message follows exactly one space: an access line with an empty host starts with one.
    if (at < s.size())
        ++at;
    u.logSource = source;
    u.stream = stream;
    u.wrapperTime = time;
    rest = s.substr(at);
    return true;
}

// "Jan _2 15:04:05" (time.Stamp, rsyslog's traditional format); no year, so no wrapperTime.
bool isStamp(std::string_view s, std::size_t at)
{
    if (s.size() - at < 16 || s[at] < 'A' || s[at] > 'Z' || monthFromAbbreviation(s.substr(at, 3)) == 0 ||
        s[at + 3] != ' ' || s[at + 15] != ' ')
        return false;
    const char d1 = s[at + 4];
    if (!(d1 == ' ' || isDigit(d1)) || !isDigit(s[at + 5]) || s[at + 6] != ' ')
        return false;
    return isClockToken(s.substr(at + 7, 8));
}

// After a RFC3164 timestamp: `[HOST ]TAG[PID]: MSG`. `hostRequired` for rsyslog file lines.
bool stripHostAndTag(std::string_view& rest, std::size_t at, bool hostRequired, Unwrapped& u)
{
    const std::string_view s = rest;
    std::string_view first = tokenAt(s, at);
    std::string_view host;
    std::string_view tag = first;
    if (first.empty())
        return false;
    if (first.back() != ':' || hostRequired) {
        host = first;
        at += first.size() + 1;
        tag = tokenAt(s, at);
    }
    if (tag.size() < 2 || tag.back() != ':')
        return false;
    at += tag.size();
    tag.remove_suffix(1);
    if (const std::size_t bracket = tag.find('['); bracket != npos && tag.back() == ']')
        tag = tag.substr(0, bracket);
    if (tag.empty())
        return false;
    if (at < s.size())
        ++at; // the space after "TAG:"
    u.syslogHost = host;
    u.syslogAppName = tag;
    rest = s.substr(at);
    return true;
}

// First byte at or after `from` that is one of a–d, or s.size().
std::size_t findAnyOf(std::string_view s, std::size_t from, char a, char b, char c, char d)
{
#if defined(__SSE2__)
    while (s.size() - from >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + from));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(a)), _mm_cmpeq_epi8(chunk, _mm_set1_epi8(b))),
            _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(c)), _mm_cmpeq_epi8(chunk, _mm_set1_epi8(d))));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
        if (mask != 0)
            return from + static_cast<std::size_t>(__builtin_ctz(mask));
        from += 16;
    }
#endif
    while (from < s.size() && s[from] != a && s[from] != b && s[from] != c && s[from] != d)
        ++from;
    return from;
}

// One or more `[ID PARAM="VALUE" ...]` elements at s[at]; values may escape `"`, `\` and `]`.
bool skipStructuredData(std::string_view s, std::size_t& at)
{
    std::size_t p = at;
    auto nameEnd = [&](std::size_t from) { return findAnyOf(s, from, ' ', '=', ']', '"'); };
    while (p < s.size() && s[p] == '[') {
        std::size_t q = nameEnd(p + 1);
        if (q == p + 1)
            return false;
        for (;;) {
            if (q >= s.size())
                return false;
            if (s[q] == ']') {
                ++q;
                break;
            }
            if (s[q] != ' ')
                return false;
            const std::size_t param = q + 1;
            q = nameEnd(param);
            if (q == param || q + 1 >= s.size() || s[q] != '=' || s[q + 1] != '"')
                return false;
            // Drain SD holds a dozen tag values (~700 bytes): scan them 16 bytes at a time.
            const std::size_t length = skipGoQuoted(s.substr(q + 1));
            if (length == npos)
                return false;
            q += 1 + length;
        }
        p = q;
    }
    at = p;
    return true;
}

// `<PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG` (at points after "<PRI>1 "). Gorouter's own
// writer omits SD and puts a BOM before MSG; old drains write `- -`.
bool stripRfc5424(std::string_view& rest, std::size_t at, Unwrapped& u)
{
    const std::string_view s = rest;
    std::array<std::string_view, 5> header;
    for (std::string_view& field : header) {
        field = tokenAt(s, at);
        if (field.empty())
            return false;
        at += field.size();
        if (at < s.size())
            ++at;
    }
    const auto [stamp, host, app, procid, msgid] = header;
    if (at < s.size()) {
        if (s[at] == '-' && (at + 1 == s.size() || s[at + 1] == ' ')) {
            ++at;
        } else if (s[at] == '[') {
            std::size_t end = at;
            if (skipStructuredData(s, end))
                at = end;
        }
        if (at < s.size() && s[at] == ' ')
            ++at;
    }
    u.wrapperTime = stamp == "-" ? kNoTime : parseRfc3339(stamp);
    u.syslogHost = host == "-" ? std::string_view() : host;
    u.syslogAppName = app == "-" ? std::string_view() : app;
    if (procid.size() > 2 && procid.front() == '[' && procid.back() == ']')
        u.logSource = procid.substr(1, procid.size() - 2);
    rest = s.substr(at);
    return true;
}

// Lines that start with `<PRI>`: RFC5424, or Go log/syslog's RFC3164 variants
// `<14>2006-01-02T15:04:05Z HOST TAG[PID]: ` (network) and `<14>Jan _2 15:04:05 TAG[PID]: ` (local).
bool stripPriSyslog(std::string_view& rest, Unwrapped& u)
{
    const std::string_view s = rest;
    std::size_t at = 1;
    while (at < s.size() && at <= 4 && isDigit(s[at]))
        ++at;
    if (at == 1 || at > 4 || at >= s.size() || s[at] != '>')
        return false;
    ++at;
    if (s.compare(at, 2, "1 ") == 0) {
        if (!stripRfc5424(rest, at + 2, u))
            return false;
        u.outer = u.outer == WrapperKind::None ? WrapperKind::SyslogRfc5424 : u.outer;
        return true;
    }
    if (isStamp(s, at)) {
        if (!stripHostAndTag(rest, at + 16, false, u))
            return false;
    } else {
        const std::string_view stamp = tokenAt(s, at);
        const TimeNs time = parseRfc3339(stamp);
        if (time == kNoTime || !stripHostAndTag(rest, at + stamp.size() + 1, false, u))
            return false;
        u.wrapperTime = time;
    }
    u.outer = u.outer == WrapperKind::None ? WrapperKind::SyslogRfc3164 : u.outer;
    return true;
}

// rsyslog file lines: `Jan  2 15:04:05 HOST TAG[PID]: ` and `2018-05-01T10:00:00.123456+00:00 HOST TAG: `.
bool stripRsyslogFile(std::string_view& rest, Unwrapped& u)
{
    const std::string_view s = rest;
    if (isStamp(s, 0)) {
        if (!stripHostAndTag(rest, 16, true, u))
            return false;
    } else {
        if (s.size() < 20 || !isDigit(s[0]) || s[4] != '-')
            return false;
        const std::string_view stamp = tokenAt(s, 0);
        if (stamp.size() + 1 < s.size() && s[stamp.size() + 1] == '[')
            return false; // `TIME [SOURCE]` is cf logs
        const TimeNs time = parseRfc3339(stamp);
        if (time == kNoTime || !stripHostAndTag(rest, stamp.size() + 1, true, u))
            return false;
        u.wrapperTime = time;
    }
    u.outer = u.outer == WrapperKind::None ? WrapperKind::SyslogRfc3164 : u.outer;
    return true;
}

std::string& decodeBuffer()
{
    thread_local std::string buffer;
    return buffer;
}

void takeEmbedded(std::string_view line, std::size_t searchedFrom, const EmbeddedRecord& e, Unwrapped& u)
{
    u.embedded = e;
    if (e.style == EnvelopeStyle::Bare) {
        u.payload = line.substr(e.begin, e.end - e.begin);
        if (e.column < 0 && e.begin > searchedFrom)
            u.unknownPrefix = line.substr(searchedFrom, e.begin - searchedFrom);
    } else {
        std::string& buffer = decodeBuffer();
        decodeEmbedded(line, e, buffer);
        u.payload = buffer;
    }
    if (u.outer == WrapperKind::None)
        u.outer = u.unknownPrefix.empty() ? WrapperKind::Envelope : WrapperKind::UnknownPrefix;
}

// Loki logcli's default output: `<time> {labels} <line>`.
bool isLokiPrefix(std::string_view prefix)
{
    const std::size_t space = prefix.find(' ');
    return space != npos && space >= 10 && isDigit(prefix[0]) && prefix.size() > space + 3 &&
           prefix[space + 1] == '{' && prefix.ends_with("} ");
}

std::string& appBuffer()
{
    thread_local std::string buffer;
    return buffer;
}

std::string& sourceBuffer()
{
    thread_local std::string buffer;
    return buffer;
}

constexpr int kMaxAppCandidates = 16;

// The field `e` of `line` as an app's line: its text is itself a `cf logs` or drain line of an
// APP source (a Splunk `_raw`, a CSV message column), or the envelope's own fields say it is
// an app's output (firehose `source_type` APP…, a drain export's `procid` [APP/…], Python dicts).
// Other programs' lines ([CELL/0], [API/0], [STG/0], gorouter JSON) are no app lines.
bool takeAppField(std::string_view line, std::size_t searchedFrom, const EmbeddedRecord& e, Unwrapped& u)
{
    std::string& text = appBuffer();
    const bool bare = e.style == EnvelopeStyle::Bare;
    std::string_view decoded;
    if (bare) {
        decoded = line.substr(e.begin, e.end - e.begin);
    } else {
        decodeEmbedded(line, e, text);
        decoded = text;
    }
    const Unwrapped inner = unwrapKnown(decoded);
    std::string_view source, stream;
    TimeNs time = kNoTime;
    std::string_view payload;
    if (applog::isAppSource(inner.logSource)) {
        source = inner.logSource;
        stream = inner.stream;
        time = inner.wrapperTime;
        payload = inner.payload;
    } else if (!bare && e.style != EnvelopeStyle::Csv) {
        const EnvelopeFacts facts = envelopeFacts(line, e.style, &e);
        if (!applog::isAppSource(facts.sourceType))
            return false;
        u.facts = facts;
        // "APP/PROC/WEB" and "0" make the source cf logs prints, "[APP/PROC/WEB/0]".
        const std::string_view index =
            !facts.sourceInstance.empty() ? facts.sourceInstance : facts.appInstance;
        std::string& built = sourceBuffer();
        built.assign(facts.sourceType);
        if (!index.empty() || facts.sourceType != "APP")
            built.append("/").append(index);
        source = built;
        stream = facts.messageType;
        time = facts.time;
        payload = decoded;
    } else {
        return false;
    }
    u.embedded = e;
    u.payload = payload;
    u.logSource = source;
    u.stream = stream;
    if (time != kNoTime)
        u.wrapperTime = time;
    // A drain line's names are the app's; an outer syslog header's (doppler) are not.
    u.syslog = u.syslog || inner.syslog;
    u.syslogHost = inner.syslogHost;
    u.syslogAppName = inner.syslogAppName;
    u.cfLogs = u.cfLogs || inner.cfLogs;
    if (bare && e.begin > searchedFrom)
        u.unknownPrefix = line.substr(searchedFrom, e.begin - searchedFrom);
    if (u.outer == WrapperKind::None)
        u.outer = u.unknownPrefix.empty() ? WrapperKind::Envelope : WrapperKind::UnknownPrefix;
    return true;
}

// An app's line inside `line` from `from`, in a field that starts before `limit` (where an
// access record was found, which then comes first): a message member of a JSON or Python
// envelope, a quoted CSV column (`csv`), or the line after a Loki logcli prefix.
// Every app source starts "APP" (the text's [APP/…], source_type, procid): lines without it,
// such as RTR envelopes, are not searched (a fifth of the import time of firehose JSON).
bool mayHoldAppLine(std::string_view line, std::size_t from)
{
    return line.find("APP", from) != npos;
}

bool findAppField(std::string_view line, std::size_t from, std::size_t limit, bool csv, Unwrapped& u)
{
    if (!mayHoldAppLine(line, from))
        return false;
    EmbeddedRecord e;
    std::size_t at = from;
    for (int n = 0; n < kMaxAppCandidates && findMessageMember(line, at, e, limit); ++n) {
        if (takeAppField(line, from, e, u))
            return true;
        at = e.end + 1;
    }
    if (from >= line.size() || line[from] == '{' || line[from] == '[')
        return false;
    if (isDigit(line[from])) {
        // Loki logcli: `<time> {labels} <line>`.
        const std::size_t labels = line.find(" {", from);
        const std::size_t close = labels == npos ? npos : line.find("} ", labels);
        if (close != npos && close < limit && close - from < kMaxPrefixBytes &&
            isLokiPrefix(line.substr(from, close + 2 - from))) {
            e = EmbeddedRecord{EnvelopeStyle::Bare, close + 2, line.size(), close + 2, {}, -1};
            if (takeAppField(line, from, e, u))
                return true;
        }
    }
    at = from;
    for (int n = 0; csv && n < kMaxAppCandidates && findCsvField(line, at, e) && e.fieldAt < limit; ++n) {
        if (takeAppField(line, from, e, u))
            return true;
        at = e.end + 1;
    }
    return false;
}

} // namespace

Unwrapped unwrap(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    Unwrapped u = unwrapKnown(line);
    if (u.outer == WrapperKind::TailHeader || u.payload.empty())
        return u;
    // What an app wrote is its line, whatever its text holds (an app may log JSON or access lines).
    if (applog::isAppSource(u.logSource))
        return u;
    // A record at the start of what is left; a tab before its first space means a TSV column.
    const std::string_view head = u.payload.substr(0, u.payload.find(' '));
    if (AccessLogParser::looksLikeAccessLine(u.payload) && head.find('\t') == std::string_view::npos)
        return u;
    const auto from = static_cast<std::size_t>(u.payload.data() - line.data());
    EmbeddedRecord e;
    const bool record = findEmbeddedRecord(line, from, e);
    // An app's line before the record (or without one) is taken first: records in order.
    if (findAppField(line, from, record ? e.fieldAt : npos, true, u))
        return u;
    if (record)
        takeEmbedded(line, from, e, u);
    return u;
}

bool unwrapNext(std::string_view line, std::size_t from, Unwrapped& u)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    if (from >= line.size())
        return false;
    EmbeddedRecord e;
    const bool record = findEmbeddedRecord(line, from, e);
    const bool app = mayHoldAppLine(line, from);
    if (!record && !app)
        return false; // the common end of a line: nothing more in it
    // The line's own wrappers again, without what the previous record (an app's line) added.
    Unwrapped next = unwrapKnown(line);
    // A CSV row is one record: its other columns are not searched for app lines again.
    if (app && findAppField(line, from, record ? e.fieldAt : npos, false, next)) {
        u = next;
        return true;
    }
    if (!record)
        return false;
    takeEmbedded(line, from, e, next);
    u = next;
    return true;
}

std::string wrapperId(const Unwrapped& u)
{
    std::string id;
    auto part = [&id](std::string_view p) {
        if (!id.empty())
            id += '+';
        id += p;
    };
    if (u.boshFollow)
        part("bosh_follow");
    if (u.syslog)
        part(u.outer == WrapperKind::SyslogRfc5424   ? "syslog_rfc5424"
             : u.outer == WrapperKind::SyslogRfc3164 ? "syslog_rfc3164"
                                                     : "syslog");
    if (u.cfLogs)
        part("cf_logs");
    const EmbeddedRecord& e = u.embedded;
    switch (e.style) {
    case EnvelopeStyle::None:
        break;
    case EnvelopeStyle::Json:
        part(e.key.empty() ? std::string("json:array") : "json:" + std::string(e.key));
        break;
    case EnvelopeStyle::PythonRepr:
        part("python_dict:" + std::string(e.key));
        break;
    case EnvelopeStyle::Csv:
        part("csv:column" + std::to_string(e.column + 1));
        break;
    case EnvelopeStyle::Bare:
        if (e.column >= 0)
            part("tsv:column" + std::to_string(e.column + 1));
        else if (isLokiPrefix(u.unknownPrefix))
            part("loki_logcli");
        else if (!u.unknownPrefix.empty())
            part("unknown_prefix");
        break;
    }
    return id.empty() ? std::string("none") : id;
}

Unwrapped unwrapKnown(std::string_view line)
{
    Unwrapped u;
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    if (line.empty() || obviouslyBare(line)) {
        u.payload = line;
        return u;
    }

    std::string_view rest = line;
    u.bom = stripBom(rest);
    if (stripBoshFollow(rest, u)) {
        u.boshFollow = true;
        u.outer = WrapperKind::BoshFollow;
        u.bom = stripBom(rest) || u.bom;
    }
    if (stripTailHeader(rest, u)) {
        u.outer = WrapperKind::TailHeader;
        return u;
    }
    if (!rest.empty() && !obviouslyBare(rest)) {
        if (rest.front() == '<') {
            u.syslog = stripPriSyslog(rest, u);
        } else if (stripRsyslogFile(rest, u)) {
            u.syslog = true;
        } else {
            const WrapperKind before = u.outer;
            u.cfLogs = stripCfLogs(rest, u);
            if (u.cfLogs && before == WrapperKind::None)
                u.outer = WrapperKind::CfLogs;
        }
    }
    u.bom = stripBom(rest) || u.bom;
    u.payload = rest;
    return u;
}

} // namespace rs
