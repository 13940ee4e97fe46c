#pragma once
// The bytes of a saved incident's file (core/cache/incidentfileformat.h: the header's section
// table offset at byte 32, its count at 40, the table's CRC at 48, the header's at 56; entries of
// offset, size and CRC-64), for tests that change them the way a hostile file would.

#include <cstdint>
#include <cstring>
#include <isa-l/crc64.h>
#include <string>
#include <string_view>
#include <vector>

namespace rs::test {

template <typename T> T get(const std::string& bytes, std::size_t at)
{
    T value{};
    std::memcpy(&value, bytes.data() + at, sizeof(T));
    return value;
}

template <typename T> void put(std::string& bytes, std::size_t at, T value)
{
    std::memcpy(bytes.data() + at, &value, sizeof(T));
}

inline std::uint64_t crc(std::string_view bytes)
{
    return crc64_ecma_refl(0, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

struct SectionEntry {
    std::uint64_t offset, bytes;
};

inline std::vector<SectionEntry> sectionsOf(const std::string& file)
{
    const auto tableOffset = get<std::uint64_t>(file, 32);
    const auto count = get<std::uint32_t>(file, 40);
    std::vector<SectionEntry> sections;
    for (std::uint32_t i = 0; i < count; ++i)
        sections.push_back({get<std::uint64_t>(file, tableOffset + i * 24),
                            get<std::uint64_t>(file, tableOffset + i * 24 + 8)});
    return sections;
}

// After changing section `index`'s bytes: its CRC, the table's and the header's made right again,
// as a hostile file would have them.
inline void reseal(std::string& file, std::size_t index)
{
    const auto tableOffset = get<std::uint64_t>(file, 32);
    const SectionEntry s = sectionsOf(file)[index];
    put(file, tableOffset + index * 24 + 16, crc(std::string_view(file).substr(s.offset, s.bytes)));
    put(file, 48, crc(std::string_view(file).substr(tableOffset)));
    put(file, 56, crc(std::string_view(file).substr(0, 56)));
}

} // namespace rs::test
