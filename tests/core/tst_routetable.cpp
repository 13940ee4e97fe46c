// Route-table replay, router dump diffs and flapping endpoints: crafted event sequences and
// the generator's ground truth.
#include "core/diagnosis/routetable.h"
#include "core/diagnosis/routetabledetail.h"
#include "core/diagnosis/staleroutes.h"
#include "core/formats/routedump.h"
#include "core/import/importer.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>
#include <string>

using namespace rs;

template <> inline char* QTest::toString(const std::string& text)
{
    return qstrdup(("\"" + text + "\"").c_str());
}

namespace {

QJsonObject generate(const QString& dir, const QStringList& extra)
{
    return test::generateBundle(dir, QStringList{QStringLiteral("--minutes"), QStringLiteral("8"),
                                                 QStringLiteral("--rps"), QStringLiteral("2")} +
                                         extra);
}

struct EventSpec {
    TimeNs time;
    RouterMessage message;
    const char* uri;
    const char* endpoint;
    const char* instance = "";
    const char* requestId = "";
};

void addEvent(Incident& incident, IdentityIndex router, const EventSpec& e)
{
    RouterEventTable& t = incident.tables.events;
    StringPool& pool = incident.tables.strings;
    t.time.push_back(e.time);
    t.identity.push_back(router);
    t.message.push_back(e.message);
    t.level.push_back(LogLevel::Info);
    t.action.push_back(pool.intern(routerMessageId(e.message)));
    t.error.push_back(StringPool::kEmpty);
    t.endpoint.push_back(pool.intern(e.endpoint));
    t.appId.push_back(pool.intern(*e.instance ? "app-1" : ""));
    t.instanceId.push_back(pool.intern(e.instance));
    t.uri.push_back(pool.intern(e.uri));
    t.requestId.push_back(makeRequestId(e.requestId, pool));
    t.attempt.push_back(1);
    t.numEndpoints.push_back(1);
    t.retriable.push_back(Tri::Unknown);
    t.connReused.push_back(Tri::Unknown);
    t.gotConnection.push_back(Tri::Unknown);
    t.wroteHeaders.push_back(Tri::Unknown);
    t.isTls.push_back(Tri::True);
    t.source.push(0, 0);
}

void addRequest(Incident& incident, IdentityIndex router, TimeNs start, const char* host,
                const char* requestId)
{
    RequestTable& t = incident.tables.requests;
    StringPool& pool = incident.tables.strings;
    t.start.push_back(start);
    t.responseTime.push_back(1000);
    t.gorouterTimeUs.push_back(-1);
    t.status.push_back(502);
    t.identity.push_back(router);
    t.host.push_back(pool.intern(host));
    for (auto* column : {&t.method, &t.backend, &t.appId, &t.appIndex, &t.instanceId, &t.routerError})
        column->push_back(StringPool::kEmpty);
    t.requestId.push_back(makeRequestId(requestId, pool));
    t.failedAttempts.push_back(1);
    t.source.push(0, 0);
}

std::set<std::string> addresses(const std::vector<TableEndpoint>& endpoints)
{
    std::set<std::string> out;
    for (const TableEndpoint& e : endpoints)
        out.insert(e.address);
    return out;
}

using Addrs = std::set<std::string>;

constexpr const char* kId1 = "0b6f2a4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b";

} // namespace

class TestRouteTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replayAnswers();
    void pruneFailedEndpointFindsItsPool();
    void removalNamesAPreLogEndpoint();
    void flapping();
    void groundTruth_data();
    void groundTruth();
    void pruneFollowsTheRequestPath();
    void requestPathReadsTheUriColumn();
    void ttlPrunesWhenRefreshesAreLoggedAndPrunesAreNot();
    void dumpAnchorsAtItsCaptureTime();
    void tableTruth_data();
    void tableTruth();
};

