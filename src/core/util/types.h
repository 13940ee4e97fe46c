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

// A boolean a log line may or may not state.
enum class Tri : std::uint8_t { Unknown, False, True };

inline constexpr Tri toTri(bool value)
{
    return value ? Tri::True : Tri::False;
}

} // namespace rs
