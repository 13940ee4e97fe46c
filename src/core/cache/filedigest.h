#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace rs::cache {

// What tells a file's content apart without reading all of it: its size and a CRC-64 of its first
// and last MiB. The cache keys use it (with the modification time and inode, which say the file was
// not touched), and saved cases use size and CRCs alone to recognise a file moved to another place
// or machine.
struct FileDigest {
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::uint64_t inode = 0;
    std::uint64_t head = 0; // CRC-64 of the first MiB (the whole file when smaller)
    std::uint64_t tail = 0; // CRC-64 of the last MiB (head when the file is no larger)

    // The same bytes as far as the digest can tell, wherever and whenever the file was written.
    bool sameContent(const FileDigest& other) const
    {
        return size == other.size && head == other.head && tail == other.tail;
    }
};

// The digest of a regular file; nothing (and why, naming the path, in `error`) when it cannot be
// read.
std::optional<FileDigest> digestFile(const std::string& path, std::string* error = nullptr);

} // namespace rs::cache
