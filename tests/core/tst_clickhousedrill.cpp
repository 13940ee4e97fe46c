// Drilling a ClickHouse range into a local incident (issue 17), against a real clickhouse-server of
// its own (clickhousefixture.h): a generated bundle is pushed, the whole range drilled back gives
// the local import's diagnosis (classes, sources, stale endpoints with those the LRP capture makes,
// findings), a sub-range and a
// filter the local import's request counts; the row limit refuses clearly, cancel stops a drill,
// the analysis and the raw-line users hold on rows without raw lines, and the command line runs
// diagnose on a drilled range.
#include "clickhousefixture.h"
#include "core/clickhouse/pusher.h"
#include "core/clickhouse/rangeincident.h"
#include "core/clickhouse/schema.h"
#include "core/diagnosis/correlation.h"
#include "core/diagnosis/findings.h"
#include "core/diagnosis/staleroutes.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "core/query/filterexpr.h"
#include "core/query/rawsearch.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace rs;
using namespace rs::clickhouse;

namespace {

constexpr const char* kDatabase = "rs_drill";

Filter parsed(const std::string& text)
{
    auto result = parseFilterExpression(text);
    if (const auto* error = std::get_if<FilterParseError>(&result))
        qFatal("filter '%s' does not parse: %s", text.c_str(), error->message.c_str());
    return std::get<Filter>(std::move(result));
}

struct Counts {
    std::array<std::uint64_t, kErrorClassCount> classes{};
    std::array<std::uint64_t, kSourceCount> sources{};
    std::map<int, std::uint64_t> statuses;
};

Counts countsOf(const Incident& incident, const Diagnosis& diagnosis, const std::vector<std::uint32_t>& rows)
{
    Counts c;
    for (const std::uint32_t row : rows) {
        ++c.classes[static_cast<std::size_t>(diagnosis.errorClass[row])];
        ++c.sources[static_cast<std::size_t>(diagnosis.source[row])];
        ++c.statuses[incident.tables.requests.status[row]];
    }
    return c;
}

std::vector<std::uint32_t> allRows(const Incident& incident)
{
    std::vector<std::uint32_t> rows(incident.tables.requests.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = static_cast<std::uint32_t>(i);
    return rows;
}

using StaleKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;

std::multiset<StaleKey> staleOf(const Incident& incident, const RouteAnalysis& routes)
{
    std::multiset<StaleKey> out;
    for (const StaleEndpoint& s : routes.stale)
        out.emplace(incident.identity(s.router).display, s.route, s.address,
                    std::string(staleReasonId(s.reason)), s.ownerInstanceId);
    return out;
}

// The stale marks only an LRP capture can make.
std::size_t needingLrps(const std::multiset<StaleKey>& stale)
{
    return static_cast<std::size_t>(std::count_if(stale.begin(), stale.end(), [](const StaleKey& key) {
        return std::get<3>(key) == "port_mismatch" || std::get<3>(key) == "instance_missing";
    }));
}

// Every LRP row of the captures, with its capture time, in capture order.
std::vector<std::tuple<TimeNs, std::string, std::string, std::string, std::string, int, TimeNs, std::string>>
lrpRowsOf(const Incident& incident)
{
    std::vector<
        std::tuple<TimeNs, std::string, std::string, std::string, std::string, int, TimeNs, std::string>>
        out;
    for (const LrpSnapshot& snapshot : incident.tables.lrpSnapshots)
        for (const LrpRow& row : snapshot.rows) {
            std::string ports;
            for (const LrpPort& p : row.ports)
                ports += std::to_string(p.containerPort) + "/" + std::to_string(p.hostPort) + "/" +
                         std::to_string(p.containerTlsProxyPort) + "/" + std::to_string(p.hostTlsProxyPort) +
                         ";";
            out.emplace_back(snapshot.takenAt, row.instanceGuid, row.processGuid,
                             row.address + "|" + row.instanceAddress,
                             row.state + "|" + row.presence + "|" + row.cellId, row.index, row.since, ports);
        }
    return out;
}

std::multiset<std::tuple<std::string, QString, std::uint64_t>>
findingsOf(const std::vector<Finding>& findings)
{
    std::multiset<std::tuple<std::string, QString, std::uint64_t>> out;
    for (const Finding& f : findings)
        out.emplace(f.id, f.title, f.count);
    return out;
}

} // namespace

class TestClickHouseDrill : public QObject {
    Q_OBJECT

private:
    test::ClickHouseServer m_server;
    QTemporaryDir m_work;
    QString m_bundle;
    std::shared_ptr<Incident> m_incident;
    Diagnosis m_diagnosis;
    TimeNs m_from = 0, m_to = 0;

