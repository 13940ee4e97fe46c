// Memory does not grow with the text (DESIGN §2, §9): a generated bosh bundle with ~2 GB of log
// text (gzip-rotated files inside per-router tarballs inside the bundle's tarball) is summarised
// by `routescope summary` within 300 MB + 150 bytes per request of peak resident memory, measured
// by the kernel for the child process (wait4's ru_maxrss), not estimated. One router with one
// rotation: its two access logs (a plain member and a gzip member of the router's tarball) are each
// ~0.9 GB, more than the bound's slack, so that holding one member whole while it is parsed fails.
// The run is traced (ROUTESCOPE_MEMORY_TRACE, core/util/memorytrace.h) so that the diagnosis, which
// `summary` runs after the import, is held to its own share: its columns, not an index of every
// request beside them.
#include "generatedbundle.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

struct Measured {
    int exitStatus = -1;
    long peakKb = 0;
};

// Runs the program with its output to /dev/null and its memory trace to `tracePath`; its exit status
// and the kernel's peak resident set since the trace last reset it.
Measured runMeasured(const QStringList& arguments, const std::string& tracePath)
{
    std::vector<std::string> args{rs::test::routescopeBinary().toStdString()};
    for (const QString& a : arguments)
        args.push_back(a.toStdString());
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, tracePath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> env{"ROUTESCOPE_MEMORY_TRACE=1"};
    for (char** e = environ; *e != nullptr; ++e)
        if (std::string_view(*e).substr(0, 24) != "ROUTESCOPE_MEMORY_TRACE=")
            env.emplace_back(*e);
    std::vector<char*> envp;
    for (std::string& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    Measured measured;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) == 0) {
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status))
            measured.exitStatus = WEXITSTATUS(status);
        measured.peakKb = usage.ru_maxrss;
    }
    posix_spawn_file_actions_destroy(&actions);
    return measured;
}

// One line of the trace: "memory: <s> s  <phase>  rss <n> MiB (…)  phase peak <n> MiB  run peak <n> MiB".
struct TracePoint {
    std::string phase;
    long rssMib = 0;
    long phasePeakMib = 0;
    long runPeakMib = 0;
};

std::vector<TracePoint> readTrace(const std::string& path)
{
    std::vector<TracePoint> points;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t rss = line.find(" rss ");
        const std::size_t phasePeak = line.find("phase peak ");
        const std::size_t runPeak = line.find("run peak ");
        if (!line.starts_with("memory: ") || rss == std::string::npos || phasePeak == std::string::npos ||
            runPeak == std::string::npos)
            continue;
        TracePoint point;
        const std::size_t seconds = line.find(" s ");
        point.phase =
            QString::fromStdString(line.substr(seconds + 3, rss - seconds - 3)).trimmed().toStdString();
        point.rssMib = std::stol(line.substr(rss + 5));
        point.phasePeakMib = std::stol(line.substr(phasePeak + 11));
        point.runPeakMib = std::stol(line.substr(runPeak + 9));
        points.push_back(point);
    }
    return points;
}

} // namespace

class MemoryBoundTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoGigabytesOfNestedGzipTextStayWithinTheBound()
    {
        if (kSanitized)
            QSKIP("AddressSanitizer's shadow memory and quarantine are not the program's");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonObject truth = rs::test::generateBundle(
            dir.path(), QStringLiteral("--routers 1 --minutes 90 --rps 400 --rotate 1 --seed 5").split(u' '));
        const auto requests = static_cast<long>(truth.value(QLatin1String("requests")).toDouble());
        double textBytes = 0;
        double largestFile = 0;
        for (const QJsonValue file : truth.value(QLatin1String("files")).toArray()) {
            const double bytes = file.toObject().value(QLatin1String("bytes")).toDouble();
            textBytes += bytes;
            largestFile = std::max(largestFile, bytes);
        }
        QVERIFY2(requests > 2'000'000, "the generator wrote fewer requests than this test is about");
        const long limitKb = (300L << 10) + requests * 150 / 1024;
        // 0.93 GB: one member held whole while parsed would not fit beside the columns.
        QVERIFY2(largestFile * 2 > static_cast<double>(limitKb) * 1024,
                 "the generator's files are too small for this test to catch a file held whole");
        const std::string tracePath = dir.filePath(QStringLiteral("memory.trace")).toStdString();
        Measured run =
            runMeasured({QStringLiteral("summary"), QStringLiteral("--no-cache"), dir.path()}, tracePath);
        QCOMPARE(run.exitStatus, 0);
        const std::vector<TracePoint> trace = readTrace(tracePath);
        QVERIFY2(!trace.empty(), "routescope printed no memory trace");
        // The trace resets the kernel's high-water mark at each line: the run's peak is the highest
        // the trace saw, or what came after its last line.
        run.peakKb = std::max(run.peakKb, trace.back().runPeakMib << 10);
        qInfo("peak RSS %ld MiB for %ld requests; bound %ld MiB", run.peakKb >> 10, requests, limitKb >> 10);

        // The diagnosis adds its columns (22 bytes per request, partly in memory the import freed) and
        // little else. Measured 15.3 B per request (Release); 37.6 while it indexed every request by
        // id (16 B) beside a column of their ends (8) and an LB column without LB rows (4).
        long importedMib = -1, diagnosisPeakMib = 0;
        for (const TracePoint& point : trace) {
            if (point.phase == "summary: imported")
                importedMib = point.rssMib;
            if (point.phase.starts_with("diagnose: ") || point.phase == "summary: diagnosed")
                diagnosisPeakMib = std::max(diagnosisPeakMib, point.phasePeakMib);
        }
        QVERIFY2(importedMib > 0 && diagnosisPeakMib > 0, "the trace has no import or diagnosis phase");
        const double diagnosisPerRequest =
            static_cast<double>(diagnosisPeakMib - importedMib) * 1048576 / requests;
        qInfo("diagnosis: %.1f bytes per request above the imported incident", diagnosisPerRequest);
        QVERIFY2(diagnosisPerRequest <= 30,
                 qPrintable(QStringLiteral("the diagnosis peaked %1 bytes per request above the incident")
                                .arg(diagnosisPerRequest, 0, 'f', 1)));
        // Measured 386 MiB against a bound of 602 (2.1 M requests, Release; 453 before the checkpoints
        // were packed, unoptimised build): 1324 MiB while an archive member
        // was held whole while parsed, 565 MiB while a big file's parsed parts stayed in the parser
        // threads' arenas until the whole file was merged. (Three routers of 30 minutes, members of
        // 160 MB: 493 MiB against 601; 2447 MiB while the text was kept, 772 MiB while every file's
        // parsed parts waited for a merge at the end.) The text itself is not kept:
        QVERIFY2(static_cast<double>(run.peakKb) * 1024 < textBytes / 2,
                 qPrintable(QStringLiteral("peak RSS %1 MiB for %2 MB of text")
                                .arg(run.peakKb >> 10)
                                .arg(textBytes / 1e6, 0, 'f', 0)));
        QVERIFY2(
            run.peakKb <= limitKb,
            qPrintable(QStringLiteral("peak RSS %1 MiB > %2 MiB").arg(run.peakKb >> 10).arg(limitKb >> 10)));
    }
};

QTEST_GUILESS_MAIN(MemoryBoundTest)
#include "tst_memorybound.moc"
