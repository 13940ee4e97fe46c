#pragma once

#include "core/store/column.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace rs {

// Interns strings to dense 32-bit ids. Id 0 is always the empty string, which also stands
// for "missing" ("-" in the logs). Views stay valid for the pool's lifetime: text lives in
// fixed-size blocks that are never reallocated.
class StringPool {
public:
    using Id = std::uint32_t;
    static constexpr Id kEmpty = 0;

    // The hash table: open addressing over ids. A slot holds an id (0: free, the empty string is
    // never indexed) and 32 bits of its text's hash, so a probe rarely touches text that does not
    // match. Flat slots instead of hash-map nodes: one cache line per lookup instead of three, 8
    // bytes per slot. A power of two of them, at most half full.
    struct Slot {
        Id id = 0;
        std::uint32_t tag = 0;
    };

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

    // Replaces the contents with the strings laid end to end in `text`: string `id` ends at
    // `ends[id]` and starts where the one before ends (ends[0] == 0: id 0 is the empty string).
    // What a saved incident reads back (core/cache): one copy of the text and one sizing of the
    // table instead of interning string after string. False, with the pool left as a new one, when
    // the ends are out of order or past the text, or a string is empty (past id 0) or repeated.
    // `textOwner`, when given, keeps `text` alive (a mapped saved incident): the pool then views it
    // instead of copying it.
    bool assign(std::string_view text, std::span<const std::uint64_t> ends,
                std::shared_ptr<const void> textOwner = nullptr);
    // The same, with the hash table a saved incident wrote beside the text (index()) taken as it is
    // (a view of the mapped file) instead of built again: 0.3 s at 2 M strings on these VMs. The
    // table is checked to be one this pool keeps, a power of two at most half full of these
    // strings' ids, each once, so every lookup ends and stays in bounds. Whether each id sits where
    // its hash leads, and whether two strings repeat, is not checked (that is the cost saved): the
    // file's checksums stand for it, and a crafted table only makes a lookup miss.
    bool assign(std::string_view text, std::span<const std::uint64_t> ends,
                std::shared_ptr<const void> textOwner, Column<Slot> index);
    // The hash table, for a saved incident to write beside the text.
    std::span<const Slot> index() const { return m_slots.span(); }

private:
    std::string_view store(std::string_view text);

    bool viewText(std::string_view text, std::span<const std::uint64_t> ends,
                  std::shared_ptr<const void> textOwner);
    static std::uint64_t hash(std::string_view s) noexcept;
    void grow();
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::shared_ptr<const void> m_borrowed; // the text assign() viewed
    std::size_t m_blockUsed = 0;
    std::size_t m_blockSize = 0;
    std::size_t m_blockBytes = 0; // allocated for text, including unused block tails
    std::vector<std::string_view> m_views;
    Column<Slot> m_slots;
};

} // namespace rs