    std::unique_ptr<Client> client() { return std::make_unique<Client>(m_server.endpoint(kDatabase)); }

    // Client cancellations are found per route path, which only the raw access line holds.
    static std::vector<Finding> withoutRawLineFindings(std::vector<Finding> findings)
    {
        std::erase_if(findings, [](const Finding& f) { return f.id.starts_with("client_cancellations:"); });
        return findings;
    }

    DrillOutcome drill(TimeNs from, TimeNs to, const Filter& filter = {})
    {
        auto c = client();
        DrillRequest request;
        request.from = from;
        request.to = to;
        request.filter = filter;
        request.pageRows = 1000; // several pages
        return drillRange(*c, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::ClickHouseServer::binary().isEmpty())
            QSKIP("clickhouse-server is not installed (./dev installs it): the ClickHouse tests need a real "
                  "server");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_work.isValid());
        m_bundle = m_work.path() + QStringLiteral("/bundle");
        test::PushedBundle pushed = test::pushGeneratedBundle(m_server, kDatabase, m_bundle);
        QVERIFY2(pushed.error.isEmpty(), qPrintable(pushed.error));
        m_incident = std::move(pushed.incident);
        m_diagnosis = std::move(pushed.diagnosis);
        m_from = pushed.from;
        m_to = pushed.to;
    }

    void cleanupTestCase() { m_server.stop(); }

    // The whole range back: the same requests, events and snapshots, and the same diagnosis.
    void wholeRangeDiagnosesAsTheImport()
    {
        const DrillOutcome outcome = drill(m_from, m_to);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const Incident& drilled = *outcome.incident;
        QCOMPARE(outcome.matched, m_incident->tables.requests.size());
        QCOMPARE(drilled.tables.requests.size(), m_incident->tables.requests.size());
        QCOMPARE(drilled.tables.events.size(), m_incident->tables.events.size());
        QCOMPARE(drilled.tables.stderrLines.size(), m_incident->tables.stderrLines.size());
        QCOMPARE(drilled.tables.containers.size(), m_incident->tables.containers.size());
        QCOMPARE(drilled.tables.routeSnapshots.size(), m_incident->tables.routeSnapshots.size());
        QCOMPARE(lrpRowsOf(drilled), lrpRowsOf(*m_incident));
        QVERIFY(!lrpRowsOf(drilled).empty());
        QCOMPARE(drilled.begin, m_incident->begin);
        QCOMPARE(drilled.end, m_incident->end);
        // Where it came from.
        QCOMPARE(drilled.report.inputs.size(), std::size_t{1});
        QVERIFY(drilled.report.inputs.front().starts_with("clickhouse://default@127.0.0.1:"));
        QVERIFY(!drilled.report.files.empty());
        QVERIFY(!drilled.report.hasProblems());

        const Diagnosis diagnosis = diagnose(drilled);
        const Counts local = countsOf(*m_incident, m_diagnosis, allRows(*m_incident));
        const Counts remote = countsOf(drilled, diagnosis, allRows(drilled));
        QCOMPARE(remote.classes, local.classes);
        QCOMPARE(remote.sources, local.sources);
        QCOMPARE(remote.statuses, local.statuses);

        // The stale marks equal the import's with its LRP capture, those that need it
        // (port_mismatch, instance_missing) among them.
        const RouteAnalysis localRoutes = analyseRoutes(*m_incident);
        const RouteAnalysis remoteRoutes = analyseRoutes(drilled);
        const auto localStale = staleOf(*m_incident, localRoutes);
        QCOMPARE(staleOf(drilled, remoteRoutes), localStale);
        QVERIFY(needingLrps(localStale) > 0);

        const std::vector<Finding> localFindings =
            withoutRawLineFindings(computeFindings(*m_incident, m_diagnosis, localRoutes));
        const std::vector<Finding> remoteFindings = computeFindings(drilled, diagnosis, remoteRoutes);
        QVERIFY(localFindings.size() > 5);
        QCOMPARE(findingsOf(remoteFindings), findingsOf(localFindings));
    }

