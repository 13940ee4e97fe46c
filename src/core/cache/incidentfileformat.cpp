// The layout fingerprint, and reseal (the checksums and fingerprint of changed bytes made right
// again): what the format itself says, apart from writing and reading an incident.
#include "core/cache/incidentfileformat.h"

#include <cstring>
#include <string>
#include <vector>

namespace rs::cache {

using namespace detail;

namespace {

template <typename T> std::size_t elementBytes(const std::vector<T>&)
{
    return std::is_same_v<T, bool> ? 1 : sizeof(T);
}

template <typename T> std::size_t elementBytes(const Column<T>&)
{
    return sizeof(T);
}

} // namespace

std::uint64_t detail::layoutFingerprint()
{
    static const std::uint64_t value = [] {
        const RecordTables tables;
        std::string text;
        std::apply(
            [&](const auto&... table) {
                const auto describe = [&](const auto& t) {
                    std::apply(
                        [&](const auto&... column) {
                            ((text += std::to_string(elementBytes(column)) + ','), ...);
                        },
                        std::decay_t<decltype(t)>::columnsOf(t));
                    text += ';';
                };
                (describe(table), ...);
            },
            tablesOf(tables));
        text += "route:" + std::to_string(sizeof(RouteEndpointRow)) +
                ",lrp:" + std::to_string(sizeof(LrpRow)) + ",report:" + std::to_string(sizeof(FileReport)) +
                ",slot:" + std::to_string(sizeof(StringPool::Slot));
        return crc(text.data(), text.size());
    }();
    return value;
}

void IncidentFile::reseal(std::string& bytes)
{
    if (bytes.size() < kHeaderBytes)
        return;
    Header h{};
    std::memcpy(&h, bytes.data(), sizeof(h));
    if (h.tableOffset < kHeaderBytes || h.tableOffset > bytes.size() || h.sectionCount > kMaxSections ||
        bytes.size() - h.tableOffset < std::uint64_t{h.sectionCount} * kSectionEntryBytes)
        return;
    char* table = bytes.data() + h.tableOffset;
    for (std::uint32_t i = 0; i < h.sectionCount; ++i) {
        Section s;
        std::memcpy(&s.offset, table + i * kSectionEntryBytes, 8);
        std::memcpy(&s.bytes, table + i * kSectionEntryBytes + 8, 8);
        if (s.offset > bytes.size() || s.bytes > bytes.size() - s.offset)
            continue;
        s.crc = crc(bytes.data() + s.offset, static_cast<std::size_t>(s.bytes));
        std::memcpy(table + i * kSectionEntryBytes + 16, &s.crc, 8);
    }
    h.layout = layoutFingerprint();
    h.tableCrc = crc(table, static_cast<std::size_t>(std::uint64_t{h.sectionCount} * kSectionEntryBytes));
    h.headerCrc = crc(&h, offsetof(Header, headerCrc));
    std::memcpy(bytes.data(), &h, sizeof(h));
}

} // namespace rs::cache
