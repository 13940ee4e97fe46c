#pragma once

#include <string_view>

namespace rs {

// With ROUTESCOPE_MEMORY_TRACE=1 in the environment, one line to stderr at each phase boundary:
//   memory: <seconds> <phase> rss <MiB> (anon, file) phase peak <MiB> run peak <MiB>
// the resident set now, the highest it reached since the previous line (the kernel's high-water
// mark, reset at each line through /proc/self/clear_refs), and the highest of the whole run so
// far. The phase whose peak equals the run's is where the peak happens. Resetting the mark lowers
// what the kernel reports at exit (ru_maxrss, /usr/bin/time's %M) to the last phase's peak: with
// the trace on, take the run's peak from its last line. Without the variable: nothing (one cached
// getenv).
void traceMemory(std::string_view phase);

} // namespace rs
