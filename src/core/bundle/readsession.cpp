#include "core/bundle/readsession.h"

#include "core/bundle/growbuffer.h"
#include "core/bundle/gzipinflater.h"
#include "core/bundle/pathname.h"
#include "core/store/gzipindex.h"
#include "core/store/layeredtext.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace rs::bundleio {
namespace {

constexpr std::size_t kInflateStep = 4u << 20; // limits and cancellation are checked this often
constexpr std::size_t kStreamChunk = 1u << 20; // inflated tar handed to libarchive per call
constexpr int kMaxDamagedHeaders = 1 << 20;    // consecutive unreadable tar blocks before giving up
constexpr std::uint64_t kProgressMaxStep = 64ull << 20;
constexpr int kMaxReopens = 64; // zip re-reads after damaged members

} // namespace

// The inflated bytes of a .tgz, handed to libarchive chunk by chunk: the tar never exists as a whole.
class InflateStream final : public Stream {
public:
    // `points`: checkpoints into the tar are taken on the way, for reading its members back.
    InflateStream(GzipInflater& inflater, std::string_view prefix, ReadSession& session,
                  GzipCheckpoints* points)
        : m_inflater(inflater)
        , m_prefix(prefix)
        , m_session(session)
        , m_points(points)
        , m_chunk(std::make_unique<char[]>(kStreamChunk))
    {}

    std::string_view next() override
    {
        if (!m_prefixDone) {
            m_prefixDone = true;
            if (!m_prefix.empty())
                return m_prefix;
        }
        if (m_ended)
            return {};
        if (m_session.guard().cancelled())
            return end(BundleIssue::Cancelled, "cancelled", true);
        const std::size_t made = m_inflater.read(m_chunk.get(), kStreamChunk);
        m_session.tick();
        if (made > 0 && m_points != nullptr)
            m_points->offer(m_inflater, GzipTextIndex::kArchiveSpacing);
        if (made == 0) {
            m_ended = true;
            Stream& input = m_inflater.input();
            if (input.halt() && (input.haltUpstream() || endsRead(*input.halt())))
                setHalt(*input.halt(), input.haltDetail(), true);
            else if (m_inflater.state() == GzipInflater::State::Truncated)
                setHalt(BundleIssue::TruncatedGzip, m_inflater.error());
            else if (m_inflater.state() == GzipInflater::State::Corrupt)
                setHalt(BundleIssue::CorruptGzip, m_inflater.error());
            return {};
        }
        if (!m_session.addStreamed(made))
            return end(BundleIssue::TotalTooLarge, "inflating the archive passes the total limit of " +
                                                       bytesText(m_session.limits().maxTotalBytes));
        if (m_session.guard().ratioTooHigh(m_inflater.produced(), m_inflater.consumed()))
            return end(BundleIssue::RatioTooHigh, std::to_string(m_inflater.produced()) +
                                                      " bytes inflated from " +
                                                      std::to_string(m_inflater.consumed()));
        return {m_chunk.get(), made};
    }

private:
    std::string_view end(BundleIssue issue, std::string detail, bool upstream = false)
    {
        m_ended = true;
        setHalt(issue, std::move(detail), upstream);
        return {};
    }

    GzipInflater& m_inflater;
    std::string_view m_prefix;
    ReadSession& m_session;
    GzipCheckpoints* m_points;
    std::unique_ptr<char[]> m_chunk;
    bool m_prefixDone = false;
    bool m_ended = false;
};

ReadSession::ReadSession(const BundleLimits& limits, const BundleReader::Sink& sink,
                         std::vector<BundleProblem>& problems, const std::atomic<bool>* cancel,
                         const BundleReader::Progress* progress)
    : m_limits(limits)
    , m_sink(sink)
    , m_problems(problems)
    , m_guard{cancel, limits.maxRatio, &m_streamed, limits.maxTotalBytes}
    , m_progress(progress != nullptr && *progress ? progress : nullptr)
{}

void ReadSession::report(std::string path, BundleIssue issue, std::string detail)
{
    // Details quote libarchive and zlib messages, which may hold raw member names: shown
    // anywhere, they must be valid UTF-8 without control characters, like the paths.
    if (issue == BundleIssue::TotalTooLarge && m_streamed > m_limits.maxTotalBytes)
        m_exhaustReported = true;
    m_problems.push_back(BundleProblem{std::move(path), issue, escapeName(detail)});
}

