// The crash handler writes a report a bug needs when the process dies: a child process (this
// test run again with ROUTESCOPE_CRASH_CHILD set) installs it and crashes on purpose.
#include "core/util/crashhandler.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

namespace {

const char* const kChildVariable = "ROUTESCOPE_CRASH_CHILD";

[[noreturn]] void crashAsTold(const QByteArray& how)
{
    if (how == "throw")
        throw std::runtime_error("deliberate test exception");
    if (how == "abort")
        std::abort();
    // A real invalid access. Both volatiles matter: the pointer's value is unknown to the
    // compiler, and the store may not be dropped as dead before the abort below.
    volatile int* volatile nowhere = nullptr;
    *nowhere = 1;
    std::abort();
}

} // namespace

class TestCrashHandler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandLineKeepsNoCustomerData();
    void crashWritesAReport_data();
    void crashWritesAReport();
};

void TestCrashHandler::initTestCase()
{
    // In the child: install the handler into the folder given, then crash as told.
    const QByteArray child = qgetenv(kChildVariable);
    if (child.isEmpty())
        return;
    const QList<QByteArray> parts = child.split('|');
    rs::installCrashHandler(QString::fromLocal8Bit(parts.value(0)),
                            QStringLiteral("routescope summary <…> --filter <…>"));
    crashAsTold(parts.value(1));
}

void TestCrashHandler::commandLineKeepsNoCustomerData()
{
    const auto isCommand = [](const QString& word) { return word == QLatin1String("summary"); };
    QCOMPARE(rs::redactedCommandLine({QStringLiteral("/usr/bin/routescope"), QStringLiteral("summary"),
                                      QStringLiteral("/home/acme/bundle.tgz"), QStringLiteral("--filter"),
                                      QStringLiteral("host=secret.acme.com"), QStringLiteral("--lang=de"),
                                      QStringLiteral("--json")},
                                     isCommand),
             QStringLiteral("routescope summary <…> --filter <…> --lang=<…> --json"));
    // A window started on a folder: the folder's name is no command.
    QCOMPARE(rs::redactedCommandLine({QStringLiteral("routescope"), QStringLiteral("acme")}, isCommand),
             QStringLiteral("routescope <…>"));
}

void TestCrashHandler::crashWritesAReport_data()
{
    QTest::addColumn<QByteArray>("how");
    QTest::addColumn<QString>("reason");
    QTest::newRow("segv") << QByteArray("segv") << QStringLiteral("Reason: SIGSEGV");
    QTest::newRow("abort") << QByteArray("abort") << QStringLiteral("Reason: SIGABRT");
    QTest::newRow("exception") << QByteArray("throw")
                               << QStringLiteral("Reason: uncaught exception: deliberate test exception");
}

void TestCrashHandler::crashWritesAReport()
{
    if (!rs::kCrashHandlerAvailable)
        QSKIP("the sanitizer replaces RouteScope's crash handler with its own report");
    QFETCH(QByteArray, how);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString crashes = dir.filePath(QStringLiteral("crashes"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), crashes + QLatin1Char('|') + QString::fromLatin1(how));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("commandLineKeepsNoCustomerData")});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(child.readAllStandardError().contains("routescope: crash report: "));

    const QStringList reports = rs::unseenCrashReports(crashes);
    QCOMPARE(reports.size(), 1);
    QVERIFY(QFileInfo(reports.first())
                .fileName()
                .contains(QRegularExpression(QStringLiteral("^crash-\\d+-\\d+\\.txt$"))));
    QFile file(reports.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(reason), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\nlibarchive \\d"))), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Command line: routescope summary <…> --filter <…>\n")));
    // A backtrace with symbol names where the libraries export them (Qt Test's own frames,
    // libc's), and offsets for the rest.
    const QString backtrace = text.section(QStringLiteral("Backtrace:\n"), 1);
    QVERIFY2(backtrace.count(QLatin1Char('\n')) >= 5, qPrintable(text));
    QVERIFY2(backtrace.contains(QRegularExpression(QStringLiteral("\\(_?[A-Za-z_][\\w]*\\+0x[0-9a-f]+\\)"))),
             qPrintable(text));

    // The window offers a report once.
    rs::markCrashReportsSeen(crashes);
    QVERIFY(rs::unseenCrashReports(crashes).isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashHandler)
#include "tst_crashhandler.moc"
