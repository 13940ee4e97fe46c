#include "core/cache/incidentfile.h"

#include "core/cache/cachedtext.h"
#include "core/import/contenthash.h"
#include "core/store/gzipindex.h"
#include "core/store/layeredtext.h"
#include "core/util/hugepages.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <isa-l/crc64.h>
#include <limits>
#include <sys/stat.h>
#include <tuple>
#include <type_traits>
#include <unistd.h>
#include <unordered_set>
#include <utility>

namespace rs::cache {
namespace {

static_assert(std::endian::native == std::endian::little, "cache files are little-endian arrays");

constexpr char kMagic[8] = {'R', 'S', 'C', 'A', 'C', 'H', 'E', '\x1a'};
constexpr std::uint64_t kHeaderBytes = 64;
constexpr std::uint64_t kSectionEntryBytes = 24;
// No more sections than a saved incident has (about a hundred); a larger count is not ours.
constexpr std::uint32_t kMaxSections = 4096;

// The header, as laid out in the file's first 64 bytes.
struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t headerBytes;
    std::uint64_t layout;      // fingerprint of the columns' element sizes (layoutFingerprint)
    std::uint64_t fileBytes;   // the whole file
    std::uint64_t tableOffset; // the section table, after the sections
    std::uint32_t sectionCount;
    std::uint32_t reserved;
    std::uint64_t tableCrc;
    std::uint64_t headerCrc; // of the 56 bytes before it
};
static_assert(sizeof(Header) == kHeaderBytes);

struct Section {
    std::uint64_t offset = 0;
    std::uint64_t bytes = 0;
    std::uint64_t crc = 0;
};

std::uint64_t crc(const void* data, std::size_t bytes, std::uint64_t seed = 0)
{
    return crc64_ecma_refl(seed, static_cast<const unsigned char*>(data), static_cast<std::uint64_t>(bytes));
}

// ---- enum limits: a value beyond the last enumerator is rejected -------------------------------

// The last enumerator of every enum a saved incident holds (an enum without one does not build).
template <typename E> struct LastOf;
template <> struct LastOf<LogLevel> {
    static constexpr LogLevel value = LogLevel::Unknown;
};
template <> struct LastOf<RouterMessage> {
    static constexpr RouterMessage value = RouterMessage::Lifecycle;
};
template <> struct LastOf<ContainerEventKind> {
    static constexpr ContainerEventKind value = ContainerEventKind::Destroyed;
};
template <> struct LastOf<LbKind> {
    static constexpr LbKind value = LbKind::AzureAppGw;
};
template <> struct LastOf<StderrKind> {
    static constexpr StderrKind value = StderrKind::Other;
};
template <> struct LastOf<AppStream> {
    static constexpr AppStream value = AppStream::Err;
};
template <> struct LastOf<Tri> {
    static constexpr Tri value = Tri::True;
};
template <> struct LastOf<IdentityRole> {
    static constexpr IdentityRole value = IdentityRole::Other;
};
template <> struct LastOf<FileKind> {
    static constexpr FileKind value = FileKind::AppLog;
};
template <> struct LastOf<SkipReason> {
    static constexpr SkipReason value = SkipReason::KeptWithRawBytes;
};
template <> struct LastOf<IgnoreReason> {
    static constexpr IgnoreReason value = IgnoreReason::OtherComponent;
};
template <> struct LastOf<BundleIssue> {
    static constexpr BundleIssue value = BundleIssue::ClockSkew;
};

template <typename E> bool validEnum(E value)
{
    using U = std::underlying_type_t<E>;
    return static_cast<U>(value) <= static_cast<U>(LastOf<E>::value);
}

// ---- the tables, walked generically ------------------------------------------------------------

// Every table of RecordTables, in file order, for const and mutable alike.
template <typename Tables> auto tablesOf(Tables& t)
{
    return std::tie(t.requests, t.events, t.stderrLines, t.containers, t.lager, t.lb, t.apps);
}

template <typename T> std::size_t elementBytes(const std::vector<T>&)
{
    return std::is_same_v<T, bool> ? 1 : sizeof(T);
}

// The element size of every column of every table, mixed into one number: a column added, removed
// or changed in type makes files of the old layout foreign.
std::uint64_t layoutFingerprint()
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
                ",lrp:" + std::to_string(sizeof(LrpRow)) + ",report:" + std::to_string(sizeof(FileReport));
        return crc(text.data(), text.size());
    }();
    return value;
}

