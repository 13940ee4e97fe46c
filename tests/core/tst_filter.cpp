// select(): every Filter member alone and combined picks exactly the expected requests of a
// small crafted incident; time bounds are half-open; the threaded scan equals a naive one.
#include "core/import/importer.h"
#include "core/query/classnames.h"
#include "core/query/filter.h"
#include "core/util/timeparse.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>

using namespace rs;

namespace {

struct Line {
    int second;
    const char* id;
    const char* host;
    int status;
    const char* backend;
    const char* app;
    const char* instance;
    const char* routerError;
    const char* userAgent;
    const char* errorClass;
    const char* source;
};

// r01–r04 on router/0, r05–r08 on router/1.
const Line kLines[] = {
    {1, "r01", "a.example.com", 200, "10.0.16.5:61012", "app-a", "inst-1", "-", "curl/8", "ok", "none"},
    {2, "r02", "a.example.com", 502, "10.0.16.5:61012", "app-a", "inst-1", "endpoint_failure", "curl/8",
     "dial", "app_or_platform"},
    {3, "r03", "b.example.com", 503, "-", "-", "-", "no_endpoints", "curl/8", "no_endpoints",
     "app_or_platform"},
    {4, "r04", "b.example.com", 404, "10.0.16.6:61000", "app-b", "inst-2", "-", "curl/8", "app_response",
     "app"},
    {5, "r05", "a.example.com", 200, "10.0.16.6:61000", "app-b", "inst-2", "-", "Mozilla/5.0", "ok", "none"},
    {6, "r06", "c.example.com", 301, "10.0.16.7:61001", "app-c", "inst-3", "-", "curl/8", "ok", "none"},
    {7, "r07", "a.example.com", 525, "10.0.16.7:61001", "app-c", "inst-3", "endpoint_failure", "curl/8",
     "tls_to_non_tls_backend", "platform"},
    {8, "r08", "c.example.com", 101, "10.0.16.7:61001", "app-c", "-", "-", "curl/8", "ok", "none"},
};

std::string accessLine(const Line& l)
{
    const std::string second = (l.second < 10 ? "0" : "") + std::to_string(l.second);
    return std::string(l.host) + " - [2026-10-14T09:00:" + second + ".000000000Z] \"GET /x HTTP/1.1\" " +
           std::to_string(l.status) + " 0 12 \"-\" \"" + l.userAgent + "\" \"10.0.0.1:5000\" \"" + l.backend +
           "\" x_forwarded_for:\"1.2.3.4\" x_forwarded_proto:\"https\" vcap_request_id:\"" + l.id +
           "\" response_time:0.010000 gorouter_time:0.000100 app_id:\"" + l.app +
           "\" app_index:\"0\" instance_id:\"" + l.instance + "\" x_cf_routererror:\"" + l.routerError +
           "\"\n";
}

TimeNs at(int second)
{
    return makeTimeUtc(2026, 10, 14, 9, 0, second, 0);
}

struct Fixture {
    QTemporaryDir dir;
    std::shared_ptr<Incident> incident;
    std::vector<std::uint8_t> classes, sources;
    ClassColumns columns() const { return {classes, sources}; }
};

const Fixture& fixture()
{
    static const auto f = [] {
        auto fx = std::make_unique<Fixture>();
        for (int router = 0; router < 2; ++router) {
            const QString path =
                fx->dir.path() + QStringLiteral("/router/%1/gorouter/access.log").arg(router);
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            for (int i = 0; i < 4; ++i) {
                const std::string line = accessLine(kLines[router * 4 + i]);
                file.write(line.data(), static_cast<qint64>(line.size()));
            }
        }
        fx->incident = Importer().importPaths({fx->dir.path().toStdString()});
        // The diagnosis columns as the engine would fill them, looked up by request id.
        const auto& requests = fx->incident->tables.requests;
        for (std::size_t row = 0; row < requests.size(); ++row) {
            const std::string id = fx->incident->requestIdText(requests.requestId[row]);
            for (const auto& l : kLines) {
                if (id == l.id) {
                    fx->classes.push_back(*query::classValue(l.errorClass));
                    fx->sources.push_back(*query::sourceValue(l.source));
                }
            }
        }
        return fx;
    }();
    return *f;
}

QStringList ids(const Selection& selection)
{
    const auto& f = fixture();
    QStringList out;
    for (const auto row : selection.rows)
        out << QString::fromStdString(f.incident->requestIdText(f.incident->tables.requests.requestId[row]));
    out.sort();
    return out;
}

QStringList ids(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

// An incident built straight into the columns: big enough to take the threaded path.
std::unique_ptr<Incident> synthetic(std::size_t rows, std::vector<std::uint8_t>& classes,
                                    std::vector<std::uint8_t>& sources)
{
    auto incident = std::make_unique<Incident>();
    auto& t = incident->tables;
    t.identities = {{"router/0", "router", "0", IdentityRole::Router},
                    {"router/1", "router", "1", IdentityRole::Router}};
    std::vector<StringPool::Id> hosts, backends;
    for (int i = 0; i < 20; ++i)
        hosts.push_back(t.strings.intern("host" + std::to_string(i) + ".example.com"));
    for (int i = 0; i < 20; ++i)
        backends.push_back(t.strings.intern("10.0.0." + std::to_string(i) + ":61000"));
    std::mt19937 random(7);
    auto& r = t.requests;
    for (std::size_t i = 0; i < rows; ++i) {
        r.start.push_back(at(0) + static_cast<TimeNs>(i) * 1'000'000);
        r.responseTime.push_back(static_cast<DurationNs>(random() % 1'000'000'000));
        r.status.push_back(
            static_cast<std::uint16_t>(std::array{200, 200, 200, 404, 502, 503, 0}[random() % 7]));
        r.identity.push_back(random() % 2);
        r.host.push_back(hosts[random() % hosts.size()]);
        r.backend.push_back(backends[random() % backends.size()]);
        r.appId.push_back(StringPool::kEmpty);
        r.instanceId.push_back(StringPool::kEmpty);
        r.appIndex.push_back(StringPool::kEmpty);
        classes.push_back(static_cast<std::uint8_t>(random() % kErrorClassCount));
        sources.push_back(static_cast<std::uint8_t>(random() % kSourceCount));
    }
    return incident;
}

} // namespace

class TestFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importedAllLines();
    void emptyFilterSelectsEverything();
    void eachMemberAlone();
    void membersCombine();
    void timeBoundsAreHalfOpen();
    void freeTextIsCaseInsensitive();
    void classesWithoutDiagnosisMatchNothing();
    void unknownValuesMatchNothing();
    void threadedScanEqualsNaiveScan();
    void explicitRowsNarrowLikeAnyMember();
};

void TestFilter::importedAllLines()
{
    const auto& f = fixture();
    QCOMPARE(f.incident->tables.requests.size(), std::size(kLines));
    QCOMPARE(f.classes.size(), std::size(kLines));
}

void TestFilter::emptyFilterSelectsEverything()
{
    QVERIFY(Filter{}.isEmpty());
    const auto s = select(*fixture().incident, Filter{});
    QCOMPARE(s.rows.size(), std::size(kLines));
    QVERIFY(std::is_sorted(s.rows.begin(), s.rows.end()));
}

void TestFilter::eachMemberAlone()
{
    const auto& f = fixture();
    struct Case {
        const char* name;
        Filter filter;
        QStringList expected;
    };
    const auto make = [](auto set) {
        Filter filter;
        set(filter);
        return filter;
    };
    const std::vector<Case> cases = {
        {"router", make([](Filter& x) { x.routers = {"router/1"}; }), ids({"r05", "r06", "r07", "r08"})},
        {"router id", make([](Filter& x) { x.routers = {"0"}; }), ids({"r01", "r02", "r03", "r04"})},
        {"hosts", make([](Filter& x) {
             x.hosts = {"b.example.com", "c.example.com"};
         }),
         ids({"r03", "r04", "r06", "r08"})},
        {"apps", make([](Filter& x) { x.apps = {"app-b"}; }), ids({"r04", "r05"})},
        {"missing app", make([](Filter& x) { x.apps = {"-"}; }), ids({"r03"})},
        {"backends", make([](Filter& x) { x.backends = {"10.0.16.5:61012"}; }), ids({"r01", "r02"})},
        {"instances", make([](Filter& x) { x.instances = {"inst-3"}; }), ids({"r06", "r07"})},
        {"instance key", make([](Filter& x) {
             x.instances = {"app-c/0", "app-a/inst-1"};
         }),
         ids({"r01", "r02", "r08"})},
        {"status 5xx", make([](Filter& x) {
             x.statuses = {{500, 599}};
         }),
         ids({"r02", "r03", "r07"})},
        {"status list", make([](Filter& x) {
             x.statuses = {{101, 101}, {404, 404}};
         }),
         ids({"r04", "r08"})},
        {"classes", make([](Filter& x) {
             x.classes = {*query::classValue("dial"), *query::classValue("no_endpoints")};
         }),
         ids({"r02", "r03"})},
        {"sources", make([](Filter& x) { x.sources = {*query::sourceValue("platform")}; }), ids({"r07"})},
        {"text", make([](Filter& x) { x.text = "mozilla"; }), ids({"r05"})},
    };
    for (const auto& c : cases) {
        QVERIFY2(!c.filter.isEmpty(), c.name);
        const QStringList got = ids(select(*f.incident, c.filter, f.columns()));
        QVERIFY2(got == c.expected,
                 qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ") + got.join(QLatin1Char(','))));
    }
}

void TestFilter::membersCombine()
{
    const auto& f = fixture();
    Filter filter;
    filter.hosts = {"a.example.com"};
    filter.statuses = {{500, 599}};
    QCOMPARE(ids(select(*f.incident, filter, f.columns())), ids({"r02", "r07"}));
    filter.routers = {"router/0"};
    QCOMPARE(ids(select(*f.incident, filter, f.columns())), ids({"r02"}));
    filter.text = "ENDPOINT_FAILURE";
    QCOMPARE(ids(select(*f.incident, filter, f.columns())), ids({"r02"}));
    filter.backends = {"10.0.16.6:61000"};
    QCOMPARE(ids(select(*f.incident, filter, f.columns())), QStringList());
}

void TestFilter::timeBoundsAreHalfOpen()
{
    const auto& f = fixture();
    Filter filter;
    filter.from = at(2);
    filter.to = at(5);
    QCOMPARE(ids(select(*f.incident, filter)), ids({"r02", "r03", "r04"}));
    filter.to = kNoTime;
    QCOMPARE(ids(select(*f.incident, filter)), ids({"r02", "r03", "r04", "r05", "r06", "r07", "r08"}));
    filter.from = kNoTime;
    filter.to = at(2);
    QCOMPARE(ids(select(*f.incident, filter)), ids({"r01"}));
    filter.from = at(2);
    QCOMPARE(ids(select(*f.incident, filter)), QStringList());
}

void TestFilter::freeTextIsCaseInsensitive()
{
    const auto& f = fixture();
    Filter filter;
    filter.text = "No_Endpoints";
    QCOMPARE(ids(select(*f.incident, filter)), ids({"r03"}));
    filter.text = "vcap_request_id:\"r0";
    QCOMPARE(select(*f.incident, filter).rows.size(), std::size(kLines));
    filter.text = "nowhere in any line";
    QCOMPARE(ids(select(*f.incident, filter)), QStringList());
}

void TestFilter::classesWithoutDiagnosisMatchNothing()
{
    const auto& f = fixture();
    Filter filter;
    filter.classes = {query::kClassOk};
    QVERIFY(select(*f.incident, filter).rows.empty());
    filter = {};
    filter.sources = {0};
    QVERIFY(select(*f.incident, filter).rows.empty());
}

void TestFilter::unknownValuesMatchNothing()
{
    const auto& f = fixture();
    for (auto member :
         {&Filter::routers, &Filter::hosts, &Filter::apps, &Filter::backends, &Filter::instances}) {
        Filter filter;
        (filter.*member) = {"no-such-value"};
        QVERIFY(select(*f.incident, filter).rows.empty());
        (filter.*member).push_back("also-unknown");
        QVERIFY(select(*f.incident, filter).rows.empty());
    }
}

void TestFilter::threadedScanEqualsNaiveScan()
{
    std::vector<std::uint8_t> classes, sources;
    const auto incident = synthetic(700'000, classes, sources);
    const auto& r = incident->tables.requests;
    Filter filter;
    filter.from = at(0) + 10 * 1'000'000'000LL;
    filter.to = at(0) + 650 * 1'000'000'000LL;
    filter.statuses = {{500, 599}, {0, 0}};
    filter.routers = {"router/1"};
    filter.hosts = {"host3.example.com", "host4.example.com", "host5.example.com"};
    filter.classes = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    filter.sources = {1, 2, 5};
    const StringPool::Id h3 = incident->tables.strings.find("host3.example.com");
    std::vector<std::uint32_t> expected;
    for (std::uint32_t row = 0; row < r.size(); ++row) {
        const bool pass = r.start[row] >= filter.from && r.start[row] < filter.to &&
                          (r.status[row] == 0 || (r.status[row] >= 500 && r.status[row] <= 599)) &&
                          r.identity[row] == 1 && r.host[row] >= h3 && r.host[row] <= h3 + 2 &&
                          classes[row] >= 3 && classes[row] <= 12 &&
                          (sources[row] == 1 || sources[row] == 2 || sources[row] == 5);
        if (pass)
            expected.push_back(row);
    }
    QVERIFY(!expected.empty());
    const auto got = select(*incident, filter, {classes, sources});
    QCOMPARE(got.rows.size(), expected.size());
    QVERIFY(got.rows == expected);
}

void TestFilter::explicitRowsNarrowLikeAnyMember()
{
    const auto& f = fixture();
    const auto rowsOf = [&](QStringList names) {
        std::vector<std::uint32_t> rows;
        const auto& r = f.incident->tables.requests;
        for (std::uint32_t row = 0; row < r.size(); ++row) {
            if (names.contains(QString::fromStdString(f.incident->requestIdText(r.requestId[row]))))
                rows.push_back(row);
        }
        return std::make_shared<const std::vector<std::uint32_t>>(std::move(rows));
    };
    Filter filter;
    filter.rows = rowsOf(ids({"r02", "r03", "r05"}));
    QVERIFY(!filter.isEmpty());
    QCOMPARE(ids(select(*f.incident, filter, f.columns())), ids({"r02", "r03", "r05"}));
    filter.statuses = {{500, 599}};
    QCOMPARE(ids(select(*f.incident, filter, f.columns())), ids({"r02", "r03"}));
    // Rows beyond the table (a finding of another incident) match nothing rather than crash.
    filter.rows = std::make_shared<const std::vector<std::uint32_t>>(std::vector<std::uint32_t>{1'000'000});
    QVERIFY(select(*f.incident, filter, f.columns()).rows.empty());
    // Equal only when they share the list: the history compares filters cheaply.
    Filter a, b;
    a.rows = rowsOf(ids({"r01"}));
    b.rows = rowsOf(ids({"r01"}));
    QVERIFY(!(a == b));
    b.rows = a.rows;
    QVERIFY(a == b);
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