bool ReadSession::stopped()
{
    if (m_cancelled)
        return true;
    if (m_streamed > m_limits.maxTotalBytes) {
        // Everything decompressed so far, bombs refused included, used up the total budget.
        if (!m_exhaustReported)
            report(m_reading.empty() ? m_currentTop : m_reading, BundleIssue::TotalTooLarge,
                   "decompressing passes the total limit of " + bytesText(m_limits.maxTotalBytes) +
                       "; the rest is not read");
        return true;
    }
    if (!m_guard.cancelled())
        return false;
    m_cancelled = true;
    report(m_currentTop, BundleIssue::Cancelled, "reading cancelled");
    return true;
}

bool ReadSession::countMember(const std::string& path)
{
    if (m_membersExhausted)
        return false;
    if (++m_members <= m_limits.maxMembers)
        return true;
    m_membersExhausted = true;
    report(path, BundleIssue::TooManyMembers,
           "more than " + std::to_string(m_limits.maxMembers) + " members; the rest is not read");
    return false;
}

bool ReadSession::addStreamed(std::uint64_t bytes)
{
    return m_guard.inflate(bytes);
}

void ReadSession::beginProgress(std::uint64_t total)
{
    m_total = total;
    m_step = std::max<std::uint64_t>(1, std::min(total / 100, kProgressMaxStep));
    if (m_progress != nullptr)
        (*m_progress)(0, m_total);
}

void ReadSession::skipTop(std::uint64_t size)
{
    m_done += size;
    tick();
}

void ReadSession::finishProgress()
{
    if (m_progress != nullptr && m_lastReported != m_total && !m_cancelled)
        (*m_progress)(m_total, m_total);
}

void ReadSession::tick()
{
    if (m_progress == nullptr)
        return;
    std::uint64_t position = m_done;
    if (m_topArchive != nullptr)
        position += m_topArchive->consumed();
    else if (m_top != nullptr)
        position += m_top->handed();
    position = std::min(position, m_total);
    if (position >= m_lastReported + m_step) {
        m_lastReported = position;
        (*m_progress)(position, m_total);
    }
}

void ReadSession::readTop(const Node& node, SharedBytes bytes)
{
    const std::uint64_t size = bytes ? bytes->size() : 0;
    m_topData = bytes ? bytes->view().data() : nullptr;
    MemoryStream stream(std::move(bytes));
    // A compressed input is only ever read by its inflater (nothing it holds points into it).
    if (m_topData != nullptr && sniffContainer(std::string_view(
                                    m_topData, std::min<std::size_t>(size, kSniffBytes))) == Container::Gzip)
        stream.dropBehind();
    m_currentTop = node.path;
    m_top = &stream;
    Node top = node;
    // A loose file's members are read back through their layers from it (LayeredText).
    if (top.loose && !top.origin)
        top.origin = std::make_shared<const TextOrigin>(TextOrigin{top.memberPath, *top.loose, {}, {}});
    if (!stopped())
        process(top, stream, 0);
    m_top = nullptr;
    m_topArchive = nullptr;
    m_topData = nullptr;
    m_done += size;
    tick();
}

void ReadSession::process(const Node& node, Stream& in, int depth)
{
    if (stopped())
        return;
    m_reading = node.path;
    PeekStream peek(in);
    const Container kind = sniffContainer(peek.peek(kSniffBytes));
    if (kind == Container::None) {
        processLeaf(node, peek);
        return;
    }
    if (kind == Container::Gzip) {
        processGzip(node, peek, depth);
        return;
    }
    if (depth >= m_limits.maxDepth) {
        report(node.path, BundleIssue::NestingTooDeep,
               "archive nested deeper than " + std::to_string(m_limits.maxDepth) + " levels; not opened");
        return;
    }
    if (!needsMemory(kind) || peek.whole()) {
        // Only a plain tar's members lie in its bytes as they are.
        Node archive = node;
        if (kind != Container::Tar)
            archive.origin.reset();
        processArchive(archive, peek, kind, depth + 1);
        return;
    }
    // Zip and 7z need random access: read from the spill file the member was just written to, or
    // hold this one member in memory while it is read.
    if (processSpilledArchive(node, peek, kind, depth))
        return;
    std::optional<Collected> collected = collect(node, peek);
    if (!collected)
        return;
    const std::uint64_t size = collected->bytes->size();
    m_held += size;
    MemoryStream memory(collected->bytes);
    Node held = node;
    held.origin.reset();
    processArchive(held, memory, kind, depth + 1);
    m_held -= size;
}

