#pragma once

#include "core/store/rawtext.h"
#include "core/util/bytebuffer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

struct GzipTextIndex;
struct TextOrigin;

// Why (part of) a bundle could not be read as it was. Archive members are only ever read into
// memory; nothing is extracted, so an unsafe name is a reporting matter, not a hazard.
enum class BundleIssue : std::uint8_t {
    Unreadable,          // input missing, not listable, or not mappable (OS text in detail)
    TruncatedGzip,       // gzip stream ends early; the inflated prefix is kept
    CorruptGzip,         // invalid deflate data or checksum, or trailing garbage after the last member
    TruncatedArchive,    // archive (or one member of it) ends early
    CorruptMember,       // damaged archive header or member data; the other members are kept
    UnsafePath,          // ".." or absolute member name: read anyway, in memory, name shown sanitised
    LinkMember,          // symbolic or hard link (archive member or directory entry): skipped
    SpecialMember,       // device, fifo, socket: skipped
    InvalidNameEncoding, // name is not UTF-8; shown with \xNN escapes
    NestingTooDeep,      // archive inside archive beyond BundleLimits::maxDepth: not opened
    MemberTooLarge,      // member larger than BundleLimits::maxMemberBytes: skipped
    TotalTooLarge,       // reading it would exceed BundleLimits::maxTotalBytes: skipped / stopped
    RatioTooHigh,        // decompression ratio beyond BundleLimits::maxRatio: skipped / stopped
    // Same, for a member whose lines inflated before the ratio stopped it are kept (detail: where it
    // stopped, uncompressed offset and line); the rest of that member is not read.
    RatioTooHighPrefixKept,
    TooManyMembers,  // more than BundleLimits::maxMembers: reading stopped there
    EncryptedMember, // encrypted archive member: skipped
    Cancelled,       // the cancel flag was raised; reading stopped
    // Found once every file is parsed (core/import/consistencychecks.h); nothing is lost.
    DuplicateFile,   // same content as another file (detail names it): its records are imported once
    OutOfOrderLines, // lines dated well before a line above them (records kept)
    FarTimestamps,   // records dated far outside the bundle's span (kept, left out of the span)
    ClockSkew,       // a router's clock is off compared with the other routers (path names the router)
    // A member that cannot be read back from the bundle could not be written to a spill file (no
    // cache directory, disk full: detail says why): it and the members after it are held in memory.
    SpillFailed,
};

// Stable identifiers for JSON, CSV and tests; never translated.
std::string_view bundleIssueId(BundleIssue issue);

struct BundleProblem {
    std::string path; // logical path of the member or container concerned
    BundleIssue issue = BundleIssue::Unreadable;
    std::string detail; // libarchive/OS text, the limit value, the original name, …
};

struct BundleEntry {
    // Logical path: archives separated by '/', e.g.
    // "cf-20231005.tgz/router.d60e75ac-….2023-05-05-18-05-52.tgz/gorouter/access.log.2.gz".
    // "./" components dropped, ".." replaced by "_", valid UTF-8 (invalid bytes as \xNN).
    std::string path;
    // Name inside the innermost container as stored (escaped to valid UTF-8, not sanitised: for
    // display only), or the file system path for loose files (raw bytes, usable to reopen).
    std::string memberPath;
    SharedBytes bytes;             // full content, gzip already inflated, never an archive itself
    std::uint64_t storedBytes = 0; // size before inflation (what the member occupied)
    std::int64_t mtime = 0;        // seconds since the epoch (archive header / file system); 0 unknown
    bool wasGzip = false;
    // Content is the readable prefix of a truncated/corrupt gzip or member (a problem was reported too).
    // Entries already streamed out of a .tgz whose checksum fails only at its end are not marked: the
    // CorruptGzip problem names that container instead.
    bool truncated = false;
    // Set for a loose plain file read as it is (memberPath is its file system path and the bytes'
    // offsets are the file's): what the file was when read, so that the importer can let go of the
    // bytes once parsed and read raw lines back from the file (PlainFileText).
    std::optional<FileStamp> loose;
    // For a loose .gz file of text, or a gzip member with an origin: checkpoints into its text, taken
    // while it is inflated; complete (core/store/gzipindex.h) once it inflated to its end cleanly, before its
    // bytes are finished.
    std::shared_ptr<GzipTextIndex> gzipIndex;
    // For an archive member read in full from a plain tar, or from a member written to a spill file
    // (BundleReader::setSpillDirectory): where its stored bytes (the text, or for wasGzip the
    // compressed bytes, inflated through gzipIndex) can be read back from
    // (core/store/layeredtext.h), so that the importer can let go of the bytes once parsed.
    std::shared_ptr<const TextOrigin> origin;
};

