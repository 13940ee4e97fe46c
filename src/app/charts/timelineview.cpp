#include "app/charts/timelineview.h"

#include "app/charts/chartcolors.h"
#include "app/charts/legendstrip.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/routeevents.h"
#include "app/charts/timelineplot.h"
#include "app/export/chartactions.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewdata.h"
#include "ui_timelineview.h"

#include <QComboBox>

#include <algorithm>
#include <tuple>

namespace rs {
namespace {

constexpr DurationNs kSecond = 1'000'000'000;
// Zooming in further than this shows nothing new: the smallest bucket is one second.
constexpr DurationNs kMinVisibleSpan = 10 * kSecond;

} // namespace

TimelineView::TimelineView(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TimelineView>())
    , m_filters(filters)
{
    m_ui->setupUi(this);
    setStackToolTip();
    m_pool.setMaxThreadCount(1);
    m_rebucketTimer.setSingleShot(true);
    connect(&m_rebucketTimer, &QTimer::timeout, this, &TimelineView::startRebucket);

    QCustomPlot* plot = m_ui->plot;
    setUpTimelinePlot(plot);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->axisRect()->setRangeZoomAxes(plot->xAxis, nullptr);
    plot->axisRect()->setRangeDragAxes(plot->xAxis, nullptr);
    plot->setSelectionRectMode(QCP::srmNone);
    m_crosshair = new QCPItemStraightLine(plot);
    m_cursorLine = new QCPItemStraightLine(plot);
    for (QCPItemStraightLine* line : {m_crosshair, m_cursorLine}) {
        line->setLayer(QStringLiteral("cursor"));
        line->setSelectable(false);
        line->setVisible(false);
        line->point1->setCoords(0, 0);
        line->point2->setCoords(0, 1);
    }
    // The band of a Shift+drag spans the whole height, whatever the mouse's vertical path.
    m_band = new QCPItemRect(plot);
    m_band->setLayer(QStringLiteral("cursor"));
    m_band->setSelectable(false);
    m_band->setVisible(false);
    m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // QCustomPlot's own rectangle follows the mouse's height too: only ours is drawn.
    plot->selectionRect()->setPen(Qt::NoPen);
    plot->selectionRect()->setBrush(Qt::NoBrush);
    connect(plot, &QCustomPlot::beforeReplot, this, &TimelineView::fitAxisTitles);
    applyPalette();
    plot->installEventFilter(this);
    plot->setMouseTracking(true);

    connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &TimelineView::onRangeChanged);
    connect(plot, &QCustomPlot::mousePress, this, &TimelineView::onMousePress);
    connect(plot, &QCustomPlot::mouseMove, this, &TimelineView::onMouseMove);
    connect(plot, &QCustomPlot::mouseRelease, this, &TimelineView::onMouseRelease);
    connect(plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect& rect, QMouseEvent*) { onRubberBand(rect); });
    connect(m_ui->stackCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_series = {};
        scheduleRebucket(0);
    });
    connect(m_ui->legendCheck, &QCheckBox::toggled, m_ui->legend, &QWidget::setVisible);
    connect(m_ui->logCheck, &QCheckBox::toggled, this, [this](bool on) {
        setCountScale(m_ui->plot->yAxis, on);
        updateValueRange();
        m_ui->plot->replot();
    });
    connect(m_ui->fitButton, &QToolButton::clicked, this, &TimelineView::fitToFilter);
    setViewData(nullptr);
}

TimelineView::~TimelineView()
{
    m_pool.waitForDone();
}

QCustomPlot* TimelineView::plot() const
{
    return m_ui->plot;
}

TimelineStack TimelineView::stack() const
{
    // The items follow the enum's order (timelineview.ui).
    return static_cast<TimelineStack>(std::clamp(m_ui->stackCombo->currentIndex(), 0, 2));
}

void TimelineView::setStack(TimelineStack stack)
{
    m_ui->stackCombo->setCurrentIndex(static_cast<int>(stack));
}

