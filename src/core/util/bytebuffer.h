#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// Immutable bytes of one input file: memory-mapped when it is a plain file on disk, otherwise
// owned on the heap (archive members, inflated gzip, embedded resources). Records keep
// offsets into these bytes so that raw lines and long texts never need copying.
class ByteBuffer {
public:
    virtual ~ByteBuffer() = default;
    virtual std::string_view view() const = 0;
    std::size_t size() const { return view().size(); }
    // Lets the system take back the pages of [0, end) that were read: a mapped file's pages are
    // read from the file again should they be touched again. No effect on bytes held in memory.
    // Counted in the process's resident set otherwise, a bundle's compressed bytes read once would
    // stay there to the end of the import.
    virtual void dropPagesBefore(std::size_t end) const { (void)end; }
};

using SharedBytes = std::shared_ptr<const ByteBuffer>;

SharedBytes bytesFromString(std::string bytes);
SharedBytes bytesFromVector(std::vector<char> bytes);
// Maps a regular file read-only; on failure returns null and sets `error` to the OS reason.
SharedBytes mapFile(const std::string& path, std::string* error);

} // namespace rs
