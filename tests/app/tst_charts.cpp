// The timeline and backends charts on the sample incident, wired the real way: a FilterStack,
// a ViewUpdater and the panels following it. Mouse interaction goes through real mouse events
// on the plot widgets.
#include "app/charts/axisfit.h"
#include "app/charts/backendsview.h"
#include "app/charts/legendstrip.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/routeevents.h"
#include "app/charts/summarycharts.h"
#include "app/charts/timelineplot.h"
#include "app/charts/timelineview.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "appfixture.h"
#include "core/query/classnames.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <map>
#include <memory>

using namespace rs;

namespace {

constexpr TimeNs kMillisecond = 1'000'000;

// The panels as the main window wires them.
struct Charts {
    FilterStack filters;
    ViewUpdater updater{&filters};
    TimelineView timeline{&filters};
    BackendsView backends{&filters};

    Charts()
    {
        QObject::connect(&updater, &ViewUpdater::updated, &timeline, &TimelineView::setViewData);
        QObject::connect(&updater, &ViewUpdater::updated, &backends, &BackendsView::setViewData);
        timeline.resize(1000, 420);
        backends.resize(700, 600);
        timeline.show();
        backends.show();
        updater.setAnalysis(test::sampleAnalysis());
    }
    const Incident& incident() const { return *updater.analysis()->incident; }
};

// Waits for the views to follow the current filter and the timeline to count its buckets.
bool settle(Charts& charts)
{
    if (!test::waitForViews(charts.updater))
        return false;
    if (!QTest::qWaitFor([&] { return !charts.timeline.isUpdating(); }, 30000))
        return false;
    charts.timeline.plot()->replot();
    charts.backends.plot()->replot();
    return true;
}

std::uint64_t sum(const QCPAbstractPlottable* plottable)
{
    std::uint64_t total = 0;
    if (const auto* bars = qobject_cast<const QCPBars*>(plottable)) {
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            total += static_cast<std::uint64_t>(it->value);
    } else if (const auto* graph = qobject_cast<const QCPGraph*>(plottable)) {
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            total += static_cast<std::uint64_t>(it->value);
    }
    return total;
}

std::size_t statusClassOf(std::uint16_t status)
{
    return status >= 100 && status < 600 ? status / 100u : 0u;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1a));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    return dark;
}

// A pixel of the rendered plot just inside the axis rect's top-right corner: background only
// (the bars leave headroom there, the markers sit lower).
QColor axisRectBackgroundPixel(QCustomPlot* plot)
{
    plot->replot();
    const QImage image = plot->toPixmap().toImage();
    const QPoint corner = plot->axisRect()->rect().topRight() + QPoint(-3, 3);
    return image.pixelColor(corner * image.devicePixelRatio());
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timelineTotalsMatchSelection();
    void rubberBandFiltersTime();
    void zoomShrinksBuckets();
    void bucketWidthFollowsSpan();
    void clickSetsTimeCursor();
    void crosshairTooltipListsCounts();
    void routeEventMarkers();
    void perRouterLines();
    void timelineEmptyState();
    void backendBarClickFilters();
    void instanceBarClickFilters();
    void backendsEmptyState();
    void darkPaletteGivesDarkPlots();
    void plotKeepsItsHeightAtLaptopSize();
    void labelsNeverOverlap();
    void fitAndFirstViewSpanTheData();
    void shiftDragShowsAShadedBand();
    void attemptCountingShowsRecoveredBackends();
};

