// Reading a saved incident: the header and the section table checked, then every section checked
// against its checksum before it is decoded, and the incident put together from them.
#include "core/cache/incidentfileanalysis.h"
#include "core/cache/incidentfilereader.h"
#include "core/cache/incidentfilesections.h"
#include "core/query/analysis.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace rs::cache {
namespace detail {

bool Reader::open()
{
    const std::uint64_t size = m_source.size();
    Header h{};
    if (size < kHeaderBytes || !m_source.read(0, &h, sizeof(h)))
        return fail("shorter than its header");
    if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0)
        return fail("not a RouteScope cache file");
    if (h.headerCrc != crc(&h, offsetof(Header, headerCrc)))
        return fail("header checksum mismatch");
    if (h.version != IncidentFile::kFormatVersion)
        return fail("format version " + std::to_string(h.version) + ", this build reads " +
                    std::to_string(IncidentFile::kFormatVersion));
    if (h.headerBytes != kHeaderBytes || h.layout != layoutFingerprint())
        return fail("written by a build with other columns");
    if (h.fileBytes != size)
        return fail("size " + std::to_string(size) + " instead of " + std::to_string(h.fileBytes) +
                    " (truncated or extended)");
    if (h.sectionCount > kMaxSections || h.tableOffset < kHeaderBytes || h.tableOffset > size ||
        (size - h.tableOffset) != std::uint64_t{h.sectionCount} * kSectionEntryBytes)
        return fail("section table out of bounds");
    std::string table(static_cast<std::size_t>(size - h.tableOffset), '\0');
    if (!m_source.read(h.tableOffset, table.data(), table.size()))
        return fail("read error");
    if (crc(table.data(), table.size()) != h.tableCrc)
        return fail("section table checksum mismatch");
    std::uint64_t end = kHeaderBytes;
    m_sections.resize(h.sectionCount);
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        Section& s = m_sections[i];
        std::memcpy(&s.offset, table.data() + i * kSectionEntryBytes, 8);
        std::memcpy(&s.bytes, table.data() + i * kSectionEntryBytes + 8, 8);
        std::memcpy(&s.crc, table.data() + i * kSectionEntryBytes + 16, 8);
        // In order, aligned, not overlapping, before the table.
        if (s.offset % kSectionAlignment != 0 || s.offset < end || s.offset > h.tableOffset ||
            s.bytes > h.tableOffset - s.offset)
            return fail("section " + std::to_string(i) + " out of bounds");
        end = s.offset + s.bytes;
    }
    return true;
}

bool Reader::next(std::string& out)
{
    const Section* s = take();
    if (s == nullptr)
        return false;
    resizeFresh(out, static_cast<std::size_t>(s->bytes));
    return load(*s, out.data());
}

bool Reader::next(std::string_view& out, std::shared_ptr<const void>& owner, std::string& copy)
{
    const Source::Mapped map = m_source.mapped();
    if (!map.owner) {
        if (!next(copy))
            return false;
        out = copy;
        owner.reset();
        return true;
    }
    const Section* s = take();
    if (s == nullptr || !checkSum(*s, map.bytes + s->offset))
        return false;
    out = std::string_view(map.bytes + s->offset, static_cast<std::size_t>(s->bytes));
    owner = map.owner;
    return true;
}

bool Reader::column(std::vector<bool>& out)
{
    std::vector<std::uint8_t> bytes;
    if (!column(bytes))
        return false;
    for (const std::uint8_t b : bytes)
        if (b > 1)
            return fail("a flag column holds other values than 0 and 1");
    out.assign(bytes.begin(), bytes.end());
    return true;
}

bool Reader::atEnd()
{
    if (m_next != m_sections.size())
        return fail("sections left over");
    return true;
}

const Section* Reader::take()
{
    if (!ok())
        return nullptr;
    if (m_next >= m_sections.size()) {
        fail("fewer sections than a saved incident has");
        return nullptr;
    }
    return &m_sections[m_next++];
}

bool Reader::load(const Section& s, void* out)
{
    if (!m_source.read(s.offset, out, static_cast<std::size_t>(s.bytes)))
        return fail("read error");
    return checkSum(s, out);
}

bool Reader::checkSum(const Section& s, const void* bytes)
{
    if (crc(bytes, static_cast<std::size_t>(s.bytes)) != s.crc)
        return fail("section " + std::to_string(m_next - 1) + " checksum mismatch");
    return true;
}

} // namespace detail

using namespace detail;

