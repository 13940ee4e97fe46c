// The real binary's crash report (issue 18): `routescope --crash-for-test` crashes at start;
// the report lands in $XDG_STATE_HOME/routescope/crashes with the build lines, the redacted command line and
// a backtrace with symbol names.
#include "core/util/crashhandler.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCrashReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crashLeavesAReport();
};

void TestCrashReport::crashLeavesAReport()
{
    if (!rs::kCrashHandlerAvailable)
        QSKIP("the sanitizer replaces RouteScope's crash handler with its own report");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROUTESCOPE_BINARY_DIR "/routescope"),
                  {QStringLiteral("--crash-for-test"), QStringLiteral("/home/acme/customer-bundle.tgz")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    const QDir crashes(home.filePath(QStringLiteral("routescope/crashes")));
    const QStringList reports = crashes.entryList({QStringLiteral("crash-*.txt")}, QDir::Files);
    QCOMPARE(reports.size(), 1);
    QVERIFY(process.readAllStandardError().contains(crashes.filePath(reports.first()).toUtf8()));
    QFile file(crashes.filePath(reports.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("Reason: SIGSEGV")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^routescope \\d+\\.\\d+\\.\\d+\\n"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Command line: routescope --crash-for-test <…>\n")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("acme")));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("__libc_start_main\\+0x[0-9a-f]+\\)"))),
             qPrintable(text));
    // The executable exports its symbols, so its own frames are named too.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("routescope\\(main\\+0x[0-9a-f]+\\)"))),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCrashReport)
#include "tst_crashreport.moc"
