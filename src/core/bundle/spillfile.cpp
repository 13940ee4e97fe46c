#include "core/bundle/spillfile.h"

#include "core/cache/incidentcache.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rs {
namespace {

// Bytes held in memory after a failed write are kept in blocks of this size: appending never moves
// what readers may be reading.
constexpr std::size_t kHeldBlock = 1u << 20;
constexpr std::size_t kReadChunk = 1u << 20;
constexpr int kNameAttempts = 16;

std::string errnoText(int error)
{
    return std::strerror(error);
}

// Opens `directory`, made private when missing; -1 (and why) unless it is a directory of this user
// that no one else may enter. Opened without following links, then examined through the descriptor:
// the directory that was checked is the one the file is made in.
int openPrivateDirectory(const std::string& directory, std::string& error)
{
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(directory).parent_path(), ec);
    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
        error = "cannot make " + directory + ": " + errnoText(errno);
        return -1;
    }
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = "cannot open " + directory + ": " + errnoText(errno);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) {
        ::close(fd);
        error = directory + " is not a directory of this user";
        return -1;
    }
    // Ours, but opened up since (a copied home, a careless tool): made private again before use.
    if ((st.st_mode & 077) != 0 && ::fchmod(fd, 0700) != 0) {
        error = "cannot make " + directory + " private: " + errnoText(errno);
        ::close(fd);
        return -1;
    }
    return fd;
}

// A file system without O_TMPFILE: a random name of our own (never one from the bundle), removed as
// soon as it is made.
int createUnlinked(int directory, std::string& error)
{
    std::random_device random;
    for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
        char name[32];
        std::snprintf(name, sizeof name, "spill-%08x%08x", random(), random());
        const int fd = ::openat(directory, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            error = errnoText(errno);
            return -1;
        }
        ::unlinkat(directory, name, 0);
        return fd;
    }
    error = "no free file name";
    return -1;
}

// A range of a spill file, mapped: its pages are the file's, read again from it once given back.
class SpillMapping final : public ByteBuffer {
public:
    SpillMapping(void* base, std::size_t mapped, std::size_t skip, std::size_t size)
        : m_base(static_cast<char*>(base))
        , m_mapped(mapped)
        , m_skip(skip)
        , m_size(size)
    {}
    ~SpillMapping() override { ::munmap(m_base, m_mapped); }
    SpillMapping(const SpillMapping&) = delete;
    SpillMapping& operator=(const SpillMapping&) = delete;

    std::string_view view() const override { return {m_base + m_skip, m_size}; }
    void dropPagesBefore(std::size_t end) const override
    {
        static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        end = (m_skip + std::min(end, m_size)) / page * page;
        if (end <= m_dropped)
            return;
        ::madvise(m_base + m_dropped, end - m_dropped, MADV_DONTNEED);
        m_dropped = end;
    }

private:
    char* m_base;
    std::size_t m_mapped;
    std::size_t m_skip; // from the page boundary the mapping starts at to the range
    std::size_t m_size;
    mutable std::size_t m_dropped = 0; // page-aligned, from m_base
};

// Does not keep the file: a stream left in a thread's read cursor (core/store/layeredtext.cpp) must
// not hold its descriptor and disk space once the texts reading from it are gone.
class SpillReadStream final : public bundleio::Stream {
public:
    SpillReadStream(std::weak_ptr<const SpillFile> file, std::uint64_t offset)
        : m_file(std::move(file))
        , m_offset(offset)
    {}

    std::string_view next() override
    {
        const std::shared_ptr<const SpillFile> file = m_file.lock();
        if (!file || !file->read(m_offset, kReadChunk, m_buffer)) {
            setHalt(BundleIssue::Unreadable, "spill file read error");
            return {};
        }
        m_offset += m_buffer.size();
        return m_buffer;
    }

private:
    std::weak_ptr<const SpillFile> m_file;
    std::uint64_t m_offset;
    std::string m_buffer;
};

} // namespace

std::shared_ptr<SpillFile> SpillFile::create(const std::string& directory, std::string& error)
{
    if (directory.empty()) {
        error = "no cache directory";
        return nullptr;
    }
    const int dir = openPrivateDirectory(directory, error);
    if (dir < 0)
        return nullptr;
    int fd = ::openat(dir, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL))
        fd = createUnlinked(dir, error);
    else if (fd < 0)
        error = errnoText(errno);
    ::close(dir);
    if (fd < 0) {
        error = "cannot make a file in " + directory + ": " + error;
        return nullptr;
    }
    return adopt(fd);
}

std::shared_ptr<SpillFile> SpillFile::adopt(int fd)
{
    return std::shared_ptr<SpillFile>(new SpillFile(fd));
}

