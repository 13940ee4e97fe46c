#pragma once

#include "core/query/aggregates.h"
#include "core/query/analysis.h"

#include <memory>
#include <vector>

namespace rs {

// What every panel draws for one filter: computed off the GUI thread by ViewUpdater, then
// shared read-only by all panels. `selection` rows are ascending request rows.
struct ViewData {
    std::shared_ptr<const Analysis> analysis;
    Filter filter;
    Selection selection;
    std::vector<KeyCount> backends;  // failures per backend address, by class
    std::vector<KeyCount> instances; // failures per app instance, by class
    // Failed attempts (not requests) per backend and per instance, by the attempt's class:
    // a request recovered on a second backend counts under the one that failed it first.
    std::vector<KeyCount> attemptBackends;
    std::vector<KeyCount> attemptInstances;
    std::vector<std::uint64_t> classTotals; // [class] over the selection
    std::uint64_t failures = 0;             // selected requests that failed (class not ok)
    // The timeline's first picture: the filter's range in the buckets a plot `timelinePixels`
    // wide shows (timelineBucketWidth), computed here so that the timeline only draws.
    TimeBuckets buckets;
    // The first and last start among the selected requests (kNoTime when none).
    TimeNs firstStart = kNoTime, lastStart = kNoTime;

    const Incident& incident() const { return *analysis->incident; }
    ClassColumns classColumns() const { return analysis->classColumns(); }
    // The time range the filter spans, clamped to the incident: what the timeline shows.
    TimeNs viewFrom() const;
    TimeNs viewTo() const;
    // The span of the selected requests, [firstStart, lastStart + 1): what Fit shows.
    TimeNs dataFrom() const { return firstStart == kNoTime ? viewFrom() : firstStart; }
    TimeNs dataTo() const { return lastStart == kNoTime ? viewTo() : lastStart + 1; }
};

// Everything the panels need for `filter`; pure, so tests and benchmarks call it directly.
std::shared_ptr<const ViewData> computeViewData(std::shared_ptr<const Analysis> analysis, Filter filter,
                                                int timelinePixels = 1200);

} // namespace rs