// ---- byte-encoded sections ---------------------------------------------------------------------

class Encoder {
public:
    std::string bytes;

    template <typename T> void raw(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes.append(reinterpret_cast<const char*>(&value), sizeof(value));
    }
    void u8(std::uint8_t v) { raw(v); }
    void u32(std::uint32_t v) { raw(v); }
    void u64(std::uint64_t v) { raw(v); }
    void i64(std::int64_t v) { raw(v); }
    void f64(double v) { raw(v); }
    void flag(bool v) { u8(v ? 1 : 0); }
    template <typename E> void e(E v) { u8(static_cast<std::uint8_t>(v)); }
    void str(std::string_view s)
    {
        u64(s.size());
        bytes.append(s);
    }
};

class Decoder {
public:
    explicit Decoder(std::string_view bytes)
        : m_rest(bytes)
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_rest.empty(); }

    template <typename T> T raw()
    {
        T value{};
        if (m_rest.size() < sizeof(T)) {
            m_ok = false;
            m_rest = {};
            return value;
        }
        std::memcpy(&value, m_rest.data(), sizeof(T));
        m_rest.remove_prefix(sizeof(T));
        return value;
    }
    std::uint8_t u8() { return raw<std::uint8_t>(); }
    std::uint32_t u32() { return raw<std::uint32_t>(); }
    std::uint64_t u64() { return raw<std::uint64_t>(); }
    std::int64_t i64() { return raw<std::int64_t>(); }
    int i32() { return raw<std::int32_t>(); }
    double f64() { return raw<double>(); }
    bool flag()
    {
        const std::uint8_t v = u8();
        if (v > 1)
            m_ok = false;
        return v == 1;
    }
    template <typename E> E e()
    {
        const auto v = static_cast<E>(u8());
        if (!validEnum(v))
            m_ok = false;
        return v;
    }
    std::string str()
    {
        const std::uint64_t n = u64();
        if (!m_ok || n > m_rest.size()) {
            m_ok = false;
            m_rest = {};
            return {};
        }
        std::string s(m_rest.substr(0, static_cast<std::size_t>(n)));
        m_rest.remove_prefix(static_cast<std::size_t>(n));
        return s;
    }
    // A count of elements that take at least `minBytes` each: never more than the bytes left allow,
    // so a hostile count cannot make anyone allocate beyond the file's size.
    std::size_t count(std::size_t minBytes)
    {
        const std::uint64_t n = u64();
        if (!m_ok || n > m_rest.size() / std::max<std::size_t>(minBytes, 1)) {
            m_ok = false;
            m_rest = {};
            return 0;
        }
        return static_cast<std::size_t>(n);
    }
    void fail() { m_ok = false; }

private:
    std::string_view m_rest;
    bool m_ok = true;
};

// ---- writing -----------------------------------------------------------------------------------

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

void encodeInfo(Encoder& e, const IncidentFileInfo& info, const Incident& incident)
{
    e.str(info.key);
    e.u64(info.inputs.size());
    for (const auto& input : info.inputs)
        e.str(input);
    e.i64(info.createdNs);
    e.u64(info.requests);
    e.u64(info.events);
    e.u64(info.textBytes);
    e.i64(incident.begin);
    e.i64(incident.end);
    e.str(info.caseJson);
}

void encodeExample(Encoder& e, const SkipExample& example)
{
    e.u64(example.line);
    e.str(example.text);
}

void encodeVariants(Encoder& e, const std::vector<VariantEntry>& list)
{
    e.u64(list.size());
    for (const auto& entry : list) {
        e.str(entry.id);
        e.u64(entry.count);
        encodeExample(e, entry.example);
    }
}

