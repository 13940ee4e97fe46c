// Stale routes (DESIGN.md §6): the generator's ground truth in every era, the real
// stale-route-detector samples as a human reads them, and one crafted case per reason.
#include "core/diagnosis/staleroutes.h"
#include "core/formats/lrps.h"
#include "core/formats/routedump.h"
#include "core/import/importer.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <string>

using namespace rs;

namespace {

QJsonObject generate(const QString& dir, const QStringList& extra)
{
    return test::generateBundle(dir, QStringList{QStringLiteral("--minutes"), QStringLiteral("8"),
                                                 QStringLiteral("--rps"), QStringLiteral("2")} +
                                         extra);
}

std::string line(std::string_view router, std::string_view route, std::string_view address,
                 std::string_view instance, std::string_view reason, std::string_view owner)
{
    std::string s;
    for (const std::string_view part : {router, route, address, instance, reason, owner}) {
        s += part;
        s += '|';
    }
    return s;
}

std::set<std::string> found(const Incident& incident, bool withMismatch = false)
{
    std::set<std::string> out;
    for (const StaleEndpoint& e : findStaleEndpoints(incident))
        if (withMismatch || e.reason != StaleReason::InstanceIdMismatch)
            out.insert(line(incident.identity(e.router).display, e.route, e.address, e.instanceId,
                            staleReasonId(e.reason), e.ownerInstanceId));
    return out;
}

QString joined(const std::set<std::string>& lines)
{
    QStringList out;
    for (const std::string& l : lines)
        out << QString::fromStdString(l);
    return out.join(QLatin1Char('\n'));
}

// One cell, 10.0.0.1: instance A on host port 61000 / TLS proxy 61002, instance B on
// 61004 / 61006; on 10.0.0.2 instance D is CLAIMED (its ports are taken already); one
// crashed instance without a guid.
constexpr const char* kLrps[] = {
    R"j({"process_guid":"pg-a","index":0,"instance_guid":"inst-a","cell_id":"c1","address":"10.0.0.1","ports":[{"container_port":8080,"host_port":61000,"container_tls_proxy_port":61001,"host_tls_proxy_port":61002},{"container_port":2222,"host_port":61001,"container_tls_proxy_port":61002,"host_tls_proxy_port":61003}],"state":"RUNNING","since":1})j",
    R"j({"process_guid":"pg-b","index":0,"instance_guid":"inst-b","cell_id":"c1","address":"10.0.0.1","ports":[{"container_port":8080,"host_port":61004,"container_tls_proxy_port":61001,"host_tls_proxy_port":61006}],"state":"RUNNING","since":1})j",
    R"j({"process_guid":"pg-d","index":0,"instance_guid":"inst-d","cell_id":"c2","address":"10.0.0.2","ports":[{"container_port":8080,"host_port":61008,"container_tls_proxy_port":61001,"host_tls_proxy_port":61010}],"state":"CLAIMED","since":1})j",
    R"j({"process_guid":"pg-c","index":1,"instance_guid":"","cell_id":"","address":"","ports":null,"state":"CRASHED","since":1})j",
};

std::string appEp(const char* address, const char* tls, const char* processInstance,
                  const char* privateInstance)
{
    std::string s = std::string(R"({"address":")") + address + '"';
    if (*tls)
        s += std::string(R"(,"tls":)") + tls;
    s += R"(,"ttl":120,"tags":{"app_id":"app-1","component":"route-emitter","process_instance_id":")";
    s += processInstance;
    s += R"("},"private_instance_id":")";
    s += privateInstance;
    s += R"("})";
    return s;
}

