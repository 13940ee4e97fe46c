#include "core/bundle/readsession.h"

// A plain file's bytes: collected whole (zero-copy when they lie in memory already), or streamed to
// the sink as the archive around them hands them out.

#include "core/bundle/growbuffer.h"
#include "core/store/layeredtext.h"

#include <algorithm>
#include <cstring>

namespace rs::bundleio {
namespace {

// The most a declared member size may reserve before its bytes arrive.
constexpr std::uint64_t kMaxTrustedReservation = 256ull << 20;
// A streamed leaf lets the parsers catch up this often (BundleReader::setBeforeLeaf).
constexpr std::uint64_t kCatchUpStep = 4u << 20;

} // namespace

// The member's next chunk, cut where it would pass the member limit (`tooLarge` is set then: the
// lines before the limit are kept, the rest is not read). Empty at the member's end or the limit.
std::string_view ReadSession::nextWithinMemberLimit(Stream& in, std::uint64_t size, bool& tooLarge) const
{
    std::string_view chunk = in.next();
    if (size + chunk.size() > m_limits.maxMemberBytes) {
        chunk = chunk.substr(0, static_cast<std::size_t>(m_limits.maxMemberBytes - size));
        tooLarge = true;
    }
    return chunk;
}

std::optional<ReadSession::Collected> ReadSession::collect(const Node& node, Stream& in)
{
    if (node.declaredSize &&
        !checkTotal(node, std::min<std::uint64_t>(*node.declaredSize, m_limits.maxMemberBytes)))
        return std::nullopt;
    if (const SharedBytes whole = in.whole()) {
        if (whole->size() > m_limits.maxMemberBytes) {
            const std::size_t keep = keepBeforeMemberLimit(
                node, whole->view().substr(0, static_cast<std::size_t>(m_limits.maxMemberBytes)),
                whole->size());
            return keep == 0 ? std::nullopt
                             : std::optional<Collected>(
                                   Collected{sliceBytes(whole, whole->view().substr(0, keep)), true});
        }
        if (!checkSize(node, whole->size()))
            return std::nullopt;
        return Collected{whole, false};
    }
    // Members of an archive read from memory arrive as one block inside it: share, don't copy.
    const SharedBytes* owner = in.owner();
    std::string_view slice;
    GrowBuffer buffer;
    std::uint64_t size = 0;
    bool tooLarge = false;
    for (;;) {
        const std::string_view chunk = nextWithinMemberLimit(in, size, tooLarge);
        if (chunk.empty())
            break;
        size += chunk.size();
        if (!checkTotal(node, size))
            return std::nullopt;
        if (owner != nullptr && buffer.size() == 0 && inside((*owner)->view(), chunk) &&
            (slice.empty() || slice.data() + slice.size() == chunk.data())) {
            slice =
                std::string_view(slice.empty() ? chunk.data() : slice.data(), slice.size() + chunk.size());
            if (tooLarge)
                break;
            continue;
        }
        // The declared size is the archive's word, not a fact: a forged header must not make one
        // member allocate gigabytes up front (the fuzzer found 3.7 GB), so it is only a hint, capped.
        if (buffer.size() == 0 && node.declaredSize)
            buffer.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(
                {*node.declaredSize, m_limits.maxMemberBytes, kMaxTrustedReservation})));
        if (!buffer.append(slice) || !buffer.append(chunk)) {
            report(node.path, BundleIssue::TotalTooLarge, "out of memory at " + bytesText(size));
            return std::nullopt;
        }
        slice = {};
        if (tooLarge)
            break;
    }
    if (tooLarge) {
        const std::string_view read = slice.empty() ? buffer.view() : slice;
        const std::size_t keep = keepBeforeMemberLimit(node, read, size + 1);
        if (keep == 0)
            return std::nullopt;
        if (!slice.empty())
            return Collected{sliceBytes(*owner, slice.substr(0, keep)), true};
        buffer.truncate(keep);
        return Collected{buffer.release(), true};
    }
    Collected collected;
    if (const auto& halt = in.halt()) {
        if (*halt == BundleIssue::Cancelled || in.haltUpstream()) {
            stopped(); // reports an exhausted total budget, once
            return std::nullopt;
        }
        if (*halt == BundleIssue::RatioTooHigh) {
            // A member libarchive inflates (zip deflate): its lines before the bomb are kept too.
            const std::size_t keep = keepBeforeBomb(node, buffer.view(), in.haltDetail());
            if (keep == 0)
                return std::nullopt;
            buffer.truncate(keep);
            return Collected{buffer.release(), true};
        }
        report(node.path, *halt, in.haltDetail());
        if (endsRead(*halt))
            return std::nullopt;
        collected.truncated = true;
    }
    collected.bytes = slice.empty() ? buffer.release() : sliceBytes(*owner, slice);
    return collected;
}

