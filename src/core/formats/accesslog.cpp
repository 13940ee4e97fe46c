#include "core/formats/accesslog.h"

#include "core/formats/accessconsistency.h"
#include "core/formats/accesskeys.h"
#include "core/formats/accesslegacy.h"
#include "core/formats/accessvalues.h"
#include "core/util/bytescan.h"
#include "core/util/gounquote.h"
#include "core/util/timeparse.h"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

// The tokenizer: one pass over an access-log line, field by field. Key tables, value shapes,
// the pre-rr-0.141 fallbacks and the era checks live in the access*.h/.cpp next to this file.

namespace rs {
namespace {

using namespace access;

constexpr std::size_t npos = std::string_view::npos;
// Spans hold 32-bit offsets.
constexpr std::size_t kMaxLine = std::numeric_limits<std::uint32_t>::max() - 1;

class Tokenizer {
public:
    Tokenizer(std::string_view line, AccessRecord& out, std::string& scratch, const std::uint64_t* quotes,
              bool backslash, bool collectSpans, std::array<char, 16>& minutePrefix, TimeNs& minuteStart)
        : m_line(line)
        , m_n(line.size())
        , m_out(out)
        , m_scratch(scratch)
        , m_quotes(quotes)
        , m_backslash(backslash)
        , m_collectSpans(collectSpans)
        , m_minutePrefix(minutePrefix)
        , m_minuteStart(minuteStart)
    {}

    std::optional<SkipReason> run()
    {
        if (auto failure = readPrefix())
            return failure;
        if (auto failure = readAddresses())
            return failure;
        if (auto failure = readTail())
            return failure;
        return checkConsistency();
    }

private:
    // ---- helpers ---------------------------------------------------------------------------

    void span(AccessField field, std::size_t begin, std::size_t end)
    {
        if (m_collectSpans)
            m_out.spans.push_back(
                {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin), field});
    }

    void span(AccessField field, const Token& t) { span(field, t.begin, t.end); }

    bool at(std::size_t i, char c) const { return i < m_n && m_line[i] == c; }

    // Go-quoted token at m_line[pos] == '"'; false when unterminated. Without a backslash in
    // the line the next quote closes it; otherwise escapes are honoured.
    bool readQuoted(std::size_t pos, Token& t) const
    {
        if (m_backslash)
            return readEscapedQuoted(pos, t);
        const std::size_t close = nextQuote(m_quotes, m_n, pos + 1);
        if (close == npos)
            return false;
        t = {pos, close + 1, true, false};
        return true;
    }

    [[gnu::noinline]] bool readEscapedQuoted(std::size_t pos, Token& t) const
    {
        const std::size_t length = skipGoQuoted(m_line.substr(pos), t.escaped);
        if (length == npos)
            return false;
        t.begin = pos;
        t.end = pos + length;
        t.quoted = true;
        return true;
    }

    // Bare tokens are short (status, counts, durations): a loop beats a memchr call.
    Token readBare(std::size_t pos) const
    {
        std::size_t end = pos;
        while (end < m_n && m_line[end] != ' ')
            ++end;
        return {pos, end, false, false};
    }

    std::string_view raw(const Token& t) const { return m_line.substr(t.begin, t.end - t.begin); }

    std::string_view inner(const Token& t) const
    {
        return t.quoted ? m_line.substr(t.begin + 1, t.end - t.begin - 2) : raw(t);
    }

    // The value as written, unescaped. The scratch buffer was reserved to the line's size and
    // unquoting never grows a value, so earlier views into it stay valid.
    std::string_view text(const Token& t)
    {
        if (!t.escaped)
            return inner(t);
        const std::size_t before = m_scratch.size();
        goUnquote(raw(t), m_scratch);
        return std::string_view(m_scratch.data() + before, m_scratch.size() - before);
    }

    static bool missing(const Token& t, std::string_view in)
    {
        return in.empty() || isDash(in) || (!t.quoted && in[0] == 'M' && in.starts_with("Missing"));
    }

