#include "app/charts/backendsview.h"

#include "app/charts/chartcolors.h"
#include "app/charts/chartlegend.h"
#include "app/charts/qcustomplot.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewdata.h"
#include "app/safetext.h"
#include "core/diagnosis/explanations.h"
#include "core/util/textescape.h"
#include "ui_backendsview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QToolTip>

#include <algorithm>

namespace rs {
namespace {

constexpr double kBarWidth = 0.7;
constexpr int kLabelWidthPx = 260;

QString number(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString keyText(const std::string& key)
{
    // Requests that never reached a backend (unknown route, no endpoints) share the key "-".
    if (key == "-")
        return BackendsView::tr("(no backend)");
    if (key == "-/-")
        return BackendsView::tr("(no instance)");
    return QString::fromStdString(escapeForDisplay(key, 300));
}

} // namespace

BackendsView::BackendsView(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BackendsView>())
    , m_filters(filters)
{
    m_ui->setupUi(this);
    QCustomPlot* plot = m_ui->plot;
    plot->xAxis->setLabel(tr("Failed requests"));
    plot->yAxis->setRangeReversed(true); // the most failing row on top
    plot->yAxis->setTickLength(0, 0);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->grid()->setVisible(false);
    placeLegendBelow(plot);
    plot->addLayer(QStringLiteral("cursor"), plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_highlight = new QCPItemRect(plot);
    m_highlight->setLayer(QStringLiteral("cursor"));
    m_highlight->setSelectable(false);
    m_highlight->setVisible(false);
    m_highlight->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_highlight->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    applyPalette();
    plot->setMouseTracking(true);
    plot->installEventFilter(this);

    connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { m_pressPos = event->pos(); });
    connect(plot, &QCustomPlot::mouseMove, this, &BackendsView::onMouseMove);
    connect(plot, &QCustomPlot::mouseRelease, this, &BackendsView::onMouseRelease);
    connect(m_ui->instancesButton, &QRadioButton::toggled, this,
            [this](bool instances) { setGrouping(instances ? Grouping::Instance : Grouping::Backend); });
    rebuild();
}

BackendsView::~BackendsView() = default;

QCustomPlot* BackendsView::plot() const
{
    return m_ui->plot;
}

void BackendsView::setViewData(std::shared_ptr<const ViewData> viewData)
{
    m_data = std::move(viewData);
    rebuild();
}

void BackendsView::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    const QSignalBlocker blocker(m_ui->instancesButton);
    m_ui->instancesButton->setChecked(grouping == Grouping::Instance);
    m_ui->backendsButton->setChecked(grouping == Grouping::Backend);
    rebuild();
}

void BackendsView::rebuild()
{
    QCustomPlot* plot = m_ui->plot;
    plot->clearPlottables();
    m_bars.clear();
    m_series = {};
    m_currentRow = -1;
    m_highlight->setVisible(false);
    if (m_data) {
        const auto& all = m_grouping == Grouping::Backend ? m_data->backends : m_data->instances;
        m_series.rows.assign(all.begin(),
                             all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), kMaxBars)));
    }
    const bool empty = m_series.rows.empty();
    m_ui->stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_ui->emptyLabel) : plot);
    m_ui->summaryLabel->setText(
        empty ? QString() : tr("%n failed requests", nullptr, static_cast<int>(m_data->failures)));
    if (empty) {
        plot->replot();
        return;
    }

    const auto n = static_cast<qsizetype>(m_series.rows.size());
    QVector<double> keys(n);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QFontMetrics metrics(plot->yAxis->tickLabelFont());
    for (qsizetype i = 0; i < n; ++i) {
        keys[i] = static_cast<double>(i);
        ticker->addTick(keys[i], metrics.elidedText(keyText(m_series.rows[static_cast<std::size_t>(i)].key),
                                                    Qt::ElideMiddle, kLabelWidthPx));
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(-0.5, static_cast<double>(n) - 0.5);
    plot->yAxis->setLabel(m_grouping == Grouping::Backend ? tr("Backend address") : tr("App instance"));

    const bool classesKnown = !m_series.rows.front().byClass.empty();
    if (classesKnown) {
        for (std::size_t c = 0; c < kErrorClassCount; ++c) {
            const bool present = std::any_of(m_series.rows.begin(), m_series.rows.end(),
                                             [c](const KeyCount& row) { return row.byClass[c] > 0; });
            if (present)
                m_series.classes.push_back(static_cast<ErrorClass>(c));
        }
    }
    const auto addBars = [&](const QString& name, const QColor& color, auto valueOf) {
        auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setName(name);
        bars->setWidth(kBarWidth);
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
        bars->setSelectable(QCP::stNone);
        QVector<double> values(n);
        for (qsizetype i = 0; i < n; ++i)
            values[i] = static_cast<double>(valueOf(m_series.rows[static_cast<std::size_t>(i)]));
        bars->setData(keys, values, true);
        if (!m_bars.empty())
            bars->moveAbove(m_bars.back());
        m_bars.push_back(bars);
    };
    if (classesKnown) {
        for (const ErrorClass cls : m_series.classes) {
            addBars(classTitle(cls), errorClassColor(cls),
                    [cls](const KeyCount& row) { return row.byClass[static_cast<std::size_t>(cls)]; });
        }
    } else {
        addBars(tr("Failures"), statusClassColor(5), [](const KeyCount& row) { return row.total; });
    }
    plot->xAxis->setRange(0, static_cast<double>(m_series.rows.front().total) * 1.05);
    wrapLegendToWidth(plot);
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
    if (row < 0 || static_cast<std::size_t>(row) >= m_series.rows.size() || !m_filters)
        return;
    const std::string key = m_series.rows[static_cast<std::size_t>(row)].key;
    const Grouping grouping = m_grouping;
    m_filters->modify([&key, grouping](Filter& filter) {
        if (grouping == Grouping::Backend)
            filter.backends = {key};
        else
            filter.instances = {key};
    });
}

QString BackendsView::rowToolTip(int row) const
{
    const KeyCount& count = m_series.rows[static_cast<std::size_t>(row)];
    QStringList lines;
    lines << keyText(count.key);
    lines << tr("Failed requests: %1").arg(number(count.total));
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

void BackendsView::onMouseMove(QMouseEvent* event)
{
    const int row = rowAt(event->pos());
    m_ui->plot->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(m_ui->plot->mapToGlobal(event->pos() + QPoint(16, 16)), plainToolTip(rowToolTip(row)),
                       m_ui->plot);
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
    if (watched == m_ui->plot && event->type() == QEvent::Resize)
        wrapLegendToWidth(m_ui->plot);
    if (watched == m_ui->plot && event->type() == QEvent::KeyPress && !m_series.rows.empty()) {
        const int last = static_cast<int>(m_series.rows.size()) - 1;
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Up:
            setCurrentRow(std::max(0, m_currentRow - 1));
            return true;
        case Qt::Key_Down:
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
        m_ui->retranslateUi(this);
        m_ui->plot->xAxis->setLabel(tr("Failed requests"));
        rebuild();
    }
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        m_ui->plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void BackendsView::applyPalette()
{
    if (!m_highlight)
        return; // a palette change while the form is set up
    applyPaletteToPlot(m_ui->plot, palette());
    QColor highlight = palette().color(QPalette::Highlight);
    m_highlight->setPen(QPen(highlight));
    highlight.setAlpha(50);
    m_highlight->setBrush(QBrush(highlight));
    m_ui->plot->yAxis->grid()->setVisible(false);
}

} // namespace rs
