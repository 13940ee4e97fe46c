#include "app/charts/backendsview.h"

#include "app/charts/axisfit.h"
#include "app/charts/chartcolors.h"
#include "app/charts/legendstrip.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/summarycharts.h"
#include "app/export/chartactions.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewdata.h"
#include "app/safetext.h"
#include "core/diagnosis/explanations.h"
#include "core/util/textescape.h"
#include "ui_backendsview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace rs {
namespace {

constexpr int kMaxLabelWidthPx = 260;
constexpr int kGuidShown = 8;

QString number(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString logText(std::string_view text)
{
    return QString::fromStdString(escapeForDisplay(text, 300));
}

QString shortGuid(std::string_view guid)
{
    return guid.size() > kGuidShown + 1 ? logText(guid.substr(0, kGuidShown)) + QStringLiteral("…")
                                        : logText(guid);
}

} // namespace

BackendsView::BackendsView(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BackendsView>())
    , m_filters(filters)
{
    m_ui->setupUi(this);
    QCustomPlot* plot = m_ui->plot;
    for (QCustomPlot* p : {m_ui->plot, m_ui->classesPlot, m_ui->latencyPlot}) {
        p->legend->setVisible(false); // the legend strip names the colours
        p->setMouseTracking(true);
    }
    plot->installEventFilter(this); // resizes, resting tooltips and keys of the bars
    plot->addLayer(QStringLiteral("cursor"), plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_highlight = new QCPItemRect(plot);
    m_highlight->setLayer(QStringLiteral("cursor"));
    m_highlight->setSelectable(false);
    m_highlight->setVisible(false);
    m_highlight->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_highlight->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    applyPalette();

    connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { m_pressPos = event->pos(); });
    connect(plot, &QCustomPlot::mouseMove, this, &BackendsView::onMouseMove);
    connect(plot, &QCustomPlot::mouseRelease, this, &BackendsView::onMouseRelease);
    connect(m_ui->instancesButton, &QRadioButton::toggled, this,
            [this](bool instances) { setGrouping(instances ? Grouping::Instance : Grouping::Backend); });
    connect(m_ui->countCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setCounting(index == 1 ? Counting::Attempts : Counting::Requests); });
    connect(m_ui->chartCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setChart(static_cast<Chart>(std::clamp(index, 0, 2))); });
    connect(m_ui->logCheck, &QCheckBox::toggled, this, [this] { rebuild(); });
    rebuild();
}

BackendsView::~BackendsView() = default;

QCustomPlot* BackendsView::plot() const
{
    return m_ui->plot;
}

QCustomPlot* BackendsView::plotFor(Chart chart) const
{
    switch (chart) {
    case Chart::Backends:
        return m_ui->plot;
    case Chart::Classes:
        return m_ui->classesPlot;
    case Chart::Latency:
        return m_ui->latencyPlot;
    }
    return m_ui->plot;
}

ChartKind BackendsView::chartKind(Chart chart)
{
    switch (chart) {
    case Chart::Backends:
        return ChartKind::Backends;
    case Chart::Classes:
        return ChartKind::Classes;
    case Chart::Latency:
        return ChartKind::Latency;
    }
    return ChartKind::Backends;
}

void BackendsView::setViewData(std::shared_ptr<const ViewData> viewData)
{
    m_data = std::move(viewData);
    if (m_data && m_data->analysis != m_namedAnalysis) {
        m_namedAnalysis = m_data->analysis;
        m_markedKey.clear();
        m_names = BackendNames(m_data->incident());
    }
    rebuild();
}

void BackendsView::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    const QSignalBlocker blocker(m_ui->instancesButton);
    const QSignalBlocker blocker2(m_ui->backendsButton);
    m_ui->instancesButton->setChecked(grouping == Grouping::Instance);
    m_ui->backendsButton->setChecked(grouping == Grouping::Backend);
    rebuild();
}