// A member's stream ended early because of damage: say so for the member. Limits and cancellation
// are reported where they were imposed.
void ReadSession::reportInputHalt(const Node& node, const Stream& in)
{
    if (in.halt() && !in.haltUpstream() && *in.halt() != BundleIssue::Cancelled)
        report(node.path, *in.halt(), in.haltDetail());
}

ReadSession::Inflated ReadSession::inflateInto(const Node& node, GzipInflater& inflater, GrowBuffer& buffer,
                                               std::size_t want, std::string* ratioDetail,
                                               GzipTextIndex* index, LimitCuts* cuts)
{
    while (buffer.size() < want) {
        if (stopped())
            return Inflated::Stopped;
        if (buffer.spare() == 0 && !buffer.ensureSpare(std::min(want - buffer.size(), kInflateStep))) {
            report(node.path, BundleIssue::TotalTooLarge, "out of memory at " + bytesText(buffer.size()));
            return Inflated::Stopped;
        }
        const std::size_t room = std::min({buffer.spare(), kInflateStep, want - buffer.size()});
        const std::size_t made = inflater.read(buffer.end(), room);
        if (cuts != nullptr) {
            cuts->beforeMemberLimit.add({buffer.end(), made}, buffer.size());
            cuts->beforeBomb.add({buffer.end(), made}, buffer.size());
        }
        buffer.commit(made);
        if (cuts != nullptr && m_beforeLeaf != nullptr)
            (*m_beforeLeaf)(); // streamed: the parsers catch up with what this step handed them
        tick();
        if (made == 0)
            break;
        if (index != nullptr)
            index->checkpoints.offer(inflater, GzipTextIndex::kSpacing);
        if (ratioDetail != nullptr && buffer.size() > m_limits.maxMemberBytes)
            return Inflated::TooLarge;
        if (!checkSize(node, buffer.size()))
            return Inflated::Stopped;
        if (m_guard.ratioTooHigh(inflater.produced(), inflater.consumed())) {
            std::string detail = bytesText(inflater.produced()) + " inflated from " +
                                 bytesText(inflater.consumed()) + " exceeds the ratio limit of " +
                                 std::to_string(static_cast<long long>(m_limits.maxRatio)) + ":1";
            if (ratioDetail == nullptr) {
                report(node.path, BundleIssue::RatioTooHigh, std::move(detail));
                return Inflated::Stopped;
            }
            *ratioDetail = std::move(detail);
            return Inflated::RatioTooHigh;
        }
        if (!addStreamed(made)) {
            stopped(); // reports an exhausted total budget, once
            return Inflated::Stopped;
        }
    }
    return Inflated::Done;
}

