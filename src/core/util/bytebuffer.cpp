#include "core/util/bytebuffer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rs {
namespace {

class StringBuffer final : public ByteBuffer {
public:
    explicit StringBuffer(std::string bytes)
        : m_bytes(std::move(bytes))
    {}
    std::string_view view() const override { return m_bytes; }

private:
    std::string m_bytes;
};

class VectorBuffer final : public ByteBuffer {
public:
    explicit VectorBuffer(std::vector<char> bytes)
        : m_bytes(std::move(bytes))
    {}
    std::string_view view() const override { return {m_bytes.data(), m_bytes.size()}; }

private:
    std::vector<char> m_bytes;
};

class MappedBuffer final : public ByteBuffer {
public:
    MappedBuffer(void* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}
    ~MappedBuffer() override
    {
        if (m_data != nullptr)
            ::munmap(m_data, m_size);
    }
    MappedBuffer(const MappedBuffer&) = delete;
    MappedBuffer& operator=(const MappedBuffer&) = delete;
    std::string_view view() const override { return {static_cast<const char*>(m_data), m_size}; }
    void dropPagesBefore(std::size_t end) const override
    {
        static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        end = std::min(end, m_size) / page * page;
        if (end <= m_dropped)
            return;
        ::madvise(static_cast<char*>(m_data) + m_dropped, end - m_dropped, MADV_DONTNEED);
        m_dropped = end;
    }

private:
    void* m_data;
    std::size_t m_size;
    mutable std::size_t m_dropped = 0; // page-aligned
};

} // namespace

SharedBytes bytesFromString(std::string bytes)
{
    return std::make_shared<StringBuffer>(std::move(bytes));
}

SharedBytes bytesFromVector(std::vector<char> bytes)
{
    return std::make_shared<VectorBuffer>(std::move(bytes));
}

SharedBytes mapFile(const std::string& path, std::string* error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (error != nullptr)
            *error = std::strerror(errno);
        return nullptr;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (error != nullptr)
            *error = S_ISREG(st.st_mode) ? std::strerror(errno) : "not a regular file";
        ::close(fd);
        return nullptr;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size == 0) {
        ::close(fd);
        return bytesFromString({});
    }
    void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    const int mapErrno = errno;
    ::close(fd);
    if (data == MAP_FAILED) {
        if (error != nullptr)
            *error = std::strerror(mapErrno);
        return nullptr;
    }
    ::madvise(data, size, MADV_SEQUENTIAL);
    ::madvise(data, size, MADV_WILLNEED);
    return std::make_shared<MappedBuffer>(data, size);
}

} // namespace rs