void TestRouteTable::replayAnswers()
{
    Incident incident;
    const IdentityIndex r = incident.tables.identityIndex({"router/r1", "router", "r1", {}});
    addEvent(incident, r, {100, RouterMessage::EndpointRegistered, "a.com", "1.1.1.1:1", "i1"});
    addEvent(incident, r, {150, RouterMessage::EndpointRegistered, "a.com", "1.1.1.2:2", "i2"});
    addEvent(incident, r, {200, RouterMessage::EndpointUnregistered, "a.com", "1.1.1.1:1", "i1"});
    addEvent(incident, r, {300, RouterMessage::PrunedRoute, "a.com", "1.1.1.2:2"});
    // The dump at 400 holds an endpoint no event mentions: it was there before, as far as we know.
    const std::string dump =
        R"({"a.com":[{"address":"1.1.1.3:3","tls":true,"ttl":120,"tags":{"component":"route-emitter","process_instance_id":"i3"},"private_instance_id":"i3"}],)"
        R"("b.com":[{"address":"1.1.1.4:4","tls":false,"ttl":120,"tags":null,"private_instance_id":"p4"}]})";
    incident.tables.routeSnapshots.push_back({r, 0, 400, parseRouteDump(dump).rows});
    addEvent(incident, r, {500, RouterMessage::PruneFailedEndpoint, "", "1.1.1.3:3", "i3"});
    addEvent(incident, r, {700, RouterMessage::RouteUnregistered, "b.com", ""});
    incident.begin = 100;
    incident.end = 700;

    const RouteTableReplay replay(incident);
    QCOMPARE(replay.routers(), std::vector<IdentityIndex>{r});
    QCOMPARE(addresses(replay.endpointsAt(r, "a.com", 50)), (Addrs{"1.1.1.3:3"}));
    QCOMPARE(addresses(replay.endpointsAt(r, "a.com", 120)), (Addrs{"1.1.1.1:1", "1.1.1.3:3"}));
    const auto at160 = replay.endpointsAt(r, "a.com", 160);
    QCOMPARE(addresses(at160), (Addrs{"1.1.1.1:1", "1.1.1.2:2", "1.1.1.3:3"}));
    QCOMPARE(at160[0].registeredSince, TimeNs{100});
    QCOMPARE(at160[0].instanceId, std::string("i1"));
    QVERIFY(!at160[0].fromDump);
    QCOMPARE(at160[1].registeredSince, TimeNs{150});
    QCOMPARE(at160[2].registeredSince, kNoTime);
    QVERIFY(at160[2].fromDump);
    QCOMPARE(addresses(replay.endpointsAt(r, "a.com", 250)), (Addrs{"1.1.1.2:2", "1.1.1.3:3"}));
    QCOMPARE(addresses(replay.endpointsAt(r, "a.com", 350)), (Addrs{"1.1.1.3:3"}));

    const auto at400 = replay.tableAt(r, 400);
    QCOMPARE(at400.size(), std::size_t{2});
    QCOMPARE(at400[0].route, std::string("a.com"));
    QCOMPARE(at400[0].address, std::string("1.1.1.3:3"));
    QCOMPARE(at400[0].instanceId, std::string("i3"));
    QCOMPARE(at400[0].ttl, 120);
    QCOMPARE(at400[0].tls, Tri::True);
    QVERIFY(at400[0].fromDump);
    QCOMPARE(at400[1].route, std::string("b.com"));
    QCOMPARE(at400[1].instanceId, std::string("p4"));
    QCOMPARE(at400[1].tls, Tri::False);

    QVERIFY(replay.endpointsAt(r, "a.com", 600).empty());
    QCOMPARE(addresses(replay.endpointsAt(r, "b.com", 650)), (Addrs{"1.1.1.4:4"}));
    QVERIFY(replay.endpointsAt(r, "b.com", 800).empty());
    QVERIFY(replay.tableAt(r, 800).empty());
    QVERIFY(replay.tableAt(r + 1, 800).empty());
}