std::string craftedDump()
{
    std::string s = R"({"app.example.com":[)";
    s += appEp("10.0.0.1:61002", "true", "inst-a", "inst-a") + ',';        // A's TLS proxy port: fine
    s += appEp("10.0.0.1:61000", "false", "inst-a", "inst-a") + ',';       // A's host port, plain: fine
    s += appEp("10.0.0.1:61006", "true", "inst-old", "inst-old") + ',';    // B's TLS port: reused
    s += appEp("10.0.0.1:61004", "false", "inst-old2", "inst-old2") + ','; // B's host port: reused
    s += appEp("10.0.0.1:61099", "true", "inst-a", "inst-a") + ',';        // A runs elsewhere
    // TLS endpoint on A's plain host port: gorouter would speak TLS to the app itself.
    s += appEp("10.0.0.1:61000", "true", "inst-a", "inst-a") + ',';
    s += appEp("10.0.0.9:61000", "true", "inst-gone", "inst-gone") + ','; // in no LRP
    // The ids disagree; the tag's instance D (CLAIMED) serves the TLS port, so nothing else.
    s += appEp("10.0.0.2:61010", "true", "inst-d", "inst-other") + ',';
    s += appEp("10.0.0.2:61008", "", "inst-d", "inst-d"); // no tls field: either port will do
    s +=
        R"(],"login.example.com":[{"address":"10.0.0.5:8443","tls":true,"ttl":120,"tags":{"component":"uaa"},)";
    s += R"("private_instance_id":"uaa-1","server_cert_domain_san":"uaa.service.cf.internal"}]})";
    return s;
}

void addDump(Incident& incident, const std::string& json)
{
    const IdentityIndex router = incident.tables.identityIndex({"router/r1", "router", "r1", {}});
    incident.tables.routeSnapshots.push_back({router, 0, 1000, parseRouteDump(json).rows});
}

void addLrps(Incident& incident)
{
    std::string text;
    for (const char* l : kLrps) {
        text += l;
        text += '\n';
    }
    incident.tables.lrpSnapshots.push_back({0, 1000, parseActualLrps(text).rows});
}

} // namespace

class TestStaleRoutes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reasonIds();
    void craftedEveryReason();
    void withoutLrpsOnlyIdMismatch();
    void samplesAsAHumanReadsThem();
    void groundTruth_data();
    void groundTruth();
    void marksBeginWithTheirEvidence();
    void unregisterAloneIsNoEvidence();
};

void TestStaleRoutes::reasonIds()
{
    QCOMPARE(staleReasonId(StaleReason::AddressReused), std::string_view("address_reused"));
    QCOMPARE(staleReasonId(StaleReason::PortMismatch), std::string_view("port_mismatch"));
    QCOMPARE(staleReasonId(StaleReason::InstanceMissing), std::string_view("instance_missing"));
    QCOMPARE(staleReasonId(StaleReason::InstanceIdMismatch), std::string_view("instance_id_mismatch"));
}

void TestStaleRoutes::craftedEveryReason()
{
    Incident incident;
    addDump(incident, craftedDump());
    addLrps(incident);
    QCOMPARE(incident.tables.routeSnapshots.front().rows.size(), std::size_t{10});
    QCOMPARE(incident.tables.lrpSnapshots.front().rows.size(), std::size_t{4});
    const std::set<std::string> expected{
        line("router/r1", "app.example.com", "10.0.0.1:61006", "inst-old", "address_reused", "inst-b"),
        line("router/r1", "app.example.com", "10.0.0.1:61004", "inst-old2", "address_reused", "inst-b"),
        line("router/r1", "app.example.com", "10.0.0.1:61099", "inst-a", "port_mismatch", ""),
        line("router/r1", "app.example.com", "10.0.0.1:61000", "inst-a", "port_mismatch", ""),
        line("router/r1", "app.example.com", "10.0.0.9:61000", "inst-gone", "instance_missing", ""),
        line("router/r1", "app.example.com", "10.0.0.2:61010", "inst-d", "instance_id_mismatch",
             "inst-other"),
    };
    const std::set<std::string> got = found(incident, true);
    QVERIFY2(got == expected, qPrintable(joined(got)));

    for (const StaleEndpoint& e : findStaleEndpoints(incident)) {
        QVERIFY(!e.note.isEmpty());
        const RouteEndpointRow& row = incident.tables.routeSnapshots[e.snapshot].rows[e.snapshotRow];
        QCOMPARE(row.address, e.address);
        QCOMPARE(e.confidence,
                 e.reason == StaleReason::InstanceMissing ? Confidence::Likely : Confidence::Certain);
        if (e.reason == StaleReason::InstanceMissing)
            QVERIFY(e.note.contains(QStringLiteral("partial")));
    }
}

void TestStaleRoutes::withoutLrpsOnlyIdMismatch()
{
    Incident incident;
    addDump(incident, craftedDump());
    const auto stale = findStaleEndpoints(incident);
    QCOMPARE(stale.size(), std::size_t{1});
    QCOMPARE(stale.front().reason, StaleReason::InstanceIdMismatch);
    QCOMPARE(stale.front().instanceId, std::string("inst-d"));
}

