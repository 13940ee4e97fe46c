#include "app/hugepagestart.h"

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <unistd.h>

namespace rs {

namespace {

constexpr const char* kTunables = "GLIBC_TUNABLES";
constexpr const char* kHugePageTunable = "glibc.malloc.hugetlb";
// Set for the restarted program only: when the first start began, CLOCK_MONOTONIC nanoseconds.
constexpr const char* kStartedAt = "ROUTESCOPE_FIRST_START_NS";

std::int64_t monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

std::int64_t& firstStartNs()
{
    static std::int64_t started = monotonicNs();
    return started;
}

std::optional<std::string> variable(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::optional<std::string>(value) : std::nullopt;
}

void restore(const char* name, const std::optional<std::string>& value)
{
    if (value)
        ::setenv(name, value->c_str(), 1);
    else
        ::unsetenv(name);
}

} // namespace

void restartWithHugePageMalloc(char* const* argv, const ExecFn& exec)
{
    firstStartNs(); // this start's time, unless it is the restart
    if (const auto startedAt = variable(kStartedAt)) {
        // The restart: the first start's time, and nothing for programs this one starts.
        char* end = nullptr;
        const long long ns = std::strtoll(startedAt->c_str(), &end, 10);
        if (end != startedAt->c_str() && *end == '\0' && ns > 0 && ns <= monotonicNs())
            firstStartNs() = ns;
        ::unsetenv(kStartedAt);
        return;
    }
    const std::optional<std::string> tunables = variable(kTunables);
    if (tunables && tunables->find(kHugePageTunable) != std::string::npos)
        return; // set by whoever started us: theirs stands
    const std::string on = std::string(kHugePageTunable) + "=1";
    const std::string with = tunables && !tunables->empty() ? *tunables + ':' + on : on;
    ::setenv(kTunables, with.c_str(), 1);
    ::setenv(kStartedAt, std::to_string(firstStartNs()).c_str(), 1);
    exec("/proc/self/exe", argv);
    restore(kTunables, tunables);
    ::unsetenv(kStartedAt);
}

void restartWithHugePageMalloc(char* const* argv)
{
    restartWithHugePageMalloc(argv, [](const char* path, char* const* args) { return ::execv(path, args); });
}

std::int64_t millisecondsSinceFirstStart()
{
    return (monotonicNs() - firstStartNs()) / 1'000'000;
}

} // namespace rs
