#include "core/util/timeparse.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <limits>

namespace rs {
namespace {

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
// Largest |seconds| whose ns value (plus a fraction) still fits in int64.
constexpr std::int64_t kMaxSeconds = std::numeric_limits<std::int64_t>::max() / kNanosPerSecond - 1;

constexpr std::array<std::int64_t, 10> kPow10 = {1,       10,        100,        1'000,       10'000,
                                                 100'000, 1'000'000, 10'000'000, 100'000'000, 1'000'000'000};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `n` digits at s[at...] into `value`; false unless all are digits.
bool readDigits(std::string_view s, std::size_t at, std::size_t n, int& value)
{
    if (at > s.size() || s.size() - at < n)
        return false;
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = s[at + i];
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Optional ".digits" at s[at]; more than 9 digits are truncated. Advances `at`.
bool readFraction(std::string_view s, std::size_t& at, int& nanos)
{
    nanos = 0;
    if (at >= s.size() || (s[at] != '.' && s[at] != ','))
        return true;
    ++at;
    const std::size_t first = at;
    while (at < s.size() && isDigit(s[at])) {
        if (at - first < 9)
            nanos = nanos * 10 + (s[at] - '0');
        ++at;
    }
    const std::size_t count = at - first;
    if (count == 0)
        return false;
    if (count < 9)
        nanos *= static_cast<int>(kPow10[9 - count]);
    return true;
}

// Zone at s[at] up to the end of s: Z, ±hhmm or ±hh:mm. Offset in seconds east of UTC.
bool readZone(std::string_view s, std::size_t at, int& offsetSeconds)
{
    if (at >= s.size())
        return false;
    const char c = s[at];
    if (c == 'Z' || c == 'z') {
        offsetSeconds = 0;
        return at + 1 == s.size();
    }
    if (c != '+' && c != '-')
        return false;
    int hh = 0;
    int mm = 0;
    if (!readDigits(s, at + 1, 2, hh))
        return false;
    std::size_t m = at + 3;
    if (m < s.size() && s[m] == ':')
        ++m;
    if (!readDigits(s, m, 2, mm) || m + 2 != s.size() || hh > 23 || mm > 59)
        return false;
    offsetSeconds = (hh * 3600 + mm * 60) * (c == '-' ? -1 : 1);
    return true;
}

TimeNs applyOffset(TimeNs local, int offsetSeconds)
{
    if (local == kNoTime)
        return kNoTime;
    return local - static_cast<TimeNs>(offsetSeconds) * kNanosPerSecond;
}

// "HH:MM:SS" at s[at]; advances `at`.
bool readClock(std::string_view s, std::size_t& at, int& h, int& mi, int& sec)
{
    if (!readDigits(s, at, 2, h) || !readDigits(s, at + 3, 2, mi) || !readDigits(s, at + 6, 2, sec) ||
        s[at + 2] != ':' || s[at + 5] != ':')
        return false;
    at += 8;
    return true;
}

// A civil time as read, before its zone is applied.
struct Civil {
    int y = 0;
    int mo = 0;
    int d = 0;
    int h = 0;
    int mi = 0;
    int sec = 0;
    int nanos = 0;
};

TimeNs toTime(const Civil& c)
{
    return makeTimeUtc(c.y, c.mo, c.d, c.h, c.mi, c.sec, c.nanos);
}

// "yyyy<sep>mm<sep>dd" at s[0]; the caller checked that s holds at least 10 bytes.
bool readYearFirstDate(std::string_view s, char sep, Civil& c)
{
    return readDigits(s, 0, 4, c.y) && s[4] == sep && readDigits(s, 5, 2, c.mo) && s[7] == sep &&
           readDigits(s, 8, 2, c.d);
}

// "HH:MM:SS[.frac]" at s[at]; advances `at`.
bool readTimeOfDay(std::string_view s, std::size_t& at, Civil& c)
{
    return readClock(s, at, c.h, c.mi, c.sec) && readFraction(s, at, c.nanos);
}

// dd/mm/yyyy:HH:MM:SS[.frac] ±hhmm
TimeNs parseDayMonthYear(std::string_view s)
{
    Civil c;
    int offset = 0;
    if (s.size() < 20 || !readDigits(s, 0, 2, c.d) || s[2] != '/' || !readDigits(s, 3, 2, c.mo) ||
        s[5] != '/' || !readDigits(s, 6, 4, c.y) || s[10] != ':')
        return kNoTime;
    std::size_t at = 11;
    if (!readTimeOfDay(s, at, c))
        return kNoTime;
    if (at >= s.size() || s[at] != ' ' || !readZone(s, at + 1, offset))
        return kNoTime;
    return applyOffset(toTime(c), offset);
}

// Parses decimal seconds ("12", "0.5", "1.5e+09") into rounded ns; false on bad syntax or
// overflow. 19 significant digits are kept, enough for a 10-digit epoch with 9 decimals.
bool secondsToNanos(std::string_view s, std::int64_t& out)
{
    std::size_t at = 0;
    // Fast path for the access log's "%.6f" and lager's 9-decimal epochs.
    std::int64_t whole = 0;
    while (at < s.size() && isDigit(s[at]) && at < 10)
        whole = whole * 10 + (s[at++] - '0');
    if (at > 0 && at < 10 && (at == s.size() || s[at] == '.')) {
        std::int64_t frac = 0;
        std::size_t digits = 0;
        if (at < s.size()) {
            ++at;
            while (at < s.size() && isDigit(s[at]) && digits < 9) {
                frac = frac * 10 + (s[at++] - '0');
                ++digits;
            }
        }
        if (at == s.size() && (digits > 0 || s.back() != '.')) {
            out = whole * kNanosPerSecond + frac * kPow10[9 - digits];
            return true;
        }
    }

    std::uint64_t mantissa = 0;
    int significant = 0;
    int exponent = 9; // the value times 10^9 is ns
    bool anyDigit = false;
    at = 0;
    for (; at < s.size() && isDigit(s[at]); ++at) {
        anyDigit = true;
        if (significant < 19) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[at] - '0');
            significant += mantissa != 0;
        } else {
            ++exponent;
        }
    }
    if (at < s.size() && s[at] == '.') {
        for (++at; at < s.size() && isDigit(s[at]); ++at) {
            anyDigit = true;
            if (significant < 19) {
                mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[at] - '0');
                significant += mantissa != 0;
                --exponent;
            }
        }
    }
    if (!anyDigit)
        return false;
    if (at < s.size() && (s[at] == 'e' || s[at] == 'E')) {
        ++at;
        bool negative = false;
        if (at < s.size() && (s[at] == '+' || s[at] == '-'))
            negative = s[at++] == '-';
        int e = 0;
        const std::size_t first = at;
        for (; at < s.size() && isDigit(s[at]); ++at)
            e = e < 1000 ? e * 10 + (s[at] - '0') : e;
        if (at == first)
            return false;
        exponent += negative ? -e : e;
    }
    if (at != s.size())
        return false;

    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (mantissa == 0) {
        out = 0;
        return true;
    }
    if (exponent >= 0) {
        for (int i = 0; i < exponent; ++i) {
            if (mantissa > kMax / 10)
                return false;
            mantissa *= 10;
        }
    } else if (exponent < -19) {
        mantissa = 0;
    } else {
        std::uint64_t divisor = 1;
        for (int i = 0; i < -exponent; ++i)
            divisor *= 10;
        const std::uint64_t remainder = mantissa % divisor;
        mantissa = mantissa / divisor + (remainder >= divisor - remainder ? 1 : 0);
    }
    if (mantissa > kMax)
        return false;
    out = static_cast<std::int64_t>(mantissa);
    return true;
}

