#include "app/charts/timelineplot.h"

#include "app/charts/axisfit.h"
#include "app/charts/qcustomplot.h"
#include "app/filter/viewdata.h"
#include "core/diagnosis/explanations.h"
#include "core/query/classnames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QTimeZone>

#include <cmath>

// The context of the plot's texts (lupdate reads it; a local tr() function it would not).
struct TimelinePlotText {
    Q_DECLARE_TR_FUNCTIONS(TimelinePlotText)
};

namespace rs {
namespace {

constexpr double kNsPerSecond = 1e9;
constexpr DurationNs kSecond = 1'000'000'000;
// Markers sit near the top of the hidden [0, 1] axis, above the bars.
constexpr double kMarkerHeight = 0.95;

QCPScatterStyle markerStyle(RouteEventKind kind)
{
    const QColor color = routeEventColor(kind);
    switch (kind) {
    case RouteEventKind::Registered:
        return QCPScatterStyle(QCPScatterStyle::ssTriangle, color, color, 8);
    case RouteEventKind::Unregistered:
        return QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, color, color, 8);
    case RouteEventKind::Pruned:
        return QCPScatterStyle(QCPScatterStyle::ssDiamond, color, color, 8);
    }
    return {};
}

} // namespace

double toPlotTime(TimeNs t)
{
    // Whole seconds and the fraction apart: the sum of both keeps more digits than t / 1e9.
    const TimeNs seconds = t / kSecond;
    return static_cast<double>(seconds) + static_cast<double>(t - seconds * kSecond) / kNsPerSecond;
}

TimeNs fromPlotTime(double seconds)
{
    const double whole = std::floor(seconds);
    return static_cast<TimeNs>(whole) * kSecond + std::llround((seconds - whole) * kNsPerSecond);
}

void retranslateTimelinePlot(QCustomPlot* plot)
{
    const QCPRange range = plot->xAxis->range();
    plot->xAxis->setLabel(timeAxisTitle(fromPlotTime(range.lower), fromPlotTime(range.upper)));
    plot->yAxis->setLabel(TimelinePlotText::tr("Requests"));
}

QString timeAxisTitle(TimeNs from, TimeNs to)
{
    if (from == kNoTime || to == kNoTime || to <= from)
        return TimelinePlotText::tr("Time (UTC)");
    const auto day = [](TimeNs t) {
        return QDateTime::fromMSecsSinceEpoch(t / 1'000'000, QTimeZone::utc()).date();
    };
    const QDate first = day(from), last = day(to - 1);
    const QString dates = first == last ? first.toString(Qt::ISODate)
                                        : QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate),
                                                                        last.toString(Qt::ISODate));
    return TimelinePlotText::tr("Time (UTC), %1").arg(dates);
}

void setCountAxisTitle(QCPAxis* axis, const QString& full, const QString& brief)
{
    // A vertical title longer than its axis is cut at both ends: the short one, or none.
    const QRect rect = axis->axisRect()->rect();
    const int room = axis->orientation() == Qt::Vertical ? rect.height() : rect.width();
    const QFontMetrics metrics(axis->labelFont());
    if (room <= 0 || metrics.horizontalAdvance(full) <= room)
        axis->setLabel(full);
    else if (metrics.horizontalAdvance(brief) <= room)
        axis->setLabel(brief);
    else
        axis->setLabel(QString());
}

void setCountScale(QCPAxis* axis, bool logarithmic)
{
    if (logarithmic) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = apartLogTicker(axis);
        ticker->setLogBase(10);
        ticker->setSubTickCount(0);
        axis->setTicker(ticker);
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(apartNumberTicker(axis));
    }
    useCountLabels(axis);
}

void setCountRange(QCPAxis* axis, double highest)
{
    if (axis->scaleType() == QCPAxis::stLogarithmic)
        axis->setRange(0.7, std::max(10.0, highest * 2.0));
    else
        axis->setRange(0, std::max(1.0, highest * 1.15));
}

void setUpTimelinePlot(QCustomPlot* plot)
{
    plot->xAxis->setTicker(apartTimeTicker(plot->xAxis));
    retranslateTimelinePlot(plot);
    setCountScale(plot->yAxis, false);
    plot->yAxis->setRange(0, 1);
    // The marker axis: fixed, invisible, so markers stay on top whatever the counts.
    plot->yAxis2->setRange(0, 1);
    plot->yAxis2->setVisible(false);
    // The window shows its legend in a strip of its own (LegendStrip); exports place this one.
    plot->legend->setVisible(false);

    // The crosshair and the time cursor move with the mouse: only their layer is redrawn.
    plot->addLayer(QStringLiteral("cursor"), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);
    plot->setNoAntialiasingOnDrag(true);
}