void BackendsView::setCounting(Counting counting)
{
    if (counting == m_counting)
        return;
    m_counting = counting;
    const QSignalBlocker blocker(m_ui->countCombo);
    m_ui->countCombo->setCurrentIndex(counting == Counting::Attempts ? 1 : 0);
    rebuild();
}

void BackendsView::setChart(Chart chart)
{
    if (chart == m_chart)
        return;
    m_chart = chart;
    const QSignalBlocker blocker(m_ui->chartCombo);
    m_ui->chartCombo->setCurrentIndex(static_cast<int>(chart));
    updateExportMenu();
    rebuild();
}

bool BackendsView::logScale() const
{
    return m_ui->logCheck->isChecked();
}

void BackendsView::setLogScale(bool on)
{
    m_ui->logCheck->setChecked(on);
}

void BackendsView::setChartActions(ChartActions* actions)
{
    if (m_actions == actions)
        return;
    m_actions = actions;
    for (const Chart chart : {Chart::Classes, Chart::Latency}) {
        QCustomPlot* p = plotFor(chart);
        p->setContextMenuPolicy(Qt::CustomContextMenu);
        QMenu* menu = actions->menuFor(chartKind(chart), p);
        connect(p, &QWidget::customContextMenuRequested, menu,
                [menu, p](const QPoint& pos) { menu->popup(p->mapToGlobal(pos)); });
    }
    // The exports read how the panel shows its charts now (kept current by rebuild()).
    const std::shared_ptr<const ChartOptions> shown = m_shownOptions;
    for (const ChartKind kind : {ChartKind::Backends, ChartKind::Classes, ChartKind::Latency})
        actions->setOptionsSource(kind, [shown] { return *shown; });
    updateExportMenu();
}

void BackendsView::updateExportMenu()
{
    if (!m_actions)
        return;
    QMenu* old = m_ui->exportButton->menu();
    m_ui->exportButton->setMenu(m_actions->menuFor(chartKind(m_chart), m_ui->exportButton));
    if (old)
        old->deleteLater();
    m_ui->exportButton->setEnabled(true);
}

void BackendsView::rebuild()
{
    m_shownOptions->attempts = m_counting == Counting::Attempts;
    m_shownOptions->instances = m_grouping == Grouping::Instance;
    m_shownOptions->logScale = logScale();
    m_ui->modeBar->setVisible(m_chart == Chart::Backends);
    if (m_chart == Chart::Backends)
        rebuildBackends();
    else
        rebuildSummaryCharts();
}

std::size_t BackendsView::barsThatFit() const
{
    const QCustomPlot* plot = m_ui->plot;
    // The axis rect's height from the last layout; before the first, the widget's less a guess
    // at the time axis below it.
    const int laidOut = plot->axisRect()->rect().height();
    const int height = laidOut > 0 ? laidOut : plot->height() - 60;
    // Every bar keeps its label: the ticker would drop every other one of rows closer than a
    // label's height, and an unnamed bar says nothing. The range pads a fifth of a row.
    const double rows = std::max(0, height) / std::max(1.0, labelledRowPixels(plot->yAxis)) - 0.2;
    return std::clamp<std::size_t>(static_cast<std::size_t>(std::max(0.0, rows)), 1, kMaxBackendBars);
}

QString BackendsView::rowLabel(const std::string& key) const
{
    if (key == "-")
        return tr("(no backend)");
    if (key == "-/-")
        return tr("(no instance)");
    if (m_grouping == Grouping::Backend) {
        const std::string name = m_names.forAddress(key);
        return name.empty() ? logText(key) : tr("%1 · %2").arg(logText(name), logText(key));
    }
    const auto slash = key.find('/');
    const std::string name = m_names.forInstanceKey(key);
    const QString instance =
        slash == std::string::npos ? shortGuid(key) : shortGuid(std::string_view(key).substr(slash + 1));
    if (!name.empty())
        return tr("%1 · %2").arg(logText(name), instance);
    return slash == std::string::npos
               ? instance
               : QStringLiteral("%1/%2").arg(shortGuid(std::string_view(key).substr(0, slash)), instance);
}

