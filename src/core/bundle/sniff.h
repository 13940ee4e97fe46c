#pragma once

#include <cstdint>
#include <string_view>

namespace rs::bundleio {

enum class Container : std::uint8_t { None, Gzip, Tar, Zip, SevenZip, Bzip2, Xz, Zstd };

// Enough for a tar header: the ustar magic sits at offset 257 and the checksum covers 512 bytes.
inline constexpr std::size_t kSniffBytes = 512;

// What the first bytes announce. Names are never consulted: customers rename files.
Container sniffContainer(std::string_view head);

// Archives read through libarchive from memory because they need seeking (central directory).
inline bool needsMemory(Container kind)
{
    return kind == Container::Zip || kind == Container::SevenZip;
}

} // namespace rs::bundleio