void TestCharts::timelineTotalsMatchSelection()
{
    Charts charts;
    QVERIFY(settle(charts));
    const auto data = charts.updater.current();
    QVERIFY(!data->selection.rows.empty());
    QVERIFY(charts.timeline.plot()->isVisible());

    std::array<std::uint64_t, kStatusClassCount> expected{};
    for (const auto row : data->selection.rows)
        ++expected[statusClassOf(charts.incident().tables.requests.status[row])];
    std::uint64_t plotted = 0;
    const auto& bars = charts.timeline.plottables().statusBars;
    for (std::size_t k = 0; k < kStatusClassCount; ++k) {
        QCOMPARE(bars[k] ? sum(bars[k]) : 0u, expected[k]);
        plotted += bars[k] ? sum(bars[k]) : 0;
    }
    QCOMPARE(plotted, data->selection.rows.size());
    // Every failing class present has its line, counting exactly that class.
    const auto& lines = charts.timeline.plottables().failureLines;
    QVERIFY(!lines.empty());
    for (const auto& [cls, graph] : lines)
        QCOMPARE(sum(graph), data->classTotals[static_cast<std::size_t>(cls)]);
    QVERIFY(charts.timeline.plot()->xAxis->label().contains(QStringLiteral("UTC")));
    {
        // Short, the plot keeps the title's height: the zone and day move to the bucket label's
        // tooltip.
        auto* bucket = charts.timeline.findChild<QLabel*>(QStringLiteral("bucketLabel"));
        QVERIFY(bucket && bucket->toolTip().isEmpty());
        const QSize tall = charts.timeline.size();
        charts.timeline.resize(tall.width(), 260);
        QTRY_VERIFY(charts.timeline.plot()->height() < 220);
        charts.timeline.plot()->replot();
        QVERIFY(charts.timeline.plot()->xAxis->label().isEmpty());
        QVERIFY(bucket->toolTip().contains(QStringLiteral("UTC")));
        charts.timeline.resize(tall);
        QTRY_VERIFY(charts.timeline.plot()->height() >= 220);
        charts.timeline.plot()->replot();
        QVERIFY(charts.timeline.plot()->xAxis->label().contains(QStringLiteral("UTC")));
    }
    QVERIFY(charts.timeline.plot()->yAxis->label().startsWith(QStringLiteral("Requests per")));

    // Hiding the legend strip gives its height to the plot.
    QCustomPlot* plot = charts.timeline.plot();
    auto* legend = charts.timeline.findChild<LegendStrip*>(QStringLiteral("legend"));
    QVERIFY(legend && legend->isVisible());
    QCOMPARE(legend->names().size(), plot->plottableCount());
    const int heightWithLegend = plot->height();
    auto* legendCheck = charts.timeline.findChild<QCheckBox*>(QStringLiteral("legendCheck"));
    QVERIFY(legendCheck && legendCheck->isChecked());
    legendCheck->click();
    QVERIFY(!legend->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return plot->height() > heightWithLegend; }, 5000));
    legendCheck->click();
    QVERIFY(QTest::qWaitFor([&] { return plot->height() == heightWithLegend; }, 5000));
}

void TestCharts::rubberBandFiltersTime()
{
    Charts charts;
    QVERIFY(settle(charts));
    QCustomPlot* plot = charts.timeline.plot();
    const QRect rect = plot->axisRect()->rect();
    const QPoint start(rect.left() + rect.width() / 3, rect.center().y());
    const QPoint end(rect.left() + rect.width() * 2 / 3, rect.center().y());
    const TimeNs expectedFrom = fromPlotTime(plot->xAxis->pixelToCoord(start.x()));
    const TimeNs expectedTo = fromPlotTime(plot->xAxis->pixelToCoord(end.x()));
    const QCPRange rangeBefore = plot->xAxis->range();

    QSignalSpy changed(&charts.filters, &FilterStack::filterChanged);
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, start);
    QTest::mouseMove(plot, (start + end) / 2);
    QTest::mouseMove(plot, end);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, end);
    QCOMPARE(changed.count(), 1);
    // Shift+drag selects; it does not pan.
    QCOMPARE(plot->xAxis->range().lower, rangeBefore.lower);

    const Filter filter = charts.filters.current();
    QVERIFY(std::abs(filter.from - expectedFrom) <= kMillisecond);
    QVERIFY(std::abs(filter.to - expectedTo) <= kMillisecond);
    QVERIFY(settle(charts));
    const auto data = charts.updater.current();
    QVERIFY(!data->selection.rows.empty());
    QVERIFY(data->selection.rows.size() < charts.incident().tables.requests.size());
    for (const auto row : data->selection.rows) {
        const TimeNs t = charts.incident().tables.requests.start[row];
        QVERIFY(t >= filter.from && t < filter.to);
    }
    // The timeline now shows the span of the requests in the filter's range, and its bars
    // count exactly the selection.
    TimeNs first = filter.to, last = filter.from;
    for (const auto row : data->selection.rows) {
        first = std::min(first, charts.incident().tables.requests.start[row]);
        last = std::max(last, charts.incident().tables.requests.start[row]);
    }
    QVERIFY(std::abs(fromPlotTime(plot->xAxis->range().lower) - first) <= kMillisecond);
    QVERIFY(std::abs(fromPlotTime(plot->xAxis->range().upper) - last) <= kMillisecond);
    std::uint64_t plotted = 0;
    for (const QCPBars* bars : charts.timeline.plottables().statusBars)
        plotted += bars ? sum(bars) : 0;
    QCOMPARE(plotted, data->selection.rows.size());

    // Other filter members stay: a status filter survives the next rubber band.
    charts.filters.modify([](Filter& f) { f.statuses = {{500, 599}}; });
    QVERIFY(settle(charts));
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, start);
    QTest::mouseMove(plot, end);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, end);
    QCOMPARE(charts.filters.current().statuses.size(), std::size_t{1});
    QVERIFY(charts.filters.current().from > filter.from);
}