    // A part of the range: the requests the local import has there; a filter: what select() finds.
    void subRangeAndFilterCountAsTheImport()
    {
        const TimeNs third = (m_to - m_from) / 3;
        const TimeNs from = m_from + third, to = m_from + 2 * third;
        Filter range;
        range.from = from;
        range.to = to;
        const Selection local = select(*m_incident, range, classColumns(m_diagnosis));
        QVERIFY(local.rows.size() > 100);
        const DrillOutcome part = drill(from, to);
        QVERIFY2(part.ok(), qPrintable(part.error));
        QCOMPARE(part.incident->tables.requests.size(), local.rows.size());
        QVERIFY(part.incident->begin >= from);
        const Diagnosis partDiagnosis = diagnose(*part.incident);
        QCOMPARE(countsOf(*part.incident, partDiagnosis, allRows(*part.incident)).statuses,
                 countsOf(*m_incident, m_diagnosis, local.rows).statuses);

        const Filter failing = parsed("status >= 500");
        const Selection localFailing = select(*m_incident, failing, classColumns(m_diagnosis));
        QVERIFY(localFailing.rows.size() > 10);
        const DrillOutcome failed = drill(m_from, m_to, failing);
        QVERIFY2(failed.ok(), qPrintable(failed.error));
        QCOMPARE(failed.incident->tables.requests.size(), localFailing.rows.size());
        const Diagnosis failedDiagnosis = diagnose(*failed.incident);
        QCOMPARE(countsOf(*failed.incident, failedDiagnosis, allRows(*failed.incident)).statuses,
                 countsOf(*m_incident, m_diagnosis, localFailing.rows).statuses);
        // Their own events came along: every failure the import explains by an attempt or the
        // router's error text is explained in the drill too.
        std::uint64_t localExplained = 0, drilledExplained = 0;
        for (const std::uint32_t row : localFailing.rows)
            localExplained += m_diagnosis.evidence[row] != Evidence::StatusCode;
        for (std::size_t row = 0; row < failedDiagnosis.size(); ++row)
            drilledExplained += failedDiagnosis.evidence[row] != Evidence::StatusCode;
        QVERIFY(localExplained > 0);
        QVERIFY(drilledExplained >= localExplained);
    }

    // No raw lines: every user of rawLine() gets "" and the analysis, searches and evidence hold.
    void rowsWithoutRawLines()
    {
        const DrillOutcome outcome = drill(m_from, m_to);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const auto analysis = analyse(outcome.incident);
        QVERIFY(analysis);
        const Incident& drilled = *outcome.incident;
        QVERIFY(drilled.rawLine(drilled.tables.requests.source, 0).empty());
        QVERIFY(drilled.rawLine(drilled.tables.events.source, 0).empty());
        for (std::size_t row = 0; row < drilled.tables.requests.size(); row += 97)
            QVERIFY(!evidenceText(drilled, analysis->diagnosis, row).empty());
        // A text search over raw lines finds nothing, and a text filter selects nothing.
        const Selection text = select(drilled, parsed("text ~ \"GET\""), classColumns(analysis->diagnosis));
        QCOMPARE(text.rows.size(), std::size_t{0});
    }

