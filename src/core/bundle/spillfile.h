#pragma once

#include "core/bundle/gzipcheckpoints.h"
#include "core/util/bytebuffer.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// Bytes of archive members that cannot be read back from the bundle (a zip entry, a member of a
// .tar.bz2 or .tar.xz: issue 15), written here as they are read, so that whatever lies in them (a
// .tgz's members, a log) is read back from this file through its layers like a loose file's
// members instead of being held in memory. The file has no name (O_TMPFILE, or unlinked as soon as
// it is made): nothing is left behind, even after a crash, and it goes when the last text reading
// from it does. Members follow one another in it (TextLayer::Slice of each).
//
// A write that fails (disk full, quota) loses nothing: that member's bytes from there on, and
// anything appended later, are held in memory instead and read back from there.
// One thread appends; any thread reads, also while the writer goes on.
class SpillFile {
public:
    // A new spill file in `directory`, which is made private (0700) when missing and must be a
    // directory of this user that no one else may enter; null (and why in `error`) otherwise.
    static std::shared_ptr<SpillFile> create(const std::string& directory, std::string& error);
    // Over a descriptor opened for reading and writing, which it then owns (tests: /dev/full).
    static std::shared_ptr<SpillFile> adopt(int fd);
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;

    // Appends `bytes`; false when they (or some of them) could not be written to the file and are
    // held in memory instead: the first time, writeError() says why.
    bool append(std::string_view bytes);
    std::uint64_t size() const { return m_size.load(std::memory_order_acquire); }
    // Bytes held in memory after a failed write.
    std::uint64_t memoryBytes() const;
    bool writeFailed() const { return m_failed.load(std::memory_order_acquire); }
    std::string writeError() const;

    // Up to `length` bytes at `offset` into `out` (fewer at the end); false on a read error.
    bool read(std::uint64_t offset, std::size_t length, std::string& out) const;
    // [offset, offset + length) mapped read-only (its pages given back behind a reader, like a mapped
    // input's), or null when it is not all on disk or cannot be mapped.
    SharedBytes map(std::uint64_t offset, std::size_t length) const;

private:
    explicit SpillFile(int fd);
    void hold(std::string_view bytes);

    int m_fd;
    std::atomic<std::uint64_t> m_size{0};
    std::atomic<std::uint64_t> m_onDisk{0}; // [0, m_onDisk) is in the file, the rest in m_held
    std::atomic<bool> m_failed{false};
    mutable std::mutex m_mutex; // m_held, m_error
    std::vector<std::string> m_held;
    std::string m_error;
};

// Where spill files are made: "spill" in the incident cache's directory
// (cache::IncidentCache::defaultDirectory()); empty when there is none.
std::string defaultSpillDirectory();

namespace bundleio {
// Reads `file` from an offset on, like fileOpener() reads a file, without keeping it open: the texts
// reading from it do (a stream left in a thread's read cursor must not hold its disk space).
StreamOpener spillOpener(std::shared_ptr<const SpillFile> file);
} // namespace bundleio

} // namespace rs
