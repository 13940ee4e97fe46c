#include "app/detail/requestdetail.h"

#include "app/detail/rawlinedisplay.h"
#include "core/formats/accesslog.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/wrappers.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <algorithm>
#include <set>
#include <utility>

namespace rs {
namespace {

QString shown(std::string_view text, std::size_t maxBytes = RequestDetail::kMaxFieldBytes)
{
    QString out = QString::fromStdString(escapeForDisplay(text, maxBytes));
    replaceLayoutControls(out);
    return out;
}

QString ours(const std::string& text)
{
    return QString::fromStdString(text);
}

// Fields of the access line, in the order Gorouter writes them; missing ones are left out.
class FieldList {
public:
    explicit FieldList(std::vector<DetailField>& out)
        : m_out(out)
    {}

    void log(const QString& name, std::string_view value)
    {
        if (!value.empty())
            m_out.push_back({name, shown(value), true});
    }
    void value(const QString& name, const QString& text)
    {
        if (!text.isEmpty())
            m_out.push_back({name, text, false});
    }
    void duration(const QString& name, DurationNs d)
    {
        if (d >= 0)
            value(name, RequestDetail::tr("%1 s").arg(ours(formatDurationSeconds(d))));
    }
    void count(const QString& name, std::int64_t n)
    {
        if (n >= 0)
            value(name, QString::number(n));
    }

private:
    std::vector<DetailField>& m_out;
};

void addAccessFields(const Incident& incident, std::uint32_t row, const AccessRecord* record,
                     std::vector<DetailField>& out)
{
    const RequestTable& q = incident.tables.requests;
    FieldList f(out);
    f.value(RequestDetail::tr("Time (UTC)"), ours(formatTimeUtc(q.start[row])));
    f.log(RequestDetail::tr("Router"), incident.identity(q.identity[row]).display);
    if (record == nullptr) {
        // The line no longer parses (never expected: rows exist because it did): columns only.
        f.log(RequestDetail::tr("Host"), incident.str(q.host[row]));
        f.log(RequestDetail::tr("Method"), incident.str(q.method[row]));
        f.value(RequestDetail::tr("Status"),
                q.status[row] == 0 ? RequestDetail::tr("none") : QString::number(q.status[row]));
        f.log(RequestDetail::tr("Backend"), incident.str(q.backend[row]));
        f.log(RequestDetail::tr("Request id"), incident.requestIdText(q.requestId[row]));
        f.duration(RequestDetail::tr("Response time"), q.responseTime[row]);
        f.log(RequestDetail::tr("x_cf_routererror"), incident.str(q.routerError[row]));
        return;
    }
    const AccessRecord& r = *record;
    f.log(RequestDetail::tr("Host"), r.host);
    f.log(RequestDetail::tr("Method"), r.method);
    f.log(RequestDetail::tr("URI"), r.uri);
    f.log(RequestDetail::tr("Protocol"), r.proto);
    f.value(RequestDetail::tr("Status"),
            r.status == 0 ? RequestDetail::tr("none") : QString::number(r.status));
    f.count(RequestDetail::tr("Bytes received"), r.bytesReceived);
    f.count(RequestDetail::tr("Bytes sent"), r.bytesSent);
    f.log(RequestDetail::tr("Referer"), r.referer);
    f.log(RequestDetail::tr("User agent"), r.userAgent);
    f.log(RequestDetail::tr("Client address"), r.remoteAddr);
    f.log(RequestDetail::tr("Backend"), r.backend);
    f.log(RequestDetail::tr("X-Forwarded-For"), r.xForwardedFor);
    f.log(RequestDetail::tr("X-Forwarded-Proto"), r.xForwardedProto);
    f.log(RequestDetail::tr("Request id"), r.vcapRequestId);
    f.duration(RequestDetail::tr("Response time"), r.responseTime);
    f.duration(RequestDetail::tr("Gorouter time"), r.gorouterTime);
    f.duration(RequestDetail::tr("App time"), r.appTime);
    f.log(RequestDetail::tr("App id"), r.appId);
    f.log(RequestDetail::tr("App index"), r.appIndex);
    f.log(RequestDetail::tr("Instance id"), r.instanceId);
    f.log(RequestDetail::tr("x_cf_routererror"), r.routerError);
    f.count(RequestDetail::tr("Failed attempts"), r.failedAttempts);
    f.duration(RequestDetail::tr("Failed attempts time"), r.failedAttemptsTime);
    f.duration(RequestDetail::tr("DNS time"), r.dnsTime);
    f.duration(RequestDetail::tr("Dial time"), r.dialTime);
    f.duration(RequestDetail::tr("TLS time"), r.tlsTime);
    f.duration(RequestDetail::tr("Backend time"), r.backendTime);
    f.log(RequestDetail::tr("Local address"), r.localAddress);
    // Extra headers under the name they were logged with.
    for (const ExtraField& extra : r.extras)
        out.push_back({shown(extra.name), shown(extra.value), true});
}

QString routerOf(const Incident& incident, IdentityIndex identity)
{
    return shown(incident.identity(identity).display);
}

void addAttempts(const Incident& incident, const Diagnosis& d, std::uint32_t row, RequestDetail& out)
{
    const RouterEventTable& ev = incident.tables.events;
    GorouterLogParser parser;
    RouterEvent parsed;
    const std::uint32_t begin = d.attemptsBegin[row];
    const std::uint32_t count = d.attemptsCount[row];
    for (std::uint32_t i = begin; i < begin + count; ++i) {
        const std::uint32_t event = d.attemptEvents[i];
        AttemptInfo a;
        a.event = event;
        a.number = ev.attempt[event] > 0 ? ev.attempt[event] : static_cast<int>(i - begin + 1);
        a.time = ev.time[event];
        a.endpoint = shown(incident.str(ev.endpoint[event]));
        a.error = shown(incident.str(ev.error[event]));
        a.errorClass = classifyErrorText(incident.str(ev.error[event]));
        a.retriable = ev.retriable[event];
        a.connReused = ev.connReused[event];
        a.gotConnection = ev.gotConnection[event];
        a.wroteHeaders = ev.wroteHeaders[event];
        a.joinedByTime = ev.requestId[event].empty();
        // Timings are not kept in columns: they come from the event's raw line again.
        const RawLine line = incident.rawLine(ev.source, event); // the record points into it
        if (!parser.parse(unwrap(line.view()).payload, parsed)) {
            a.dnsTime = parsed.dnsTime;
            a.dialTime = parsed.dialTime;
            a.tlsTime = parsed.tlsTime;
        }
        out.attempts.push_back(std::move(a));
    }
    const std::int8_t logged = incident.tables.requests.failedAttempts[row];
    QStringList notes;
    if ((d.joinFlags[row] & AttemptCountMismatch) != 0)
        notes << RequestDetail::tr("The access log says %n failed attempt(s), but %1 were joined.", nullptr,
                                   logged)
                     .arg(count);
    if ((d.joinFlags[row] & Ambiguous) != 0)
        notes << RequestDetail::tr("Some events without a request id fitted this request and others; "
                                   "they were not joined.");
    if ((d.joinFlags[row] & JoinedByTime) != 0)
        notes << RequestDetail::tr("Some events were joined by router, backend and time (they carry no "
                                   "request id).");
    out.attemptsNote = notes.join(QLatin1Char('\n'));
}

JoinedEvent routerEvent(const Incident& incident, std::uint32_t event, JoinReason reason, int attempt)
{
    const RouterEventTable& ev = incident.tables.events;
    return {reason,
            ev.time[event],
            routerOf(incident, ev.identity[event]),
            shown(incident.str(ev.action[event])),
            shown(incident.str(ev.endpoint[event])),
            shown(incident.str(ev.error[event])),
            attempt,
            event};
}

QString stderrKindTitle(StderrKind kind)
{
    switch (kind) {
    case StderrKind::ProxyError:
        return RequestDetail::tr("http: proxy error");
    case StderrKind::TlsHandshakeError:
        return RequestDetail::tr("TLS handshake error");
    case StderrKind::Panic:
        return RequestDetail::tr("panic");
    case StderrKind::Other:
        break;
    }
    return RequestDetail::tr("stderr");
}

void addEvents(const Incident& incident, const Diagnosis& d, std::uint32_t row, RequestDetail& out)
{
    const RequestTable& q = incident.tables.requests;
    const RouterEventTable& ev = incident.tables.events;
    std::set<std::uint32_t> listed;
    const auto add = [&](std::uint32_t event, JoinReason reason, int attempt = 0) {
        if (event < ev.size() && listed.insert(event).second)
            out.events.push_back(routerEvent(incident, event, reason, attempt));
    };
    for (const AttemptInfo& a : out.attempts)
        add(a.event, JoinReason::Attempt, a.number);
    if (d.finalEvent[row] != kNoRow)
        add(d.finalEvent[row], JoinReason::FinalError);
    // Every other event this hop logged with the request's id (the same id on another router
    // is another hop, DESIGN §4).
    const RequestId& id = q.requestId[row];
    if (!id.empty()) {
        const IdentityIndex identity = q.identity[row];
        for (std::size_t e = 0; e < ev.size(); ++e) {
            if (ev.requestId[e] == id && ev.identity[e] == identity)
                add(static_cast<std::uint32_t>(e), JoinReason::SameRequestId);
        }
    }
    const StderrTable& se = incident.tables.stderrLines;
    if (const std::uint32_t line = d.stderrLine[row]; line < se.size()) {
        out.events.push_back({JoinReason::StderrProxyError, se.time[line],
                              routerOf(incident, se.identity[line]), stderrKindTitle(se.kind[line]),
                              shown(incident.str(se.peer[line])), shown(incident.str(se.error[line])), 0,
                              line});
    }
    std::stable_sort(out.events.begin(), out.events.end(),
                     [](const JoinedEvent& a, const JoinedEvent& b) { return a.time < b.time; });
}

// What the app logged for the request (appjoin.h): by id, or near by instance and time.
void addAppLines(const Incident& incident, const Diagnosis& d, std::uint32_t row, RequestDetail& out)
{
    const AppLogTable& a = incident.tables.apps;
    for (const std::uint32_t line : d.app.rowsOf(row)) {
        if (line >= a.size())
            continue;
        RawLine raw = incident.rawLine(a.source, line);
        out.appLines.push_back(
            {a.time[line], a.instance[line], QString::fromLatin1(appStreamId(a.stream[line])),
             d.app.join[line] == AppJoin::ById, a.error[line] != 0, shown(a.text(raw.view(), line))});
        out.rawLines.push_back(
            {d.app.join[line] == AppJoin::ById ? RequestDetail::tr("app line (request id)")
                                               : RequestDetail::tr("app line (near in time)"),
             FileKind::AppLog, a.source.file[line], a.source.offset[line], std::move(raw)});
    }
}

// The access line first, then each joined event's line once (a pruned route is one line for
// several event rows), in the events' order.
void addRawLines(const Incident& incident, std::uint32_t row, RequestDetail& out)
{
    const RequestTable& q = incident.tables.requests;
    const RouterEventTable& ev = incident.tables.events;
    const StderrTable& se = incident.tables.stderrLines;
    std::set<std::pair<FileIndex, std::uint64_t>> seen;
    const auto add = [&](const QString& what, FileKind kind, const Provenance& source, std::uint32_t line) {
        if (seen.insert({source.file[line], source.offset[line]}).second)
            out.rawLines.push_back(
                {what, kind, source.file[line], source.offset[line], incident.rawLine(source, line)});
    };
    add(RequestDetail::tr("access log"), FileKind::AccessLog, q.source, row);
    for (const JoinedEvent& e : out.events) {
        if (e.reason == JoinReason::StderrProxyError)
            add(joinReasonTitle(e.reason), FileKind::GorouterStderr, se.source, e.sourceRow);
        else if (e.reason == JoinReason::Attempt)
            add(RequestDetail::tr("attempt %1").arg(e.attempt), FileKind::GorouterLog, ev.source,
                e.sourceRow);
        else
            add(joinReasonTitle(e.reason), FileKind::GorouterLog, ev.source, e.sourceRow);
    }
}

} // namespace

QString joinReasonTitle(JoinReason reason)
{
    switch (reason) {
    case JoinReason::Attempt:
        return RequestDetail::tr("attempt");
    case JoinReason::FinalError:
        return RequestDetail::tr("final error");
    case JoinReason::SameRequestId:
        return RequestDetail::tr("same request id");
    case JoinReason::StderrProxyError:
        return RequestDetail::tr("stderr proxy error");
    }
    return {};
}

RequestDetail RequestDetail::describe(const Analysis& analysis, std::uint32_t row)
{
    const Incident& incident = *analysis.incident;
    const Diagnosis& d = analysis.diagnosis;
    const RequestTable& q = incident.tables.requests;
    RequestDetail out;
    out.row = row;
    if (row >= q.size() || row >= d.size())
        return out;
    out.errorClass = d.errorClass[row];
    out.source = d.source[row];
    out.evidence = shown(evidenceText(incident, d, row), kMaxLabelBytes);
    out.routerError = std::string(incident.str(q.routerError[row]));
    out.host = std::string(incident.str(q.host[row]));
    out.backend = std::string(incident.str(q.backend[row]));

    AccessLogParser parser;
    AccessRecord record;
    const RawLine raw = incident.rawLine(q.source, row); // the record points into it
    const bool parsed = !parser.parse(unwrap(raw.view()).payload, record).has_value();

    addAccessFields(incident, row, parsed ? &record : nullptr, out.fields);
    const QString status = q.status[row] == 0 ? tr("no status") : QString::number(q.status[row]);
    out.summary = tr("%1 %2 %3%4")
                      .arg(status, shown(incident.str(q.method[row]), kMaxLabelBytes),
                           shown(incident.str(q.host[row]), kMaxLabelBytes),
                           parsed ? shown(record.uri, kMaxLabelBytes) : QString());

    addAttempts(incident, d, row, out);
    addEvents(incident, d, row, out);
    addRawLines(incident, row, out);
    addAppLines(incident, d, row, out);
    return out;
}

} // namespace rs
