#pragma once

#include "app/charts/timelineplot.h"
#include "app/charts/timelineseries.h"

#include <QPoint>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <utility>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemRect;
class QMouseEvent;

namespace Ui {
class TimelineView;
}

namespace rs {

class ChartActions;
class FilterStack;
struct ViewData;

// Requests over time (hotspot's timeline, Wireshark's I/O graph): bars per bucket stacked by
// status class, failure classes as lines on top, route-table events as markers. Wheel zooms,
// drag pans, Shift+drag filters every view to a time range, a click sets the time cursor.
// The buckets follow the zoom and are counted on a worker thread.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(FilterStack* filters, QWidget* parent = nullptr);
    ~TimelineView() override;

    void setViewData(std::shared_ptr<const ViewData> viewData);
    std::shared_ptr<const ViewData> viewData() const { return m_data; }

    QCustomPlot* plot() const;
    // What is plotted now (for exports and tests).
    const TimelineSeries& series() const { return m_series; }
    const TimelinePlottables& plottables() const { return m_plottables; }
    // True while new buckets are waiting to be counted or plotted.
    bool isUpdating() const { return m_rebucketTimer.isActive() || m_pending > 0; }

    // What the plot groups by (the combo box beside the legend switch).
    TimelineStack stack() const;
    void setStack(TimelineStack stack);

    TimeNs cursorTime() const { return m_cursorTime; }
    // Moves the time cursor line without emitting cursorTimeChanged.
    void setCursorTime(TimeNs at);

    // Shows [from, to) (the buckets follow); fitToFilter shows the span of the selected
    // requests (the first to the last start), which is also the first view of new data.
    void setVisibleRange(TimeNs from, TimeNs to);
    void fitToFilter();
    // What the x axis shows now; exports of the timeline draw this range.
    std::pair<TimeNs, TimeNs> visibleRange() const;

    bool logScale() const;
    void setLogScale(bool on);
    // The export button's menu and the exports' range come from `actions`.
    void setChartActions(ChartActions* actions);

    // The shaded band of a Shift+drag in progress (plot coordinates), empty when none.
    QRect rangeBandRect() const;

Q_SIGNALS:
    // The user clicked a time (or moved the cursor with Shift+Left/Right).
    void cursorTimeChanged(rs::TimeNs at);
    // New buckets were plotted.
    void seriesChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setStackToolTip();
    // Wheel, drag and resize produce bursts of changes; buckets are counted once a burst settles.
    static constexpr int kRebucketDelayMs = 60;

    void applyPalette();
    void scheduleRebucket(int delayMs);
    void startRebucket();
    void showSeries(quint64 generation, TimelineSeries series);
    void updateValueRange();
    void updateBucketLabel();
    void onRangeChanged();
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onRubberBand(const QRect& rect);
    void showCrosshair(const QPoint& pos);
    void showRangeBand(int fromX, int toX);
    void fitAxisTitles();
    void hideCrosshair();
    void moveCursorBy(int buckets);
    bool handleKey(QKeyEvent* event);

    std::unique_ptr<Ui::TimelineView> m_ui;
    FilterStack* m_filters;
    std::shared_ptr<const ViewData> m_data;
    TimelineSeries m_series;
    TimelinePlottables m_plottables;
    QCPItemStraightLine* m_crosshair = nullptr;
    QCPItemStraightLine* m_cursorLine = nullptr;
    QCPItemRect* m_band = nullptr;
    QString m_countTitle;
    TimeNs m_cursorTime = kNoTime;
    QPoint m_pressPos;
    bool m_selectingRange = false;
    QTimer m_rebucketTimer;
    std::atomic<quint64> m_generation = 0; // written on the GUI thread, read by the task
    int m_pending = 0;
    QThreadPool m_pool; // destroyed first: its destructor waits for a running count
};

} // namespace rs