// routes-stale-route-detector-unit.json holds six Doppler endpoints (tags null: platform
// components registered by route_registrar, not LRPs, so never checked) and one app endpoint:
// myapp.apps.pcf.com -> 10.223.32.39:61086, TLS, instance a62d2f03-307f-49c3-66fa-1778 in both
// tags.process_instance_id and private_instance_id (so no id mismatch). The three LRPs run
// instances 01c8092c…, daadd3a7… and 60bd91a3… on cells 10.223.32.36, 10.223.32.34 and
// 10.223.48.19: the instance is in none of them, and nothing listens on 10.223.32.39 at all,
// so the address is not reused either. A human concludes "instance missing", likely stale —
// with three LRPs this is obviously a partial `cfdot actual-lrps`, which cannot prove it.
void TestStaleRoutes::samplesAsAHumanReadsThem()
{
    const std::string dir = std::string(ROUTESCOPE_TEST_DATA) + "/samples/";
    const auto incident = Importer().importPaths(
        {dir + "routes-stale-route-detector-unit.json", dir + "lrps-stale-route-detector-unit.jsonl"});
    QCOMPARE(incident->tables.routeSnapshots.size(), std::size_t{1});
    QCOMPARE(incident->tables.lrpSnapshots.size(), std::size_t{1});
    QCOMPARE(incident->tables.lrpSnapshots.front().rows.size(), std::size_t{3});
    const auto stale = findStaleEndpoints(*incident);
    QCOMPARE(stale.size(), std::size_t{1});
    const StaleEndpoint& e = stale.front();
    QCOMPARE(e.route, std::string("myapp.apps.pcf.com"));
    QCOMPARE(e.address, std::string("10.223.32.39:61086"));
    QCOMPARE(e.instanceId, std::string("a62d2f03-307f-49c3-66fa-1778"));
    QCOMPARE(e.reason, StaleReason::InstanceMissing);
    QCOMPARE(e.confidence, Confidence::Likely);
    QVERIFY(e.ownerInstanceId.empty());
    QVERIFY(e.note.contains(QStringLiteral("partial")));
}

void TestStaleRoutes::groundTruth_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<QString>("seed");
    for (const char* era : {"current", "no-error-text", "pre-2019"})
        for (const char* seed : {"1", "7", "2024"})
            QTest::newRow(
                qPrintable(QStringLiteral("%1, seed %2").arg(QLatin1String(era), QLatin1String(seed))))
                << QString::fromLatin1(era) << QString::fromLatin1(seed);
}

