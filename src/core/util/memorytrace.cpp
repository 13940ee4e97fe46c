#include "core/util/memorytrace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace rs {

namespace {

bool tracing()
{
    static const bool on = [] {
        const char* value = std::getenv("ROUTESCOPE_MEMORY_TRACE");
        return value != nullptr && *value != '\0' && std::strcmp(value, "0") != 0;
    }();
    return on;
}

struct Status {
    long rssKb = 0, anonKb = 0, fileKb = 0, hwmKb = 0;
};

Status readStatus()
{
    Status status;
    std::FILE* file = std::fopen("/proc/self/status", "r");
    if (file == nullptr)
        return status;
    char line[256];
    while (std::fgets(line, sizeof line, file) != nullptr) {
        long kb = 0;
        if (std::sscanf(line, "VmRSS: %ld", &kb) == 1)
            status.rssKb = kb;
        else if (std::sscanf(line, "RssAnon: %ld", &kb) == 1)
            status.anonKb = kb;
        else if (std::sscanf(line, "RssFile: %ld", &kb) == 1)
            status.fileKb = kb;
        else if (std::sscanf(line, "VmHWM: %ld", &kb) == 1)
            status.hwmKb = kb;
    }
    std::fclose(file);
    return status;
}

// The high-water mark starts again from the resident set now (proc(5), clear_refs "5").
void resetPeak()
{
    if (std::FILE* file = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", file);
        std::fclose(file);
    }
}

} // namespace

void traceMemory(std::string_view phase)
{
    if (!tracing())
        return;
    // Phases end on several threads (files merged by whichever parser finished one).
    static std::mutex mutex;
    static const auto started = std::chrono::steady_clock::now();
    static long runPeakKb = 0;
    const std::lock_guard lock(mutex);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const Status s = readStatus();
    runPeakKb = std::max(runPeakKb, s.hwmKb);
    std::fprintf(stderr,
                 "memory: %7.2f s  %-26.*s rss %5ld MiB (anon %5ld, file %4ld)  phase peak %5ld MiB  run "
                 "peak %5ld MiB\n",
                 seconds, static_cast<int>(phase.size()), phase.data(), s.rssKb >> 10, s.anonKb >> 10,
                 s.fileKb >> 10, s.hwmKb >> 10, runPeakKb >> 10);
    resetPeak();
}

} // namespace rs