void TimelineView::setViewData(std::shared_ptr<const ViewData> viewData)
{
    // A new time range (or incident) is shown whole; any other filter change keeps the zoom.
    const bool rangeChanged = !m_data || !viewData || m_data->analysis != viewData->analysis ||
                              m_data->viewFrom() != viewData->viewFrom() ||
                              m_data->viewTo() != viewData->viewTo();
    m_data = std::move(viewData);
    m_series = {};
    const bool empty = !m_data || m_data->selection.rows.empty();
    m_ui->stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_ui->emptyLabel) : m_ui->plot);
    m_ui->fitButton->setEnabled(!empty);
    m_ui->legend->setVisible(!empty && m_ui->legendCheck->isChecked());
    if (empty) {
        ++m_generation; // a count still running is for older data
        m_rebucketTimer.stop();
        m_plottables = {};
        m_ui->plot->clearPlottables();
        m_ui->bucketLabel->clear();
        m_ui->plot->replot();
        return;
    }
    if (rangeChanged)
        fitToFilter();
    else
        scheduleRebucket(0);
}

void TimelineView::fitToFilter()
{
    if (m_data)
        setVisibleRange(m_data->dataFrom(), m_data->dataTo());
}

std::pair<TimeNs, TimeNs> TimelineView::visibleRange() const
{
    const QCPRange range = m_ui->plot->xAxis->range();
    return {fromPlotTime(range.lower), fromPlotTime(range.upper)};
}

bool TimelineView::logScale() const
{
    return m_ui->logCheck->isChecked();
}

void TimelineView::setLogScale(bool on)
{
    m_ui->logCheck->setChecked(on);
}

void TimelineView::setChartActions(ChartActions* actions)
{
    m_ui->exportButton->setMenu(actions->menuFor(ChartKind::Timeline, m_ui->exportButton));
    m_ui->exportButton->setEnabled(true);
    // An export draws what is shown: the visible range, the grouping and the scale.
    actions->setOptionsSource(ChartKind::Timeline, [view = QPointer<TimelineView>(this)] {
        ChartOptions options;
        if (view) {
            std::tie(options.from, options.to) = view->visibleRange();
            options.logScale = view->logScale();
            options.stack = view->stack();
        }
        return options;
    });
}

void TimelineView::fitAxisTitles()
{
    QCustomPlot* plot = m_ui->plot;
    setCountAxisTitle(plot->yAxis, m_countTitle.isEmpty() ? tr("Requests") : m_countTitle, tr("Requests"));
    // On a laptop screen the time axis title would take a sixth of the plot: the bucket label's
    // tooltip carries it instead (the requests table's header names the day and zone too).
    constexpr int kRoomForTimeTitle = 220;
    const QString title =
        timeAxisTitle(fromPlotTime(plot->xAxis->range().lower), fromPlotTime(plot->xAxis->range().upper));
    const bool roomy = plot->height() >= kRoomForTimeTitle;
    plot->xAxis->setLabel(roomy ? title : QString());
    m_ui->bucketLabel->setToolTip(roomy ? QString() : title);
}

void TimelineView::setVisibleRange(TimeNs from, TimeNs to)
{
    if (from == kNoTime || to == kNoTime)
        return;
    if (to - from < kMinVisibleSpan) {
        const TimeNs middle = from + (to - from) / 2;
        from = middle - kMinVisibleSpan / 2;
        to = from + kMinVisibleSpan;
    }
    {
        const QSignalBlocker blocker(m_ui->plot->xAxis);
        m_ui->plot->xAxis->setRange(toPlotTime(from), toPlotTime(to));
    }
    m_ui->plot->replot(QCustomPlot::rpQueuedReplot);
    scheduleRebucket(0);
}

void TimelineView::onRangeChanged()
{
    QCPAxis* axis = m_ui->plot->xAxis;
    const double minSpan = static_cast<double>(kMinVisibleSpan) / 1e9;
    if (axis->range().size() < minSpan) {
        const QSignalBlocker blocker(axis);
        axis->setRange(axis->range().center() - minSpan / 2, axis->range().center() + minSpan / 2);
    }
    updateValueRange();
    scheduleRebucket(kRebucketDelayMs);
}

void TimelineView::scheduleRebucket(int delayMs)
{
    if (m_data)
        m_rebucketTimer.start(delayMs);
}

