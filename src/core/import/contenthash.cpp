#include "core/import/contenthash.h"

#include <array>
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

// CRC-64/XZ (ISA-L's crc64_ecma_refl), reflected: the polynomial for the combination below.
constexpr std::uint64_t kReflectedPolynomial = 0xC96C5795D7870F42ull;

// zlib's crc32_combine over GF(2) for 64 bits: `crc` moved past `bytes` zero bytes as a
// 64x64 bit matrix applied to it, squared for each bit of the length.
std::uint64_t gf2Times(const std::array<std::uint64_t, 64>& matrix, std::uint64_t vector)
{
    std::uint64_t sum = 0;
    for (std::size_t i = 0; vector != 0; vector >>= 1, ++i)
        if ((vector & 1) != 0)
            sum ^= matrix[i];
    return sum;
}

void gf2Square(std::array<std::uint64_t, 64>& square, const std::array<std::uint64_t, 64>& matrix)
{
    for (std::size_t n = 0; n < 64; ++n)
        square[n] = gf2Times(matrix, matrix[n]);
}

std::uint64_t crcAfterZeros(std::uint64_t crc, std::uint64_t bytes)
{
    std::array<std::uint64_t, 64> odd{};  // an odd power of the one-zero-bit operator
    std::array<std::uint64_t, 64> even{}; // an even power
    odd[0] = kReflectedPolynomial;
    for (std::size_t n = 1; n < 64; ++n)
        odd[n] = std::uint64_t{1} << (n - 1);
    gf2Square(even, odd); // two zero bits
    gf2Square(odd, even); // four zero bits
    while (bytes != 0) {
        gf2Square(even, odd); // one zero byte, then 2, 4, ... as the loop goes on
        if ((bytes & 1) != 0)
            crc = gf2Times(even, crc);
        bytes >>= 1;
        if (bytes == 0)
            break;
        gf2Square(odd, even);
        if ((bytes & 1) != 0)
            crc = gf2Times(odd, crc);
        bytes >>= 1;
    }
    return crc;
}

} // namespace

// ISA-L's CRC-64 (carry-less multiply, several GB/s) rather than std::hash, whose byte loop was 7 %
// of a plain import's CPU time. Duplicates are the customer's own files: no adversary to resist.
std::uint64_t contentBlockHash(std::string_view block, std::uint64_t index)
{
    const auto crc = crc64_ecma_refl(0, reinterpret_cast<const unsigned char*>(block.data()), block.size());
    return mix(crc ^ mix(index));
}

BlockPart blockPart(std::string_view bytes)
{
    return {crc64_ecma_refl(0, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()),
            bytes.size()};
}

BlockPart joinBlockParts(BlockPart front, BlockPart back)
{
    // The CRC's initial and final inversions cancel out: crc(A B) = crc(A) after |B| zeros ^ crc(B).
    return {crcAfterZeros(front.crc, back.size) ^ back.crc, front.size + back.size};
}

std::uint64_t contentBlockHash(BlockPart whole, std::uint64_t index)
{
    return mix(whole.crc ^ mix(index));
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