void BackendsView::rebuildBackends()
{
    QCustomPlot* plot = m_ui->plot;
    m_bars.clear();
    m_series = {};
    m_currentRow = -1;
    m_highlight->setVisible(false);
    m_fittingBars = barsThatFit();
    const std::vector<KeyCount>* all = nullptr;
    if (m_data) {
        const bool attempts = m_counting == Counting::Attempts;
        all = m_grouping == Grouping::Backend ? (attempts ? &m_data->attemptBackends : &m_data->backends)
                                              : (attempts ? &m_data->attemptInstances : &m_data->instances);
        BackendRows split = splitBackendRows(*all, m_fittingBars);
        m_series.rows = std::move(split.rows);
        m_series.noBackend = split.noBackend;
        m_series.hiddenRows = split.hidden;
    }
    const bool empty = m_series.rows.empty();
    QStringList summary;
    if (m_data) {
        std::uint64_t attempts = 0;
        for (const KeyCount& row : *all)
            attempts += row.total;
        summary << (m_counting == Counting::Attempts
                        ? tr("%n failed attempts", nullptr, static_cast<int>(attempts))
                        : tr("%n failed requests", nullptr, static_cast<int>(m_data->failures)));
        if (m_series.noBackend > 0)
            summary << tr("%1 without a backend (not drawn)").arg(number(m_series.noBackend));
        if (m_series.hiddenRows > 0)
            summary << tr("%n more not shown", nullptr, static_cast<int>(m_series.hiddenRows));
    }
    m_ui->summaryLabel->setText(summary.join(QStringLiteral(" · ")));
    m_ui->emptyLabel->setText(
        m_data && m_series.noBackend > 0
            ? tr("Only requests that reached no backend failed (%1).").arg(number(m_series.noBackend))
            : tr("No failures in the current filter"));
    m_ui->stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_ui->emptyLabel) : plot);
    m_ui->legend->setVisible(!empty);
    if (empty) {
        plot->clearPlottables();
        plot->replot();
        return;
    }
    const QFontMetrics metrics(plot->yAxis->tickLabelFont());
    const int labelWidth = std::clamp(plot->width() / 3, 80, kMaxLabelWidthPx);
    for (const KeyCount& row : m_series.rows)
        m_series.labels << metrics.elidedText(rowLabel(row.key), Qt::ElideRight, labelWidth);
    m_bars = plotStackedRows(plot, m_series.rows, m_series.labels, logScale(), &m_series.classes);
    plot->xAxis->setLabel(m_counting == Counting::Attempts ? tr("Failed attempts") : tr("Failed requests"));
    plot->yAxis->setLabel(QString());
    m_ui->legend->setEntriesFrom(plot);
    plot->replot();
    if (!m_markedKey.empty()) {
        const auto marked = std::find_if(m_series.rows.begin(), m_series.rows.end(),
                                         [this](const KeyCount& row) { return row.key == m_markedKey; });
        if (marked != m_series.rows.end())
            setCurrentRow(static_cast<int>(marked - m_series.rows.begin()));
    }
}

void BackendsView::markBackend(const std::string& address, Counting counting)
{
    m_markedKey = address;
    // One rebuild for the three settings; the controls follow without signalling.
    const QSignalBlocker chartBlocker(m_ui->chartCombo);
    const QSignalBlocker countBlocker(m_ui->countCombo);
    const QSignalBlocker instancesBlocker(m_ui->instancesButton);
    const QSignalBlocker backendsBlocker(m_ui->backendsButton);
    m_chart = Chart::Backends;
    m_ui->chartCombo->setCurrentIndex(static_cast<int>(Chart::Backends));
    m_grouping = Grouping::Backend;
    m_ui->backendsButton->setChecked(true);
    m_ui->instancesButton->setChecked(false);
    m_counting = counting;
    m_ui->countCombo->setCurrentIndex(counting == Counting::Attempts ? 1 : 0);
    updateExportMenu();
    rebuild();
}

