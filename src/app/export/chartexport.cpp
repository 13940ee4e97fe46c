#include "app/export/chartexport.h"

#include "app/charts/chartcolors.h"
#include "app/charts/chartlegend.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineplot.h"
#include "app/charts/timelineseries.h"
#include "cli/requests.h"
#include "core/diagnosis/explanations.h"
#include "core/query/classnames.h"
#include "core/query/filterformat.h"
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
        cli::appendCsvField(line, fields[i].toStdString(), true);
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

void addTitle(QCustomPlot* plot, const QString& title)
{
    plot->plotLayout()->insertRow(0);
    auto* element = new QCPTextElement(plot, title, QFont(QStringLiteral("DejaVu Sans"), 10, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, element);
}

// Horizontal bars stacked by class, keys from top to bottom.
void stackedBars(QCustomPlot* plot, const std::vector<KeyCount>& rows, const QStringList& labels)
{
    const int n = static_cast<int>(rows.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i)
        ticker->addTick(n - 1 - i, labels[i]);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(-0.6, n - 0.4);
    QCPBars* below = nullptr;
    double maxTotal = 1;
    for (const auto& row : rows)
        maxTotal = std::max(maxTotal, static_cast<double>(row.total));
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        bool any = false;
        QVector<double> keys, values;
        for (int i = 0; i < n; ++i) {
            const auto& row = rows[static_cast<std::size_t>(i)];
            const double v = row.byClass.size() > c ? row.byClass[c] : 0;
            any = any || v > 0;
            keys << n - 1 - i;
            values << v;
        }
        if (!any)
            continue;
        auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setName(classTitle(static_cast<ErrorClass>(c)));
        bars->setData(keys, values, true);
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(errorClassColor(static_cast<ErrorClass>(c)));
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    plot->xAxis->setRange(0, maxTotal * 1.05);
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

ChartExport::ChartExport(ChartKind kind, std::shared_ptr<const ViewData> data, QSize size)
    : m_kind(kind)
    , m_data(std::move(data))
    , m_size(size)
    , m_plot(std::make_unique<QCustomPlot>())
{
    m_plot->resize(m_size);
    // Exports are documents: light background whatever the window's theme.
    applyPaletteToPlot(m_plot.get(), QPalette(Qt::white));
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
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

ChartExport::~ChartExport() = default;

void ChartExport::buildTimeline()
{
    const ViewData& data = *m_data;
    const TimeNs from = data.viewFrom(), to = data.viewTo();
    const DurationNs width = timelineBucketWidth(from, to, m_size.width());
    m_title = chartTitle(
        data, QObject::tr("Requests per %1 by status, failures by class").arg(bucketWidthText(width)));
    setUpTimelinePlot(m_plot.get());
    const TimelineSeries series = buildTimelineSeries(data, from, to, width, false);
    plotTimeline(m_plot.get(), series, data);
    m_plot->yAxis->setLabel(QObject::tr("Requests per %1").arg(bucketWidthText(width)));
    m_empty = data.selection.rows.empty();
    if (from != kNoTime && to != kNoTime) {
        m_plot->xAxis->setRange(toPlotTime(from), toPlotTime(to));
        m_plot->yAxis->setRange(
            0, std::max<double>(1, static_cast<double>(maxTotalBetween(series, from, to)) * 1.1));
    }
    wrapLegendToWidth(m_plot.get());
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
    m_csv = csvLine(header);
    for (std::size_t b = 0; b < series.bucketCount(); ++b) {
        QStringList row{QString::fromStdString(formatTimeUtc(series.bucketStart(b))),
                        QString::number(static_cast<double>(series.buckets.width) / 1e9)};
        for (std::size_t s = 0; s < kStatusClassCount; ++s)
            row << QString::number(series.buckets.byStatusClass[b][s]);
        for (const std::size_t c : classes)
            row << QString::number(series.buckets.byErrorClass[b][c]);
        m_csv += csvLine(row);
    }
}

void ChartExport::buildBackends()
{
    const ViewData& data = *m_data;
    m_title = chartTitle(data, QObject::tr("Failed requests per backend, by class"));
    std::vector<KeyCount> rows(
        data.backends.begin(),
        data.backends.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(20, data.backends.size())));
    m_empty = rows.empty();
    QStringList labels;
    for (const auto& row : rows)
        labels << (row.key == "-" ? QObject::tr("(no backend)") : logText(row.key));
    stackedBars(m_plot.get(), rows, labels);
    m_plot->xAxis->setLabel(QObject::tr("Failed requests"));
    m_plot->yAxis->setLabel(QObject::tr("Backend address"));
    placeLegendBelow(m_plot.get());
    wrapLegendToWidth(m_plot.get());
    QStringList header{QStringLiteral("backend"), QStringLiteral("failed")};
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (query::isFailureClass(c))
            header << classId(static_cast<ErrorClass>(c));
    }
    m_csv = csvLine(header);
    for (const auto& row : rows) {
        QStringList line{logText(row.key), QString::number(row.total)};
        for (std::size_t c = 0; c < kErrorClassCount; ++c) {
            if (query::isFailureClass(c))
                line << QString::number(row.byClass.size() > c ? row.byClass[c] : 0);
        }
        m_csv += csvLine(line);
    }
}

void ChartExport::buildClasses()
{
    const ViewData& data = *m_data;
    m_title = chartTitle(data, QObject::tr("Failed requests by error class"));
    std::vector<std::size_t> classes;
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (query::isFailureClass(c) && data.classTotals[c] > 0)
            classes.push_back(c);
    }
    std::stable_sort(classes.begin(), classes.end(),
                     [&](std::size_t a, std::size_t b) { return data.classTotals[a] > data.classTotals[b]; });
    m_empty = classes.empty();
    std::vector<KeyCount> rows;
    QStringList labels;
    for (const std::size_t c : classes) {
        KeyCount row;
        row.key = std::string(errorClassId(static_cast<ErrorClass>(c)));
        row.total = data.classTotals[c];
        row.byClass.assign(kErrorClassCount, 0);
        row.byClass[c] = static_cast<std::uint32_t>(data.classTotals[c]);
        rows.push_back(row);
        labels << classTitle(static_cast<ErrorClass>(c));
    }
    stackedBars(m_plot.get(), rows, labels);
    m_plot->xAxis->setLabel(QObject::tr("Failed requests"));
    m_csv = csvLine({QStringLiteral("class"), QStringLiteral("title"), QStringLiteral("requests")});
    for (std::size_t i = 0; i < classes.size(); ++i)
        m_csv += csvLine({QString::fromStdString(rows[i].key), labels[static_cast<qsizetype>(i)],
                          QString::number(rows[i].total)});
}