// Gorouter prunes a failed endpoint from the pool of the request that failed, not from every
// pool that holds the address; the request's host says which.
void TestRouteTable::pruneFailedEndpointFindsItsPool()
{
    Incident incident;
    const IdentityIndex r = incident.tables.identityIndex({"router/r1", "router", "r1", {}});
    addEvent(incident, r, {450, RouterMessage::EndpointRegistered, "c.com", "1.1.1.5:5", "i5"});
    addEvent(incident, r, {450, RouterMessage::EndpointRegistered, "d.com/api", "1.1.1.5:5", "i5"});
    addEvent(incident, r, {450, RouterMessage::EndpointRegistered, "d.com/api", "1.1.1.6:6", "i6"});
    addEvent(incident, r, {510, RouterMessage::BackendEndpointFailed, "", "1.1.1.6:6", "i6", kId1});
    addEvent(incident, r, {511, RouterMessage::PruneFailedEndpoint, "", "1.1.1.6:6", "i6"});
    addEvent(incident, r, {520, RouterMessage::BackendEndpointFailed, "", "1.1.1.5:5", "i5", kId1});
    addEvent(incident, r, {521, RouterMessage::PruneFailedEndpoint, "", "1.1.1.5:5", "i5"});
    addRequest(incident, r, 505, "d.com", kId1);
    const RouteTableReplay replay(incident);
    QCOMPARE(addresses(replay.endpointsAt(r, "c.com", 600)), (Addrs{"1.1.1.5:5"}));
    QVERIFY(replay.endpointsAt(r, "d.com/api", 600).empty());
    QCOMPARE(addresses(replay.endpointsAt(r, "d.com/api", 515)), (Addrs{"1.1.1.5:5"}));
}

// An endpoint in the pool since before the logs, never registered in them: the prune that
// takes it out logs its instance, whose container crashed just before. From the crash on it
// is instance_missing (the cell saw it end), not before; the other address stays unmarked.
void TestRouteTable::removalNamesAPreLogEndpoint()
{
    constexpr TimeNs s = 1'000'000'000;
    Incident incident;
    const IdentityIndex r =
        incident.tables.identityIndex({"router/r1", "router", "r1", IdentityRole::Router});
    const IdentityIndex cell =
        incident.tables.identityIndex({"diego-cell/c1", "diego-cell", "c1", IdentityRole::Cell});
    addEvent(incident, r, {100 * s, RouterMessage::EndpointRegistered, "e.com", "5.5.5.6:6", "i6"});
    addEvent(incident, r, {130 * s, RouterMessage::BackendEndpointFailed, "", "5.5.5.5:5", "i5", kId1});
    addEvent(incident, r, {130 * s, RouterMessage::PruneFailedEndpoint, "", "5.5.5.5:5", "i5"});
    addRequest(incident, r, 130 * s - 5, "e.com", kId1);
    ContainerEventTable& c = incident.tables.containers;
    c.time.push_back(120 * s);
    c.identity.push_back(cell);
    c.kind.push_back(ContainerEventKind::Crashed);
    c.instanceGuid.push_back(incident.tables.strings.intern("i5"));
    c.processGuid.push_back(StringPool::kEmpty);
    c.reason.push_back(StringPool::kEmpty);
    c.exitStatus.push_back(137);
    c.oom.push_back(true);
    c.source.push(0, 0);

    const RouteTableReplay replay(incident);
    const StaleMarks marks(incident);
    const auto at = [&](TimeNs t) {
        std::map<std::string, std::string> out; // address -> mark
        for (const MarkedEndpoint& m : markedTableAt(replay, marks, r, t))
            out[m.endpoint.address] =
                m.endpoint.instanceId + ":" +
                (m.stale ? std::string(staleReasonId(m.stale->reason)) +
                               (m.stale->confidence == Confidence::Certain ? "/certain" : "/likely")
                         : std::string("none"));
        return out;
    };
    using Marks = std::map<std::string, std::string>;
    QCOMPARE(at(110 * s), (Marks{{"5.5.5.5:5", "i5:none"}, {"5.5.5.6:6", "i6:none"}}));
    QCOMPARE(at(125 * s), (Marks{{"5.5.5.5:5", "i5:instance_missing/certain"}, {"5.5.5.6:6", "i6:none"}}));
    QCOMPARE(at(135 * s), (Marks{{"5.5.5.6:6", "i6:none"}}));
}

