#pragma once

#include "app/export/chartexport.h"
#include "core/diagnosis/errorclass.h"
#include "core/query/aggregates.h"
#include "core/query/backendnames.h"

#include <QPoint>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPItemRect;
class QMouseEvent;

namespace Ui {
class BackendsView;
}

namespace rs {

class ChartActions;
class FilterStack;
struct Analysis;
struct ViewData;

// What the backends chart plots (for exports and tests).
struct BackendsSeries {
    std::vector<KeyCount> rows;      // top to bottom: the most failures first
    std::vector<ErrorClass> classes; // the classes stacked, left to right; empty when unknown
    QStringList labels;              // the category labels drawn, one per row
    std::uint64_t noBackend = 0;     // failures that never reached a backend: shown apart
    std::size_t hiddenRows = 0;      // rows with failures that did not fit
};

// The backends panel: failures per backend address or per app instance, stacked by error
// class (horizontal bars, the most failing at the top), counted per failed request (the
// backend that answered last) or per failed attempt (every backend tried). Clicking a bar, or
// Enter on the bar chosen with Up/Down, filters every view to its requests. The panel also
// switches to the error-class and response-time charts.
class BackendsView : public QWidget {
    Q_OBJECT
public:
    enum class Grouping { Backend, Instance };
    enum class Counting { Requests, Attempts };
    enum class Chart { Backends, Classes, Latency };

    explicit BackendsView(FilterStack* filters, QWidget* parent = nullptr);
    ~BackendsView() override;

    void setViewData(std::shared_ptr<const ViewData> viewData);
    QCustomPlot* plot() const; // the backends chart
    QCustomPlot* plotFor(Chart chart) const;
    const BackendsSeries& series() const { return m_series; }

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);
    Counting counting() const { return m_counting; }
    void setCounting(Counting counting);
    Chart chart() const { return m_chart; }
    void setChart(Chart chart);
    bool logScale() const;
    void setLogScale(bool on);
    static ChartKind chartKind(Chart chart);

    // The export button's menu (for the chart shown) and the charts' context menus.
    void setChartActions(ChartActions* actions);

    // The row of series() drawn at `pos` (plot widget coordinates), -1 for none.
    int rowAt(const QPoint& pos) const;
    // What a click on the row does: pushes a filter to its backend or instance (in attempt
    // counting: to the requests with a failed attempt there).
    void filterToRow(int row);
    // Marks the bar of backend `address`, switching to the backends chart grouped by backend and
    // counted as asked; the mark follows the bar across filter changes until another is chosen.
    void markBackend(const std::string& address, Counting counting);
    // The marked row of series(), -1 for none.
    int currentRow() const { return m_currentRow; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void rebuildBackends();
    void rebuildSummaryCharts();
    void updateExportMenu();
    std::size_t barsThatFit() const;
    QString rowLabel(const std::string& key) const;
    void applyPalette();
    void setCurrentRow(int row);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    QString rowToolTip(int row) const;
    void showRowToolTip(const QPoint& pos);

    std::unique_ptr<Ui::BackendsView> m_ui;
    FilterStack* m_filters;
    ChartActions* m_actions = nullptr;
    std::shared_ptr<ChartOptions> m_shownOptions = std::make_shared<ChartOptions>();
    std::shared_ptr<const ViewData> m_data;
    std::shared_ptr<const Analysis> m_namedAnalysis; // the analysis m_names were read from
    BackendNames m_names;
    Grouping m_grouping = Grouping::Backend;
    Counting m_counting = Counting::Requests;
    Chart m_chart = Chart::Backends;
    BackendsSeries m_series;
    std::vector<QCPBars*> m_bars;
    QCPItemRect* m_highlight = nullptr;
    int m_currentRow = -1;
    std::string m_markedKey; // the bar markBackend asked for
    std::size_t m_fittingBars = 0;
    QPoint m_pressPos;
};

} // namespace rs