void TestCharts::zoomShrinksBuckets()
{
    Charts charts;
    QVERIFY(settle(charts));
    QCustomPlot* plot = charts.timeline.plot();
    const DurationNs initial = charts.timeline.series().buckets.width;
    QVERIFY(initial > 0);

    // The wheel zooms in around the mouse.
    const QCPRange before = plot->xAxis->range();
    const QPointF at = plot->axisRect()->rect().center();
    QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120 * 8), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY(plot->xAxis->range().size() < before.size());
    QVERIFY(settle(charts));
    const DurationNs wheeled = charts.timeline.series().buckets.width;
    QVERIFY2(wheeled < initial, qPrintable(QStringLiteral("%1 !< %2").arg(wheeled).arg(initial)));
    QVERIFY(plot->yAxis->label().endsWith(bucketWidthText(wheeled)));

    // Zooming out to hours gives minutes.
    const double middle = plot->xAxis->range().center();
    plot->xAxis->setRange(middle - 3 * 3600, middle + 3 * 3600);
    QVERIFY(settle(charts));
    QVERIFY(charts.timeline.series().buckets.width >= DurationNs{60'000'000'000});
    // Home shows the filter's range again, with the first bucket size.
    QTest::keyClick(plot, Qt::Key_Home);
    QVERIFY(settle(charts));
    QCOMPARE(charts.timeline.series().buckets.width, initial);
    // A narrower plot gets wider buckets for the same range.
    charts.timeline.resize(charts.timeline.width() / 3, charts.timeline.height());
    QVERIFY(settle(charts));
    QVERIFY(charts.timeline.series().buckets.width > initial);
}

void TestCharts::bucketWidthFollowsSpan()
{
    constexpr DurationNs second = 1'000'000'000;
    constexpr TimeNs t0 = 1'790'000'000 * second;
    QCOMPARE(timelineBucketWidth(t0, t0 + 60 * second, 800), second);
    QCOMPARE(timelineBucketWidth(t0, t0 + 3600 * second, 800), 30 * second); // 200 buckets
    QCOMPARE(timelineBucketWidth(t0, t0 + 7 * 86400 * second, 800), 3600 * second);
    // A stray 1970 timestamp must not ask for half a million buckets.
    const DurationNs width = timelineBucketWidth(0, t0, 800);
    QVERIFY(width % (3600 * second) == 0);
    QVERIFY(t0 / width <= 200);
    QCOMPARE(bucketWidthText(30 * second), QStringLiteral("30 s"));
    QCOMPARE(bucketWidthText(300 * second), QStringLiteral("5 min"));
    QCOMPARE(bucketWidthText(7200 * second), QStringLiteral("2 h"));
}

void TestCharts::clickSetsTimeCursor()
{
    Charts charts;
    QVERIFY(settle(charts));
    QCustomPlot* plot = charts.timeline.plot();
    QSignalSpy cursor(&charts.timeline, &TimelineView::cursorTimeChanged);
    QSignalSpy filterChanged(&charts.filters, &FilterStack::filterChanged);
    const QPoint pos = plot->axisRect()->rect().center() + QPoint(40, 0);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(cursor.count(), 1);
    const auto at = cursor.first().at(0).value<TimeNs>();
    QVERIFY(std::abs(at - fromPlotTime(plot->xAxis->pixelToCoord(pos.x()))) <= kMillisecond);
    QCOMPARE(charts.timeline.cursorTime(), at);
    QCOMPARE(filterChanged.count(), 0); // a click is not a filter
    // Shift+Right moves the cursor by one bucket.
    QTest::keyClick(plot, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(cursor.count(), 2);
    QCOMPARE(charts.timeline.cursorTime(), at + charts.timeline.series().buckets.width);
}

void TestCharts::crosshairTooltipListsCounts()
{
    Charts charts;
    QVERIFY(settle(charts));
    QCustomPlot* plot = charts.timeline.plot();
    const TimelineSeries& series = charts.timeline.series();
    // The bucket with the most 5xx: its tooltip lists the total, the 5xx count and a failure class.
    std::size_t busiest = 0;
    for (std::size_t b = 0; b < series.bucketCount(); ++b) {
        if (series.buckets.byStatusClass[b][5] > series.buckets.byStatusClass[busiest][5])
            busiest = b;
    }
    QVERIFY(series.buckets.byStatusClass[busiest][5] > 0);
    const TimeNs middle = series.bucketStart(busiest) + series.buckets.width / 2;
    const QPoint pos(static_cast<int>(plot->xAxis->coordToPixel(toPlotTime(middle))),
                     plot->axisRect()->rect().center().y());
    QTest::mouseMove(plot, pos);
    QVERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("Requests: %1").arg(series.total(busiest))), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("5xx: %1").arg(series.buckets.byStatusClass[busiest][5])));
    QVERIFY(text.contains(QStringLiteral("Failures: ")));
    QVERIFY(text.contains(QStringLiteral(" UTC")));
    // Over a route-table marker, the tooltip names the event.
    const auto& events = charts.incident().tables.events;
    const std::uint32_t event = series.routeEvents.front();
    const QPoint markerPos(static_cast<int>(plot->xAxis->coordToPixel(toPlotTime(events.time[event]))),
                           pos.y());
    QTest::mouseMove(plot, markerPos);
    const auto kind = routeEventKind(events.message[event]);
    QVERIFY(kind);
    QVERIFY2(QToolTip::text().contains(routeEventKindTitle(*kind)), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(
        QString::fromStdString(charts.incident().identity(events.identity[event]).display)));

    // Leaving the plot hides it.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(plot, &leave);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestCharts::routeEventMarkers()
{
    Charts charts;
    QVERIFY(settle(charts));
    const auto data = charts.updater.current();
    const auto& events = charts.incident().tables.events;
    std::array<std::size_t, kRouteEventKindCount> expected{};
    for (std::size_t row = 0; row < events.size(); ++row) {
        const auto kind = routeEventKind(events.message[row]);
        if (kind && events.time[row] >= data->viewFrom() && events.time[row] < data->viewTo())
            ++expected[static_cast<std::size_t>(*kind)];
    }
    QVERIFY(expected[static_cast<std::size_t>(RouteEventKind::Registered)] > 0);
    QVERIFY(expected[static_cast<std::size_t>(RouteEventKind::Pruned)] > 0);
    const auto& markers = charts.timeline.plottables().markers;
    for (std::size_t k = 0; k < kRouteEventKindCount; ++k) {
        const std::size_t plotted = markers[k] ? static_cast<std::size_t>(markers[k]->dataCount()) : 0;
        QCOMPARE(plotted, expected[k]);
    }

    // A filter on one router keeps that router's events only.
    const std::string router =
        charts.incident().identity(events.identity[charts.timeline.series().routeEvents.front()]).display;
    charts.filters.modify([&router](Filter& f) { f.routers = {router}; });
    QVERIFY(settle(charts));
    QVERIFY(!charts.timeline.series().routeEvents.empty());
    for (const auto row : charts.timeline.series().routeEvents)
        QCOMPARE(charts.incident().identity(events.identity[row]).display, router);
}

