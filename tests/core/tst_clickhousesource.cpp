// ClickHouse as a source (issue 17), against a real clickhouse-server of its own
// (clickhousefixture.h): a generated bundle is pushed once, then the filter compiled to SQL selects
// what select() selects locally, the overview's totals, classes, timeline, failures per backend and
// latency equal the local import's (core APIs) over the whole range and over a filtered sub-range,
// hostile filter literals find nothing and break nothing, request pages cover the range once,
// sampling says so, cancel kills a running query, and the command line reports a down server.
#include "clickhousefixture.h"
#include "core/clickhouse/filtersql.h"
#include "core/clickhouse/overview.h"
#include "core/clickhouse/pusher.h"
#include "core/clickhouse/requestpage.h"
#include "core/clickhouse/schema.h"
#include "core/clickhouse/sqlquote.h"
#include "core/import/importer.h"
#include "core/query/aggregates.h"
#include "core/query/analysis.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <map>
#include <set>

using namespace rs;
using namespace rs::clickhouse;

namespace {

constexpr const char* kDatabase = "rs_source";

Filter parsed(const std::string& text)
{
    auto result = parseFilterExpression(text);
    if (const auto* error = std::get_if<FilterParseError>(&result))
        qFatal("filter '%s' does not parse: %s", text.c_str(), error->message.c_str());
    return std::get<Filter>(std::move(result));
}

} // namespace

class TestClickHouseSource : public QObject {
    Q_OBJECT

private:
    test::ClickHouseServer m_server;
    QTemporaryDir m_work;
    QString m_bundle;
    std::shared_ptr<Incident> m_incident;
    Diagnosis m_diagnosis;
    TimeNs m_from = 0, m_to = 0; // the whole incident: [begin, end + 1)

    std::unique_ptr<Client> client() { return std::make_unique<Client>(m_server.endpoint(kDatabase)); }

    Selection localSelect(const Filter& filter, TimeNs from, TimeNs to) const
    {
        Filter f = filter;
        // The overview's range is [from, to) on top of the filter, as Filter's own from/to.
        f.from = f.from == kNoTime ? from : std::max(f.from, from);
        f.to = f.to == kNoTime ? to : std::min(f.to, to);
        return select(*m_incident, f, classColumns(m_diagnosis));
    }

    std::uint64_t sqlCount(Client& c, const std::string& where)
    {
        const Reply reply = c.readQuery(QStringLiteral("count"),
                                        "SELECT count() FROM " + std::string(kDatabase) + ".requests WHERE " +
                                            where + " FORMAT TSV",
                                        QuerySettings{});
        if (!reply.ok)
            qWarning("%s\n%s", qPrintable(reply.error), where.c_str());
        return reply.ok ? reply.body.trimmed().toULongLong() : ~std::uint64_t{0};
    }