    // A string field: empty when missing.
    std::string_view stringValue(const Token& t)
    {
        const std::string_view in = inner(t);
        return missing(t, in) ? std::string_view() : text(t);
    }

    // Quoting of the fields rr 0.142 started quoting together (FORMATS §1.7).
    void noteGroupQuoting(const Token& t)
    {
        if (missing(t, inner(t)))
            return;
        (t.quoted ? m_era.quotedGroup : m_era.bareGroup) = true;
    }
    // ---- HOST - [TIME] "REQUEST" STATUS BYTES [BYTES] "REF" "UA" --------------------------

    std::optional<SkipReason> readPrefix()
    {
        const std::size_t hostEnd = findByte(m_line, 0, ' ');
        if (!hasAt(m_line, hostEnd, " - ["))
            return SkipReason::AccessLineMalformed;
        m_out.host = m_line.substr(0, hostEnd);
        span(AccessField::Host, 0, hostEnd);

        const std::size_t timeBegin = hostEnd + 4;
        const std::size_t timeEnd = findByte(m_line, timeBegin, ']');
        if (timeEnd == m_n || timeEnd - timeBegin > 48)
            return SkipReason::AccessLineMalformed;
        const std::string_view stamp = m_line.substr(timeBegin, timeEnd - timeBegin);
        m_out.start = readStart(stamp);
        if (m_out.start == kNoTime)
            return SkipReason::AccessTimestampInvalid;
        m_era.dayMonthYear = stamp[2] == '/';
        m_era.dmyFraction = m_era.dayMonthYear && stamp[19] == '.';
        m_era.zulu = stamp.back() == 'Z' || stamp.back() == 'z';
        m_era.epoch = isEpochStamp(stamp);
        span(AccessField::Time, timeBegin, timeEnd);

        std::size_t pos = timeEnd + 1;
        if (!hasAt(m_line, pos, " \""))
            return SkipReason::AccessLineMalformed;
        ++pos;
        Token request;
        const bool terminated = readQuoted(pos, request);
        if (!terminated || !at(request.end, ' ')) {
            if (!m_era.dayMonthYear || !legacyRequestEnd(m_line, pos, request))
                return terminated ? SkipReason::AccessLineMalformed : SkipReason::QuotedStringUnterminated;
        }
        splitRequest(request);

        pos = request.end + 1;
        if (auto failure = readStatus(pos))
            return failure;
        std::int64_t first = -1;
        if (auto failure = readCount(pos, first, AccessField::BytesSent))
            return failure;
        pos = skipSpaces(pos);
        if (pos < m_n && m_line[pos] != '"') {
            m_out.bytesReceived = first;
            if (m_collectSpans)
                m_out.spans.back().field = AccessField::BytesReceived;
            if (auto failure = readCount(pos, m_out.bytesSent, AccessField::BytesSent))
                return failure;
        } else {
            m_out.bytesSent = first;
        }
        if (auto failure = readRefererAndAgent(pos))
            return failure;
        m_pos = pos;
        return std::nullopt;
    }

    // "1554761639.747399300" (`unix-epoch`): 9 or 10 digits, then an optional fraction.
    static bool isEpochStamp(std::string_view stamp)
    {
        std::size_t digits = 0;
        while (digits < stamp.size() && isDigit(stamp[digits]))
            ++digits;
        if (digits < 9 || digits > 10)
            return false;
        if (digits == stamp.size())
            return true;
        if (stamp[digits] != '.' || digits + 1 == stamp.size())
            return false;
        for (std::size_t i = digits + 1; i < stamp.size(); ++i) {
            if (!isDigit(stamp[i]))
                return false;
        }
        return true;
    }

    // Seconds and nanoseconds of "2006-01-02T15:04:05.000000000Z".
    static bool secondsOfMinute(std::string_view stamp, std::int64_t& nanos)
    {
        if (stamp.size() != 30 || stamp[16] != ':' || stamp[19] != '.' || stamp[29] != 'Z')
            return false;
        std::int64_t value = 0;
        for (const std::size_t i : {17u, 18u, 20u, 21u, 22u, 23u, 24u, 25u, 26u, 27u, 28u}) {
            if (!isDigit(stamp[i]))
                return false;
            value = value * 10 + (stamp[i] - '0');
        }
        nanos = value;
        return value < 60'000'000'000;
    }