void TestStaleRoutes::groundTruth()
{
    QFETCH(QString, era);
    QFETCH(QString, seed);
    QTemporaryDir dir;
    const QJsonObject truth =
        generate(dir.path(), {QStringLiteral("--era"), era, QStringLiteral("--seed"), seed});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    std::set<std::string> expected;
    for (const QJsonValue v : truth.value(QStringLiteral("stale_endpoints")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto s = [&](const char* k) { return o.value(QLatin1String(k)).toString().toStdString(); };
        expected.insert(line(s("router"), s("route"), s("address"), s("instance_id"), s("reason"),
                             s("owner_instance_id")));
    }
    QVERIFY2(!expected.empty(), "the generator planted no stale endpoint");
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    QVERIFY(!incident->tables.lrpSnapshots.empty());
    const std::set<std::string> got = found(*incident);
    QVERIFY2(got == expected,
             qPrintable(QStringLiteral("found:\n%1\nexpected:\n%2").arg(joined(got), joined(expected))));
    // The generator never mixes instance ids.
    QCOMPARE(found(*incident, true).size(), got.size());
}

namespace {

void addEvent(Incident& incident, IdentityIndex router, TimeNs time, RouterMessage message, const char* uri,
              const char* endpoint, const char* instance, const char* app)
{
    RouterEventTable& t = incident.tables.events;
    StringPool& pool = incident.tables.strings;
    t.time.push_back(time);
    t.identity.push_back(router);
    t.message.push_back(message);
    t.level.push_back(LogLevel::Info);
    t.action.push_back(pool.intern(routerMessageId(message)));
    t.error.push_back(StringPool::kEmpty);
    t.endpoint.push_back(pool.intern(endpoint));
    t.appId.push_back(pool.intern(app));
    t.instanceId.push_back(pool.intern(instance));
    t.uri.push_back(pool.intern(uri));
    t.requestId.push_back(RequestId{});
    t.attempt.push_back(0);
    t.numEndpoints.push_back(0);
    for (auto* column : {&t.retriable, &t.connReused, &t.gotConnection, &t.wroteHeaders, &t.isTls})
        column->push_back(Tri::Unknown);
    t.source.push(0, 0);
}

void addContainerEvent(Incident& incident, TimeNs time, ContainerEventKind kind, const char* instance)
{
    ContainerEventTable& t = incident.tables.containers;
    StringPool& pool = incident.tables.strings;
    t.time.push_back(time);
    t.identity.push_back(
        incident.tables.identityIndex({"diego-cell/0", "diego-cell", "0", IdentityRole::Cell}));
    t.kind.push_back(kind);
    t.instanceGuid.push_back(pool.intern(instance));
    t.processGuid.push_back(StringPool::kEmpty);
    t.reason.push_back(StringPool::kEmpty);
    t.exitStatus.push_back(137);
    t.oom.push_back(false);
    t.source.push(0, 0);
}

TimeNs at(const char* clock)
{
    return parseRfc3339(std::string("2026-10-14T") + clock + "Z");
}

constexpr const char* kOrders = "11111111-1111-4111-8111-111111111111";
constexpr const char* kBilling = "22222222-2222-4222-8222-222222222222";

// The issue's bundle in small: router r0 missed the unregister of `orders` instance old (it
// crashed at 09:08); its address 10.0.16.10:61004 goes to a `billing` instance at 09:11:01.
Incident missedUnregister(bool withLrps)
{
    Incident incident;
    const IdentityIndex r0 =
        incident.tables.identityIndex({"router/r0", "router", "r0", IdentityRole::Router});
    const IdentityIndex r1 =
        incident.tables.identityIndex({"router/r1", "router", "r1", IdentityRole::Router});
    const std::string tags = std::string(R"({"component":"route-emitter","app_id":")") + kOrders +
                             R"(","app_name":"orders","process_instance_id":"old"})";
    const std::string billingTags = std::string(R"({"component":"route-emitter","app_id":")") + kBilling +
                                    R"(","app_name":"billing","process_instance_id":"bill"})";
    incident.tables.routeSnapshots.push_back(
        {r0, 0, at("09:30:00"),
         parseRouteDump(
             R"({"orders.example.com":[{"address":"10.0.16.10:61004","tls":true,"ttl":120,"tags":)" + tags +
             R"(,"private_instance_id":"old"}]})")
             .rows});
    incident.tables.routeSnapshots.push_back(
        {r1, 0, at("09:30:00"),
         parseRouteDump(
             R"({"billing.example.com":[{"address":"10.0.16.10:61004","tls":true,"ttl":120,"tags":)" +
             billingTags + R"(,"private_instance_id":"bill"}]})")
             .rows});
    addEvent(incident, r0, at("09:05:00"), RouterMessage::EndpointRegistered, "orders.example.com",
             "10.0.16.10:61004", "old", kOrders);
    addEvent(incident, r1, at("09:05:00"), RouterMessage::EndpointRegistered, "orders.example.com",
             "10.0.16.10:61004", "old", kOrders);
    addContainerEvent(incident, at("09:08:00"), ContainerEventKind::Crashed, "old");
    addEvent(incident, r1, at("09:08:30"), RouterMessage::EndpointUnregistered, "orders.example.com",
             "10.0.16.10:61004", "old", kOrders);
    addEvent(incident, r1, at("09:11:01"), RouterMessage::EndpointRegistered, "billing.example.com",
             "10.0.16.10:61004", "bill", kBilling);
    if (withLrps) {
        const std::string lrp =
            std::string(R"({"process_guid":")") + kBilling +
            R"(-33333333-3333-4333-8333-333333333333","index":0,"instance_guid":"bill","cell_id":"c1","address":"10.0.16.10","ports":[{"container_port":8080,"host_port":61002,"container_tls_proxy_port":61001,"host_tls_proxy_port":61004}],"state":"RUNNING","since":)" +
            std::to_string(at("09:11:03")) + "}\n";
        incident.tables.lrpSnapshots.push_back({0, at("09:30:00"), parseActualLrps(lrp).rows});
    }
    incident.begin = at("09:00:00");
    incident.end = at("09:25:00");
    return incident;
}

} // namespace

