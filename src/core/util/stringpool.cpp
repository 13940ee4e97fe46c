#include "core/util/stringpool.h"

#include "core/util/hugepages.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

namespace rs {
namespace {
constexpr std::size_t kBlockBytes = 64 * 1024;
}

std::uint64_t StringPool::hash(std::string_view s) noexcept
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
    return h ^ (h >> 32);
}

StringPool::StringPool()
    : m_slots(64)
{
    m_views.emplace_back();
}

void StringPool::grow()
{
    std::vector<Slot> slots(m_slots.size() * 2);
    const std::size_t mask = slots.size() - 1;
    for (Id id = 1; id < m_views.size(); ++id) {
        const std::uint64_t h = hash(m_views[id]);
        std::size_t i = h & mask;
        while (slots[i].id != 0)
            i = (i + 1) & mask;
        slots[i] = {id, static_cast<std::uint32_t>(h >> 32)};
    }
    m_slots = std::move(slots);
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
    if (m_slots.empty()) // moved from
        m_slots.resize(64);
    const std::uint64_t h = hash(text);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const Slot slot = std::as_const(m_slots)[i];
        if (slot.id == 0)
            break;
        if (slot.tag == tag && m_views[slot.id] == text)
            return slot.id;
    }
    const auto id = static_cast<Id>(m_views.size());
    m_views.push_back(store(text));
    m_slots[i] = {id, tag};
    if (m_views.size() * 2 > m_slots.size())
        grow();
    return id;
}

StringPool::Id StringPool::find(std::string_view text) const
{
    if (text.empty() || m_slots.empty())
        return kEmpty;
    const std::uint64_t h = hash(text);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot slot = m_slots[i];
        if (slot.id == 0)
            return kEmpty;
        if (slot.tag == tag && m_views[slot.id] == text)
            return slot.id;
    }
}

bool StringPool::viewText(std::string_view text, std::span<const std::uint64_t> ends,
                          std::shared_ptr<const void> textOwner)
{
    *this = StringPool();
    if (ends.empty() || ends.front() != 0 || ends.back() != text.size())
        return false;
    m_views.reserve(ends.size());
    // Fresh memory of a pool read back (millions of strings): in huge pages, see adviseHugePages.
    adviseHugePages(m_views.data(), ends.size() * sizeof(std::string_view));
    const char* stored = text.data();
    if (textOwner) {
        m_borrowed = std::move(textOwner);
    } else if (!text.empty()) {
        auto block = std::make_unique_for_overwrite<char[]>(text.size());
        adviseHugePages(block.get(), text.size());
        std::memcpy(block.get(), text.data(), text.size());
        m_blocks.push_back(std::move(block));
        m_blockBytes = m_blockSize = m_blockUsed = text.size();
        stored = m_blocks.back().get();
    }
    for (std::size_t id = 1; id < ends.size(); ++id) {
        const std::uint64_t begin = ends[id - 1];
        if (ends[id] <= begin || ends[id] > text.size())
            return false;
        m_views.emplace_back(stored + begin, static_cast<std::size_t>(ends[id] - begin));
    }
    return true;
}

bool StringPool::assign(std::string_view text, std::span<const std::uint64_t> ends,
                        std::shared_ptr<const void> textOwner)
{
    if (!viewText(text, ends, std::move(textOwner))) {
        *this = StringPool();
        return false;
    }
    std::size_t size = 64;
    while (size < ends.size() * 2 + 2)
        size *= 2;
    std::vector<Slot> slots;
    resizeFresh(slots, size);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t id = 1; id < m_views.size(); ++id) {
        const std::string_view view = m_views[id];
        const std::uint64_t h = hash(view);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        std::size_t i = h & mask;
        for (;; i = (i + 1) & mask) {
            const Slot slot = slots[i];
            if (slot.id == 0)
                break;
            if (slot.tag == tag && m_views[slot.id] == view) {
                *this = StringPool();
                return false;
            }
        }
        slots[i] = {static_cast<Id>(id), tag};
    }
    m_slots = std::move(slots);
    return true;
}

bool StringPool::assign(std::string_view text, std::span<const std::uint64_t> ends,
                        std::shared_ptr<const void> textOwner, Column<Slot> index)
{
    const std::size_t strings = ends.size();
    bool indexed = std::has_single_bit(index.size()) && strings > 0 && index.size() >= strings * 2;
    std::vector<bool> seen(indexed ? strings : 0);
    std::size_t count = 0;
    for (std::size_t i = 0; indexed && i < index.size(); ++i) {
        const Id id = std::as_const(index)[i].id;
        if (id == 0)
            continue;
        indexed = id < strings && !seen[id];
        if (indexed)
            seen[id] = true;
        ++count;
    }
    if (!indexed || count + 1 != strings || !viewText(text, ends, std::move(textOwner))) {
        *this = StringPool();
        return false;
    }
    m_slots = std::move(index);
    return true;
}

std::size_t StringPool::heapBytes() const
{
    return m_blockBytes + m_views.capacity() * sizeof(std::string_view) + m_slots.capacity() * sizeof(Slot);
}

} // namespace rs
