#pragma once

#include "core/bundle/bundlereader.h"
#include "core/util/bytebuffer.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rs::bundleio {

// Decompression ratios are only judged past this much output: small files compress wildly.
inline constexpr std::uint64_t kRatioFloor = 64ull << 20;

// What every stream of one read checks on its own, so that nested streams stop promptly.
struct Guard {
    const std::atomic<bool>* cancel = nullptr;
    double maxRatio = 2000.0;
    // Bytes every decompressor of the read produced (the session's counter) and their limit.
    // Rejected bombs cost work too: a zip of zips of bombs (42.zip) would otherwise inflate
    // 64 MiB for each of up to maxMembers leaves before the ratio refuses it.
    std::uint64_t* inflated = nullptr;
    std::uint64_t maxInflated = UINT64_MAX;

    // Counts `bytes` of decompressed output; false once past the limit.
    bool inflate(std::uint64_t bytes) const
    {
        if (inflated == nullptr)
            return true;
        *inflated += bytes;
        return *inflated <= maxInflated;
    }

    bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
    bool ratioTooHigh(std::uint64_t produced, std::uint64_t consumed) const
    {
        return produced > kRatioFloor &&
               static_cast<double>(produced) > maxRatio * static_cast<double>(consumed);
    }
};

// Whether `part` lies within `all` (a chunk pointing into a buffer that outlives it).
inline bool inside(std::string_view all, std::string_view part)
{
    return !part.empty() && part.data() >= all.data() && part.data() + part.size() <= all.data() + all.size();
}

// Halts that are decisions (a limit, a cancellation) rather than damage: whoever imposed them reports
// them; the members that merely stopped short are dropped silently.
inline bool endsRead(BundleIssue issue)
{
    return issue == BundleIssue::Cancelled || issue == BundleIssue::TotalTooLarge ||
           issue == BundleIssue::RatioTooHigh || issue == BundleIssue::MemberTooLarge ||
           issue == BundleIssue::TooManyMembers;
}

// A pull stream of bytes. Nested containers are read by chaining streams (archive member ->
// inflater -> archive reader -> member …), so a bosh-logs tarball of per-VM tarballs is never held
// in memory as a whole at any level: only the leaves end up in memory.
class Stream {
public:
    virtual ~Stream() = default;
    Stream() = default;
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;

    // The next chunk; valid until the next call. Empty at the end, whether normal or not (halt()).
    virtual std::string_view next() = 0;
    // The entire content as one buffer when it is one and nothing was read yet: archives that need
    // seeking (zip) are read from it, and plain leaves are shared without a copy.
    virtual SharedBytes whole() const { return {}; }
    // The buffer chunks may point into, so a member that is one contiguous chunk can be a slice.
    virtual const SharedBytes* owner() const { return nullptr; }

    // Why the stream ended early; empty when it ended normally (or has not ended).
    const std::optional<BundleIssue>& halt() const { return m_halt; }
    const std::string& haltDetail() const { return m_haltDetail; }
    // True when the halt was inherited from an enclosing stream, whose reader reports it.
    bool haltUpstream() const { return m_haltUpstream; }

protected:
    void setHalt(BundleIssue issue, std::string detail, bool upstream = false);
    void clearHalt();

private:
    std::optional<BundleIssue> m_halt;
    std::string m_haltDetail;
    bool m_haltUpstream = false;
};

// Bytes already in memory, handed out in bounded chunks so that the position is known to progress.
class MemoryStream final : public Stream {
public:
    explicit MemoryStream(SharedBytes bytes);
    // Non-owning: the caller keeps `bytes` alive.
    explicit MemoryStream(std::string_view bytes);

    std::string_view next() override;
    SharedBytes whole() const override { return m_handed == 0 ? m_bytes : SharedBytes{}; }
    const SharedBytes* owner() const override { return m_bytes ? &m_bytes : nullptr; }
    std::uint64_t handed() const { return m_handed; }
    // The bytes are read once, front to back, by one consumer that never keeps a chunk past the
    // next (an inflater): the pages of chunks before the previous one are given back as it reads.
    void dropBehind() { m_dropBehind = true; }

private:
    bool m_dropBehind = false;
    SharedBytes m_bytes;
    std::string_view m_view;
    std::uint64_t m_handed = 0;
};

// Lets the first bytes be examined (magic numbers) before a reader is chosen, then replays them.
// Copies only when the first chunk is shorter than what is asked.
class PeekStream final : public Stream {
public:
    explicit PeekStream(Stream& inner);

    // At least `count` bytes when the stream has them, fewer at its end.
    std::string_view peek(std::size_t count);

    std::string_view next() override;
    SharedBytes whole() const override;
    const SharedBytes* owner() const override { return m_inner.owner(); }
    Stream& inner() { return m_inner; }

private:
    Stream& m_inner;
    std::string_view m_head; // replayed before the inner stream continues
    std::string m_headCopy;  // backing for m_head when several chunks were joined
    bool m_started = false;  // something was pulled from the inner stream
    bool m_replayed = false;
    bool m_innerEnded = false; // the inner stream returned its end while peeking
};

} // namespace rs::bundleio