    TimeNs readStart(std::string_view stamp)
    {
        std::int64_t inMinute = 0;
        const bool nanosLayout = secondsOfMinute(stamp, inMinute);
        if (nanosLayout && m_minuteStart != kNoTime && sameBytes(stamp.data(), m_minutePrefix.data(), 16))
            return m_minuteStart + inMinute;
        if (isEpochStamp(stamp))
            return parseEpochSeconds(stamp);
        const TimeNs start = parseAccessTimestamp(stamp);
        if (nanosLayout && start != kNoTime) {
            std::memcpy(m_minutePrefix.data(), stamp.data(), m_minutePrefix.size());
            m_minuteStart = start - inMinute;
        }
        return start;
    }

    // method, uri and proto: split at the first and the last space.
    void splitRequest(const Token& t)
    {
        const std::string_view rawInner = inner(t);
        const std::string_view value = text(t);
        const std::size_t first = value.find(' ');
        const std::size_t last = value.rfind(' ');
        const std::size_t rawFirst = rawInner.find(' ');
        const std::size_t rawLast = rawInner.rfind(' ');
        const std::size_t base = t.begin + 1;
        if (first == npos) {
            m_out.method = value;
            span(AccessField::Method, base, base + rawInner.size());
            return;
        }
        m_out.method = value.substr(0, first);
        span(AccessField::Method, base, base + rawFirst);
        if (first == last) {
            m_out.uri = value.substr(first + 1);
            span(AccessField::Uri, base + rawFirst + 1, base + rawInner.size());
            return;
        }
        m_out.uri = value.substr(first + 1, last - first - 1);
        m_out.proto = value.substr(last + 1);
        span(AccessField::Uri, base + rawFirst + 1, base + rawLast);
        span(AccessField::Proto, base + rawLast + 1, base + rawInner.size());
    }

    // Transitional writers and hand-pasted lines put more than one space between fields.
    std::size_t skipSpaces(std::size_t pos) const
    {
        while (pos < m_n && m_line[pos] == ' ')
            ++pos;
        return pos;
    }

