#pragma once

#include "options.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace rs::gen {

// An append-only byte buffer with hand-rolled number formatting: the hot path writes a
// few hundred million fields, so no iostreams, no std::format, no per-field allocation.
class OutBuf {
public:
    OutBuf() = default;
    explicit OutBuf(std::size_t capacity) { reserve(capacity); }

    void reserve(std::size_t capacity);
    char* grab(std::size_t n)
    {
        if (m_size + n > m_capacity)
            reserve(std::max(m_size + n, m_capacity * 2));
        return m_data.get() + m_size;
    }
    void advance(std::size_t n) { m_size += n; }

    void put(char c) { *grab(1) = c, ++m_size; }
    void put(std::string_view s)
    {
        if (s.empty())
            return; // an empty view may hold nullptr, which memcpy must not get (UBSan)
        std::memcpy(grab(s.size()), s.data(), s.size());
        m_size += s.size();
    }
    void putUint(std::uint64_t v);
    void putInt(std::int64_t v);
    void putPadded(std::uint32_t v, int width);
    // Seconds with exactly six decimals (Go's %.6f of a duration), rounded half up.
    void putFixed6(TimeNs ns);
    // Shortest round-trip decimal (Go's strconv.FormatFloat(f, 'f', -1, 64)).
    void putShortest(double v);
    void putHex(const std::uint8_t* bytes, std::size_t n);
    void putHex32(std::uint32_t v); // 8 lower-case hex digits
    void putIp(std::uint32_t ip);
    void putAddr(std::uint32_t ip, std::uint16_t port);
    // A Go strconv.Quote'd string, quotes included.
    void putGoQuoted(std::string_view raw);
    // A JSON string, quotes included; html escapes <, > and & like Go's encoding/json.
    void putJson(std::string_view raw, bool html = false);

    std::string_view view() const { return {m_data.get(), m_size}; }
    const char* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    void clear() { m_size = 0; }
    void truncate(std::size_t size) { m_size = size; }

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

std::int64_t daysFromCivil(int y, int m, int d);

struct Civil {
    int year, month, day, hour, minute, second;
};
Civil civilFromSeconds(std::int64_t seconds);

// Formats timestamps in the layouts the logs use. Caches the calendar text of the last
// second it saw, because consecutive lines almost always share it.
class TimeText {
public:
    void iso9Z(OutBuf& out, TimeNs t);           // 2026-10-14T09:00:00.123456789Z
    void isoMillisOffset(OutBuf& out, TimeNs t); // 2018-03-20T09:00:00.123+0000
    void isoCentisOffset(OutBuf& out, TimeNs t); // 2026-12-06T10:15:02.11+0000 (cf logs, truncated)
    void goLog(OutBuf& out, TimeNs t);           // 2026/10/14 09:00:00
    void ctlPrefix(OutBuf& out, TimeNs t);       // [2018-03-20 09:00:00+0000]<space>
    void isoSecondsZ(OutBuf& out, TimeNs t);     // 2026-10-14T09:00:00Z
    void epochShortest(OutBuf& out, TimeNs t);   // 1521536400.1234567
    void epochNanos(OutBuf& out, TimeNs t);      // 1521536400.123456789

private:
    const char* secondText(TimeNs t); // "YYYY-MM-DDTHH:MM:SS", 19 chars
    std::int64_t m_second = INT64_MIN;
    char m_text[19] = {};
};

std::string goQuoted(std::string_view raw);
std::string ipText(std::uint32_t ip);
std::string addrText(std::uint32_t ip, std::uint16_t port);
inline constexpr std::uint32_t ip4(int a, int b, int c, int d)
{
    return (static_cast<std::uint32_t>(a) << 24) | (static_cast<std::uint32_t>(b) << 16) |
           (static_cast<std::uint32_t>(c) << 8) | static_cast<std::uint32_t>(d);
}

} // namespace rs::gen
