// HAProxy's HTTP log (`option httplog`, and custom log-formats that start the same way), as the
// haproxy-boshrelease in front of Gorouter writes it through syslog (docs/LOADBALANCERS.md §1).
#include "core/formats/lblog.h"
#include "core/util/textshape.h"
#include "core/util/timeparse.h"

#include <array>
#include <charconv>

namespace rs::lb {
namespace {

// The next space-separated token of `rest`, which moves past it and one space.
std::string_view nextToken(std::string_view& rest)
{
    const auto space = rest.find(' ');
    const std::string_view token = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    return token;
}

// "ip:port" with an IPv4 or IPv6 address (HAProxy writes IPv6 without brackets: "::1:8080").
bool isAddress(std::string_view s)
{
    const auto colon = s.rfind(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= s.size() || s.size() - colon > 6)
        return false;
    for (std::size_t i = colon + 1; i < s.size(); ++i)
        if (!isAsciiDigit(s[i]))
            return false;
    bool digit = false;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = s[i];
        const bool hex = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!isAsciiDigit(c) && !hex && c != '.' && c != ':' && c != '[' && c != ']')
            return false;
        digit = digit || isAsciiDigit(c);
    }
    return digit;
}

bool readInt(std::string_view s, int& out)
{
    if (s.empty())
        return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && end == s.data() + s.size();
}

// "06/Feb/2009:12:14:14.655" (HAProxy's accept date, the host's local time: UTC on BOSH VMs).
TimeNs parseAcceptDate(std::string_view s)
{
    if (s.size() < 20 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' || s[17] != ':')
        return kNoTime;
    int day = 0, year = 0, hour = 0, minute = 0, second = 0;
    const int month = monthFromAbbreviation(s.substr(3, 3));
    if (month == 0 || !readInt(s.substr(0, 2), day) || !readInt(s.substr(7, 4), year) ||
        !readInt(s.substr(12, 2), hour) || !readInt(s.substr(15, 2), minute) ||
        !readInt(s.substr(18, 2), second))
        return kNoTime;
    int nanos = 0;
    if (s.size() > 20) {
        if (s[20] != '.' || s.size() > 30 || s.size() == 21)
            return kNoTime;
        int scale = 100'000'000;
        for (std::size_t i = 21; i < s.size(); ++i) {
            if (!isAsciiDigit(s[i]))
                return kNoTime;
            nanos += (s[i] - '0') * scale;
            scale /= 10;
        }
    }
    return makeTimeUtc(year, month, day, hour, minute, second, nanos);
}

// One timer in ms; "-1" (never reached) and a '+' prefix (logasap) are allowed.
bool readTimer(std::string_view s, DurationNs& out)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    int ms = 0;
    if (!readInt(s, ms) || ms < -1)
        return false;
    out = ms < 0 ? kNoDuration : DurationNs{ms} * 1'000'000;
    return true;
}

// "a/b/c/d/e" into `parts`; false unless it has exactly parts.size() slashed parts.
template <std::size_t N> bool splitSlashes(std::string_view s, std::array<std::string_view, N>& parts)
{
    for (std::size_t i = 0; i < N; ++i) {
        const auto slash = s.find('/');
        if ((slash == std::string_view::npos) != (i + 1 == N))
            return false;
        parts[i] = s.substr(0, slash);
        if (slash != std::string_view::npos)
            s.remove_prefix(slash + 1);
    }
    return true;
}

bool allDigits(std::string_view s, bool allowSign)
{
    if (allowSign && !s.empty() && (s.front() == '+' || s.front() == '-'))
        s.remove_prefix(1);
    if (s.empty())
        return false;
    for (const char c : s)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

bool isTraceparent(std::string_view s)
{
    if (s.size() != 55 || s[2] != '-' || s[35] != '-' || s[52] != '-')
        return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i != 2 && i != 35 && i != 52 && !isHexDigit(s[i]))
            return false;
    return true;
}

bool looksLikeAddressList(std::string_view s)
{
    if (s.empty() || !isHexDigit(s.front()))
        return false;
    bool dotOrColon = false;
    for (const char c : s) {
        if (c == '.' || c == ':')
            dotOrColon = true;
        else if (!isHexDigit(c) && c != ',' && c != ' ' && c != '[' && c != ']')
            return false;
    }
    return dotOrColon;
}

// A captured header value, recognised by its shape: which header it was depends on the
// deployment's `capture request header` lines, which the log does not name.
void noteCaptured(std::string_view value, LbRecord& out)
{
    if (value.empty() || value == "-")
        return;
    if (value.starts_with("Root=") || value.starts_with("Self=")) {
        if (out.amznTraceId.empty())
            out.amznTraceId = value;
    } else if (isTraceparent(value)) {
        if (out.traceparent.empty())
            out.traceparent = value;
    } else if (value.size() == kUuidLength && isUuidAt(value)) {
        if (out.requestId.empty())
            out.requestId = value;
    } else if (looksLikeAddressList(value)) {
        if (out.forwardedFor.empty())
            out.forwardedFor = firstHop(value);
    } else if (out.host.empty() && value.find_first_of("./") != std::string_view::npos &&
               value.find(' ') == std::string_view::npos) {
        out.host = value;
    }
}

void noteCaptures(std::string_view braces, LbRecord& out)
{
    std::string_view inner = braces.substr(1, braces.size() - 2);
    while (true) {
        const auto bar = inner.find('|');
        noteCaptured(inner.substr(0, bar), out);
        if (bar == std::string_view::npos)
            break;
        inner.remove_prefix(bar + 1);
    }
}

