#include "cli/push.h"

#include "cli/exitstatus.h"
#include "cli/importrun.h"
#include "cli/output.h"
#include "core/clickhouse/pusher.h"
#include "core/clickhouse/rangeincident.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct PushText {
    Q_DECLARE_TR_FUNCTIONS(PushText)
};

namespace rs::cli {
namespace {

// Set by the first Ctrl-C; the push stops after the batch it is sending. The handler is reset by
// that signal (SA_RESETHAND), so a second Ctrl-C ends the process as usual.
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

double megabytes(std::uint64_t bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

} // namespace

int runPush(const Options& options)
{
    Output err(stderr);
    const clickhouse::EndpointParse parsed = clickhouse::parseEndpointUrl(options.to);
    if (!parsed.endpoint) {
        err << QStringLiteral("routescope: %1\n").arg(parsed.error);
        return kExitUsage;
    }
    if (!options.caFile.isEmpty() && !parsed.endpoint->tls) {
        err << PushText::tr("routescope: --ca-file is for a clickhouses:// (HTTPS) URL\n");
        return kExitUsage;
    }
    clickhouse::Endpoint endpoint = *parsed.endpoint;
    endpoint.caFile = options.caFile;
    // From the environment only: a password on the command line shows in `ps` and shell history.
    endpoint.password = qEnvironmentVariable("ROUTESCOPE_CLICKHOUSE_PASSWORD");

    const auto incident = importForCommand(options);
    const Diagnosis diagnosis = diagnose(*incident);
    clickhouse::Client client(endpoint);
    clickhouse::PushOptions pushOptions;
    pushOptions.create = options.create;
    pushOptions.cancel = &g_interrupted;
    if (options.progress)
        pushOptions.progress = [&err](const clickhouse::PushProgress& p) {
            err << PushText::tr(
                       "push: %1 %2 rows, %3 MB encoded, %4 MB sent (all tables: %5 rows, %6 MB sent)\n")
                       .arg(QString::fromStdString(p.table))
                       .arg(p.tableRows)
                       .arg(megabytes(p.tableRowBytes), 0, 'f', 1)
                       .arg(megabytes(p.tableSentBytes), 0, 'f', 1)
                       .arg(p.totalRows)
                       .arg(megabytes(p.totalSentBytes), 0, 'f', 1);
            err.flush();
        };
    struct sigaction interrupt {};
    interrupt.sa_handler = onInterrupt;
    interrupt.sa_flags = SA_RESETHAND;
    sigemptyset(&interrupt.sa_mask);
    struct sigaction previous {};
    sigaction(SIGINT, &interrupt, &previous);
    const clickhouse::PushResult result = clickhouse::pushIncident(client, *incident, diagnosis, pushOptions);
    sigaction(SIGINT, &previous, nullptr);

    Output out(stdout);
    if (result.cancelled) {
        err << PushText::tr("routescope: push interrupted: %1\n").arg(result.error);
        for (const auto& [table, rows] : result.rows)
            err << QStringLiteral("  %1 %2\n").arg(QString::fromStdString(table), -18).arg(rows);
        return kExitInterrupted;
    }
    if (!result.ok) {
        err << PushText::tr("routescope: push failed: %1\n").arg(result.error);
        return kExitInputProblems;
    }
    const QString target = clickhouse::endpointDisplay(endpoint);
    if (result.alreadyPushed) {
        out << PushText::tr("bundle %1 is already in %2: nothing added\n")
                   .arg(QString::fromStdString(result.bundle), target);
        return kExitOk;
    }
    out << PushText::tr("bundle %1 pushed to %2\n").arg(QString::fromStdString(result.bundle), target);
    if (result.leftoverRows > 0)
        out << PushText::tr("  removed first: %1 rows of an interrupted push of this bundle\n")
                   .arg(result.leftoverRows);
    for (const auto& [table, rows] : result.rows)
        out << QStringLiteral("  %1 %2\n").arg(QString::fromStdString(table), -18).arg(rows);
    const double seconds = std::max(result.seconds, 1e-6);
    out << PushText::tr("  %1 rows in %2 s (%3 rows/s), %4 MB encoded, %5 MB sent in %6 inserts\n")
               .arg(result.totalRows())
               .arg(result.seconds, 0, 'f', 2)
               .arg(static_cast<double>(result.totalRows()) / seconds, 0, 'f', 0)
               .arg(static_cast<double>(result.rowBytes) / 1e6, 0, 'f', 1)
               .arg(static_cast<double>(result.sentBytes) / 1e6, 0, 'f', 1)
               .arg(result.inserts);
    return incident->report.hasProblems() ? 1 : 0;
}

} // namespace rs::cli
