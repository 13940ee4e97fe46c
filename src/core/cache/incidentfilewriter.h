#pragma once

#include "core/cache/incidentfileformat.h"
#include "core/store/column.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

// Writing a saved incident's sections (incidentfilewrite.cpp), shared with the writing of its
// analysis (incidentfileanalysis.cpp); not an API.
namespace rs::cache::detail {

class Writer {
public:
    explicit Writer(std::FILE* file)
        : m_file(file)
    {
        const char zeros[kHeaderBytes] = {};
        put(zeros, sizeof(zeros));
    }

    bool ok() const { return m_ok; }

    void section(const void* data, std::size_t bytes)
    {
        Section s;
        s.offset = m_offset;
        s.bytes = bytes;
        s.crc = crc(data, bytes);
        put(data, bytes);
        pad();
        m_sections.push_back(s);
    }
    void section(const std::string& bytes) { section(bytes.data(), bytes.size()); }
    // A std::vector or an rs::Column of plain values, as they lie in memory.
    template <typename Values> void column(const Values& values)
    {
        using T = typename Values::value_type;
        static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
        section(values.data(), values.size() * sizeof(T));
    }
    void column(const std::vector<bool>& values)
    {
        std::vector<std::uint8_t> bytes(values.begin(), values.end());
        column(bytes);
    }
    void runs(const FileColumn& files)
    {
        std::vector<std::uint64_t> ends(files.runEnds().begin(), files.runEnds().end());
        column(ends);
        column(files.runFiles());
    }

    // The table, then the header; returns the file's size.
    std::uint64_t finish()
    {
        const std::uint64_t tableOffset = m_offset;
        std::string table;
        for (const Section& s : m_sections) {
            table.append(reinterpret_cast<const char*>(&s.offset), 8);
            table.append(reinterpret_cast<const char*>(&s.bytes), 8);
            table.append(reinterpret_cast<const char*>(&s.crc), 8);
        }
        put(table.data(), table.size());
        Header h{};
        std::memcpy(h.magic, kMagic, sizeof(kMagic));
        h.version = IncidentFile::kFormatVersion;
        h.headerBytes = kHeaderBytes;
        h.layout = layoutFingerprint();
        h.fileBytes = m_offset;
        h.tableOffset = tableOffset;
        h.sectionCount = static_cast<std::uint32_t>(m_sections.size());
        h.tableCrc = crc(table.data(), table.size());
        h.headerCrc = crc(&h, offsetof(Header, headerCrc));
        if (m_ok && (std::fseek(m_file, 0, SEEK_SET) != 0 || std::fwrite(&h, sizeof(h), 1, m_file) != 1))
            m_ok = false;
        return m_offset;
    }

private:
    void put(const void* data, std::size_t bytes)
    {
        if (m_ok && bytes > 0 && std::fwrite(data, 1, bytes, m_file) != bytes)
            m_ok = false;
        m_offset += bytes;
    }
    void pad()
    {
        const char zeros[kSectionAlignment] = {};
        if (const std::uint64_t rest = m_offset % kSectionAlignment; rest != 0)
            put(zeros, static_cast<std::size_t>(kSectionAlignment - rest));
    }

    std::FILE* m_file;
    bool m_ok = true;
    std::uint64_t m_offset = 0;
    std::vector<Section> m_sections;
};

} // namespace rs::cache::detail
