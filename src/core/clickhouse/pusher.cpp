#include "core/clickhouse/pusher.h"

#include "core/clickhouse/pushrows.h"
#include "core/clickhouse/schema.h"
#include "core/clickhouse/sqlquote.h"
#include "core/diagnosis/findings.h"
#include "core/util/buildinfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <chrono>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClickHousePushText {
    Q_DECLARE_TR_FUNCTIONS(ClickHousePushText)
};

namespace rs::clickhouse {
namespace {

std::optional<std::uint64_t> countOf(Client& client, const QString& purpose, const std::string& sql,
                                     QString* error)
{
    const Reply reply = client.query(purpose, sql + " FORMAT TSV");
    if (!reply.ok) {
        *error = reply.error;
        return std::nullopt;
    }
    bool ok = false;
    const std::uint64_t n = reply.body.trimmed().toULongLong(&ok);
    if (!ok) {
        *error =
            ClickHousePushText::tr("%1: ClickHouse answered something that is not a number").arg(purpose);
        return std::nullopt;
    }
    return n;
}

// The bundle's rows of an interrupted push (tables filled, imports row never written) go before
// the bundle is pushed again; otherwise they would count twice.
bool removeLeftovers(Client& client, const std::string& bundle, const PushOptions& options,
                     PushResult& result)
{
    const std::string& database = client.endpoint().database;
    const std::string where = " WHERE bundle = " + quoteString(bundle);
    std::string sql = "SELECT sum(n) FROM (";
    bool first = true;
    for (const TableSchema& t : schema()) {
        if (t.name == "imports")
            continue;
        sql += first ? "" : " UNION ALL ";
        sql += "SELECT count() AS n FROM " + database + "." + std::string(t.name) + where;
        first = false;
    }
    sql += ")";
    const auto leftovers = countOf(client, ClickHousePushText::tr("Looking for rows of an interrupted push"),
                                   sql, &result.error);
    if (!leftovers)
        return false;
    result.leftoverRows = *leftovers;
    if (*leftovers == 0)
        return true;
    for (const TableSchema& t : schema()) {
        if (t.name == "imports")
            continue;
        const Reply reply =
            client.query(ClickHousePushText::tr("Removing rows of an interrupted push from %1")
                             .arg(QString::fromUtf8(t.name.data(), static_cast<qsizetype>(t.name.size()))),
                         "ALTER TABLE " + database + "." + std::string(t.name) + " DELETE" + where);
        if (!reply.ok) {
            result.error = reply.error;
            return false;
        }
    }
    // ALTER … DELETE is a mutation that runs in the background (18.16 has no mutations_sync).
    QElapsedTimer waited;
    waited.start();
    while (true) {
        const auto running =
            countOf(client, ClickHousePushText::tr("Waiting for the removal of old rows"),
                    "SELECT count() FROM system.mutations WHERE database = " + quoteString(database) +
                        " AND is_done = 0",
                    &result.error);
        if (!running)
            return false;
        if (*running == 0)
            return true;
        if (waited.elapsed() > options.mutationWaitMs) {
            result.error =
                ClickHousePushText::tr("The removal of an interrupted push's rows did not finish in "
                                       "time; push again later");
            return false;
        }
        QThread::msleep(100);
    }
}

void encodeImport(RowBinaryWriter& rows, const Incident& incident, const PushResult& result)
{
    rows.string(result.bundle);
    rows.time(incident.begin);
    rows.time(incident.end);
    rows.number(static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count())); // pushed_at: a DateTime alone
    rows.string(buildInfo().version.toStdString());
    const ImportReport& report = incident.report;
    rows.varUInt(report.inputs.size());
    for (const std::string& input : report.inputs)
        rows.string(input);
    rows.varUInt(report.files.size());
    for (const FileReport& file : report.files)
        rows.string(file.path);
    rows.varUInt(report.files.size());
    for (const FileReport& file : report.files)
        rows.string(fileKindId(file.kind));
    rows.varUInt(report.files.size());
    for (const FileReport& file : report.files)
        rows.number<std::uint64_t>(file.bytes);
    rows.number<std::uint64_t>(report.bytes);
    // The imports table's counts are those of its first release: the LRP rows, added later, are
    // not counted there (an existing table keeps its columns; count() on lrp_snapshots tells).
    for (const auto& [table, count] : result.rows)
        if (table != "lrp_snapshots")
            rows.number<std::uint64_t>(count);
    rows.endRow();
}

} // namespace

std::uint64_t PushResult::totalRows() const
{
    std::uint64_t total = 0;
    for (const auto& entry : rows)
        total += entry.second;
    return total;
}