void BackendsView::rebuildSummaryCharts()
{
    QCustomPlot* plot = plotFor(m_chart);
    bool empty = !m_data;
    if (m_data && m_chart == Chart::Classes) {
        const auto classes = failingClasses(*m_data);
        empty = classes.empty();
        plotClasses(plot, classes, logScale());
        m_ui->summaryLabel->setText(tr("%n failed requests", nullptr, static_cast<int>(m_data->failures)));
    } else if (m_data) {
        const LatencyHistogram histogram = latencyHistogram(*m_data);
        empty = histogram.percentiles.count == 0;
        plotLatency(plot, histogram, logScale());
        const LatencyPercentiles& p = histogram.percentiles;
        m_ui->summaryLabel->setText(tr("p50 %1 s · p90 %2 s · p99 %3 s")
                                        .arg(p.p50, 0, 'f', 3)
                                        .arg(p.p90, 0, 'f', 3)
                                        .arg(p.p99, 0, 'f', 3));
    }
    if (!m_data)
        m_ui->summaryLabel->clear();
    m_ui->emptyLabel->setText(m_chart == Chart::Classes ? tr("No failures in the current filter")
                                                        : tr("No response times in the current filter"));
    m_ui->stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_ui->emptyLabel) : plot);
    m_ui->legend->setVisible(false); // the category labels name the bars
    plot->replot();
}

int BackendsView::rowAt(const QPoint& pos) const
{
    const QCustomPlot* plot = m_ui->plot;
    if (m_series.rows.empty() || !plot->axisRect()->rect().contains(pos))
        return -1;
    const double key = plot->yAxis->pixelToCoord(pos.y());
    const auto row = static_cast<long>(std::lround(key));
    // The whole band of a row is clickable, not only its (maybe one pixel short) bar.
    if (row < 0 || static_cast<std::size_t>(row) >= m_series.rows.size() ||
        std::abs(key - static_cast<double>(row)) > 0.5)
        return -1;
    return static_cast<int>(row);
}

void BackendsView::filterToRow(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_series.rows.size() || !m_filters || !m_data)
        return;
    const std::string key = m_series.rows[static_cast<std::size_t>(row)].key;
    const Grouping grouping = m_grouping;
    if (m_counting == Counting::Requests) {
        m_filters->modify([&key, grouping](Filter& filter) {
            if (grouping == Grouping::Backend)
                filter.backends = {key};
            else
                filter.instances = {key};
        });
        return;
    }
    // The requests with a failed attempt there: their final backend may be another one, so
    // the backend filter would miss them; they are selected as rows.
    const Incident& incident = m_data->incident();
    const auto& events = incident.tables.events;
    const Diagnosis& diagnosis = m_data->analysis->diagnosis;
    auto rows = std::make_shared<std::vector<std::uint32_t>>();
    const auto matches = [&](std::uint32_t event) {
        if (grouping == Grouping::Backend)
            return std::string(incident.str(events.endpoint[event])) == key;
        std::string instance = std::string(incident.str(events.appId[event]));
        instance = (instance.empty() ? std::string("-") : instance) + '/';
        const std::string_view id = incident.str(events.instanceId[event]);
        instance += id.empty() ? std::string_view("-") : id;
        return instance == key;
    };
    for (const std::uint32_t request : m_data->selection.rows) {
        const std::uint32_t first = diagnosis.attemptsBegin[request];
        for (std::uint32_t i = first; i < first + diagnosis.attemptsCount[request]; ++i) {
            if (matches(diagnosis.attemptEvents[i])) {
                rows->push_back(request);
                break;
            }
        }
    }
    const std::string label = "failed attempts at " + key;
    m_filters->modify([&rows, &label](Filter& filter) {
        filter.rows = rows;
        filter.rowsLabel = label;
    });
}