void TestRouteTable::flapping()
{
    Incident incident;
    const IdentityIndex r = incident.tables.identityIndex({"router/r1", "router", "r1", {}});
    // 2.2.2.2:2 goes round three times; 3.3.3.3:3 only twice; 4.4.4.4:4 is unregistered by the
    // route emitter, which is no prune.
    addEvent(incident, r, {1000, RouterMessage::EndpointRegistered, "f.com", "2.2.2.2:2", "i2"});
    addEvent(incident, r, {1010, RouterMessage::PruneFailedEndpoint, "", "2.2.2.2:2", "i2"});
    addEvent(incident, r, {1020, RouterMessage::EndpointRegistered, "f.com", "2.2.2.2:2", "i2"});
    addEvent(incident, r, {1030, RouterMessage::PrunedRoute, "f.com", "2.2.2.2:2"});
    addEvent(incident, r, {1040, RouterMessage::EndpointRegistered, "f.com", "2.2.2.2:2", "i2"});
    addEvent(incident, r, {1050, RouterMessage::PruneFailedEndpoint, "", "2.2.2.2:2", "i2"});
    addEvent(incident, r, {1060, RouterMessage::EndpointRegistered, "f.com", "2.2.2.2:2", "i2"});
    for (TimeNs t = 1000; t < 1040; t += 20) {
        addEvent(incident, r, {t, RouterMessage::EndpointRegistered, "g.com", "3.3.3.3:3", "i3"});
        addEvent(incident, r, {t + 10, RouterMessage::PruneFailedEndpoint, "", "3.3.3.3:3", "i3"});
    }
    addEvent(incident, r, {1045, RouterMessage::EndpointRegistered, "g.com", "3.3.3.3:3", "i3"});
    for (TimeNs t = 1000; t < 1100; t += 20) {
        addEvent(incident, r, {t, RouterMessage::EndpointRegistered, "h.com", "4.4.4.4:4", "i4"});
        addEvent(incident, r, {t + 10, RouterMessage::EndpointUnregistered, "h.com", "4.4.4.4:4", "i4"});
    }
    const auto flaps = findFlappingEndpoints(incident);
    QCOMPARE(flaps.size(), std::size_t{1});
    QCOMPARE(flaps[0].router, r);
    QCOMPARE(flaps[0].route, std::string("f.com"));
    QCOMPARE(flaps[0].address, std::string("2.2.2.2:2"));
    QCOMPARE(flaps[0].prunes, 3);
    QCOMPARE(flaps[0].registrations, 4);
    QCOMPARE(flaps[0].first, TimeNs{1000});
    QCOMPARE(flaps[0].last, TimeNs{1060});
    QCOMPARE(findFlappingEndpoints(incident, 2).size(), std::size_t{2});
}

void TestRouteTable::groundTruth_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<QString>("seed");
    QTest::newRow("current") << "current"
                             << "3";
    QTest::newRow("no error text") << "no-error-text"
                                   << "11";
    QTest::newRow("pre-2019") << "pre-2019"
                              << "5";
}

