// The lb.* fields of the filter language: on hand-built requests joined (or not) to load-balancer
// rows every operator picks exactly the expected requests, a request without an LB row has every
// lb.* field missing; and on a generated bundle with an HAProxy and an ALB in front of the routers,
// lb.* and source=infrastructure select the requests tools/gen-bundle's ground truth names.
#include "core/diagnosis/errorclass.h"
#include "core/diagnosis/lbjoin.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "core/query/filterexpr.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace rs;

namespace {

// Six requests; r1–r4 joined to LB rows 0–3, r0 and r5 to none. LB row 4 joined no request.
struct Request {
    int status;
    std::uint32_t lbRow;
    Source source;
};
const Request kRequests[] = {
    {200, kNoLbRow, Source::None},    {502, 0, Source::AppOrPlatform},        {200, 1, Source::None},
    {200, 2, Source::Infrastructure}, // the ALB gave up while the router still waited
    {499, 3, Source::ClientOrApp},    {503, kNoLbRow, Source::AppOrPlatform},
};

struct LbRow {
    LbKind kind;
    int status, targetStatus;
    const char* target;
    const char* termination;
    DurationNs total;
};
const LbRow kLbRows[] = {
    {LbKind::HaProxy, 502, kNoTargetStatus, "10.0.1.4:80", "SH--", 30'500'000'000},
    {LbKind::AwsAlb, 200, 200, "10.0.1.5:80", "", 120'000'000},
    {LbKind::AwsAlb, 504, kNoTargetStatus, "", "target timeout", 60'000'000'000},
    {LbKind::HaProxy, 0, kNoTargetStatus, "10.0.1.4:80", "CD--", kNoDuration},
    {LbKind::GcpHttp, 502, kNoTargetStatus, "10.0.1.6:80", "failed_to_connect_to_backend", 1'000'000},
};

struct Fixture {
    Incident incident;
    std::vector<std::uint8_t> classes, sources;
    std::vector<std::uint32_t> lbOfRequest;
    ClassColumns columns() const { return {classes, sources, {}, {}, {}, lbOfRequest}; }
};

const Fixture& fixture()
{
    static const auto f = [] {
        auto fx = std::make_unique<Fixture>();
        auto& t = fx->incident.tables;
        t.identities = {{"router/0", "router", "0", IdentityRole::Router}};
        const TimeNs start = makeTimeUtc(2026, 10, 14, 9, 0, 0, 0);
        const StringPool::Id host = t.strings.intern("a.example.com");
        auto& r = t.requests;
        for (std::size_t i = 0; i < std::size(kRequests); ++i) {
            r.start.push_back(start + static_cast<TimeNs>(i) * 1'000'000'000);
            r.responseTime.push_back(10'000'000);
            r.gorouterTimeUs.push_back(100);
            r.status.push_back(static_cast<std::uint16_t>(kRequests[i].status));
            r.identity.push_back(0);
            r.host.push_back(host);
            r.method.push_back(StringPool::kEmpty);
            r.backend.push_back(StringPool::kEmpty);
            r.appId.push_back(StringPool::kEmpty);
            r.appIndex.push_back(StringPool::kEmpty);
            r.instanceId.push_back(StringPool::kEmpty);
            r.routerError.push_back(StringPool::kEmpty);
            r.requestId.push_back(RequestId{});
            r.failedAttempts.push_back(0);
            fx->classes.push_back(static_cast<std::uint8_t>(ErrorClass::Ok));
            fx->sources.push_back(static_cast<std::uint8_t>(kRequests[i].source));
            fx->lbOfRequest.push_back(kRequests[i].lbRow);
        }
        for (std::size_t i = 0; i < std::size(kLbRows); ++i) {
            const LbRow& row = kLbRows[i];
            LbRecord record;
            record.kind = row.kind;
            record.start = start + static_cast<TimeNs>(i) * 1'000'000'000;
            record.total = row.total;
            record.status = row.status;
            record.targetStatus = row.targetStatus;
            record.target = row.target;
            record.termination = row.termination;
            record.method = "GET";
            record.url = "/";
            t.lb.push(record, 0, t.strings, i * 100);
        }
        return fx;
    }();
    return *f;
}

std::vector<std::uint32_t> selected(std::string_view expression, const ClassColumns& columns)
{
    const auto parsed = parseFilterExpression(expression);
    if (const auto* error = std::get_if<FilterParseError>(&parsed)) {
        qWarning("%s: %s", std::string(expression).c_str(), error->message.c_str());
        return {0xdead};
    }
    return select(fixture().incident, std::get<Filter>(parsed), columns).rows;
}

using Rows = std::vector<std::uint32_t>;

// Rows of `incident`'s requests, keyed by router and vcap_request_id as the truth names them.
std::map<std::pair<std::string, std::string>, std::uint32_t> rowsByKey(const Incident& incident)
{
    std::map<std::pair<std::string, std::string>, std::uint32_t> out;
    const RequestTable& q = incident.tables.requests;
    for (std::uint32_t row = 0; row < q.size(); ++row)
        out[{incident.identity(q.identity[row]).display, incident.requestIdText(q.requestId[row])}] = row;
    return out;
}

} // namespace

class TestFilterLb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handBuilt_data();
    void handBuilt();
    void withoutJoinEveryLbFieldIsMissing();
    void generatedBundleAgainstTruth();
};

void TestFilterLb::handBuilt_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<Rows>("expected");
    const auto row = [](const char* expression, Rows expected) {
        QTest::newRow(expression) << QString::fromUtf8(expression) << expected;
    };
    row("lb exists", {1, 2, 3, 4});
    row("not lb exists", {0, 5});
    row("lb.status = 502", {1});
    row("not lb.status = 502", {0, 2, 3, 4, 5});
    row("lb.status != 502", {0, 2, 3, 4, 5});
    row("lb.status = 5xx", {1, 3});
    row("lb.status < 500", {2}); // r4's LB logged no status: missing, like no LB at all
    row("lb.status in (200, 504)", {2, 3});
    row("lb.status = -", {0, 4, 5});
    row("lb.status exists", {1, 2, 3});
    row("lb.target_status = -", {0, 1, 3, 4, 5});
    row("lb exists and lb.target_status = -", {1, 3, 4});
    row("lb.target_status >= 200", {2});
    row("lb.target_status = 2xx", {2});
    row("lb.target_status exists", {2});
    row("lb.target = 10.0.1.4:80", {1, 4});
    row("lb.target = 10.0.1.6:80", {}); // only an LB row no request joined
    row("lb.target in (-, 10.0.1.5:80)", {0, 2, 3, 5});
    row("lb.target != 10.0.1.4:80", {0, 2, 3, 5});
    row("lb.target exists", {1, 2, 4});
    row("lb.target ~ \"1.5\"", {2});
    row("lb.kind = haproxy", {1, 4});
    row("lb.kind in (alb, gcp)", {2, 3});
    row("lb.kind = aws_alb", {2, 3});
    row("lb.kind != haproxy", {0, 2, 3, 5});
    row("lb.error ~ sh", {1});
    row("lb.error matches \"^(SH|CD)\"", {1, 4});
    row("lb.error = \"target timeout\"", {3});
    row("lb.error exists", {1, 3, 4});
    row("lb.error = -", {0, 2, 5});
    row("lb.response_time > 2s", {1, 3});
    row("lb.response_time <= 2s", {2});
    row("lb.response_time = -", {0, 4, 5});
    row("lb.response_time exists", {1, 2, 3});
    row("lb.status = 504 and lb.target_status = - and lb.response_time > 30s", {3});
    row("lb.status = 502 or lb.kind = alb", {1, 2, 3});
    row("lb.status = 5xx and status = 2xx", {3});
    row("status = 5xx and not lb exists", {5});
    row("source = infrastructure", {3});
    row("source = infrastructure and lb.kind = alb", {3});
    row("source in (infrastructure, app_or_platform) and not lb exists", {5});
}

void TestFilterLb::handBuilt()
{
    QFETCH(QString, expression);
    QFETCH(Rows, expected);
    QCOMPARE(selected(expression.toStdString(), fixture().columns()), expected);
}

void TestFilterLb::withoutJoinEveryLbFieldIsMissing()
{
    // No diagnosis (or one without LB rows): no request has an LB row.
    ClassColumns none = fixture().columns();
    none.lbOfRequest = {};
    const Rows all = {0, 1, 2, 3, 4, 5};
    QCOMPARE(selected("lb exists", none), Rows{});
    QCOMPARE(selected("not lb exists", none), all);
    QCOMPARE(selected("lb.status = 5xx", none), Rows{});
    QCOMPARE(selected("lb.status != 502", none), all);
    QCOMPARE(selected("lb.kind = haproxy", none), Rows{});
    QCOMPARE(selected("lb.target = -", none), all);
    QCOMPARE(selected("lb.error ~ sh", none), Rows{});
    QCOMPARE(selected("lb.response_time > 0s", none), Rows{});
}

void TestFilterLb::generatedBundleAgainstTruth()
{
    QTemporaryDir dir;
    const QJsonObject truth = test::generateBundle(
        dir.path(),
        {QStringLiteral("--routers"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("21"),
         QStringLiteral("--minutes"), QStringLiteral("20"), QStringLiteral("--lb"), QStringLiteral("both"),
         QStringLiteral("--app-logs"), QStringLiteral("on")});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    const auto analysis = analyse(Importer().importPaths({dir.path().toStdString()}));
    QVERIFY(analysis);
    const Incident& incident = *analysis->incident;
    QCOMPARE(incident.report.skippedLines(), std::uint64_t{0});
    const auto byKey = rowsByKey(incident);

    // What the truth says, as rows of the requests table.
    std::set<std::uint32_t> reached, infrastructure, haproxy;
    std::size_t lbOnlyFailures = 0, lbLines = 0;
    for (const auto& value : truth.value(QStringLiteral("load_balancers")).toArray()) {
        const QJsonObject file = value.toObject();
        const bool isHaProxy = file.value(QStringLiteral("kind")).toString() == QStringLiteral("haproxy");
        for (const auto& line : file.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject o = line.toObject();
            ++lbLines;
            const std::string router = o.value(QStringLiteral("router")).toString().toStdString();
            const bool failure = o.value(QStringLiteral("class")).toString() != QStringLiteral("none");
            if (router.empty()) { // the LB answered and no router ever saw the request
                lbOnlyFailures += failure ? 1 : 0;
                continue;
            }
            const auto it =
                byKey.find({router, o.value(QStringLiteral("vcap_request_id")).toString().toStdString()});
            QVERIFY2(it != byKey.end(), router.c_str());
            reached.insert(it->second);
            if (failure)
                infrastructure.insert(it->second);
            if (isHaProxy)
                haproxy.insert(it->second);
        }
    }
    QVERIFY(lbLines > 10000);
    QVERIFY(infrastructure.size() > 100);
    QVERIFY(lbOnlyFailures > 50);
    QVERIFY(!haproxy.empty() && haproxy.size() < reached.size());

    const auto rows = [&](std::string_view expression) {
        const auto parsed = parseFilterExpression(expression);
        if (const auto* error = std::get_if<FilterParseError>(&parsed))
            qFatal("%s: %s", std::string(expression).c_str(), error->message.c_str());
        const Selection s = select(incident, std::get<Filter>(parsed), analysis->classColumns());
        return std::set<std::uint32_t>(s.rows.begin(), s.rows.end());
    };
    // Gorouter logs the LBs' request ids here: every request the LBs sent is joined to its line.
    QCOMPARE(rows("lb exists"), reached);
    QCOMPARE(rows("not lb exists").size(), incident.tables.requests.size() - reached.size());
    QCOMPARE(rows("lb.kind = haproxy"), haproxy);
    QCOMPARE(rows("lb.kind in (alb, elb)").size(), reached.size() - haproxy.size());
    // The LBs' own failures on requests that reached a router: they timed out waiting for it.
    QCOMPARE(rows("source = infrastructure"), infrastructure);
    QCOMPARE(rows("lb.status = 5xx and lb.target_status = -"), infrastructure);
    // Every one of them got no status from the router (other requests may lack one too: a client
    // that went away).
    const auto noTargetStatus = rows("lb.target_status = - and lb exists");
    QVERIFY(std::includes(noTargetStatus.begin(), noTargetStatus.end(), infrastructure.begin(),
                          infrastructure.end()));
    QCOMPARE(rows("source = infrastructure and not lb exists"), std::set<std::uint32_t>{});
    // The LB-answered failures without a router request are no request: the diagnosis counts them.
    QCOMPARE(analysis->diagnosis.lb.neverReached, lbOnlyFailures);
    QCOMPARE(rows("lb.status = 504 and lb.target_status = - and not source = infrastructure"),
             std::set<std::uint32_t>{});
}

QTEST_GUILESS_MAIN(TestFilterLb)
#include "tst_filterlb.moc"
