#pragma once

#include "core/util/types.h"

#include <QString>

namespace rs {

struct TimelineSeries;
struct ViewData;

// What the crosshair tells at `at`: the bucket, its total, the counts per status class, per
// failing class and per router line, and the route-table events within `tolerance` of `at`.
// Plain text (it quotes log values): show it through plainToolTip().
QString timelineTooltipText(const TimelineSeries& series, const ViewData& data, TimeNs at,
                            DurationNs tolerance);

// "2026-10-14 09:08:10" in UTC; milliseconds when `withMillis`.
QString formatPlotTime(TimeNs t, bool withMillis = false);

} // namespace rs
