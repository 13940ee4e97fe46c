#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// Rotated generations of one logical log (FORMATS.md §5.3): access.log, access.log.1,
// access.log.2.gz …, and dated rotations (logrotate dateext) like access.log-20231005(.gz).
struct RotationInfo {
    std::string logicalPath;   // ".gz", ".N" or "-YYYYMMDD…" removed: the same for all generations
    int generation = 0;        // 0 live, N for ".N"; dated rotations are 1 (ordered by dateKey)
    std::uint64_t dateKey = 0; // digits of a dated suffix (20231005, 2023100513, …), 0 otherwise
};

RotationInfo rotationOf(std::string_view path);

// Orders entries (indices into `paths`) so that each logical log is contiguous, oldest generation
// first (highest N first, dated by date, live file last), logical logs sorted by logical path.
std::vector<std::size_t> rotationOrder(const std::vector<std::string>& paths);

} // namespace rs
