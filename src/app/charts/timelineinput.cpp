// Mouse and keyboard on the timeline: crosshair and tooltip, rubber band, time cursor, keys.
#include "app/charts/qcustomplot.h"
#include "app/charts/timelinetooltip.h"
#include "app/charts/timelineview.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewdata.h"
#include "app/safetext.h"
#include "ui_timelineview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>

namespace rs {
namespace {

constexpr DurationNs kMillisecond = 1'000'000;
// The crosshair lists route events this many pixels either side of the mouse.
constexpr int kEventTolerancePx = 5;

TimeNs roundToMillisecond(TimeNs t)
{
    const TimeNs floor = t / kMillisecond * kMillisecond - (t % kMillisecond < 0 ? kMillisecond : 0);
    return t - floor >= kMillisecond / 2 ? floor + kMillisecond : floor;
}

} // namespace

void TimelineView::moveCursorBy(int buckets)
{
    if (!m_data || m_series.buckets.width <= 0)
        return;
    const TimeNs from =
        m_cursorTime == kNoTime ? fromPlotTime(m_ui->plot->xAxis->range().center()) : m_cursorTime;
    const TimeNs at = from + buckets * m_series.buckets.width;
    setCursorTime(at);
    Q_EMIT cursorTimeChanged(at);
}

void TimelineView::onMousePress(QMouseEvent* event)
{
    m_pressPos = event->pos();
    hideCrosshair();
    // Shift turns a drag into a rubber band; without it a drag pans.
    m_selectingRange = event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier);
    m_ui->plot->setSelectionRectMode(m_selectingRange ? QCP::srmCustom : QCP::srmNone);
}

void TimelineView::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() == Qt::NoButton) {
        showCrosshair(event->pos());
        return;
    }
    hideCrosshair();
    if (m_selectingRange && (event->buttons() & Qt::LeftButton))
        showRangeBand(m_pressPos.x(), event->pos().x());
}

void TimelineView::showRangeBand(int fromX, int toX)
{
    const QRect axes = m_ui->plot->axisRect()->rect();
    const int left = std::clamp(std::min(fromX, toX), axes.left(), axes.right());
    const int right = std::clamp(std::max(fromX, toX), axes.left(), axes.right());
    const QCPAxis* axis = m_ui->plot->xAxis;
    m_band->topLeft->setCoords(axis->pixelToCoord(left), 0);
    m_band->bottomRight->setCoords(axis->pixelToCoord(right), 1);
    m_band->setVisible(true);
    m_ui->plot->layer(QStringLiteral("cursor"))->replot();
}

QRect TimelineView::rangeBandRect() const
{
    if (!m_band->visible())
        return {};
    const QPointF topLeft = m_band->topLeft->pixelPosition();
    const QPointF bottomRight = m_band->bottomRight->pixelPosition();
    return QRectF(topLeft, bottomRight).normalized().toRect();
}

void TimelineView::onMouseRelease(QMouseEvent* event)
{
    const bool click = (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    if (m_band->visible() && !(event->buttons() & Qt::LeftButton)) {
        m_band->setVisible(false);
        m_ui->plot->layer(QStringLiteral("cursor"))->replot();
    }
    if (event->button() != Qt::LeftButton || m_selectingRange || !click || !m_data)
        return;
    if (!m_ui->plot->axisRect()->rect().contains(event->pos()))
        return;
    const TimeNs at = fromPlotTime(m_ui->plot->xAxis->pixelToCoord(event->pos().x()));
    setCursorTime(at);
    Q_EMIT cursorTimeChanged(at);
}

void TimelineView::onRubberBand(const QRect& rect)
{
    m_selectingRange = false;
    m_band->setVisible(false);
    m_ui->plot->layer(QStringLiteral("cursor"))->replot();
    if (rect.width() < QApplication::startDragDistance() || !m_filters)
        return;
    // A band dragged past the axes ends at their edge, not at a time nobody saw.
    const QRect axes = m_ui->plot->axisRect()->rect();
    const QCPAxis* axis = m_ui->plot->xAxis;
    const int left = std::max(rect.left(), axes.left());
    const int right = std::min(rect.right(), axes.right());
    const TimeNs from = roundToMillisecond(fromPlotTime(axis->pixelToCoord(left)));
    const TimeNs to = roundToMillisecond(fromPlotTime(axis->pixelToCoord(right)));
    if (to <= from)
        return;
    m_filters->modify([from, to](Filter& filter) {
        filter.from = from;
        filter.to = to;
    });
}

void TimelineView::showCrosshair(const QPoint& pos)
{
    QCustomPlot* plot = m_ui->plot;
    if (!m_data || !plot->axisRect()->rect().contains(pos)) {
        hideCrosshair();
        return;
    }
    const double x = plot->xAxis->pixelToCoord(pos.x());
    m_crosshair->point1->setCoords(x, 0);
    m_crosshair->point2->setCoords(x, 1);
    m_crosshair->setVisible(true);
    plot->layer(QStringLiteral("cursor"))->replot();
    const TimeNs at = fromPlotTime(x);
    const DurationNs tolerance = fromPlotTime(plot->xAxis->pixelToCoord(pos.x() + kEventTolerancePx)) - at;
    QToolTip::showText(plot->mapToGlobal(pos + QPoint(16, 16)),
                       plainToolTip(timelineTooltipText(m_series, *m_data, at, tolerance)), plot);
}

void TimelineView::hideCrosshair()
{
    if (!m_crosshair->visible())
        return;
    m_crosshair->setVisible(false);
    m_ui->plot->layer(QStringLiteral("cursor"))->replot();
    QToolTip::hideText();
}

bool TimelineView::handleKey(QKeyEvent* event)
{
    QCPAxis* axis = m_ui->plot->xAxis;
    const double span = axis->range().size();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (shift)
            moveCursorBy(direction);
        else
            axis->moveRange(direction * span / 5);
        break;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        axis->scaleRange(0.5, axis->range().center());
        break;
    case Qt::Key_Minus:
        axis->scaleRange(2.0, axis->range().center());
        break;
    case Qt::Key_Home:
        fitToFilter();
        return true;
    default:
        return false;
    }
    m_ui->plot->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->plot) {
        if (event->type() == QEvent::Resize) {
            scheduleRebucket(kRebucketDelayMs); // the bucket size depends on the width too
        } else if (event->type() == QEvent::Leave) {
            hideCrosshair();
        } else if (event->type() == QEvent::ToolTip) {
            // The mouse rests: the counts stay (a parent's help text must not replace them).
            showCrosshair(static_cast<QHelpEvent*>(event)->pos());
            return true;
        } else if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event)))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rs
