#include "core/clickhouse/rangeincident.h"

#include "core/bundle/identity.h"
#include "core/clickhouse/filtersql.h"
#include "core/clickhouse/rowbinary.h"
#include "core/clickhouse/sqlquote.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClickHouseDrillText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseDrillText)
};

namespace rs::clickhouse {
namespace {

// Reads one row's columns; the first read past the end clears `ok` and later reads give defaults.
struct Columns {
    RowBinaryReader& reader;
    bool ok = true;

    std::string s()
    {
        auto value = reader.string();
        if (!value) {
            ok = false;
            return {};
        }
        return std::move(*value);
    }
    template <typename T> T n()
    {
        const auto value = reader.number<T>();
        if (!value) {
            ok = false;
            return T{};
        }
        return *value;
    }
    std::vector<std::uint32_t> array()
    {
        const auto size = reader.varUInt();
        if (!size) {
            ok = false;
            return {};
        }
        std::vector<std::uint32_t> values;
        for (std::uint64_t i = 0; i < *size && ok; ++i)
            values.push_back(n<std::uint32_t>());
        return values;
    }
};

Tri triOf(std::int8_t value)
{
    return value < 0 ? Tri::Unknown : value > 0 ? Tri::True : Tri::False;
}

// The inverse of the push's enum ids: every value of the enumeration, first to last.
template <typename Enum, typename IdOf> Enum enumOf(std::string_view id, Enum last, Enum fallback, IdOf idOf)
{
    for (int i = 0; i <= static_cast<int>(last); ++i) {
        const auto value = static_cast<Enum>(i);
        if (idOf(value) == id)
            return value;
    }
    return fallback;
}

StderrKind stderrKindOf(std::string_view id)
{
    // The ids pushrows.cpp writes.
    if (id == "proxy_error")
        return StderrKind::ProxyError;
    if (id == "tls_handshake_error")
        return StderrKind::TlsHandshakeError;
    if (id == "panic")
        return StderrKind::Panic;
    return StderrKind::Other;
}

std::string quotedList(const std::vector<std::string>& values)
{
    std::string out;
    for (const std::string& value : values)
        out += (out.empty() ? "" : ", ") + quoteString(value);
    return out.empty() ? std::string("''") : out;
}

// Files, identities and strings of the incident being built.
class Builder {
public:
    explicit Builder(Incident& incident)
        : m_incident(incident)
    {}

    IdentityIndex identity(const std::string& display)
    {
        if (const auto it = m_identities.find(display); it != m_identities.end())
            return it->second;
        IdentityInfo info;
        info.display = display;
        const Identity parsed = identityFromPath(display);
        if (parsed.fromPath && parsed.display == display) {
            info.group = parsed.group;
            info.id = parsed.id;
            info.role = parsed.role;
        } else if (const auto slash = display.find('/'); slash != std::string::npos) {
            // "router/d60e…", "diego-cell/1": the display names the push stored.
            info.group = display.substr(0, slash);
            info.id = display.substr(slash + 1);
            info.role = roleOfGroup(info.group);
        }
        const IdentityIndex index = m_incident.tables.identityIndex(info);
        m_identities.emplace(display, index);
        return index;
    }

    // The file of a row: one per bundle and path, described as the import would.
    FileIndex file(const std::string& bundle, const std::string& path, FileKind kind, IdentityIndex identity,
                   TimeNs time)
    {
        auto [it, inserted] =
            m_files.try_emplace({bundle, path}, static_cast<FileIndex>(m_incident.report.files.size()));
        if (inserted) {
            FileReport report;
            report.path = path;
            report.kind = kind;
            report.identity = m_incident.identity(identity).display;
            report.logicalLog = path;
            m_incident.report.files.push_back(std::move(report));
            m_incident.fileText.emplace_back(); // no text: rawLine() is empty for every row
        }
        FileReport& report = m_incident.report.files[it->second];
        ++report.records;
        ++report.lines;
        if (time != kNoTime) {
            if (report.first == kNoTime || time < report.first)
                report.first = time;
            if (report.last == kNoTime || time > report.last)
                report.last = time;
        }
        return it->second;
    }