void encodeReport(Encoder& e, const ImportReport& report)
{
    e.u64(report.inputs.size());
    for (const auto& input : report.inputs)
        e.str(input);
    e.u64(report.files.size());
    for (const FileReport& f : report.files) {
        e.str(f.path);
        e.e(f.kind);
        e.str(f.identity);
        e.str(f.logicalLog);
        e.i64(f.generation);
        e.u64(f.bytes);
        e.u64(f.storedBytes);
        e.u64(f.lines);
        e.u64(f.records);
        e.u64(f.skipped.size());
        for (const SkipGroup& g : f.skipped) {
            e.e(g.reason);
            e.e(g.otherKind);
            e.u64(g.count);
            e.u64(g.examples.size());
            for (const auto& example : g.examples)
                encodeExample(e, example);
        }
        e.u64(f.foreignLines);
        encodeExample(e, f.foreignExample);
        e.e(f.ignored);
        e.str(f.ignoredDetail);
        e.flag(f.wasGzip);
        e.flag(f.truncated);
        e.i64(f.first);
        e.i64(f.last);
        e.f64(f.seconds);
        encodeVariants(e, f.variant.eras);
        encodeVariants(e, f.variant.wrappers);
        encodeVariants(e, f.variant.prefixes);
        encodeVariants(e, f.variant.fields);
    }
    e.u64(report.problems.size());
    for (const BundleProblem& p : report.problems) {
        e.str(p.path);
        e.e(p.issue);
        e.str(p.detail);
    }
    e.u64(report.bytes);
    e.u64(report.lines);
    e.f64(report.seconds);
    e.flag(report.cancelled);
}

void encodeIdentities(Encoder& e, const std::vector<IdentityInfo>& identities)
{
    e.u64(identities.size());
    for (const IdentityInfo& i : identities) {
        e.str(i.display);
        e.str(i.group);
        e.str(i.id);
        e.e(i.role);
    }
}

void encodeSnapshots(Encoder& e, const RecordTables& t)
{
    e.u64(t.routeSnapshots.size());
    for (const RouteSnapshot& s : t.routeSnapshots) {
        e.u32(s.identity);
        e.u32(s.file);
        e.i64(s.takenAt);
        e.u64(s.rows.size());
        for (const RouteEndpointRow& r : s.rows) {
            for (const std::string* text :
                 {&r.route, &r.address, &r.availabilityZone, &r.protocol, &r.routeServiceUrl,
                  &r.isolationSegment, &r.privateInstanceId, &r.serverCertDomainSan,
                  &r.loadBalancingAlgorithm, &r.tagAppId, &r.tagAppName, &r.tagProcessInstanceId,
                  &r.tagInstanceIndex, &r.tagComponent, &r.tagProcessType, &r.tagSpaceName, &r.tagOrgName})
                e.str(*text);
            e.e(r.tls);
            e.i64(r.ttl);
            e.flag(r.hasTags);
        }
    }
    e.u64(t.lrpSnapshots.size());
    for (const LrpSnapshot& s : t.lrpSnapshots) {
        e.u32(s.file);
        e.i64(s.takenAt);
        e.u64(s.rows.size());
        for (const LrpRow& r : s.rows) {
            for (const std::string* text : {&r.processGuid, &r.domain, &r.instanceGuid, &r.cellId, &r.address,
                                            &r.instanceAddress, &r.preferredAddress, &r.state, &r.presence,
                                            &r.crashReason, &r.placementError, &r.availabilityZone})
                e.str(*text);
            e.i64(r.index);
            e.i64(r.crashCount);
            e.i64(r.since);
            e.u64(r.ports.size());
            for (const LrpPort& p : r.ports) {
                e.u32(p.containerPort);
                e.u32(p.hostPort);
                e.u32(p.containerTlsProxyPort);
                e.u32(p.hostTlsProxyPort);
            }
            e.e(r.routable);
            e.flag(r.evacuating);
        }
    }
}

enum class TextKind : std::uint8_t { None, Plain, Gzip, Member, Detached };

void encodeStamp(Encoder& e, const FileStamp& s)
{
    e.u64(s.size);
    e.i64(s.mtimeNs);
    e.u64(s.inode);
    e.u64(s.device);
}

