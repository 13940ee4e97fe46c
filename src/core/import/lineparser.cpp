#include "core/import/lineparser.h"

#include "core/formats/accesslog.h"
#include "core/formats/detect.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/lagerlog.h"
#include "core/formats/stderrlog.h"
#include "core/formats/wrappers.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

namespace rs {
namespace {

std::int32_t toMicros(DurationNs d)
{
    if (d < 0)
        return -1;
    return static_cast<std::int32_t>(
        std::min<DurationNs>(d / 1000, std::numeric_limits<std::int32_t>::max()));
}

std::int8_t clampAttempts(int n)
{
    return static_cast<std::int8_t>(std::clamp(n, -1, 127));
}
std::int16_t clamp16(int n)
{
    return static_cast<std::int16_t>(std::clamp(n, -1, 32767));
}

} // namespace

IdentityIndex wrapperIdentity(RecordTables& tables, std::string_view instance, IdentityRole fallbackRole)
{
    const Identity parsed = identityFromPath(std::string(instance) + "/x");
    IdentityInfo info{std::string(instance), parsed.group, parsed.id, parsed.role};
    if (info.role == IdentityRole::Unknown)
        info.role = fallbackRole;
    return tables.identityIndex(info);
}

class LineParser::State {
public:
    State(RecordTables& tables, FileReport& report, FileKind kind, bool mixed, IdentityIndex fileIdentity)
        : m_tables(tables)
        , m_report(report)
        , m_kind(kind)
        , m_mixed(mixed)
        , m_fileIdentity(fileIdentity)
    {}

    void parse(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber)
    {
        const Unwrapped u = unwrap(line);
        if (u.outer == WrapperKind::TailHeader) {
            m_tailingGorouter = u.tailPath.find("/gorouter/") != std::string_view::npos;
            return;
        }
        const std::string_view payload = u.payload;
        if (payload.find_first_not_of(" \t\r") == std::string_view::npos)
            return; // the empty message Loggregator and syslog emit after each record
        FileKind lineKind = m_kind;
        if (m_mixed) {
            lineKind = classifyPayload(payload);
            if (lineKind == FileKind::Unknown) {
                // A line the router wrote is ours even when broken; anything else in a capture
                // belongs to another program.
                if (!fromRouter(u)) {
                    m_report.foreign(lineNumber, line);
                    return;
                }
                lineKind = m_kind;
            }
        }
        const IdentityIndex identity = identityFor(u);
        std::optional<SkipReason> failure;
        switch (lineKind) {
        case FileKind::AccessLog:
            failure = parseAccess(payload, u, identity, offset);
            break;
        case FileKind::GorouterLog:
            failure = parseGorouter(payload, identity, offset);
            break;
        case FileKind::GorouterStderr:
            failure = parseStderr(payload, identity, offset);
            break;
        case FileKind::LagerLog:
            failure = parseLager(payload, identity, offset);
            break;
        default:
            failure = SkipReason::UnexpectedKind;
            break;
        }
        if (!failure)
            return;
        // A line the file's parser rejects may still be a valid line of another kind: say so.
        const FileKind other = classifyPayload(payload);
        if (other != FileKind::Unknown && other != lineKind)
            m_report.skip(SkipReason::UnexpectedKind, lineNumber, line, other);
        else if (*failure == SkipReason::UnexpectedKind)
            m_report.skip(unknownLineReason(), lineNumber, line);
        else
            m_report.skip(*failure, lineNumber, line);
    }

private:
    // Whether the wrapper says Gorouter wrote this line (so a failure to parse it is a problem,
    // not another program's output).
    bool fromRouter(const Unwrapped& u) const
    {
        if (!u.logSource.empty()) // cf logs and app syslog drains name the source
            return u.logSource.starts_with("RTR");
        if (u.syslog)
            return u.syslogAppName.starts_with("vcap.gorouter");
        if (u.boshFollow)
            return m_tailingGorouter;
        return false;
    }

    SkipReason unknownLineReason() const
    {
        switch (m_kind) {
        case FileKind::AccessLog:
            return SkipReason::AccessLineMalformed;
        case FileKind::GorouterStderr:
            return SkipReason::StderrUnrecognised;
        default:
            return SkipReason::JsonInvalid;
        }
    }

