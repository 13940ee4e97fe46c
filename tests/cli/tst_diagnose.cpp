// `routescope diagnose` on a generated bundle: findings with the DESIGN §7 keys, and exactly the
// generator's stale endpoints and route-table differences.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString kBinaryDir = QStringLiteral(ROUTESCOPE_BINARY_DIR);

QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(300000);
    if (exitCode != nullptr)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

QString staleKey(const QJsonObject& o)
{
    return QStringList{o.value(QStringLiteral("router")).toString(),
                       o.value(QStringLiteral("route")).toString(),
                       o.value(QStringLiteral("address")).toString(),
                       o.value(QStringLiteral("instance_id")).toString(),
                       o.value(QStringLiteral("reason")).toString(),
                       o.value(QStringLiteral("owner_instance_id")).toString()}
        .join(QLatin1Char('|'));
}

} // namespace

class TestDiagnose : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diagnoseFindsWhatTheGeneratorPlanted();
    void textOutputNamesEverySection();
};

void TestDiagnose::diagnoseFindsWhatTheGeneratorPlanted()
{
    QTemporaryDir dir;
    int exitCode = -1;
    run(kBinaryDir + QStringLiteral("/gen-bundle"),
        {QStringLiteral("--out"), dir.path(), QStringLiteral("--minutes"), QStringLiteral("8"),
         QStringLiteral("--rps"), QStringLiteral("2")},
        &exitCode);
    QCOMPARE(exitCode, 0);
    QFile truthFile(dir.path() + QStringLiteral("/truth.json"));
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();

    const QByteArray out = run(kBinaryDir + QStringLiteral("/routescope"),
                               {QStringLiteral("diagnose"), dir.path(), QStringLiteral("--json")}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(out).object();

    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QVERIFY(findings.size() >= 3);
    QSet<QString> ids;
    for (const auto& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char* key :
             {"id", "severity", "title", "count", "from", "to", "impact", "counts", "certain"})
            QVERIFY2(finding.contains(QLatin1String(key)), key);
        QVERIFY(QStringList({QStringLiteral("client_failures"), QStringLiteral("hidden_by_retry"),
                             QStringLiteral("other")})
                    .contains(finding.value(QStringLiteral("impact")).toString()));
        QVERIFY(!finding.value(QStringLiteral("title")).toString().isEmpty());
        ids.insert(finding.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), findings.size());
    QVERIFY(std::any_of(ids.begin(), ids.end(),
                        [](const QString& id) { return id.startsWith(QStringLiteral("stale_routes:")); }));

    QSet<QString> expected;
    for (const auto& value : truth.value(QStringLiteral("stale_endpoints")).toArray())
        expected.insert(staleKey(value.toObject()));
    QSet<QString> found;
    for (const auto& value : root.value(QStringLiteral("stale_endpoints")).toArray())
        found.insert(staleKey(value.toObject()));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(found, expected);
    QCOMPARE(root.value(QStringLiteral("router_diffs")).toArray().size(),
             truth.value(QStringLiteral("router_diffs")).toArray().size());
}

void TestDiagnose::textOutputNamesEverySection()
{
    const QByteArray out = run(kBinaryDir + QStringLiteral("/routescope"),
                               {QStringLiteral("diagnose"), QStringLiteral(ROUTESCOPE_TEST_DATA "/samples")});
    QVERIFY(out.contains("Findings ("));
    QVERIFY(out.contains("Stale route-table endpoints (1)"));
    QVERIFY(out.contains("myapp.apps.pcf.com 10.223.32.39:61086  instance_missing (likely)"));
}

QTEST_GUILESS_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
