#include "app/export/reportexport.h"

#include "app/export/chartexport.h"
#include "app/filter/viewdata.h"
#include "app/report/pdfreport.h"
#include "core/report/htmlreport.h"
#include "core/report/incidentreport.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <map>

namespace rs {

ReportCharts::ReportCharts(const std::shared_ptr<const Analysis>& analysis, const Filter& filter)
{
    const auto data = computeViewData(analysis, filter);
    for (const ChartKind kind :
         {ChartKind::Timeline, ChartKind::Backends, ChartKind::Classes, ChartKind::Latency})
        // 720 px across the 180 mm of an A4 text column: the charts' 14 px text comes out at
        // about 10 pt, no smaller than the report's body text.
        m_charts.emplace(chartKindId(kind), std::make_unique<ChartExport>(kind, data, QSize(720, 302)));
}

ReportCharts::~ReportCharts() = default;

bool ReportCharts::paint(const QString& kind, QPainter& painter, const QRectF& rect) const
{
    const auto it = m_charts.find(kind);
    if (it == m_charts.end() || it->second->isEmpty())
        return false;
    it->second->paint(painter, rect);
    return true;
}

QMap<QString, QByteArray> ReportCharts::svgs() const
{
    QMap<QString, QByteArray> out;
    for (const auto& [kind, chart] : m_charts) {
        if (!chart->isEmpty())
            out.insert(kind, chart->svg());
    }
    return out;
}

bool writeReport(const std::shared_ptr<const Analysis>& analysis, const Filter& filter,
                 const ReportRequest& request, const QString& path, QString* error)
{
    ReportOptions options;
    options.title = request.title;
    const ReportDocument document = buildIncidentReport(*analysis, filter, options);
    const ReportCharts charts(analysis, filter);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return writePdfReport(
            document, path,
            [&charts](const QString& kind, QPainter& painter, const QRectF& rect) {
                return charts.paint(kind, painter, rect);
            },
            error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(renderHtmlReport(document, charts.svgs()));
    if (!file.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rs