QString BackendsView::rowToolTip(int row) const
{
    const KeyCount& count = m_series.rows[static_cast<std::size_t>(row)];
    QStringList lines;
    const std::string name =
        m_grouping == Grouping::Backend ? m_names.forAddress(count.key) : m_names.forInstanceKey(count.key);
    if (!name.empty())
        lines << tr("App: %1").arg(logText(name));
    lines
        << (m_grouping == Grouping::Backend ? tr("Backend: %1") : tr("Instance: %1")).arg(logText(count.key));
    lines << (m_counting == Counting::Attempts ? tr("Failed attempts: %1") : tr("Failed requests: %1"))
                 .arg(number(count.total));
    for (const ErrorClass cls : m_series.classes) {
        if (const auto n = count.byClass[static_cast<std::size_t>(cls)])
            lines << QStringLiteral("  %1: %2").arg(classTitle(cls), number(n));
    }
    lines << (m_grouping == Grouping::Backend ? tr("Click to show only the requests to this backend.")
                                              : tr("Click to show only the requests to this instance."));
    return lines.join(QLatin1Char('\n'));
}

void BackendsView::setCurrentRow(int row)
{
    m_currentRow = row;
    m_highlight->setVisible(row >= 0);
    if (row >= 0) {
        m_highlight->topLeft->setCoords(0, row - 0.5);
        m_highlight->bottomRight->setCoords(1, row + 0.5);
    }
    m_ui->plot->replot(QCustomPlot::rpQueuedReplot);
}

void BackendsView::showRowToolTip(const QPoint& pos)
{
    const int row = rowAt(pos);
    m_ui->plot->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(m_ui->plot->mapToGlobal(pos + QPoint(16, 16)), plainToolTip(rowToolTip(row)),
                       m_ui->plot);
}

void BackendsView::onMouseMove(QMouseEvent* event)
{
    showRowToolTip(event->pos());
}

void BackendsView::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton ||
        (event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    filterToRow(rowAt(event->pos()));
}

bool BackendsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->plot && event->type() == QEvent::Resize) {
        // More or fewer bars fit; counted once the plot has its new layout.
        QTimer::singleShot(0, this, [this] {
            if (m_chart == Chart::Backends && barsThatFit() != m_fittingBars)
                rebuild();
        });
    }
    if (watched == m_ui->plot && event->type() == QEvent::ToolTip) {
        // The mouse rests: the bar's tooltip stays, no help text of a parent replaces it.
        showRowToolTip(static_cast<QHelpEvent*>(event)->pos());
        return true;
    }
    if (watched == m_ui->plot && event->type() == QEvent::KeyPress && !m_series.rows.empty()) {
        const int last = static_cast<int>(m_series.rows.size()) - 1;
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Up:
            m_markedKey.clear();
            setCurrentRow(std::max(0, m_currentRow - 1));
            return true;
        case Qt::Key_Down:
            m_markedKey.clear();
            setCurrentRow(std::min(last, m_currentRow + 1));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            filterToRow(m_currentRow);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BackendsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        const QSignalBlocker blocker(m_ui->chartCombo);
        const QSignalBlocker blocker2(m_ui->countCombo);
        m_ui->retranslateUi(this);
        m_ui->chartCombo->setCurrentIndex(static_cast<int>(m_chart));
        m_ui->countCombo->setCurrentIndex(m_counting == Counting::Attempts ? 1 : 0);
        rebuild();
    }
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        for (QCustomPlot* p : {m_ui->plot, m_ui->classesPlot, m_ui->latencyPlot})
            p->replot(QCustomPlot::rpQueuedReplot);
    }
}

void BackendsView::applyPalette()
{
    if (!m_highlight)
        return; // a palette change while the form is set up
    for (QCustomPlot* p : {m_ui->plot, m_ui->classesPlot, m_ui->latencyPlot})
        applyPaletteToPlot(p, palette());
    QColor highlight = palette().color(QPalette::Highlight);
    m_highlight->setPen(QPen(highlight));
    highlight.setAlpha(50);
    m_highlight->setBrush(QBrush(highlight));
    m_ui->plot->yAxis->grid()->setVisible(false);
}

} // namespace rs