void TestCharts::perRouterLines()
{
    Charts charts;
    QVERIFY(settle(charts));
    QVERIFY(charts.timeline.plottables().routerLines.empty());
    charts.timeline.setStack(TimelineStack::ByRouter);
    QVERIFY(settle(charts));
    const auto& lines = charts.timeline.plottables().routerLines;
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.size() <= kMaxRouterLines);
    const auto data = charts.updater.current();
    std::map<std::string, std::uint64_t> expected;
    for (const auto row : data->selection.rows)
        ++expected[charts.incident().identity(charts.incident().tables.requests.identity[row]).display];
    for (const QCPGraph* line : lines)
        QCOMPARE(sum(line), expected[line->name().toStdString()]);
}

void TestCharts::timelineEmptyState()
{
    Charts charts;
    QVERIFY(settle(charts));
    charts.filters.modify([](Filter& f) { f.hosts = {"no-such-host.example.com"}; });
    QVERIFY(settle(charts));
    QVERIFY(charts.updater.current()->selection.rows.empty());
    QVERIFY(!charts.timeline.plot()->isVisible());
    QVERIFY(charts.timeline.plottables().statusBars == (std::array<QCPBars*, kStatusClassCount>{}));
    QVERIFY(!charts.backends.plot()->isVisible());
    charts.filters.back();
    QVERIFY(settle(charts));
    QVERIFY(charts.timeline.plot()->isVisible());
}

