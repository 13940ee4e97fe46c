#pragma once

#include "core/query/filter.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace rs {

// Requests per time bucket. Bucket i covers [origin + i*width, origin + (i+1)*width); origin
// is `from` rounded down to a multiple of the width so that bucket edges fall on round
// clock times.
struct TimeBuckets {
    TimeNs origin = 0;
    DurationNs width = 0;
    // [bucket][none, 1xx, 2xx, 3xx, 4xx, 5xx]; statuses outside 100–599 count as none.
    std::vector<std::array<std::uint32_t, 6>> byStatusClass;
    // [bucket][class]; empty when the classes are not known yet.
    std::vector<std::vector<std::uint32_t>> byErrorClass;
};

// The smallest of 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1 h that gives at most
// `targetBuckets` buckets over [from, to); 1 h for anything longer.
DurationNs niceBucketWidth(TimeNs from, TimeNs to, int targetBuckets = 300);

// Counts the selected rows with from <= start < to.
TimeBuckets bucketByTime(const Incident& incident, const Selection& selection, ClassColumns classes,
                         TimeNs from, TimeNs to, DurationNs width);

struct KeyCount {
    std::string key;
    std::uint64_t total = 0;
    std::vector<std::uint32_t> byClass; // [class]; empty when the classes are not known
    bool operator==(const KeyCount&) const = default;
};

// A failure is a request with status >= 500, or, when the classes are known, one whose class
// is not ok, recovered or app_response. Sorted by total descending, then key; at most `limit`.
// A request without backend counts under "-".
std::vector<KeyCount> failuresByBackend(const Incident& incident, const Selection& selection,
                                        ClassColumns classes, std::size_t limit = 50);
// Key "app_id/instance_id", or "app_id/app_index" when the line has no instance id; the key
// is accepted as is by Filter::instances.
std::vector<KeyCount> failuresByInstance(const Incident& incident, const Selection& selection,
                                         ClassColumns classes, std::size_t limit = 50);
// Failed attempts (backend-endpoint-failed and route-service-connection-failed events joined
// to the selected requests) per backend address, by the class of the attempt's error: every
// attempt counts, so a request that recovered on a second backend still shows the first one.
// Same order and limit as failuresByBackend. `attempts*` are Diagnosis' columns.
struct AttemptColumns {
    const Column<std::uint32_t>* begin = nullptr;
    const Column<std::uint16_t>* count = nullptr;
    const Column<std::uint32_t>* events = nullptr;
};
std::vector<KeyCount> failedAttemptsByBackend(const Incident& incident, const Selection& selection,
                                              AttemptColumns attempts, std::size_t limit = 50);
// The same per app instance, key "app_id/instance_id" as in failuresByInstance.
std::vector<KeyCount> failedAttemptsByInstance(const Incident& incident, const Selection& selection,
                                               AttemptColumns attempts, std::size_t limit = 50);
// Requests per host, same order; byClass stays empty.
std::vector<KeyCount> topRoutes(const Incident& incident, const Selection& selection, std::size_t limit = 20);

// Response times in seconds over the selected rows that logged one (nearest-rank percentiles).
struct LatencyPercentiles {
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
    std::uint64_t count = 0;
};
LatencyPercentiles latency(const Incident& incident, const Selection& selection);

} // namespace rs