    // Through Distributed tables over two shards (two databases of this server): the drill reads
    // both shards, its events' request sets once (GLOBAL IN), and diagnoses as the import.
    void throughTwoShardCluster()
    {
        Client fleet(m_server.endpoint("rs_drill_fleet"));
        QString error;
        for (const std::string shard : {"shard1", "shard2"}) {
            Client local(m_server.endpoint(shard));
            QVERIFY2(createSchema(local, &error), qPrintable(error));
        }
        QVERIFY(fleet.query(QStringLiteral("create"), "CREATE DATABASE IF NOT EXISTS rs_drill_fleet").ok);
        for (const TableSchema& t : schema()) {
            const Reply reply =
                fleet.query(QStringLiteral("create distributed"),
                            createDistributedStatement(t, "rs_drill_fleet", "rs_two_shards", "shard1", ""));
            QVERIFY2(reply.ok, qPrintable(reply.error));
        }
        const PushResult pushed = pushIncident(fleet, *m_incident, m_diagnosis);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        // Both shards hold part of the requests.
        for (const std::string shard : {"shard1", "shard2"}) {
            Client local(m_server.endpoint(shard));
            const Reply count =
                local.query(QStringLiteral("count"), "SELECT count() FROM " + shard + ".requests FORMAT TSV");
            QVERIFY(count.ok);
            QVERIFY(count.body.trimmed().toULongLong() > 0);
        }
        DrillRequest request;
        request.from = m_from;
        request.to = m_to;
        request.pageRows = 1000;
        const DrillOutcome whole = drillRange(fleet, request);
        QVERIFY2(whole.ok(), qPrintable(whole.error));
        QCOMPARE(whole.incident->tables.requests.size(), m_incident->tables.requests.size());
        QCOMPARE(whole.incident->tables.events.size(), m_incident->tables.events.size());
        const Diagnosis diagnosis = diagnose(*whole.incident);
        QCOMPARE(countsOf(*whole.incident, diagnosis, allRows(*whole.incident)).classes,
                 countsOf(*m_incident, m_diagnosis, allRows(*m_incident)).classes);
        QCOMPARE(lrpRowsOf(*whole.incident), lrpRowsOf(*m_incident));
        QCOMPARE(staleOf(*whole.incident, analyseRoutes(*whole.incident)),
                 staleOf(*m_incident, analyseRoutes(*m_incident)));

        request.filter = parsed("status >= 500 or attempt.class = handshake_timeout");
        const Selection local = select(*m_incident, request.filter, classColumns(m_diagnosis));
        const DrillOutcome filtered = drillRange(fleet, request);
        QVERIFY2(filtered.ok(), qPrintable(filtered.error));
        QCOMPARE(filtered.incident->tables.requests.size(), local.rows.size());
    }

    void limitAndCancel()
    {
        auto c = client();
        DrillRequest request;
        request.from = m_from;
        request.to = m_to;
        request.maxRequests = 100;
        const DrillOutcome tooMany = drillRange(*c, request);
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.tooMany);
        QCOMPARE(tooMany.matched, m_incident->tables.requests.size());
        QVERIFY2(tooMany.error.contains(QStringLiteral("more than the 100")), qPrintable(tooMany.error));

