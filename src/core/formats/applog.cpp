#include "core/formats/applog.h"

#include "core/util/textshape.h"

#include <array>

namespace rs {
namespace {

// Case-insensitive find of a lower-case needle.
std::size_t findNoCase(std::string_view text, std::string_view needle, std::size_t from = 0)
{
    if (needle.size() > text.size())
        return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && asciiLower(text[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return i;
    }
    return std::string_view::npos;
}

std::size_t hexRun(std::string_view text, std::size_t at)
{
    std::size_t end = at;
    while (end < text.size() && isHexDigit(text[end]))
        ++end;
    return end - at;
}

// A UUID at `at` that is not part of a longer hex/dash run.
bool isStandaloneUuidAt(std::string_view text, std::size_t at)
{
    if (!isUuidAt(text, at))
        return false;
    const bool before = at > 0 && (isHexDigit(text[at - 1]) || text[at - 1] == '-');
    const bool after = at + kUuidLength < text.size() &&
                       (isHexDigit(text[at + kUuidLength]) || text[at + kUuidLength] == '-');
    return !before && !after;
}

bool isSeparator(char c)
{
    return c == '"' || c == '\'' || c == ':' || c == '=' || c == ' ' || c == '\\';
}

} // namespace

std::string_view appStreamId(AppStream stream)
{
    switch (stream) {
    case AppStream::Out:
        return "OUT";
    case AppStream::Err:
        return "ERR";
    case AppStream::Unknown:
        break;
    }
    return {};
}

namespace applog {

bool isAppSource(std::string_view logSource)
{
    return logSource == "APP" || logSource.starts_with("APP/");
}

bool parse(std::string_view logSource, std::string_view stream, TimeNs time, std::string_view message,
           AppLogLine& out)
{
    if (!isAppSource(logSource))
        return false;
    out = AppLogLine{};
    out.time = time;
    out.stream = stream == "OUT" ? AppStream::Out : stream == "ERR" ? AppStream::Err : AppStream::Unknown;
    // "APP/PROC/WEB/0", "APP/TASK/migrate/0", "APP/0": the index is the last part.
    const std::size_t slash = logSource.rfind('/');
    if (slash != std::string_view::npos) {
        const std::string_view index = logSource.substr(slash + 1);
        int value = 0;
        bool digits = !index.empty() && index.size() <= 6;
        // Only six digits are summed: a longer (or non-numeric) last part is no index, and must
        // not overflow the sum on its way there.
        for (std::size_t i = 0; digits && i < index.size(); ++i) {
            digits = index[i] >= '0' && index[i] <= '9';
            value = value * 10 + (index[i] - '0');
        }
        if (digits)
            out.instance = value;
        const std::string_view head = logSource.substr(0, slash);
        const std::size_t typeSlash = head.rfind('/');
        if (typeSlash != std::string_view::npos && typeSlash > 3)
            out.processType = head.substr(typeSlash + 1);
    }
    while (!message.empty() && (message.back() == '\r' || message.back() == ' '))
        message.remove_suffix(1);
    out.text = message;
    out.vcapRequestId = findVcapRequestId(message);
    out.traceId = findTraceId(message);
    return true;
}

std::string_view findVcapRequestId(std::string_view text)
{
    // Apps log other UUIDs too (their own guid, instance guids, order ids): only one named as a
    // request id within a few characters before it counts.
    static constexpr std::size_t kKeyReach = 24;
    for (std::size_t at = text.find('-'); at != std::string_view::npos; at = text.find('-', at + 1)) {
        if (at < 8)
            continue;
        const std::size_t start = at - 8;
        if (!isStandaloneUuidAt(text, start))
            continue;
        const std::size_t from = start > kKeyReach ? start - kKeyReach : 0;
        const std::string_view before = text.substr(from, start - from);
        if (findNoCase(before, "request") != std::string_view::npos)
            return text.substr(start, 36);
        at = start + 36;
    }
    return {};
}

std::string_view findTraceId(std::string_view text)
{
    // W3C traceparent: version 00, 32-hex trace id, 16-hex parent id, 2-hex flags.
    for (std::size_t at = text.find("00-"); at != std::string_view::npos; at = text.find("00-", at + 1)) {
        if (at > 0 && isHexDigit(text[at - 1]))
            continue;
        const std::size_t id = at + 3;
        if (hexRun(text, id) == 32 && id + 32 < text.size() && text[id + 32] == '-' &&
            hexRun(text, id + 33) == 16 && id + 49 < text.size() && text[id + 49] == '-' &&
            hexRun(text, id + 50) == 2)
            return text.substr(id, 32);
    }
    static constexpr std::array<std::string_view, 4> kKeys = {"traceid", "trace_id", "trace-id", "b3"};
    for (const std::string_view key : kKeys) {
        for (std::size_t at = findNoCase(text, key); at != std::string_view::npos;
             at = findNoCase(text, key, at + 1)) {
            std::size_t value = at + key.size();
            std::size_t skipped = 0;
            while (value < text.size() && isSeparator(text[value]) && skipped < 4) {
                ++value;
                ++skipped;
            }
            if (skipped == 0)
                continue;
            const std::size_t run = hexRun(text, value);
            if (run != 16 && run != 32)
                continue;
            // A b3 single header goes on with "-<span>"; a bare key must end the hex there.
            const char next = value + run < text.size() ? text[value + run] : ' ';
            if (key == "b3" && next != '-')
                continue;
            if (next == '_' || (next >= 'g' && next <= 'z') || (next >= 'G' && next <= 'Z'))
                continue;
            return text.substr(value, run);
        }
    }
    return {};
}

bool isErrorLine(const AppLogLine& line)
{
    if (line.stream == AppStream::Err)
        return true;
    static constexpr std::array<std::string_view, 6> kMarks = {
        "panic:", "Exception",           "Traceback (most recent call last)",
        "FATAL",  "\"level\":\"error\"", "level=error"};
    for (const std::string_view mark : kMarks)
        if (line.text.find(mark) != std::string_view::npos)
            return true;
    return false;
}

std::string_view cfLogsHeaderApp(std::string_view line)
{
    static constexpr std::string_view kHead = "Retrieving logs for app ";
    const std::size_t at = line.find(kHead);
    if (at == std::string_view::npos || at > 4)
        return {};
    std::string_view rest = line.substr(at + kHead.size());
    const std::size_t end = rest.find(" in org ");
    if (end == std::string_view::npos || end == 0 || end > 128)
        return {};
    return rest.substr(0, end);
}

} // namespace applog
} // namespace rs