// The payload after an optional "haproxy[PID]: " tag (lines whose syslog header was stripped
// by hand, or a header unwrap() did not know).
std::string_view afterTag(std::string_view payload)
{
    if (payload.starts_with("haproxy[") || payload.starts_with("haproxy:")) {
        const auto colon = payload.find(": ");
        if (colon != std::string_view::npos && colon < 24)
            return payload.substr(colon + 2);
    }
    return payload;
}

} // namespace

bool looksLikeHaProxy(std::string_view payload)
{
    payload = afterTag(payload);
    // "ip:port [dd/Mon/yyyy:HH:MM:SS.mmm] frontend backend/server Tq/Tw/Tc/Tr/Tt STATUS"
    std::string_view rest = payload;
    if (!isAddress(nextToken(rest)))
        return false;
    if (rest.size() < 27 || rest.front() != '[')
        return false;
    const auto close = rest.find(']');
    if (close == std::string_view::npos || parseAcceptDate(rest.substr(1, close - 1)) == kNoTime)
        return false;
    rest = rest.substr(close + 1);
    if (!rest.starts_with(' '))
        return false;
    rest.remove_prefix(1);
    nextToken(rest);                                         // frontend
    if (nextToken(rest).find('/') == std::string_view::npos) // backend/server
        return false;
    std::array<std::string_view, 5> timers;
    return splitSlashes(nextToken(rest), timers) && rest.find('"') != std::string_view::npos;
}

std::optional<SkipReason> parseHaProxy(std::string_view payload, LbRecord& out)
{
    out = LbRecord{};
    out.kind = LbKind::HaProxy;
    std::string_view rest = afterTag(payload);
    out.client = nextToken(rest);
    if (!isAddress(out.client) || !rest.starts_with('['))
        return SkipReason::RecordInvalid;
    const auto close = rest.find(']');
    if (close == std::string_view::npos)
        return SkipReason::RecordInvalid;
    out.start = parseAcceptDate(rest.substr(1, close - 1));
    if (out.start == kNoTime)
        return SkipReason::TimestampInvalid;
    rest = rest.substr(close + 1);
    if (!rest.starts_with(' '))
        return SkipReason::RecordInvalid;
    rest.remove_prefix(1);
    out.lbName = nextToken(rest);
    const std::string_view backendServer = nextToken(rest);
    const auto slash = backendServer.find('/');
    if (slash == std::string_view::npos)
        return SkipReason::RecordInvalid;
    const std::string_view server = backendServer.substr(slash + 1);
    if (server != "<NOSRV>" && !server.empty())
        out.target = server;

    std::array<std::string_view, 5> t;
    if (!splitSlashes(nextToken(rest), t))
        return SkipReason::RecordInvalid;
    DurationNs tq = 0, tw = 0;
    if (!readTimer(t[0], tq) || !readTimer(t[1], tw) || !readTimer(t[2], out.connect) ||
        !readTimer(t[3], out.response) || !readTimer(t[4], out.total))
        return SkipReason::RecordInvalid;
    if (tq != kNoDuration)
        out.request = tq + (tw == kNoDuration ? 0 : tw);

    const std::string_view status = nextToken(rest);
    if (!allDigits(status, true) || !readInt(status, out.status) || out.status < -1 || out.status > 999)
        return SkipReason::RecordInvalid;
    if (out.status < 0)
        out.status = 0;
    std::string_view bytes = nextToken(rest);
    if (bytes.starts_with('+'))
        bytes.remove_prefix(1);
    if (!allDigits(bytes, false) ||
        std::from_chars(bytes.data(), bytes.data() + bytes.size(), out.bytesOut).ec != std::errc{})
        return SkipReason::RecordInvalid;
    nextToken(rest); // captured request cookie
    nextToken(rest); // captured response cookie
    out.termination = nextToken(rest);
    if (out.termination.size() != 4 && out.termination.size() != 2)
        return SkipReason::RecordInvalid;
    std::array<std::string_view, 5> conns;
    std::array<std::string_view, 2> queues;
    if (!splitSlashes(nextToken(rest), conns) || !splitSlashes(nextToken(rest), queues))
        return SkipReason::RecordInvalid;
    // Captured request headers, then captured response headers: each "{…}", both optional.
    for (int braces = 0; braces < 2 && rest.starts_with('{'); ++braces) {
        const auto end = rest.find("} ");
        if (end == std::string_view::npos)
            return SkipReason::RecordInvalid;
        if (braces == 0)
            noteCaptures(rest.substr(0, end + 1), out);
        rest.remove_prefix(end + 2);
    }
    if (!rest.starts_with('"'))
        return SkipReason::RecordInvalid;
    // The request line is the last quoted field of the default format; a custom format may add
    // tokens after it. HAProxy does not escape '"' inside it, so it ends at the last '" '.
    auto quoteEnd = rest.find("\" ", 1);
    const std::string_view request = rest.substr(
        1, quoteEnd == std::string_view::npos ? rest.size() - 1 - (rest.back() == '"') : quoteEnd - 1);
    if (request != "<BADREQ>" && !splitRequestLine(request, out))
        return SkipReason::RecordInvalid;
    rest = quoteEnd == std::string_view::npos ? std::string_view{} : rest.substr(quoteEnd + 2);
    // Custom log-formats that append the server address (%si:%sp) and the unique id (%ID).
    while (!rest.empty()) {
        std::string_view token = nextToken(rest);
        if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
            token = token.substr(1, token.size() - 2);
        if (isAddress(token) && !token.starts_with("0.0.0.0") && !token.starts_with("-"))
            out.target = token;
        else if (!token.empty() && token != "-" && out.requestId.empty())
            out.requestId = token;
    }
    // A response relayed from the server has its status; none when HAProxy never got one.
    out.targetStatus = out.response == kNoDuration || out.target.empty() ? kNoTargetStatus : out.status;
    return std::nullopt;
}

} // namespace rs::lb
