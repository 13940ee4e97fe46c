#pragma once

#include "app/charts/chartcolors.h"
#include "app/charts/timelineseries.h"

#include <array>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPAxis;
class QString;

namespace rs {

struct ViewData;

// Seconds since the epoch, as QCPAxisTickerDateTime wants them, and back (to the nanosecond
// a double can hold: a few hundred nanoseconds today).
double toPlotTime(TimeNs t);
TimeNs fromPlotTime(double seconds);

// The plottables the timeline shows for one series.
struct TimelinePlottables {
    std::array<QCPBars*, kStatusClassCount> statusBars{};       // null for a class with no request
    std::array<QCPBars*, kSourceCount> sourceBars{};            // BySource: null for a source with none
    std::vector<std::pair<ErrorClass, QCPGraph*>> failureLines; // failing classes present
    std::vector<QCPGraph*> routerLines;
    std::array<QCPGraph*, kRouteEventKindCount> markers{}; // null for a kind with no event
};

// Axes (date-time ticker in UTC), the hidden marker axis, the legend row under the plot and
// the buffered overlay layer for the crosshair. Called once.
void setUpTimelinePlot(QCustomPlot* plot);
// Sets the axis titles in the current language (setUpTimelinePlot does it once).
void retranslateTimelinePlot(QCustomPlot* plot);

// "Time (UTC), 2026-10-14": the date once, the ticks carry the time of day.
QString timeAxisTitle(TimeNs from, TimeNs to);
// `full` when it fits along the axis (as last laid out), else `brief`, else nothing.
void setCountAxisTitle(QCPAxis* axis, const QString& full, const QString& brief);
// Linear or logarithmic counts, labels never in exponent notation; and the range for counts
// up to `highest` on that scale.
void setCountScale(QCPAxis* axis, bool logarithmic);
void setCountRange(QCPAxis* axis, double highest);

// Replaces every plottable with the ones for `series` (no replot).
TimelinePlottables plotTimeline(QCustomPlot* plot, const TimelineSeries& series, const ViewData& data);

// The highest stacked total among the buckets that overlap [from, to).
std::uint64_t maxTotalBetween(const TimelineSeries& series, TimeNs from, TimeNs to);

} // namespace rs
