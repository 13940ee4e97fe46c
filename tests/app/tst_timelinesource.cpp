// The timeline stacked by source (tracker issue 19) on a generated three-router bundle with a
// load balancer in front: every request counts under the source the `source` filter field
// matches, so the bars by source agree with `source = X`, infrastructure included.
#include "app/charts/chartcolors.h"
#include "app/charts/legendstrip.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineplot.h"
#include "app/charts/timelineseries.h"
#include "app/charts/timelineview.h"
#include "app/export/chartexport.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewdata.h"
#include "app/filter/viewupdater.h"
#include "appfixture.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "generatedbundle.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace rs;

namespace {

using SourceCounts = std::array<std::uint64_t, kSourceCount>;

std::uint64_t sum(const QCPBars* bars)
{
    std::uint64_t total = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        total += static_cast<std::uint64_t>(it->value);
    return total;
}

// Per source, straight from the diagnosis' column over the selected rows.
SourceCounts countSources(const ViewData& data)
{
    SourceCounts counts{};
    const ClassColumns columns = data.classColumns();
    for (const std::uint32_t row : data.selection.rows)
        ++counts[columns.source[row]];
    return counts;
}

} // namespace

class TestTimelineSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seriesCountsEverySource();
    void seriesAgreesWithSourceFilter();
    void viewSwitchesMode();
    void exportStacksBySource();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Analysis> m_analysis;
    std::shared_ptr<const ViewData> m_all;
};

void TestTimelineSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QJsonObject truth = test::generateBundle(
        m_dir.path(),
        {QStringLiteral("--routers"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("21"),
         QStringLiteral("--minutes"), QStringLiteral("20"), QStringLiteral("--lb"), QStringLiteral("both"),
         QStringLiteral("--app-logs"), QStringLiteral("on")});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    m_analysis = analyse(Importer().importPaths({m_dir.path().toStdString()}));
    QVERIFY(m_analysis);
    m_all = computeViewData(m_analysis, {});
    QVERIFY(m_all->selection.rows.size() > 1000);
    QCOMPARE(m_all->classColumns().source.size(), m_analysis->incident->tables.requests.size());
}

// Summed over the buckets, each source's count is the number of requests of that source; the
// bundle has LB-answered failures, so infrastructure is among them.
void TestTimelineSource::seriesCountsEverySource()
{
    const ViewData& data = *m_all;
    const TimeNs from = data.dataFrom(), to = data.dataTo();
    const DurationNs width = timelineBucketWidth(from, to, 1200);
    const TimelineSeries series = buildTimelineSeries(data, from, to, width, TimelineStack::BySource);
    QCOMPARE(series.bySource.size(), series.bucketCount());
    SourceCounts plotted{};
    for (std::size_t b = 0; b < series.bucketCount(); ++b) {
        std::uint64_t bucketTotal = 0;
        for (std::size_t s = 0; s < kSourceCount; ++s) {
            plotted[s] += series.bySource[b][s];
            bucketTotal += series.bySource[b][s];
        }
        // The same requests as the status bars, split another way.
        QCOMPARE(bucketTotal, series.total(b));
    }
    const SourceCounts expected = countSources(data);
    for (std::size_t s = 0; s < kSourceCount; ++s)
        QCOMPARE(plotted[s], expected[s]);
    QVERIFY(plotted[static_cast<std::size_t>(Source::Infrastructure)] > 0);
    QVERIFY(plotted[static_cast<std::size_t>(Source::App)] > 0);
    QVERIFY(plotted[static_cast<std::size_t>(Source::None)] > 0);

    // The other modes count no sources.
    QVERIFY(buildTimelineSeries(data, from, to, width, TimelineStack::ByClass).bySource.empty());
    const TimelineSeries routers = buildTimelineSeries(data, from, to, width, TimelineStack::ByRouter);
    QVERIFY(routers.bySource.empty());
    QCOMPARE(routers.routers.size(), std::size_t{3});
}

// `source = X` selects exactly the requests the bars count under X.
void TestTimelineSource::seriesAgreesWithSourceFilter()
{
    const ViewData& all = *m_all;
    const TimeNs from = all.dataFrom(), to = all.dataTo();
    const DurationNs width = timelineBucketWidth(from, to, 1200);
    const TimelineSeries series = buildTimelineSeries(all, from, to, width, TimelineStack::BySource);
    for (std::size_t s = 0; s < kSourceCount; ++s) {
        Filter filter;
        filter.sources = {static_cast<std::uint8_t>(s)};
        const auto filtered = computeViewData(m_analysis, filter);
        std::uint64_t plotted = 0;
        for (const auto& bucket : series.bySource)
            plotted += bucket[s];
        QCOMPARE(plotted, static_cast<std::uint64_t>(filtered->selection.rows.size()));
        // Filtered to that source, the series counts it alone.
        const TimelineSeries only = buildTimelineSeries(*filtered, from, to, width, TimelineStack::BySource);
        std::uint64_t others = 0;
        for (const auto& bucket : only.bySource)
            for (std::size_t o = 0; o < kSourceCount; ++o)
                others += o == s ? 0 : bucket[o];
        QCOMPARE(others, std::uint64_t{0});
    }
}

