#pragma once

#include "core/bundle/archive.h"
#include "core/bundle/bundlereader.h"
#include "core/bundle/bytestream.h"
#include "core/bundle/linetally.h"
#include "core/bundle/sniff.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rs {
class SpillFile;
}

namespace rs::bundleio {

class GrowBuffer;
class GzipInflater;

// A file or member about to be read.
struct Node {
    std::string path;       // logical path
    std::string memberPath; // name in its container, or file system path
    std::uint64_t stored = 0;
    std::int64_t mtime = 0;
    std::optional<std::uint64_t> declaredSize; // content size announced before reading
    // A loose file as stat()ed when mapped (BundleEntry::loose); cleared for anything read out of it.
    std::optional<FileStamp> loose;
    // Where this node's bytes can be read back from (the top-level file and the layers leading to
    // them, core/store/layeredtext.h); null when they cannot (a member of a zip or of a bzip2/xz/zstd
    // tar, of a gzip held in memory, a sparse member…) until it is written to a spill file
    // (processSpilling), which it then starts from.
    std::shared_ptr<const TextOrigin> origin;

    // This node as the source of bytes that are neither the file's own nor readable back through
    // layers (decompressed by another filter, held in memory): no stamp, no origin.
    Node opaque() const
    {
        Node copy = *this;
        copy.loose.reset();
        copy.origin.reset();
        return copy;
    }
};

// State of one BundleReader::read()/readBytes() call: limits, counters, problems, progress.
// "123 bytes": sizes in the import report's details.
std::string bytesText(std::uint64_t bytes);

class ReadSession {
public:
    ReadSession(const BundleLimits& limits, const BundleReader::Sink& sink,
                std::vector<BundleProblem>& problems, const std::atomic<bool>* cancel,
                const BundleReader::Progress* progress);

    // Reads one top-level input whose bytes are in memory.
    void readTop(const Node& node, SharedBytes bytes);
    void beginProgress(std::uint64_t total);
    void skipTop(std::uint64_t size);
    void finishProgress();

    // True once cancelled (reported once).
    bool stopped();
    void report(std::string path, BundleIssue issue, std::string detail);
    // Counts an archive entry or a directory file; false (reported once) past maxMembers.
    bool countMember(const std::string& path);

    // Bytes inflated only to read through a compressed archive; false past maxTotalBytes.
    bool addStreamed(std::uint64_t bytes);
    void tick();
    const Guard& guard() const { return m_guard; }
    // Gzip members that are plain files go to the sink as soon as their first bytes are inflated,
    // and stored members read through a stream as soon as the archive hands their first bytes out,
    // as GrowingBytes the sink may parse while the rest is read (BundleReader::setStreamLeaves).
    void streamLeaves(bool on) { m_streamLeaves = on; }
    // Members whose bytes cannot be read back from the bundle are written to spill files made in
    // `directory` as they are read (core/bundle/spillfile.h); empty: they are held in memory.
    void spillTo(std::string directory) { m_spillDirectory = std::move(directory); }
    // BundleReader::setBeforeLeaf; null: none.
    void setBeforeLeaf(const std::function<void()>* beforeLeaf) { m_beforeLeaf = beforeLeaf; }
    const BundleLimits& limits() const { return m_limits; }

private:
    struct Collected {
        SharedBytes bytes;
        bool truncated = false;
    };

