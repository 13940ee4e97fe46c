#include "core/store/rawtext.h"

#include "core/bundle/gzipcheckpoints.h"
#include "core/store/gzipindex.h"
#include "core/store/textcursor.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rs {
namespace {

// What one miss reads: big enough that a scan of every row in file order costs a syscall (or an
// inflate step) per few thousand lines, small enough to stay in cache.
constexpr std::size_t kBlockBytes = 256u << 10;
constexpr std::size_t kScanBytes = 1u << 20;

std::atomic<std::uint64_t> g_nextId{1};

std::string_view lineIn(std::string_view bytes)
{
    bytes = bytes.substr(0, bytes.find('\n'));
    if (!bytes.empty() && bytes.back() == '\r')
        bytes.remove_suffix(1);
    return bytes.substr(0, RawText::kMaxLine);
}

std::int64_t mtimeNsOf(const struct stat& st)
{
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

FileStamp stampOf(const struct stat& st)
{
    return {static_cast<std::uint64_t>(st.st_size), mtimeNsOf(st), static_cast<std::uint64_t>(st.st_ino),
            static_cast<std::uint64_t>(st.st_dev)};
}

// Per thread, the last blocks read: a scan in file order hits them, and threads never wait for
// each other. Keyed by the source's id, not its address (a new source may reuse an address).
struct CachedBlock {
    std::uint64_t source = 0;
    std::shared_ptr<const void> block;
};
thread_local std::array<CachedBlock, 2> t_blocks;
thread_local std::size_t t_nextSlot = 0;

// Per thread, the inflate a gzip source's last read left off at.
struct GzipCursor {
    std::uint64_t source = 0;
    std::shared_ptr<const GzipTextIndex> pin; // what the inflate was resumed from
    TextCursor text;
};
thread_local GzipCursor t_gzip;

} // namespace

RawLine::RawLine(std::string text)
{
    auto owned = std::make_shared<const std::string>(std::move(text));
    m_text = *owned;
    m_pin = std::move(owned);
}

RawText::RawText(std::uint64_t size)
    : m_size(size)
    , m_id(g_nextId.fetch_add(1, std::memory_order_relaxed))
{}

RawText::~RawText() = default;

std::string RawText::problem() const
{
    std::lock_guard lock(m_problemMutex);
    return m_problem;
}

void RawText::fail(TextState state, std::string why) const
{
    std::lock_guard lock(m_problemMutex);
    if (m_state.load(std::memory_order_relaxed) != TextState::Available)
        return; // the first reason stays
    m_problem = std::move(why);
    m_state.store(state, std::memory_order_relaxed);
}

bool RawText::stillAsImported(const std::string& path, const FileStamp& stamp) const
{
    std::string error;
    const std::optional<FileStamp> now = FileStamp::of(path, &error);
    if (!now) {
        fail(TextState::Missing, path + ": " + error);
        return false;
    }
    if (!(*now == stamp)) {
        fail(TextState::Changed, path + ": changed since the import");
        return false;
    }
    return true;
}

std::shared_ptr<const RawText::Block> RawText::blockAt(std::uint64_t offset, const Block* before) const
{
    if (before == nullptr) {
        for (const CachedBlock& cached : t_blocks) {
            if (cached.source != m_id)
                continue;
            auto block = std::static_pointer_cast<const Block>(cached.block);
            if (offset >= block->offset && offset < block->offset + block->bytes.size())
                return block;
        }
    }
    auto block = std::make_shared<Block>();
    block->offset = offset;
    std::uint64_t from = offset;
    if (before != nullptr) {
        // The rest of `before`, then the text after it: a scan in file order reads on from where
        // the last read stopped (for gzip, without inflating again from a checkpoint).
        block->bytes.assign(std::string_view(before->bytes).substr(offset - before->offset));
        from = before->offset + before->bytes.size();
    }
    std::string more;
    if (from < m_size &&
        !fetch(from, static_cast<std::size_t>(std::min<std::uint64_t>(kBlockBytes, m_size - from)), more))
        return nullptr;
    block->bytes += more;
    if (block->bytes.empty())
        return nullptr;
    for (CachedBlock& cached : t_blocks)
        if (cached.source == m_id && cached.block.get() == before)
            cached = {};
    CachedBlock& slot = t_blocks[t_nextSlot];
    t_nextSlot = (t_nextSlot + 1) % t_blocks.size();
    slot = {m_id, block};
    return block;
}

RawLine RawText::line(std::uint64_t offset) const
{
    if (offset >= m_size || state() != TextState::Available)
        return {};
    std::shared_ptr<const Block> block = blockAt(offset);
    if (!block)
        return {};
    std::string_view rest = std::string_view(block->bytes).substr(offset - block->offset);
    const bool ended = rest.find('\n') != std::string_view::npos ||
                       block->offset + block->bytes.size() >= m_size || rest.size() >= kMaxLine;
    if (!ended && block->offset != offset) {
        // The line runs past the cached block: a block starting at the line holds it (mostly).
        block = blockAt(offset, block.get());

        if (!block)
            return {};
        rest = block->bytes;
    }
    if (rest.find('\n') == std::string_view::npos && block->offset + block->bytes.size() < m_size &&
        rest.size() < kMaxLine) {
        // Longer than a block: read it on its own.
        std::optional<std::string> whole = read(offset, kMaxLine + 1);
        if (!whole)
            return {};
        const std::size_t length = lineIn(*whole).size();
        whole->resize(length);
        return RawLine(std::move(*whole));
    }
    return RawLine(block, lineIn(rest));
}

std::optional<std::string> RawText::read(std::uint64_t offset, std::size_t length) const
{
    std::string out;
    if (offset >= m_size || length == 0)
        return out;
    length = static_cast<std::size_t>(std::min<std::uint64_t>(length, m_size - offset));
    if (state() != TextState::Available || !fetch(offset, length, out))
        return std::nullopt;
    return out;
}

bool RawText::scan(std::uint64_t from, std::uint64_t to,
                   const std::function<bool(std::string_view)>& chunk) const
{
    to = std::min(to, m_size);
    std::string buffer;
    while (from < to) {
        const auto length = static_cast<std::size_t>(std::min<std::uint64_t>(kScanBytes, to - from));
        if (state() != TextState::Available || !fetch(from, length, buffer) || buffer.empty())
            return false;
        from += buffer.size();
        if (!chunk(buffer))
            return true;
    }
    return true;
}

std::optional<std::uint64_t> RawText::newlines(std::uint64_t from, std::uint64_t to) const
{
    to = std::min(to, m_size);
    std::uint64_t count = 0;
    while (from < to) {
        if (state() != TextState::Available)
            return std::nullopt;
        const std::shared_ptr<const Block> block = blockAt(from);
        if (!block)
            return std::nullopt;
        const std::uint64_t end = std::min<std::uint64_t>(to, block->offset + block->bytes.size());
        const auto begin = block->bytes.begin() + static_cast<std::ptrdiff_t>(from - block->offset);
        count += static_cast<std::uint64_t>(
            std::count(begin, begin + static_cast<std::ptrdiff_t>(end - from), '\n'));
        from = end;
    }
    return count;
}

// ---- resident ------------------------------------------------------------------------------

ResidentText::ResidentText(SharedBytes bytes)
    : RawText(bytes ? bytes->size() : 0)
    , m_bytes(bytes ? std::move(bytes) : bytesFromString({}))
{}

RawLine ResidentText::line(std::uint64_t offset) const
{
    const std::string_view bytes = m_bytes->view();
    if (offset >= bytes.size())
        return {};
    return RawLine(m_bytes, lineIn(bytes.substr(static_cast<std::size_t>(offset))));
}

bool ResidentText::scan(std::uint64_t from, std::uint64_t to,
                        const std::function<bool(std::string_view)>& chunk) const
{
    const std::string_view bytes = m_bytes->view();
    to = std::min<std::uint64_t>(to, bytes.size());
    if (from < to)
        chunk(bytes.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)));
    return true;
}