void TestCharts::backendBarClickFilters()
{
    Charts charts;
    QVERIFY(settle(charts));
    const auto data = charts.updater.current();
    const auto& series = charts.backends.series();
    QVERIFY(series.rows.size() >= 2);
    // "(no backend)" is counted apart, never as a bar.
    const auto firstReal = std::find_if(data->backends.begin(), data->backends.end(),
                                        [](const KeyCount& row) { return row.key != "-"; });
    QCOMPARE(series.rows.front(), *firstReal);
    for (const auto& row : series.rows)
        QVERIFY(row.key != "-");
    // Stacked per class: the bars add up to each row's total.
    QVERIFY(!series.classes.empty());
    QCustomPlot* plot = charts.backends.plot();
    QCOMPARE(static_cast<std::size_t>(plot->plottableCount()), series.classes.size());

    const int row = 1;
    const KeyCount target = series.rows[row];
    const QPoint pos(static_cast<int>(plot->xAxis->coordToPixel(static_cast<double>(target.total) / 2)),
                     static_cast<int>(plot->yAxis->coordToPixel(row)));
    QCOMPARE(charts.backends.rowAt(pos), row);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(charts.filters.current().backends, std::vector<std::string>{target.key});
    QVERIFY(settle(charts));
    const auto filtered = charts.updater.current();
    QVERIFY(!filtered->selection.rows.empty());
    const auto& requests = charts.incident().tables.requests;
    for (const auto r : filtered->selection.rows)
        QCOMPARE(std::string(charts.incident().str(requests.backend[r])), target.key);
    QCOMPARE(charts.backends.series().rows.size(), std::size_t{1});
    QCOMPARE(charts.backends.series().rows.front().total, target.total);
}