namespace {

class MemorySource final : public Source {
public:
    explicit MemorySource(std::string_view bytes)
        : m_bytes(bytes)
    {}
    std::uint64_t size() const override { return m_bytes.size(); }
    bool read(std::uint64_t offset, void* out, std::size_t bytes) const override
    {
        if (bytes > 0)
            std::memcpy(out, m_bytes.data() + offset, bytes);
        return true;
    }

private:
    std::string_view m_bytes;
};

// A file mapped whole: its columns are read in place (Reader::column). The mapping lives as long
// as a column of it does. The cache writes a new file and renames it over the old one, so a mapped
// file is never changed under a reader by RouteScope.
class FileSource final : public Source {
public:
    explicit FileSource(const std::string& path, bool map)
        : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC))
    {
        struct stat st {};
        if (m_fd >= 0 && ::fstat(m_fd, &st) == 0 && S_ISREG(st.st_mode))
            m_size = static_cast<std::uint64_t>(st.st_size);
        else
            m_error = m_fd < 0 ? std::strerror(errno) : "not a regular file";
        if (map && m_error.empty() && m_size > 0 && m_size <= SIZE_MAX) {
            const auto bytes = static_cast<std::size_t>(m_size);
            void* at = ::mmap(nullptr, bytes, PROT_READ, MAP_SHARED, m_fd, 0);
            if (at != MAP_FAILED) {
                // Read front to back once (the checksums), then where the views look.
                ::madvise(at, bytes, MADV_WILLNEED);
                m_map.bytes = static_cast<const char*>(at);
                m_map.owner = std::shared_ptr<const void>(
                    at, [bytes](const void* p) { ::munmap(const_cast<void*>(p), bytes); });
            }
        }
    }
    ~FileSource() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;

    const std::string& error() const { return m_error; }
    std::uint64_t size() const override { return m_size; }
    bool read(std::uint64_t offset, void* out, std::size_t bytes) const override
    {
        if (m_map.owner) {
            if (bytes > 0)
                std::memcpy(out, m_map.bytes + offset, bytes);
            return true;
        }
        auto* dest = static_cast<char*>(out);
        std::size_t got = 0;
        while (got < bytes) {
            const ssize_t n = ::pread(m_fd, dest + got, bytes - got, static_cast<off_t>(offset + got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            got += static_cast<std::size_t>(n);
        }
        return true;
    }
    Mapped mapped() const override { return m_map; }

private:
    int m_fd = -1;
    std::uint64_t m_size = 0;
    std::string m_error;
    Mapped m_map;
};

IncidentFileResult readFrom(const Source& source, bool infoOnly)
{
    IncidentFileResult result;
    Reader r(source);
    std::string bytes;
    auto incident = std::make_shared<Incident>();
    if (!r.open() || !r.next(bytes)) {
        result.error = r.error();
        return result;
    }
    if (!decodeInfo(bytes, result.info, &incident->begin, &incident->end)) {
        result.error = "the info section does not decode";
        return result;
    }
    if (infoOnly)
        return result;

    RecordTables& t = incident->tables;
    // The report first: the number of files bounds every file index.
    if (r.next(bytes) && !decodeReport(bytes, incident->report))
        r.fail("the import report does not decode");
    const std::size_t files = incident->report.files.size();
    if (r.ok())
        readStrings(r, t.strings);
    if (r.next(bytes) && !decodeIdentities(bytes, t))
        r.fail("the identities do not decode");
    if (r.ok())
        readTables(r, t, files);
    if (r.next(bytes) && !decodeSnapshots(bytes, t, files))
        r.fail("the snapshots do not decode or index nothing");
    if (r.next(bytes) && !decodeTexts(bytes, *incident))
        r.fail("the text sources do not decode");
    std::shared_ptr<Analysis> analysis;
    if (r.ok() && readAnalysis(r, *incident, analysis))
        r.atEnd();
    if (!r.ok()) {
        result.error = r.error();
        return result;
    }
    if (analysis) {
        analysis->incident = incident;
        result.analysis = std::move(analysis);
    }
    result.incident = std::move(incident);
    return result;
}

} // namespace

IncidentFileResult IncidentFile::read(const std::string& path)
{
    const FileSource source(path, true);
    if (!source.error().empty()) {
        IncidentFileResult result;
        result.error = source.error();
        return result;
    }
    return readFrom(source, false);
}

IncidentFileResult IncidentFile::readBytes(std::string_view bytes)
{
    return readFrom(MemorySource(bytes), false);
}

IncidentFileResult IncidentFile::readInfo(const std::string& path)
{
    const FileSource source(path, false);
    if (!source.error().empty()) {
        IncidentFileResult result;
        result.error = source.error();
        return result;
    }
    return readFrom(source, true);
}

} // namespace rs::cache