    StringPool::Id str(std::string_view text) { return m_incident.tables.strings.intern(text); }

private:
    Incident& m_incident;
    std::map<std::string, IdentityIndex> m_identities;
    std::map<std::pair<std::string, std::string>, FileIndex> m_files;
};

class Drill {
public:
    Drill(Client& client, const DrillRequest& request, const DrillProgressFn& progress, DrillCancel* cancel)
        : m_client(client)
        , m_request(request)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_database(client.endpoint().database)
        , m_incident(std::make_shared<Incident>())
        , m_builder(*m_incident)
    {}

    DrillOutcome run();

private:
    // Runs a read query; false (with the outcome's error set) when it failed or was cancelled.
    bool read(const QString& purpose, const std::string& sql, std::uint64_t maxRows, QByteArray& body);
    bool cancelled()
    {
        if (m_cancel == nullptr || !m_cancel->cancelled())
            return false;
        m_outcome.cancelled = true;
        m_outcome.error = ClickHouseDrillText::tr("the drill was cancelled");
        return true;
    }
    bool unreadable(const QString& purpose)
    {
        m_outcome.error = ClickHouseDrillText::tr("%1: the server's answer could not be read").arg(purpose);
        return false;
    }
    void report(double fraction, const QString& stage) const
    {
        if (m_progress)
            m_progress({std::clamp(fraction, 0.0, 1.0), stage});
    }
    std::string table(std::string_view name) const { return m_database + "." + std::string(name); }

    bool count();
    bool bundles();
    bool requests();
    bool events();
    bool stderrLines();
    bool containers();
    bool routeSnapshots();
    bool lrpSnapshots();

