#include "textbuf.h"

#include <algorithm>
#include <charconv>

namespace rs::gen {

namespace {

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
constexpr char kHex[] = "0123456789abcdef";

// Go's strconv.IsPrint for the code points our tables and error texts can contain: the
// C1 controls, the spacing/format characters and private use are escaped, the rest kept.
bool goIsPrint(char32_t r)
{
    if (r < 0xa1)
        return r >= 0x20 && r < 0x7f;
    if (r == 0xad)
        return false;
    if ((r >= 0x2000 && r <= 0x200f) || (r >= 0x2028 && r <= 0x202f) || (r >= 0x205f && r <= 0x206f))
        return false;
    if (r == 0x3000 || r == 0xfeff || (r >= 0xe000 && r <= 0xf8ff) || (r >= 0xfff9 && r <= 0xfffb))
        return false;
    return true;
}

// Decodes one UTF-8 sequence; returns its length, or 0 when invalid.
int decodeUtf8(std::string_view s, std::size_t i, char32_t& r)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    int len = 0;
    char32_t min = 0;
    if ((b0 & 0xe0) == 0xc0) {
        len = 2, r = b0 & 0x1f, min = 0x80;
    } else if ((b0 & 0xf0) == 0xe0) {
        len = 3, r = b0 & 0x0f, min = 0x800;
    } else if ((b0 & 0xf8) == 0xf0) {
        len = 4, r = b0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + static_cast<std::size_t>(len) > s.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xc0) != 0x80)
            return 0;
        r = (r << 6) | (b & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        return 0;
    return len;
}

} // namespace

void OutBuf::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity)
        return;
    auto data = std::make_unique<char[]>(capacity);
    if (m_size)
        std::memcpy(data.get(), m_data.get(), m_size);
    m_data = std::move(data);
    m_capacity = capacity;
}

void OutBuf::putUint(std::uint64_t v)
{
    char tmp[20];
    char* end = tmp + sizeof tmp;
    char* p = end;
    while (v >= 100) {
        const auto pair = static_cast<std::size_t>(v % 100) * 2;
        v /= 100;
        *--p = kDigitPairs[pair + 1];
        *--p = kDigitPairs[pair];
    }
    if (v >= 10) {
        const auto pair = static_cast<std::size_t>(v) * 2;
        *--p = kDigitPairs[pair + 1];
        *--p = kDigitPairs[pair];
    } else {
        *--p = static_cast<char>('0' + v);
    }
    put(std::string_view(p, static_cast<std::size_t>(end - p)));
}

void OutBuf::putInt(std::int64_t v)
{
    if (v < 0) {
        put('-');
        putUint(static_cast<std::uint64_t>(-(v + 1)) + 1);
    } else {
        putUint(static_cast<std::uint64_t>(v));
    }
}

void OutBuf::putPadded(std::uint32_t v, int width)
{
    char* p = grab(static_cast<std::size_t>(width));
    for (int i = width - 1; i >= 0; --i) {
        p[i] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    advance(static_cast<std::size_t>(width));
}

void OutBuf::putFixed6(TimeNs ns)
{
    if (ns < 0) {
        put('-');
        ns = -ns;
    }
    const TimeNs micros = (ns + 500) / 1000;
    putUint(static_cast<std::uint64_t>(micros / 1'000'000));
    put('.');
    putPadded(static_cast<std::uint32_t>(micros % 1'000'000), 6);
}

void OutBuf::putShortest(double v)
{
    char* p = grab(64);
    auto [end, ec] = std::to_chars(p, p + 64, v, std::chars_format::fixed);
    (void)ec;
    advance(static_cast<std::size_t>(end - p));
}

void OutBuf::putHex(const std::uint8_t* bytes, std::size_t n)
{
    char* p = grab(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        p[2 * i] = kHex[bytes[i] >> 4];
        p[2 * i + 1] = kHex[bytes[i] & 15];
    }
    advance(n * 2);
}

void OutBuf::putHex32(std::uint32_t v)
{
    char* p = grab(8);
    for (int i = 7; i >= 0; --i) {
        p[i] = kHex[v & 15];
        v >>= 4;
    }
    advance(8);
}

void OutBuf::putIp(std::uint32_t ip)
{
    putUint(ip >> 24);
    put('.');
    putUint((ip >> 16) & 255);
    put('.');
    putUint((ip >> 8) & 255);
    put('.');
    putUint(ip & 255);
}

void OutBuf::putAddr(std::uint32_t ip, std::uint16_t port)
{
    putIp(ip);
    put(':');
    putUint(port);
}

void OutBuf::putGoQuoted(std::string_view s)
{
    put('"');
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                put("\\\"");
                break;
            case '\\':
                put("\\\\");
                break;
            case '\a':
                put("\\a");
                break;
            case '\b':
                put("\\b");
                break;
            case '\f':
                put("\\f");
                break;
            case '\n':
                put("\\n");
                break;
            case '\r':
                put("\\r");
                break;
            case '\t':
                put("\\t");
                break;
            case '\v':
                put("\\v");
                break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    put("\\x");
                    put(kHex[c >> 4]);
                    put(kHex[c & 15]);
                } else {
                    put(static_cast<char>(c));
                }
            }
            ++i;
            continue;
        }
        char32_t r = 0;
        const int len = decodeUtf8(s, i, r);
        if (len == 0) {
            put("\\x");
            put(kHex[c >> 4]);
            put(kHex[c & 15]);
            ++i;
        } else if (goIsPrint(r)) {
            put(s.substr(i, static_cast<std::size_t>(len)));
            i += static_cast<std::size_t>(len);
        } else {
            const int digits = r < 0x10000 ? 4 : 8;
            put(r < 0x10000 ? "\\u" : "\\U");
            for (int k = digits - 1; k >= 0; --k)
                put(kHex[(r >> (4 * k)) & 15]);
            i += static_cast<std::size_t>(len);
        }
    }
    put('"');
}