char* writeDigits(char* p, std::int64_t value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

} // namespace

int monthFromAbbreviation(std::string_view m)
{
    static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (kMonths[i] == m)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

TimeNs makeTimeUtc(int y, int mo, int d, int h, int mi, int s, int nanos)
{
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59 ||
        s < 0 || s > 59 || nanos < 0 || nanos >= kNanosPerSecond)
        return kNoTime;
    const std::int64_t seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    if (seconds > kMaxSeconds || seconds < -kMaxSeconds)
        return kNoTime;
    return seconds * kNanosPerSecond + nanos;
}

TimeNs parseRfc3339(std::string_view s)
{
    Civil c;
    int offset = 0;
    if (s.size() < 20 || !readYearFirstDate(s, '-', c))
        return kNoTime;
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        return kNoTime;
    std::size_t at = 11;
    if (!readTimeOfDay(s, at, c) || !readZone(s, at, offset))
        return kNoTime;
    return applyOffset(toTime(c), offset);
}

TimeNs parseAccessTimestamp(std::string_view s)
{
    // Fast path for "2006-01-02T15:04:05.000000000Z", the layout since rr 0.196.
    if (s.size() == 30 && s[29] == 'Z' && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' &&
        s[16] == ':' && s[19] == '.') {
        Civil c;
        int hi = 0;
        int lo = 0;
        if (readYearFirstDate(s, '-', c) && readDigits(s, 11, 2, c.h) && readDigits(s, 14, 2, c.mi) &&
            readDigits(s, 17, 2, c.sec) && readDigits(s, 20, 4, hi) && readDigits(s, 24, 5, lo)) {
            c.nanos = hi * 100'000 + lo;
            return toTime(c);
        }
        return kNoTime;
    }
    if (s.size() > 2 && s[2] == '/')
        return parseDayMonthYear(s);
    return parseRfc3339(s);
}