void encodeTexts(Encoder& e, const Incident& incident)
{
    // The inputs, absolute, to read archive members again from (BundleMembers).
    e.u64(incident.report.inputs.size());
    for (const std::string& input : incident.report.inputs) {
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(input, ec);
        e.str(ec ? input : absolute.string());
    }
    e.u64(incident.fileText.size());
    for (std::size_t i = 0; i < incident.fileText.size(); ++i) {
        const RawText* text = incident.fileText[i].get();
        if (text == nullptr) {
            e.e(TextKind::None);
            continue;
        }
        if (const auto* plain = dynamic_cast<const PlainFileText*>(text)) {
            e.e(TextKind::Plain);
            e.str(plain->path());
            e.u64(plain->size());
            encodeStamp(e, plain->stamp());
        } else if (const auto* gzip = dynamic_cast<const GzipFileText*>(text)) {
            e.e(TextKind::Gzip);
            e.str(gzip->path());
            e.u64(gzip->size());
            encodeStamp(e, gzip->index().stamp);
        } else if (const auto* lazy = dynamic_cast<const LazyGzipText*>(text)) {
            e.e(TextKind::Gzip);
            e.str(lazy->path());
            e.u64(lazy->size());
            encodeStamp(e, lazy->stamp());
        } else if (const auto* member = dynamic_cast<const MemberText*>(text)) {
            e.e(TextKind::Member);
            e.str(member->path());
            e.u64(member->size());
            e.u64(member->hash());
        } else if (const auto* layered = dynamic_cast<const LayeredText*>(text);
                   layered != nullptr && layered->contentHash() != 0 && i < incident.report.files.size()) {
            // Read again from the bundle like a resident member (its checkpoints are not saved: a
            // decoder state from a file is not to be trusted).
            e.e(TextKind::Member);
            e.str(incident.report.files[i].path);
            e.u64(layered->size());
            e.u64(layered->contentHash());
        } else if (const SharedBytes* bytes = text->resident();
                   bytes != nullptr && i < incident.report.files.size()) {
            const std::string_view view = (*bytes)->view();
            e.e(TextKind::Member);
            e.str(incident.report.files[i].path);
            e.u64(view.size());
            e.u64(contentHash(view));
        } else {
            e.e(TextKind::Detached);
            e.str(i < incident.report.files.size() ? incident.report.files[i].path : std::string());
            e.u64(text->size());
        }
    }
}

// ---- reading -----------------------------------------------------------------------------------

// Where the bytes come from: a file read with pread, or memory (the fuzz target).
class Source {
public:
    virtual ~Source() = default;
    virtual std::uint64_t size() const = 0;
    // Exactly `bytes` at `offset` (the caller checked the range), false on a read error.
    virtual bool read(std::uint64_t offset, void* out, std::size_t bytes) const = 0;
};

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

class FileSource final : public Source {
public:
    explicit FileSource(const std::string& path)
        : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC))
    {
        struct stat st {};
        if (m_fd >= 0 && ::fstat(m_fd, &st) == 0 && S_ISREG(st.st_mode))
            m_size = static_cast<std::uint64_t>(st.st_size);
        else
            m_error = m_fd < 0 ? std::strerror(errno) : "not a regular file";
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

private:
    int m_fd = -1;
    std::uint64_t m_size = 0;
    std::string m_error;
};

class Reader {
public:
    explicit Reader(const Source& source)
        : m_source(source)
    {}

    const std::string& error() const { return m_error; }
    bool ok() const { return m_error.empty(); }
    bool fail(std::string why)
    {
        if (m_error.empty())
            m_error = std::move(why);
        return false;
    }

