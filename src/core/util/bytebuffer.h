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
};

using SharedBytes = std::shared_ptr<const ByteBuffer>;

SharedBytes bytesFromString(std::string bytes);
SharedBytes bytesFromVector(std::vector<char> bytes);
// Maps a regular file read-only; on failure returns null and sets `error` to the OS reason.
SharedBytes mapFile(const std::string& path, std::string* error);

} // namespace rs