bool createSchema(Client& client, QString* error)
{
    for (const std::string& statement : createStatements(client.endpoint().database)) {
        const Reply reply = client.query(ClickHousePushText::tr("Creating the RouteScope tables"), statement);
        if (!reply.ok) {
            *error = reply.error;
            return false;
        }
    }
    return true;
}

PushResult pushIncident(Client& client, const Incident& incident, const Diagnosis& diagnosis,
                        const PushOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    PushResult result;
    result.bundle = bundleHash(incident);
    const auto done = [&](bool ok) {
        result.ok = ok;
        result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return result;
    };
    if (options.create && !createSchema(client, &result.error))
        return done(false);

    const std::string& database = client.endpoint().database;
    const auto present =
        countOf(client, ClickHousePushText::tr("Checking whether the bundle was pushed before"),
                "SELECT count() FROM " + database + ".imports WHERE bundle = " + quoteString(result.bundle),
                &result.error);
    if (!present)
        return done(false);
    if (*present > 0) {
        result.alreadyPushed = true;
        return done(true);
    }
    const auto cancelled = [&] {
        if (options.cancel == nullptr || !options.cancel->load())
            return false;
        result.cancelled = true;
        result.error =
            ClickHousePushText::tr("cancelled after %n row(s); the bundle is not marked as pushed: "
                                   "push it again to complete it",
                                   nullptr, static_cast<int>(result.totalRows()));
        return true;
    };
    if (cancelled()) // before anything changes on the server
        return done(false);
    if (!removeLeftovers(client, result.bundle, options, result))
        return done(false);

    const RouteAnalysis routes = analyseRoutes(incident);
    const std::vector<Finding> findings = computeFindings(incident, diagnosis, routes);
    const PushSource source{incident, diagnosis, routes, findings, result.bundle};
    PushProgress progress;
    const auto insert = [&](std::string_view table, const RowBinaryWriter& rows) {
        const Reply reply = client.insertRowBinary(
            ClickHousePushText::tr("Inserting %n row(s) into %1", nullptr, static_cast<int>(rows.rows()))
                .arg(QString::fromUtf8(table.data(), static_cast<qsizetype>(table.size()))),
            table, rows.bytes());
        result.rowBytes += rows.bytes().size();
        result.sentBytes += static_cast<std::uint64_t>(reply.sentBytes);
        ++result.inserts;
        if (!reply.ok) {
            result.error = reply.error;
            return false;
        }
        if (progress.table != table)
            progress = PushProgress{std::string(table)};
        progress.tableRows += rows.rows();
        progress.tableRowBytes += rows.bytes().size();
        progress.tableSentBytes += static_cast<std::uint64_t>(reply.sentBytes);
        if (!result.rows.empty() && result.rows.back().first == table)
            result.rows.back().second += rows.rows();
        progress.totalRows = result.totalRows() + (table == "imports" ? 1 : 0);
        progress.totalSentBytes = result.sentBytes;
        if (options.progress)
            options.progress(progress);
        return true;
    };
    const BatchSink sink = [&](std::string_view table, const RowBinaryWriter& rows) {
        return insert(table, rows) && !cancelled();
    };
    RowEncoder encoder(source, sink, options.batchBytes);
    using Step = std::optional<std::uint64_t> (RowEncoder::*)();
    const std::pair<const char*, Step> steps[] = {
        {"requests", &RowEncoder::requests},
        {"attempts", &RowEncoder::attempts},
        {"router_events", &RowEncoder::routerEvents},
        {"stderr_lines", &RowEncoder::stderrLines},
        {"container_events", &RowEncoder::containerEvents},
        {"route_snapshots", &RowEncoder::routeSnapshots},
        {"lrp_snapshots", &RowEncoder::lrpSnapshots},
        {"stale_endpoints", &RowEncoder::staleEndpoints},
        {"findings", &RowEncoder::findings},
    };
    for (const auto& [table, step] : steps) {
        result.rows.emplace_back(table, 0); // the sink counts the batches the server took
        const auto rows = (encoder.*step)();
        if (!rows)
            return done(false);
        result.rows.back().second = *rows;
        if (*rows == 0 && cancelled()) // an empty table sends no batch to stop after
            return done(false);
    }
    // Last: the imports row marks the bundle complete (no cancelling after it: it is done).
    RowBinaryWriter importRow;
    encodeImport(importRow, incident, result);
    if (!insert("imports", importRow))
        return done(false);
    return done(true);
}

} // namespace rs::clickhouse