void ReadSession::processGzip(const Node& node, Stream& in, int depth)
{
    const SharedBytes whole = in.whole(); // before the inflater starts pulling
    GzipInflater inflater(in);
    // A loose .gz file: checkpoints into its text, so that its raw lines can be read back from the
    // file instead of being kept (GzipFileText).
    // Likewise for a member that can be read back (its text through the layers above it), and for
    // a tar inside it (its members' bytes).
    std::shared_ptr<GzipTextIndex> index;
    if (node.loose || node.origin) {
        index = std::make_shared<GzipTextIndex>();
        index->stamp = node.loose ? *node.loose : node.origin->stamp;
        index->checkpoints.offer(inflater, GzipTextIndex::kSpacing); // the start
    }
    GrowBuffer buffer;
    if (inflateInto(node, inflater, buffer, kSniffBytes, nullptr, index.get()) != Inflated::Done)
        return;
    const Container inner = sniffContainer(buffer.view());
    if (inner != Container::None && !(inner == Container::Tar && node.origin))
        index.reset();
    if (inner != Container::None && depth >= m_limits.maxDepth) {
        report(node.path, BundleIssue::NestingTooDeep,
               "archive nested deeper than " + std::to_string(m_limits.maxDepth) + " levels; not opened");
        return;
    }
    const auto reportGzipEnd = [&] {
        if (inflater.trailingGarbage() > 0)
            report(node.path, BundleIssue::CorruptGzip,
                   bytesText(inflater.trailingGarbage()) +
                       " of trailing garbage after the gzip data ignored");
    };

    if (inner == Container::Tar) {
        // The tar's bytes are this gzip's text: its members are read back through it.
        Node tar = node.opaque();
        if (index && node.origin)
            tar.origin = std::make_shared<const TextOrigin>(node.origin->with(
                TextLayer::gzip(std::shared_ptr<const GzipCheckpoints>(index, &index->checkpoints))));
        InflateStream stream(inflater, buffer.view(), *this, index ? &index->checkpoints : nullptr);
        processArchive(tar, stream, inner, depth + 1);
        if (in.halt())
            reportInputHalt(node, in);
        else if (stream.halt() && !stream.haltUpstream() && *stream.halt() != BundleIssue::Cancelled)
            report(node.path, *stream.halt(), stream.haltDetail());
        else
            reportGzipEnd();
        return;
    }

    if (inner == Container::None && m_beforeLeaf != nullptr)
        (*m_beforeLeaf)();
    if (whole && inner == Container::None) {
        // One reservation of the right size instead of doubling (the usual single-member case).
        const std::uint64_t hint = gzipSizeHint(whole->view());
        if (hint > buffer.size() && hint <= m_limits.maxMemberBytes &&
            m_held + hint <= m_limits.maxTotalBytes)
            buffer.reserve(static_cast<std::size_t>(hint) + 1);
    }
    std::optional<LimitCuts> cuts;
    if (inner == Container::None && m_streamLeaves &&
        buffer.share(
            static_cast<std::size_t>(std::min<std::uint64_t>(m_limits.maxMemberBytes, SIZE_MAX / 2)) +
            kInflateStep)) {
        // Readers never take a piece past the member limit, where the lines before it are cut.
        buffer.publishAtMost(
            static_cast<std::size_t>(std::min<std::uint64_t>(m_limits.maxMemberBytes, SIZE_MAX)));
        cuts.emplace(LimitCuts{LineTally(m_limits.maxMemberBytes), LineTally(bombAllowance())});
        cuts->beforeMemberLimit.add(buffer.view(), 0); // before any reader sees it
        cuts->beforeBomb.add(buffer.view(), 0);
        BundleEntry entry = entryFor(node, 0, true, false);
        if (node.loose || entry.origin)
            entry.gzipIndex = index;
        entry.bytes = buffer.shared();
        m_sink(std::move(entry));
    }
    std::string ratioDetail;
    const Inflated inflated =
        inflateInto(node, inflater, buffer, SIZE_MAX, inner == Container::None ? &ratioDetail : nullptr,
                    index.get(), cuts ? &*cuts : nullptr);
    if (inflated == Inflated::Stopped)
        return;
    bool truncated = false;
    if (inflated == Inflated::TooLarge) {
        const std::size_t keep =
            cuts ? keepBeforeMemberLimit(node, cuts->beforeMemberLimit.kept(), buffer.size())
                 : keepBeforeMemberLimit(
                       node, buffer.view().substr(0, static_cast<std::size_t>(m_limits.maxMemberBytes)),
                       buffer.size());
        if (keep == 0)
            return;
        buffer.truncate(keep);
        truncated = true;
    } else if (inflated == Inflated::RatioTooHigh) {
        // Like a truncated gzip: the lines before the bomb are the member's readable prefix.
        const std::size_t keep = cuts ? keepBeforeBomb(node, cuts->beforeBomb.kept(), ratioDetail)
                                      : keepBeforeBomb(node, buffer.view(), ratioDetail);
        if (keep == 0)
            return; // the buffer goes, and with it a shared one (abandoned)
        buffer.truncate(keep);
        truncated = true;
    } else if (in.halt()) {
        if (in.haltUpstream() || endsRead(*in.halt())) {
            reportInputHalt(node, in);
            return;
        }
        reportInputHalt(node, in);
        truncated = true;
    } else if (inflater.state() == GzipInflater::State::Truncated) {
        report(node.path, BundleIssue::TruncatedGzip, inflater.error());
        truncated = true;
    } else if (inflater.state() == GzipInflater::State::Corrupt) {
        report(node.path, BundleIssue::CorruptGzip, inflater.error());
        truncated = true;
    } else {
        reportGzipEnd();
        if (index && inflater.state() == GzipInflater::State::Finished &&
            inflater.produced() == buffer.size()) {
            index->checkpoints.finish(inflater.produced());
            index->complete = true; // before the bytes are finished: the importer reads it then
        }
    }

    if (truncated && index) {
        // Inflating again from the checkpoints reproduces what was kept (memberText): a streamed
        // member's text is read back from them even when cut, its pages being gone once parsed.
        index->checkpoints.finish(buffer.size());
        index->readablePrefix = true; // before the bytes are finished, like `complete`
    }
    if (inner == Container::None && buffer.shared()) {
        finishStreamed(buffer, truncated);
        return;
    }
    if (inner == Container::None) {
        deliver(node, buffer.release(), true, truncated, std::move(index));
        return;
    }
    // A zip or another compression layer inside gzip: rare enough to hold in memory while read.
    SharedBytes bytes = buffer.release();
    const std::uint64_t size = bytes->size();
    m_held += size;
    MemoryStream memory(std::move(bytes));
    process(node.opaque(), memory, depth + 1); // offsets are not the file's
    m_held -= size;
}