    Client& m_client;
    const DrillRequest& m_request;
    const DrillProgressFn& m_progress;
    DrillCancel* m_cancel;
    std::string m_database;
    std::shared_ptr<Incident> m_incident;
    Builder m_builder;
    DrillOutcome m_outcome;
    std::string m_where;       // the range and the filter, over requests
    std::string m_range;       // the range alone
    std::string m_filterWhere; // the filter alone
    bool m_filtered = false;   // the filter constrains something
    std::vector<std::string> m_bundles;
};

bool Drill::read(const QString& purpose, const std::string& sql, std::uint64_t maxRows, QByteArray& body)
{
    const std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() + "-drill";
    if (m_cancel != nullptr)
        m_cancel->running(m_client.endpoint(), id);
    if (cancelled())
        return false;
    QuerySettings settings;
    settings.queryId = id;
    settings.maxExecutionSeconds = m_request.maxExecutionSeconds;
    settings.maxResultRows = maxRows;
    Reply reply = m_client.readQuery(purpose, sql, settings);
    if (m_cancel != nullptr)
        m_cancel->running(m_client.endpoint(), {});
    if (cancelled())
        return false;
    if (!reply.ok) {
        m_outcome.error = reply.error;
        m_outcome.unreachable = reply.httpStatus == 0;
        return false;
    }
    body = std::move(reply.body);
    return true;
}

bool Drill::count()
{
    const QString purpose = ClickHouseDrillText::tr("while counting the requests to drill");
    QByteArray body;
    if (!read(purpose, "SELECT count() FROM " + table("requests") + " WHERE " + m_where + " FORMAT TSV", 1,
              body))
        return false;
    bool ok = false;
    m_outcome.matched = body.trimmed().toULongLong(&ok);
    if (!ok)
        return unreadable(purpose);
    if (m_outcome.matched > m_request.maxRequests) {
        m_outcome.tooMany = true;
        m_outcome.error =
            ClickHouseDrillText::tr("the range holds %1 requests, more than the %2 a drill takes "
                                    "into a local incident: narrow the range or the filter")
                .arg(m_outcome.matched)
                .arg(m_request.maxRequests);
        return false;
    }
    return true;
}

bool Drill::bundles()
{
    const QString purpose = ClickHouseDrillText::tr("while finding the bundles of the range");
    QByteArray body;
    if (!read(purpose,
              "SELECT DISTINCT bundle FROM " + table("requests") + " WHERE " + m_where +
                  " ORDER BY bundle FORMAT RowBinary",
              100000, body))
        return false;
    RowBinaryReader reader(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    while (!reader.atEnd()) {
        auto bundle = reader.string();
        if (!bundle)
            return unreadable(purpose);
        m_bundles.push_back(std::move(*bundle));
    }
    return true;
}

bool Drill::requests()
{
    const QString purpose = ClickHouseDrillText::tr("while reading the requests of the range");
    const QString stage = ClickHouseDrillText::tr("Reading requests…");
    RequestTable& t = m_incident->tables.requests;
    t.reserve(static_cast<std::size_t>(m_outcome.matched));
    std::optional<std::tuple<std::string, std::string, std::uint64_t>> after;
    for (;;) {
        report(0.05 + 0.7 * (m_outcome.matched == 0
                                 ? 1.0
                                 : static_cast<double>(t.size()) / static_cast<double>(m_outcome.matched)),
               stage);
        std::string where = m_where;
        // Keyset paging on (bundle, file, line_offset), unique per pushed access line: the rows
        // come in the order of the files they were read from, as an import appends them.
        if (after)
            where += " AND (bundle, file, line_offset) > (" + quoteString(std::get<0>(*after)) + ", " +
                     quoteString(std::get<1>(*after)) + ", " + std::to_string(std::get<2>(*after)) + ")";
        const std::string sql =
            "SELECT bundle, file, line_offset, " + std::string(timeNsSql()) +
            ", router, request_id, host, method, status, backend, response_time_ns, gorouter_time_us, "
            "app_id, app_index, instance_id, router_error, failed_attempts FROM " +
            table("requests") + " WHERE " + where + " ORDER BY bundle, file, line_offset LIMIT " +
            std::to_string(m_request.pageRows) + " FORMAT RowBinary";
        QByteArray body;
        if (!read(purpose, sql, m_request.pageRows, body))
            return false;
        RowBinaryReader reader(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        std::size_t rows = 0;
        while (!reader.atEnd()) {
            Columns c{reader};
            std::string bundle = c.s();
            std::string file = c.s();
            const auto offset = c.n<std::uint64_t>();
            const auto time = c.n<std::int64_t>();
            const std::string router = c.s();
            const std::string requestId = c.s();
            const std::string host = c.s();
            const std::string method = c.s();
            const auto status = c.n<std::uint16_t>();
            const std::string backend = c.s();
            const auto responseTime = c.n<std::int64_t>();
            const auto gorouterTime = c.n<std::int32_t>();
            const std::string appId = c.s();
            const std::string appIndex = c.s();
            const std::string instanceId = c.s();
            const std::string routerError = c.s();
            const auto failedAttempts = c.n<std::int8_t>();
            if (!c.ok)
                return unreadable(purpose);
            if (t.size() >= m_request.maxRequests) {
                // Pushed since the count: the limit holds all the same.
                m_outcome.tooMany = true;
                m_outcome.error =
                    ClickHouseDrillText::tr("the range holds more than the %1 requests a drill takes into a "
                                            "local incident: narrow the range or the filter")
                        .arg(m_request.maxRequests);
                return false;
            }
            const IdentityIndex identity = m_builder.identity(router);
            const FileIndex f = m_builder.file(bundle, file, FileKind::AccessLog, identity, time);
            t.start.push_back(time);
            t.responseTime.push_back(responseTime);
            t.gorouterTimeUs.push_back(gorouterTime);
            t.status.push_back(status);
            t.identity.push_back(identity);
            t.host.push_back(m_builder.str(host));
            t.method.push_back(m_builder.str(method));
            t.backend.push_back(m_builder.str(backend));
            t.appId.push_back(m_builder.str(appId));
            t.appIndex.push_back(m_builder.str(appIndex));
            t.instanceId.push_back(m_builder.str(instanceId));
            t.routerError.push_back(m_builder.str(routerError));
            t.requestId.push_back(requestId.empty() ? RequestId{}
                                                    : makeRequestId(requestId, m_incident->tables.strings));
            t.failedAttempts.push_back(failedAttempts);
            t.source.push(f, offset);
            after.emplace(std::move(bundle), std::move(file), offset);
            ++rows;
        }
        if (rows < m_request.pageRows)
            return true;
    }
}

bool Drill::events()
{
    const QString purpose = ClickHouseDrillText::tr("while reading the router events of the range");
    report(0.75, ClickHouseDrillText::tr("Reading router events…"));
    // The requests' own events (by the key the push gave both; 8 bytes a request in the server's
    // set), also those logged up to eventGrace after the range by requests of its last stretch;
    // and the range's events of no request (registrations, prunes, status).
    const auto drilled = [&](const std::string& range) {
        return "request_key GLOBAL IN (SELECT request_key FROM " + table("requests") + " WHERE " + range +
               " AND " + m_filterWhere + ")";
    };
    const TimeNs graceEnd = addClamped(m_request.to, m_request.eventGrace);
    const TimeNs lastStretch = std::max(m_request.from, subClamped(m_request.to, m_request.eventGrace));
    const std::string where = "(" + m_range +
                              (m_filtered ? " AND (request_id = '' OR " + drilled(m_range) + ")" : "") +
                              ") OR (" + timeRangeSql(m_request.to, graceEnd) + " AND request_id != '' AND " +
                              drilled(timeRangeSql(lastStretch, m_request.to)) + ")";
    const std::string sql =
        "SELECT bundle, file, line_offset, " + std::string(timeNsSql()) +
        ", router, message, level, action, error, endpoint, app_id, instance_id, uri, request_id, attempt, "
        "num_endpoints, retriable, conn_reused FROM " +
        table("router_events") + " WHERE " + where +
        " ORDER BY bundle, file, line_offset, endpoint FORMAT RowBinary";
    QByteArray body;
    // A failed request logs a few events; a generous cap, so that the server refuses before the
    // answer outgrows memory.
    if (!read(purpose, sql, std::max<std::uint64_t>(m_request.maxRequests * 10, 1'000'000), body))
        return false;
    RouterEventTable& t = m_incident->tables.events;
    RowBinaryReader reader(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    while (!reader.atEnd()) {
        Columns c{reader};
        const std::string bundle = c.s();
        const std::string file = c.s();
        const auto offset = c.n<std::uint64_t>();
        const auto time = c.n<std::int64_t>();
        const std::string router = c.s();
        const std::string message = c.s();
        const std::string level = c.s();
        const std::string action = c.s();
        const std::string error = c.s();
        const std::string endpoint = c.s();
        const std::string appId = c.s();
        const std::string instanceId = c.s();
        const std::string uri = c.s();
        const std::string requestId = c.s();
        const auto attempt = c.n<std::int16_t>();
        const auto numEndpoints = c.n<std::int16_t>();
        const auto retriable = c.n<std::int8_t>();
        const auto connReused = c.n<std::int8_t>();
        if (!c.ok)
            return unreadable(purpose);
        const IdentityIndex identity = m_builder.identity(router);
        t.time.push_back(time);
        t.identity.push_back(identity);
        t.message.push_back(enumOf(message, RouterMessage::Lifecycle, RouterMessage::Other, routerMessageId));
        t.level.push_back(enumOf(level, LogLevel::Unknown, LogLevel::Unknown, logLevelId));
        t.action.push_back(m_builder.str(action));
        t.error.push_back(m_builder.str(error));
        t.endpoint.push_back(m_builder.str(endpoint));
        t.appId.push_back(m_builder.str(appId));
        t.instanceId.push_back(m_builder.str(instanceId));
        t.uri.push_back(m_builder.str(uri));
        t.requestId.push_back(requestId.empty() ? RequestId{}
                                                : makeRequestId(requestId, m_incident->tables.strings));
        t.attempt.push_back(attempt);
        t.numEndpoints.push_back(numEndpoints);
        t.retriable.push_back(triOf(retriable));
        t.connReused.push_back(triOf(connReused));
        // Not pushed.
        t.gotConnection.push_back(Tri::Unknown);
        t.wroteHeaders.push_back(Tri::Unknown);
        t.isTls.push_back(Tri::Unknown);
        t.source.push(m_builder.file(bundle, file, FileKind::GorouterLog, identity, time), offset);
    }
    return true;
}

bool Drill::stderrLines()
{
    const QString purpose = ClickHouseDrillText::tr("while reading the stderr lines of the range");
    report(0.85, ClickHouseDrillText::tr("Reading stderr lines…"));
    const std::string sql = "SELECT bundle, file, line_offset, " + std::string(timeNsSql()) +
                            ", router, kind, error, peer FROM " + table("stderr_lines") + " WHERE " +
                            m_range + " AND bundle IN (" + quotedList(m_bundles) +
                            ") ORDER BY bundle, file, line_offset FORMAT RowBinary";
    QByteArray body;
    if (!read(purpose, sql, std::max<std::uint64_t>(m_request.maxRequests * 2, 1'000'000), body))
        return false;
    StderrTable& t = m_incident->tables.stderrLines;
    RowBinaryReader reader(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    while (!reader.atEnd()) {
        Columns c{reader};
        const std::string bundle = c.s();
        const std::string file = c.s();
        const auto offset = c.n<std::uint64_t>();
        const auto time = c.n<std::int64_t>();
        const std::string router = c.s();
        const std::string kind = c.s();
        const std::string error = c.s();
        const std::string peer = c.s();
        if (!c.ok)
            return unreadable(purpose);
        const IdentityIndex identity = m_builder.identity(router);
        t.time.push_back(time);
        t.identity.push_back(identity);
        t.kind.push_back(stderrKindOf(kind));
        t.error.push_back(m_builder.str(error));
        t.peer.push_back(m_builder.str(peer));
        t.source.push(m_builder.file(bundle, file, FileKind::GorouterStderr, identity, time), offset);
    }
    return true;
}

bool Drill::containers()
{
    const QString purpose = ClickHouseDrillText::tr("while reading the container events of the bundles");
    report(0.9, ClickHouseDrillText::tr("Reading container events…"));
    // All of the bundles': a cell's log reaches back before the routers' and the findings look
    // for crashes before the failures.
    const std::string sql = "SELECT bundle, file, line_offset, " + std::string(timeNsSql()) +
                            ", cell, kind, instance_guid, process_guid, reason, exit_status, oom FROM " +
                            table("container_events") + " WHERE bundle IN (" + quotedList(m_bundles) +
                            ") ORDER BY bundle, file, line_offset FORMAT RowBinary";
    QByteArray body;
    if (!read(purpose, sql, std::max<std::uint64_t>(m_request.maxRequests, 1'000'000), body))
        return false;
    ContainerEventTable& t = m_incident->tables.containers;
    RowBinaryReader reader(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    while (!reader.atEnd()) {
        Columns c{reader};
        const std::string bundle = c.s();
        const std::string file = c.s();
        const auto offset = c.n<std::uint64_t>();
        const auto time = c.n<std::int64_t>();
        const std::string cell = c.s();
        const std::string kind = c.s();
        const std::string instanceGuid = c.s();
        const std::string processGuid = c.s();
        const std::string reason = c.s();
        const auto exitStatus = c.n<std::int16_t>();
        const auto oom = c.n<std::uint8_t>();
        if (!c.ok)
            return unreadable(purpose);
        const IdentityIndex identity = m_builder.identity(cell);
        t.time.push_back(time);
        t.identity.push_back(identity);
        t.kind.push_back(
            enumOf(kind, ContainerEventKind::Destroyed, ContainerEventKind::Exited, containerEventId));
        t.instanceGuid.push_back(m_builder.str(instanceGuid));
        t.processGuid.push_back(m_builder.str(processGuid));
        t.reason.push_back(m_builder.str(reason));
        t.exitStatus.push_back(exitStatus);
        t.oom.push_back(oom != 0);
        t.source.push(m_builder.file(bundle, file, FileKind::LagerLog, identity, time), offset);
    }
    return true;
}

bool Drill::routeSnapshots()
{
    const QString purpose = ClickHouseDrillText::tr("while reading the route-table snapshots of the bundles");
    report(0.95, ClickHouseDrillText::tr("Reading route-table snapshots…"));
    const std::string sql =
        "SELECT bundle, file, " + std::string(timeNsSql()) +
        ", time_known, router, route, address, protocol, tls, ttl, private_instance_id, app_id, app_name, "
        "process_instance_id, instance_index, space, org, isolation_segment, server_cert_domain_san, "
        "route_service_url, availability_zone FROM " +
        table("route_snapshots") + " WHERE bundle IN (" + quotedList(m_bundles) +
        ") ORDER BY bundle, file, router, time, time_ns, time_known, route, address FORMAT RowBinary";
    QByteArray body;
    if (!read(purpose, sql, std::max<std::uint64_t>(m_request.maxRequests, 1'000'000), body))
        return false;
    auto& snapshots = m_incident->tables.routeSnapshots;
    // One snapshot per bundle, file, router and capture time, as the push wrote them.
    std::tuple<std::string, std::string, std::string, TimeNs, bool> current;
    RowBinaryReader reader(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    while (!reader.atEnd()) {
        Columns c{reader};
        std::string bundle = c.s();
        std::string file = c.s();
        const auto time = c.n<std::int64_t>();
        const bool known = c.n<std::uint8_t>() != 0;
        std::string router = c.s();
        RouteEndpointRow row;
        row.route = c.s();
        row.address = c.s();
        row.protocol = c.s();
        row.tls = triOf(c.n<std::int8_t>());
        row.ttl = c.n<std::int32_t>();
        row.privateInstanceId = c.s();
        row.tagAppId = c.s();
        row.tagAppName = c.s();
        row.tagProcessInstanceId = c.s();
        row.tagInstanceIndex = c.s();
        row.tagSpaceName = c.s();
        row.tagOrgName = c.s();
        row.isolationSegment = c.s();
        row.serverCertDomainSan = c.s();
        row.routeServiceUrl = c.s();
        row.availabilityZone = c.s();
        if (!c.ok)
            return unreadable(purpose);
        row.hasTags = !row.tagAppId.empty() || !row.tagAppName.empty() || !row.tagProcessInstanceId.empty() ||
                      !row.tagInstanceIndex.empty() || !row.tagSpaceName.empty() || !row.tagOrgName.empty();
        const TimeNs takenAt = known ? time : kNoTime;
        auto key = std::make_tuple(bundle, file, router, takenAt, known);
        if (snapshots.empty() || key != current) {
            const IdentityIndex identity = m_builder.identity(router);
            RouteSnapshot snapshot;
            snapshot.identity = identity;
            snapshot.file = m_builder.file(bundle, file, FileKind::RouteDump, identity, takenAt);
            snapshot.takenAt = takenAt;
            snapshots.push_back(std::move(snapshot));
            current = std::move(key);
        }
        snapshots.back().rows.push_back(std::move(row));
    }
    return true;
}

bool Drill::lrpSnapshots()
{
    const QString purpose = ClickHouseDrillText::tr("while reading the LRP captures of the bundles");
    report(0.97, ClickHouseDrillText::tr("Reading LRP captures…"));
    const std::string sql =
        "SELECT bundle, file, " + std::string(timeNsSql()) +
        ", time_known, process_guid, domain, instance_guid, cell_id, address, instance_address, "
        "preferred_address, state, presence, crash_reason, placement_error, availability_zone, "
        "instance_index, crash_count, since_ns, container_ports, host_ports, container_tls_proxy_ports, "
        "host_tls_proxy_ports, routable, evacuating FROM " +
        table("lrp_snapshots") + " WHERE bundle IN (" + quotedList(m_bundles) +
        ") ORDER BY bundle, file, time, time_ns, time_known, seq FORMAT RowBinary";
    QByteArray body;
    if (!read(purpose, sql, std::max<std::uint64_t>(m_request.maxRequests, 1'000'000), body))
        return false;
    auto& snapshots = m_incident->tables.lrpSnapshots;
    // One capture per bundle, file and capture time, its rows in the order the push read them.
    std::tuple<std::string, std::string, TimeNs, bool> current;
    RowBinaryReader reader(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    while (!reader.atEnd()) {
        Columns c{reader};
        std::string bundle = c.s();
        std::string file = c.s();
        const auto time = c.n<std::int64_t>();
        const bool known = c.n<std::uint8_t>() != 0;
        LrpRow row;
        row.processGuid = c.s();
        row.domain = c.s();
        row.instanceGuid = c.s();
        row.cellId = c.s();
        row.address = c.s();
        row.instanceAddress = c.s();
        row.preferredAddress = c.s();
        row.state = c.s();
        row.presence = c.s();
        row.crashReason = c.s();
        row.placementError = c.s();
        row.availabilityZone = c.s();
        row.index = c.n<std::int32_t>();
        row.crashCount = c.n<std::int32_t>();
        row.since = c.n<std::int64_t>();
        const std::vector<std::uint32_t> containerPorts = c.array();
        const std::vector<std::uint32_t> hostPorts = c.array();
        const std::vector<std::uint32_t> containerTlsPorts = c.array();
        const std::vector<std::uint32_t> hostTlsPorts = c.array();
        row.routable = triOf(c.n<std::int8_t>());
        row.evacuating = c.n<std::uint8_t>() != 0;
        if (!c.ok || hostPorts.size() != containerPorts.size() ||
            containerTlsPorts.size() != containerPorts.size() || hostTlsPorts.size() != containerPorts.size())
            return unreadable(purpose);
        for (std::size_t i = 0; i < containerPorts.size(); ++i)
            row.ports.push_back({containerPorts[i], hostPorts[i], containerTlsPorts[i], hostTlsPorts[i]});
        const TimeNs takenAt = known ? time : kNoTime;
        auto key = std::make_tuple(bundle, file, takenAt, known);
        if (snapshots.empty() || key != current) {
            // A capture names no VM: its file stands for it, as in the import. No time for the
            // file's span either (the import gives an LRP file none).
            const IdentityIndex identity = m_builder.identity(file);
            LrpSnapshot snapshot;
            snapshot.file = m_builder.file(bundle, file, FileKind::ActualLrps, identity, kNoTime);
            snapshot.takenAt = takenAt;
            snapshots.push_back(std::move(snapshot));
            current = std::move(key);
        } else {
            m_builder.file(bundle, file, FileKind::ActualLrps, m_builder.identity(file), kNoTime);
        }
        snapshots.back().rows.push_back(std::move(row));
    }
    return true;
}

DrillOutcome Drill::run()
{
    QElapsedTimer timer;
    timer.start();
    if (m_request.from == kNoTime || m_request.to == kNoTime || m_request.to <= m_request.from ||
        m_request.from < 0) {
        m_outcome.error = ClickHouseDrillText::tr("a drill needs a time range with its start before its end");
        return m_outcome;
    }
    const FilterSql filter = filterToSql(m_request.filter, m_database);
    if (!filter.where) {
        m_outcome.error = filter.error;
        m_outcome.badFilter = true;
        return m_outcome;
    }
    m_range = timeRangeSql(m_request.from, m_request.to);
    m_filtered = *filter.where != "1";
    m_filterWhere = *filter.where;
    m_where = m_range + " AND " + *filter.where;
    report(0, ClickHouseDrillText::tr("Counting requests…"));
    if (!count() || !bundles() || !requests() || !events() || !stderrLines() || !containers() ||
        !routeSnapshots() || !lrpSnapshots())
        return m_outcome;

    Incident& incident = *m_incident;
    ImportReport& r = incident.report;
    QString input =
        QStringLiteral("%1 from %2 to %3")
            .arg(endpointDisplay(m_client.endpoint()), QString::fromStdString(formatTimeUtc(m_request.from)),
                 QString::fromStdString(formatTimeUtc(m_request.to)));
    r.inputs.push_back(input.toStdString());
    for (const FileReport& file : r.files)
        r.lines += file.lines;
    r.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    incident.computeSpan();
    report(1, ClickHouseDrillText::tr("Done"));
    m_outcome.incident = std::move(m_incident);
    return m_outcome;
}

} // namespace

void DrillCancel::cancel()
{
    m_cancelled.store(true);
    std::optional<Endpoint> endpoint;
    std::string id;
    {
        const std::lock_guard lock(m_mutex);
        endpoint = m_endpoint;
        id = m_queryId;
    }
    if (!endpoint || id.empty())
        return;
    // A pool thread: Client runs a local event loop, which the caller (often the GUI thread) should
    // not have to spin.
    QThreadPool::globalInstance()->start([endpoint = *endpoint, id] {
        ClientOptions options;
        options.timeoutMs = 10000;
        options.attempts = 2;
        Client client(endpoint, options);
        client.cancelQuery(id);
    });
}

void DrillCancel::running(const Endpoint& endpoint, const std::string& queryId)
{
    const std::lock_guard lock(m_mutex);
    m_endpoint = endpoint;
    m_queryId = queryId;
}

DrillOutcome drillRange(Client& client, const DrillRequest& request, const DrillProgressFn& progress,
                        DrillCancel* cancel)
{
    Drill drill(client, request, progress, cancel);
    return drill.run();
}

TimeSpanOutcome requestTimeSpan(Client& client)
{
    TimeSpanOutcome outcome;
    const QString purpose = ClickHouseDrillText::tr("while reading the time span of the requests");
    QuerySettings settings;
    settings.queryId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() + "-span";
    settings.maxResultRows = 1;
    const std::string timeNs(timeNsSql());
    const Reply reply = client.readQuery(purpose,
                                         "SELECT count(), min(" + timeNs + "), max(" + timeNs + ") FROM " +
                                             client.endpoint().database +
                                             ".requests WHERE toUInt32(time) != 0 FORMAT RowBinary",
                                         settings);
    if (!reply.ok) {
        outcome.error = reply.error;
        outcome.unreachable = reply.httpStatus == 0;
        return outcome;
    }
    RowBinaryReader reader(
        std::string_view(reply.body.constData(), static_cast<std::size_t>(reply.body.size())));
    const auto rows = reader.number<std::uint64_t>();
    const auto first = reader.number<std::int64_t>();
    const auto last = reader.number<std::int64_t>();
    if (!rows || !first || !last) {
        outcome.error = ClickHouseDrillText::tr("%1: the server's answer could not be read").arg(purpose);
        return outcome;
    }
    if (*rows > 0) {
        outcome.first = *first;
        outcome.last = *last;
    }
    return outcome;
}

QString endpointDisplay(const Endpoint& endpoint)
{
    return QStringLiteral("%1://%2@%3:%4/%5")
        .arg(endpoint.tls ? QStringLiteral("clickhouses") : QStringLiteral("clickhouse"), endpoint.user,
             endpoint.host)
        .arg(endpoint.port)
        .arg(QString::fromStdString(endpoint.database));
}

} // namespace rs::clickhouse
