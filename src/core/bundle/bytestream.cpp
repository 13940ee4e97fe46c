#include "core/bundle/bytestream.h"

#include <algorithm>

namespace rs::bundleio {

namespace {
// Bounded so that progress and cancellation see regular steps, and ISA-L's 32-bit counters fit.
constexpr std::size_t kMemoryChunk = 16u << 20;
} // namespace

void Stream::setHalt(BundleIssue issue, std::string detail, bool upstream)
{
    if (m_halt)
        return;
    m_halt = issue;
    m_haltDetail = std::move(detail);
    m_haltUpstream = upstream;
}

void Stream::clearHalt()
{
    m_halt.reset();
    m_haltDetail.clear();
    m_haltUpstream = false;
}

MemoryStream::MemoryStream(SharedBytes bytes)
    : m_bytes(std::move(bytes))
    , m_view(m_bytes ? m_bytes->view() : std::string_view{})
{}

MemoryStream::MemoryStream(std::string_view bytes)
    : m_view(bytes)
{}

std::string_view MemoryStream::next()
{
    const std::size_t offset = static_cast<std::size_t>(m_handed);
    if (m_dropBehind && m_bytes && offset > kMemoryChunk)
        m_bytes->dropPagesBefore(offset - kMemoryChunk);
    const std::size_t count = std::min(kMemoryChunk, m_view.size() - offset);
    m_handed += count;
    return m_view.substr(offset, count);
}

PeekStream::PeekStream(Stream& inner)
    : m_inner(inner)
{}

std::string_view PeekStream::peek(std::size_t count)
{
    if (!m_started) {
        if (const SharedBytes whole = m_inner.whole())
            return whole->view().substr(0, count);
        m_started = true;
        m_head = m_inner.next();
        m_innerEnded = m_head.empty();
    }
    if (m_head.size() >= count || m_innerEnded || m_replayed)
        return m_head.substr(0, count);
    // A short first chunk. One inside the owner buffer stays valid, so it is copied only when more
    // chunks follow: a small member of an in-memory tar remains shareable.
    const std::string_view first = m_head;
    const SharedBytes* owner = m_inner.owner();
    const bool stable = owner != nullptr && inside((*owner)->view(), first);
    if (!stable)
        m_headCopy.assign(first);
    while (m_headCopy.size() < count) {
        const std::string_view more = m_inner.next();
        if (more.empty()) {
            m_innerEnded = true;
            break;
        }
        if (m_headCopy.empty())
            m_headCopy.assign(first);
        m_headCopy.append(more);
    }
    if (!m_headCopy.empty())
        m_head = m_headCopy;
    return m_head.substr(0, count);
}

std::string_view PeekStream::next()
{
    if (!m_started) {
        m_started = true;
        m_replayed = true;
        return m_inner.next();
    }
    if (!m_replayed) {
        m_replayed = true;
        if (!m_head.empty())
            return m_head;
    }
    const std::string_view chunk = m_innerEnded ? std::string_view{} : m_inner.next();
    if (chunk.empty() && m_inner.halt())
        setHalt(*m_inner.halt(), m_inner.haltDetail(), m_inner.haltUpstream());
    return chunk;
}

SharedBytes PeekStream::whole() const
{
    return m_started ? SharedBytes{} : m_inner.whole();
}

} // namespace rs::bundleio
