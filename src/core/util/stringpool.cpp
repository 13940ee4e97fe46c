#include "core/util/stringpool.h"

#include <algorithm>
#include <cstring>

namespace rs {
namespace {
constexpr std::size_t kBlockBytes = 64 * 1024;
}

std::size_t StringPool::Hash::operator()(std::string_view s) const noexcept
{
    // FNV-1a: short keys (addresses, GUIDs) dominate, and it is deterministic across runs.
    std::uint64_t h = 1469598103934665603ull;
    for (const unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h);
}

StringPool::StringPool()
{
    m_views.emplace_back();
    m_index.emplace(std::string_view{}, kEmpty);
}

std::string_view StringPool::store(std::string_view text)
{
    if (text.size() > kBlockBytes / 4) {
        // Large texts get a block of their own so they do not waste the shared block's tail.
        auto block = std::make_unique<char[]>(text.size());
        std::memcpy(block.get(), text.data(), text.size());
        const std::string_view stored(block.get(), text.size());
        m_blocks.insert(m_blocks.end() - (m_blocks.empty() ? 0 : 1), std::move(block));
        m_textBytes += text.size();
        return stored;
    }
    if (m_blocks.empty() || m_blockUsed + text.size() > m_blockSize) {
        m_blocks.push_back(std::make_unique<char[]>(kBlockBytes));
        m_blockSize = kBlockBytes;
        m_blockUsed = 0;
    }
    char* dest = m_blocks.back().get() + m_blockUsed;
    std::memcpy(dest, text.data(), text.size());
    m_blockUsed += text.size();
    m_textBytes += text.size();
    return {dest, text.size()};
}

StringPool::Id StringPool::intern(std::string_view text)
{
    if (text.empty())
        return kEmpty;
    if (const auto it = m_index.find(text); it != m_index.end())
        return it->second;
    const std::string_view stored = store(text);
    const auto id = static_cast<Id>(m_views.size());
    m_views.push_back(stored);
    m_index.emplace(stored, id);
    return id;
}

StringPool::Id StringPool::find(std::string_view text) const
{
    if (const auto it = m_index.find(text); it != m_index.end())
        return it->second;
    return kEmpty;
}

std::size_t StringPool::heapBytes() const
{
    return m_blocks.size() * kBlockBytes + m_views.capacity() * sizeof(std::string_view) +
           m_index.size() * (sizeof(std::string_view) + sizeof(Id) + 2 * sizeof(void*)) +
           m_index.bucket_count() * sizeof(void*);
}

} // namespace rs
