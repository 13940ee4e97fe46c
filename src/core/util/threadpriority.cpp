#include "core/util/threadpriority.h"

#include <sys/resource.h>

namespace rs {

namespace {
constexpr int kBackgroundNice = 10;
}

void lowerThisThreadPriority()
{
    // PRIO_PROCESS with 0 is the calling thread on Linux (nice is a thread's attribute there); a
    // failure leaves the priority as it was, which is only slower.
    const int current = getpriority(PRIO_PROCESS, 0);
    if (current < kBackgroundNice)
        (void)setpriority(PRIO_PROCESS, 0, kBackgroundNice);
}

} // namespace rs