    bool open()
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
            if (s.offset % 8 != 0 || s.offset < end || s.offset > h.tableOffset ||
                s.bytes > h.tableOffset - s.offset)
                return fail("section " + std::to_string(i) + " out of bounds");
            end = s.offset + s.bytes;
        }
        return true;
    }

    // The next section's bytes, checked against its checksum.
    bool next(std::string& out)
    {
        const Section* s = take();
        if (s == nullptr)
            return false;
        out.clear();
        out.shrink_to_fit();
        out.reserve(static_cast<std::size_t>(s->bytes));
        adviseHugePages(out.data(), static_cast<std::size_t>(s->bytes));
        out.resize(static_cast<std::size_t>(s->bytes));
        return load(*s, out.data());
    }
    template <typename T> bool column(std::vector<T>& out)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const Section* s = take();
        if (s == nullptr)
            return false;
        if (s->bytes % sizeof(T) != 0)
            return fail("section " + std::to_string(m_next - 1) + " is not a whole number of values");
        resizeFresh(out, static_cast<std::size_t>(s->bytes / sizeof(T)));
        return load(*s, out.data());
    }
    bool column(std::vector<bool>& out)
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
    bool atEnd()
    {
        if (m_next != m_sections.size())
            return fail("sections left over");
        return true;
    }

private:
    const Section* take()
    {
        if (!ok())
            return nullptr;
        if (m_next >= m_sections.size()) {
            fail("fewer sections than a saved incident has");
            return nullptr;
        }
        return &m_sections[m_next++];
    }
    bool load(const Section& s, void* out)
    {
        if (!m_source.read(s.offset, out, static_cast<std::size_t>(s.bytes)))
            return fail("read error");
        if (crc(out, static_cast<std::size_t>(s.bytes)) != s.crc)
            return fail("section " + std::to_string(m_next - 1) + " checksum mismatch");
        return true;
    }

    const Source& m_source;
    std::vector<Section> m_sections;
    std::size_t m_next = 0;
    std::string m_error;
};

bool decodeInfo(std::string_view bytes, IncidentFileInfo& info, TimeNs* begin, TimeNs* end)
{
    Decoder d(bytes);
    info.key = d.str();
    info.inputs.resize(d.count(8));
    for (auto& input : info.inputs)
        input = d.str();
    info.createdNs = d.i64();
    info.requests = d.u64();
    info.events = d.u64();
    info.textBytes = d.u64();
    const TimeNs b = d.i64();
    const TimeNs e = d.i64();
    info.caseJson = d.str();
    if (begin != nullptr)
        *begin = b;
    if (end != nullptr)
        *end = e;
    return d.ok() && d.atEnd();
}

SkipExample decodeExample(Decoder& d)
{
    SkipExample example;
    example.line = d.u64();
    example.text = d.str();
    return example;
}

void decodeVariants(Decoder& d, std::vector<VariantEntry>& list)
{
    list.resize(d.count(24));
    for (auto& entry : list) {
        entry.id = d.str();
        entry.count = d.u64();
        entry.example = decodeExample(d);
    }
}

bool decodeReport(std::string_view bytes, ImportReport& report)
{
    Decoder d(bytes);
    report.inputs.resize(d.count(8));
    for (auto& input : report.inputs)
        input = d.str();
    report.files.resize(d.count(64));
    for (FileReport& f : report.files) {
        f.path = d.str();
        f.kind = d.e<FileKind>();
        f.identity = d.str();
        f.logicalLog = d.str();
        const std::int64_t generation = d.i64();
        if (generation < std::numeric_limits<int>::min() || generation > std::numeric_limits<int>::max())
            d.fail();
        f.generation = static_cast<int>(generation);
        f.bytes = d.u64();
        f.storedBytes = d.u64();
        f.lines = d.u64();
        f.records = d.u64();
        f.skipped.resize(d.count(18));
        for (SkipGroup& g : f.skipped) {
            g.reason = d.e<SkipReason>();
            g.otherKind = d.e<FileKind>();
            g.count = d.u64();
            g.examples.resize(d.count(16));
            for (auto& example : g.examples)
                example = decodeExample(d);
        }
        f.foreignLines = d.u64();
        f.foreignExample = decodeExample(d);
        f.ignored = d.e<IgnoreReason>();
        f.ignoredDetail = d.str();
        f.wasGzip = d.flag();
        f.truncated = d.flag();
        f.first = d.i64();
        f.last = d.i64();
        f.seconds = d.f64();
        decodeVariants(d, f.variant.eras);
        decodeVariants(d, f.variant.wrappers);
        decodeVariants(d, f.variant.prefixes);
        decodeVariants(d, f.variant.fields);
        if (!d.ok())
            return false;
    }
    report.problems.resize(d.count(17));
    for (BundleProblem& p : report.problems) {
        p.path = d.str();
        p.issue = d.e<BundleIssue>();
        p.detail = d.str();
    }
    report.bytes = d.u64();
    report.lines = d.u64();
    report.seconds = d.f64();
    report.cancelled = d.flag();
    return d.ok() && d.atEnd();
}