void TestStaleRoutes::marksBeginWithTheirEvidence()
{
    const Incident incident = missedUnregister(true);
    const StaleMarks marks(incident);
    const IdentityIndex r0 = 0, r1 = 1;
    const auto mark = [&](const char* clock) {
        return marks.staleMarkAt(r0, "orders.example.com", "10.0.16.10:61004", "old", at(clock), Tri::True);
    };
    // Before the crash nothing is wrong with it.
    QVERIFY(!mark("09:06:00"));
    QVERIFY(!mark("09:07:59"));
    // From the crash the instance is missing, certain because the cell saw it end.
    auto m = mark("09:09:00");
    QVERIFY(m);
    QCOMPARE(m->reason, StaleReason::InstanceMissing);
    QCOMPARE(m->confidence, Confidence::Certain);
    QCOMPARE(m->since, at("09:08:00"));
    QVERIFY(m->ownerInstanceId.empty());
    // Not reused before billing registered there (09:11:01), reused from then on.
    QCOMPARE(mark("09:11:00")->reason, StaleReason::InstanceMissing);
    m = mark("09:11:01");
    QVERIFY(m);
    QCOMPARE(m->reason, StaleReason::AddressReused);
    QCOMPARE(m->confidence, Confidence::Certain);
    QCOMPARE(m->since, at("09:11:01"));
    QCOMPARE(m->ownerInstanceId, std::string("bill"));
    QCOMPARE(m->ownerAppName, std::string("billing"));
    QCOMPARE(mark("09:20:00")->reason, StaleReason::AddressReused);
    // billing's own endpoint at that address is fine, on either router.
    for (const IdentityIndex r : {r0, r1})
        QVERIFY(!marks.staleMarkAt(r, "billing.example.com", "10.0.16.10:61004", "bill", at("09:20:00"),
                                   Tri::True));
    // An unknown instance cannot be judged.
    QVERIFY(!marks.staleMarkAt(r0, "orders.example.com", "10.0.16.10:61004", "", at("09:20:00")));

    // The dump-based list says since when, and who owns the address now, by name.
    bool reused = false;
    for (const StaleEndpoint& e : findStaleEndpoints(incident))
        if (e.reason == StaleReason::AddressReused) {
            reused = true;
            QCOMPARE(e.router, r0);
            QCOMPARE(e.since, at("09:11:01"));
            QCOMPARE(e.ownerAppName, std::string("billing"));
        }
    QVERIFY(reused);

    // The table at the cursor carries the mark valid then: none at 09:06, reused at 09:15.
    const RouteTableReplay replay(incident);
    const auto before = markedTableAt(replay, marks, r0, at("09:06:00"));
    QCOMPARE(before.size(), std::size_t{1});
    QVERIFY(!before.front().stale);
    QCOMPARE(before.front().endpoint.appName, std::string("orders"));
    const auto during = markedTableAt(replay, marks, r0, at("09:15:00"));
    QCOMPARE(during.size(), std::size_t{1});
    QVERIFY(during.front().stale);
    QCOMPARE(during.front().stale->reason, StaleReason::AddressReused);
}

// A route unmapped from a running app is unregistered on every router: without a stop in the
// cell logs or LRPs that lack the instance, that proves nothing.
void TestStaleRoutes::unregisterAloneIsNoEvidence()
{
    Incident incident = missedUnregister(false);
    incident.tables.containers = {};
    const StaleMarks marks(incident);
    QVERIFY(
        !marks.staleMarkAt(0, "orders.example.com", "10.0.16.10:61004", "old", at("09:10:00"), Tri::True));
    // The registration of billing at the address is evidence enough for reuse.
    const auto m =
        marks.staleMarkAt(0, "orders.example.com", "10.0.16.10:61004", "old", at("09:12:00"), Tri::True);
    QVERIFY(m);
    QCOMPARE(m->reason, StaleReason::AddressReused);
    QCOMPARE(m->ownerAppName, std::string("billing"));
}

QTEST_GUILESS_MAIN(TestStaleRoutes)
#include "tst_staleroutes.moc"
