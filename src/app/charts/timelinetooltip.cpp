#include "app/charts/timelinetooltip.h"

#include "app/charts/chartcolors.h"
#include "app/charts/routeevents.h"
#include "app/charts/timelineseries.h"
#include "app/filter/viewdata.h"
#include "core/diagnosis/explanations.h"
#include "core/query/classnames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>

// The context of the tooltip's texts (lupdate reads it; a local tr() function it would not).
struct TimelineToolTipText {
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTipText)
};

namespace rs {
namespace {

constexpr std::size_t kMaxEventsListed = 3;

QString number(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

void appendRouteEvents(QStringList& lines, const TimelineSeries& series, const ViewData& data, TimeNs at,
                       DurationNs tolerance)
{
    const auto& events = data.incident().tables.events;
    const auto& times = events.time;
    const auto begin = std::lower_bound(series.routeEvents.begin(), series.routeEvents.end(), at - tolerance,
                                        [&times](std::uint32_t row, TimeNs t) { return times[row] < t; });
    const auto end = std::upper_bound(begin, series.routeEvents.end(), at + tolerance,
                                      [&times](TimeNs t, std::uint32_t row) { return t < times[row]; });
    if (begin == end)
        return;
    // Prunes come by the dozen: counts by kind first, then a few of them.
    std::array<std::size_t, kRouteEventKindCount> byKind{};
    for (auto it = begin; it != end; ++it) {
        if (const auto kind = routeEventKind(events.message[*it]))
            ++byKind[static_cast<std::size_t>(*kind)];
    }
    QStringList counts;
    for (std::size_t k = 0; k < kRouteEventKindCount; ++k) {
        if (byKind[k] > 0)
            counts << QStringLiteral("%1 %2").arg(number(byKind[k]),
                                                  routeEventKindTitle(static_cast<RouteEventKind>(k)));
    }
    lines << TimelineToolTipText::tr("Route-table events: %1").arg(counts.join(QStringLiteral(", ")));
    std::size_t listed = 0;
    for (auto it = begin; it != end && listed < kMaxEventsListed; ++it, ++listed)
        lines
            << QStringLiteral("  %1  %2").arg(formatPlotTime(times[*it], true), routeEventSummary(data, *it));
    const auto rest = static_cast<std::size_t>(end - begin) - listed;
    if (rest > 0)
        lines << QCoreApplication::translate("rs::TimelineView", "  … and %n more", nullptr,
                                             static_cast<int>(rest));
}

} // namespace

QString formatPlotTime(TimeNs t, bool withMillis)
{
    const auto dateTime = QDateTime::fromMSecsSinceEpoch(t / 1'000'000, QTimeZone::utc());
    return dateTime.toString(withMillis ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                        : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString timelineTooltipText(const TimelineSeries& series, const ViewData& data, TimeNs at,
                            DurationNs tolerance)
{
    QStringList lines;
    const std::ptrdiff_t bucket = series.bucketAt(at);
    if (bucket >= 0) {
        const auto b = static_cast<std::size_t>(bucket);
        const TimeNs start = series.bucketStart(b);
        lines << TimelineToolTipText::tr("%1 – %2 UTC (%3)")
                     .arg(formatPlotTime(start), formatPlotTime(start + series.buckets.width).mid(11),
                          bucketWidthText(series.buckets.width));
        lines << TimelineToolTipText::tr("Requests: %1").arg(number(series.total(b)));
        if (!series.bySource.empty()) {
            for (std::size_t k = 0; k < kSourceCount; ++k) {
                if (const auto n = series.bySource[b][k])
                    lines << QStringLiteral("  %1: %2")
                                 .arg(sourceStackTitle(static_cast<Source>(k)), number(n));
            }
        }
        for (std::size_t k = 0; series.bySource.empty() && k < kStatusClassCount; ++k) {
            if (const auto n = series.buckets.byStatusClass[b][k])
                lines << QStringLiteral("  %1: %2").arg(statusClassTitle(k), number(n));
        }
        if (!series.buckets.byErrorClass.empty() && series.bySource.empty()) {
            const auto& classes = series.buckets.byErrorClass[b];
            std::uint64_t failures = 0;
            for (std::size_t c = 0; c < classes.size(); ++c)
                failures += query::isFailureClass(c) ? classes[c] : 0;
            if (failures > 0) {
                lines << TimelineToolTipText::tr("Failures: %1").arg(number(failures));
                for (std::size_t c = 0; c < classes.size(); ++c) {
                    if (query::isFailureClass(c) && classes[c] > 0)
                        lines << QStringLiteral("  %1: %2")
                                     .arg(classTitle(static_cast<ErrorClass>(c)), number(classes[c]));
                }
            }
        }
        for (const auto& router : series.routers) {
            if (router.counts[b] > 0)
                lines << QStringLiteral("  %1: %2").arg(router.name, number(router.counts[b]));
        }
    } else {
        lines << TimelineToolTipText::tr("%1 UTC").arg(formatPlotTime(at));
    }
    appendRouteEvents(lines, series, data, at, tolerance);
    return lines.join(QLatin1Char('\n'));
}

} // namespace rs