SpillFile::SpillFile(int fd)
    : m_fd(fd)
{}

SpillFile::~SpillFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::uint64_t SpillFile::memoryBytes() const
{
    const std::uint64_t size = m_size.load(std::memory_order_acquire);
    // The writer moves m_onDisk first: it may be ahead of the size read just before.
    return size - std::min(m_onDisk.load(std::memory_order_acquire), size);
}

std::string SpillFile::writeError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool SpillFile::append(std::string_view bytes)
{
    if (m_failed.load(std::memory_order_relaxed)) {
        hold(bytes);
        return true; // said already
    }
    std::uint64_t onDisk = m_onDisk.load(std::memory_order_relaxed);
    while (!bytes.empty()) {
        const ssize_t wrote = ::pwrite(m_fd, bytes.data(), bytes.size(), static_cast<off_t>(onDisk));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0) {
            const int error = wrote < 0 ? errno : ENOSPC;
            {
                std::lock_guard lock(m_mutex);
                m_error = "writing at " + std::to_string(onDisk) + " bytes: " + errnoText(error);
            }
            m_failed.store(true, std::memory_order_release);
            hold(bytes);
            return false;
        }
        onDisk += static_cast<std::uint64_t>(wrote);
        bytes.remove_prefix(static_cast<std::size_t>(wrote));
        // Readers see the bytes only once they are in the file.
        m_onDisk.store(onDisk, std::memory_order_release);
        m_size.store(onDisk, std::memory_order_release);
    }
    return true;
}

void SpillFile::hold(std::string_view bytes)
{
    std::lock_guard lock(m_mutex);
    std::uint64_t size = m_size.load(std::memory_order_relaxed);
    while (!bytes.empty()) {
        if (m_held.empty() || m_held.back().size() == kHeldBlock) {
            m_held.emplace_back();
            m_held.back().reserve(kHeldBlock);
        }
        std::string& block = m_held.back();
        const std::size_t take = std::min(bytes.size(), kHeldBlock - block.size());
        block.append(bytes.substr(0, take));
        bytes.remove_prefix(take);
        size += take;
    }
    m_size.store(size, std::memory_order_release);
}

bool SpillFile::read(std::uint64_t offset, std::size_t length, std::string& out) const
{
    const std::uint64_t size = m_size.load(std::memory_order_acquire);
    const std::uint64_t onDisk = std::min(m_onDisk.load(std::memory_order_acquire), size);
    const std::uint64_t end = offset + std::min<std::uint64_t>(length, size - std::min(offset, size));
    out.clear();
    if (offset >= end)
        return true;
    out.resize(static_cast<std::size_t>(end - offset));
    std::size_t got = 0;
    while (offset + got < std::min(end, onDisk)) {
        const std::size_t want = static_cast<std::size_t>(std::min(end, onDisk) - offset - got);
        const ssize_t n = ::pread(m_fd, out.data() + got, want, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        got += static_cast<std::size_t>(n);
    }
    if (offset + got < end) {
        std::lock_guard lock(m_mutex);
        while (offset + got < end) {
            const std::uint64_t held = offset + got - onDisk;
            const std::string& block = m_held[static_cast<std::size_t>(held / kHeldBlock)];
            const std::size_t from = static_cast<std::size_t>(held % kHeldBlock);
            const std::size_t take = std::min<std::size_t>(block.size() - from, end - offset - got);
            std::memcpy(out.data() + got, block.data() + from, take);
            got += take;
        }
    }
    return true;
}

SharedBytes SpillFile::map(std::uint64_t offset, std::size_t length) const
{
    if (length == 0 || offset + length > std::min(m_onDisk.load(std::memory_order_acquire), size()))
        return nullptr;
    static const auto page = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
    const std::uint64_t from = offset / page * page;
    const auto skip = static_cast<std::size_t>(offset - from);
    void* base = ::mmap(nullptr, skip + length, PROT_READ, MAP_SHARED, m_fd, static_cast<off_t>(from));
    if (base == MAP_FAILED)
        return nullptr;
    return std::make_shared<SpillMapping>(base, skip + length, skip, length);
}

std::string defaultSpillDirectory()
{
    const std::string cache = cache::IncidentCache::defaultDirectory();
    return cache.empty() ? std::string() : cache + "/spill";
}

namespace bundleio {
StreamOpener spillOpener(std::shared_ptr<const SpillFile> file)
{
    return [file = std::weak_ptr<const SpillFile>(file)](std::uint64_t offset) {
        return std::make_unique<SpillReadStream>(file, offset);
    };
}
} // namespace bundleio

} // namespace rs
