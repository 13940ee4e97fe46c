#include "app/charts/chartlegend.h"

#include "app/charts/qcustomplot.h"

#include <QFontMetrics>

#include <algorithm>

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
    const QFontMetrics metrics(legend->font());
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
    }
    const int itemWidth =
        widest + legend->iconSize().width() + legend->iconTextPadding() + 8 + legend->columnSpacing();
    const int available = plot->width() - legend->margins().left() - legend->margins().right();
    const int columns = std::max(1, available / std::max(1, itemWidth));
    if (columns != legend->wrap()) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

} // namespace rs
