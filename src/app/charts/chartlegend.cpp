#include "app/charts/chartlegend.h"

#include "app/charts/qcustomplot.h"

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

} // namespace rs
