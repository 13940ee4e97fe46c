#pragma once

#include "core/diagnosis/errorclass.h"
#include "core/query/aggregates.h"

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

class FilterStack;
struct ViewData;

// What the backends chart plots (for exports and tests).
struct BackendsSeries {
    std::vector<KeyCount> rows;      // top to bottom: the most failures first
    std::vector<ErrorClass> classes; // the classes stacked, left to right; empty when unknown
};

// Failures per backend address or per app instance, stacked by error class (horizontal bars,
// the most failing at the top). Clicking a bar, or Enter on the bar chosen with Up/Down,
// filters every view to that backend or instance.
class BackendsView : public QWidget {
    Q_OBJECT
public:
    enum class Grouping { Backend, Instance };
    // Bars shown at most; the rest are listed by the requests table.
    static constexpr std::size_t kMaxBars = 20;

    explicit BackendsView(FilterStack* filters, QWidget* parent = nullptr);
    ~BackendsView() override;

    void setViewData(std::shared_ptr<const ViewData> viewData);
    QCustomPlot* plot() const;
    const BackendsSeries& series() const { return m_series; }

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);

    // The row of series() drawn at `pos` (plot widget coordinates), -1 for none.
    int rowAt(const QPoint& pos) const;
    // What a click on the row does: pushes a filter to its backend or instance.
    void filterToRow(int row);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void applyPalette();
    void setCurrentRow(int row);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    QString rowToolTip(int row) const;

    std::unique_ptr<Ui::BackendsView> m_ui;
    FilterStack* m_filters;
    std::shared_ptr<const ViewData> m_data;
    Grouping m_grouping = Grouping::Backend;
    BackendsSeries m_series;
    std::vector<QCPBars*> m_bars;
    QCPItemRect* m_highlight = nullptr;
    int m_currentRow = -1;
    QPoint m_pressPos;
};

} // namespace rs
