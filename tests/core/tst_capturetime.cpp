// Capture times of route dumps and LRP captures: from the bundle (the router's last log line,
// the time in the VM tarball's or the download's name), the file's mtime only as a last resort.
#include "core/diagnosis/capturetime.h"
#include "core/import/importer.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace rs;

template <> inline char* QTest::toString(const std::string& text)
{
    return qstrdup(("\"" + text + "\"").c_str());
}

class TestCaptureTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timesInNames();
    void generatedBundle_data();
    void generatedBundle();
    void fileTimeOnlyWithoutBetter();
};

void TestCaptureTime::timesInNames()
{
    QCOMPARE(
        formatTimeUtc(bundleTimeInPath("router.27eff11c-bb94-40b4-9c1d-35138f4c37d4.2026-10-14-09-08-25.tgz/"
                                       "gorouter/access.log")),
        std::string("2026-10-14T09:08:25.000000000Z"));
    QCOMPARE(formatTimeUtc(bundleTimeInPath("cf-prod-20261014-090837-003139053.tgz")),
             std::string("2026-10-14T09:08:37.000000000Z"));
    // The latest of several: the download is made after the VM tarballs.
    QCOMPARE(formatTimeUtc(bundleTimeInPath(
                 "cf-prod-20261014-090837-003139053.tgz/router.0.2026-10-14-09-08-25.tgz/x")),
             std::string("2026-10-14T09:08:37.000000000Z"));
    for (const char* plain : {"routes/router-1.json", "access.log.2026-10-14", "x.2026-13-14-09-08-25/a",
                              "cf-20261014-0908-1.tgz", "", "///"})
        QCOMPARE(bundleTimeInPath(plain), kNoTime);
}

void TestCaptureTime::generatedBundle_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("bundleDelay"); // seconds after the window the bundle's names say
    // The download is named 37 s after the window; the VM tarballs inside it 12 s before that.
    QTest::newRow("bosh") << "bosh" << 37;
    QTest::newRow("zip") << "zip" << 37;
    QTest::newRow("dir") << "dir" << 25;
}

// The generator moves its captures beside the `bosh logs` download: their mtime is the moment
// they were written, long after the incident. The bundle dates them.
void TestCaptureTime::generatedBundle()
{
    QFETCH(QString, layout);
    QFETCH(int, bundleDelay);
    QTemporaryDir dir;
    const QJsonObject truth = test::generateBundle(
        dir.path(), {QStringLiteral("--minutes"), QStringLiteral("3"), QStringLiteral("--rps"),
                     QStringLiteral("1"), QStringLiteral("--layout"), layout});
    QVERIFY(!truth.isEmpty());
    const TimeNs to = parseRfc3339(truth.value(QStringLiteral("to")).toString().toStdString());
    QVERIFY(to != kNoTime);

    const auto incident = Importer().importPaths({dir.path().toStdString()});
    const CaptureTimes captured = captureTimes(*incident);
    QCOMPARE(captured.lrps.size(), std::size_t{1});
    QCOMPARE(captured.lrps.front().source, CaptureSource::BundleName);
    QCOMPARE(captured.lrps.front().at, to + bundleDelay * TimeNs{1'000'000'000});
    QCOMPARE(captured.routes.size(), incident->tables.routeSnapshots.size());
    QVERIFY(!captured.routes.empty());
    for (const CaptureTime& c : captured.routes) {
        // The router logged up to the end of the window; the dump was taken around then.
        QCOMPARE(c.source, CaptureSource::RouterLogEnd);
        QVERIFY(c.at <= to && c.at > to - 30'000'000'000);
    }
    QCOMPARE(captureSourceId(CaptureSource::RouterLogEnd), std::string_view("router_log_end"));
}

void TestCaptureTime::fileTimeOnlyWithoutBetter()
{
    QTemporaryDir dir;
    QFile lrps(dir.path() + QStringLiteral("/actual-lrps.json"));
    QVERIFY(lrps.open(QIODevice::WriteOnly));
    lrps.write(
        R"({"process_guid":"pg-a","index":0,"instance_guid":"inst-a","cell_id":"c1","address":"10.0.0.1","ports":[{"container_port":8080,"host_port":61000}],"state":"RUNNING","since":1})"
        "\n");
    lrps.close();
    QVERIFY(lrps.open(QIODevice::ReadWrite));
    const QDateTime mtime(QDate(2026, 12, 24), QTime(12, 0), Qt::UTC);
    QVERIFY(lrps.setFileTime(mtime, QFileDevice::FileModificationTime));
    lrps.close();
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    const CaptureTimes captured = captureTimes(*incident);
    QCOMPARE(captured.lrps.size(), std::size_t{1});
    QCOMPARE(captured.lrps.front().source, CaptureSource::FileTime);
    QCOMPARE(captured.lrps.front().at, mtime.toMSecsSinceEpoch() * 1'000'000);

    // Inside a VM directory named by `bosh logs`, the name wins over the mtime.
    QTemporaryDir bundle;
    const QString vm = bundle.path() + QStringLiteral("/diego-cell.c1.2026-10-14-09-30-00");
    QVERIFY(QDir().mkpath(vm));
    QVERIFY(QFile::copy(lrps.fileName(), vm + QStringLiteral("/actual-lrps.json")));
    const auto named = Importer().importPaths({bundle.path().toStdString()});
    const CaptureTimes fromName = captureTimes(*named);
    QCOMPARE(fromName.lrps.size(), std::size_t{1});
    QCOMPARE(fromName.lrps.front().source, CaptureSource::BundleName);
    QCOMPARE(formatTimeUtc(fromName.lrps.front().at), std::string("2026-10-14T09:30:00.000000000Z"));
}

QTEST_GUILESS_MAIN(TestCaptureTime)
#include "tst_capturetime.moc"
