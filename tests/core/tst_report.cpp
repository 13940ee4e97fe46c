// The incident report as a document and as HTML: every section is there with the figures of
// the analysis, the filter narrows it, and log text never becomes markup.
#include "archivewriter.h"
#include "core/diagnosis/explanations.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "core/report/htmlreport.h"
#include "core/report/incidentreport.h"

#include <QLocale>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace rs;

namespace {

std::shared_ptr<const Analysis> sample()
{
    static const auto analysis =
        analyse(Importer().importPaths({ROUTESCOPE_TEST_DATA "/../../resources/sample-incident.tgz"}));
    return analysis;
}

const ReportSection* section(const ReportDocument& doc, const char* id)
{
    for (const auto& s : doc.sections) {
        if (s.id == QLatin1String(id))
            return &s;
    }
    return nullptr;
}

template <typename Block> std::vector<const Block*> blocks(const ReportSection& s)
{
    std::vector<const Block*> out;
    for (const auto& b : s.blocks) {
        if (const auto* x = std::get_if<Block>(&b))
            out.push_back(x);
    }
    return out;
}

const char* kHostile = "<script>alert(1)</script>";

// An access log whose host, backend-side error and request id carry markup, in a bundle
// member whose name does too.
std::shared_ptr<const Analysis> hostileIncident()
{
    std::string log;
    for (int i = 0; i < 3; ++i) {
        log += std::string(kHostile) + " - [2026-10-14T09:00:0" + std::to_string(i) +
               ".000000000Z] \"GET /\\\"><img src=x onerror=alert(2)> HTTP/1.1\" 502 0 67 \"-\" "
               "\"\\\"><img src=x onerror=alert(3)>\" \"10.0.0.1:5000\" \"10.0.16.5:61012\" "
               "x_forwarded_for:\"-\" x_forwarded_proto:\"https\" "
               "vcap_request_id:\"0b0b0b0b-1111-2222-3333-44444444444" +
               std::to_string(i) +
               "\" response_time:0.1 gorouter_time:0.0001 app_id:\"app\" app_index:\"0\" "
               "instance_id:\"inst\" failed_attempts:1 failed_attempts_time:0.1 dns_time:0 dial_time:0.1 "
               "tls_time:0 backend_time:0 x_cf_routererror:\"endpoint_failure (<b>dial</b> tcp: "
               "connect: connection refused)\"\n";
    }
    const std::string tar =
        test::makeArchive({{"router/0/gorouter/<i>access</i>.log", log}}, test::ArchiveFormat::TarGz);
    return analyse(Importer().importBytes("hostile.tgz", bytesFromString(tar)));
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sample() && sample()->incident->tables.requests.size() > 1000); }
    void everySectionWithTheAnalysisFigures();
    void summarySaysWhatFailed();
    void summaryRanksByClientImpact();
    void filterNarrowsTheReport();
    void htmlIsSelfContainedAndWellFormed();
    void logTextNeverBecomesMarkup();
};

void TestReport::everySectionWithTheAnalysisFigures()
{
    const auto analysis = sample();
    ReportOptions options;
    options.generatedAt = 0;
    const ReportDocument doc = buildIncidentReport(*analysis, {}, options);
    QStringList ids;
    for (const auto& s : doc.sections)
        ids << s.id;
    QCOMPARE(ids,
             (QStringList{QStringLiteral("summary"), QStringLiteral("classes"), QStringLiteral("findings"),
                          QStringLiteral("routes"), QStringLiteral("import"), QStringLiteral("appendix")}));
    // The class table counts every request once.
    const auto classTables = blocks<ReportTable>(*section(doc, "classes"));
    QCOMPARE(classTables.size(), std::size_t{1});
    qulonglong total = 0;
    for (const auto& row : classTables.front()->rows)
        total += QLocale().toULongLong(row[1]);
    QCOMPARE(total, static_cast<qulonglong>(analysis->incident->tables.requests.size()));
    // Every finding is a subheading with its title, in order.
    const auto headings = blocks<ReportSubheading>(*section(doc, "findings"));
    QCOMPARE(headings.size(), analysis->findings.size());
    for (std::size_t i = 0; i < headings.size(); ++i)
        QVERIFY(headings[i]->text.endsWith(analysis->findings[i].title));
    // Stale endpoints and router diffs are listed one row each.
    const auto routeTables = blocks<ReportTable>(*section(doc, "routes"));
    QVERIFY(!analysis->routes.stale.empty());
    QCOMPARE(routeTables.front()->rows.size(), analysis->routes.stale.size());
    // The import report lists every file.
    QCOMPARE(blocks<ReportTable>(*section(doc, "import")).front()->rows.size(),
             analysis->incident->report.files.size());
    // The appendix starts with the failed request that needed the most attempts.
    const auto appendix = blocks<ReportTable>(*section(doc, "appendix"));
    QVERIFY(!appendix.front()->rows.empty());
    std::uint16_t most = 0;
    for (std::size_t r = 0; r < analysis->diagnosis.size(); ++r)
        most = std::max(most, analysis->diagnosis.attemptsCount[r]);
    const QString firstId = appendix.front()->rows.front().front();
    bool found = false;
    for (std::size_t r = 0; r < analysis->diagnosis.size(); ++r) {
        if (QString::fromStdString(analysis->incident->requestIdText(
                analysis->incident->tables.requests.requestId[r])) == firstId)
            found = found || analysis->diagnosis.attemptsCount[r] == most;
    }
    QVERIFY(found);
}