void TestRouteTable::groundTruth()
{
    QFETCH(QString, era);
    QFETCH(QString, seed);
    QTemporaryDir dir;
    const QJsonObject truth =
        generate(dir.path(), {QStringLiteral("--era"), era, QStringLiteral("--seed"), seed});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    QVERIFY(incident->tables.routeSnapshots.size() >= 2);

    const auto routerList = [](const QJsonArray& a) {
        QStringList out;
        for (const QJsonValue v : a)
            out << v.toString();
        out.sort();
        return out.join(QLatin1Char(','));
    };
    std::set<QString> expected, got;
    for (const QJsonValue v : truth.value(QStringLiteral("router_diffs")).toArray()) {
        const QJsonObject o = v.toObject();
        expected.insert(o.value(QStringLiteral("route")).toString() + QLatin1Char('|') +
                        o.value(QStringLiteral("address")).toString() + QLatin1Char('|') +
                        o.value(QStringLiteral("instance_id")).toString() + QLatin1Char('|') +
                        routerList(o.value(QStringLiteral("present_on")).toArray()) + QLatin1Char('|') +
                        routerList(o.value(QStringLiteral("absent_on")).toArray()));
    }
    QVERIFY2(!expected.empty(), "the generator planted no router difference");
    for (const RouterDiffEntry& d : diffRouterDumps(*incident)) {
        QJsonArray present, absent;
        for (const IdentityIndex i : d.presentOn)
            present.append(QString::fromStdString(incident->identity(i).display));
        for (const IdentityIndex i : d.absentOn)
            absent.append(QString::fromStdString(incident->identity(i).display));
        got.insert(QString::fromStdString(d.route + '|' + d.address + '|' + d.instanceId + '|') +
                   routerList(present) + QLatin1Char('|') + routerList(absent));
    }
    QStringList missing, extra;
    for (const QString& e : expected)
        if (!got.count(e))
            missing << e;
    for (const QString& g : got)
        if (!expected.count(g))
            extra << g;
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(QStringLiteral("missing:\n%1\nextra:\n%2")
                            .arg(missing.join(QLatin1Char('\n')), extra.join(QLatin1Char('\n')))));

    // Replayed at its dump's time, every router's table is that dump.
    const RouteTableReplay replay(*incident);
    for (const RouteSnapshot& snap : incident->tables.routeSnapshots) {
        std::set<std::pair<std::string, std::string>> dumped, replayed;
        for (const RouteEndpointRow& row : snap.rows)
            dumped.insert({row.route, row.address});
        const TimeNs at =
            replay.captures()
                .routes[static_cast<std::size_t>(&snap - incident->tables.routeSnapshots.data())]
                .at;
        for (const TableEndpoint& e : replay.tableAt(snap.identity, at))
            replayed.insert({e.route, e.address});
        QCOMPARE(replayed.size(), dumped.size());
        QVERIFY(replayed == dumped);
    }
}

// Gorouter prunes a failed endpoint from the pool the request went through: with a bare host
// and a path route of the same host holding one address, the request's path decides.
// The replay matches a request to a route with a path by the request's path: read from the URI
// column (a pread of the raw line per request made a reopen's replay seconds of reads), it must be
// the path the raw line has.
void TestRouteTable::requestPathReadsTheUriColumn()
{
    QTemporaryDir dir;
    QVERIFY(!generate(dir.path(), {QStringLiteral("--routers"), QStringLiteral("2"), QStringLiteral("--seed"),
                                   QStringLiteral("5")})
                 .isEmpty());
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    RequestTable& requests = incident->tables.requests;
    QVERIFY(requests.size() > 100);
    QVERIFY(requests.hasUri());
    std::vector<std::string> fromColumn;
    std::size_t withQuery = 0;
    for (std::size_t row = 0; row < requests.size(); ++row) {
        fromColumn.push_back(detail::requestPath(*incident, row));
        withQuery += incident->str(requests.uri[row]).find('?') != std::string_view::npos ? 1 : 0;
    }
    QVERIFY(withQuery > 0); // the query is cut off
    requests.uri.clear(); // the raw line is read instead
    QVERIFY(!requests.hasUri());
    for (std::size_t row = 0; row < requests.size(); ++row) {
        QVERIFY(!fromColumn[row].empty());
        QCOMPARE(fromColumn[row], detail::requestPath(*incident, row));
    }
}