struct BundleLimits {
    // Bounds every byte a decompressor produces plus every byte handed to the sink.
    std::uint64_t maxTotalBytes = 64ull << 30;
    std::uint64_t maxMemberBytes = 8ull << 30;
    // One deflate layer tops out near 1032:1; Gorouter logs compress 5-20:1. 500:1 past 64 MiB
    // is a bomb, not a log.
    double maxRatio = 500.0; // inflated/compressed of one stream, checked once inflated > 64 MiB
    // A stream stopped by the ratio keeps the complete lines inflated before it was stopped (a bomb
    // appended to a real log keeps the log), up to this many bytes for all such streams together, so
    // that a zip of bombs of text holds a bounded amount; past it, a bomb is dropped whole.
    std::uint64_t maxBombPrefixBytes = 256ull << 20;
    std::size_t maxMembers = 200000; // archive entries and directory files, all inputs together
    int maxDepth = 12;               // archives inside archives (a top-level archive's members are depth 1)
};

class BundleReader {
public:
    explicit BundleReader(BundleLimits limits = {});

    using Sink = std::function<void(BundleEntry&&)>;
    using Progress = std::function<void(std::uint64_t consumed, std::uint64_t total)>;

    // Reads every input: a directory (walked recursively, links not followed, sorted by name), a
    // plain file, an archive (tar, tgz, zip, tar.bz2/xz/zst, 7z), a .gz, in any nesting. The kind of
    // container is decided by magic bytes, never by name. Leaves go to `sink` in input order, then
    // member order. Problems are appended; a problem in one member never stops the others.
    // `progress` reports bytes of the top-level inputs (total = their sizes), at most every ~1% or
    // 64 MiB. A top-level input that is a symlink is followed: the user named it.
    void read(const std::vector<std::string>& inputs, const Sink& sink, std::vector<BundleProblem>& problems,
              const std::atomic<bool>* cancel = nullptr, const Progress& progress = {});

    // Same for bytes already in memory (the embedded sample incident); `name` is its logical path.
    void readBytes(const std::string& name, SharedBytes bytes, const Sink& sink,
                   std::vector<BundleProblem>& problems, const std::atomic<bool>* cancel = nullptr);

    const BundleLimits& limits() const { return m_limits; }
    // A gzip member that is a plain file reaches the sink when its first bytes are inflated, its
    // bytes a GrowingBytes (core/bundle/gzipstream.h) that grows while the rest is inflated; so does
    // a stored member of an archive read through a stream (a tar inside a .tgz) whose bytes can be
    // read back from the file (BundleEntry::origin), as the archive hands them out. The sink sees it
    // finished, or abandoned when a limit or cancellation stopped it (problems say why).
    // Off by default: then every entry is complete when the sink sees it.
    void setStreamLeaves(bool on) { m_streamLeaves = on; }
    // Called on the reader's thread before the bytes of each file (a leaf, plain or gzip) are read,
    // and every few MiB while a streamed one is read (setStreamLeaves); it may block to let the
    // sink's consumers catch up with what they were handed, so that read-ahead stays bounded.
    void setBeforeLeaf(std::function<void()> beforeLeaf) { m_beforeLeaf = std::move(beforeLeaf); }
    // read() writes the members whose bytes cannot be read back from the inputs (a zip's entries, a
    // .tar.bz2's members: no origin) to nameless spill files made in `directory` as they are read,
    // and gives them and what is inside them an origin there (core/bundle/spillfile.h), so that a
    // zip of bosh tarballs is streamed and read back like the tarballs themselves. Empty: they are
    // held in memory. By default the incident cache's (defaultSpillDirectory()); readBytes() never
    // spills (its input is in memory already).
    void setSpillDirectory(std::string directory) { m_spillDirectory = std::move(directory); }
    const std::string& spillDirectory() const { return m_spillDirectory; }

private:
    BundleLimits m_limits;
    std::string m_spillDirectory;
    bool m_streamLeaves = false;
    std::function<void()> m_beforeLeaf;
};

} // namespace rs
