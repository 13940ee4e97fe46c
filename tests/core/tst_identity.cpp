// Which VM a file came from, for every path shape bosh logs, analysts and support tooling produce.
#include "core/bundle/identity.h"

#include <QTest>

#include <string>

using namespace rs;

Q_DECLARE_METATYPE(rs::IdentityRole)

namespace {

const char* const kUuid = "d60e75ac-5459-49f8-b029-543579d74ed0";

QString withUuid(const char* pattern)
{
    return QString::fromUtf8(pattern).replace(QStringLiteral("UUID"), QString::fromUtf8(kUuid));
}

} // namespace

class TestIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity_data();
    void identity();
    void unknownPathStandsIn();
    void roles_data();
    void roles();
};

void TestIdentity::identity_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("id");
    QTest::addColumn<rs::IdentityRole>("role");

    const auto row = [](const char* name, const char* path, const char* group, const char* id,
                        IdentityRole role) {
        QTest::newRow(name) << withUuid(path) << QString::fromUtf8(group) << withUuid(id) << role;
    };
    // bosh logs (several instances): nested per-VM tarballs, or the directories analysts extract them to.
    row("per-vm tgz", "cf-20231005.tgz/router.UUID.2023-05-05-18-05-52.tgz/gorouter/access.log.2.gz",
        "router", "UUID", IdentityRole::Router);
    row("per-vm dir", "bundle/router.UUID.2023-05-05-18-05-52/gorouter/gorouter.stdout.log", "router", "UUID",
        IdentityRole::Router);
    row("per-vm dir, named id", "bundle/router.r1.2023-05-05-18-05-52/routes.json", "router", "r1",
        IdentityRole::Router);
    row("per-vm tgz, index", "b/diego-cell.3.2023-05-05-18-05-52.tgz/rep/rep.stdout.log", "diego-cell", "3",
        IdentityRole::Cell);
    row("group.uuid dir", "x/diego-cell.UUID/rep/rep.stdout.log", "diego-cell", "UUID", IdentityRole::Cell);
    row("per-vm tar", "logs/tcp-router.UUID.2023-05-05-18-05-52.tar/tcp_router/tcp_router.stdout.log",
        "tcp-router", "UUID", IdentityRole::Router);
    // bosh logs GROUP/ID: DEP.GROUP.ID-YYYYMMDD-HHMMSS-nnnnnnnnn.tgz
    row("single index", "cf.router.0-20231005-101112-123456789.tgz/gorouter/access.log", "router", "0",
        IdentityRole::Router);
    row("single uuid", "cf.diego_cell.UUID-20231005-101112-123456789.tgz/rep/rep.stdout.log", "diego_cell",
        "UUID", IdentityRole::Cell);
    row("single dir", "cf-abc.isolated-router-blue.3-20231005-101112-000000001/gorouter/access.log",
        "isolated-router-blue", "3", IdentityRole::Router);
    row("dotted deployment", "my.dep.api.1-20231005-101112-5.tgz/cloud_controller_ng/x.log", "api", "1",
        IdentityRole::Other);
    // GROUP/INDEX and GROUP/UUID directories.
    row("group/index", "router/0/gorouter/access.log", "router", "0", IdentityRole::Router);
    row("group/uuid", "incident/router/UUID/gorouter/access.log", "router", "UUID", IdentityRole::Router);
    row("cell/index", "logs/diego-cell/12/rep/rep.stdout.log", "diego-cell", "12", IdentityRole::Cell);
    row("compute/index", "compute/1/garden/garden.stdout.log", "compute", "1", IdentityRole::Cell);
    row("unknown group uuid", "x/my-custom-vm/UUID/job/job.log", "my-custom-vm", "UUID",
        IdentityRole::Unknown);
    // File names written by support scripts.
    row("router-uuid.json", "dumps/router-UUID.json", "router", "UUID", IdentityRole::Router);
    row("router_0_routes.json", "dumps/router_0_routes.json", "router", "0", IdentityRole::Router);
    row("GROUP-INDEX-routes.json", "dumps/tcp-router-1-routes.json", "tcp-router", "1", IdentityRole::Router);
    row("isolated cell lrps", "dumps/isolated_diego_cell_az1_2_actual_lrps.json", "isolated_diego_cell_az1",
        "2", IdentityRole::Cell);
    row("diego-api dump", "dumps/diego-api-0-lrps.json", "diego-api", "0", IdentityRole::Other);
    // The innermost match wins.
    row("innermost wins",
        "cf.router.0-20231005-101112-1.tgz/router.UUID.2023-05-05-18-05-52.tgz/gorouter/access.log", "router",
        "UUID", IdentityRole::Router);
    row("file name innermost", "router/0/dumps/router_3_routes.json", "router", "3", IdentityRole::Router);
}

