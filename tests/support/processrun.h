#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rs::test {

struct ProcessRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

// Runs `program` to its end, waiting at most `timeoutMs`.
ProcessRun runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 300000);

// The routescope binary of this build.
QString routescopeBinary();
ProcessRun runRoutescope(const QStringList& arguments);

} // namespace rs::test
