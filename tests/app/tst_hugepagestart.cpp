// The window's restart with glibc's huge-page malloc (app/hugepagestart.h): when it restarts, with
// what environment, that it restarts only once, and that the real binary does restart.
#include "app/hugepagestart.h"
#include "processrun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <optional>
#include <string>

using namespace rs;

namespace {

constexpr const char* kStartedAt = "ROUTESCOPE_FIRST_START_NS";

// What a restart would have started: its path and the two variables at that moment.
struct ExecSeen {
    int calls = 0;
    std::string path;
    std::optional<std::string> tunables, startedAt;
};

std::optional<std::string> variable(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::optional<std::string>(value) : std::nullopt;
}

// Runs the restart with an exec that records and fails, as a missing /proc would.
ExecSeen restartSeen()
{
    ExecSeen seen;
    char program[] = "routescope";
    char* argv[] = {program, nullptr};
    restartWithHugePageMalloc(argv, [&seen](const char* path, char* const*) {
        ++seen.calls;
        seen.path = path;
        seen.tunables = variable("GLIBC_TUNABLES");
        seen.startedAt = variable(kStartedAt);
        return -1;
    });
    return seen;
}

} // namespace

class TestHugePageStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        ::unsetenv("GLIBC_TUNABLES");
        ::unsetenv(kStartedAt);
    }
    void cleanupTestCase() { init(); }
    void restartsWithTheTunableAndTheStartTime();
    void keepsOtherTunables();
    void aTunableAlreadyChosenStands();
    void theRestartDoesNotRestartAgain();
    void theBinaryRestartsWithHugePageMalloc();
};

void TestHugePageStart::restartsWithTheTunableAndTheStartTime()
{
    const ExecSeen seen = restartSeen();
    QCOMPARE(seen.calls, 1);
    QCOMPARE(seen.path, std::string("/proc/self/exe"));
    QCOMPARE(seen.tunables.value_or("unset"), std::string("glibc.malloc.hugetlb=1"));
    QVERIFY(seen.startedAt && std::strtoll(seen.startedAt->c_str(), nullptr, 10) > 0);
    // The exec failed: the environment is as it was, and the window runs on without.
    QVERIFY(!variable("GLIBC_TUNABLES"));
    QVERIFY(!variable(kStartedAt));
}

void TestHugePageStart::keepsOtherTunables()
{
    ::setenv("GLIBC_TUNABLES", "glibc.malloc.check=0", 1);
    const ExecSeen seen = restartSeen();
    QCOMPARE(seen.calls, 1);
    QCOMPARE(seen.tunables.value_or("unset"), std::string("glibc.malloc.check=0:glibc.malloc.hugetlb=1"));
    QCOMPARE(variable("GLIBC_TUNABLES").value_or("unset"), std::string("glibc.malloc.check=0"));
}

void TestHugePageStart::aTunableAlreadyChosenStands()
{
    ::setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=0", 1);
    QCOMPARE(restartSeen().calls, 0);
    QCOMPARE(variable("GLIBC_TUNABLES").value_or("unset"), std::string("glibc.malloc.hugetlb=0"));
}

void TestHugePageStart::theRestartDoesNotRestartAgain()
{
    // The restarted program counts from the first start, and hides the mark from what it starts.
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const long long fiveSecondsAgo = (static_cast<long long>(now.tv_sec) - 5) * 1'000'000'000 + now.tv_nsec;
    ::setenv(kStartedAt, std::to_string(fiveSecondsAgo).c_str(), 1);
    QCOMPARE(restartSeen().calls, 0);
    QVERIFY(!variable(kStartedAt));
    QVERIFY(millisecondsSinceFirstStart() >= 5000);
    // A mark that is no time, or in the future, is not believed (and still no second restart).
    for (const char* bogus : {"soon", "", "99999999999999999999"}) {
        ::setenv(kStartedAt, bogus, 1);
        QCOMPARE(restartSeen().calls, 0);
        QVERIFY(!variable(kStartedAt));
        QVERIFY(millisecondsSinceFirstStart() >= 5000);
    }
}

void TestHugePageStart::theBinaryRestartsWithHugePageMalloc()
{
    // The window saving a screenshot of the sample: its process shows the tunable in its initial
    // environment (/proc/PID/environ) only after it started itself again, and still does its work.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("window.png"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("GLIBC_TUNABLES"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(test::routescopeBinary(),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--sample")});
    QVERIFY(process.waitForStarted());
    bool restarted = false;
    QFile initialEnvironment(QStringLiteral("/proc/%1/environ").arg(process.processId()));
    while (!restarted && process.state() == QProcess::Running) {
        if (initialEnvironment.open(QIODevice::ReadOnly)) {
            restarted =
                initialEnvironment.readAll().split('\0').contains("GLIBC_TUNABLES=glibc.malloc.hugetlb=1");
            initialEnvironment.close();
        }
        if (!restarted)
            process.waitForFinished(20);
    }
    QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(120000));
    QVERIFY2(restarted, "the window never ran with glibc.malloc.hugetlb=1");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(png));
}

QTEST_GUILESS_MAIN(TestHugePageStart)
#include "tst_hugepagestart.moc"