// The grouping control switches the plot: source bars instead of status bars and class lines,
// and back.
void TestTimelineSource::viewSwitchesMode()
{
    FilterStack filters;
    ViewUpdater updater(&filters);
    TimelineView timeline(&filters);
    QObject::connect(&updater, &ViewUpdater::updated, &timeline, &TimelineView::setViewData);
    timeline.resize(1200, 420);
    timeline.show();
    updater.setAnalysis(m_analysis);
    const auto settle = [&] {
        return test::waitForViews(updater) && QTest::qWaitFor([&] { return !timeline.isUpdating(); }, 30000);
    };
    QVERIFY(settle());
    QCOMPARE(timeline.stack(), TimelineStack::ByClass);
    const auto& plottables = timeline.plottables();
    QVERIFY(plottables.statusBars[2] != nullptr);
    QVERIFY(!plottables.failureLines.empty());
    QVERIFY((plottables.sourceBars == std::array<QCPBars*, kSourceCount>{}));

    auto* combo = timeline.findChild<QComboBox*>(QStringLiteral("stackCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(2); // as a user picks it
    QCOMPARE(timeline.stack(), TimelineStack::BySource);
    QVERIFY(timeline.isUpdating() || plottables.sourceBars[0] != nullptr);
    QVERIFY(settle());
    QVERIFY((plottables.statusBars == std::array<QCPBars*, kStatusClassCount>{}));
    QVERIFY(plottables.failureLines.empty());
    const auto data = updater.current();
    const SourceCounts expected = countSources(*data);
    std::uint64_t drawn = 0;
    for (std::size_t s = 0; s < kSourceCount; ++s) {
        const QCPBars* bars = plottables.sourceBars[s];
        QCOMPARE(bars ? sum(bars) : 0u, expected[s]);
        drawn += bars ? sum(bars) : 0;
        if (bars) {
            QCOMPARE(bars->name(), sourceStackTitle(static_cast<Source>(s)));
            QCOMPARE(bars->brush().color(), sourceColor(static_cast<Source>(s)));
        }
    }
    QCOMPARE(drawn, static_cast<std::uint64_t>(data->selection.rows.size()));
    QVERIFY(plottables.sourceBars[static_cast<std::size_t>(Source::Infrastructure)] != nullptr);
    // The legend strip names them.
    auto* legend = timeline.findChild<LegendStrip*>();
    QVERIFY(legend);
    QVERIFY(legend->names().contains(sourceStackTitle(Source::Infrastructure)));
    QVERIFY(!legend->names().contains(QStringLiteral("5xx")));

    timeline.setStack(TimelineStack::ByClass);
    QVERIFY(settle());
    QVERIFY(plottables.statusBars[2] != nullptr);
    QVERIFY((plottables.sourceBars == std::array<QCPBars*, kSourceCount>{}));
    QVERIFY(!legend->names().contains(sourceStackTitle(Source::Infrastructure)));
}

// The export draws and writes what the window shows: source bars, one CSV column per source.
void TestTimelineSource::exportStacksBySource()
{
    ChartOptions options;
    options.stack = TimelineStack::BySource;
    const ChartExport chart(ChartKind::Timeline, m_all, {1200, 500}, options);
    QStringList legendNames;
    for (int i = 0; i < chart.plot()->legend->itemCount(); ++i) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(chart.plot()->legend->item(i)))
            legendNames << item->plottable()->name();
    }
    QVERIFY(legendNames.contains(sourceStackTitle(Source::Infrastructure)));
    QVERIFY(!legendNames.contains(QStringLiteral("5xx")));

    const QStringList lines = chart.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    const QStringList header = lines.front().split(QLatin1Char(','));
    const SourceCounts expected = countSources(*m_all);
    for (std::size_t s = 0; s < kSourceCount; ++s) {
        const std::string_view id = sourceId(static_cast<Source>(s));
        const auto column =
            header.indexOf(QStringLiteral("source_") + QString::fromLatin1(id.data(), id.size()));
        QVERIFY2(column >= 0, id.data());
        std::uint64_t total = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            total += lines[i].split(QLatin1Char(',')).at(column).toULongLong();
        QCOMPARE(total, expected[s]);
    }
    // By class, the export has no source columns.
    const ChartExport byClass(ChartKind::Timeline, m_all, {1200, 500}, {});
    QVERIFY(!byClass.csv().section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("source_")));
}

QTEST_MAIN(TestTimelineSource)
#include "tst_timelinesource.moc"
