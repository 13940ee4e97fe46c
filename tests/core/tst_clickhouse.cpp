// routescope push against a real clickhouse-server of its own (clickhousefixture.h): the schema,
// row counts equal to the local import's tables, class and status counts equal to `routescope
// summary`, a second push adding nothing, an interrupted push cleaned up, hostile log text
// round-tripping byte for byte, and server errors reported, not crashed on.
#include "clickhousefixture.h"
#include "core/clickhouse/pusher.h"
#include "core/clickhouse/pushrows.h"
#include "core/clickhouse/rowbinary.h"
#include "core/clickhouse/schema.h"
#include "core/clickhouse/sqlquote.h"
#include "core/diagnosis/findings.h"
#include "core/import/importer.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>

using namespace rs;
using namespace rs::clickhouse;

namespace {

std::shared_ptr<Incident> importDir(const QString& dir)
{
    return Importer(ImportOptions{}).importPaths({dir.toStdString()});
}

// Row counts of the incident's tables, as the push should store them.
std::map<std::string, std::uint64_t> localCounts(const Incident& incident, const Diagnosis& diagnosis)
{
    std::uint64_t attempts = 0;
    for (const std::uint16_t n : diagnosis.attemptsCount)
        attempts += n;
    std::uint64_t snapshotRows = 0;
    for (const RouteSnapshot& snapshot : incident.tables.routeSnapshots)
        snapshotRows += snapshot.rows.size();
    std::uint64_t lrpRows = 0;
    for (const LrpSnapshot& snapshot : incident.tables.lrpSnapshots)
        lrpRows += snapshot.rows.size();
    const RouteAnalysis routes = analyseRoutes(incident);
    return {{"requests", incident.tables.requests.size()},
            {"attempts", attempts},
            {"router_events", incident.tables.events.size()},
            {"stderr_lines", incident.tables.stderrLines.size()},
            {"container_events", incident.tables.containers.size()},
            {"route_snapshots", snapshotRows},
            {"lrp_snapshots", lrpRows},
            {"stale_endpoints", routes.stale.size()},
            {"findings", computeFindings(incident, diagnosis, routes).size()},
            {"imports", 1}};
}

} // namespace

class TestClickHouse : public QObject {
    Q_OBJECT

private:
    test::ClickHouseServer m_server;
    QTemporaryDir m_work;
    QString m_bundle;             // generated once, pushed by several tests
    test::TestCertificates m_tls; // the server's HTTPS certificate and its CA; empty without openssl
    QString m_tlsError;

    std::unique_ptr<Client> client(const std::string& database, ClientOptions options = {})
    {
        return std::make_unique<Client>(m_server.endpoint(database), options);
    }

    // The query's TSV answer, or a failed test.
    QByteArray ask(Client& c, const std::string& sql)
    {
        const Reply reply = c.query(QStringLiteral("test query"), sql + " FORMAT TSV");
        if (!reply.ok)
            qWarning("%s", qPrintable(reply.error));
        return reply.ok ? reply.body : QByteArray("<error>");
    }

