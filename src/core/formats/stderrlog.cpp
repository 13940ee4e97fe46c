#include "core/formats/stderrlog.h"

#include "core/formats/jsonline.h"
#include "core/util/timeparse.h"

namespace rs {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of a Go `log` timestamp at the start of `s`: "2006/01/02 15:04:05" (19 bytes), plus
// ".000000" with log.Lmicroseconds; 0 when `s` does not start with one.
std::size_t goTimeLength(std::string_view s)
{
    constexpr std::string_view kPattern = "dddd/dd/dd dd:dd:dd";
    if (s.size() < kPattern.size())
        return 0;
    for (std::size_t i = 0; i < kPattern.size(); ++i) {
        if (kPattern[i] == 'd' ? !isDigit(s[i]) : s[i] != kPattern[i])
            return 0;
    }
    std::size_t length = kPattern.size();
    if (length < s.size() && s[length] == '.') {
        std::size_t end = length + 1;
        while (end < s.size() && isDigit(s[end]))
            ++end;
        if (end > length + 1)
            length = end;
    }
    return length;
}

std::string_view withoutCarriageReturn(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

// Splits "<peer>: <error>" as Go's http server writes it; IPv6 peers are bracketed, so the
// first ": " ends the address.
void splitPeer(std::string_view rest, StderrRecord& out)
{
    const std::size_t colon = rest.find(": ");
    if (colon == std::string_view::npos) {
        out.peer = rest;
        return;
    }
    out.peer = rest.substr(0, colon);
    out.error = rest.substr(colon + 2);
}

// A stack frame line: "main.main()", "net/http.(*conn).serve(0xc000120000, {0x9c4e18, …})",
// "panic({0x8a3b40?, 0xc0000a6018?})". A function name without blanks, then '(' … ')'.
bool isFrameLine(std::string_view line)
{
    if (line.empty() || line.back() != ')')
        return false;
    const char first = line.front();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_'))
        return false;
    for (const char c : line) {
        if (c == '(')
            return true;
        if (c == ' ' || c == '\t')
            return false;
    }
    return false;
}

} // namespace

std::optional<SkipReason> GorouterStderrParser::parse(std::string_view line, StderrRecord& out) const
{
    out = StderrRecord{};
    std::string_view text = withoutCarriageReturn(line);
    std::string_view rest;
    TimeNs prefixTime = kNoTime;
    if (json::splitCtlPrefix(text, rest, prefixTime)) {
        if (prefixTime == kNoTime)
            return SkipReason::TimestampInvalid;
        text = rest;
    }

    const std::size_t timeLength = goTimeLength(text);
    std::string_view message;
    if (timeLength > 0) {
        out.time = parseGoLogTime(text.substr(0, timeLength));
        if (out.time == kNoTime)
            return SkipReason::TimestampInvalid;
        message = text.substr(timeLength);
        if (!message.empty() && message.front() == ' ')
            message.remove_prefix(1);
    } else if (text.starts_with("panic: ") || text.starts_with("fatal error: ")) {
        // The Go runtime writes these itself, without the `log` timestamp.
        out.time = prefixTime;
        message = text;
    } else {
        return SkipReason::StderrUnrecognised;
    }
    out.message = message;

    constexpr std::string_view kProxyError = "http: proxy error: ";
    constexpr std::string_view kHandshake = "http: TLS handshake error from ";
    constexpr std::string_view kPanicServing = "http: panic serving ";
    constexpr std::string_view kPanic = "panic: ";
    constexpr std::string_view kFatal = "fatal error: ";
    if (message.starts_with(kProxyError)) {
        out.kind = StderrKind::ProxyError;
        out.error = message.substr(kProxyError.size());
    } else if (message.starts_with(kHandshake)) {
        out.kind = StderrKind::TlsHandshakeError;
        splitPeer(message.substr(kHandshake.size()), out);
    } else if (message.starts_with(kPanicServing)) {
        out.kind = StderrKind::Panic;
        splitPeer(message.substr(kPanicServing.size()), out);
    } else if (message.starts_with(kPanic)) {
        out.kind = StderrKind::Panic;
        out.error = message.substr(kPanic.size());
    } else if (message.starts_with(kFatal)) {
        out.kind = StderrKind::Panic;
        out.error = message.substr(kFatal.size());
    }
    return std::nullopt;
}

bool GorouterStderrParser::isContinuation(std::string_view line)
{
    const std::string_view text = json::withoutCtlPrefix(withoutCarriageReturn(line));
    if (json::trim(text).empty() || text.front() == '\t')
        return true;
    if (text.starts_with("goroutine ") && text.back() == ':')
        return true;
    return text.starts_with("created by ") || text.starts_with("[signal ") ||
           text.starts_with("runtime stack:") || text.starts_with("...additional frames elided...") ||
           text.starts_with("exit status ") || isFrameLine(text);
}

bool GorouterStderrParser::looksLikeGoLogLine(std::string_view line)
{
    const std::string_view text = json::withoutCtlPrefix(line);
    const std::size_t length = goTimeLength(text);
    return length > 0 && (length == text.size() || text[length] == ' ');
}

} // namespace rs