    void noteTime(TimeNs t)
    {
        if (t == kNoTime)
            return;
        if (m_report.first == kNoTime || t < m_report.first)
            m_report.first = t;
        if (m_report.last == kNoTime || t > m_report.last)
            m_report.last = t;
        ++m_report.records;
    }

    IdentityIndex identityFor(const Unwrapped& u)
    {
        std::string display;
        if (u.boshFollow && !u.instance.empty()) {
            display = u.instance;
        } else if (!u.logSource.empty() && u.logSource.starts_with("RTR")) {
            // cf logs and drains name the router by its BOSH index: [RTR/3] is router/3.
            const auto slash = u.logSource.find_first_of("/.");
            if (slash == std::string_view::npos)
                return m_fileIdentity;
            display = "router/" + std::string(u.logSource.substr(slash + 1));
        } else if (u.syslog && u.syslogAppName.starts_with("vcap.gorouter") && !u.syslogHost.empty()) {
            display = "router/" + std::string(u.syslogHost);
        } else {
            return m_fileIdentity;
        }
        if (const auto it = m_lineIdentities.find(display); it != m_lineIdentities.end())
            return it->second;
        const IdentityIndex index = wrapperIdentity(m_tables, display, IdentityRole::Router);
        m_lineIdentities.emplace(std::move(display), index);
        return index;
    }

    std::optional<SkipReason> parseAccess(std::string_view payload, const Unwrapped& wrapper,
                                          IdentityIndex identity, std::uint64_t offset)
    {
        if (const auto failure = m_access.parse(payload, m_record))
            return failure;
        if (const auto failure = checkAgainstWrapper(wrapper, m_record))
            return failure;
        auto& t = m_tables.requests;
        auto& pool = m_tables.strings;
        t.start.push_back(m_record.start);
        t.responseTime.push_back(m_record.responseTime);
        t.gorouterTimeUs.push_back(toMicros(m_record.gorouterTime));
        t.status.push_back(static_cast<std::uint16_t>(std::clamp(m_record.status, 0, 65535)));
        t.identity.push_back(identity);
        t.host.push_back(pool.intern(m_record.host));
        t.method.push_back(pool.intern(m_record.method));
        t.backend.push_back(pool.intern(m_record.backend));
        t.appId.push_back(pool.intern(m_record.appId));
        t.appIndex.push_back(pool.intern(m_record.appIndex));
        t.instanceId.push_back(pool.intern(m_record.instanceId));
        t.routerError.push_back(pool.intern(m_record.routerError));
        t.requestId.push_back(makeRequestId(m_record.vcapRequestId, pool));
        t.failedAttempts.push_back(clampAttempts(m_record.failedAttempts));
        t.source.push(0, offset);
        noteTime(m_record.start);
        return std::nullopt;
    }

    void pushEvent(const RouterEvent& e, std::string_view endpoint, IdentityIndex identity,
                   std::uint64_t offset)
    {
        auto& t = m_tables.events;
        auto& pool = m_tables.strings;
        t.time.push_back(e.time);
        t.identity.push_back(identity);
        t.message.push_back(e.message);
        t.level.push_back(e.level);
        t.action.push_back(pool.intern(e.action));
        t.error.push_back(pool.intern(e.error));
        t.endpoint.push_back(pool.intern(endpoint));
        t.appId.push_back(pool.intern(e.applicationId));
        t.instanceId.push_back(
            pool.intern(e.processInstanceId.empty() ? e.privateInstanceId : e.processInstanceId));
        t.uri.push_back(pool.intern(e.uri.empty() ? e.host : e.uri));
        t.requestId.push_back(makeRequestId(e.vcapRequestId, pool));
        t.attempt.push_back(clamp16(e.attempt));
        t.numEndpoints.push_back(clamp16(e.numEndpoints));
        t.retriable.push_back(e.retriable);
        t.connReused.push_back(e.connReused);
        t.gotConnection.push_back(e.gotConnection);
        t.wroteHeaders.push_back(e.wroteHeaders);
        t.isTls.push_back(e.isTls);
        t.source.push(0, offset);
    }