void ChartExport::buildLatency()
{
    const ViewData& data = *m_data;
    const auto& responseTime = data.incident().tables.requests.responseTime;
    // Decades of response time: the shape of a latency problem (timeouts pile up at the end).
    static constexpr double kEdges[] = {0, 0.001, 0.01, 0.1, 1, 10, 60};
    const QStringList labels{QStringLiteral("< 1 ms"),    QStringLiteral("1–10 ms"),
                             QStringLiteral("10–100 ms"), QStringLiteral("0.1–1 s"),
                             QStringLiteral("1–10 s"),    QStringLiteral("10–60 s"),
                             QStringLiteral("≥ 60 s")};
    std::vector<std::uint64_t> counts(labels.size(), 0);
    for (const auto row : data.selection.rows) {
        if (responseTime[row] < 0)
            continue;
        const double seconds = static_cast<double>(responseTime[row]) / 1e9;
        std::size_t bucket = std::size(kEdges) - 1;
        while (bucket > 0 && seconds < kEdges[bucket])
            --bucket;
        ++counts[bucket];
    }
    const LatencyPercentiles p = latency(data.incident(), data.selection);
    m_empty = p.count == 0;
    m_title = chartTitle(data, QObject::tr("Response times (p50 %1 s, p90 %2 s, p99 %3 s)")
                                   .arg(p.p50, 0, 'f', 3)
                                   .arg(p.p90, 0, 'f', 3)
                                   .arg(p.p99, 0, 'f', 3));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, values;
    double maxCount = 1;
    for (int i = 0; i < labels.size(); ++i) {
        ticker->addTick(i, labels[i]);
        keys << i;
        values << static_cast<double>(counts[static_cast<std::size_t>(i)]);
        maxCount = std::max(maxCount, values.back());
    }
    auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setData(keys, values, true);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(statusClassColor(2));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.6, labels.size() - 0.4);
    m_plot->xAxis->setLabel(QObject::tr("Response time"));
    m_plot->yAxis->setRange(0, maxCount * 1.1);
    m_plot->yAxis->setLabel(QObject::tr("Requests"));
    m_csv = csvLine({QStringLiteral("response_time"), QStringLiteral("requests")});
    for (int i = 0; i < labels.size(); ++i)
        m_csv += csvLine({labels[i], QString::number(counts[static_cast<std::size_t>(i)])});
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
