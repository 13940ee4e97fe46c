#pragma once

#include "core/util/types.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace rs::clickhouse {

// ClickHouse's RowBinary format: fixed-width little-endian numbers, strings as a LEB128 length
// then the bytes as they are. Log text goes in unchanged (quotes, NULs, invalid UTF-8): nothing
// is escaped because nothing is parsed as text.
class RowBinaryWriter {
public:
    template <typename T> void number(T value)
    {
        static_assert(std::is_arithmetic_v<T>);
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T)); // x86-64 and aarch64 are little-endian, as RowBinary
        m_bytes.append(bytes, sizeof(T));
    }
    void varUInt(std::uint64_t value)
    {
        while (value >= 0x80) {
            m_bytes += static_cast<char>((value & 0x7F) | 0x80);
            value >>= 7;
        }
        m_bytes += static_cast<char>(value);
    }
    void string(std::string_view text)
    {
        varUInt(text.size());
        m_bytes.append(text.data(), text.size());
    }
    // A time as two columns: DateTime (UInt32 seconds) and UInt32 nanoseconds within the second.
    // Times DateTime cannot hold (kNoTime, before 1970, after 2106) are written as 0, 0.
    void time(TimeNs t);
    void endRow() { ++m_rows; }

    const std::string& bytes() const { return m_bytes; }
    std::size_t rows() const { return m_rows; }
    void clear()
    {
        m_bytes.clear();
        m_rows = 0;
    }

private:
    std::string m_bytes;
    std::size_t m_rows = 0;
};

// Reads what `SELECT … FORMAT RowBinary` returns; every read fails (nullopt) past the end.
class RowBinaryReader {
public:
    explicit RowBinaryReader(std::string_view bytes)
        : m_bytes(bytes)
    {}
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    template <typename T> std::optional<T> number()
    {
        if (m_bytes.size() - m_pos < sizeof(T))
            return std::nullopt;
        T value;
        std::memcpy(&value, m_bytes.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return value;
    }
    std::optional<std::uint64_t> varUInt();
    std::optional<std::string> string();

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
};

} // namespace rs::clickhouse