    // The overview's figures against the local import's over the same rows.
    void compareOverview(const Filter& filter, TimeNs from, TimeNs to)
    {
        const Selection selection = localSelect(filter, from, to);
        QVERIFY2(selection.rows.size() > 20, "the comparison needs rows to compare");
        auto c = client();
        OverviewRequest request;
        request.from = from;
        request.to = to;
        request.filter = filter;
        request.top = 1000; // every backend, so the local ranking compares whole
        const OverviewOutcome outcome = computeOverview(*c, request);
        QVERIFY2(outcome.overview, qPrintable(outcome.error));
        const Overview& o = *outcome.overview;
        QCOMPARE(o.matched, selection.rows.size());
        QVERIFY(!o.sampled);

        const RequestTable& requests = m_incident->tables.requests;
        std::map<int, std::uint64_t> statuses;
        std::array<std::uint64_t, kErrorClassCount> classes{};
        std::array<std::uint64_t, kSourceCount> sources{};
        for (const std::uint32_t row : selection.rows) {
            ++statuses[requests.status[row]];
            ++classes[static_cast<std::size_t>(m_diagnosis.errorClass[row])];
            ++sources[static_cast<std::size_t>(m_diagnosis.source[row])];
        }
        QCOMPARE(o.statuses, statuses);
        QCOMPARE(o.classes, classes);
        QCOMPARE(o.sources, sources);
        QCOMPARE(o.otherClasses, std::uint64_t{0});

        const ClassColumns columns = classColumns(m_diagnosis);
        const std::vector<KeyCount> backends = failuresByBackend(*m_incident, selection, columns, 1000);
        QVERIFY(!backends.empty());
        QCOMPARE(o.failuresByBackend.size(), backends.size());
        for (std::size_t i = 0; i < backends.size(); ++i) {
            QCOMPARE(o.failuresByBackend[i].key, backends[i].key);
            QCOMPARE(o.failuresByBackend[i].total, backends[i].total);
            std::vector<std::uint64_t> byClass(backends[i].byClass.begin(), backends[i].byClass.end());
            QCOMPARE(o.failuresByBackend[i].byClass, byClass);
        }
        const std::vector<KeyCount> hosts = topRoutes(*m_incident, selection, 1000);
        QCOMPARE(o.topHosts.size(), hosts.size());
        for (std::size_t i = 0; i < hosts.size(); ++i) {
            QCOMPARE(o.topHosts[i].key, hosts[i].key);
            QCOMPARE(o.topHosts[i].total, hosts[i].total);
        }

        const TimeBuckets buckets = bucketByTime(*m_incident, selection, columns, from, to, o.bucketWidth);
        QCOMPARE(o.bucketOrigin, buckets.origin);
        QCOMPARE(o.bucketsByStatusClass.size(), buckets.byStatusClass.size());
        std::uint64_t inBuckets = 0;
        for (std::size_t b = 0; b < buckets.byStatusClass.size(); ++b) {
            for (std::size_t k = 0; k < 6; ++k) {
                QCOMPARE(o.bucketsByStatusClass[b][k], std::uint64_t{buckets.byStatusClass[b][k]});
                inBuckets += o.bucketsByStatusClass[b][k];
            }
            for (std::size_t k = 0; k < kErrorClassCount; ++k)
                QCOMPARE(o.bucketsByClass[b][k], std::uint64_t{buckets.byErrorClass[b][k]});
        }
        QCOMPARE(inBuckets, o.matched);

        const LatencyPercentiles local = latency(*m_incident, selection);
        QCOMPARE(o.latency.count, local.count);
        QCOMPARE(o.latency.p50, local.p50);
        QCOMPARE(o.latency.p90, local.p90);
        QCOMPARE(o.latency.p99, local.p99);
        QCOMPARE(o.latency.max, local.max);
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

    // Every field and operator the table answers, alone and combined: the rows SQL counts are the
    // rows select() finds.
    void filterSelectsWhatSelectDoes()
    {
        const RequestTable& requests = m_incident->tables.requests;
        // Values of this bundle: the first request with a backend, an app and an instance.
        std::size_t row = 0;
        while (row < requests.size() && (requests.backend[row] == StringPool::kEmpty ||
                                         requests.instanceId[row] == StringPool::kEmpty))
            ++row;
        QVERIFY(row < requests.size());
        const std::string host(m_incident->str(requests.host[row]));
        const std::string backend(m_incident->str(requests.backend[row]));
        const std::string app(m_incident->str(requests.appId[row]));
        const std::string instance(m_incident->str(requests.instanceId[row]));
        const IdentityInfo& router = m_incident->identity(requests.identity[row]);
        const std::string requestId = m_incident->requestIdText(requests.requestId[row]);
        const std::string mid = formatTimeUtc(m_from + (m_to - m_from) / 2);
        QVERIFY(!m_diagnosis.attemptEvents.empty());
        const std::string attemptBackend(
            m_incident->str(m_incident->tables.events.endpoint[m_diagnosis.attemptEvents.front()]));
        const std::vector<std::string> expressions = {
            "status >= 500",
            "status = 5xx",
            "status in (404, 502, -)",
            "status exists",
            "host = " + quotedFilterValue(host),
            "host != " + quotedFilterValue(host),
            "host ~ APPS.example",
            "host matches \"^app-[0-9]\\\\.\"",
            "host = -",
            "method = POST",
            "uri ~ \"?\"",
            "path matches \"^/v2/\"",
            "query exists",
            "query = -",
            "backend = " + backend,
            "backend = -",
            "backend ~ 10.0.16",
            "app = " + quotedFilterValue(app),
            "app exists",
            "instance = " + quotedFilterValue(instance),
            "instance = " + quotedFilterValue(app + "/" + instance),
            "instance = " + quotedFilterValue(app + "/0"),
            "instance = -",
            "instance ~ " + quotedFilterValue(instance.substr(0, 4)),
            "router = " + quotedFilterValue(router.display),
            "router = " + quotedFilterValue(router.id),
            "router != " + quotedFilterValue(router.id),
            "router ~ " + quotedFilterValue(router.id.substr(0, 6)),
            "vcap_request_id = " + quotedFilterValue(requestId),
            "vcap_request_id = -",
            "response_time > 100ms",
            "response_time <= 2ms",
            "response_time = -",
            "gorouter_time >= 1ms",
            "gorouter_time exists",
            "failed_attempts >= 1",
            "failed_attempts = -",
            "attempt.count >= 2",
            "router_error exists",
            "router_error ~ endpoint_failure",
            "attempt.backend = " + attemptBackend,
            "attempt.backend != " + attemptBackend,
            "attempt.backend exists",
            "attempt.backend = -",
            "attempt.class = dial",
            "attempt.class in (handshake_timeout, backend_eof, hostname_mismatch)",
            "not attempt.class in (dial, tls_to_non_tls_backend)",
            "attempt.error ~ timeout",
            "attempt.error matches \"(?i)EOF$\"",
            "status >= 500 and attempt.backend ~ 10.0.16 or attempt.count >= 2",
            "class in (dial, no_endpoints, backend_eof)",
            "class != ok",
            "source = app_or_platform",
            "time >= " + mid,
            "time < " + mid + " and status >= 400",
            "(status >= 500 or class = app_response) and not (host ~ sys.example or backend = -)",
            "not (status < 400 and response_time < 50ms) and (router = " + quotedFilterValue(router.id) +
                " or app exists)",
            "host in (" + quotedFilterValue(host) +
                ", api.sys.example.com) and status != 200 or failed_attempts > 0",
        };
        auto c = client();
        std::size_t between = 0; // expressions that select some rows but not all
        for (const std::string& text : expressions) {
            const Filter filter = parsed(text);
            const FilterSql sql = filterToSql(filter, kDatabase);
            QVERIFY2(sql.where, qPrintable(QString::fromStdString(text) + QStringLiteral(": ") + sql.error));
            const std::size_t local = select(*m_incident, filter, classColumns(m_diagnosis)).rows.size();
            between += local > 0 && local < requests.size() ? 1 : 0;
            QVERIFY2(sqlCount(*c, *sql.where) == local, qPrintable(QStringLiteral("%1: SQL %2, local %3")
                                                                       .arg(QString::fromStdString(text))
                                                                       .arg(sqlCount(*c, *sql.where))
                                                                       .arg(local)));
            // Every literal in the SQL is one of the filter's values or the compiler's own.
            const auto literals = sqlStringLiterals(*sql.where);
            QVERIFY(literals);
            for (const std::string& literal : *literals)
                QVERIFY(std::find(sql.literals.begin(), sql.literals.end(), literal) != sql.literals.end() ||
                        std::find(std::begin(kFixedLiterals), std::end(kFixedLiterals), literal) !=
                            std::end(kFixedLiterals));
        }
        QVERIFY2(between >= expressions.size() * 3 / 4, qPrintable(QString::number(between)));
    }

    // Every filter of the fuzz seeds (or of $ROUTESCOPE_FILTERSQL_CORPUS, a fuzz corpus) that
    // parses and compiles runs on the server without an SQL error.
    void seedFiltersRunOnTheServer()
    {
        QString dir = qEnvironmentVariable("ROUTESCOPE_FILTERSQL_CORPUS");
        if (dir.isEmpty())
            dir = QStringLiteral(ROUTESCOPE_SOURCE_DIR "/fuzz/seeds/filterexpr");
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
        QVERIFY(!files.isEmpty());
        auto c = client();
        std::size_t ran = 0;
        for (const QFileInfo& info : files) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            auto result = parseFilterExpression(
                std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
            if (!std::holds_alternative<Filter>(result))
                continue;
            const FilterSql sql = filterToSql(std::get<Filter>(result), kDatabase);
            if (!sql.where)
                continue;
            const Reply reply = c->readQuery(QStringLiteral("seed"),
                                             "SELECT count() FROM " + std::string(kDatabase) +
                                                 ".requests WHERE " + *sql.where,
                                             QuerySettings{});
            QVERIFY2(reply.ok, qPrintable(info.fileName() + QStringLiteral(": ") + reply.error));
            ++ran;
        }
        qInfo("%zu of %lld filters compiled and ran", ran, static_cast<long long>(files.size()));
        QVERIFY(ran > 0);
    }

    void fieldsTheTableLacksAreNamed()
    {
        for (const auto& [text, field] :
             {std::pair{"user_agent ~ curl", "user_agent"},
              std::pair{"status >= 500 and referer exists", "referer"},
              std::pair{"header.x_b3_traceid = abc", "header.x_b3_traceid"},
              std::pair{"text ~ timeout", "text"}, std::pair{"not lb.status = 502", "lb.status"},
              std::pair{"lb exists or status = 502", "lb"}, std::pair{"bytes_sent > 100", "bytes_sent"},
              std::pair{"remote = 10.0.0.1", "remote"}}) {
            const FilterSql sql = filterToSql(parsed(text), kDatabase);
            QVERIFY2(!sql.where, text);
            QVERIFY2(sql.error.contains(QStringLiteral("'%1'").arg(QLatin1String(field))),
                     qPrintable(sql.error));
        }
        // Attempts are read from the database's attempts table: without one, they are refused too.
        const FilterSql noDatabase = filterToSql(parsed("attempt.class = dial"));
        QVERIFY(!noDatabase.where);
        QVERIFY2(noDatabase.error.contains(QStringLiteral("'attempt.class'")), qPrintable(noDatabase.error));
    }

    void overviewEqualsTheLocalImport() { compareOverview(Filter{}, m_from, m_to); }

    void filteredSubRangeEqualsTheLocalImport()
    {
        const IdentityInfo& router = m_incident->identity(m_incident->tables.requests.identity.front());
        const Filter filter =
            parsed("(status >= 500 or class in (app_response, backend_eof, no_endpoints) or failed_attempts "
                   "> 0) and "
                   "not (router = " +
                   quotedFilterValue(router.id) + " and host ~ sys.example) and (backend != - or app = -)");
        const TimeNs third = (m_to - m_from) / 3;
        compareOverview(filter, m_from + third, m_to - third);
    }

    // Quotes, backslashes, the injection classic, NUL and invalid UTF-8 as filter values: parsed,
    // compiled, run; no row has them, no query fails, and the table is still all there.
    void hostileLiteralsFindNothing()
    {
        auto c = client();
        const std::uint64_t before = sqlCount(*c, "1");
        QCOMPARE(before, m_incident->tables.requests.size());
        const std::vector<std::string> values = {"'",
                                                 "\\",
                                                 "\\'",
                                                 "'; DROP TABLE requests; --",
                                                 "x' OR '1'='1",
                                                 std::string("nul\0byte", 8),
                                                 "\xc3\x28\xff\xfe",
                                                 "\\x27; DROP TABLE requests; --",
                                                 "') OR 1 OR ('",
                                                 "*/ 1 /*"};
        for (const std::string& value : values) {
            for (const std::string field :
                 {"host", "app", "uri", "router", "instance", "vcap_request_id", "attempt.error"}) {
                for (const std::string op : {" = ", " ~ ", " != "}) {
                    const std::string text = field + op + quotedFilterValue(value);
                    auto result = parseFilterExpression(text);
                    QVERIFY2(std::holds_alternative<Filter>(result), text.c_str());
                    const Filter& filter = std::get<Filter>(result);
                    const FilterSql sql = filterToSql(filter, kDatabase);
                    QVERIFY2(sql.where, text.c_str());
                    // No field holds one of these values; a substring may be there (the generated
                    // attempt errors hold backslashes and NULs): then SQL finds what select() finds.
                    const std::uint64_t local =
                        select(*m_incident, filter, classColumns(m_diagnosis)).rows.size();
                    if (op != " ~ ")
                        QCOMPARE(local, op == " != " ? before : 0);
                    QCOMPARE(sqlCount(*c, *sql.where), local);
                }
            }
            OverviewRequest request;
            request.from = m_from;
            request.to = m_to;
            request.filter =
                parsed("host = " + quotedFilterValue(value) + " or app ~ " + quotedFilterValue(value));
            const OverviewOutcome outcome = computeOverview(*c, request);
            QVERIFY2(outcome.overview, qPrintable(outcome.error));
            QCOMPARE(outcome.overview->matched, std::uint64_t{0});
        }
        QCOMPARE(sqlCount(*c, "1"), before);
    }

    // Pages of 997 rows, each after the last one's cursor, hold every request of the range once, in
    // time order.
    void requestPagesCoverTheRange()
    {
        const Filter filter = parsed("status >= 400");
        const std::size_t expected = localSelect(filter, m_from, m_to).rows.size();
        QVERIFY(expected > 2000);
        auto c = client();
        RequestPageQuery query;
        query.from = m_from;
        query.to = m_to;
        query.filter = filter;
        query.limit = 997;
        std::set<std::tuple<std::string, std::string, std::uint64_t>> seen;
        std::size_t pages = 0;
        std::size_t rows = 0;
        TimeNs last = 0;
        for (;;) {
            const RequestPage page = fetchRequests(*c, query);
            QVERIFY2(page.ok(), qPrintable(page.error));
            ++pages;
            for (const RequestRow& row : page.rows) {
                QVERIFY(row.status >= 400);
                QVERIFY(row.place.time >= last);
                last = row.place.time;
                QVERIFY(seen.emplace(row.place.bundle, row.place.file, row.place.offset).second);
                ++rows;
            }
            if (!page.next) {
                QVERIFY(page.rows.size() <= query.limit);
                break;
            }
            QCOMPARE(page.rows.size(), query.limit);
            const auto again = RequestCursor::parse(page.next->text());
            QVERIFY(again);
            QCOMPARE(*again, *page.next);
            query.after = page.next;
        }
        QCOMPARE(rows, expected);
        QCOMPARE(pages, (expected + query.limit - 1) / query.limit + (expected % query.limit == 0 ? 1 : 0));
        QVERIFY(!RequestCursor::parse("1.2.3.zz.00"));
        QVERIFY(!RequestCursor::parse("1.2.3"));
    }

    // More rows than the limit: the breakdowns read a SAMPLE, say so, and scale back up.
    void overviewSamplesAboveTheLimit()
    {
        auto c = client();
        OverviewRequest request;
        request.from = m_from;
        request.to = m_to;
        request.sampleAbove = m_incident->tables.requests.size() / 4;
        request.minSampledMatches = 1000;
        const OverviewOutcome outcome = computeOverview(*c, request);
        QVERIFY2(outcome.overview, qPrintable(outcome.error));
        const Overview& o = *outcome.overview;
        QVERIFY(o.sampled);
        QCOMPARE(o.matched, m_incident->tables.requests.size()); // the count itself is exact
        QVERIFY(o.sampleRatio > 0.2 && o.sampleRatio < 0.3);
        std::uint64_t estimated = 0;
        for (const std::uint64_t n : o.classes)
            estimated += n;
        QVERIFY2(estimated > o.matched * 7 / 10 && estimated < o.matched * 13 / 10,
                 qPrintable(QString::number(estimated)));

        // The ratio follows the rows of the range (what a breakdown reads), not the matching ones;
        // a filter that would leave fewer than minSampledMatches in the sample is answered exactly.
        request.filter = parsed("status >= 500");
        const OverviewOutcome failing = computeOverview(*c, request);
        QVERIFY2(failing.overview, qPrintable(failing.error));
        const std::uint64_t failures = failing.overview->matched;
        QVERIFY(failures > 0 && failures * 4 < o.matched);
        QCOMPARE(failing.overview->sampled, static_cast<double>(failures) * o.sampleRatio >= 1000.0);
        request.minSampledMatches = 1;
        const OverviewOutcome sampledFailures = computeOverview(*c, request);
        QVERIFY2(sampledFailures.overview, qPrintable(sampledFailures.error));
        QVERIFY(sampledFailures.overview->sampled);
        QCOMPARE(sampledFailures.overview->sampleRatio, o.sampleRatio);
        QCOMPARE(sampledFailures.overview->matched, failures);
        request.minSampledMatches = failures; // more than a sample of them would hold
        const OverviewOutcome exactFailures = computeOverview(*c, request);
        QVERIFY2(exactFailures.overview, qPrintable(exactFailures.error));
        QVERIFY(!exactFailures.overview->sampled);
        std::uint64_t counted = 0;
        for (const auto& [status, n] : exactFailures.overview->statuses)
            counted += status >= 500 ? n : 0;
        QCOMPARE(counted, failures);
    }

    // Through Distributed tables over two shards (two databases of this server, as in
    // tst_clickhouse): the overview and the pages read both shards and equal the local import.
    void overviewThroughTwoShardCluster()
    {
        auto fleet = std::make_unique<Client>(m_server.endpoint("rs_source_fleet"));
        QString error;
        for (const std::string shard : {"shard1", "shard2"}) {
            Client local(m_server.endpoint(shard));
            QVERIFY2(createSchema(local, &error), qPrintable(error));
        }
        QVERIFY(fleet->query(QStringLiteral("create"), "CREATE DATABASE IF NOT EXISTS rs_source_fleet").ok);
        for (const TableSchema& t : schema()) {
            const Reply reply =
                fleet->query(QStringLiteral("create distributed"),
                             createDistributedStatement(t, "rs_source_fleet", "rs_two_shards", "shard1", ""));
            QVERIFY2(reply.ok, qPrintable(reply.error));
        }
        const PushResult pushed = pushIncident(*fleet, *m_incident, m_diagnosis);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QVERIFY(!pushed.alreadyPushed);

        // attempt.* reads the attempts table through GLOBAL IN, once over both shards.
        const Filter filter = parsed("status >= 500 or class != ok or attempt.class = handshake_timeout");
        const Selection selection = localSelect(filter, m_from, m_to);
        OverviewRequest request;
        request.from = m_from;
        request.to = m_to;
        request.filter = filter;
        request.top = 1000;
        const OverviewOutcome outcome = computeOverview(*fleet, request);
        QVERIFY2(outcome.overview, qPrintable(outcome.error));
        QCOMPARE(outcome.overview->matched, selection.rows.size());
        std::array<std::uint64_t, kErrorClassCount> classes{};
        for (const std::uint32_t row : selection.rows)
            ++classes[static_cast<std::size_t>(m_diagnosis.errorClass[row])];
        QCOMPARE(outcome.overview->classes, classes);
        const std::vector<KeyCount> backends =
            failuresByBackend(*m_incident, selection, classColumns(m_diagnosis), 1000);
        QCOMPARE(outcome.overview->failuresByBackend.size(), backends.size());
        for (std::size_t i = 0; i < backends.size(); ++i) {
            QCOMPARE(outcome.overview->failuresByBackend[i].key, backends[i].key);
            QCOMPARE(outcome.overview->failuresByBackend[i].total, backends[i].total);
        }
        QCOMPARE(outcome.overview->latency.p99, latency(*m_incident, selection).p99);

        // SAMPLE through the Distributed table.
        request.sampleAbove = selection.rows.size() / 2;
        request.minSampledMatches = 1;
        const OverviewOutcome sampled = computeOverview(*fleet, request);
        QVERIFY2(sampled.overview, qPrintable(sampled.error));
        QVERIFY(sampled.overview->sampled);

        RequestPageQuery query;
        query.from = m_from;
        query.to = m_to;
        query.filter = filter;
        query.limit = 1500;
        std::size_t rows = 0;
        for (;;) {
            const RequestPage page = fetchRequests(*fleet, query);
            QVERIFY2(page.ok(), qPrintable(page.error));
            rows += page.rows.size();
            if (!page.next)
                break;
            query.after = page.next;
        }
        QCOMPARE(rows, selection.rows.size());
    }

    // readQuery's settings hold on the server: read-only, a row limit, a time limit (not retried).
    void readQueriesRunLimited()
    {
        auto c = client();
        const Reply write =
            c->readQuery(QStringLiteral("while writing"), "CREATE DATABASE rs_never", QuerySettings{});
        QVERIFY(!write.ok);
        QCOMPARE(write.serverCode, 164); // READONLY
        QVERIFY2(write.error.startsWith(QStringLiteral("while writing: ClickHouse answered")),
                 qPrintable(write.error));
        QuerySettings few;
        few.maxResultRows = 5;
        const Reply many =
            c->readQuery(QStringLiteral("rows"), "SELECT number FROM system.numbers LIMIT 10", few);
        QVERIFY(!many.ok);
        QCOMPARE(many.serverCode, 396); // TOO_MANY_ROWS_OR_BYTES
        QuerySettings brief;
        brief.maxExecutionSeconds = 1;
        const Reply slow = c->readQuery(QStringLiteral("slow"), "SELECT count() FROM system.numbers", brief);
        QVERIFY(!slow.ok);
        QCOMPARE(slow.serverCode, 159); // TIMEOUT_EXCEEDED
        QCOMPARE(slow.attempts, 1);
    }

    // A query running in another thread stops when its id is killed.
    void cancelKillsARunningQuery()
    {
        const std::string id = "rs-test-cancel";
        std::atomic<int> code{-1};
        QThread* runner = QThread::create([this, id, &code] {
            Client own(m_server.endpoint(kDatabase));
            QuerySettings settings;
            settings.queryId = id;
            settings.maxExecutionSeconds = 120;
            const Reply reply = own.readQuery(QStringLiteral("while counting forever"),
                                              "SELECT count() FROM system.numbers FORMAT TSV", settings);
            code = reply.ok ? 0 : reply.serverCode;
        });
        runner->start();
        auto c = client();
        bool running = false;
        for (int i = 0; i < 600 && !running; ++i) {
            const Reply reply = c->query(
                QStringLiteral("processes"),
                "SELECT count() FROM system.processes WHERE query_id = " + quoteString(id) + " FORMAT TSV");
            running = reply.ok && reply.body.trimmed() == "1";
            if (!running)
                QThread::msleep(50);
        }
        QVERIFY(running);
        const Reply killed = c->cancelQuery(id);
        QVERIFY2(killed.ok, qPrintable(killed.error));
        QVERIFY(runner->wait(60000));
        delete runner;
        QCOMPARE(code.load(), 394); // QUERY_WAS_CANCELLED
    }

    void commandLine()
    {
        const QString url = m_server.url(kDatabase);
        const QString from = QString::fromStdString(formatTimeUtc(m_from));
        const QString to = QString::fromStdString(formatTimeUtc(m_to));
        const test::ProcessRun summary =
            test::runRoutescope({QStringLiteral("summary"), url, QStringLiteral("--from"), from,
                                 QStringLiteral("--to"), to, QStringLiteral("--json")});
        RS_COMPARE_EXIT(summary, 0);
        const QJsonObject json = QJsonDocument::fromJson(summary.out).object();
        QCOMPARE(json.value(QLatin1String("selected_requests")).toInteger(),
                 static_cast<qint64>(m_incident->tables.requests.size()));
        QCOMPARE(json.value(QLatin1String("sampled")).toBool(), false);
        QVERIFY(json.value(QLatin1String("failures_by_backend")).toArray().size() > 1);

        const test::ProcessRun text = test::runRoutescope(
            {QStringLiteral("summary"), url, QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        RS_COMPARE_EXIT(text, 0);
        QVERIFY(text.out.contains("Failures per backend"));

        // One page, then the next one after its cursor.
        const QStringList page = {
            QStringLiteral("requests"), url, QStringLiteral("--from"),  from,
            QStringLiteral("--to"),     to,  QStringLiteral("--limit"), QStringLiteral("5")};
        const test::ProcessRun first = test::runRoutescope(page);
        RS_COMPARE_EXIT(first, 0);
        QCOMPARE(first.out.count('\n'), 6); // header and five rows
        const qsizetype at = first.err.indexOf("--after ");
        QVERIFY2(at >= 0, first.err.constData());
        const QString cursor = QString::fromUtf8(first.err.mid(at + 8).trimmed());
        const test::ProcessRun second =
            test::runRoutescope(page + QStringList{QStringLiteral("--after"), cursor});
        RS_COMPARE_EXIT(second, 0);
        QCOMPARE(second.out.count('\n'), 6);
        QVERIFY(first.out.split('\n')[5] != second.out.split('\n')[1]);

        // A filter the table cannot answer: a usage error naming the field, nothing sent.
        const test::ProcessRun lacking = test::runRoutescope(
            {QStringLiteral("summary"), url, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
             QStringLiteral("--filter"), QStringLiteral("user_agent ~ x")});
        RS_COMPARE_EXIT(lacking, 2);
        QVERIFY2(lacking.err.contains("'user_agent'"), lacking.err.constData());
        // No range: a usage error.
        QCOMPARE(test::runRoutescope({QStringLiteral("summary"), url}).exitCode, 2);

        // Nobody listening: the query's purpose and what the network said, exit status 3.
        for (const char* command : {"summary", "requests"}) {
            const test::ProcessRun down =
                test::runRoutescope({QLatin1String(command), QStringLiteral("clickhouse://127.0.0.1:1/rs"),
                                     QStringLiteral("--from"), from, QStringLiteral("--to"), to});
            RS_COMPARE_EXIT(down, 3);
            QVERIFY2(down.err.contains("cannot reach ClickHouse at 127.0.0.1:1"), down.err.constData());
            QVERIFY2(down.err.startsWith("routescope: while "), down.err.constData());
            QVERIFY(down.out.isEmpty() || std::string_view(command) == "requests");
        }
        // A database that does not exist: the server's message with the purpose, not a dump.
        const test::ProcessRun missing =
            test::runRoutescope({QStringLiteral("summary"), m_server.url("rs_nowhere"),
                                 QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        RS_COMPARE_EXIT(missing, 3);
        QVERIFY2(missing.err.startsWith(
                     "routescope: while counting the requests in the range: ClickHouse answered"),
                 missing.err.constData());
        QVERIFY2(missing.err.count('\n') <= 3, missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestClickHouseSource)
#include "tst_clickhousesource.moc"