void TestIdentity::identity()
{
    QFETCH(QString, path);
    QFETCH(QString, group);
    QFETCH(QString, id);
    QFETCH(rs::IdentityRole, role);
    const Identity identity = identityFromPath(path.toStdString());
    QCOMPARE(QString::fromStdString(identity.group), group);
    QCOMPARE(QString::fromStdString(identity.id), id);
    QCOMPARE(QString::fromStdString(identity.display), group + QLatin1Char('/') + id);
    QCOMPARE(identity.role, role);
    QVERIFY(identity.fromPath);
}

void TestIdentity::unknownPathStandsIn()
{
    // No VM in these: the path itself is shown; near misses do not count.
    const char* const paths[] = {
        "access.log",
        "bundle/gorouter/access.log",
        "logs/2023/access.log",                                 // "logs" is no instance group
        "gorouter/1/access.log",                                // a job name, not a group
        "cf-20231005-101112-123456789.tgz/gorouter/access.log", // multi-instance bosh logs: no VM yet
        "cf.router-20231005-101112-123456789.tgz/x.log",        // DEP.GROUP without an id
        "router.d60e75ac-5459-49f8-b029-543579d74ed/x.log",     // uuid one digit short
        "router.r1.2023-05-05-18-05/x.log",                     // no collection time
        "router.r.1.2023-05-05-18-05-52/x.log",                 // a dot in the id
        "access-2023-10-05.log",
        "apps/lrp-d60e75ac-5459-49f8-b029-543579d74ed0.json", // unknown group in a file name
    };
    for (const char* path : paths) {
        const Identity identity = identityFromPath(path);
        QVERIFY2(!identity.fromPath, path);
        QCOMPARE(QString::fromStdString(identity.display), QString::fromUtf8(path));
        QVERIFY(identity.group.empty());
        QVERIFY(identity.id.empty());
        QCOMPARE(identity.role, IdentityRole::Unknown);
    }
}

void TestIdentity::roles_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<rs::IdentityRole>("role");
    const auto row = [](const char* group, IdentityRole role) {
        QTest::newRow(group) << QString::fromUtf8(group) << role;
    };
    row("router", IdentityRole::Router);
    row("tcp-router", IdentityRole::Router);
    row("tcp_router", IdentityRole::Router);
    row("isolated-router-x", IdentityRole::Router);
    row("cell", IdentityRole::Cell);
    row("diego-cell", IdentityRole::Cell);
    row("diego_cell", IdentityRole::Cell);
    row("compute", IdentityRole::Cell);
    row("isolated-diego-cell-large", IdentityRole::Cell);
    row("diego-api", IdentityRole::Other);
    row("api", IdentityRole::Other);
    row("uaa", IdentityRole::Other);
    row("scheduler", IdentityRole::Other);
    row("database", IdentityRole::Other);
    row("Control", IdentityRole::Other);
    row("gorouter", IdentityRole::Unknown);
    row("my-vm", IdentityRole::Unknown);
}

void TestIdentity::roles()
{
    QFETCH(QString, group);
    QFETCH(rs::IdentityRole, role);
    QCOMPARE(roleOfGroup(group.toStdString()), role);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
