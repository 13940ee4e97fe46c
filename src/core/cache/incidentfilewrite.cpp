// Writing a saved incident: its sections, each 8-byte aligned, then the section table, then the
// header, into a temporary file renamed over the destination.
#include "core/cache/incidentfileformat.h"
#include "core/cache/incidentfilesections.h"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <tuple>
#include <type_traits>
#include <unistd.h>
#include <utility>
#include <vector>

namespace rs::cache {

using namespace detail;

namespace {

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
    template <typename T> void column(const std::vector<T>& values)
    {
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
        const char zeros[8] = {};
        if (const std::uint64_t rest = m_offset % 8; rest != 0)
            put(zeros, static_cast<std::size_t>(8 - rest));
    }

    std::FILE* m_file;
    bool m_ok = true;
    std::uint64_t m_offset = 0;
    std::vector<Section> m_sections;
};

} // namespace

bool IncidentFile::write(const std::string& path, const Incident& incident, const IncidentFileInfo& info,
                         std::string* error)
{
    const auto failWith = [&](std::string why) {
        if (error != nullptr)
            *error = std::move(why);
        return false;
    };
    const std::string temp = path + ".tmp." + std::to_string(::getpid());
    ::unlink(temp.c_str()); // left by a process of the same id that did not finish
    std::FILE* file = std::fopen(temp.c_str(), "wbx");
    if (file == nullptr)
        return failWith(temp + ": " + std::strerror(errno));
    Writer w(file);
    w.section(encodeInfo(info, incident));
    w.section(encodeReport(incident.report));

    const RecordTables& t = incident.tables;
    std::vector<std::uint64_t> ends;
    std::string blob;
    ends.reserve(t.strings.size());
    for (StringPool::Id id = 0; id < t.strings.size(); ++id) {
        blob += t.strings.view(id);
        ends.push_back(blob.size());
    }
    w.column(ends);
    w.section(blob);
    w.section(encodeIdentities(t.identities));
    std::apply(
        [&](const auto&... table) {
            const auto one = [&](const auto& x) {
                std::apply([&](const auto&... column) { (w.column(column), ...); },
                           std::decay_t<decltype(x)>::columnsOf(x));
                w.runs(x.source.file);
            };
            (one(table), ...);
        },
        tablesOf(t));
    w.section(encodeSnapshots(t));
    w.section(encodeTexts(incident));
    w.finish();
    const bool written = w.ok() && std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
    const int savedErrno = errno;
    if (std::fclose(file) != 0 || !written) {
        ::unlink(temp.c_str());
        return failWith(temp + ": " + std::strerror(written ? errno : savedErrno));
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int renameErrno = errno;
        ::unlink(temp.c_str());
        return failWith(path + ": " + std::strerror(renameErrno));
    }
    return true;
}

} // namespace rs::cache