    std::optional<SkipReason> readStatus(std::size_t& pos)
    {
        pos = skipSpaces(pos);
        const Token t = readBare(pos);
        const std::string_view token = raw(t);
        if (token.empty() || t.end >= m_n)
            return SkipReason::AccessLineMalformed;
        if (isDash(token) || isQuotedDash(token) || token == "MissingResponseStatusCode") {
            m_out.status = 0;
        } else {
            int status = 0;
            const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), status);
            if (ec != std::errc() || end != token.data() + token.size() || token.size() > 3 || status < 0)
                return SkipReason::AccessFieldInvalid;
            m_out.status = status;
        }
        span(AccessField::Status, t);
        pos = t.end + 1;
        return std::nullopt;
    }

    std::optional<SkipReason> readCount(std::size_t& pos, std::int64_t& value, AccessField field)
    {
        pos = skipSpaces(pos);
        const Token t = readBare(pos);
        const std::string_view token = raw(t);
        if (token.empty() || t.end >= m_n)
            return SkipReason::AccessLineMalformed;
        if (isDash(token) || isQuotedDash(token)) {
            value = -1;
        } else {
            const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec != std::errc() || end != token.data() + token.size() || value < 0)
                return SkipReason::AccessFieldInvalid;
        }
        span(field, t);
        pos = t.end + 1;
        return std::nullopt;
    }

    std::optional<SkipReason> readRefererAndAgent(std::size_t& pos)
    {
        pos = skipSpaces(pos);
        Token referer;
        Token agent;
        const bool refererOk = at(pos, '"') && readQuoted(pos, referer);
        const std::size_t agentAt = refererOk ? skipSpaces(referer.end) : m_n;
        const bool ok = refererOk && at(referer.end, ' ') && at(agentAt, '"') && readQuoted(agentAt, agent) &&
                        at(agent.end, ' ');
        if (!ok && !(m_era.dayMonthYear && legacyRefererAndAgent(m_line, pos, referer, agent))) {
            if (!at(pos, '"'))
                return SkipReason::AccessLineMalformed;
            if (!refererOk)
                return SkipReason::QuotedStringUnterminated;
            const bool agentCut = at(referer.end, ' ') && at(referer.end + 1, '"') && agent.end == 0;
            return agentCut ? SkipReason::QuotedStringUnterminated : SkipReason::AccessLineMalformed;
        }
        m_out.referer = stringValue(referer);
        m_out.userAgent = stringValue(agent);
        span(AccessField::Referer, referer);
        span(AccessField::UserAgent, agent);
        pos = agent.end + 1;
        return std::nullopt;
    }
    // ---- REMOTE [BACKEND] ------------------------------------------------------------------

    bool knownKeyAt(std::size_t pos) const
    {
        std::size_t k = pos;
        while (k < m_n && isKeyChar(m_line[k]))
            ++k;
        if (k == pos || !at(k, ':'))
            return false;
        std::size_t expected = 0;
        return lookupKey(m_line.substr(pos, k - pos + 1), expected) != Key::Unknown;
    }

    std::optional<SkipReason> readAddresses()
    {
        std::size_t pos = skipSpaces(m_pos);
        int count = 0;
        while (count < 2 && pos < m_n) {
            Token t;
            if (m_line[pos] == '"') {
                if (!readQuoted(pos, t))
                    return SkipReason::QuotedStringUnterminated;
            } else {
                if (knownKeyAt(pos))
                    break;
                t = readBare(pos);
            }
            const std::string_view value = stringValue(t);
            if (!plausibleAddress(value))
                return SkipReason::AccessFieldInvalid;
            if (count == 0) {
                m_out.remoteAddr = value;
                noteGroupQuoting(t);
                span(AccessField::RemoteAddr, t);
            } else {
                m_out.backend = value;
                span(AccessField::Backend, t);
            }
            ++count;
            pos = t.end;
            if (pos < m_n) {
                if (m_line[pos] != ' ')
                    return SkipReason::AccessLineMalformed;
                pos = skipSpaces(pos);
            }
        }
        // Addresses removed by whoever pasted the line: the tail still names its fields.
        if (count == 0 && !(pos < m_n && knownKeyAt(pos)))
            return SkipReason::AccessLineMalformed;
        m_pos = pos;
        return std::nullopt;
    }

    // ---- key:value tail --------------------------------------------------------------------
    std::optional<SkipReason> readTail()
    {
        std::size_t pos = m_pos;
        std::size_t expected = 0;
        while (pos < m_n) {
            // Fast path: the key Gorouter writes next, compared with its ':' in one go.
            Key key = Key::Unknown;
            std::size_t k = pos;
            if (!m_afterRouterError && expected < kKeyNames.size() &&
                m_n - pos >= kKeyNames[expected].size() &&
                sameBytes(m_line.data() + pos, kKeyNames[expected].data(), kKeyNames[expected].size())) {
                key = static_cast<Key>(expected);
                k = pos + kKeyNames[expected].size() - 1;
                ++expected;
            } else {
                k = findKeyEnd(m_line, pos);
                if (k == pos || !at(k, ':'))
                    return SkipReason::AccessFieldInvalid;
                if (!m_afterRouterError)
                    key = lookupKey(m_line.substr(pos, k - pos + 1), expected);
            }
            const std::string_view name = m_line.substr(pos, k - pos);
            span(AccessField::Key, pos, k);
            pos = k + 1;
            // `index: 0`: a space after the colon (seen in transitional lines); a key after
            // the space means this one's value is empty.
            if (at(pos, ' ')) {
                const std::size_t next = skipSpaces(pos);
                if (next < m_n && !keyFollows(m_line, next))
                    pos = next;
            }

            Token value;
            if (at(pos, '"')) {
                const bool terminated = readQuoted(pos, value);
                // A key glued to the previous quoted value is tolerated (seen in real lines).
                const bool separated = terminated && (value.end == m_n || m_line[value.end] == ' ' ||
                                                      keyFollows(m_line, value.end));
                if (!separated && !(m_era.dayMonthYear && legacyValueEnd(m_line, pos, value)))
                    return terminated ? SkipReason::AccessFieldInvalid : SkipReason::QuotedStringUnterminated;
            } else {
                value = readBare(pos);
            }
            span(AccessField::Value, value);
            pos = value.end;
            while (pos < m_n && m_line[pos] == ' ')
                ++pos;

            if (auto failure = assign(key, name, value))
                return failure;
        }
        return std::nullopt;
    }

    std::optional<SkipReason> duration(const Token& t, DurationNs& out)
    {
        const std::string_view in = inner(t);
        if (missing(t, in) || in.front() == '-') {
            out = kNoDuration; // Gorouter writes "-" for negative durations; older releases wrote them
            return std::nullopt;
        }
        if (simpleSeconds(in, out))
            return std::nullopt;
        out = parseSecondsDuration(in);
        return out == kNoDuration ? std::optional<SkipReason>(SkipReason::AccessFieldInvalid) : std::nullopt;
    }

    std::optional<SkipReason> assign(Key key, std::string_view name, const Token& t)
    {
        if (key != Key::Unknown) {
            // A known key written twice (a configured extra header of that name): keep the first.
            const std::uint32_t mask = bit(key == Key::VcapRequest ? Key::VcapRequestId
                                           : key == Key::Index     ? Key::AppIndex
                                                                   : key);
            if (m_seen & mask)
                key = Key::Unknown;
            m_seen |= mask;
        }
        switch (key) {
        case Key::XForwardedFor:
            m_out.xForwardedFor = stringValue(t);
            return std::nullopt;
        case Key::XForwardedProto:
            m_out.xForwardedProto = stringValue(t);
            return std::nullopt;
        case Key::VcapRequestId:
        case Key::VcapRequest:
            m_out.vcapRequestId = stringValue(t);
            noteGroupQuoting(t);
            return std::nullopt;
        case Key::AppId:
            m_out.appId = stringValue(t);
            noteGroupQuoting(t);
            return std::nullopt;
        case Key::AppIndex:
        case Key::Index:
            m_out.appIndex = stringValue(t);
            noteGroupQuoting(t);
            return std::nullopt;
        case Key::InstanceId:
            m_out.instanceId = stringValue(t);
            return std::nullopt;
        case Key::LocalAddress:
            m_out.localAddress = stringValue(t);
            if (!plausibleAddress(m_out.localAddress))
                return SkipReason::AccessFieldInvalid;
            return std::nullopt;
        case Key::RouterError:
            m_out.routerError = stringValue(t);
            m_afterRouterError = true; // everything after it is an extra header
            return std::nullopt;
        case Key::ResponseTime:
            return duration(t, m_out.responseTime);
        case Key::GorouterTime:
            return duration(t, m_out.gorouterTime);
        case Key::AppTime:
            return duration(t, m_out.appTime);
        case Key::FailedAttemptsTime:
            return duration(t, m_out.failedAttemptsTime);
        case Key::DnsTime:
            return duration(t, m_out.dnsTime);
        case Key::DialTime:
            return duration(t, m_out.dialTime);
        case Key::TlsTime:
            return duration(t, m_out.tlsTime);
        case Key::BackendTime:
            return duration(t, m_out.backendTime);
        case Key::FailedAttempts: {
            const std::string_view in = inner(t);
            if (missing(t, in))
                return std::nullopt;
            const auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), m_out.failedAttempts);
            if (ec != std::errc() || end != in.data() + in.size() || m_out.failedAttempts < 0)
                return SkipReason::AccessFieldInvalid;
            return std::nullopt;
        }
        case Key::Unknown:
            m_out.extras.push_back({name, text(t)});
            return std::nullopt;
        }
        return std::nullopt;
    }
    // ---- one era per line --------------------------------------------------------------------

    std::optional<SkipReason> checkConsistency()
    {
        m_era.nanosKeys = (m_seen & kNanosEraKeys) != 0;
        m_out.era = eraOf(m_era);
        m_out.keys = m_seen;
        return checkEra(m_era);
    }

    std::string_view m_line;
    std::size_t m_n;
    AccessRecord& m_out;
    std::string& m_scratch;
    const std::uint64_t* m_quotes;
    bool m_backslash;
    bool m_collectSpans;
    std::array<char, 16>& m_minutePrefix;
    TimeNs& m_minuteStart;

    std::size_t m_pos = 0; // where the address section starts, then the tail
    EraEvidence m_era;
    bool m_afterRouterError = false;
    std::uint32_t m_seen = 0;
};