TimeNs parseBracketPrefixTime(std::string_view s)
{
    if (s.size() >= 2 && s.front() == '[' && s.back() == ']')
        s = s.substr(1, s.size() - 2);
    return parseRfc3339(s);
}

TimeNs parseGoLogTime(std::string_view s)
{
    Civil c;
    if (s.size() < 19 || !readYearFirstDate(s, '/', c) || s[10] != ' ')
        return kNoTime;
    std::size_t at = 11;
    if (!readTimeOfDay(s, at, c) || at != s.size())
        return kNoTime;
    return toTime(c);
}

TimeNs parseEpochSeconds(std::string_view s)
{
    std::int64_t ns = 0;
    if (s.empty() || !secondsToNanos(s, ns))
        return kNoTime;
    return ns;
}

DurationNs parseSecondsDuration(std::string_view s)
{
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.substr(1, s.size() - 2);
    std::int64_t ns = 0;
    if (s.empty() || !isDigit(s.front()) || !secondsToNanos(s, ns))
        return kNoDuration; // "-", "MissingFinishedAt", negatives and garbage alike
    return ns;
}

std::string formatTimeUtc(TimeNs t)
{
    if (t == kNoTime)
        return {};
    std::int64_t seconds = t / kNanosPerSecond;
    std::int64_t nanos = t % kNanosPerSecond;
    if (nanos < 0) {
        nanos += kNanosPerSecond;
        --seconds;
    }
    std::int64_t days = seconds / 86400;
    std::int64_t sod = seconds % 86400;
    if (sod < 0) {
        sod += 86400;
        --days;
    }
    // civil_from_days (Howard Hinnant)
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2);

    std::array<char, 32> buf{};
    char* p = writeDigits(buf.data(), y, 4);
    *p++ = '-';
    p = writeDigits(p, m, 2);
    *p++ = '-';
    p = writeDigits(p, d, 2);
    *p++ = 'T';
    p = writeDigits(p, sod / 3600, 2);
    *p++ = ':';
    p = writeDigits(p, sod / 60 % 60, 2);
    *p++ = ':';
    p = writeDigits(p, sod % 60, 2);
    *p++ = '.';
    p = writeDigits(p, nanos, 9);
    *p++ = 'Z';
    return std::string(buf.data(), p);
}

std::string formatDurationSeconds(DurationNs d)
{
    if (d == kNoDuration)
        return {};
    const bool negative = d < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(d + 1)) + 1 : static_cast<std::uint64_t>(d);
    const std::uint64_t micros = magnitude / 1000 + (magnitude % 1000 >= 500 ? 1 : 0);
    std::array<char, 40> buf{};
    const int n = std::snprintf(buf.data(), buf.size(), "%s%llu.%06llu", negative ? "-" : "",
                                static_cast<unsigned long long>(micros / 1'000'000),
                                static_cast<unsigned long long>(micros % 1'000'000));
    return std::string(buf.data(), static_cast<std::size_t>(n > 0 ? n : 0));
}

} // namespace rs
