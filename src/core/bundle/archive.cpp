#include "core/bundle/archive.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <array>
#include <utility>

namespace rs::bundleio {

// The current entry's data. One object per archive, reset at each header.
class ArchiveDataStream final : public Stream {
public:
    ArchiveDataStream(struct archive* handle, Stream& input, SharedBytes memory, const Guard& guard,
                      bool decompresses)
        : m_handle(handle)
        , m_input(input)
        , m_memory(std::move(memory))
        , m_guard(guard)
        , m_decompresses(decompresses)
    {}

    void reset()
    {
        clearHalt();
        m_ended = false;
        m_offset = 0;
        m_gap = 0;
        m_stashed = {};
        m_produced = 0;
        m_consumedBefore = consumedNow();
        m_holes = 0;
        m_sparseData = 0;
    }

    std::string_view next() override;
    const SharedBytes* owner() const override { return m_memory ? &m_memory : nullptr; }

private:
    void fail(int code);
    std::uint64_t consumedNow() const
    {
        return static_cast<std::uint64_t>(std::max<la_int64_t>(archive_filter_bytes(m_handle, -1), 0));
    }
    bool insideMemory(std::string_view block) const { return m_memory && inside(m_memory->view(), block); }

    struct archive* m_handle;
    Stream& m_input;
    SharedBytes m_memory;
    Guard m_guard;
    bool m_decompresses; // libarchive inflates (zip, 7z, xz…): its output is judged by the ratio
    bool m_ended = false;
    std::uint64_t m_offset = 0; // bytes handed out for this entry
    std::uint64_t m_gap = 0;    // zeros still owed for a sparse hole
    std::string_view m_stashed; // block waiting behind the hole
    // The ratio is judged per entry: one bomb member of a zip is skipped and the members after it
    // are still read (a whole-archive ratio would stay above the limit for every later member).
    std::uint64_t m_produced = 0;       // inflated bytes of this entry
    std::uint64_t m_consumedBefore = 0; // compressed input consumed before this entry's data
    std::uint64_t m_holes = 0;          // zeros of sparse holes in this entry
    std::uint64_t m_sparseData = 0;     // bytes libarchive returned for this entry
};

namespace {

const std::array<char, 64 * 1024> kZeros{};
constexpr std::uint64_t kTarBlock = 512; // the header every member costs at least
// Compressed bytes kept mapped behind the reader's position: what it may still look back at.
constexpr std::uint64_t kReadBehind = 4u << 20;

la_ssize_t readCallback(struct archive*, void* client, const void** buffer)
{
    const std::string_view chunk = static_cast<Stream*>(client)->next();
    *buffer = chunk.data();
    return static_cast<la_ssize_t>(chunk.size());
}

// A filter libarchive implements only by running an external program reports ARCHIVE_WARN; such
// filters are never enabled (no processes for untrusted input).
bool filterBuiltIn(int (*enable)(struct archive*))
{
    struct archive* probe = archive_read_new();
    const bool builtIn = enable(probe) == ARCHIVE_OK;
    archive_read_free(probe);
    return builtIn;
}

int (*filterFor(Container kind))(struct archive*)
{
    switch (kind) {
    case Container::Bzip2:
        return archive_read_support_filter_bzip2;
    case Container::Xz:
        return archive_read_support_filter_xz;
    case Container::Zstd:
        return archive_read_support_filter_zstd;
    default:
        return nullptr;
    }
}

bool filterAvailable(Container kind)
{
    static const bool bzip2 = filterBuiltIn(archive_read_support_filter_bzip2);
    static const bool xz = filterBuiltIn(archive_read_support_filter_xz);
    static const bool zstd = filterBuiltIn(archive_read_support_filter_zstd);
    switch (kind) {
    case Container::Bzip2:
        return bzip2;
    case Container::Xz:
        return xz;
    case Container::Zstd:
        return zstd;
    default:
        return false;
    }
}

bool looksTruncated(const char* text)
{
    const std::string_view message = text != nullptr ? text : "";
    return message.find("runcated") != std::string_view::npos ||
           message.find("nexpected end") != std::string_view::npos ||
           message.find("remature end") != std::string_view::npos;
}

} // namespace

void ArchiveDataStream::fail(int code)
{
    m_ended = true;
    if (const auto& upstream = m_input.halt(); upstream && (m_input.haltUpstream() || endsRead(*upstream))) {
        // A limit or a cancellation upstream; the member only saw its effect.
        setHalt(*upstream, m_input.haltDetail(), true);
        return;
    }
    const char* text = archive_error_string(m_handle);
    std::string detail = text != nullptr ? text : "read error " + std::to_string(code);
    const bool truncated = looksTruncated(text) || m_input.halt() == BundleIssue::TruncatedGzip;
    setHalt(truncated ? BundleIssue::TruncatedArchive : BundleIssue::CorruptMember, std::move(detail));
}

std::string_view ArchiveDataStream::next()
{
    for (;;) {
        if (m_ended)
            return {};
        if (m_gap > 0) {
            const std::size_t count = static_cast<std::size_t>(std::min<std::uint64_t>(m_gap, kZeros.size()));
            m_gap -= count;
            m_offset += count;
            return {kZeros.data(), count};
        }
        if (!m_stashed.empty()) {
            const std::string_view block = std::exchange(m_stashed, {});
            m_offset += block.size();
            return block;
        }
        if (m_guard.cancelled()) {
            m_ended = true;
            setHalt(BundleIssue::Cancelled, "cancelled", true);
            return {};
        }
        const void* buffer = nullptr;
        std::size_t size = 0;
        la_int64_t offset = 0;
        const int code = archive_read_data_block(m_handle, &buffer, &size, &offset);
        if (code == ARCHIVE_EOF) {
            m_ended = true;
            return {};
        }
        if (code < ARCHIVE_WARN) {
            fail(code);
            return {};
        }
        if (code == ARCHIVE_WARN) {
            // e.g. a zip CRC mismatch: the data is all there but not trustworthy.
            const char* text = archive_error_string(m_handle);
            setHalt(BundleIssue::CorruptMember, text != nullptr ? text : "archive warning");
        }
        const std::string_view block(static_cast<const char*>(buffer), size);
        // Blocks inside the input buffer were stored, not decompressed; libarchive also counts them as
        // consumed only later, so they would look like an endless ratio.
        if (m_decompresses && !insideMemory(block)) {
            if (!m_guard.inflate(size)) {
                // The session reports it once and stops reading.
                m_ended = true;
                setHalt(BundleIssue::TotalTooLarge, "decompressing passes the total limit", true);
                return {};
            }
            m_produced += size;
            const std::uint64_t now = consumedNow();
            const std::uint64_t consumed = now > m_consumedBefore ? now - m_consumedBefore : 0;
            if (m_guard.ratioTooHigh(m_produced, consumed)) {
                m_ended = true;
                setHalt(BundleIssue::RatioTooHigh,
                        std::to_string(m_produced) + " bytes from " + std::to_string(consumed) +
                            " exceeds ratio " + std::to_string(static_cast<long long>(m_guard.maxRatio)));
                return {};
            }
        }
        if (m_decompresses && m_memory) {
            // What the archive's reader consumed is not read again (a zip's members follow one
            // another): a mapped input's pages behind it go back to the page cache, else a zip's
            // compressed bytes, read once, would stay resident to the end of the read.
            const std::uint64_t now = consumedNow();
            if (now > kReadBehind)
                m_memory->dropPagesBefore(static_cast<std::size_t>(now - kReadBehind));
        }
        m_sparseData += size;
        if (offset >= 0 && static_cast<std::uint64_t>(offset) > m_offset) {
            m_gap = static_cast<std::uint64_t>(offset) - m_offset;
            m_holes += m_gap;
            // A sparse member's holes cost no input: a few KB of tar can declare gigabytes of
            // zeros, which the ratio on decompressed bytes never sees. Judge them the same way.
            if (m_guard.ratioTooHigh(m_holes, m_sparseData + kTarBlock)) {
                m_ended = true;
                setHalt(BundleIssue::RatioTooHigh,
                        "sparse member: " + std::to_string(m_holes) + " bytes of holes around " +
                            std::to_string(m_sparseData) + " bytes of data exceeds ratio " +
                            std::to_string(static_cast<long long>(m_guard.maxRatio)));
                return {};
            }
            m_stashed = block;
            continue;
        }
        if (block.empty())
            continue;
        m_offset += block.size();
        return block;
    }
}

Archive::Archive(Stream& input, struct archive* handle, const Guard& guard, bool decompresses)
    : m_input(input)
    , m_handle(handle)
    , m_memory(input.whole())
    , m_data(std::make_unique<ArchiveDataStream>(handle, input, m_memory, guard, decompresses))
{}

Archive::~Archive()
{
    archive_read_free(m_handle);
}

std::unique_ptr<Archive> Archive::open(Stream& input, Container kind, const Guard& guard, std::string* error)
{
    struct archive* handle = archive_read_new();
    if (handle == nullptr) {
        *error = "libarchive: out of memory";
        return nullptr;
    }
    std::unique_ptr<Archive> archive(new Archive(input, handle, guard, kind != Container::Tar));
    archive->m_plainTar = kind == Container::Tar;
    switch (kind) {
    case Container::Tar:
        archive_read_support_format_tar(handle);
        break;
    case Container::Zip:
        archive_read_support_format_zip(handle);
        break;
    case Container::SevenZip:
        archive_read_support_format_7zip(handle);
        break;
    case Container::Bzip2:
    case Container::Xz:
    case Container::Zstd:
        if (!filterAvailable(kind)) {
            *error = "this libarchive cannot decompress it without an external program";
            return nullptr;
        }
        filterFor(kind)(handle);
        archive_read_support_format_tar(handle);
        archive_read_support_format_raw(handle);
        break;
    case Container::None:
    case Container::Gzip:
        *error = "not an archive libarchive should read";
        return nullptr;
    }
    int opened = ARCHIVE_FATAL;
    if (archive->m_memory) {
        const std::string_view bytes = archive->m_memory->view();
        opened = archive_read_open_memory(handle, bytes.data(), bytes.size());
    } else if (needsMemory(kind)) {
        *error = "archive needs random access";
        return nullptr;
    } else {
        opened = archive_read_open2(handle, &input, nullptr, readCallback, nullptr, nullptr);
    }
    if (opened != ARCHIVE_OK) {
        *error = archive->errorText();
        return nullptr;
    }
    return archive;
}

Archive::Next Archive::next(Header& header)
{
    m_data->reset();
    struct archive_entry* entry = nullptr;
    const int code = archive_read_next_header(m_handle, &entry);
    if (code == ARCHIVE_EOF)
        return Next::End;
    if (code == ARCHIVE_RETRY || code == ARCHIVE_FAILED)
        return Next::Damaged;
    if (code == ARCHIVE_FATAL || entry == nullptr)
        return Next::Fatal;
    header = Header{};
    if (const char* name = archive_entry_pathname(entry))
        header.rawName = name;
    else if (const char* utf8 = archive_entry_pathname_utf8(entry))
        header.rawName = utf8;
    if (const char* target = archive_entry_hardlink(entry)) {
        header.type = EntryType::Hardlink;
        header.linkTarget = target;
    } else {
        switch (archive_entry_filetype(entry)) {
        case AE_IFREG:
        case 0:
            header.type = EntryType::Regular;
            break;
        case AE_IFDIR:
            header.type = EntryType::Directory;
            break;
        case AE_IFLNK:
            header.type = EntryType::Symlink;
            if (const char* symlink = archive_entry_symlink(entry))
                header.linkTarget = symlink;
            break;
        default:
            header.type = EntryType::Special;
            break;
        }
    }
    if (archive_entry_size_is_set(entry) && archive_entry_size(entry) >= 0)
        header.size = static_cast<std::uint64_t>(archive_entry_size(entry));
    if (archive_entry_mtime_is_set(entry))
        header.mtime = archive_entry_mtime(entry);
    header.encrypted = archive_entry_is_encrypted(entry) != 0;
    // Right after the header, the tar reader has consumed its input up to the member's data (the
    // filter at 0 is the input itself: no decompression is enabled for a plain tar).
    if (m_plainTar && header.type == EntryType::Regular && archive_entry_sparse_count(entry) == 0 &&
        header.size) {
        const la_int64_t position = archive_filter_bytes(m_handle, 0);
        if (position >= 0)
            header.dataOffset = static_cast<std::uint64_t>(position);
    }
    return Next::Entry;
}

std::string Archive::errorText() const
{
    const char* text = archive_error_string(m_handle);
    return text != nullptr ? text : "unknown libarchive error";
}

bool Archive::errorIsTruncation() const
{
    return looksTruncated(archive_error_string(m_handle)) || m_input.halt() == BundleIssue::TruncatedGzip;
}

Stream& Archive::data()
{
    return *m_data;
}

bool Archive::isRaw() const
{
    return archive_format(m_handle) == ARCHIVE_FORMAT_RAW;
}

std::uint64_t Archive::consumed() const
{
    return static_cast<std::uint64_t>(std::max<la_int64_t>(archive_filter_bytes(m_handle, -1), 0));
}

} // namespace rs::bundleio