    std::optional<SkipReason> parseGorouter(std::string_view payload, IdentityIndex identity,
                                            std::uint64_t offset)
    {
        if (const auto failure = m_gorouter.parse(payload, m_event))
            return failure;
        if (m_event.message == RouterMessage::PrunedRoute && !m_event.prunedEndpoints.empty()) {
            for (const auto endpoint : m_event.prunedEndpoints)
                pushEvent(m_event, endpoint, identity, offset);
        } else {
            const std::string_view endpoint =
                m_event.endpointAddr.empty() ? m_event.backend : m_event.endpointAddr;
            pushEvent(m_event, endpoint, identity, offset);
        }
        noteTime(m_event.time);
        return std::nullopt;
    }

    std::optional<SkipReason> parseStderr(std::string_view payload, IdentityIndex identity,
                                          std::uint64_t offset)
    {
        if (GorouterStderrParser::isContinuation(payload))
            return std::nullopt; // panic stack traces belong to the line before them
        if (const auto failure = m_stderr.parse(payload, m_stderrRecord))
            return failure;
        auto& t = m_tables.stderrLines;
        t.time.push_back(m_stderrRecord.time);
        t.identity.push_back(identity);
        t.kind.push_back(m_stderrRecord.kind);
        t.error.push_back(m_tables.strings.intern(m_stderrRecord.error.empty() ? m_stderrRecord.message
                                                                               : m_stderrRecord.error));
        t.peer.push_back(m_tables.strings.intern(m_stderrRecord.peer));
        t.source.push(0, offset);
        noteTime(m_stderrRecord.time);
        return std::nullopt;
    }

    std::optional<SkipReason> parseLager(std::string_view payload, IdentityIndex identity,
                                         std::uint64_t offset)
    {
        bool isContainerEvent = false;
        if (const auto failure = m_lager.parse(payload, m_lagerRecord, m_container, isContainerEvent))
            return failure;
        auto& pool = m_tables.strings;
        if (isContainerEvent) {
            auto& t = m_tables.containers;
            t.time.push_back(m_container.time);
            t.identity.push_back(identity);
            t.kind.push_back(m_container.kind);
            t.instanceGuid.push_back(pool.intern(m_container.instanceGuid));
            t.processGuid.push_back(pool.intern(m_container.processGuid));
            t.reason.push_back(pool.intern(m_container.reason));
            t.exitStatus.push_back(clamp16(m_container.exitStatus));
            t.oom.push_back(m_container.oom);
            t.source.push(0, offset);
        } else {
            auto& t = m_tables.lager;
            t.time.push_back(m_lagerRecord.time);
            t.identity.push_back(identity);
            t.level.push_back(m_lagerRecord.level);
            t.component.push_back(pool.intern(m_lagerRecord.source));
            t.message.push_back(pool.intern(m_lagerRecord.message));
            t.source.push(0, offset);
        }
        noteTime(m_lagerRecord.time);
        return std::nullopt;
    }

    RecordTables& m_tables;
    FileReport& m_report;
    FileKind m_kind;
    bool m_mixed;
    IdentityIndex m_fileIdentity;
    bool m_tailingGorouter = false; // the last `==> path <==` header named a gorouter log
    std::unordered_map<std::string, IdentityIndex> m_lineIdentities;

    AccessLogParser m_access;
    AccessRecord m_record;
    GorouterLogParser m_gorouter;
    RouterEvent m_event;
    GorouterStderrParser m_stderr;
    StderrRecord m_stderrRecord;
    LagerLogParser m_lager;
    LagerRecord m_lagerRecord;
    ContainerEvent m_container;
};

LineParser::LineParser(RecordTables& tables, FileReport& report, FileKind kind, bool mixed,
                       IdentityIndex fileIdentity)
    : m_state(std::make_unique<State>(tables, report, kind, mixed, fileIdentity))
{}

LineParser::~LineParser() = default;

void LineParser::parse(std::string_view line, std::uint64_t offset, std::uint64_t lineNumber)
{
    m_state->parse(line, offset, lineNumber);
}

} // namespace rs
