#pragma once

#include "core/diagnosis/errorclass.h"
#include "core/query/aggregates.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace rs {

struct ViewData;

// What the timeline draws beside the bars by status class: lines per failing error class
// (ByClass), those plus a line per router (ByRouter), or, instead of both, the requests
// stacked by source (BySource: who has to act, Source in errorclass.h, including the load
// balancer's own failures that the LB join marks Infrastructure).
enum class TimelineStack { ByClass, ByRouter, BySource };

// What the timeline plots for one visible range: kept as plain numbers so that an export can
// write exactly what is shown.
struct TimelineSeries {
    struct RouterLine {
        QString name;                      // identity display name
        std::vector<std::uint32_t> counts; // [bucket]
    };

    TimeNs from = kNoTime, to = kNoTime;    // the range that was bucketed, [from, to)
    TimeBuckets buckets;                    // by status class and by error class
    std::vector<RouterLine> routers;        // largest first; empty unless asked for
    std::vector<std::uint32_t> routeEvents; // event rows (routeEventRows), by time
    // [bucket][Source]: every request counted under its diagnosed source, the one a
    // `source = …` filter matches (Source::None: succeeded). Empty unless asked for, or
    // while there is no diagnosis.
    std::vector<std::array<std::uint32_t, kSourceCount>> bySource;

    std::size_t bucketCount() const { return buckets.byStatusClass.size(); }
    TimeNs bucketStart(std::size_t bucket) const
    {
        return buckets.origin + static_cast<TimeNs>(bucket) * buckets.width;
    }
    std::uint64_t total(std::size_t bucket) const;
    // The bucket holding `t`, or -1 outside the series.
    std::ptrdiff_t bucketAt(TimeNs t) const;
};

// At most this many routers get a line of their own (the busiest ones).
inline constexpr std::size_t kMaxRouterLines = 12;

// Buckets of `width` over [from, to) of the data's selection; one line per router for
// ByRouter, counts per source for BySource. Reads every selected row: run it off the GUI
// thread for big selections.
TimelineSeries buildTimelineSeries(const ViewData& data, TimeNs from, TimeNs to, DurationNs width,
                                   TimelineStack stack);

// The bucket width the timeline uses for a visible span drawn `pixels` wide: about one bucket
// per four pixels, between one second and one hour; whole hours for spans of weeks.
DurationNs timelineBucketWidth(TimeNs from, TimeNs to, int pixels);

// "10 s", "5 min", "1 h".
QString bucketWidthText(DurationNs width);

} // namespace rs
