#pragma once

namespace rs {

// Lowers the calling thread's scheduling priority (nice 10 on Linux, where nice is per thread),
// for work the user does not wait on to read the window: the route-table replay and the requests'
// sorts start with the first view of an incident and would otherwise take the CPU the window
// needs to lay out and paint it (two cores: the GUI thread and up to three of these). The work
// still runs at full speed when nothing else wants the CPU. Once lowered a thread stays lowered
// (raising it again needs a privilege), so only threads of pools that run such work call this.
void lowerThisThreadPriority();

} // namespace rs
