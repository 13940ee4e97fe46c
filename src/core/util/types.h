#pragma once

#include <cstdint>
#include <limits>

namespace rs {

// Nanoseconds since the Unix epoch, UTC. Every timestamp RouteScope stores has this unit.
using TimeNs = std::int64_t;
inline constexpr TimeNs kNoTime = std::numeric_limits<TimeNs>::min();

// A duration in nanoseconds; kNoDuration marks a value the log did not carry ("-").
using DurationNs = std::int64_t;
inline constexpr DurationNs kNoDuration = -1;

// t + d and a - b, saturated instead of overflowing: hostile lines carry durations of centuries
// and times from 1678 to 2262, whose sums and differences do not fit in 64 bits. The results
// stay above kNoTime, so they are never mistaken for "no time".
inline constexpr std::int64_t addClamped(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? std::numeric_limits<std::int64_t>::max()
                     : std::numeric_limits<std::int64_t>::min() + 1;
    return r == kNoTime ? r + 1 : r;
}
inline constexpr std::int64_t subClamped(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r))
        return b < 0 ? std::numeric_limits<std::int64_t>::max()
                     : std::numeric_limits<std::int64_t>::min() + 1;
    return r == kNoTime ? r + 1 : r;
}

// A boolean a log line may or may not state.
enum class Tri : std::uint8_t { Unknown, False, True };

inline constexpr Tri toTri(bool value)
{
    return value ? Tri::True : Tri::False;
}

} // namespace rs