TimelinePlottables plotTimeline(QCustomPlot* plot, const TimelineSeries& series, const ViewData& data)
{
    plot->clearPlottables();
    TimelinePlottables result;
    const std::size_t n = series.bucketCount();
    const double width = static_cast<double>(series.buckets.width) / kNsPerSecond;
    QVector<double> keys(static_cast<qsizetype>(n));
    for (std::size_t b = 0; b < n; ++b)
        keys[static_cast<qsizetype>(b)] = toPlotTime(series.bucketStart(b)) + width / 2;

    QCPBars* below = nullptr;
    const auto addBars = [&](const QString& name, const QColor& color, const QVector<double>& values) {
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(name);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(width);
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
        bars->setSelectable(QCP::stNone);
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        return bars;
    };
    // By source: the requests stacked by who has to act, instead of status classes and
    // failure lines (the same requests again, split another way).
    const bool bySource = !series.bySource.empty();
    for (std::size_t s = 0; bySource && s < kSourceCount; ++s) {
        QVector<double> values(static_cast<qsizetype>(n));
        bool any = false;
        for (std::size_t b = 0; b < n; ++b) {
            values[static_cast<qsizetype>(b)] = series.bySource[b][s];
            any = any || series.bySource[b][s] != 0;
        }
        if (any) {
            const auto source = static_cast<Source>(s);
            result.sourceBars[s] = addBars(sourceStackTitle(source), sourceColor(source), values);
        }
    }
    for (std::size_t k = 0; !bySource && k < kStatusClassCount; ++k) {
        QVector<double> values(static_cast<qsizetype>(n));
        bool any = false;
        for (std::size_t b = 0; b < n; ++b) {
            values[static_cast<qsizetype>(b)] = series.buckets.byStatusClass[b][k];
            any = any || series.buckets.byStatusClass[b][k] != 0;
        }
        if (any)
            result.statusBars[k] = addBars(statusClassTitle(k), statusClassColor(k), values);
    }

    const std::size_t classCount = series.buckets.byErrorClass.empty() || bySource ? 0 : kErrorClassCount;
    for (std::size_t c = 0; c < classCount; ++c) {
        if (!query::isFailureClass(c))
            continue;
        QVector<double> values(static_cast<qsizetype>(n));
        bool any = false;
        for (std::size_t b = 0; b < n; ++b) {
            values[static_cast<qsizetype>(b)] = series.buckets.byErrorClass[b][c];
            any = any || series.buckets.byErrorClass[b][c] != 0;
        }
        if (!any)
            continue;
        const auto cls = static_cast<ErrorClass>(c);
        QCPGraph* graph = plot->addGraph(plot->xAxis, plot->yAxis);
        graph->setName(classTitle(cls));
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(QPen(errorClassColor(cls), 2));
        graph->setSelectable(QCP::stNone);
        graph->setData(keys, values, true);
        result.failureLines.emplace_back(cls, graph);
    }

    for (std::size_t r = 0; r < series.routers.size(); ++r) {
        const auto& line = series.routers[r];
        QVector<double> values(static_cast<qsizetype>(n));
        for (std::size_t b = 0; b < n; ++b)
            values[static_cast<qsizetype>(b)] = line.counts[b];
        QCPGraph* graph = plot->addGraph(plot->xAxis, plot->yAxis);
        graph->setName(line.name);
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(QPen(seriesColor(r), 1.5, Qt::DashLine));
        graph->setSelectable(QCP::stNone);
        graph->setData(keys, values, true);
        result.routerLines.push_back(graph);
    }

    const RouterEventTable& events = data.incident().tables.events;
    std::array<QVector<double>, kRouteEventKindCount> markerTimes;
    for (const std::uint32_t row : series.routeEvents) {
        if (const auto kind = routeEventKind(events.message[row]))
            markerTimes[static_cast<std::size_t>(*kind)].push_back(toPlotTime(events.time[row]));
    }
    for (std::size_t k = 0; k < kRouteEventKindCount; ++k) {
        if (markerTimes[k].isEmpty())
            continue;
        const auto kind = static_cast<RouteEventKind>(k);
        QCPGraph* graph = plot->addGraph(plot->xAxis, plot->yAxis2);
        graph->setName(routeEventKindTitle(kind));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(markerStyle(kind));
        graph->setSelectable(QCP::stNone);
        graph->setData(markerTimes[k], QVector<double>(markerTimes[k].size(), kMarkerHeight), true);
        result.markers[k] = graph;
    }
    return result;
}

std::uint64_t maxTotalBetween(const TimelineSeries& series, TimeNs from, TimeNs to)
{
    std::uint64_t result = 0;
    for (std::size_t b = 0; b < series.bucketCount(); ++b) {
        const TimeNs start = series.bucketStart(b);
        if (start >= to || start + series.buckets.width <= from)
            continue;
        result = std::max(result, series.total(b));
    }
    return result;
}

} // namespace rs
