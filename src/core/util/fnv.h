#pragma once

#include <cstdint>
#include <string_view>

namespace rs {

// FNV-1a, 64 bit: stable across runs and builds, for small keys hashed rarely (the string pool's
// own hash is the fast one for columns). Pass the previous result as `h` to hash a sequence.
inline constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;

inline std::uint64_t fnv1a(std::string_view text, std::uint64_t h = kFnvOffset)
{
    for (const char c : text)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

} // namespace rs
