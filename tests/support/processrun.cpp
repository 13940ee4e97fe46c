#include "processrun.h"

#include <QProcess>

namespace rs::test {

ProcessRun runProcess(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    const bool normal = finished && process.exitStatus() == QProcess::NormalExit;
    ProcessRun run{normal ? process.exitCode() : -1,
                   process.readAllStandardOutput(),
                   process.readAllStandardError(),
                   {}};
    if (normal) {
        run.ended = "exit status " + QByteArray::number(run.exitCode);
    } else if (process.error() == QProcess::FailedToStart) {
        run.ended = "did not start: " + process.errorString().toUtf8();
    } else if (!finished) {
        run.ended = "still running after " + QByteArray::number(timeoutMs / 1000) + " s (killed)";
        process.kill();
        process.waitForFinished(5000);
    } else {
        // QProcess gives a crashed process's signal as its exit code.
        run.ended = "killed by signal " + QByteArray::number(process.exitCode()) + " (crashed)";
    }
    run.ended += "; stderr ends: " + run.err.right(2000);
    return run;
}

QString routescopeBinary()
{
    return QStringLiteral(ROUTESCOPE_BINARY_DIR "/routescope");
}

ProcessRun runRoutescope(const QStringList& arguments)
{
    return runProcess(routescopeBinary(), arguments);
}

} // namespace rs::test