void ReadSession::processLeaf(const Node& node, Stream& in)
{
    if (m_beforeLeaf != nullptr)
        (*m_beforeLeaf)();
    // A member of an archive in memory (in.whole(), in.owner()) is a slice of it: nothing to stream.
    if (m_streamLeaves && memberReadsBack(node.origin.get(), false, false) && !in.whole() &&
        in.owner() == nullptr && streamLeaf(node, in))
        return;
    std::optional<Collected> collected = collect(node, in);
    if (collected)
        deliver(node, std::move(collected->bytes), false, collected->truncated);
}

bool ReadSession::streamLeaf(const Node& node, Stream& in)
{
    // The same limits as collect(), in the same order: a member is refused before it reaches the sink
    // when its declared size already passes the total; once there, a limit abandons it (the sink
    // drops it) or cuts it at a line end.
    if (node.declaredSize &&
        !checkTotal(node, std::min<std::uint64_t>(*node.declaredSize, m_limits.maxMemberBytes)))
        return true;
    GrowBuffer buffer;
    // Address space for the largest member allowed, committed only as it is written.
    if (!buffer.share(
            static_cast<std::size_t>(std::min<std::uint64_t>(m_limits.maxMemberBytes, SIZE_MAX / 2))))
        return false;
    BundleEntry entry = entryFor(node, 0, false, false);
    entry.bytes = buffer.shared();
    m_sink(std::move(entry));

    // Where a limit would cut it, counted before readers may parse (and give back) what was written.
    LineTally beforeMemberLimit(m_limits.maxMemberBytes);
    LineTally beforeBomb(bombAllowance());
    std::uint64_t size = 0;
    std::uint64_t caughtUp = 0;
    bool tooLarge = false;
    for (;;) {
        const std::string_view chunk = nextWithinMemberLimit(in, size, tooLarge);
        if (chunk.empty())
            break;
        if (!checkTotal(node, size + chunk.size()))
            return true; // abandoned as the buffer goes
        beforeMemberLimit.add(chunk, size);
        beforeBomb.add(chunk, size);
        if (!buffer.ensureSpare(chunk.size())) {
            report(node.path, BundleIssue::TotalTooLarge, "out of memory at " + bytesText(size));
            return true;
        }
        std::memcpy(buffer.end(), chunk.data(), chunk.size());
        buffer.commit(chunk.size());
        size += chunk.size();
        tick();
        if (size >= caughtUp + kCatchUpStep && m_beforeLeaf != nullptr) {
            caughtUp = size;
            (*m_beforeLeaf)();
        }
        if (tooLarge)
            break;
    }
    if (tooLarge) {
        const std::size_t keep = keepBeforeMemberLimit(node, beforeMemberLimit.kept(), size + 1);
        if (keep == 0)
            return true;
        buffer.truncate(keep);
        finishStreamed(buffer, true);
        return true;
    }
    bool truncated = false;
    if (const auto& halt = in.halt()) {
        if (*halt == BundleIssue::Cancelled || in.haltUpstream()) {
            stopped(); // reports an exhausted total budget, once
            return true;
        }
        if (*halt == BundleIssue::RatioTooHigh) {
            const std::size_t keep = keepBeforeBomb(node, beforeBomb.kept(), in.haltDetail());
            if (keep == 0)
                return true;
            buffer.truncate(keep);
            finishStreamed(buffer, true);
            return true;
        }
        report(node.path, *halt, in.haltDetail());
        if (endsRead(*halt))
            return true;
        truncated = true;
    }
    finishStreamed(buffer, truncated);
    return true;
}

void ReadSession::finishStreamed(GrowBuffer& buffer, bool truncated)
{
    const std::shared_ptr<GrowingBytes> shared = buffer.shared();
    m_held += buffer.size();
    buffer.release();
    shared->finish(truncated);
    tick();
}

} // namespace rs::bundleio
