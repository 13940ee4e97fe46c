#include "core/bundle/linetally.h"
#include "core/bundle/readsession.h"

// The limits a read imposes on members (size, total, ratio) and what a member cut by one keeps.

#include <algorithm>
#include <cstring>

namespace rs::bundleio {
std::string bytesText(std::uint64_t bytes)
{
    return std::to_string(bytes) + " bytes";
}

bool ReadSession::checkSize(const Node& node, std::uint64_t size)
{
    if (size > m_limits.maxMemberBytes) {
        report(node.path, BundleIssue::MemberTooLarge,
               bytesText(size) + " or more exceeds the member limit of " +
                   bytesText(m_limits.maxMemberBytes));
        return false;
    }
    return checkTotal(node, size);
}

bool ReadSession::checkTotal(const Node& node, std::uint64_t size)
{
    if (m_held + size > m_limits.maxTotalBytes) {
        report(node.path, BundleIssue::TotalTooLarge,
               bytesText(size) + " would pass the total limit of " + bytesText(m_limits.maxTotalBytes));
        return false;
    }
    return true;
}

std::uint64_t ReadSession::bombAllowance() const
{
    return m_limits.maxBombPrefixBytes - std::min(m_bombKept, m_limits.maxBombPrefixBytes);
}

std::size_t ReadSession::keepBeforeBomb(const Node& node, std::string_view inflated,
                                        const std::string& detail)
{
    return keepBeforeBomb(node,
                          wholeLinesOf(inflated.substr(0, static_cast<std::size_t>(std::min<std::uint64_t>(
                                                              inflated.size(), bombAllowance())))),
                          detail);
}

std::size_t ReadSession::keepBeforeBomb(const Node& node, const WholeLines& kept, const std::string& detail)
{
    // The bomb's padding (zeros, one repeated byte) has no line end: the cut falls after the last real line.
    if (kept.bytes == 0) {
        report(node.path, BundleIssue::RatioTooHigh, detail);
        return 0;
    }
    m_bombKept += kept.bytes;
    report(node.path, BundleIssue::RatioTooHighPrefixKept,
           "stopped at uncompressed offset " + std::to_string(kept.bytes) + " (after line " +
               std::to_string(kept.lines) + "): " + detail + "; the " + std::to_string(kept.lines) +
               " lines before are kept, the rest is not read");
    return kept.bytes;
}

std::size_t ReadSession::keepBeforeMemberLimit(const Node& node, std::string_view read, std::uint64_t seen)
{
    return keepBeforeMemberLimit(node, wholeLinesOf(read), seen);
}

std::size_t ReadSession::keepBeforeMemberLimit(const Node& node, const WholeLines& kept, std::uint64_t seen)
{
    const std::string limit =
        bytesText(seen) + " or more exceeds the member limit of " + bytesText(m_limits.maxMemberBytes);
    if (kept.bytes == 0) {
        report(node.path, BundleIssue::MemberTooLarge, limit);
        return 0;
    }
    report(node.path, BundleIssue::MemberTooLarge,
           limit + "; the first " + std::to_string(kept.lines) + " lines (" + bytesText(kept.bytes) +
               ") are kept, the rest is not read");
    return kept.bytes;
}

} // namespace rs::bundleio