void OutBuf::putJson(std::string_view s, bool html)
{
    put('"');
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c == '"') {
                put("\\\"");
            } else if (c == '\\') {
                put("\\\\");
            } else if (c == '\n') {
                put("\\n");
            } else if (c == '\r') {
                put("\\r");
            } else if (c == '\t') {
                put("\\t");
            } else if (c < 0x20 || (html && (c == '<' || c == '>' || c == '&'))) {
                put("\\u00");
                put(kHex[c >> 4]);
                put(kHex[c & 15]);
            } else {
                put(static_cast<char>(c));
            }
            ++i;
            continue;
        }
        char32_t r = 0;
        const int len = decodeUtf8(s, i, r);
        if (len == 0) {
            put("\\ufffd");
            ++i;
        } else if (r == 0x2028 || r == 0x2029) {
            put(r == 0x2028 ? "\\u2028" : "\\u2029");
            i += static_cast<std::size_t>(len);
        } else {
            put(s.substr(i, static_cast<std::size_t>(len)));
            i += static_cast<std::size_t>(len);
        }
    }
    put('"');
}

std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy =
        (153 * static_cast<unsigned>(m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Civil civilFromSeconds(std::int64_t seconds)
{
    std::int64_t days = seconds / 86400;
    std::int64_t rem = seconds % 86400;
    if (rem < 0)
        rem += 86400, --days;
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const auto y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
    return {y,
            static_cast<int>(m),
            static_cast<int>(d),
            static_cast<int>(rem / 3600),
            static_cast<int>(rem % 3600 / 60),
            static_cast<int>(rem % 60)};
}

const char* TimeText::secondText(TimeNs t)
{
    std::int64_t second = t / kSecond;
    if (t < 0 && t % kSecond)
        --second;
    if (second != m_second) {
        m_second = second;
        const Civil c = civilFromSeconds(second);
        auto two = [](char* p, int v) {
            p[0] = static_cast<char>('0' + v / 10);
            p[1] = static_cast<char>('0' + v % 10);
        };
        two(m_text, c.year / 100);
        two(m_text + 2, c.year % 100);
        m_text[4] = '-';
        two(m_text + 5, c.month);
        m_text[7] = '-';
        two(m_text + 8, c.day);
        m_text[10] = 'T';
        two(m_text + 11, c.hour);
        m_text[13] = ':';
        two(m_text + 14, c.minute);
        m_text[16] = ':';
        two(m_text + 17, c.second);
    }
    return m_text;
}

void TimeText::iso9Z(OutBuf& out, TimeNs t)
{
    out.put(std::string_view(secondText(t), 19));
    out.put('.');
    out.putPadded(static_cast<std::uint32_t>(t - m_second * kSecond), 9);
    out.put('Z');
}

void TimeText::isoMillisOffset(OutBuf& out, TimeNs t)
{
    out.put(std::string_view(secondText(t), 19));
    out.put('.');
    out.putPadded(static_cast<std::uint32_t>((t - m_second * kSecond) / kMs), 3);
    out.put("+0000");
}

void TimeText::isoCentisOffset(OutBuf& out, TimeNs t)
{
    out.put(std::string_view(secondText(t), 19));
    out.put('.');
    out.putPadded(static_cast<std::uint32_t>((t - m_second * kSecond) / (10 * kMs)), 2);
    out.put("+0000");
}

void TimeText::goLog(OutBuf& out, TimeNs t)
{
    const char* s = secondText(t);
    char* p = out.grab(19);
    std::memcpy(p, s, 19);
    p[4] = '/';
    p[7] = '/';
    p[10] = ' ';
    out.advance(19);
}

void TimeText::ctlPrefix(OutBuf& out, TimeNs t)
{
    out.put('[');
    const char* s = secondText(t);
    char* p = out.grab(19);
    std::memcpy(p, s, 19);
    p[10] = ' ';
    out.advance(19);
    out.put("+0000] ");
}

void TimeText::isoSecondsZ(OutBuf& out, TimeNs t)
{
    out.put(std::string_view(secondText(t), 19));
    out.put('Z');
}

void TimeText::epochShortest(OutBuf& out, TimeNs t)
{
    out.putShortest(static_cast<double>(t) / 1e9);
}

void TimeText::epochNanos(OutBuf& out, TimeNs t)
{
    out.putInt(t / kSecond);
    out.put('.');
    out.putPadded(static_cast<std::uint32_t>(t % kSecond), 9);
}

std::string goQuoted(std::string_view raw)
{
    OutBuf b(raw.size() + 16);
    b.putGoQuoted(raw);
    return std::string(b.view());
}

std::string ipText(std::uint32_t ip)
{
    OutBuf b(16);
    b.putIp(ip);
    return std::string(b.view());
}

std::string addrText(std::uint32_t ip, std::uint16_t port)
{
    OutBuf b(24);
    b.putAddr(ip, port);
    return std::string(b.view());
}

} // namespace rs::gen