// Field by field rather than `out = AccessRecord{}`: keeps the vectors' capacity and avoids
// zeroing the whole struct for every line.
void reset(AccessRecord& out)
{
    out.start = kNoTime;
    out.host = out.method = out.uri = out.proto = out.referer = out.userAgent = out.remoteAddr = out.backend =
        out.xForwardedFor = out.xForwardedProto = out.vcapRequestId = out.appId = out.appIndex =
            out.instanceId = out.routerError = out.localAddress = std::string_view();
    out.status = 0;
    out.bytesReceived = out.bytesSent = -1;
    out.responseTime = out.gorouterTime = out.appTime = out.failedAttemptsTime = out.dnsTime = out.dialTime =
        out.tlsTime = out.backendTime = kNoDuration;
    out.failedAttempts = -1;
    out.era = AccessEra::Nanos2019;
    out.keys = 0;
    out.extras.clear();
    out.spans.clear();
}

} // namespace

AccessLogParser::AccessLogParser(bool collectSpans)
    : m_collectSpans(collectSpans)
{}

std::optional<SkipReason> AccessLogParser::parse(std::string_view line, AccessRecord& out)
{
    reset(out);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    if (line.size() > kMaxLine)
        return SkipReason::LineTooLong;
    if (line.empty())
        return SkipReason::AccessLineMalformed;
    m_quoteBits.resize(line.size() / 64 + 1);
    const QuoteIndex index = indexQuotes(line, m_quoteBits.data());
    // A raw NUL inside a quoted value (a torn write, a hostile client) leaves the record readable;
    // one before the request string means the line is not one.
    if (index.nul) {
        const auto* nul = static_cast<const char*>(std::memchr(line.data(), '\0', line.size()));
        const std::size_t firstQuote = line.find('"');
        if (firstQuote == npos || static_cast<std::size_t>(nul - line.data()) < firstQuote)
            return SkipReason::BinaryData;
    }
    m_scratch.clear();
    m_scratch.reserve(line.size());
    return Tokenizer(line, out, m_scratch, m_quoteBits.data(), index.backslash, m_collectSpans,
                     m_minutePrefix, m_minuteStart)
        .run();
}

