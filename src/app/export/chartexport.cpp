#include "app/export/chartexport.h"

#include "app/charts/axisfit.h"
#include "app/charts/chartcolors.h"
#include "app/charts/chartlegend.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/summarycharts.h"
#include "app/charts/timelineplot.h"
#include "app/charts/timelineseries.h"
#include "core/diagnosis/explanations.h"
#include "core/query/backendnames.h"
#include "core/query/classnames.h"
#include "core/query/filterformat.h"
#include "core/report/csv.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QSvgRenderer>

#include <algorithm>

namespace rs {
namespace {

// The CSV rules of `routescope requests`: quoting, and the formula guard for text a
// spreadsheet would run (every field is treated as log text; ours passes unchanged).
QString csvLine(const QStringList& fields)
{
    std::string line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        appendCsvField(line, fields[i].toStdString(), true);
    }
    line += '\n';
    return QString::fromStdString(line);
}

QString logText(std::string_view text)
{
    const std::string escaped = escapeForDisplay(text, 200);
    return QString::fromUtf8(escaped.data(), static_cast<qsizetype>(escaped.size()));
}

QString classId(ErrorClass cls)
{
    const std::string_view id = errorClassId(cls);
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

// Exports are read on paper and in documents: text at least as large as the report's body
// (ChartExport's default size is laid out for that).
constexpr int kFontPixels = 14;

QFont exportFont(int pixels = kFontPixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

void applyExportFonts(QCustomPlot* plot)
{
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setTickLabelFont(exportFont());
        axis->setLabelFont(exportFont());
    }
    plot->legend->setFont(exportFont());
}

void addTitle(QCustomPlot* plot, const QString& title)
{
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    auto* element = new QCPTextElement(plot, title, exportFont(kFontPixels + 1, true));
    plot->plotLayout()->addElement(0, 0, element);
}

} // namespace

std::optional<ChartKind> chartKindFromId(const QString& id)
{
    for (const ChartKind kind :
         {ChartKind::Timeline, ChartKind::Backends, ChartKind::Classes, ChartKind::Latency}) {
        if (chartKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString chartKindId(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Timeline:
        return QStringLiteral("timeline");
    case ChartKind::Backends:
        return QStringLiteral("backends");
    case ChartKind::Classes:
        return QStringLiteral("classes");
    case ChartKind::Latency:
        return QStringLiteral("latency");
    }
    return {};
}

QString chartTitle(const ViewData& data, const QString& what)
{
    const auto& inputs = data.incident().report.inputs;
    const QString bundle =
        inputs.empty() ? QString() : QFileInfo(QString::fromStdString(inputs.front())).fileName();
    const std::string filter = formatFilterExpression(data.filter);
    QString title = what;
    if (!bundle.isEmpty())
        title += QStringLiteral(" — ") + logText(bundle.toStdString());
    title += QStringLiteral(" — ") +
             (filter.empty() ? QObject::tr("all requests") : QObject::tr("filter: %1").arg(logText(filter)));
    return title;
}

ChartExport::ChartExport(ChartKind kind, std::shared_ptr<const ViewData> data, QSize size,
                         ChartOptions options)
    : m_kind(kind)
    , m_data(std::move(data))
    , m_size(size)
    , m_options(options)
    , m_plot(std::make_unique<QCustomPlot>())
{
    m_plot->resize(m_size);
    // A widget never shown gets no resize event: QCustomPlot's viewport would stay at the
    // default 640×480, and the layout the constructor's replots make (legend columns, ticks
    // thinned against axis lengths) would be for that size, not the exported one.
    m_plot->setViewport(QRect(QPoint(0, 0), m_size));
    // Exports are documents: light background whatever the window's theme.
    applyPaletteToPlot(m_plot.get(), QPalette(Qt::white));
    applyExportFonts(m_plot.get());
    switch (kind) {
    case ChartKind::Timeline:
        buildTimeline();
        break;
    case ChartKind::Backends:
        buildBackends();
        break;
    case ChartKind::Classes:
        buildClasses();
        break;
    case ChartKind::Latency:
        buildLatency();
        break;
    }
    addTitle(m_plot.get(), m_title);
    if (m_plot->legend->visible()) {
        wrapLegendToWidth(m_plot.get());
        // The plot is what an export is for: the legend gets at most 30 % of the height.
        capLegendToHeight(m_plot.get(), std::max(40, m_size.height() * 3 / 10));
    }
    // Twice: ticks are thinned against the axis lengths of the previous layout.
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

ChartExport::~ChartExport() = default;

void ChartExport::buildTimeline()
{
    const ViewData& data = *m_data;
    // What the window shows (its visible range), else the span of the selected requests.
    const bool visible =
        m_options.from != kNoTime && m_options.to != kNoTime && m_options.to > m_options.from;
    const TimeNs from = visible ? m_options.from : data.dataFrom();
    const TimeNs to = visible ? m_options.to : data.dataTo();
    const DurationNs width = timelineBucketWidth(from, to, m_size.width());
    const TimelineStack stack = m_options.stack;
    switch (stack) {
    case TimelineStack::ByClass:
        m_title = chartTitle(
            data, QObject::tr("Requests per %1 by status, failures by class").arg(bucketWidthText(width)));
        break;
    case TimelineStack::ByRouter:
        m_title = chartTitle(data, QObject::tr("Requests per %1 by status, failures by class, per router")
                                       .arg(bucketWidthText(width)));
        break;
    case TimelineStack::BySource:
        m_title = chartTitle(data, QObject::tr("Requests per %1 by source").arg(bucketWidthText(width)));
        break;
    }
    setUpTimelinePlot(m_plot.get());
    setCountScale(m_plot->yAxis, m_options.logScale);
    applyExportFonts(m_plot.get());
    placeLegendBelow(m_plot.get());
    const TimelineSeries series = buildTimelineSeries(data, from, to, width, stack);
    plotTimeline(m_plot.get(), series, data);
    m_plot->yAxis->setLabel(QObject::tr("Requests per %1").arg(bucketWidthText(width)));
    m_empty = data.selection.rows.empty();
    if (from != kNoTime && to != kNoTime) {
        m_plot->xAxis->setRange(toPlotTime(from), toPlotTime(to));
        m_plot->xAxis->setLabel(timeAxisTitle(from, to));
        setCountRange(m_plot->yAxis, static_cast<double>(maxTotalBetween(series, from, to)));
    }
    // bucket start, then one column per status class and per failing class plotted.
    QStringList header{QStringLiteral("bucket_start_utc"), QStringLiteral("bucket_seconds")};
    for (std::size_t s = 0; s < kStatusClassCount; ++s)
        header << QStringLiteral("status_") +
                      (s == 0 ? QStringLiteral("none") : QStringLiteral("%1xx").arg(s));
    std::vector<std::size_t> classes;
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (!query::isFailureClass(c))
            continue;
        for (const auto& bucket : series.buckets.byErrorClass) {
            if (bucket[c] > 0) {
                classes.push_back(c);
                header << classId(static_cast<ErrorClass>(c));
                break;
            }
        }
    }
    // Then, as drawn: one column per source ("source_<id>") or per router line ("router:<name>").
    if (!series.bySource.empty()) {
        for (std::size_t s = 0; s < kSourceCount; ++s) {
            const std::string_view id = sourceId(static_cast<Source>(s));
            header << QStringLiteral("source_") +
                          QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
        }
    }
    for (const auto& router : series.routers)
        header << QStringLiteral("router:") + router.name;
    m_csv = csvLine(header);
    for (std::size_t b = 0; b < series.bucketCount(); ++b) {
        QStringList row{QString::fromStdString(formatTimeUtc(series.bucketStart(b))),
                        QString::number(static_cast<double>(series.buckets.width) / 1e9)};
        for (std::size_t s = 0; s < kStatusClassCount; ++s)
            row << QString::number(series.buckets.byStatusClass[b][s]);
        for (const std::size_t c : classes)
            row << QString::number(series.buckets.byErrorClass[b][c]);
        for (std::size_t s = 0; s < kSourceCount && !series.bySource.empty(); ++s)
            row << QString::number(series.bySource[b][s]);
        for (const auto& router : series.routers)
            row << QString::number(router.counts[b]);
        m_csv += csvLine(row);
    }
}

void ChartExport::buildBackends()
{
    const ViewData& data = *m_data;
    const bool attempts = m_options.attempts;
    const std::vector<KeyCount>& all = m_options.instances
                                           ? (attempts ? data.attemptInstances : data.instances)
                                           : (attempts ? data.attemptBackends : data.backends);
    const BackendNames names(data.incident());
    // Requests that reached no backend are counted in the title, not drawn.
    const BackendRows split = splitBackendRows(all, kMaxBackendBars);
    const std::vector<KeyCount>& rows = split.rows;
    const std::uint64_t noBackend = split.noBackend;
    QString what = attempts ? (m_options.instances ? QObject::tr("Failed attempts per app instance, by class")
                                                   : QObject::tr("Failed attempts per backend, by class"))
                            : (m_options.instances ? QObject::tr("Failed requests per app instance, by class")
                                                   : QObject::tr("Failed requests per backend, by class"));
    if (noBackend > 0)
        what += QObject::tr(" (%1 without a backend, not drawn)").arg(noBackend);
    m_title = chartTitle(data, what);
    m_empty = rows.empty();
    QStringList labels;
    const QFontMetrics metrics(exportFont());
    for (const auto& row : rows) {
        const std::string name =
            m_options.instances ? names.forInstanceKey(row.key) : names.forAddress(row.key);
        const QString label =
            name.empty() ? logText(row.key) : QStringLiteral("%1 · %2").arg(logText(name), logText(row.key));
        labels << metrics.elidedText(label, Qt::ElideMiddle, m_size.width() / 3);
    }
    plotStackedRows(m_plot.get(), rows, labels, m_options.logScale);
    m_plot->xAxis->setLabel(attempts ? QObject::tr("Failed attempts") : QObject::tr("Failed requests"));
    placeLegendBelow(m_plot.get());
    // The columns of earlier versions first (scripts read them by position), the app name last.
    QStringList header{m_options.instances ? QStringLiteral("instance") : QStringLiteral("backend"),
                       attempts ? QStringLiteral("failed_attempts") : QStringLiteral("failed")};
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (query::isFailureClass(c))
            header << classId(static_cast<ErrorClass>(c));
    }
    header << QStringLiteral("app_name");
    m_csv = csvLine(header);
    for (std::size_t i = 0; i < all.size() && i < kMaxBackendBars; ++i) {
        const KeyCount& row = all[i];
        const std::string name =
            m_options.instances ? names.forInstanceKey(row.key) : names.forAddress(row.key);
        QStringList line{logText(row.key), QString::number(row.total)};
        for (std::size_t c = 0; c < kErrorClassCount; ++c) {
            if (query::isFailureClass(c))
                line << QString::number(row.byClass.size() > c ? row.byClass[c] : 0);
        }
        line << logText(name);
        m_csv += csvLine(line);
    }
}

void ChartExport::buildClasses()
{
    const ViewData& data = *m_data;
    m_title = chartTitle(data, QObject::tr("Failed requests by error class"));
    const std::vector<ClassCount> classes = failingClasses(data);
    m_empty = classes.empty();
    plotClasses(m_plot.get(), classes, m_options.logScale);
    m_csv = csvLine({QStringLiteral("class"), QStringLiteral("title"), QStringLiteral("requests")});
    for (const ClassCount& entry : classes)
        m_csv += csvLine({classId(entry.cls), classTitle(entry.cls), QString::number(entry.count)});
}

void ChartExport::buildLatency()
{
    const LatencyHistogram histogram = latencyHistogram(*m_data);
    const LatencyPercentiles& p = histogram.percentiles;
    m_empty = p.count == 0;
    m_title = chartTitle(*m_data, QObject::tr("Response times (p50 %1 s, p90 %2 s, p99 %3 s)")
                                      .arg(p.p50, 0, 'f', 3)
                                      .arg(p.p90, 0, 'f', 3)
                                      .arg(p.p99, 0, 'f', 3));
    plotLatency(m_plot.get(), histogram, m_options.logScale);
    m_csv = csvLine({QStringLiteral("response_time"), QStringLiteral("requests")});
    for (qsizetype i = 0; i < histogram.labels.size(); ++i)
        m_csv +=
            csvLine({histogram.labels[i], QString::number(histogram.counts[static_cast<std::size_t>(i)])});
}

void ChartExport::paint(QPainter& painter, const QRectF& rect) const
{
    // Through SVG: the chart arrives on the page as paths and text in the rectangle's
    // coordinates, whatever the device's resolution (a QPicture would replay its fonts at the
    // printer's resolution, three times too large).
    QSvgRenderer renderer(svg());
    renderer.render(&painter, rect);
}

QByteArray ChartExport::svg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_size);
    generator.setViewBox(QRect(QPoint(0, 0), m_size));
    generator.setTitle(m_title);
    QCPPainter painter(&generator);
    m_plot->toPainter(&painter, m_size.width(), m_size.height());
    painter.end();
    return buffer.data();
}

bool ChartExport::save(const QString& path, double scale, QString* error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(path, m_size.width(), m_size.height(), scale);
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, m_size.width(), m_size.height(), QCP::epNoCosmetic,
                             QStringLiteral("RouteScope"), m_title);
    } else if (suffix == QLatin1String("svg") || suffix == QLatin1String("csv")) {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) &&
             file.write(suffix == QLatin1String("svg") ? svg() : m_csv.toUtf8()) >= 0 && file.commit();
    }
    if (!ok && error)
        *error = QObject::tr("Cannot write %1").arg(path);
    return ok;
}

} // namespace rs
