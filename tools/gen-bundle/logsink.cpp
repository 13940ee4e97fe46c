#include "logsink.h"

#include <algorithm>
#include <stdexcept>
#include <zlib.h>

namespace rs::gen {

void FileList::add(FileRecord record)
{
    std::lock_guard lock(m_mutex);
    m_records.push_back(std::move(record));
}

std::vector<FileRecord> FileList::sorted() const
{
    std::lock_guard lock(m_mutex);
    std::vector<FileRecord> out = m_records;
    std::sort(out.begin(), out.end(),
              [](const FileRecord& a, const FileRecord& b) { return a.path < b.path; });
    return out;
}

std::uint64_t FileList::rawBytes() const
{
    std::lock_guard lock(m_mutex);
    std::uint64_t total = 0;
    for (const FileRecord& r : m_records)
        total += r.bytes;
    return total;
}

struct FileSink::Z {
    z_stream stream{};
    std::vector<unsigned char> out = std::vector<unsigned char>(1 << 18);
};

FileSink::FileSink(const std::filesystem::path& path, bool gzip)
{
    m_file = std::fopen(path.c_str(), "wb");
    if (!m_file)
        throw std::runtime_error("cannot write " + path.string());
    if (gzip) {
        m_z = std::make_unique<Z>();
        // windowBits 15 + 16: gzip wrapper; zlib writes mtime 0 and no file name.
        if (deflateInit2(&m_z->stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            throw std::runtime_error("deflateInit2 failed");
    }
}

FileSink::~FileSink()
{
    close();
}

void FileSink::write(std::string_view data)
{
    if (!m_z) {
        if (!data.empty() && std::fwrite(data.data(), 1, data.size(), m_file) != data.size())
            throw std::runtime_error("write failed");
        return;
    }
    z_stream& z = m_z->stream;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    while (z.avail_in > 0) {
        z.next_out = m_z->out.data();
        z.avail_out = static_cast<uInt>(m_z->out.size());
        deflate(&z, Z_NO_FLUSH);
        std::fwrite(m_z->out.data(), 1, m_z->out.size() - z.avail_out, m_file);
    }
}

void FileSink::close()
{
    if (!m_file)
        return;
    if (m_z) {
        z_stream& z = m_z->stream;
        z.avail_in = 0;
        int rc = Z_OK;
        do {
            z.next_out = m_z->out.data();
            z.avail_out = static_cast<uInt>(m_z->out.size());
            rc = deflate(&z, Z_FINISH);
            std::fwrite(m_z->out.data(), 1, m_z->out.size() - z.avail_out, m_file);
        } while (rc == Z_OK);
        deflateEnd(&z);
        m_z.reset();
    }
    std::fclose(m_file);
    m_file = nullptr;
}

void writeWholeFile(const std::filesystem::path& path, std::string_view data)
{
    FileSink sink(path, false);
    sink.write(data);
    sink.close();
}

RotatingLog::RotatingLog(std::filesystem::path dir, std::string logicalDir, std::string name,
                         std::string kind, std::vector<TimeNs> boundaries, bool gzipRotated, FileList& files)
    : m_dir(std::move(dir))
    , m_logicalDir(std::move(logicalDir))
    , m_name(std::move(name))
    , m_kind(std::move(kind))
    , m_boundaries(std::move(boundaries))
    , m_gzip(gzipRotated)
    , m_files(files)
    , m_buf(kFlushBytes + (1 << 16))
{}

RotatingLog::~RotatingLog()
{
    if (!m_finished) {
        try {
            finish();
        } catch (...) {
        }
    }
}

std::string RotatingLog::fileName(std::size_t generation) const
{
    const std::size_t n = m_boundaries.size() - generation;
    if (n == 0)
        return m_name;
    return m_name + "." + std::to_string(n) + (m_gzip ? ".gz" : "");
}

void RotatingLog::flush()
{
    if (!m_sink) {
        const bool gz = m_gzip && m_generation < m_boundaries.size();
        m_sink = std::make_unique<FileSink>(m_dir / fileName(m_generation), gz);
    }
    m_sink->write(m_buf.view());
    m_bytes += m_buf.size();
    m_buf.clear();
}

void RotatingLog::closeGeneration()
{
    flush();
    m_sink->close();
    m_sink.reset();
    const std::string logical =
        m_logicalDir.empty() ? fileName(m_generation) : m_logicalDir + "/" + fileName(m_generation);
    m_files.add({logical, m_kind, m_lines, m_bytes});
    m_lines = 0;
    m_bytes = 0;
}

void RotatingLog::advanceTo(TimeNs t)
{
    while (m_generation < m_boundaries.size() && t >= m_boundaries[m_generation]) {
        closeGeneration();
        ++m_generation;
    }
}

void RotatingLog::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    while (m_generation < m_boundaries.size()) {
        closeGeneration();
        ++m_generation;
    }
    closeGeneration();
}

} // namespace rs::gen