void TestCharts::instanceBarClickFilters()
{
    Charts charts;
    QVERIFY(settle(charts));
    auto* instancesButton = charts.backends.findChild<QRadioButton*>(QStringLiteral("instancesButton"));
    QVERIFY(instancesButton);
    QTest::mouseClick(instancesButton, Qt::LeftButton);
    QCOMPARE(charts.backends.grouping(), BackendsView::Grouping::Instance);
    const auto data = charts.updater.current();
    const auto& series = charts.backends.series();
    QVERIFY(!series.rows.empty());
    const auto firstReal = std::find_if(data->instances.begin(), data->instances.end(),
                                        [](const KeyCount& row) { return row.key != "-/-"; });
    QCOMPARE(series.rows.front(), *firstReal);

    QCustomPlot* plot = charts.backends.plot();
    const KeyCount target = series.rows.front();
    const QPoint pos(static_cast<int>(plot->xAxis->coordToPixel(static_cast<double>(target.total) / 2)),
                     static_cast<int>(plot->yAxis->coordToPixel(0)));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(charts.filters.current().instances, std::vector<std::string>{target.key});
    QVERIFY(charts.filters.current().backends.empty());
    QVERIFY(settle(charts));
    const auto filtered = charts.updater.current();
    QVERIFY(!filtered->selection.rows.empty());
    // Every selected request went to that instance.
    const auto instances =
        failuresByInstance(charts.incident(), filtered->selection, filtered->classColumns());
    QCOMPARE(instances.size(), std::size_t{1});
    QCOMPARE(instances.front().key, target.key);
    QCOMPARE(charts.backends.series().rows.size(), std::size_t{1});

    // Keyboard: Down then Enter filters to the highlighted row, like a click.
    charts.filters.back();
    QVERIFY(settle(charts));
    const std::string second = charts.backends.series().rows.at(1).key;
    QTest::keyClick(plot, Qt::Key_Down);
    QTest::keyClick(plot, Qt::Key_Down);
    QTest::keyClick(plot, Qt::Key_Return);
    QCOMPARE(charts.filters.current().instances, std::vector<std::string>{second});
}

void TestCharts::backendsEmptyState()
{
    Charts charts;
    QVERIFY(settle(charts));
    QVERIFY(charts.backends.plot()->isVisible());
    charts.filters.modify([](Filter& f) {
        f.statuses = {{200, 299}};
        f.classes = {query::kClassOk};
    });
    QVERIFY(settle(charts));
    QVERIFY(!charts.updater.current()->selection.rows.empty());
    QVERIFY(charts.updater.current()->backends.empty());
    QVERIFY(!charts.backends.plot()->isVisible());
    QVERIFY(charts.timeline.plot()->isVisible());
}