bool decodeIdentities(std::string_view bytes, RecordTables& tables)
{
    Decoder d(bytes);
    const std::size_t count = d.count(25);
    for (std::size_t i = 0; i < count && d.ok(); ++i) {
        IdentityInfo info;
        info.display = d.str();
        info.group = d.str();
        info.id = d.str();
        info.role = d.e<IdentityRole>();
        // Display names are unique: a repeated one is not a file this build wrote.
        if (d.ok() && tables.identityIndex(info) != i)
            return false;
    }
    return d.ok() && d.atEnd();
}

bool decodeSnapshots(std::string_view bytes, RecordTables& t, std::size_t files)
{
    Decoder d(bytes);
    t.routeSnapshots.resize(d.count(24));
    for (RouteSnapshot& s : t.routeSnapshots) {
        s.identity = d.u32();
        s.file = d.u32();
        s.takenAt = d.i64();
        if (s.identity >= t.identities.size() || s.file >= files)
            return false;
        s.rows.resize(d.count(17 * 8 + 10));
        for (RouteEndpointRow& r : s.rows) {
            for (std::string* text :
                 {&r.route, &r.address, &r.availabilityZone, &r.protocol, &r.routeServiceUrl,
                  &r.isolationSegment, &r.privateInstanceId, &r.serverCertDomainSan,
                  &r.loadBalancingAlgorithm, &r.tagAppId, &r.tagAppName, &r.tagProcessInstanceId,
                  &r.tagInstanceIndex, &r.tagComponent, &r.tagProcessType, &r.tagSpaceName, &r.tagOrgName})
                *text = d.str();
            r.tls = d.e<Tri>();
            const std::int64_t ttl = d.i64();
            if (ttl < std::numeric_limits<int>::min() || ttl > std::numeric_limits<int>::max())
                return false;
            r.ttl = static_cast<int>(ttl);
            r.hasTags = d.flag();
        }
        if (!d.ok())
            return false;
    }
    t.lrpSnapshots.resize(d.count(20));
    for (LrpSnapshot& s : t.lrpSnapshots) {
        s.file = d.u32();
        s.takenAt = d.i64();
        if (s.file >= files)
            return false;
        s.rows.resize(d.count(12 * 8 + 34));
        for (LrpRow& r : s.rows) {
            for (std::string* text : {&r.processGuid, &r.domain, &r.instanceGuid, &r.cellId, &r.address,
                                      &r.instanceAddress, &r.preferredAddress, &r.state, &r.presence,
                                      &r.crashReason, &r.placementError, &r.availabilityZone})
                *text = d.str();
            const std::int64_t index = d.i64();
            const std::int64_t crashCount = d.i64();
            if (index < std::numeric_limits<int>::min() || index > std::numeric_limits<int>::max() ||
                crashCount < std::numeric_limits<int>::min() || crashCount > std::numeric_limits<int>::max())
                return false;
            r.index = static_cast<int>(index);
            r.crashCount = static_cast<int>(crashCount);
            r.since = d.i64();
            r.ports.resize(d.count(16));
            for (LrpPort& p : r.ports) {
                p.containerPort = d.u32();
                p.hostPort = d.u32();
                p.containerTlsProxyPort = d.u32();
                p.hostTlsProxyPort = d.u32();
            }
            r.routable = d.e<Tri>();
            r.evacuating = d.flag();
        }
        if (!d.ok())
            return false;
    }
    return d.ok() && d.atEnd();
}