    void process(const Node& node, Stream& in, int depth);
    void processGzip(const Node& node, Stream& in, int depth);
    void processArchive(const Node& node, Stream& in, Container kind, int depth);
    // Reads entries after the first `done`; true when the archive must be reopened to go on.
    bool readEntries(const Node& node, Stream& in, Archive& archive, int depth, bool canResume,
                     std::size_t& done);
    void processMember(const Node& parent, Archive& archive, const Archive::Header& header, int depth);
    // A member without an origin: processed while its bytes are written to a spill file, which then
    // is its origin, so that what is inside it is streamed and read back like a loose file's members.
    // Processed as it is (held in memory) when no spill file can be had, which is reported once.
    void processSpilling(const Node& node, Stream& in, int depth);
    // A spill file no member is being written to (one is made when all are), or null.
    std::shared_ptr<SpillFile> takeSpill(const Node& node);
    void giveBackSpill(const std::shared_ptr<SpillFile>& file);
    // A zip or 7z member being written to a spill file (processSpilling): read to its end, then read
    // from a mapping of its range there instead of a copy in memory. False when it is not one such,
    // or its range is not all on disk (it is then read whole as any other).
    bool processSpilledArchive(const Node& node, Stream& in, Container kind, int depth);
    void processLeaf(const Node& node, Stream& in);
    std::optional<Collected> collect(const Node& node, Stream& in);
    std::string_view nextWithinMemberLimit(Stream& in, std::uint64_t size, bool& tooLarge) const;
    // A stored member read through a stream that can be read back through its origin: to the sink as
    // a GrowingBytes that grows as the archive hands its chunks out, so that it is parsed (and its
    // parsed pages given back) meanwhile instead of held whole. False when it could not be shared
    // (nothing read yet: collect() it instead).
    bool streamLeaf(const Node& node, Stream& in);
    // A streamed leaf's bytes are all there: counted as held and finished for its readers.
    void finishStreamed(GrowBuffer& buffer, bool truncated);
    // How inflating into a buffer ended: all asked for (or the stream's end), stopped by a limit or a
    // cancellation (reported), or stopped by the ratio limit (not reported yet: the caller may keep
    // the lines before it, see keepBeforeBomb).
    // TooLarge: the member limit, likewise left to the caller.
    enum class Inflated : std::uint8_t { Done, Stopped, RatioTooHigh, TooLarge };
    // `index`: checkpoints of a loose gzip file's text are taken into it on the way.
    // Where the member and bomb limits would cut a streamed member, counted as it is written: by the
    // time a limit stops it, readers may have parsed its first pieces and given their pages back.
    struct LimitCuts {
        LineTally beforeMemberLimit;
        LineTally beforeBomb;
    };
    Inflated inflateInto(const Node& node, GzipInflater& inflater, GrowBuffer& buffer, std::size_t want,
                         std::string* ratioDetail = nullptr, GzipTextIndex* index = nullptr,
                         LimitCuts* cuts = nullptr);
    // For a member the ratio limit stopped: how many leading bytes of what was inflated to keep
    // (its complete lines, within BundleLimits::maxBombPrefixBytes for the whole read), reported with
    // where it stopped; 0 when nothing is kept, reported as a plain RatioTooHigh.
    std::size_t keepBeforeBomb(const Node& node, std::string_view inflated, const std::string& detail);
    // The same with the complete lines counted as a streamed member was written (LineTally), within
    // bombAllowance().
    std::size_t keepBeforeBomb(const Node& node, const WholeLines& kept, const std::string& detail);
    // What is left of BundleLimits::maxBombPrefixBytes for the rest of the read.
    std::uint64_t bombAllowance() const;
    // For a member past BundleLimits::maxMemberBytes: its complete lines within the limit, reported
    // as MemberTooLarge with where it stopped; 0 (reported likewise) when not one line ends there.
    std::size_t keepBeforeMemberLimit(const Node& node, std::string_view read, std::uint64_t seen);
    std::size_t keepBeforeMemberLimit(const Node& node, const WholeLines& kept, std::uint64_t seen);
    bool checkSize(const Node& node, std::uint64_t size);
    bool checkTotal(const Node& node, std::uint64_t size);
    void reportInputHalt(const Node& node, const Stream& in);
    void deliver(const Node& node, SharedBytes bytes, bool wasGzip, bool truncated,
                 std::shared_ptr<GzipTextIndex> index = {});

    BundleEntry entryFor(const Node& node, std::uint64_t size, bool wasGzip, bool truncated) const;

    const BundleLimits& m_limits;
    const BundleReader::Sink& m_sink;
    std::vector<BundleProblem>& m_problems;
    Guard m_guard;
    const BundleReader::Progress* m_progress;

    std::uint64_t m_held = 0;       // bytes of delivered entries and live intermediate buffers
    std::uint64_t m_bombKept = 0;   // bytes kept from members the ratio limit stopped
    std::uint64_t m_streamed = 0;   // bytes any decompressor produced (Guard::inflated points here)
    bool m_exhaustReported = false; // m_streamed passed the total limit and that was said
    std::string m_reading;          // logical path of the member being read, for that report
    std::size_t m_members = 0;
    bool m_membersExhausted = false;
    bool m_cancelled = false;
    bool m_streamLeaves = false;
    const std::function<void()>* m_beforeLeaf = nullptr;
    std::string m_currentTop;

    std::uint64_t m_total = 0;
    std::uint64_t m_done = 0;
    std::uint64_t m_lastReported = 0;
    std::uint64_t m_step = 1;
    const MemoryStream* m_top = nullptr;
    const char* m_topData = nullptr; // where the top-level input's bytes start (a loose file: its mapping)

    const Archive* m_topArchive = nullptr;

    struct Spill {
        std::shared_ptr<SpillFile> file;
        bool writing = false; // a member is being written to it (members spilled inside it go elsewhere)
    };
    std::string m_spillDirectory;
    std::vector<Spill> m_spills;
    bool m_spillFailed = false; // said once; the members after it are held in memory
};

} // namespace rs::bundleio