void TestReport::summarySaysWhatFailed()
{
    const auto analysis = sample();
    const Selection all = select(*analysis->incident, {}, analysis->classColumns());
    const QString summary = incidentSummary(*analysis, all);
    std::uint64_t failures = 0;
    for (const auto cls : analysis->diagnosis.errorClass) {
        failures += cls != ErrorClass::Ok && cls != ErrorClass::Recovered && cls != ErrorClass::AppResponse;
    }
    QVERIFY2(summary.contains(QLocale().toString(static_cast<qulonglong>(failures))), qPrintable(summary));
    QVERIFY(summary.contains(QLocale().toString(static_cast<qulonglong>(all.rows.size()))));
    // The findings with the most impact on clients are named.
    const QStringList top = topFindingTitles(analysis->findings);
    QVERIFY(!top.isEmpty());
    for (const QString& title : top)
        QVERIFY2(summary.contains(title), qPrintable(title));
    QCOMPARE(incidentSummary(*analysis, Selection{}), QStringLiteral("No requests match."));
}

// DESIGN.md §6: the summary names findings by impact on clients, not by severity. The first it
// names has the most client failures of the findings that name a cause (spread and change point
// restate the totals); findings clients never saw come after every one that they did.
void TestReport::summaryRanksByClientImpact()
{
    const auto analysis = sample();
    const auto& findings = analysis->findings;
    const QStringList top = topFindingTitles(findings);
    QVERIFY(!top.isEmpty());
    const auto byTitle = [&](const QString& title) {
        return std::find_if(findings.begin(), findings.end(),
                            [&](const Finding& f) { return f.title == title; });
    };
    std::uint64_t most = 0;
    for (const Finding& f : findings)
        if (f.kind != FindingKind::FailuresSpread && f.kind != FindingKind::ChangePoint)
            most = std::max(most, f.counts.clientFailures);
    QVERIFY(most > 0);
    QCOMPARE(byTitle(top.front())->counts.clientFailures, most);
    // Named in ranking order, and a hidden-by-retry finding only after every client failure one.
    const QString summary =
        incidentSummary(*analysis, select(*analysis->incident, {}, analysis->classColumns()));
    for (qsizetype i = 1; i < top.size(); ++i) {
        QVERIFY(summary.indexOf(top[i - 1]) < summary.indexOf(top[i]));
        QVERIFY(byTitle(top[i - 1]) < byTitle(top[i]));
        QVERIFY(byTitle(top[i])->impact != Impact::Other);
    }
    // The findings section lists them in the same ranking, each saying its impact.
    const ReportDocument doc = buildIncidentReport(*analysis, {});
    const auto headings = blocks<ReportSubheading>(*section(doc, "findings"));
    QCOMPARE(headings.size(), findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        QVERIFY(headings[i]->text.endsWith(findings[i].title));
        if (i > 0)
            QVERIFY(findings[i - 1].impact <= findings[i].impact);
    }
    QVERIFY(headings.front()->text.contains(QStringLiteral("failed for clients")));
}

void TestReport::filterNarrowsTheReport()
{
    const auto analysis = sample();
    Filter filter;
    filter.statuses = {{503, 503}};
    const ReportDocument doc = buildIncidentReport(*analysis, filter);
    QVERIFY(doc.facts.front().contains(QStringLiteral("status=503")));
    const auto classTables = blocks<ReportTable>(*section(doc, "classes"));
    qulonglong total = 0;
    for (const auto& row : classTables.front()->rows)
        total += QLocale().toULongLong(row[1]);
    QCOMPARE(total, static_cast<qulonglong>(
                        select(*analysis->incident, filter, analysis->classColumns()).rows.size()));
    for (const auto& row : blocks<ReportTable>(*section(doc, "appendix")).front()->rows)
        QCOMPARE(row[4], QStringLiteral("503"));
}

void TestReport::htmlIsSelfContainedAndWellFormed()
{
    const auto analysis = sample();
    const ReportDocument doc = buildIncidentReport(*analysis, {});
    const QByteArray svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                           "height=\"10\"><rect width=\"10\" height=\"10\"/></svg>";
    const QByteArray html = renderHtmlReport(doc, {{QStringLiteral("timeline"), svg}});
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("http://") || html.count("http://") == 1); // only the SVG namespace
    QVERIFY(!html.contains("https://"));
    QVERIFY(html.contains("<figure>\n<svg"));
    QVERIFY(!html.contains("<?xml"));
    // Charts without SVG are left out, not shown as empty frames.
    QCOMPARE(html.count("<figure>"), 1);
    // Well-formed enough for an XML reader once the doctype is dropped (no stray markup).
    QXmlStreamReader xml(html.mid(html.indexOf("<html")));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const Finding& finding : analysis->findings)
        QVERIFY(html.contains(finding.title.toHtmlEscaped().toUtf8()));
}

void TestReport::logTextNeverBecomesMarkup()
{
    const auto analysis = hostileIncident();
    QVERIFY(analysis);
    QCOMPARE(analysis->incident->tables.requests.size(), std::size_t{3});
    const QByteArray html = renderHtmlReport(buildIncidentReport(*analysis, {}));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(html.contains("&lt;b&gt;dial&lt;/b&gt;"));
    QVERIFY(html.contains("&lt;i&gt;access&lt;/i&gt;.log"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<b>"));
    QVERIFY(!html.contains("<i>"));
    QVERIFY(!html.contains("<img"));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