    std::map<std::string, std::uint64_t> serverCounts(Client& c)
    {
        std::map<std::string, std::uint64_t> counts;
        for (const TableSchema& t : schema())
            counts[std::string(t.name)] =
                ask(c, "SELECT count() FROM " + c.endpoint().database + "." + std::string(t.name))
                    .trimmed()
                    .toULongLong();
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::ClickHouseServer::binary().isEmpty())
            QSKIP("clickhouse-server is not installed (./dev installs it): the ClickHouse tests need a real "
                  "server");
        QVERIFY(m_work.isValid());
        const QString tlsDir = m_work.path() + QStringLiteral("/tls");
        QVERIFY(QDir().mkpath(tlsDir));
        if (test::makeTestCertificates(tlsDir, QStringLiteral("127.0.0.1"), &m_tls, &m_tlsError))
            m_server.enableHttps(m_tls.certificateFile, m_tls.keyFile);
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        qInfo("clickhouse-server answered /ping after %lld ms",
              static_cast<long long>(m_server.startMilliseconds()));
        m_bundle = m_work.path() + QStringLiteral("/bundle");
        const QJsonObject truth = test::generateBundle(
            m_bundle, {QStringLiteral("--routers"), QStringLiteral("2"), QStringLiteral("--seed"),
                       QStringLiteral("21"), QStringLiteral("--minutes"), QStringLiteral("10")});
        QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    }

    void cleanupTestCase() { m_server.stop(); }

    void createBuildsTheSchema()
    {
        auto c = client("rs_create");
        QString error;
        QVERIFY2(createSchema(*c, &error), qPrintable(error));
        QVERIFY2(createSchema(*c, &error), qPrintable(error)); // IF NOT EXISTS: again is fine
        QCOMPARE(ask(*c, "SELECT name FROM system.tables WHERE database = 'rs_create' ORDER BY name"),
                 QByteArray("attempts\ncontainer_events\nfindings\nimports\nlrp_snapshots\nrequests\n"
                            "route_snapshots\nrouter_events\nstale_endpoints\nstderr_lines\n"));
        QCOMPARE(ask(*c, "SELECT engine, partition_key, sorting_key, sampling_key FROM system.tables "
                         "WHERE database = 'rs_create' AND name = 'requests'"),
                 QByteArray("MergeTree\ttoYYYYMMDD(time)\ttoStartOfHour(time), router, host, "
                            "request_key\trequest_key\n"));
        QCOMPARE(ask(*c,
                     "SELECT type FROM system.columns WHERE database = 'rs_create' AND table = 'requests' "
                     "AND name IN ('time', 'time_ns') ORDER BY name"),
                 QByteArray("DateTime(\\'UTC\\')\nUInt32\n"));
    }

    // The one quoting function, read back by the server: every byte value, the injection classic.
    void quotedLiteralsRoundTripOnTheServer()
    {
        auto c = client("default");
        std::string every;
        for (int b = 0; b < 256; ++b)
            every += static_cast<char>(b);
        for (const std::string& value : {every, std::string("'; DROP TABLE requests; --"),
                                         std::string("\\'\\\\''"), std::string("\xc3\x28\xff")}) {
            const Reply reply =
                c->query(QStringLiteral("quote"), "SELECT " + quoteString(value) + " FORMAT RowBinary");
            QVERIFY2(reply.ok, qPrintable(reply.error));
            RowBinaryReader reader(
                std::string_view(reply.body.constData(), static_cast<std::size_t>(reply.body.size())));
            QCOMPARE(reader.string(), std::optional(value));
            QVERIFY(reader.atEnd());
        }
    }

    void pushStoresTheIncident()
    {
        const auto incident = importDir(m_bundle);
        QVERIFY(incident->tables.requests.size() > 1000);
        const Diagnosis diagnosis = diagnose(*incident);
        auto c = client("rs_push");
        PushOptions options;
        options.create = true;
        options.batchBytes = 1 << 20; // several batches per table
        const PushResult result = pushIncident(*c, *incident, diagnosis, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.alreadyPushed);
        QVERIFY(result.inserts > 9);
        const auto expected = localCounts(*incident, diagnosis);
        QCOMPARE(serverCounts(*c), expected);
        QVERIFY(expected.at("attempts") > 0);
        QVERIFY(expected.at("stale_endpoints") > 0);
        QVERIFY(expected.at("lrp_snapshots") > 0);
        QVERIFY(expected.at("findings") > 0);

        // The imports row describes the bundle.
        QCOMPARE(ask(*c, "SELECT bundle, requests, length(files) FROM rs_push.imports"),
                 QByteArray::fromStdString(result.bundle + "\t" + std::to_string(expected.at("requests")) +
                                           "\t" + std::to_string(incident->report.files.size()) + "\n"));
        // Times keep their nanoseconds: the earliest request, to the nanosecond.
        TimeNs first = incident->tables.requests.start.front();
        for (const TimeNs t : incident->tables.requests.start)
            first = std::min(first, t);
        QCOMPARE(
            ask(*c, "SELECT toUInt64(min((toUInt64(time) * 1000000000) + time_ns)) FROM rs_push.requests")
                .trimmed()
                .toLongLong(),
            first);
    }

    // The class and status histograms from SQL equal `routescope summary --json` of the same bundle.
    void countsEqualTheSummary()
    {
        const test::ProcessRun summary =
            test::runRoutescope({QStringLiteral("summary"), m_bundle, QStringLiteral("--json")});
        QVERIFY2(summary.exitCode == 0 || summary.exitCode == 1, summary.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(summary.out).object();
        auto c = client("rs_push");
        for (const auto& [key, column] : {std::pair{"classes", "class"}, std::pair{"status", "status"}}) {
            std::map<QString, qint64> fromSummary;
            const QJsonObject counts = json.value(QLatin1String(key)).toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                if (it.value().toInteger() > 0)
                    fromSummary[it.key() == QLatin1String("none") ? QStringLiteral("0") : it.key()] =
                        it.value().toInteger();
            }
            std::map<QString, qint64> fromSql;
            const QByteArray rows = ask(*c, std::string("SELECT toString(") + column +
                                                "), count() FROM rs_push.requests GROUP BY " + column);
            for (const QByteArray& line : rows.split('\n')) {
                const QList<QByteArray> cells = line.split('\t');
                if (cells.size() == 2)
                    fromSql[QString::fromUtf8(cells[0])] = cells[1].toLongLong();
            }
            QVERIFY2(fromSummary.size() > 1, key);
            QCOMPARE(fromSql, fromSummary);
        }
    }

    // Pushing the same bundle again, here or through the command line, adds nothing.
    void pushingTwiceAddsNothing()
    {
        auto c = client("rs_push");
        const auto before = serverCounts(*c);
        QVERIFY(before.at("requests") > 0);
        const auto incident = importDir(m_bundle);
        const PushResult again = pushIncident(*c, *incident, diagnose(*incident));
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.alreadyPushed);
        QCOMPARE(serverCounts(*c), before);

        const test::ProcessRun cli = test::runRoutescope(
            {QStringLiteral("push"), m_bundle, QStringLiteral("--to"), m_server.url("rs_push")});
        RS_COMPARE_EXIT(cli, 0);
        QVERIFY2(cli.out.contains("nothing added"), cli.out.constData());
        QCOMPARE(serverCounts(*c), before);
    }

    // A push that stopped before its imports row leaves rows behind; the next push removes them
    // first instead of counting them twice.
    void interruptedPushIsCleanedUp()
    {
        const auto incident = importDir(m_bundle);
        const Diagnosis diagnosis = diagnose(*incident);
        auto c = client("rs_interrupted");
        PushOptions options;
        options.create = true;
        QVERIFY(pushIncident(*c, *incident, diagnosis, options).ok);
        QVERIFY(
            c->query(QStringLiteral("forget the import"), "ALTER TABLE rs_interrupted.imports DELETE WHERE 1")
                .ok);
        for (int i = 0; i < 600 && ask(*c, "SELECT count() FROM rs_interrupted.imports").trimmed() != "0";
             ++i)
            QTest::qWait(50);
        const PushResult result = pushIncident(*c, *incident, diagnosis, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto expected = localCounts(*incident, diagnosis);
        std::uint64_t stored = 0;
        for (const auto& [table, n] : expected)
            stored += table == "imports" ? 0 : n;
        QCOMPARE(result.leftoverRows, stored);
        QCOMPARE(serverCounts(*c), expected);
    }

    // Cancelled after its first batch, a push leaves that batch (and no imports row); the next push
    // removes it and stores the bundle whole: the same rows as one push. Progress comes per batch.
    void cancelledPushCompletesLater()
    {
        const auto incident = importDir(m_bundle);
        const Diagnosis diagnosis = diagnose(*incident);
        const auto expected = localCounts(*incident, diagnosis);
        auto c = client("rs_cancel");
        std::atomic<bool> cancel{false};
        std::vector<PushProgress> seen;
        PushOptions options;
        options.create = true;
        options.batchBytes = 64 << 10; // requests alone take several batches
        options.cancel = &cancel;
        options.progress = [&](const PushProgress& p) {
            seen.push_back(p);
            cancel.store(true);
        };
        const PushResult stopped = pushIncident(*c, *incident, diagnosis, options);
        QVERIFY(!stopped.ok);
        QVERIFY(stopped.cancelled);
        QVERIFY2(stopped.error.contains(QStringLiteral("push it again")), qPrintable(stopped.error));
        QCOMPARE(seen.size(), std::size_t{1});
        QCOMPARE(seen[0].table, std::string("requests"));
        QVERIFY(seen[0].tableRows > 0 && seen[0].tableRows < expected.at("requests"));
        QVERIFY(seen[0].tableSentBytes > 0 && seen[0].tableRowBytes > seen[0].tableSentBytes);
        QCOMPARE(seen[0].totalRows, seen[0].tableRows);
        QCOMPARE(stopped.rows.size(), std::size_t{1});
        QCOMPARE(stopped.rows[0].second, seen[0].tableRows);
        QCOMPARE(stopped.inserts, std::uint64_t{1});
        auto partial = serverCounts(*c);
        QCOMPARE(partial.at("requests"), seen[0].tableRows);
        QCOMPARE(partial.at("imports"), std::uint64_t{0});
        QCOMPARE(partial.at("attempts"), std::uint64_t{0});

        // Set before the push: nothing is inserted.
        const PushResult none = pushIncident(*c, *incident, diagnosis, options);
        QVERIFY(none.cancelled);
        QCOMPARE(none.inserts, std::uint64_t{0});
        QCOMPARE(serverCounts(*c), partial);

        // Again, not cancelled: the batch of the first try is removed, the bundle pushed whole,
        // with progress for every batch of every non-empty table.
        cancel.store(false);
        seen.clear();
        options.progress = [&](const PushProgress& p) { seen.push_back(p); };
        const PushResult completed = pushIncident(*c, *incident, diagnosis, options);
        QVERIFY2(completed.ok, qPrintable(completed.error));
        QVERIFY(!completed.cancelled);
        QCOMPARE(completed.leftoverRows, partial.at("requests"));
        QCOMPARE(serverCounts(*c), expected);
        QCOMPARE(seen.size(), static_cast<std::size_t>(completed.inserts));
        QCOMPARE(seen.back().table, std::string("imports"));
        std::map<std::string, std::uint64_t> lastOfTable;
        for (const PushProgress& p : seen)
            lastOfTable[p.table] = p.tableRows;
        for (const auto& [table, rows] : completed.rows)
            QCOMPARE(lastOfTable[table], rows);
        QCOMPARE(seen.back().totalRows, completed.totalRows() + 1);
    }

    // routescope push --progress: a line per batch on stderr, per table, the imports row last.
    void commandLineProgress()
    {
        const test::ProcessRun push = test::runRoutescope(
            {QStringLiteral("push"), m_bundle, QStringLiteral("--to"), m_server.url("rs_progress"),
             QStringLiteral("--create"), QStringLiteral("--progress")});
        RS_COMPARE_EXIT(push, 0);
        const auto incident = importDir(m_bundle);
        const QByteArray requests =
            "push: requests " +
            QByteArray::number(static_cast<qulonglong>(incident->tables.requests.size())) + " rows, ";
        QVERIFY2(push.err.contains(requests), push.err.constData());
        QVERIFY2(push.err.contains("push: lrp_snapshots "), push.err.constData());
        QVERIFY2(push.err.trimmed().split('\n').last().startsWith("push: imports 1 rows, "),
                 push.err.constData());
        QVERIFY2(push.out.contains("pushed to clickhouse://default@127.0.0.1:"), push.out.constData());
    }

    // Quotes, backslashes, tabs, newlines, NULs and invalid UTF-8 in log fields come back from the
    // server byte for byte, and the tables still answer afterwards.
    void hostileTextRoundTrips()
    {
        const QString dir = m_work.path() + QStringLiteral("/hostile");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/router/0")));
        QFile access(dir + QStringLiteral("/router/0/access.log"));
        QVERIFY(access.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3; ++i) {
            access.write(
                QByteArray("evil.example - [2026-10-14T09:08:0") + QByteArray::number(i) +
                ".123456789Z] \"GET /a'b\\c\xff\xfe?q='; DROP TABLE requests; -- HTTP/1.1\" 502 0 67 \"-\" "
                "\"ua\" \"10.0.0.1:5000\" \"10.0.16.5:61012\" x_forwarded_for:\"-\" "
                "x_forwarded_proto:\"https\" vcap_request_id:\"req-" +
                QByteArray::number(i) +
                "\\x00'\\\"\" response_time:0.5 gorouter_time:0.0001 "
                "app_id:\"app'; DROP TABLE requests; --\\t\\n\\\\\\x00\\xff\\xc3\\x28\" app_index:\"0\" "
                "instance_id:\"inst\\r\\x01\\x7f\" "
                "x_cf_routererror:\"endpoint_failure (it's \\\\ \\t\\x00 \\xc3\\x28 dial tcp)\"\n");
        }
        access.close();
        const auto incident = importDir(dir);
        const RequestTable& requests = incident->tables.requests;
        QCOMPARE(requests.size(), std::size_t{3});
        // The local import holds the hostile bytes (else this test would prove nothing).
        const std::string_view appId = incident->str(requests.appId[0]);
        QVERIFY2(
            appId.find('\0') != std::string_view::npos && appId.find('\'') != std::string_view::npos &&
                appId.find('\t') != std::string_view::npos && appId.find('\n') != std::string_view::npos &&
                appId.find('\\') != std::string_view::npos && appId.find('\xff') != std::string_view::npos,
            "the hostile app_id did not survive the local import");
        const Diagnosis diagnosis = diagnose(*incident);
        auto c = client("rs_hostile");
        PushOptions options;
        options.create = true;
        const PushResult result = pushIncident(*c, *incident, diagnosis, options);
        QVERIFY2(result.ok, qPrintable(result.error));

        const Reply reply =
            c->query(QStringLiteral("read back"),
                     "SELECT request_id, host, uri, app_id, instance_id, router_error, evidence "
                     "FROM rs_hostile.requests ORDER BY line_offset FORMAT RowBinary");
        QVERIFY2(reply.ok, qPrintable(reply.error));
        RowBinaryReader reader(
            std::string_view(reply.body.constData(), static_cast<std::size_t>(reply.body.size())));
        for (std::size_t row = 0; row < requests.size(); ++row) {
            QCOMPARE(reader.string(), std::optional(incident->requestIdText(requests.requestId[row])));
            QCOMPARE(reader.string(), std::optional(std::string(incident->str(requests.host[row]))));
            const auto uri = reader.string();
            QVERIFY(uri && uri->find("/a'b\\c\xff\xfe?q='; DROP TABLE") == 0);
            QCOMPARE(reader.string(), std::optional(std::string(incident->str(requests.appId[row]))));
            QCOMPARE(reader.string(), std::optional(std::string(incident->str(requests.instanceId[row]))));
            QCOMPARE(reader.string(), std::optional(std::string(incident->str(requests.routerError[row]))));
            QCOMPARE(reader.string(), std::optional(evidenceText(*incident, diagnosis, row)));
        }
        QVERIFY(reader.atEnd());
        // A hostile value in a WHERE clause, through the quoting function, finds exactly its rows.
        QCOMPARE(ask(*c, "SELECT count() FROM rs_hostile.requests WHERE app_id = " +
                             quoteString(incident->str(requests.appId[0]))),
                 QByteArray("3\n"));
        QCOMPARE(serverCounts(*c), localCounts(*incident, diagnosis));
    }

    // The Distributed variant of docs/CLICKHOUSE.md over rs_two_shards (two databases of this
    // server as two shards): a push through it stores the same rows, spread over both shards,
    // SAMPLE works through it, and a second push adds nothing.
    void pushThroughTwoShardCluster()
    {
        auto c = client("fleet");
        QString error;
        for (const std::string shard : {"shard1", "shard2"}) {
            auto local = client(shard);
            QVERIFY2(createSchema(*local, &error), qPrintable(error));
        }
        QVERIFY(c->query(QStringLiteral("create"), "CREATE DATABASE IF NOT EXISTS fleet").ok);
        for (const TableSchema& t : schema()) {
            const Reply reply =
                c->query(QStringLiteral("create distributed"),
                         createDistributedStatement(t, "fleet", "rs_two_shards", "shard1", ""));
            QVERIFY2(reply.ok, qPrintable(reply.error));
        }
        const auto incident = importDir(m_bundle);
        const Diagnosis diagnosis = diagnose(*incident);
        const PushResult result = pushIncident(*c, *incident, diagnosis);
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto expected = localCounts(*incident, diagnosis);
        QCOMPARE(serverCounts(*c), expected);
        const std::uint64_t onShard1 = ask(*c, "SELECT count() FROM shard1.requests").trimmed().toULongLong();
        const std::uint64_t onShard2 = ask(*c, "SELECT count() FROM shard2.requests").trimmed().toULongLong();
        QCOMPARE(onShard1 + onShard2, expected.at("requests"));
        QVERIFY(onShard1 > expected.at("requests") / 4 && onShard2 > expected.at("requests") / 4);
        // A request's attempts are on its shard: the sharding key is the sampling key.
        QCOMPARE(ask(*c, "SELECT count() FROM shard1.attempts WHERE request_key NOT IN "
                         "(SELECT request_key FROM shard1.requests)"),
                 QByteArray("0\n"));
        const std::uint64_t half =
            ask(*c, "SELECT count() FROM fleet.requests SAMPLE 1/2").trimmed().toULongLong();
        QVERIFY2(half > expected.at("requests") * 2 / 5 && half < expected.at("requests") * 3 / 5,
                 qPrintable(QString::number(half)));

        const PushResult again = pushIncident(*c, *incident, diagnosis);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.alreadyPushed);
        QCOMPARE(serverCounts(*c), expected);
    }

    // The two questions of docs/CLICKHOUSE.md, run as written there (dates and bundle replaced),
    // answer what the local import says.
    void docsQueriesAnswer()
    {
        QFile doc(QStringLiteral(ROUTESCOPE_SOURCE_DIR "/docs/CLICKHOUSE.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const auto queryNamed = [&](const QString& name) {
            const QString start = QStringLiteral("```sql\n-- query: ") + name + QLatin1Char('\n');
            const qsizetype from = text.indexOf(start);
            const qsizetype to = from < 0 ? -1 : text.indexOf(QStringLiteral("```"), from + start.size());
            return from < 0 || to < 0 ? QString() : text.mid(from + start.size(), to - from - start.size());
        };
        const auto incident = importDir(m_bundle);
        const Diagnosis diagnosis = diagnose(*incident);
        const std::string bundle = bundleHash(*incident);
        // The month of the incident instead of November 2026, and our database.
        const QString day = QString::fromStdString(formatTimeUtc(incident->begin)).left(10);
        const auto adapt = [&](QString sql) {
            sql.replace(QStringLiteral("'2026-11-01 00:00:00'"), QStringLiteral("'%1 00:00:00'").arg(day));
            sql.replace(QStringLiteral("'2026-12-01 00:00:00'"), QStringLiteral("'2100-01-01 00:00:00'"));
            sql.replace(QStringLiteral("routescope."), QStringLiteral("rs_push."));
            sql.replace(QStringLiteral("'<bundle hash>'"), QString::fromStdString(quoteString(bundle)));
            return sql.toStdString();
        };
        auto c = client("rs_push");

        const QString routersSql = queryNamed(QStringLiteral("hostname-mismatch-routers"));
        QVERIFY(!routersSql.isEmpty());
        std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> expected; // router -> clients, hidden
        const RequestTable& requests = incident->tables.requests;
        for (std::size_t row = 0; row < requests.size(); ++row) {
            const std::string router = incident->identity(requests.identity[row]).display;
            if (diagnosis.errorClass[row] == ErrorClass::HostnameMismatch)
                ++expected[router].first;
            for (std::uint32_t i = 0; i < diagnosis.attemptsCount[row]; ++i) {
                const std::uint32_t event = diagnosis.attemptEvents[diagnosis.attemptsBegin[row] + i];
                if (classifyErrorText(incident->str(incident->tables.events.error[event])) ==
                    ErrorClass::HostnameMismatch)
                    ++expected[incident->identity(incident->tables.events.identity[event]).display].second;
            }
        }
        QVERIFY2(!expected.empty(), "the generated bundle has no hostname mismatch");
        std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> answered;
        for (const QByteArray& line : ask(*c, adapt(routersSql)).split('\n')) {
            const QList<QByteArray> cells = line.split('\t');
            if (cells.size() == 3)
                answered[cells[0].toStdString()] = {cells[1].toULongLong(), cells[2].toULongLong()};
        }
        QCOMPARE(answered, expected);

        const QString patternsSql = queryNamed(QStringLiteral("new-502-patterns"));
        QVERIFY(!patternsSql.isEmpty());
        std::map<std::string, std::uint64_t> expected502; // class/app -> requests
        for (std::size_t row = 0; row < requests.size(); ++row) {
            if (requests.status[row] == 502)
                ++expected502[std::string(errorClassId(diagnosis.errorClass[row])) + "/" +
                              std::string(incident->str(requests.appId[row]))];
        }
        std::map<std::string, std::uint64_t> answered502;
        for (const QByteArray& line : ask(*c, adapt(patternsSql)).split('\n')) {
            const QList<QByteArray> cells = line.split('\t');
            if (cells.size() != 5)
                continue;
            QCOMPARE(cells[3], QByteArray("0")); // one bundle pushed: every pattern is new
            answered502[cells[0].toStdString() + "/" + cells[1].toStdString()] = cells[2].toULongLong();
        }
        QVERIFY(expected502.size() > 1);
        QCOMPARE(answered502, expected502);
    }

    void serverErrorsAreReported()
    {
        auto c = client("default");
        const Reply syntax = c->query(QStringLiteral("Counting requests"), "SELEC 1");
        QVERIFY(!syntax.ok);
        QCOMPARE(syntax.serverCode, 62);
        QCOMPARE(syntax.attempts, 1); // a syntax error is not retried
        QVERIFY2(syntax.error.startsWith(QStringLiteral("Counting requests: ")), qPrintable(syntax.error));
        QVERIFY2(syntax.error.contains(QStringLiteral("Syntax error")), qPrintable(syntax.error));

        // Pushing where the tables were never created says which table is missing.
        const auto incident = importDir(m_bundle);
        auto empty = client("rs_nothing");
        QVERIFY(empty->query(QStringLiteral("create"), "CREATE DATABASE IF NOT EXISTS rs_nothing").ok);
        const PushResult missing = pushIncident(*empty, *incident, diagnose(*incident));
        QVERIFY(!missing.ok);
        QVERIFY2(missing.error.contains(QStringLiteral("rs_nothing.imports")), qPrintable(missing.error));

        // Rows that do not fit the table: the server's message, no crash.
        const Reply badRows = c->insertRowBinary(QStringLiteral("Inserting"), "requests",
                                                 "\x05"
                                                 "ab");
        QVERIFY(!badRows.ok);
        QVERIFY(badRows.serverCode != 0);

        // Nobody listening: refused, retried with back-off, then reported.
        Endpoint closed = m_server.endpoint("default");
        closed.port = 1;
        ClientOptions quick;
        quick.attempts = 3;
        quick.backoffMs = 10;
        Client nobody(closed, quick);
        const Reply refused = nobody.query(QStringLiteral("Checking"), "SELECT 1");
        QVERIFY(!refused.ok);
        QCOMPARE(refused.attempts, 3);
        QVERIFY2(refused.error.contains(QStringLiteral("cannot reach ClickHouse at 127.0.0.1:1")),
                 qPrintable(refused.error));

        // The command line: a bad URL is a usage error, an unreachable server exit status 1.
        const test::ProcessRun badUrl = test::runRoutescope(
            {QStringLiteral("push"), m_bundle, QStringLiteral("--to"), QStringLiteral("http://x/db")});
        RS_COMPARE_EXIT(badUrl, 2);
        const test::ProcessRun down =
            test::runRoutescope({QStringLiteral("push"), m_bundle, QStringLiteral("--to"),
                                 QStringLiteral("clickhouse://127.0.0.1:1/rs")});
        RS_COMPARE_EXIT(down, 1);
        QVERIFY2(down.err.contains("push failed"), down.err.constData());
    }

    // clickhouses:// against the plain-HTTP test server: the TLS handshake fails, said as such, not
    // retried, and never sent again as plain HTTP (which this server would answer with HTTP 200);
    // a CA file that cannot be read is said before anything is sent.
    void tlsToAPlainServerFails()
    {
        Endpoint tls = m_server.endpoint("default");
        tls.tls = true;
        Client c(tls, ClientOptions{3000, 3, 10});
        const Reply reply = c.query(QStringLiteral("Checking the server"), "SELECT 'rs_tls_probe'");
        QVERIFY(!reply.ok);
        QCOMPARE(reply.httpStatus, 0);
        QCOMPARE(reply.attempts, 1);
        QVERIFY(reply.body.isEmpty());
        QVERIFY2(
            reply.error.startsWith(QStringLiteral("Checking the server: the TLS connection to ClickHouse "
                                                  "at 127.0.0.1:%1 failed")
                                       .arg(tls.port)),
            qPrintable(reply.error));

        tls.caFile = m_work.path() + QStringLiteral("/no-such-ca.pem");
        Client withCa(tls);
        const Reply noCa = withCa.query(QStringLiteral("Checking the server"), "SELECT 1");
        QVERIFY(!noCa.ok);
        QCOMPARE(noCa.attempts, 0);
        QVERIFY2(noCa.error.contains(QStringLiteral("cannot read the CA file")), qPrintable(noCa.error));
        QFile notPem(m_work.path() + QStringLiteral("/not-a-ca.pem"));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate\n");
        notPem.close();
        tls.caFile = notPem.fileName();
        Client badCa(tls);
        const Reply bad = badCa.query(QStringLiteral("Checking the server"), "SELECT 1");
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QStringLiteral("holds no PEM certificate")), qPrintable(bad.error));

        // The command line: the same error, exit status 1 (push) and 3 (a source); --ca-file with a
        // plain clickhouse:// URL is a usage error.
        QString url = m_server.url("rs_push");
        url.replace(QStringLiteral("clickhouse://"), QStringLiteral("clickhouses://"));
        QVERIFY(url.startsWith(QStringLiteral("clickhouses://")));
        const test::ProcessRun push =
            test::runRoutescope({QStringLiteral("push"), m_bundle, QStringLiteral("--to"), url});
        RS_COMPARE_EXIT(push, 1);
        QVERIFY2(push.err.contains("the TLS connection to ClickHouse"), push.err.constData());
        const test::ProcessRun summary = test::runRoutescope(
            {QStringLiteral("summary"), url, QStringLiteral("--from"), QStringLiteral("2026-10-14T09:00:00Z"),
             QStringLiteral("--to"), QStringLiteral("2026-10-14T10:00:00Z")});
        RS_COMPARE_EXIT(summary, 3);
        QVERIFY2(summary.err.contains("the TLS connection to ClickHouse"), summary.err.constData());
        const test::ProcessRun plainWithCa =
            test::runRoutescope({QStringLiteral("push"), m_bundle, QStringLiteral("--to"),
                                 m_server.url("rs_push"), QStringLiteral("--ca-file"), notPem.fileName()});
        RS_COMPARE_EXIT(plainWithCa, 2);
        QVERIFY2(plainWithCa.err.contains("clickhouses://"), plainWithCa.err.constData());
    }

    // clickhouses:// to the server's HTTPS port, whose certificate a CA of the test's own signed:
    // with that CA (--ca-file) a push and a summary work and answer as over plain HTTP; without it
    // (the system's CAs do not know it) the handshake fails, said as such; by a name the
    // certificate does not hold (localhost: it is for 127.0.0.1) it fails as well.
    void tlsWithTheServersCaWorks()
    {
        if (m_tls.caFile.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no test certificates: %1").arg(m_tlsError)));
        const QString tlsUrl =
            QStringLiteral("clickhouses://default@127.0.0.1:%1/rs_tls").arg(m_server.httpsPort());
        const QStringList caFile = {QStringLiteral("--ca-file"), m_tls.caFile};
        const test::ProcessRun push =
            test::runRoutescope(QStringList{QStringLiteral("push"), m_bundle, QStringLiteral("--to"), tlsUrl,
                                            QStringLiteral("--create")} +
                                caFile);
        RS_COMPARE_EXIT(push, 0);

        Endpoint endpoint = m_server.endpoint("rs_tls");
        endpoint.tls = true;
        endpoint.port = m_server.httpsPort();
        endpoint.caFile = m_tls.caFile;
        Client overTls(endpoint);
        auto plain = client("rs_tls");
        const std::string counts = "SELECT count(), sum(status) FROM rs_tls.requests";
        QCOMPARE(ask(overTls, counts), ask(*plain, counts));
        QVERIFY(ask(*plain, "SELECT count() FROM rs_tls.requests").toLongLong() > 1000);

        const QStringList range = {QStringLiteral("--from"), QStringLiteral("2026-10-14T00:00:00Z"),
                                   QStringLiteral("--to"), QStringLiteral("2026-10-15T00:00:00Z")};
        const test::ProcessRun overTlsSummary =
            test::runRoutescope(QStringList{QStringLiteral("summary"), tlsUrl} + range + caFile);
        RS_COMPARE_EXIT(overTlsSummary, 0);
        const test::ProcessRun plainSummary =
            test::runRoutescope(QStringList{QStringLiteral("summary"), m_server.url("rs_tls")} + range);
        RS_COMPARE_EXIT(plainSummary, 0);
        // The same answer; only the first line, which names the URL, differs.
        const auto afterFirstLine = [](const QByteArray& out) { return out.mid(out.indexOf('\n')); };
        QVERIFY(plainSummary.out.contains("Requests"));
        QCOMPARE(afterFirstLine(overTlsSummary.out), afterFirstLine(plainSummary.out));

        const test::ProcessRun unknownCa =
            test::runRoutescope({QStringLiteral("push"), m_bundle, QStringLiteral("--to"), tlsUrl});
        RS_COMPARE_EXIT(unknownCa, 1);
        QVERIFY2(unknownCa.err.contains("the TLS connection to ClickHouse"), unknownCa.err.constData());
        QString byName = tlsUrl;
        byName.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
        const test::ProcessRun wrongName =
            test::runRoutescope(QStringList{QStringLiteral("summary"), byName} + range + caFile);
        RS_COMPARE_EXIT(wrongName, 3);
        QVERIFY2(wrongName.err.contains("the TLS connection to ClickHouse") &&
                     wrongName.err.contains("host name"),
                 wrongName.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestClickHouse)
#include "tst_clickhouse.moc"