void TestRouteTable::pruneFollowsTheRequestPath()
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.path() + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    QDir().mkpath(dir.path() + QStringLiteral("/router.r1.2026-10-14-09-30-00/gorouter"));
    const QByteArray id = "0b6f2a4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    const auto event = [](const char* time, const char* message, const QByteArray& data) {
        return QByteArray(R"({"log_level":1,"timestamp":")") + time + R"(","message":")" + message +
               R"(","source":"vcap.gorouter","data":{)" + data + "}}\n";
    };
    QByteArray log;
    for (const char* uri : {"shop.example.com", "shop.example.com/admin"})
        log += event("2026-10-14T09:00:00.000000000Z", "endpoint-registered",
                     QByteArray(R"("uri":")") + uri + R"(","backend":"10.0.0.5:61002","isTLS":true)");
    log += event(
        "2026-10-14T09:00:05.000000000Z", "backend-endpoint-failed",
        R"("route-endpoint":{"ApplicationId":"a","Addr":"10.0.0.5:61002","Tags":{}},"error":"dial tcp: connection refused","attempt":1,"vcap_request_id":")" +
            id + R"(")");
    log += event("2026-10-14T09:00:05.001000000Z", "prune-failed-endpoint",
                 R"("route-endpoint":{"ApplicationId":"a","Addr":"10.0.0.5:61002","Tags":{}})");
    write(QStringLiteral("router.r1.2026-10-14-09-30-00/gorouter/gorouter.stdout.log"), log);
    write(
        QStringLiteral("router.r1.2026-10-14-09-30-00/gorouter/access.log"),
        R"(shop.example.com - [2026-10-14T09:00:04.990000000Z] "GET /admin/users HTTP/1.1" 502 0 67 "-" "curl/8" "10.0.9.1:5000" "10.0.0.5:61002" x_forwarded_for:"-" x_forwarded_proto:"https" vcap_request_id:")" +
            id +
            R"x(" response_time:0.011 gorouter_time:0.001 app_id:"a" app_index:"0" instance_id:"-" failed_attempts:1 failed_attempts_time:0.010 dns_time:- dial_time:- tls_time:- backend_time:- x_cf_routererror:"endpoint_failure (dial tcp: connection refused)")x"
            "\n");
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    QCOMPARE(incident->tables.requests.size(), std::size_t{1});
    const RouteTableReplay replay(*incident);
    QCOMPARE(replay.routers().size(), std::size_t{1});
    const IdentityIndex r = replay.routers().front();
    const TimeNs after = parseRfc3339("2026-10-14T09:00:06Z");
    QCOMPARE(addresses(replay.endpointsAt(r, "shop.example.com", after)), (Addrs{"10.0.0.5:61002"}));
    QVERIFY(replay.endpointsAt(r, "shop.example.com/admin", after).empty());
}

// Where a router logs every refresh (debug level) and no pruned-route lines, silence for a TTL
// means Gorouter pruned the endpoint; where it logs pruned-route, only those lines prune.
void TestRouteTable::ttlPrunesWhenRefreshesAreLoggedAndPrunesAreNot()
{
    constexpr TimeNs s = 1'000'000'000;
    const auto build = [](Incident& incident, bool natsAway) {
        const IdentityIndex quiet =
            incident.tables.identityIndex({"router/q", "router", "q", IdentityRole::Router});
        const IdentityIndex loud =
            incident.tables.identityIndex({"router/l", "router", "l", IdentityRole::Router});
        for (const IdentityIndex r : {quiet, loud})
            for (TimeNs t = 0; t <= 60 * s; t += 20 * s) {
                addEvent(incident, r,
                         {1000 * s + t, RouterMessage::EndpointRegistered, "a.com", "1.1.1.1:1", "i1"});
                addEvent(incident, r,
                         {1000 * s + t, RouterMessage::EndpointRegistered, "a.com", "1.1.1.2:2", "i2"});
            }
        // The second endpoint keeps being refreshed; the first stops at 1060 s.
        for (const IdentityIndex r : {quiet, loud})
            for (TimeNs t = 80 * s; t <= 400 * s; t += 20 * s)
                addEvent(incident, r,
                         {1000 * s + t, RouterMessage::EndpointRegistered, "a.com", "1.1.1.2:2", "i2"});
        addEvent(incident, loud, {1300 * s, RouterMessage::PrunedRoute, "a.com", "1.1.1.2:2"});
        if (natsAway) {
            // No pruning while NATS is away, and everything counts as fresh when it is back.
            addEvent(incident, quiet, {1050 * s, RouterMessage::NatsDisconnected, "", ""});
            addEvent(incident, quiet, {1200 * s, RouterMessage::NatsReconnected, "", ""});
        }
        return std::make_pair(quiet, loud);
    };
    Incident incident;
    const auto [quiet, loud] = build(incident, false);
    const RouteTableReplay replay(incident);
    QCOMPARE(addresses(replay.endpointsAt(quiet, "a.com", 1179 * s)), (Addrs{"1.1.1.1:1", "1.1.1.2:2"}));
    QCOMPARE(addresses(replay.endpointsAt(quiet, "a.com", 1181 * s)), (Addrs{"1.1.1.2:2"}));
    QCOMPARE(addresses(replay.endpointsAt(quiet, "a.com", 1521 * s)), Addrs{});
    QCOMPARE(addresses(replay.endpointsAt(loud, "a.com", 1181 * s)), (Addrs{"1.1.1.1:1", "1.1.1.2:2"}));
    QCOMPARE(addresses(replay.endpointsAt(loud, "a.com", 1300 * s)), (Addrs{"1.1.1.1:1"}));
    QCOMPARE(addresses(replay.endpointsAt(loud, "a.com", 1320 * s)), (Addrs{"1.1.1.1:1", "1.1.1.2:2"}));

    Incident nats;
    const auto [quietAway, loudAway] = build(nats, true);
    Q_UNUSED(loudAway);
    const RouteTableReplay away(nats);
    QCOMPARE(addresses(away.endpointsAt(quietAway, "a.com", 1250 * s)), (Addrs{"1.1.1.1:1", "1.1.1.2:2"}));
    QCOMPARE(addresses(away.endpointsAt(quietAway, "a.com", 1321 * s)), (Addrs{"1.1.1.2:2"}));
}