void ReadSession::processArchive(const Node& node, Stream& in, Container kind, int depth)
{
    std::size_t done = 0;
    for (int attempt = 0;; ++attempt) {
        std::string error;
        const std::unique_ptr<Archive> archive = Archive::open(in, kind, m_guard, &error);
        if (!archive) {
            if (in.halt())
                reportInputHalt(node, in);
            else
                report(node.path, BundleIssue::CorruptMember, "cannot open archive: " + error);
            return;
        }
        if (depth == 1 && archive->fromMemory() && m_top != nullptr)
            m_topArchive = archive.get();
        const bool resume = readEntries(node, in, *archive, depth, needsMemory(kind), done);
        if (m_topArchive == archive.get())
            m_topArchive = nullptr;
        if (!resume)
            return;
        if (attempt >= kMaxReopens) {
            report(node.path, BundleIssue::CorruptMember,
                   "too many damaged members; the rest of the archive is not read");
            return;
        }
    }
}

bool ReadSession::readEntries(const Node& node, Stream& in, Archive& archive, int depth, bool canResume,
                              std::size_t& done)
{
    std::size_t skip = done;
    const bool resumed = done > 0;
    std::size_t processed = 0;
    bool damagedReported = false;
    int damagedRun = 0;
    std::optional<BundleIssue> lastMemberHalt;
    Archive::Header header;
    for (;;) {
        if (stopped())
            return false;
        tick();
        const Archive::Next next = archive.next(header);
        if (next == Archive::Next::End)
            return false;
        if (next == Archive::Next::Damaged) {
            if (!damagedReported)
                report(node.path, BundleIssue::CorruptMember,
                       "damaged entry skipped: " + archive.errorText());
            damagedReported = true;
            if (++damagedRun > kMaxDamagedHeaders)
                return false;
            continue;
        }
        const bool memberFailed = lastMemberHalt && (*lastMemberHalt == BundleIssue::TruncatedArchive ||
                                                     *lastMemberHalt == BundleIssue::CorruptMember);
        if (next == Archive::Next::Fatal) {
            // libarchive gives up on a whole zip after one bad deflate stream; the central directory
            // still knows where the next member starts, so read again from there.
            if (memberFailed && canResume && archive.fromMemory() && skip == 0)
                return true;
            // A reopened archive failing before any new entry: the damage was reported already.
            if (resumed && processed == 0)
                return false;
            // Said already for the member whose data failed, or by whoever stopped the input.
            const bool inputStopped = in.halt() && (in.haltUpstream() || endsRead(*in.halt()));
            if (!memberFailed && !inputStopped && !m_cancelled)
                report(node.path,
                       archive.errorIsTruncation() ? BundleIssue::TruncatedArchive
                                                   : BundleIssue::CorruptMember,
                       archive.errorText());
            return false;
        }
        damagedReported = false;
        damagedRun = 0;
        if (skip > 0) {
            --skip;
            continue;
        }
        ++done;
        ++processed;
        processMember(node, archive, header, depth);
        lastMemberHalt = archive.data().halt();
        if (m_membersExhausted)
            return false;
    }
}

