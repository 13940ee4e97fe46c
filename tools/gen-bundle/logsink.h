#pragma once

#include "options.h"
#include "textbuf.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace rs::gen {

// One file of the bundle as the ground truth lists it.
struct FileRecord {
    std::string path; // logical path inside the bundle, '/'-separated, no leading "./"
    std::string kind; // FileKind id the importer should detect
    std::uint64_t lines = 0;
    std::uint64_t bytes = 0; // uncompressed
};

// Thread-safe collection of written files and byte counts.
class FileList {
public:
    void add(FileRecord record);
    std::vector<FileRecord> sorted() const;
    std::uint64_t rawBytes() const;

private:
    mutable std::mutex m_mutex;
    std::vector<FileRecord> m_records;
};

// One physical file, plain or gzip (zlib, header mtime 0, so output is reproducible).
class FileSink {
public:
    FileSink(const std::filesystem::path& path, bool gzip);
    ~FileSink();
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;
    void write(std::string_view data);
    void close();

private:
    struct Z;
    std::FILE* m_file = nullptr;
    std::unique_ptr<Z> m_z;
};

// A whole file written at once (captures, small logs).
void writeWholeFile(const std::filesystem::path& path, std::string_view data);

// A logical log split by time into rotated generations: name.N[.gz] (oldest = highest N)
// and the live file. Lines must arrive in non-decreasing time.
class RotatingLog {
public:
    RotatingLog(std::filesystem::path dir, std::string logicalDir, std::string name, std::string kind,
                std::vector<TimeNs> boundaries, bool gzipRotated, FileList& files);
    ~RotatingLog();
    RotatingLog(const RotatingLog&) = delete;
    RotatingLog& operator=(const RotatingLog&) = delete;

    // The buffer to append one line (with its '\n') for time t; call done() after.
    OutBuf& line(TimeNs t)
    {
        if (m_generation < m_boundaries.size() && t >= m_boundaries[m_generation])
            advanceTo(t);
        return m_buf;
    }
    void done()
    {
        ++m_lines;
        if (m_buf.size() >= kFlushBytes)
            flush();
    }
    void finish();

private:
    static constexpr std::size_t kFlushBytes = 4 << 20;
    void advanceTo(TimeNs t);
    void flush();
    void closeGeneration();
    std::string fileName(std::size_t generation) const;

    std::filesystem::path m_dir;
    std::string m_logicalDir, m_name, m_kind;
    std::vector<TimeNs> m_boundaries;
    bool m_gzip;
    FileList& m_files;
    std::size_t m_generation = 0;
    std::unique_ptr<FileSink> m_sink;
    OutBuf m_buf;
    std::uint64_t m_lines = 0, m_bytes = 0;
    bool m_finished = false;
};

} // namespace rs::gen