// A dump resets the router's table at its capture time; the file's mtime (copied months later)
// does not date it when the bundle does.
void TestRouteTable::dumpAnchorsAtItsCaptureTime()
{
    QTemporaryDir dir;
    const QString vm = dir.path() + QStringLiteral("/router.r1.2026-10-14-09-30-00");
    QDir().mkpath(vm + QStringLiteral("/gorouter"));
    QFile log(vm + QStringLiteral("/gorouter/gorouter.stdout.log"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(
        R"({"log_level":1,"timestamp":"2026-10-14T09:00:00.000000000Z","message":"endpoint-registered","source":"vcap.gorouter","data":{"uri":"a.com","backend":"1.1.1.1:1","isTLS":true}})"
        "\n"
        R"({"log_level":1,"timestamp":"2026-10-14T09:20:00.000000000Z","message":"endpoint-registered","source":"vcap.gorouter","data":{"uri":"a.com","backend":"1.1.1.2:2","isTLS":true}})"
        "\n");
    log.close();
    // Taken after the last line, missing 1.1.1.1 (removed without a log line) and holding 1.1.1.3.
    QFile dump(vm + QStringLiteral("/routes.json"));
    QVERIFY(dump.open(QIODevice::WriteOnly));
    dump.write(
        R"({"a.com":[{"address":"1.1.1.2:2","tls":true,"ttl":120,"tags":{}},{"address":"1.1.1.3:3","tls":true,"ttl":120,"tags":{}}]})"
        "\n");
    dump.close();
    QVERIFY(dump.open(QIODevice::ReadWrite));
    QVERIFY(dump.setFileTime(QDateTime(QDate(2026, 12, 24), QTime(12, 0), Qt::UTC),
                             QFileDevice::FileModificationTime));
    dump.close();
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    QCOMPARE(incident->tables.routeSnapshots.size(), std::size_t{1});
    const RouteTableReplay replay(*incident);
    const CaptureTime captured = replay.captures().routes.front();
    QCOMPARE(captured.source, CaptureSource::RouterLogEnd);
    QCOMPARE(formatTimeUtc(captured.at), std::string("2026-10-14T09:20:00.000000000Z"));
    const IdentityIndex r = incident->tables.routeSnapshots.front().identity;
    // 1.1.1.3 was there all along as far as anything says; 1.1.1.1 until the dump.
    QCOMPARE(addresses(replay.endpointsAt(r, "a.com", parseRfc3339("2026-10-14T09:10:00Z"))),
             (Addrs{"1.1.1.1:1", "1.1.1.3:3"}));
    QCOMPARE(addresses(replay.endpointsAt(r, "a.com", parseRfc3339("2026-10-14T09:20:00Z"))),
             (Addrs{"1.1.1.2:2", "1.1.1.3:3"}));
    QCOMPARE(addresses(replay.endpointsAt(r, "a.com", parseRfc3339("2026-11-01T00:00:00Z"))),
             (Addrs{"1.1.1.2:2", "1.1.1.3:3"}));
}

void TestRouteTable::tableTruth_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("layout");
    for (const char* seed : {"3", "8", "21"}) {
        QTest::newRow(qPrintable(QStringLiteral("current %1").arg(QLatin1String(seed))))
            << "current" << seed << "bosh";
        QTest::newRow(qPrintable(QStringLiteral("no error text %1").arg(QLatin1String(seed))))
            << "no-error-text" << seed << "dir";
        QTest::newRow(qPrintable(QStringLiteral("pre-2019 %1").arg(QLatin1String(seed))))
            << "pre-2019" << seed << "zip";
    }
}

// The generator's route-table truth at its sample times: every row the bundle lets one know,
// compared with the replayed table and its marks.
void TestRouteTable::tableTruth()
{
    QFETCH(QString, era);
    QFETCH(QString, seed);
    QFETCH(QString, layout);
    QTemporaryDir dir;
    const QJsonObject truth = generate(dir.path(), {QStringLiteral("--era"), era, QStringLiteral("--seed"),
                                                    seed, QStringLiteral("--layout"), layout,
                                                    QStringLiteral("--rps"), QStringLiteral("1")});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    const RouteTableReplay replay(*incident);
    const StaleMarks marks(*incident);
    std::map<std::string, IdentityIndex> routers;
    for (const IdentityIndex r : replay.routers())
        routers[incident->identity(r).display] = r;

    std::map<std::pair<IdentityIndex, TimeNs>, std::map<std::pair<std::string, std::string>, MarkedEndpoint>>
        tables;
    const auto table = [&](IdentityIndex router, TimeNs at) -> const auto&
    {
        auto& t = tables[{router, at}];
        if (t.empty())
            for (MarkedEndpoint& m : markedTableAt(replay, marks, router, at))
                t.emplace(std::make_pair(m.endpoint.route, m.endpoint.address), std::move(m));
        return t;
    };
    QStringList wrong;
    std::map<std::string, int> comparedReasons;
    int comparedPresence = 0;
    for (const QJsonValue v : truth.value(QStringLiteral("route_table")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::string routerName = o.value(QStringLiteral("router")).toString().toStdString();
        QVERIFY2(routers.count(routerName), routerName.c_str());
        const TimeNs at = parseRfc3339(o.value(QStringLiteral("at")).toString().toStdString());
        const std::pair<std::string, std::string> key{
            o.value(QStringLiteral("route")).toString().toStdString(),
            o.value(QStringLiteral("address")).toString().toStdString()};
        const auto& shown = table(routers[routerName], at);
        const auto found = shown.find(key);
        const bool present = o.value(QStringLiteral("present")).toBool();
        const QString where =
            QStringLiteral("%1 %2 %3 %4")
                .arg(QString::fromStdString(routerName), o.value(QStringLiteral("at")).toString(),
                     QString::fromStdString(key.first), QString::fromStdString(key.second));
        if (o.value(QStringLiteral("presence_known")).toBool()) {
            ++comparedPresence;
            if (present != (found != shown.end()))
                wrong << where + (present ? QStringLiteral(": missing") : QStringLiteral(": extra"));
        }
        if (!present || found == shown.end() || !o.value(QStringLiteral("stale_known")).toBool())
            continue;
        const std::string expected = o.value(QStringLiteral("stale")).toString().toStdString();
        const std::string got = found->second.stale ? std::string(staleReasonId(found->second.stale->reason))
                                                    : std::string("none");
        ++comparedReasons[expected];
        if (got != expected)
            wrong << where + QStringLiteral(": %1, expected %2")
                                 .arg(QString::fromStdString(got), QString::fromStdString(expected));
    }
    if (!qEnvironmentVariableIsEmpty("RS_SHOW_WRONG"))
        for (const QString& w : wrong)
            qInfo().noquote() << w;
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 wrong:\n").arg(wrong.size()) +
                                         wrong.mid(0, 30).join(QLatin1Char('\n'))));
    QVERIFY(comparedPresence > 100);
    QVERIFY(comparedReasons["none"] > 50);
    QVERIFY(comparedReasons["address_reused"] > 0);
    QVERIFY(comparedReasons["port_mismatch"] > 0);
    if (era == QLatin1String("current"))
        QVERIFY(comparedReasons["instance_missing"] > 0);
}

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
