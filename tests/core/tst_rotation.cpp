// Rotated generations of one log (FORMATS.md §5.3): which files belong together and in what order.
#include "core/bundle/rotation.h"

#include <QTest>

#include <string>
#include <vector>

namespace QTest {
template <> inline char* toString(const std::string& value)
{
    return qstrdup(value.c_str());
}
} // namespace QTest

using namespace rs;

class TestRotation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rotationOf_data();
    void rotationOf();
    void orderOldestFirst();
    void orderGroupsByLogicalPath();
    void orderDated();
    void orderKeepsUnrelatedFilesApart();
};

void TestRotation::rotationOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("logical");
    QTest::addColumn<int>("generation");
    QTest::addColumn<qulonglong>("dateKey");

    const auto row = [](const char* path, const char* logical, int generation, qulonglong dateKey = 0) {
        QTest::newRow(path) << QString::fromUtf8(path) << QString::fromUtf8(logical) << generation << dateKey;
    };
    row("vm/gorouter/access.log", "vm/gorouter/access.log", 0);
    row("vm/gorouter/access.log.1", "vm/gorouter/access.log", 1);
    row("vm/gorouter/access.log.2.gz", "vm/gorouter/access.log", 2);
    row("vm/gorouter/access.log.10.gz", "vm/gorouter/access.log", 10);
    row("vm/gorouter/gorouter.stdout.log.3.gz", "vm/gorouter/gorouter.stdout.log", 3);
    row("vm/gorouter/gorouter.stdout.log", "vm/gorouter/gorouter.stdout.log", 0);
    row("access.log.gz", "access.log", 0);
    row("var/log/syslog.1", "var/log/syslog", 1);
    row("vm/gorouter/access.log-20231005", "vm/gorouter/access.log", 1, 20231005);
    row("vm/gorouter/access.log-20231005.gz", "vm/gorouter/access.log", 1, 20231005);
    row("vm/gorouter/access.log-2023100513.gz", "vm/gorouter/access.log", 1, 2023100513);
    row("vm/gorouter/access.log-20231005-1696464000.gz", "vm/gorouter/access.log", 1, 202310051696464000ull);
    // Not rotations: versions, plain dashes, dates that are not dates, a bare ".gz".
    row("releases/gorouter-0.317.0", "releases/gorouter-0.317.0", 0);
    row("vm/gorouter/pre-start.stdout.log", "vm/gorouter/pre-start.stdout.log", 0);
    row("vm/app-12345678", "vm/app-12345678", 0);
    row("vm/x.log-20231399", "vm/x.log-20231399", 0);
    row("vm/.gz", "vm/.gz", 0);
    row("dir.1/file", "dir.1/file", 0);
}

void TestRotation::rotationOf()
{
    QFETCH(QString, path);
    QFETCH(QString, logical);
    QFETCH(int, generation);
    QFETCH(qulonglong, dateKey);
    const RotationInfo info = rs::rotationOf(path.toStdString());
    QCOMPARE(QString::fromStdString(info.logicalPath), logical);
    QCOMPARE(info.generation, generation);
    QCOMPARE(qulonglong{info.dateKey}, dateKey);
}

namespace {

std::vector<std::string> ordered(const std::vector<std::string>& paths)
{
    std::vector<std::string> out;
    for (const std::size_t index : rotationOrder(paths))
        out.push_back(paths[index]);
    return out;
}

} // namespace

void TestRotation::orderOldestFirst()
{
    // .10 is older than .9: highest generation first, live file last.
    const std::vector<std::string> paths = {"g/access.log",      "g/access.log.1",     "g/access.log.2.gz",
                                            "g/access.log.9.gz", "g/access.log.10.gz", "g/access.log.3.gz"};
    const std::vector<std::string> expected = {"g/access.log.10.gz", "g/access.log.9.gz", "g/access.log.3.gz",
                                               "g/access.log.2.gz",  "g/access.log.1",    "g/access.log"};
    QVERIFY(ordered(paths) == expected);
    const std::vector<std::size_t> indices = rotationOrder(paths);
    QVERIFY((indices == std::vector<std::size_t>{4, 3, 5, 2, 1, 0}));
}

void TestRotation::orderGroupsByLogicalPath()
{
    const std::vector<std::string> paths = {
        "vm/gorouter/gorouter.stdout.log",      "vm/gorouter/access.log.1.gz",
        "vm/gorouter/gorouter.stdout.log.1.gz", "vm/gorouter/access.log",
        "vm/gorouter/gorouter.stdout.log.2.gz", "vm/gorouter/access.log.2.gz"};
    const std::vector<std::string> expected = {"vm/gorouter/access.log.2.gz",
                                               "vm/gorouter/access.log.1.gz",
                                               "vm/gorouter/access.log",
                                               "vm/gorouter/gorouter.stdout.log.2.gz",
                                               "vm/gorouter/gorouter.stdout.log.1.gz",
                                               "vm/gorouter/gorouter.stdout.log"};
    QVERIFY(ordered(paths) == expected);
}

void TestRotation::orderDated()
{
    const std::vector<std::string> paths = {"a/access.log", "a/access.log-20231006.gz",
                                            "a/access.log-20231004.gz", "a/access.log-20231005"};
    const std::vector<std::string> expected = {"a/access.log-20231004.gz", "a/access.log-20231005",
                                               "a/access.log-20231006.gz", "a/access.log"};
    QVERIFY(ordered(paths) == expected);
}

void TestRotation::orderKeepsUnrelatedFilesApart()
{
    // Same file name on two VMs: two logical logs, each contiguous; duplicates keep their input order.
    const std::vector<std::string> paths = {"vm2/access.log", "vm1/access.log.1", "vm2/access.log.1",
                                            "vm1/access.log", "vm1/access.log"};
    const std::vector<std::size_t> expected = {1, 3, 4, 2, 0};
    QVERIFY(rotationOrder(paths) == expected);
    QVERIFY(rotationOrder({}).empty());
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