std::string_view accessEraId(AccessEra era)
{
    switch (era) {
    case AccessEra::Legacy2014:
        return "dmy_seconds_2014";
    case AccessEra::Legacy2016:
        return "dmy_millis_bare_2016";
    case AccessEra::Quoted2016:
        return "dmy_millis_quoted_2016";
    case AccessEra::Iso2017:
        return "iso_offset_2017";
    case AccessEra::Nanos2019:
        return "iso_nanos_z_2019";
    case AccessEra::UnixEpoch:
        return "unix_epoch";
    }
    return "unknown";
}

bool AccessLogParser::looksLikeAccessLine(std::string_view payload)
{
    if (payload.empty())
        return false;
    const void* space = std::memchr(payload.data(), ' ', std::min<std::size_t>(payload.size(), 1024));
    if (space == nullptr)
        return false;
    const auto hostEnd = static_cast<std::size_t>(static_cast<const char*>(space) - payload.data());
    if (!hasAt(payload, hostEnd, " - [") || hostEnd + 5 >= payload.size() || !isDigit(payload[hostEnd + 4]))
        return false;
    const std::size_t close = payload.find(']', hostEnd + 4);
    return close != npos && close - hostEnd < 52 && hasAt(payload, close, "] \"");
}

} // namespace rs
