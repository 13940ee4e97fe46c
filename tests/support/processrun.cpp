#include "processrun.h"

#include <QProcess>

namespace rs::test {

ProcessRun runProcess(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    const bool normal = finished && process.exitStatus() == QProcess::NormalExit;
    return {normal ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
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
