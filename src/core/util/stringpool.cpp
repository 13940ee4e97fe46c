#include "core/util/stringpool.h"

#include <algorithm>
#include <cstring>

namespace rs {
namespace {
constexpr std::size_t kBlockBytes = 64 * 1024;
}

std::size_t StringPool::Hash::operator()(std::string_view s) const noexcept
{
    // Eight bytes at a time with a multiply-xorshift mix: keys are addresses, hosts and GUIDs of
    // 10-60 bytes, hashed once per column per line, so byte-wise hashing showed in profiles.
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * kMul;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        h = (h ^ word) * kMul;
        h ^= h >> 29;
    }
    if (i < s.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, s.data() + i, s.size() - i);
        h = (h ^ word) * kMul;
        h ^= h >> 29;
    }
    return static_cast<std::size_t>(h ^ (h >> 32));
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
        m_blockBytes += text.size();
        return stored;
    }
    if (m_blocks.empty() || m_blockUsed + text.size() > m_blockSize) {
        m_blocks.push_back(std::make_unique<char[]>(kBlockBytes));
        m_blockBytes += kBlockBytes;
        m_blockSize = kBlockBytes;
        m_blockUsed = 0;
    }
    char* dest = m_blocks.back().get() + m_blockUsed;
    std::memcpy(dest, text.data(), text.size());
    m_blockUsed += text.size();
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
    // Node-based map: each entry is a node (key, value, next pointer, cached hash) plus a bucket slot.
    constexpr std::size_t kNodeBytes = sizeof(std::string_view) + sizeof(Id) + 2 * sizeof(void*);
    return m_blockBytes + m_views.capacity() * sizeof(std::string_view) + m_index.size() * kNodeBytes +
           m_index.bucket_count() * sizeof(void*);
}

} // namespace rs
