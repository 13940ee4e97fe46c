#pragma once

#include <cstdint>
#include <functional>

namespace rs {

// glibc backs malloc's large blocks with transparent huge pages only when told so as a program
// starts (the tunable glibc.malloc.hugetlb=1, glibc 2.35 and later; THP in "madvise" mode, as
// Debian ships it). On these VMs a page fault costs so much that Qt's own allocations were most of
// a reopen: the requests table's header keeps 8 bytes per row, 80 MB at 10 M requests, and
// faulting them in 4 KiB at a time took 0.3 s of the window's first paint. So the window starts
// itself once more with the tunable added (`exec`, /proc/self/exe), unless the environment has it
// already or this start is that restart. Returns when there is no restart: not needed, or the
// exec failed (the environment is then as it was, and the window simply runs without).
using ExecFn = std::function<int(const char* path, char* const* argv)>;
void restartWithHugePageMalloc(char* const* argv, const ExecFn& exec);
void restartWithHugePageMalloc(char* const* argv);

// Wall milliseconds since the program first started, before a restart above (--ready-time).
std::int64_t millisecondsSinceFirstStart();

} // namespace rs
