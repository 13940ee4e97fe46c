#pragma once

#include "app/charts/routeevents.h"
#include "core/diagnosis/errorclass.h"

#include <QColor>
#include <QString>

#include <cstddef>

class QCustomPlot;
class QPalette;

namespace rs {

// Status classes as the timeline stacks them: 0 = no status, 1..5 = 1xx..5xx (the index of
// TimeBuckets::byStatusClass).
inline constexpr std::size_t kStatusClassCount = 6;
QString statusClassTitle(std::size_t statusClass);

// Fixed colours of mid lightness, so that they read on a light and on a dark background
// alike and mean the same thing in every panel and export. Related classes share a family
// (TLS: purples and pinks, connection failures: reds and oranges, routing: blues).
QColor statusClassColor(std::size_t statusClass);
QColor errorClassColor(ErrorClass cls);
QColor routeEventColor(RouteEventKind kind);
// Sources as the timeline stacks them (TimelineStack::BySource): succeeded requests (None)
// in a quiet green, then warm colours from the client to the app, purple for the platform,
// blue for the infrastructure (the load balancer).
QColor sourceColor(Source source);
// The legend name of a source in that chart: "Succeeded" for None, else sourceTitle().
QString sourceStackTitle(Source source);
// Colours for series without a meaning of their own (one per router), by index; repeats
// after a dozen.
QColor seriesColor(std::size_t index);

// Background, axes, grid, tick labels and legend of every axis rect from the palette: a dark
// palette gives a dark plot. Call again on QEvent::PaletteChange.
void applyPaletteToPlot(QCustomPlot* plot, const QPalette& palette);

} // namespace rs
