#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rs {

// A file's content hash (duplicate files, and a cached incident's check that an archive member
// read again is the one imported): a sum over fixed blocks of the text, each block's CRC-64 mixed
// with its index, so that pieces parsed in parallel hash the blocks ending within them and the sum
// does not depend on how the file was cut.
inline constexpr std::size_t kContentHashBlock = 64u << 10;

std::uint64_t contentBlockHash(std::string_view block, std::uint64_t index);

// Part of a block: a block cut between two pieces is hashed by each piece over its own bytes, and
// the parts joined afterwards (CRC-64 combines without the bytes), so that no piece reads bytes of
// another, which may be gone by then (pages given back once parsed).
struct BlockPart {
    std::uint64_t crc = 0;
    std::uint64_t size = 0;
};
BlockPart blockPart(std::string_view bytes);
// The part made of `front` followed by `back`.
BlockPart joinBlockParts(BlockPart front, BlockPart back);
// contentBlockHash of the block whose bytes `whole` covers.
std::uint64_t contentBlockHash(BlockPart whole, std::uint64_t index);
// The hash of a text of `size` bytes whose blocks' hashes sum to `blockSum`.
std::uint64_t finishContentHash(std::uint64_t blockSum, std::uint64_t size);
// The same for a whole text at once.
std::uint64_t contentHash(std::string_view text);

} // namespace rs
