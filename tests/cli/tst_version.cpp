// `routescope --version` (and `routescope version`) of the real binary: version, commit,
// build date, and every library RouteScope parses, inflates or draws with, each with a version.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestVersion : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesTheBuildAndEveryLibrary_data();
    void namesTheBuildAndEveryLibrary();
};

void TestVersion::namesTheBuildAndEveryLibrary_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("version") << QStringLiteral("version");
}

void TestVersion::namesTheBuildAndEveryLibrary()
{
    QFETCH(QString, argument);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROUTESCOPE_BINARY_DIR "/routescope"), {argument});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("^routescope \\d+\\.\\d+\\.\\d+\\n"))),
             qPrintable(out));
    // A commit (or "unknown" outside git) and a day; the binary registers its build stamp.
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\nCommit: [0-9a-z-]+\\n"))), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\nBuild date: \\d{4}-\\d\\d-\\d\\d\\n"))),
             qPrintable(out));
    for (const char* library : {"Qt", "QCustomPlot", "libarchive", "ISA-L", "simdjson"}) {
        const QRegularExpression line(QStringLiteral("\\n%1 \\d+\\.\\d+(\\.\\d+)?[ \\n]")
                                          .arg(QRegularExpression::escape(QLatin1String(library))));
        QVERIFY2(out.contains(line),
                 qPrintable(QStringLiteral("%1 in:\n%2").arg(QLatin1String(library), out)));
    }
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
