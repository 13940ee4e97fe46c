#include "core/clickhouse/pushrows.h"

#include "core/diagnosis/staleroutes.h"
#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"
#include "core/util/fnv.h"

#include <QCryptographicHash>

#include <algorithm>

namespace rs::clickhouse {
namespace {

std::int8_t triValue(Tri value)
{
    return value == Tri::Unknown ? std::int8_t{-1} : value == Tri::True ? std::int8_t{1} : std::int8_t{0};
}

// murmur3's finaliser: FNV's low bits are good, its high bits less so, and SAMPLE 1/10 reads
// the key's range from the top.
std::uint64_t mix(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

std::string_view stderrKindId(StderrKind kind)
{
    switch (kind) {
    case StderrKind::ProxyError:
        return "proxy_error";
    case StderrKind::TlsHandshakeError:
        return "tls_handshake_error";
    case StderrKind::Panic:
        return "panic";
    case StderrKind::Other:
        break;
    }
    return "other";
}

} // namespace

std::uint64_t requestKeyOf(std::string_view requestId)
{
    return mix(fnv1a(requestId));
}

std::uint64_t provenanceKeyOf(std::string_view bundle, std::string_view file, std::uint64_t offset)
{
    const std::string_view offsetBytes(reinterpret_cast<const char*>(&offset), sizeof offset);
    return mix(fnv1a(offsetBytes, fnv1a(file, fnv1a(bundle))));
}

std::string bundleHash(const Incident& incident)
{
    std::vector<QByteArray> fileHashes;
    for (const SharedText& text : incident.fileText) {
        if (!text)
            continue;
        // Streamed: a loose file's text is read back, never held whole.
        QCryptographicHash file(QCryptographicHash::Sha256);
        text->scan(0, text->size(), [&](std::string_view chunk) {
            file.addData(QByteArrayView(chunk.data(), static_cast<qsizetype>(chunk.size())));
            return true;
        });
        fileHashes.push_back(file.result());
    }

    std::sort(fileHashes.begin(), fileHashes.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray& h : fileHashes)
        all.addData(h);
    return all.result().toHex().toStdString();
}

RowEncoder::RowEncoder(const PushSource& source, BatchSink sink, std::size_t batchBytes)
    : m_source(source)
    , m_incident(source.incident)
    , m_sink(std::move(sink))
    , m_batchBytes(batchBytes)
{}

bool RowEncoder::endRow(std::string_view table, bool last)
{
    m_rows.endRow();
    ++m_count;
    // 100 000 rows at most per batch: ClickHouse inserts a block of up to max_insert_block_size
    // (1 048 576) rows atomically, so a refused batch never leaves part of itself behind.
    if (!last && m_rows.bytes().size() < m_batchBytes && m_rows.rows() < 100000)
        return true;
    const bool ok = m_sink(table, m_rows);
    m_rows.clear();
    return ok;
}

bool RowEncoder::finish(std::string_view table)
{
    if (m_rows.rows() == 0)
        return true;
    const bool ok = m_sink(table, m_rows);
    m_rows.clear();
    return ok;
}

std::string_view RowEncoder::identity(IdentityIndex index) const
{
    return index < m_incident.tables.identities.size() ? std::string_view(m_incident.identity(index).display)
                                                       : std::string_view();
}

std::uint64_t RowEncoder::requestKey(const RequestId& id, const Provenance& source, std::size_t row) const
{
    if (!id.empty())
        return requestKeyOf(m_incident.requestIdText(id));
    return provenanceKeyOf(m_source.bundle, m_incident.filePath(source.file[row]), source.offset[row]);
}

std::optional<std::uint64_t> RowEncoder::requests()
{
    constexpr std::string_view kTable = "requests";
    m_count = 0;
    const RequestTable& requests = m_incident.tables.requests;
    const Diagnosis& diagnosis = m_source.diagnosis;
    AccessLogParser parser;
    AccessRecord record;
    for (std::size_t row = 0; row < requests.size(); ++row) {
        // The URI is not kept in a column: it comes from the raw line again, as in `requests`.
        const RawLine line = m_incident.rawLine(requests.source, row); // the record points into it
        const bool parsed = !parser.parse(unwrap(line.view()).payload, record);
        m_rows.string(m_source.bundle);
        m_rows.time(requests.start[row]);
        m_rows.string(identity(requests.identity[row]));
        m_rows.number(requestKey(requests.requestId[row], requests.source, row));
        m_rows.string(m_incident.requestIdText(requests.requestId[row]));
        m_rows.string(m_incident.str(requests.host[row]));
        m_rows.string(m_incident.str(requests.method[row]));
        m_rows.string(parsed ? record.uri : std::string_view());
        m_rows.number(requests.status[row]);
        m_rows.string(m_incident.str(requests.backend[row]));
        m_rows.number<std::int64_t>(requests.responseTime[row]);
        m_rows.number<std::int32_t>(requests.gorouterTimeUs[row]);
        m_rows.string(m_incident.str(requests.appId[row]));
        m_rows.string(m_incident.str(requests.appIndex[row]));
        m_rows.string(m_incident.str(requests.instanceId[row]));
        m_rows.string(m_incident.str(requests.routerError[row]));
        m_rows.number<std::int8_t>(requests.failedAttempts[row]);
        m_rows.number<std::uint16_t>(diagnosis.attemptsCount[row]);
        m_rows.string(errorClassId(diagnosis.errorClass[row]));
        m_rows.string(sourceId(diagnosis.source[row]));
        m_rows.string(evidenceId(diagnosis.evidence[row]));
        m_rows.string(evidenceText(m_incident, diagnosis, row));
        m_rows.string(m_incident.filePath(requests.source.file[row]));
        m_rows.number<std::uint64_t>(requests.source.offset[row]);
        if (!endRow(kTable))
            return std::nullopt;
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::attempts()
{
    constexpr std::string_view kTable = "attempts";
    m_count = 0;
    const RequestTable& requests = m_incident.tables.requests;
    const RouterEventTable& events = m_incident.tables.events;
    const Diagnosis& diagnosis = m_source.diagnosis;
    for (std::size_t row = 0; row < requests.size(); ++row) {
        const std::uint32_t begin = diagnosis.attemptsBegin[row];
        const std::uint32_t count = diagnosis.attemptsCount[row];
        if (count == 0)
            continue;
        const std::uint64_t key = requestKey(requests.requestId[row], requests.source, row);
        const std::string requestId = m_incident.requestIdText(requests.requestId[row]);
        for (std::uint32_t i = begin; i < begin + count; ++i) {
            const std::uint32_t event = diagnosis.attemptEvents[i];
            const std::string_view error = m_incident.str(events.error[event]);
            m_rows.string(m_source.bundle);
            m_rows.time(events.time[event]);
            m_rows.string(identity(events.identity[event]));
            m_rows.number(key);
            m_rows.string(requestId);
            // Gorouter numbers attempts from 1; older releases do not, then the join's order does.
            m_rows.number(static_cast<std::uint16_t>(events.attempt[event] > 0 ? events.attempt[event]
                                                                               : i - begin + 1));
            m_rows.string(m_incident.str(events.endpoint[event]));
            m_rows.string(errorClassId(classifyErrorText(error)));
            m_rows.string(error);
            m_rows.number(triValue(events.retriable[event]));
            m_rows.number(triValue(events.connReused[event]));
            m_rows.string(m_incident.filePath(events.source.file[event]));
            m_rows.number<std::uint64_t>(events.source.offset[event]);
            if (!endRow(kTable))
                return std::nullopt;
        }
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::routerEvents()
{
    constexpr std::string_view kTable = "router_events";
    m_count = 0;
    const RouterEventTable& events = m_incident.tables.events;
    for (std::size_t row = 0; row < events.size(); ++row) {
        m_rows.string(m_source.bundle);
        m_rows.time(events.time[row]);
        m_rows.string(identity(events.identity[row]));
        m_rows.number(requestKey(events.requestId[row], events.source, row));
        m_rows.string(routerMessageId(events.message[row]));
        m_rows.string(logLevelId(events.level[row]));
        m_rows.string(m_incident.str(events.action[row]));
        m_rows.string(m_incident.str(events.error[row]));
        m_rows.string(m_incident.str(events.endpoint[row]));
        m_rows.string(m_incident.str(events.appId[row]));
        m_rows.string(m_incident.str(events.instanceId[row]));
        m_rows.string(m_incident.str(events.uri[row]));
        m_rows.string(m_incident.requestIdText(events.requestId[row]));
        m_rows.number<std::int16_t>(events.attempt[row]);
        m_rows.number<std::int16_t>(events.numEndpoints[row]);
        m_rows.number(triValue(events.retriable[row]));
        m_rows.number(triValue(events.connReused[row]));
        m_rows.string(m_incident.filePath(events.source.file[row]));
        m_rows.number<std::uint64_t>(events.source.offset[row]);
        if (!endRow(kTable))
            return std::nullopt;
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::stderrLines()
{
    constexpr std::string_view kTable = "stderr_lines";
    m_count = 0;
    const StderrTable& lines = m_incident.tables.stderrLines;
    for (std::size_t row = 0; row < lines.size(); ++row) {
        m_rows.string(m_source.bundle);
        m_rows.time(lines.time[row]);
        m_rows.string(identity(lines.identity[row]));
        m_rows.string(stderrKindId(lines.kind[row]));
        m_rows.string(m_incident.str(lines.error[row]));
        m_rows.string(m_incident.str(lines.peer[row]));
        m_rows.string(m_incident.rawLine(lines.source, row).view());
        m_rows.string(m_incident.filePath(lines.source.file[row]));
        m_rows.number<std::uint64_t>(lines.source.offset[row]);
        if (!endRow(kTable))
            return std::nullopt;
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::containerEvents()
{
    constexpr std::string_view kTable = "container_events";
    m_count = 0;
    const ContainerEventTable& events = m_incident.tables.containers;
    for (std::size_t row = 0; row < events.size(); ++row) {
        m_rows.string(m_source.bundle);
        m_rows.time(events.time[row]);
        m_rows.string(identity(events.identity[row]));
        m_rows.string(containerEventId(events.kind[row]));
        m_rows.string(m_incident.str(events.instanceGuid[row]));
        m_rows.string(m_incident.str(events.processGuid[row]));
        m_rows.string(m_incident.str(events.reason[row]));
        m_rows.number<std::int16_t>(events.exitStatus[row]);
        m_rows.number<std::uint8_t>(events.oom[row] ? 1 : 0);
        m_rows.string(m_incident.filePath(events.source.file[row]));
        m_rows.number<std::uint64_t>(events.source.offset[row]);
        if (!endRow(kTable))
            return std::nullopt;
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::routeSnapshots()
{
    constexpr std::string_view kTable = "route_snapshots";
    m_count = 0;
    for (const RouteSnapshot& snapshot : m_incident.tables.routeSnapshots) {
        // A dump without a capture time is filed under the incident's start (time_known = 0).
        const bool known = snapshot.takenAt != kNoTime;
        for (const RouteEndpointRow& endpoint : snapshot.rows) {
            m_rows.string(m_source.bundle);
            m_rows.time(known ? snapshot.takenAt : m_incident.begin);
            m_rows.number<std::uint8_t>(known ? 1 : 0);
            m_rows.string(identity(snapshot.identity));
            m_rows.string(endpoint.route);
            m_rows.string(endpoint.address);
            m_rows.string(endpoint.protocol);
            m_rows.number(triValue(endpoint.tls));
            m_rows.number<std::int32_t>(endpoint.ttl);
            m_rows.string(endpoint.privateInstanceId);
            m_rows.string(endpoint.tagAppId);
            m_rows.string(endpoint.tagAppName);
            m_rows.string(endpoint.tagProcessInstanceId);
            m_rows.string(endpoint.tagInstanceIndex);
            m_rows.string(endpoint.tagSpaceName);
            m_rows.string(endpoint.tagOrgName);
            m_rows.string(endpoint.isolationSegment);
            m_rows.string(endpoint.serverCertDomainSan);
            m_rows.string(endpoint.routeServiceUrl);
            m_rows.string(endpoint.availabilityZone);
            m_rows.string(m_incident.filePath(snapshot.file));
            if (!endRow(kTable))
                return std::nullopt;
        }
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::lrpSnapshots()
{
    constexpr std::string_view kTable = "lrp_snapshots";
    m_count = 0;
    std::uint32_t seq = 0; // over the whole push: the captures' order and each capture's rows
    const auto ports = [this](const LrpRow& row, std::uint32_t LrpPort::*member) {
        m_rows.varUInt(row.ports.size());
        for (const LrpPort& port : row.ports)
            m_rows.number<std::uint32_t>(port.*member);
    };
    for (const LrpSnapshot& snapshot : m_incident.tables.lrpSnapshots) {
        // As the route snapshots: a capture without a time is filed under the start (time_known = 0).
        const bool known = snapshot.takenAt != kNoTime;
        for (const LrpRow& row : snapshot.rows) {
            m_rows.string(m_source.bundle);
            m_rows.time(known ? snapshot.takenAt : m_incident.begin);
            m_rows.number<std::uint8_t>(known ? 1 : 0);
            m_rows.number<std::uint32_t>(seq++);
            m_rows.string(row.processGuid);
            m_rows.string(row.domain);
            m_rows.string(row.instanceGuid);
            m_rows.string(row.cellId);
            m_rows.string(row.address);
            m_rows.string(row.instanceAddress);
            m_rows.string(row.preferredAddress);
            m_rows.string(row.state);
            m_rows.string(row.presence);
            m_rows.string(row.crashReason);
            m_rows.string(row.placementError);
            m_rows.string(row.availabilityZone);
            m_rows.number<std::int32_t>(row.index);
            m_rows.number<std::int32_t>(row.crashCount);
            m_rows.number<std::int64_t>(row.since);
            ports(row, &LrpPort::containerPort);
            ports(row, &LrpPort::hostPort);
            ports(row, &LrpPort::containerTlsProxyPort);
            ports(row, &LrpPort::hostTlsProxyPort);
            m_rows.number(triValue(row.routable));
            m_rows.number<std::uint8_t>(row.evacuating ? 1 : 0);
            m_rows.string(m_incident.filePath(snapshot.file));
            if (!endRow(kTable))
                return std::nullopt;
        }
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::staleEndpoints()
{
    constexpr std::string_view kTable = "stale_endpoints";
    m_count = 0;
    const auto& snapshots = m_incident.tables.routeSnapshots;
    for (const StaleEndpoint& stale : m_source.routes.stale) {
        // Filed under the moment the mark holds from; else the dump's capture; else the start.
        const TimeNs taken = stale.snapshot < snapshots.size() ? snapshots[stale.snapshot].takenAt : kNoTime;
        const TimeNs time = stale.since != kNoTime ? stale.since
                            : taken != kNoTime     ? taken
                                                   : m_incident.begin;
        m_rows.string(m_source.bundle);
        m_rows.time(time);
        m_rows.number<std::uint8_t>(stale.since != kNoTime ? 1 : 0);
        m_rows.string(identity(stale.router));
        m_rows.string(stale.route);
        m_rows.string(stale.address);
        m_rows.string(stale.instanceId);
        m_rows.string(staleReasonId(stale.reason));
        m_rows.string(stale.confidence == Confidence::Certain ? "certain" : "likely");
        m_rows.string(stale.ownerInstanceId);
        m_rows.string(stale.ownerAppName);
        m_rows.string(stale.note.toStdString());
        m_rows.string(m_incident.filePath(stale.file));
        if (!endRow(kTable))
            return std::nullopt;
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

std::optional<std::uint64_t> RowEncoder::findings()
{
    constexpr std::string_view kTable = "findings";
    m_count = 0;
    for (const Finding& finding : m_source.findings) {
        m_rows.string(m_source.bundle);
        m_rows.time(finding.from != kNoTime ? finding.from : m_incident.begin);
        m_rows.time(finding.to != kNoTime ? finding.to : m_incident.end);
        m_rows.string(finding.id);
        m_rows.string(findingKindId(finding.kind));
        m_rows.string(severityId(finding.severity));
        m_rows.string(impactId(finding.impact));
        m_rows.string(finding.unit == CountUnit::Requests     ? "requests"
                      : finding.unit == CountUnit::LbRequests ? "lb_requests"
                                                              : "endpoints");
        m_rows.number<std::uint8_t>(finding.certain ? 1 : 0);
        m_rows.number<std::uint64_t>(finding.count);
        m_rows.number<std::uint64_t>(finding.counts.requests);
        m_rows.number<std::uint64_t>(finding.counts.clientFailures);
        m_rows.number<std::uint64_t>(finding.counts.recovered);
        m_rows.number<std::uint64_t>(finding.counts.endpoints);
        m_rows.string(finding.title.toStdString());
        m_rows.string(finding.explanation.toStdString());
        if (!endRow(kTable))
            return std::nullopt;
    }
    return finish(kTable) ? std::optional(m_count) : std::nullopt;
}

} // namespace rs::clickhouse