void TimelineView::startRebucket()
{
    if (!m_data)
        return;
    const QCPRange range = m_ui->plot->xAxis->range();
    const TimeNs visibleFrom = fromPlotTime(range.lower);
    const TimeNs visibleTo = fromPlotTime(range.upper);
    // The widget's width, not the axis rect's: that one is only laid out by the next replot.
    const int pixels = m_ui->plot->width();
    const DurationNs width = timelineBucketWidth(visibleFrom, visibleTo, pixels);
    // One visible span either side is counted too, so that panning shows bars at once.
    const TimeNs span = visibleTo - visibleFrom;
    const TimeNs from = std::max(m_data->viewFrom(), visibleFrom - span);
    const TimeNs to = std::min(m_data->viewTo(), visibleTo + span);
    const bool covered = m_series.buckets.width == width &&
                         m_series.from <= std::max(m_data->viewFrom(), visibleFrom) &&
                         m_series.to >= std::min(m_data->viewTo(), visibleTo);
    if (covered && m_series.bucketCount() > 0)
        return;
    // The view data counted exactly these buckets already (the whole filter range, at this
    // width): drawing them costs no pass over the requests.
    const TimeBuckets& counted = m_data->buckets;
    if (stack() == TimelineStack::ByClass && counted.width == width && !counted.byStatusClass.empty() &&
        from == m_data->viewFrom() && to == m_data->viewTo()) {
        TimelineSeries series;
        series.from = from;
        series.to = to;
        series.buckets = counted;
        series.routeEvents = routeEventRows(*m_data);
        const quint64 generation = ++m_generation;
        ++m_pending;
        showSeries(generation, std::move(series));
        return;
    }

    const quint64 generation = ++m_generation;
    ++m_pending;
    TimelineView* self = this; // outlives the task: the destructor waits for the pool
    m_pool.start([self, generation, viewData = m_data, from, to, width, stack = stack()] {
        // A range replaced while it waited is not worth counting.
        auto series = std::make_shared<TimelineSeries>();
        if (generation == self->m_generation.load())
            *series = buildTimelineSeries(*viewData, from, to, width, stack);
        QMetaObject::invokeMethod(
            self, [self, generation, series] { self->showSeries(generation, std::move(*series)); },
            Qt::QueuedConnection);
    });
}

void TimelineView::showSeries(quint64 generation, TimelineSeries series)
{
    --m_pending;
    if (generation != m_generation.load() || !m_data)
        return;
    m_series = std::move(series);
    m_plottables = plotTimeline(m_ui->plot, m_series, *m_data);
    m_ui->legend->setEntriesFrom(m_ui->plot);
    updateValueRange();
    updateBucketLabel();
    m_ui->plot->replot();
    Q_EMIT seriesChanged();
}

void TimelineView::updateValueRange()
{
    const QCPRange range = m_ui->plot->xAxis->range();
    const std::uint64_t highest =
        maxTotalBetween(m_series, fromPlotTime(range.lower), fromPlotTime(range.upper));
    // Headroom above the bars keeps the route-event markers clear of them.
    setCountRange(m_ui->plot->yAxis, static_cast<double>(highest));
}

void TimelineView::updateBucketLabel()
{
    if (m_series.buckets.width <= 0) {
        m_ui->bucketLabel->clear();
        return;
    }
    const QString width = bucketWidthText(m_series.buckets.width);
    m_ui->bucketLabel->setText(tr("Bucket: %1").arg(width));
    m_countTitle = tr("Requests per %1").arg(width);
    fitAxisTitles();
}

void TimelineView::setCursorTime(TimeNs at)
{
    m_cursorTime = at;
    m_cursorLine->setVisible(at != kNoTime);
    if (at != kNoTime) {
        m_cursorLine->point1->setCoords(toPlotTime(at), 0);
        m_cursorLine->point2->setCoords(toPlotTime(at), 1);
    }
    m_ui->plot->layer(QStringLiteral("cursor"))->replot();
}

void TimelineView::setStackToolTip()
{
    m_ui->stackCombo->setToolTip(
        tr("By class: bars by status class, a line per failing error class.\n"
           "Per router: also one line per router (the busiest %1).\n"
           "By source: bars by who has to act (client, app, platform, infrastructure), as the "
           "source filter field counts them.")
            .arg(kMaxRouterLines));
}

void TimelineView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setStackToolTip();
        retranslateTimelinePlot(m_ui->plot);
        updateBucketLabel();
        m_ui->plot->replot(QCustomPlot::rpQueuedReplot);
    }
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        m_ui->plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TimelineView::applyPalette()
{
    if (!m_crosshair)
        return; // a palette change while the form is set up
    applyPaletteToPlot(m_ui->plot, palette());
    m_crosshair->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
    m_cursorLine->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    QColor band = palette().color(QPalette::Highlight);
    m_band->setPen(QPen(band, 1));
    band.setAlpha(60);
    m_band->setBrush(band);
}

} // namespace rs
