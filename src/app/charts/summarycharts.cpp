#include "app/charts/summarycharts.h"

#include "app/charts/axisfit.h"
#include "app/charts/chartcolors.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineplot.h"
#include "app/filter/viewdata.h"
#include "core/diagnosis/explanations.h"
#include "core/query/classnames.h"

#include <QCoreApplication>

#include <algorithm>

// The context of the charts' texts (lupdate reads it; a local tr() function it would not).
struct SummaryChartText {
    Q_DECLARE_TR_FUNCTIONS(SummaryChartText)
};

namespace rs {
namespace {

constexpr double kBarWidth = 0.7;

QCPBars* addBars(QCPAxis* keyAxis, QCPAxis* valueAxis, const QString& name, const QColor& color,
                 const QVector<double>& keys, const QVector<double>& values)
{
    auto* bars = new QCPBars(keyAxis, valueAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setSelectable(QCP::stNone);
    bars->setData(keys, values, true);
    return bars;
}

} // namespace

bool isNoBackendKey(const std::string& key)
{
    return key == "-" || key == "-/-";
}

BackendRows splitBackendRows(const std::vector<KeyCount>& all, std::size_t maxRows)
{
    BackendRows out;
    for (const KeyCount& row : all) {
        if (isNoBackendKey(row.key))
            out.noBackend += row.total;
        else if (out.rows.size() < maxRows)
            out.rows.push_back(row);
        else
            ++out.hidden;
    }
    return out;
}

std::vector<QCPBars*> plotStackedRows(QCustomPlot* plot, const std::vector<KeyCount>& rows,
                                      const QStringList& labels, bool logScale,
                                      std::vector<ErrorClass>* classes)
{
    plot->clearPlottables();
    std::vector<QCPBars*> result;
    std::vector<ErrorClass> stacked;
    const auto n = static_cast<qsizetype>(rows.size());
    QVector<double> keys(n);
    auto ticker = apartTextTicker(plot->yAxis);
    for (qsizetype i = 0; i < n; ++i) {
        keys[i] = static_cast<double>(i);
        ticker->addTick(keys[i], i < labels.size() ? labels[i] : QString());
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRangeReversed(true); // the first row on top
    plot->yAxis->setRange(-0.5, static_cast<double>(std::max<qsizetype>(n, 1)) - 0.5);
    plot->yAxis->setTickLength(0, 0);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->grid()->setVisible(false);
    setCountScale(plot->xAxis, logScale);

    const bool classesKnown = !rows.empty() && !rows.front().byClass.empty();
    if (classesKnown) {
        for (std::size_t c = 0; c < kErrorClassCount; ++c) {
            if (std::any_of(rows.begin(), rows.end(), [c](const KeyCount& row) {
                    return c < row.byClass.size() && row.byClass[c] > 0;
                }))
                stacked.push_back(static_cast<ErrorClass>(c));
        }
    }
    const auto valuesOf = [&](auto valueOf) {
        QVector<double> values(n);
        for (qsizetype i = 0; i < n; ++i)
            values[i] = static_cast<double>(valueOf(rows[static_cast<std::size_t>(i)]));
        return values;
    };
    if (classesKnown) {
        for (const ErrorClass cls : stacked) {
            const auto c = static_cast<std::size_t>(cls);
            auto* bars = addBars(plot->yAxis, plot->xAxis, classTitle(cls), errorClassColor(cls), keys,
                                 valuesOf([c](const KeyCount& row) { return row.byClass[c]; }));
            if (!result.empty())
                bars->moveAbove(result.back());
            result.push_back(bars);
        }
    } else if (n > 0) {
        result.push_back(addBars(plot->yAxis, plot->xAxis, SummaryChartText::tr("Failures"),
                                 statusClassColor(5), keys,
                                 valuesOf([](const KeyCount& row) { return row.total; })));
    }
    double highest = 0;
    for (const auto& row : rows)
        highest = std::max(highest, static_cast<double>(row.total));
    if (logScale)
        setCountRange(plot->xAxis, highest);
    else
        plot->xAxis->setRange(0, std::max(1.0, highest * 1.05));
    if (classes)
        *classes = stacked;
    return result;
}

std::vector<ClassCount> failingClasses(const ViewData& data)
{
    std::vector<ClassCount> out;
    for (std::size_t c = 0; c < kErrorClassCount && c < data.classTotals.size(); ++c) {
        if (query::isFailureClass(c) && data.classTotals[c] > 0)
            out.push_back({static_cast<ErrorClass>(c), data.classTotals[c]});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ClassCount& a, const ClassCount& b) { return a.count > b.count; });
    return out;
}

void plotClasses(QCustomPlot* plot, const std::vector<ClassCount>& classes, bool logScale)
{
    std::vector<KeyCount> rows;
    QStringList labels;
    for (const ClassCount& entry : classes) {
        KeyCount row;
        row.key = std::string(errorClassId(entry.cls));
        row.total = entry.count;
        row.byClass.assign(kErrorClassCount, 0);
        row.byClass[static_cast<std::size_t>(entry.cls)] = static_cast<std::uint32_t>(entry.count);
        rows.push_back(std::move(row));
        labels << classTitle(entry.cls);
    }
    plotStackedRows(plot, rows, labels, logScale);
    plot->xAxis->setLabel(SummaryChartText::tr("Failed requests"));
    plot->yAxis->setLabel(QString());
}

LatencyHistogram latencyHistogram(const ViewData& data)
{
    LatencyHistogram out;
    // Decades of response time: the shape of a latency problem (timeouts pile up at the end).
    static constexpr double kEdges[] = {0, 0.001, 0.01, 0.1, 1, 10, 60};
    out.labels =
        QStringList{QStringLiteral("< 1 ms"),  QStringLiteral("1–10 ms"), QStringLiteral("10–100 ms"),
                    QStringLiteral("0.1–1 s"), QStringLiteral("1–10 s"),  QStringLiteral("10–60 s"),
                    QStringLiteral("≥ 60 s")};
    out.counts.assign(static_cast<std::size_t>(out.labels.size()), 0);
    const auto& responseTime = data.incident().tables.requests.responseTime;
    for (const auto row : data.selection.rows) {
        if (responseTime[row] < 0)
            continue;
        const double seconds = static_cast<double>(responseTime[row]) / 1e9;
        std::size_t bucket = std::size(kEdges) - 1;
        while (bucket > 0 && seconds < kEdges[bucket])
            --bucket;
        ++out.counts[bucket];
    }
    out.percentiles = latency(data.incident(), data.selection);
    return out;
}

void plotLatency(QCustomPlot* plot, const LatencyHistogram& histogram, bool logScale)
{
    plot->clearPlottables();
    auto ticker = apartTextTicker(plot->xAxis);
    QVector<double> keys, values;
    double highest = 0;
    for (qsizetype i = 0; i < histogram.labels.size(); ++i) {
        ticker->addTick(static_cast<double>(i), histogram.labels[i]);
        keys << static_cast<double>(i);
        values << static_cast<double>(histogram.counts[static_cast<std::size_t>(i)]);
        highest = std::max(highest, values.back());
    }
    addBars(plot->xAxis, plot->yAxis, SummaryChartText::tr("Requests"), statusClassColor(2), keys, values);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.6, static_cast<double>(histogram.labels.size()) - 0.4);
    plot->xAxis->setTickLength(0, 0);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setLabel(SummaryChartText::tr("Response time"));
    setCountScale(plot->yAxis, logScale);
    setCountRange(plot->yAxis, highest);
    plot->yAxis->setLabel(SummaryChartText::tr("Requests"));
}

} // namespace rs
