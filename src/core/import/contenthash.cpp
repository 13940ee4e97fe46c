#include "core/import/contenthash.h"

#include <isa-l.h>

namespace rs {
namespace {

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

} // namespace

// ISA-L's CRC-64 (carry-less multiply, several GB/s) rather than std::hash, whose byte loop was 7 %
// of a plain import's CPU time. Duplicates are the customer's own files: no adversary to resist.
std::uint64_t contentBlockHash(std::string_view block, std::uint64_t index)
{
    const auto crc = crc64_ecma_refl(0, reinterpret_cast<const unsigned char*>(block.data()), block.size());
    return mix(crc ^ mix(index));
}

std::uint64_t finishContentHash(std::uint64_t blockSum, std::uint64_t size)
{
    return mix(blockSum ^ mix(size));
}

std::uint64_t contentHash(std::string_view text)
{
    std::uint64_t sum = 0;
    for (std::size_t k = 0; k * kContentHashBlock < text.size(); ++k)
        sum += contentBlockHash(text.substr(k * kContentHashBlock, kContentHashBlock), k);
    return finishContentHash(sum, text.size());
}

} // namespace rs
