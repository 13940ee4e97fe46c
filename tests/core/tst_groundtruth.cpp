// Imports bundles written by tools/gen-bundle (every era, every layout) and compares with the
// generator's ground truth: every file as its kind with all its lines, every request with its
// router, status, backend and start, every failed attempt's event, and nothing skipped.
#include "core/import/importer.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unordered_map>

using namespace rs;

namespace {

QJsonObject generate(const QString& dir, const QStringList& extra)
{
    return test::generateBundle(dir, QStringList{QStringLiteral("--minutes"), QStringLiteral("4"),
                                                 QStringLiteral("--rps"), QStringLiteral("6")} +
                                         extra);
}

// "cf-prod-….tgz/router.X.date.tgz/gorouter/access.log" and the truth's
// "router.X.date/gorouter/access.log" name the same file.
std::string normalised(std::string path)
{
    for (std::size_t pos; (pos = path.find(".tgz/")) != std::string::npos;)
        path.replace(pos, 5, "/");
    for (std::size_t pos; (pos = path.find(".zip/")) != std::string::npos;)
        path.replace(pos, 5, "/");
    return path;
}

} // namespace

class TestGroundTruth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bundleMatchesTruth_data();
    void bundleMatchesTruth();
};

void TestGroundTruth::bundleMatchesTruth_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<QString>("layout");
    QTest::newRow("current, bosh tarball") << "current"
                                           << "bosh";
    QTest::newRow("current, zip") << "current"
                                  << "zip";
    QTest::newRow("no error text, extracted directories") << "no-error-text"
                                                          << "dir";
    QTest::newRow("pre-2019, bosh tarball") << "pre-2019"
                                            << "bosh";
}

void TestGroundTruth::bundleMatchesTruth()
{
    QFETCH(QString, era);
    QFETCH(QString, layout);
    QTemporaryDir dir;
    const QJsonObject truth =
        generate(dir.path(), {QStringLiteral("--era"), era, QStringLiteral("--layout"), layout});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    const ImportReport& report = incident->report;

    QVERIFY2(report.problems.empty(), report.problems.empty() ? "" : report.problems.front().detail.c_str());
    QCOMPARE(report.skippedLines(), std::uint64_t{0});
    QCOMPARE(static_cast<qint64>(incident->tables.requests.size()),
             truth.value(QStringLiteral("requests")).toInteger());

    // Every file of the bundle, as its kind, with every line.
    std::unordered_map<std::string, const FileReport*> byPath;
    for (const auto& file : report.files)
        byPath[normalised(file.path)] = &file;
    int compared = 0;
    for (const auto& value : truth.value(QStringLiteral("files")).toArray()) {
        const QJsonObject expected = value.toObject();
        const std::string path = expected.value(QStringLiteral("path")).toString().toStdString();
        if (expected.value(QStringLiteral("lines")).toInt() == 0)
            continue;
        const FileReport* file = nullptr;
        for (const auto& [actualPath, candidate] : byPath) {
            if (actualPath.size() >= path.size() &&
                actualPath.compare(actualPath.size() - path.size(), path.size(), path) == 0)
                file = candidate;
        }
        QVERIFY2(file != nullptr, path.c_str());
        QCOMPARE(QString::fromUtf8(fileKindId(file->kind).data()),
                 expected.value(QStringLiteral("kind")).toString());
        QCOMPARE(static_cast<qint64>(file->lines), expected.value(QStringLiteral("lines")).toInteger());
        if (file->kind == FileKind::AccessLog || file->kind == FileKind::GorouterLog)
            QCOMPARE(file->records, file->lines);
        ++compared;
    }
    QVERIFY(compared > 20);

    // Every failed or recovered request, field by field.
    const RequestTable& requests = incident->tables.requests;
    std::unordered_map<std::string, std::size_t> rowById;
    for (std::size_t row = 0; row < requests.size(); ++row)
        rowById[incident->requestIdText(requests.requestId[row])] = row;
    std::unordered_map<std::string, int> failedEvents;
    const RouterEventTable& events = incident->tables.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events.message[i] == RouterMessage::BackendEndpointFailed)
            ++failedEvents[incident->requestIdText(events.requestId[i])];
    }
    const QJsonObject byId = truth.value(QStringLiteral("requests_by_id")).toObject();
    QVERIFY(byId.size() > 50);
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        const QJsonObject expected = it.value().toObject();
        const auto found = rowById.find(it.key().toStdString());
        QVERIFY2(found != rowById.end(), qPrintable(it.key()));
        const std::size_t row = found->second;
        QCOMPARE(QString::fromStdString(incident->identity(requests.identity[row]).display),
                 expected.value(QStringLiteral("router")).toString());
        QCOMPARE(static_cast<int>(requests.status[row]), expected.value(QStringLiteral("status")).toInt());
        const QString backend = expected.value(QStringLiteral("backend")).toString();
        QCOMPARE(QString::fromUtf8(incident->str(requests.backend[row]).data(),
                                   static_cast<qsizetype>(incident->str(requests.backend[row]).size())),
                 backend == QStringLiteral("-") ? QString() : backend);
        QCOMPARE(QString::fromStdString(formatTimeUtc(requests.start[row])).left(23),
                 expected.value(QStringLiteral("start")).toString().left(23));
        if (era == QStringLiteral("current")) {
            const int failed = expected.value(QStringLiteral("failed_attempts")).toInt();
            QCOMPARE(static_cast<int>(requests.failedAttempts[row]), failed);
            QCOMPARE(failedEvents[it.key().toStdString()], failed);
        }
    }
    QCOMPARE(incident->tables.routeSnapshots.size(), std::size_t{3});
    QCOMPARE(incident->tables.lrpSnapshots.size(), std::size_t{1});
    QVERIFY(incident->tables.containers.size() > 0);
}

QTEST_GUILESS_MAIN(TestGroundTruth)
#include "tst_groundtruth.moc"
