#include "core/clickhouse/rowbinary.h"

namespace rs::clickhouse {

void RowBinaryWriter::time(TimeNs t)
{
    constexpr TimeNs kSecond = 1'000'000'000;
    constexpr TimeNs kLastDateTime = TimeNs{0xFFFFFFFF} * kSecond;
    if (t == kNoTime || t < 0 || t > kLastDateTime) {
        number<std::uint32_t>(0);
        number<std::uint32_t>(0);
        return;
    }
    number(static_cast<std::uint32_t>(t / kSecond));
    number(static_cast<std::uint32_t>(t % kSecond));
}

std::optional<std::uint64_t> RowBinaryReader::varUInt()
{
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_bytes.size())
            return std::nullopt;
        const auto byte = static_cast<unsigned char>(m_bytes[m_pos++]);
        value |= std::uint64_t{byte & 0x7Fu} << shift;
        if ((byte & 0x80) == 0)
            return value;
    }
    return std::nullopt;
}

std::optional<std::string> RowBinaryReader::string()
{
    const auto size = varUInt();
    if (!size || *size > m_bytes.size() - m_pos)
        return std::nullopt;
    std::string text(m_bytes.substr(m_pos, *size));
    m_pos += *size;
    return text;
}

} // namespace rs::clickhouse
