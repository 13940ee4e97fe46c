// Route-table replay, router dump diffs and flapping endpoints: crafted event sequences and
// the generator's ground truth.
#include "core/diagnosis/routetable.h"
#include "core/formats/routedump.h"
#include "core/import/importer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>
#include <string>

using namespace rs;

template <> inline char* QTest::toString(const std::string& text)
{
    return qstrdup(("\"" + text + "\"").c_str());
}

namespace {

const QString kGenerator = QStringLiteral(ROUTESCOPE_BINARY_DIR "/gen-bundle");

QJsonObject generate(const QString& dir, const QStringList& extra)
{
    QProcess gen;
    gen.start(kGenerator, QStringList{QStringLiteral("--out"), dir, QStringLiteral("--minutes"),
                                      QStringLiteral("8"), QStringLiteral("--rps"), QStringLiteral("2")} +
                              extra);
    if (!gen.waitForFinished(300000) || gen.exitCode() != 0)
        return {};
    QFile truth(dir + QStringLiteral("/truth.json"));
    if (!truth.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(truth.readAll()).object();
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
    void flapping();
    void groundTruth_data();
    void groundTruth();
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
        const TimeNs at = snap.takenAt != kNoTime ? snap.takenAt : incident->end;
        for (const TableEndpoint& e : replay.tableAt(snap.identity, at))
            replayed.insert({e.route, e.address});
        QCOMPARE(replayed.size(), dumped.size());
        QVERIFY(replayed == dumped);
    }
}

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