void TestCharts::darkPaletteGivesDarkPlots()
{
    Charts charts;
    QVERIFY(settle(charts));
    QVERIFY(axisRectBackgroundPixel(charts.timeline.plot()).lightness() >= 128);
    QVERIFY(axisRectBackgroundPixel(charts.backends.plot()).lightness() >= 128);
    const QPalette dark = darkPalette();
    QVERIFY(dark.color(QPalette::Window).lightness() < 128);
    charts.timeline.setPalette(dark);
    charts.backends.setPalette(dark);
    for (QCustomPlot* plot : {charts.timeline.plot(), charts.backends.plot()}) {
        QVERIFY(axisRectBackgroundPixel(plot).lightness() < 128);
        QCOMPARE(plot->axisRect()->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(plot->xAxis->tickLabelColor(), dark.color(QPalette::Text));
        QCOMPARE(plot->legend->textColor(), dark.color(QPalette::Text));
    }
}

namespace {

// Where the axis' tick labels stand, computed here from the ticks it placed and the font.
std::vector<QRectF> labelRects(const QCPAxis* axis)
{
    std::vector<QRectF> rects;
    const QFontMetricsF metrics(axis->tickLabelFont());
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    for (qsizetype i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (labels[i].isEmpty() || !axis->range().contains(ticks[i]))
            continue;
        QRectF rect(QPointF(), metrics.boundingRect(QRectF(), Qt::AlignCenter, labels[i]).size());
        const double at = axis->coordToPixel(ticks[i]);
        rect.moveCenter(axis->orientation() == Qt::Horizontal ? QPointF(at, 0) : QPointF(0, at));
        rects.push_back(rect);
    }
    return rects;
}

bool overlapping(const QCPAxis* axis)
{
    const auto rects = labelRects(axis);
    for (std::size_t i = 0; i < rects.size(); ++i)
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            if (rects[i].intersects(rects[j]))
                return true;
    return false;
}

} // namespace

// The timeline dock gets about a third of a 1366×768 screen: the plot keeps at least 140 px,
// with the legend shown and per-router lines adding entries.
void TestCharts::plotKeepsItsHeightAtLaptopSize()
{
    Charts charts;
    for (const QSize size : {QSize(1366, 256), QSize(900, 256), QSize(1920, 360)}) {
        charts.timeline.resize(size);
        charts.timeline.setStack(TimelineStack::ByRouter);
        QVERIFY(settle(charts));
        QApplication::processEvents();
        charts.timeline.plot()->replot();
        const QCustomPlot* plot = charts.timeline.plot();
        QVERIFY2(plot->axisRect()->rect().height() >= 140,
                 qPrintable(QStringLiteral("%1 at %2x%3")
                                .arg(plot->axisRect()->rect().height())
                                .arg(size.width())
                                .arg(size.height())));
        auto* legend = charts.timeline.findChild<LegendStrip*>(QStringLiteral("legend"));
        QVERIFY(legend->isVisible());
        QVERIFY(legend->height() <= legend->fontMetrics().height() + 6);
        // The y title fits along the axis (not cut at both ends).
        const QFontMetrics title(plot->yAxis->labelFont());
        QVERIFY(title.horizontalAdvance(plot->yAxis->label()) <= plot->axisRect()->rect().height());
        QVERIFY(!overlapping(plot->xAxis));
        QVERIFY(!overlapping(plot->yAxis));
    }
}

void TestCharts::labelsNeverOverlap()
{
    Charts charts;
    QVERIFY(settle(charts));
    // Zoomed in and out, narrow and wide: the time ticks keep apart.
    for (const int width : {420, 700, 1366}) {
        charts.timeline.resize(width, 300);
        for (const double factor : {1.0, 0.05, 0.002}) {
            QCPAxis* axis = charts.timeline.plot()->xAxis;
            const auto data = charts.updater.current();
            const TimeNs from = data->dataFrom();
            charts.timeline.setVisibleRange(
                from, from + static_cast<TimeNs>(static_cast<double>(data->dataTo() - from) * factor));
            QVERIFY(settle(charts));
            charts.timeline.plot()->replot();
            QVERIFY2(!overlapping(axis),
                     qPrintable(QStringLiteral("width %1 zoom %2").arg(width).arg(factor)));
            QVERIFY(!labelRects(axis).empty());
        }
    }
    // Bars and their category labels, low and high panels, both groupings, every chart.
    for (const int height : {180, 300, 600}) {
        charts.backends.resize(360, height);
        for (const auto grouping : {BackendsView::Grouping::Backend, BackendsView::Grouping::Instance}) {
            charts.backends.setGrouping(grouping);
            QApplication::processEvents();
            for (const auto chart : {BackendsView::Chart::Backends, BackendsView::Chart::Classes,
                                     BackendsView::Chart::Latency}) {
                charts.backends.setChart(chart);
                QCustomPlot* plot = charts.backends.plotFor(chart);
                plot->replot();
                plot->replot();
                QVERIFY2(!overlapping(plot->yAxis),
                         qPrintable(
                             QStringLiteral("height %1 chart %2").arg(height).arg(static_cast<int>(chart))));
                QVERIFY(!overlapping(plot->xAxis));
                // Text labels are never typeset as powers ("f6cdb2f8-03e0-…" stays a GUID).
                QVERIFY(!plot->yAxis->numberFormat().contains(QLatin1Char('b')));
                QVERIFY(!plot->xAxis->numberFormat().contains(QLatin1Char('b')));
            }
            charts.backends.setChart(BackendsView::Chart::Backends);
        }
    }
    // A GUID holding "e0" followed by digits keeps its text on a category axis.
    QCustomPlot plot;
    plot.resize(500, 300);
    KeyCount row;
    row.key = "f6cdb2f8-03e0-4681";
    row.total = 3;
    plotStackedRows(&plot, {row}, {QStringLiteral("f6cdb2f8-03e0-4681")}, false);
    plot.replot();
    QCOMPARE(plot.yAxis->tickVectorLabels().value(0), QStringLiteral("f6cdb2f8-03e0-4681"));
    QVERIFY(!plot.yAxis->numberFormat().contains(QLatin1Char('b')));
}

void TestCharts::fitAndFirstViewSpanTheData()
{
    Charts charts;
    QVERIFY(settle(charts));
    const auto& start = charts.incident().tables.requests.start;
    const TimeNs first = *std::min_element(start.begin(), start.end());
    const TimeNs last = *std::max_element(start.begin(), start.end());
    // The first view starts at the first request (within a bucket), not on the hour before.
    const auto [from, to] = charts.timeline.visibleRange();
    QVERIFY(std::abs(from - first) <= charts.timeline.series().buckets.width);
    QVERIFY(std::abs(to - last) <= charts.timeline.series().buckets.width);
    // Zoomed somewhere else, Fit comes back to exactly the data's span.
    charts.timeline.setVisibleRange(first + (last - first) / 3, first + (last - first) / 2);
    charts.timeline.findChild<QToolButton*>(QStringLiteral("fitButton"))->click();
    const auto [fitFrom, fitTo] = charts.timeline.visibleRange();
    QVERIFY(std::abs(fitFrom - first) <= kMillisecond);
    QVERIFY(std::abs(fitTo - (last + 1)) <= kMillisecond);
}

void TestCharts::shiftDragShowsAShadedBand()
{
    Charts charts;
    QVERIFY(settle(charts));
    QCustomPlot* plot = charts.timeline.plot();
    const QRect axes = plot->axisRect()->rect();
    const QPoint start(axes.left() + axes.width() / 4, axes.center().y());
    const QPoint end(axes.left() + axes.width() / 2, axes.center().y() + 3); // a nearly flat drag
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, start);
    QMouseEvent move(QEvent::MouseMove, end, plot->mapToGlobal(end), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QApplication::sendEvent(plot, &move);
    const QRect band = charts.timeline.rangeBandRect();
    QVERIFY(!band.isEmpty());
    QVERIFY(std::abs(band.height() - axes.height()) <= 2);
    QVERIFY(std::abs(band.width() - (end.x() - start.x())) <= 2);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, end);
    QVERIFY(charts.timeline.rangeBandRect().isEmpty());
}