void ReadSession::processMember(const Node& parent, Archive& archive, const Archive::Header& header,
                                int depth)
{
    if (archive.isRaw()) {
        // One compressed stream (a .log.xz): same logical file, one layer down.
        Node child = parent.opaque(); // decompressed: offsets are not the file's
        child.declaredSize = header.size;
        processSpilling(child, archive.data(), depth);
        return;
    }
    const CleanName name = cleanMemberName(header.rawName);
    Node child;
    child.path = parent.path + '/' + name.path;
    child.memberPath = name.escaped;
    if (!countMember(child.path) || header.type == Archive::EntryType::Directory)
        return;
    if (name.invalidEncoding)
        report(child.path, BundleIssue::InvalidNameEncoding, "stored name is not UTF-8: " + name.escaped);
    if (name.unsafe)
        report(child.path, BundleIssue::UnsafePath,
               "stored name \"" + name.escaped + "\" leaves the archive root");
    switch (header.type) {
    case Archive::EntryType::Symlink:
        report(child.path, BundleIssue::LinkMember,
               "symbolic link to " + escapeName(header.linkTarget) + " skipped");
        return;
    case Archive::EntryType::Hardlink:
        report(child.path, BundleIssue::LinkMember,
               "hard link to " + escapeName(header.linkTarget) + " skipped");
        return;
    case Archive::EntryType::Special:
        report(child.path, BundleIssue::SpecialMember, "device, fifo or socket skipped");
        return;
    case Archive::EntryType::Directory:
    case Archive::EntryType::Regular:
        break;
    }
    if (header.encrypted) {
        report(child.path, BundleIssue::EncryptedMember, "encrypted member skipped");
        return;
    }
    child.declaredSize = header.size;
    child.stored = header.size.value_or(0);
    child.mtime = header.mtime;
    if (parent.origin && header.dataOffset && header.size)
        child.origin = std::make_shared<const TextOrigin>(
            parent.origin->with(TextLayer::slice(*header.dataOffset, *header.size)));
    // A member declared past the member limit is still read up to it: its first lines are kept.
    processSpilling(child, archive.data(), depth);
}

BundleEntry ReadSession::entryFor(const Node& node, std::uint64_t size, bool wasGzip, bool truncated) const
{
    BundleEntry entry;
    entry.path = node.path;
    entry.memberPath = node.memberPath;
    entry.storedBytes = (wasGzip || node.stored != 0) ? node.stored : size;
    entry.mtime = node.mtime;
    entry.wasGzip = wasGzip;
    entry.truncated = truncated;
    if (!wasGzip)
        entry.loose = node.loose;
    // An archive member's stored bytes, complete, can be read back through its layers.
    if (node.origin && !node.origin->layers.empty() && !truncated)
        entry.origin = node.origin;
    return entry;
}

void ReadSession::deliver(const Node& node, SharedBytes bytes, bool wasGzip, bool truncated,
                          std::shared_ptr<GzipTextIndex> index)
{
    BundleEntry entry = entryFor(node, bytes->size(), wasGzip, truncated);
    // A loose file's text is read back from the file later: only when these bytes are the file's own
    // (its mapping from the start, not a copy).
    if (entry.loose && (bytes->size() == 0 || bytes->view().data() != m_topData))
        entry.loose.reset();

    // Checkpoints serve a loose .gz file (GzipFileText) or a member read back through its origin.
    if (node.loose || entry.origin)
        entry.gzipIndex = std::move(index);

    m_held += bytes->size();
    entry.bytes = std::move(bytes);
    m_sink(std::move(entry));
    tick();
}

} // namespace rs::bundleio