        // Cancelled between the queries: the next one does not run.
        request.maxRequests = 5'000'000;
        request.pageRows = 500;
        DrillCancel cancel;
        int pages = 0;
        const DrillOutcome stopped = drillRange(
            *c, request,
            [&](const DrillProgress& p) {
                QVERIFY(p.fraction >= 0 && p.fraction <= 1);
                if (++pages == 3)
                    cancel.cancel();
            },
            &cancel);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.cancelled);
        QCOMPARE(pages, 3);

        Filter lacking = parsed("user_agent ~ x");
        request.filter = lacking;
        const DrillOutcome bad = drillRange(*c, request);
        QVERIFY(bad.badFilter);
        QVERIFY2(bad.error.contains(QStringLiteral("'user_agent'")), qPrintable(bad.error));

        const TimeSpanOutcome span = requestTimeSpan(*c);
        QVERIFY2(span.ok(), qPrintable(span.error));
        QCOMPARE(span.first, m_incident->begin);
        QVERIFY(span.last < m_to);

        Endpoint nobody;
        nobody.host = QStringLiteral("127.0.0.1");
        nobody.port = 1;
        nobody.database = "rs";
        Client down(nobody, ClientOptions{2000, 1, 10});
        request.filter = {};
        const DrillOutcome unreachable = drillRange(down, request);
        QVERIFY(unreachable.unreachable);
        QVERIFY2(unreachable.error.startsWith(QStringLiteral("while counting the requests to drill")),
                 qPrintable(unreachable.error));
    }

    // routescope diagnose clickhouse://… --from --to: the findings of the local diagnose.
    void commandLine()
    {
        const QString url = m_server.url(kDatabase);
        const QString from = QString::fromStdString(formatTimeUtc(m_from));
        const QString to = QString::fromStdString(formatTimeUtc(m_to));
        const test::ProcessRun remote =
            test::runRoutescope({QStringLiteral("diagnose"), url, QStringLiteral("--from"), from,
                                 QStringLiteral("--to"), to, QStringLiteral("--json")});
        RS_COMPARE_EXIT(remote, 0);
        const QJsonObject json = QJsonDocument::fromJson(remote.out).object();
        const QJsonArray findings = json.value(QLatin1String("findings")).toArray();
        const RouteAnalysis routes = analyseRoutes(*m_incident);
        const std::vector<Finding> local =
            withoutRawLineFindings(computeFindings(*m_incident, m_diagnosis, routes));
        QCOMPARE(findings.size(), static_cast<qsizetype>(local.size()));
        QCOMPARE(json.value(QLatin1String("stale_endpoints")).toArray().size(),
                 static_cast<qsizetype>(routes.stale.size()));

        // A filter selects what is drilled.
        const test::ProcessRun filtered = test::runRoutescope(
            {QStringLiteral("diagnose"), url, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
             QStringLiteral("--filter"), QStringLiteral("status >= 500")});
        RS_COMPARE_EXIT(filtered, 0);
        QVERIFY(filtered.out.startsWith("Findings ("));

        // A chart of the drilled range.
        const QString csv = m_work.path() + QStringLiteral("/timeline.csv");
        const test::ProcessRun chart = test::runRoutescope(
            {QStringLiteral("chart"), url, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
             QStringLiteral("--kind"), QStringLiteral("classes"), QStringLiteral("-o"), csv});
        RS_COMPARE_EXIT(chart, 0);
        QVERIFY(QFile::exists(csv));

        // The report of a drilled range (its example requests have no raw lines).
        const QString html = m_work.path() + QStringLiteral("/report.html");
        const test::ProcessRun report =
            test::runRoutescope({QStringLiteral("report"), url, QStringLiteral("--from"), from,
                                 QStringLiteral("--to"), to, QStringLiteral("-o"), html});
        RS_COMPARE_EXIT(report, 0);
        QFile written(html);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray page = written.readAll();
        QVERIFY(page.contains("clickhouse://default@127.0.0.1:"));
        QVERIFY(page.contains(findings.first().toObject().value(QLatin1String("title")).toString().toUtf8()));

        // Too many requests for the drill's limit, a filter the table lacks, a server that is down.
        const test::ProcessRun lacking = test::runRoutescope(
            {QStringLiteral("report"), url, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
             QStringLiteral("--filter"), QStringLiteral("user_agent ~ x"), QStringLiteral("-o"),
             m_work.path() + QStringLiteral("/r.html")});
        RS_COMPARE_EXIT(lacking, 2);
        QVERIFY2(lacking.err.contains("'user_agent'"), lacking.err.constData());
        const test::ProcessRun down =
            test::runRoutescope({QStringLiteral("diagnose"), QStringLiteral("clickhouse://127.0.0.1:1/rs"),
                                 QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        RS_COMPARE_EXIT(down, 3);
        QVERIFY2(down.err.startsWith("routescope: while counting the requests to drill: cannot reach"),
                 down.err.constData());
        QVERIFY(down.out.isEmpty());
        // No range: a usage error.
        QCOMPARE(test::runRoutescope({QStringLiteral("diagnose"), url}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestClickHouseDrill)
#include "tst_clickhousedrill.moc"
