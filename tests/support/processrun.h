#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rs::test {

struct ProcessRun {
    int exitCode = -1; // -1: it crashed, did not start or did not finish in time (see `ended`)
    QByteArray out;
    QByteArray err;
    // How it ended, for failure messages: "exit status 1", "killed by signal 11 (crashed)", …,
    // followed by the end of its standard error.
    QByteArray ended;
};

// Runs `program` to its end, waiting at most `timeoutMs`.
ProcessRun runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 300000);

// The routescope binary of this build.
QString routescopeBinary();
ProcessRun runRoutescope(const QStringList& arguments);

} // namespace rs::test

// QCOMPARE of an exit status that says how the process ended when it is not the one expected
// (needs <QTest>).
#define RS_COMPARE_EXIT(run, expected)                                                                       \
    QVERIFY2((run).exitCode == (expected),                                                                   \
             ("expected exit status " + QByteArray::number(expected) + ", got: " + (run).ended).constData())
