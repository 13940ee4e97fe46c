#pragma once

#include "core/query/analysis.h"

#include <QMap>
#include <QString>

#include <map>
#include <memory>

class QPainter;
class QRectF;

namespace rs {

class ChartExport;

// The report's charts, drawn once for the report's filter; sized so that their text reads
// like the report's own on an A4 page.
class ReportCharts {
public:
    ReportCharts(const std::shared_ptr<const Analysis>& analysis, const Filter& filter);
    ~ReportCharts();
    // Draws the chart as vectors; false when it has nothing to show.
    bool paint(const QString& kind, QPainter& painter, const QRectF& rect) const;
    QMap<QString, QByteArray> svgs() const; // by kind, the charts with something to show

private:
    std::map<QString, std::unique_ptr<ChartExport>> m_charts;
};

struct ReportRequest {
    QString title; // empty: the default title
};

// The incident report of `filter` to `path`: PDF or HTML by its suffix, with the timeline and
// backend charts drawn by the window's chart code (vector in both).
bool writeReport(const std::shared_ptr<const Analysis>& analysis, const Filter& filter,
                 const ReportRequest& request, const QString& path, QString* error);

} // namespace rs