FileStamp decodeStamp(Decoder& d)
{
    FileStamp s;
    s.size = d.u64();
    s.mtimeNs = d.i64();
    s.inode = d.u64();
    s.device = d.u64();
    return s;
}

bool decodeTexts(std::string_view bytes, Incident& incident)
{
    Decoder d(bytes);
    std::vector<std::string> inputs(d.count(8));
    for (std::string& input : inputs)
        input = d.str();
    const auto members = std::make_shared<BundleMembers>(std::move(inputs), BundleLimits{});
    const std::size_t count = d.count(1);
    if (!d.ok() || count != incident.report.files.size())
        return false;
    incident.fileText.resize(count);
    for (std::size_t i = 0; i < count && d.ok(); ++i) {
        const auto kind = static_cast<TextKind>(d.u8());
        switch (kind) {
        case TextKind::None:
            break;
        case TextKind::Plain: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            const FileStamp stamp = decodeStamp(d);
            incident.fileText[i] = std::make_shared<PlainFileText>(std::move(path), size, stamp);
            break;
        }
        case TextKind::Gzip: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            const FileStamp stamp = decodeStamp(d);
            incident.fileText[i] = std::make_shared<LazyGzipText>(std::move(path), size, stamp);
            break;
        }
        case TextKind::Member: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            const std::uint64_t sum = d.u64();
            members->want(path);
            incident.fileText[i] = std::make_shared<MemberText>(members, std::move(path), size, sum);
            break;
        }
        case TextKind::Detached: {
            std::string path = d.str();
            const std::uint64_t size = d.u64();
            incident.fileText[i] = std::make_shared<DetachedText>(std::move(path), size);
            break;
        }
        default:
            return false;
        }
    }
    return d.ok() && d.atEnd();
}

// ---- checking what the columns index -----------------------------------------------------------

class ColumnCheck {
public:
    ColumnCheck(const RecordTables& tables, std::size_t rows)
        : m_strings(tables.strings.size())
        , m_identities(tables.identities.size())
        , m_rows(rows)
    {}

    // Columns of 32-bit values that are not string ids.
    std::unordered_set<const void*> identityColumns, freeColumns, optionalColumns;
    std::string error;

    template <typename T> void operator()(const std::vector<T>& column)
    {
        if (!error.empty())
            return;
        if (column.size() != m_rows && !(column.empty() && optionalColumns.count(&column) != 0)) {
            error = "a column's length differs from its table's";
            return;
        }
        if constexpr (std::is_same_v<T, std::uint32_t>) {
            if (freeColumns.count(&column) != 0)
                return;
            const std::size_t limit = identityColumns.count(&column) != 0 ? m_identities : m_strings;
            for (const std::uint32_t id : column)
                if (id >= limit) {
                    error = identityColumns.count(&column) != 0 ? "an identity out of range"
                                                                : "a string id out of range";
                    return;
                }
        } else if constexpr (std::is_same_v<T, RequestId>) {
            for (const RequestId& id : column)
                if (id.isText() && id.lo >= m_strings) {
                    error = "a request id's string out of range";
                    return;
                }
        } else if constexpr (std::is_enum_v<T>) {
            for (const T value : column)
                if (!validEnum(value)) {
                    error = "a value beyond its enumeration";
                    return;
                }
        }
    }

private:
    std::size_t m_strings;
    std::size_t m_identities;
    std::size_t m_rows;
};

template <typename Table> std::size_t firstColumnSize(const Table& table)
{
    return std::get<0>(Table::columnsOf(table)).size();
}

