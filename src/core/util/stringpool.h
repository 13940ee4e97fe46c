#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rs {

// Interns strings to dense 32-bit ids. Id 0 is always the empty string, which also stands
// for "missing" ("-" in the logs). Views stay valid for the pool's lifetime: text lives in
// fixed-size blocks that are never reallocated.
class StringPool {
public:
    using Id = std::uint32_t;
    static constexpr Id kEmpty = 0;

    StringPool();
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;
    StringPool(StringPool&&) noexcept = default;
    StringPool& operator=(StringPool&&) noexcept = default;

    Id intern(std::string_view text);
    // Returns the id of `text` if it was interned, kEmpty otherwise; never inserts.
    Id find(std::string_view text) const;
    std::string_view view(Id id) const { return m_views[id]; }
    std::size_t size() const { return m_views.size(); }
    std::size_t heapBytes() const;

private:
    std::string_view store(std::string_view text);

    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept;
    };
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::size_t m_blockUsed = 0;
    std::size_t m_blockSize = 0;
    std::size_t m_blockBytes = 0; // allocated for text, including unused block tails
    std::vector<std::string_view> m_views;
    std::unordered_map<std::string_view, Id, Hash, std::equal_to<>> m_index;
};

} // namespace rs
