#pragma once

#include "app/charts/timelineseries.h"
#include "app/filter/viewdata.h"

#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QCustomPlot;
class QPainter;
class QRectF;

namespace rs {

// The charts RouteScope exports (issue 5), drawn by the same code as the window's panels.
enum class ChartKind { Timeline, Backends, Classes, Latency };
std::optional<ChartKind> chartKindFromId(const QString& id); // "timeline", "backends", …
QString chartKindId(ChartKind kind);

// What a chart shows beyond the data: the window's view of it, so an export is what was seen.
struct ChartOptions {
    TimeNs from = kNoTime, to = kNoTime;          // the timeline's visible range; the data's span when unset
    bool attempts = false;                        // backends: failed attempts instead of failed requests
    bool instances = false;                       // backends: per app instance instead of per address
    bool logScale = false;                        // counts on a logarithmic axis
    TimelineStack stack = TimelineStack::ByClass; // timeline: what the plot groups by
};

// One chart of one ViewData, drawn offscreen: its plot, the CSV of exactly the plotted
// series, and its title (the bundle and the filter).
class ChartExport {
public:
    ChartExport(ChartKind kind, std::shared_ptr<const ViewData> data, QSize size = {1200, 500},
                ChartOptions options = {});
    ~ChartExport();

    bool isEmpty() const { return m_empty; } // nothing to draw (no requests, no failures)
    QCustomPlot* plot() const { return m_plot.get(); }
    QString csv() const { return m_csv; }
    QString title() const { return m_title; }

    // Vector drawing into any painter (PDF pages, SVG, the report).
    void paint(QPainter& painter, const QRectF& rect) const;
    // By suffix: .png (at `scale` × the size), .svg, .pdf, .csv.
    bool save(const QString& path, double scale = 1.0, QString* error = nullptr) const;
    QByteArray svg() const;

private:
    void buildTimeline();
    void buildBackends();
    void buildClasses();
    void buildLatency();

    ChartKind m_kind;
    std::shared_ptr<const ViewData> m_data;
    QSize m_size;
    ChartOptions m_options;
    std::unique_ptr<QCustomPlot> m_plot;
    QString m_csv, m_title;
    bool m_empty = false;
};

// The chart title every export carries: "<bundle> — <filter>".
QString chartTitle(const ViewData& data, const QString& what);

} // namespace rs