template <typename Table>
bool readTable(Reader& r, Table& table, const RecordTables& tables, std::size_t files,
               const std::function<void(ColumnCheck&, const Table&)>& describe)
{
    std::apply([&](auto&... column) { (r.column(column), ...); }, Table::columnsOf(table));
    std::vector<std::uint64_t> ends;
    std::vector<FileIndex> runFiles;
    r.column(ends);
    r.column(runFiles);
    if (!r.ok())
        return false;
    const std::size_t rows = firstColumnSize(table);
    ColumnCheck check(tables, rows);
    describe(check, table);
    std::apply([&](const auto&... column) { (check(column), ...); }, Table::columnsOf(std::as_const(table)));
    if (!check.error.empty())
        return r.fail(check.error);
    // Runs: as many ends as files, strictly increasing, the last one the table's end.
    if (ends.size() != runFiles.size() || (rows > 0 && (ends.empty() || ends.back() != rows)) ||
        (rows == 0 && !ends.empty()))
        return r.fail("file runs do not cover the table");
    std::uint64_t previous = 0;
    for (std::size_t i = 0; i < ends.size(); ++i) {
        if (ends[i] <= previous || runFiles[i] >= files)
            return r.fail("a file run out of order or of no file");
        table.source.file.append(static_cast<std::size_t>(ends[i] - previous), runFiles[i]);
        previous = ends[i];
    }
    return true;
}

bool readStrings(Reader& r, StringPool& pool)
{
    std::vector<std::uint64_t> ends;
    std::string blob;
    if (!r.column(ends) || !r.next(blob))
        return false;
    if (ends.size() > std::numeric_limits<StringPool::Id>::max())
        return r.fail("too many strings");
    // Ids are dense and distinct: a repeated, misplaced empty or out-of-order string is rejected.
    if (!pool.assign(blob, ends))
        return r.fail("the strings are not a pool this build wrote (order, empty or repeated strings)");
    return true;
}

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
        readTable<RequestTable>(r, t.requests, t, files, [](ColumnCheck& c, const RequestTable& x) {
            c.identityColumns.insert(&x.identity);
            c.optionalColumns.insert(&x.uri);
        });
    if (r.ok())
        readTable<RouterEventTable>(r, t.events, t, files, [](ColumnCheck& c, const RouterEventTable& x) {
            c.identityColumns.insert(&x.identity);
        });
    if (r.ok())
        readTable<StderrTable>(r, t.stderrLines, t, files, [](ColumnCheck& c, const StderrTable& x) {
            c.identityColumns.insert(&x.identity);
        });
    if (r.ok())
        readTable<ContainerEventTable>(
            r, t.containers, t, files,
            [](ColumnCheck& c, const ContainerEventTable& x) { c.identityColumns.insert(&x.identity); });
    if (r.ok())
        readTable<LagerTable>(r, t.lager, t, files, [](ColumnCheck& c, const LagerTable& x) {
            c.identityColumns.insert(&x.identity);
        });
    if (r.ok())
        readTable<LbTable>(r, t.lb, t, files,
                           [](ColumnCheck& c, const LbTable& x) { c.identityColumns.insert(&x.identity); });
    if (r.ok())
        readTable<AppLogTable>(r, t.apps, t, files, [](ColumnCheck& c, const AppLogTable& x) {
            c.freeColumns.insert(&x.textAt);
            c.freeColumns.insert(&x.textEnd);
        });
    if (r.next(bytes) && !decodeSnapshots(bytes, t, files))
        r.fail("the snapshots do not decode or index nothing");
    if (r.next(bytes) && !decodeTexts(bytes, *incident))
        r.fail("the text sources do not decode");
    if (r.ok())
        r.atEnd();
    if (!r.ok()) {
        result.error = r.error();
        return result;
    }
    result.incident = std::move(incident);
    return result;
}

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
    Encoder e;
    encodeInfo(e, info, incident);
    w.section(e.bytes);
    e = {};
    encodeReport(e, incident.report);
    w.section(e.bytes);

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
    e = {};
    encodeIdentities(e, t.identities);
    w.section(e.bytes);
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
    e = {};
    encodeSnapshots(e, t);
    w.section(e.bytes);
    e = {};
    encodeTexts(e, incident);
    w.section(e.bytes);
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

IncidentFileResult IncidentFile::read(const std::string& path)
{
    const FileSource source(path);
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

IncidentFileResult IncidentFile::readInfo(const std::string& path)
{
    const FileSource source(path);
    if (!source.error().empty()) {
        IncidentFileResult result;
        result.error = source.error();
        return result;
    }
    return readFrom(source, true);
}

} // namespace rs::cache
