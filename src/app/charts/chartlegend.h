#pragma once

class QCustomPlot;

namespace rs {

// A legend in its own row under the axis rect, filled row by row: class names are long, and
// beside the plot they would take the width the time axis needs.
void placeLegendBelow(QCustomPlot* plot);

// As many legend columns as the widest entry allows at the plot's current width; call after
// the plottables or the width changed.
void wrapLegendToWidth(QCustomPlot* plot);

// Keeps the legend within `maxHeight` pixels (after wrapLegendToWidth): the entries that count
// the most stay, the others leave the legend (not the plot) and one last entry says how many
// ("+12 more"). An export of a small size stays mostly plot, never mostly legend.
void capLegendToHeight(QCustomPlot* plot, int maxHeight);

} // namespace rs
