#include "core/cache/filedigest.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <isa-l/crc64.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rs::cache {
namespace {

constexpr std::size_t kHashedEnd = 1u << 20; // of each file: its first and last MiB

} // namespace

std::optional<FileDigest> digestFile(const std::string& path, std::string* error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        if (error != nullptr)
            *error = path + ": " + std::strerror(errno);
        if (fd >= 0)
            ::close(fd);
        return std::nullopt;
    }
    FileDigest digest;
    digest.size = static_cast<std::uint64_t>(st.st_size);
    digest.mtimeNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    digest.inode = st.st_ino;
    std::string buffer;
    const auto hashAt = [&](std::uint64_t offset, std::size_t length) -> std::optional<std::uint64_t> {
        buffer.resize(length);
        std::size_t got = 0;
        while (got < length) {
            const ssize_t n =
                ::pread(fd, buffer.data() + got, length - got, static_cast<off_t>(offset + got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += static_cast<std::size_t>(n);
        }
        if (got != length)
            return std::nullopt;
        return crc64_ecma_refl(0, reinterpret_cast<const unsigned char*>(buffer.data()), length);
    };
    const std::size_t head = static_cast<std::size_t>(std::min<std::uint64_t>(digest.size, kHashedEnd));
    const auto first = hashAt(0, head);
    const auto last = digest.size > kHashedEnd ? hashAt(digest.size - kHashedEnd, kHashedEnd) : first;
    ::close(fd);
    if (!first || !last) {
        if (error != nullptr)
            *error = path + ": read error";
        return std::nullopt;
    }
    digest.head = *first;
    digest.tail = *last;
    return digest;
}

} // namespace rs::cache
