#pragma once

#include "core/bundle/bytestream.h"
#include "core/bundle/sniff.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

struct archive;

namespace rs::bundleio {

class ArchiveDataStream;

// One archive opened with libarchive, read-only and in memory: libarchive never touches the file
// system here (no extraction API is used at all). Gzip is never left to libarchive (ISA-L is faster);
// bzip2/xz/zstd are, but only when built in: libarchive would otherwise spawn external programs.
class Archive {
public:
    enum class EntryType : std::uint8_t { Regular, Directory, Symlink, Hardlink, Special };
    struct Header {
        std::string rawName; // bytes as stored
        EntryType type = EntryType::Regular;
        std::string linkTarget;
        std::optional<std::uint64_t> size;
        std::int64_t mtime = 0;
        bool encrypted = false;
        // A plain tar's member stored as one run of bytes (not sparse): where its data starts in the
        // archive's input, so that it can be read back from there (TextLayer::Slice).
        std::optional<std::uint64_t> dataOffset;
    };
    enum class Next : std::uint8_t { Entry, End, Damaged, Fatal };

    // Reads from memory when `input` is one buffer (required for zip and 7z), else streams from it.
    static std::unique_ptr<Archive> open(Stream& input, Container kind, const Guard& guard,
                                         std::string* error);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    Next next(Header& header);
    std::string errorText() const;
    // libarchive reports truncation only in its message text.
    bool errorIsTruncation() const;

    // Data of the entry returned by the last next(); valid until the following next().
    Stream& data();
    // Not an archive but one compressed stream (e.g. a .log.xz): its single entry has no real name.
    bool isRaw() const;
    bool fromMemory() const { return m_memory != nullptr; }
    // Bytes libarchive consumed from its input (compressed side); for progress and ratio.
    std::uint64_t consumed() const;
    Stream& input() { return m_input; }

private:
    Archive(Stream& input, struct archive* handle, const Guard& guard, bool decompresses);

    Stream& m_input;
    struct archive* m_handle;
    SharedBytes m_memory;
    std::unique_ptr<ArchiveDataStream> m_data;
    bool m_plainTar = false; // a tar read without any decompression filter
};

} // namespace rs::bundleio
