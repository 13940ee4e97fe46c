#include "app/charts/chartlegend.h"

#include "app/charts/qcustomplot.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rs {

void placeLegendBelow(QCustomPlot* plot)
{
    QCPLegend* legend = plot->legend;
    legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(legend);
    plot->plotLayout()->addElement(1, 0, legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->plotLayout()->setRowSpacing(2);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setIconSize(14, 10);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(12);
    legend->setMargins(QMargins(4, 2, 4, 2));
}

void wrapLegendToWidth(QCustomPlot* plot)
{
    QCPLegend* legend = plot->legend;
    // What the widest entry asks for itself: text, icon, padding and the item's own margins
    // (a guess without the margins made columns too narrow, the text ran into the next one).
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (QCPLayoutElement* item = legend->item(i))
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    const int itemWidth = widest + legend->columnSpacing();
    const int available = plot->width() - legend->margins().left() - legend->margins().right();
    const int columns = std::max(1, available / std::max(1, itemWidth));
    if (columns != legend->wrap()) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

namespace {

// What a plottable counts in the chart: the sum of its values (bars and lines), so that the
// legend keeps the series a reader sees.
double weight(QCPAbstractPlottable* plottable)
{
    double sum = 0;
    if (auto* bars = qobject_cast<QCPBars*>(plottable)) {
        for (const QCPBarsData& d : *bars->data())
            sum += std::abs(d.value);
    } else if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
        for (const QCPGraphData& d : *graph->data())
            sum += std::isnan(d.value) ? 0 : std::abs(d.value);
    }
    return sum;
}

} // namespace

void capLegendToHeight(QCustomPlot* plot, int maxHeight)
{
    QCPLegend* legend = plot->legend;
    const int count = legend->itemCount();
    if (count == 0 || !legend->visible())
        return;
    const int rowHeight = legend->item(0)->minimumOuterSizeHint().height() + legend->rowSpacing();
    const int rows = std::max(1, (maxHeight - legend->margins().top() - legend->margins().bottom()) /
                                     std::max(1, rowHeight));
    const int capacity = rows * std::max(1, legend->wrap());
    if (count <= capacity)
        return;
    std::vector<std::pair<double, QCPAbstractPlottable*>> ranked;
    for (int i = 0; i < count; ++i) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            ranked.emplace_back(weight(item->plottable()), item->plottable());
    }
    // The first entries keep their places (stable): the status classes come first in every chart.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    const int keep = std::max(1, capacity - 1);
    for (std::size_t i = static_cast<std::size_t>(keep); i < ranked.size(); ++i)
        ranked[i].second->removeFromLegend(legend);
    // The count of what left, as an entry without an icon of its own.
    auto* more = new QCPGraph(plot->xAxis, plot->yAxis);
    more->setPen(Qt::NoPen);
    more->setLineStyle(QCPGraph::lsNone); // no icon: a PDF would draw even a pen-less line
    more->addToLegend(legend);
    const int left = static_cast<int>(ranked.size()) - keep;
    more->setName(QCoreApplication::translate("rs::ChartLegend", "+%n more", "legend entry", left));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

} // namespace rs
