// AWS Application Load Balancer and Classic Load Balancer access logs (docs/LOADBALANCERS.md
// §2, §3): space-separated fields, some double-quoted, one request per line.
#include "core/formats/lblog.h"
#include "core/util/timeparse.h"

#include <array>
#include <charconv>

namespace rs::lb {
namespace {

constexpr std::size_t kMaxFields = 32;

struct Fields {
    std::array<std::string_view, kMaxFields> v;
    std::size_t n = 0;
};

// Splits on single spaces; a field starting with '"' runs to the next unescaped '"'. False when
// a quoted field is not closed or is not followed by a space or the end.
bool tokenize(std::string_view line, Fields& f)
{
    std::size_t pos = 0;
    while (pos < line.size() && f.n < kMaxFields) {
        if (line[pos] == '"') {
            std::size_t end = pos + 1;
            while (end < line.size() && line[end] != '"')
                end += line[end] == '\\' ? 2 : 1;
            if (end >= line.size())
                return false;
            f.v[f.n++] = line.substr(pos + 1, end - pos - 1);
            pos = end + 1;
            if (pos < line.size() && line[pos] != ' ')
                return false;
        } else {
            const auto space = line.find(' ', pos);
            const std::size_t end = space == std::string_view::npos ? line.size() : space;
            f.v[f.n++] = line.substr(pos, end - pos);
            pos = end;
        }
        if (pos < line.size())
            ++pos; // the separating space
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isIsoTime(std::string_view s)
{
    return s.size() >= 20 && isDigit(s[0]) && isDigit(s[3]) && s[4] == '-' && s[7] == '-' && s[10] == 'T' &&
           s.back() == 'Z';
}

// "ip:port" or "-".
bool isAddressOrDash(std::string_view s)
{
    if (s == "-")
        return true;
    const auto colon = s.rfind(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == s.size())
        return false;
    for (std::size_t i = colon + 1; i < s.size(); ++i)
        if (!isDigit(s[i]))
            return false;
    return true;
}

// Seconds with a fraction ("0.000", "-1").
bool isSeconds(std::string_view s)
{
    if (s == "-1")
        return true;
    if (s.empty() || !isDigit(s.front()))
        return false;
    for (const char c : s)
        if (!isDigit(c) && c != '.')
            return false;
    return true;
}

bool isStatus(std::string_view s)
{
    return s == "-" || (s.size() == 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]));
}

bool isAlbType(std::string_view s)
{
    return s == "http" || s == "https" || s == "h2" || s == "grpcs" || s == "ws" || s == "wss";
}

DurationNs seconds(std::string_view s)
{
    return s == "-1" ? kNoDuration : parseSecondsDuration(s);
}

int status(std::string_view s)
{
    int value = 0;
    if (s == "-" || std::from_chars(s.data(), s.data() + s.size(), value).ec != std::errc{})
        return -1;
    return value;
}

std::int64_t bytes(std::string_view s)
{
    std::int64_t value = -1;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

std::string_view dashless(std::string_view s)
{
    return s == "-" ? std::string_view{} : s;
}

// Common to both: client, target, three times, two statuses, two byte counts, request line.
// `f` starts at the client field.
std::optional<SkipReason> readCommon(const std::string_view* f, LbRecord& out)
{
    out.client = dashless(f[0]);
    out.target = dashless(f[1]);
    out.request = seconds(f[2]);
    out.response = seconds(f[3]);
    const DurationNs responseProcessing = seconds(f[4]);
    out.status = std::max(0, status(f[5]));
    out.targetStatus = status(f[6]);
    out.bytesIn = bytes(f[7]);
    out.bytesOut = bytes(f[8]);
    DurationNs total = 0;
    if (out.request != kNoDuration && out.response != kNoDuration && responseProcessing != kNoDuration &&
        !__builtin_add_overflow(out.request, out.response, &total) &&
        !__builtin_add_overflow(total, responseProcessing, &total))
        out.total = total;
    if (!splitRequestLine(f[9], out))
        return SkipReason::RecordInvalid;
    return std::nullopt;
}

bool commonShape(const std::string_view* f)
{
    return isAddressOrDash(f[0]) && isAddressOrDash(f[1]) && isSeconds(f[2]) && isSeconds(f[3]) &&
           isSeconds(f[4]) && isStatus(f[5]) && isStatus(f[6]);
}

} // namespace

bool looksLikeAlb(std::string_view payload)
{
    Fields f;
    return payload.size() > 40 && isAlbType(payload.substr(0, payload.find(' '))) && tokenize(payload, f) &&
           f.n >= 18 && isIsoTime(f.v[1]) && commonShape(&f.v[3]);
}

bool looksLikeElb(std::string_view payload)
{
    Fields f;
    return payload.size() > 40 && isDigit(payload.front()) && tokenize(payload, f) && f.n >= 12 &&
           f.n <= 16 && isIsoTime(f.v[0]) && commonShape(&f.v[2]);
}

std::optional<SkipReason> parseAws(std::string_view payload, LbRecord& out)
{
    out = LbRecord{};
    Fields f;
    if (!tokenize(payload, f))
        return SkipReason::QuotedStringUnterminated;
    if (f.n >= 18 && isAlbType(f.v[0])) {
        out.kind = LbKind::AwsAlb;
        if (!commonShape(&f.v[3]))
            return SkipReason::RecordInvalid;
        out.lbName = f.v[2];
        if (const auto failure = readCommon(&f.v[3], out))
            return failure;
        // `time` is when the ALB answered; request_creation_time when it received the request.
        const TimeNs answered = parseRfc3339(f.v[1]);
        const TimeNs created = f.n > 21 ? parseRfc3339(f.v[21]) : kNoTime;
        if (answered == kNoTime)
            return SkipReason::TimestampInvalid;
        out.start = created != kNoTime ? created : answered;
        // Times centuries apart (a forged line) would overflow the difference: no total then.
        DurationNs total = 0;
        if (created != kNoTime && answered >= created && !__builtin_sub_overflow(answered, created, &total))
            out.total = total;
        out.amznTraceId = dashless(f.v[17]);
        if (f.n > 24)
            out.termination = dashless(f.v[24]); // error_reason
        return std::nullopt;
    }
    if (f.n >= 12 && isIsoTime(f.v[0])) {
        out.kind = LbKind::AwsElb;
        if (!commonShape(&f.v[2]))
            return SkipReason::RecordInvalid;
        out.lbName = f.v[1];
        out.start = parseRfc3339(f.v[0]);
        if (out.start == kNoTime)
            return SkipReason::TimestampInvalid;
        return readCommon(&f.v[2], out);
    }
    return SkipReason::RecordInvalid;
}

} // namespace rs::lb