// Requests retried successfully on another backend still show the backend that failed them.
void TestCharts::attemptCountingShowsRecoveredBackends()
{
    Charts charts;
    QVERIFY(settle(charts));
    const Analysis& analysis = *charts.updater.analysis();
    const Incident& incident = charts.incident();
    const auto& requests = incident.tables.requests;
    const auto& events = incident.tables.events;
    charts.backends.setCounting(BackendsView::Counting::Attempts);
    const auto& rows = charts.backends.series().rows;
    const auto isShown = [&rows](const std::string& key) {
        return std::any_of(rows.begin(), rows.end(), [&](const KeyCount& row) { return row.key == key; });
    };
    // Counted here from the diagnosis: failed attempts per backend over all requests, and a
    // request recovered after failing on a backend the chart shows.
    std::map<std::string, std::uint64_t> expected;
    std::uint32_t recovered = kNoRow;
    std::string failedThere;
    for (std::uint32_t row = 0; row < requests.size(); ++row) {
        for (std::uint32_t i = 0; i < analysis.diagnosis.attemptsCount[row]; ++i) {
            const std::uint32_t event =
                analysis.diagnosis.attemptEvents[analysis.diagnosis.attemptsBegin[row] + i];
            std::string backend(incident.str(events.endpoint[event]));
            if (backend.empty())
                backend = "-";
            ++expected[backend];
            if (recovered == kNoRow && requests.status[row] < 500 &&
                backend != incident.str(requests.backend[row]) && isShown(backend)) {
                recovered = row;
                failedThere = backend;
            }
        }
    }
    QVERIFY2(recovered != kNoRow, "the sample has a request recovered after failing on a shown backend");
    const auto data = charts.updater.current();
    const auto it = std::find_if(data->attemptBackends.begin(), data->attemptBackends.end(),
                                 [&](const KeyCount& row) { return row.key == failedThere; });
    QVERIFY(it != data->attemptBackends.end());
    QCOMPARE(it->total, expected[failedThere]);
    // Not the final backend of the recovered request, so request counting alone misses it there.
    const auto shown =
        std::find_if(rows.begin(), rows.end(), [&](const KeyCount& row) { return row.key == failedThere; });
    charts.backends.filterToRow(static_cast<int>(shown - rows.begin()));
    const Filter filter = charts.filters.current();
    QVERIFY(filter.rows);
    QVERIFY(std::binary_search(filter.rows->begin(), filter.rows->end(), recovered));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