std::optional<std::uint64_t> ResidentText::newlines(std::uint64_t from, std::uint64_t to) const
{
    const std::string_view bytes = m_bytes->view();
    to = std::min<std::uint64_t>(to, bytes.size());
    if (from >= to)
        return 0;
    const auto begin = bytes.begin() + static_cast<std::ptrdiff_t>(from);
    return static_cast<std::uint64_t>(
        std::count(begin, begin + static_cast<std::ptrdiff_t>(to - from), '\n'));
}

bool ResidentText::fetch(std::uint64_t offset, std::size_t length, std::string& out) const

{
    const std::string_view bytes = m_bytes->view();
    out.assign(bytes.substr(std::min<std::size_t>(static_cast<std::size_t>(offset), bytes.size()), length));
    return true;
}

// ---- loose files ---------------------------------------------------------------------------

std::optional<FileStamp> FileStamp::of(const std::string& path, std::string* error)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (error != nullptr)
            *error = std::strerror(errno);
        return std::nullopt;
    }
    return stampOf(st);
}

PlainFileText::PlainFileText(std::string path, std::uint64_t textSize, FileStamp stamp)
    : RawText(textSize)
    , m_path(std::move(path))
    , m_stamp(stamp)
{}

bool PlainFileText::fetch(std::uint64_t offset, std::size_t length, std::string& out) const
{
    // Opened per read, so that a file removed or replaced since is noticed, not read through an
    // old descriptor; a read is a block of many lines, so this costs little.
    const int fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail(errno == ENOENT ? TextState::Missing : TextState::Unreadable,
             m_path + ": " + std::strerror(errno));
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !(stampOf(st) == m_stamp)) {
        ::close(fd);
        fail(TextState::Changed, m_path + ": changed since the import");
        return false;
    }
    out.resize(length);
    std::size_t got = 0;
    while (got < length) {
        const ssize_t n = ::pread(fd, out.data() + got, length - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    const int readError = errno;
    ::close(fd);
    if (got < length && offset + got < size()) {
        fail(TextState::Unreadable, m_path + ": " + (got == 0 ? std::strerror(readError) : "read error"));
        return false;
    }
    out.resize(got);
    return true;
}

GzipFileText::GzipFileText(std::string path, std::shared_ptr<const GzipTextIndex> index)
    : RawText(index ? index->checkpoints.textSize() : 0)
    , m_path(std::move(path))
    , m_index(std::move(index))
{}

GzipFileText::~GzipFileText() = default;

std::size_t GzipFileText::memoryBytes() const
{
    return m_index ? m_index->bytes() : 0;
}

bool GzipFileText::fetch(std::uint64_t offset, std::size_t length, std::string& out) const
{
    if (!stillAsImported(m_path, m_index->stamp))
        return false;
    GzipCursor& cursor = t_gzip;
    // Continue this thread's last inflate when the text asked for lies a little ahead of it.
    constexpr std::uint64_t kAhead = 1u << 20;
    if (cursor.source != id() || !cursor.text.reaches(offset, kAhead)) {
        cursor = {};
        cursor.source = id();
        cursor.pin = m_index;
        cursor.text.restart(m_index->checkpoints.openText(bundleio::fileOpener(m_path), offset), offset);
    }
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length, size() - offset));
    std::string why;
    if (!cursor.text.read(offset, want, out, why)) {
        cursor = {};
        fail(TextState::Unreadable, m_path + ": " + why);
        return false;
    }
    return true;
}

} // namespace rs
