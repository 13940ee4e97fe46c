#pragma once

#include "core/report/reportdocument.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace rs {

// Draws one chart of the report ("timeline", "backends", …) into `rect` with vector
// operations; returns false when it has nothing to draw (the chart is then left out).
using ReportChartPainter = std::function<bool(const QString& kind, QPainter& painter, const QRectF& rect)>;

// The report as a PDF through Qt's own text layout and PDF writer: selectable, searchable
// text, tables with repeated headers, vector charts, a table of contents with page numbers,
// and "page n of m" on every page. Returns false with `error` set when the file cannot be
// written.
bool writePdfReport(const ReportDocument& document, const QString& path, const ReportChartPainter& charts,
                    QString* error = nullptr);

// The same pages on any paged device (a QPdfWriter, or the QPrinter of a print preview), with
// the device's page layout. Returns false when the device cannot be painted on.
bool paintReport(const ReportDocument& document, QPagedPaintDevice& device, const ReportChartPainter& charts);

// `text` with zero-width spaces after the slashes, dots, hyphens, underscores and colons
// between the parts of a token: where a table cell may wrap a host or a path.
QString withBreakOpportunities(const QString& text);

} // namespace rs
