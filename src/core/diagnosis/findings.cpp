// Assembles and ranks the findings of DESIGN.md §6; the rules live in findings_*.cpp by family.
#include "core/diagnosis/findings.h"

#include "core/diagnosis/findings_rules.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <array>
#include <limits>

namespace rs {

std::string_view severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Critical:
        return "critical";
    }
    return "info";
}

std::string_view findingKindId(FindingKind kind)
{
    static constexpr std::array<std::string_view, 18> ids{"failures_concentrated",
                                                          "failures_spread",
                                                          "stale_routes",
                                                          "router_tables_differ",
                                                          "flapping_endpoints",
                                                          "tls_failures",
                                                          "certificate_clock_drift",
                                                          "keep_alive_race",
                                                          "unknown_route_burst",
                                                          "no_endpoints_burst",
                                                          "client_cancellations",
                                                          "container_crashes",
                                                          "change_point",
                                                          "stale_routes_likely",
                                                          "lb_answered",
                                                          "lb_status_differs",
                                                          "lb_target_unhealthy",
                                                          "app_errors"};
    const auto index = static_cast<std::size_t>(kind);
    return index < ids.size() ? ids[index] : std::string_view{};
}

std::string_view impactId(Impact impact)
{
    switch (impact) {
    case Impact::ClientFailures:
        return "client_failures";
    case Impact::HiddenByRetry:
        return "hidden_by_retry";
    case Impact::Other:
        return "other";
    }
    return "other";
}

namespace findings {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString clock(TimeNs time)
{
    return QDateTime::fromMSecsSinceEpoch(time / 1'000'000, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
}

bool isFailure(ErrorClass cls)
{
    return cls > ErrorClass::AppResponse;
}

bool isClientFailure(ErrorClass cls)
{
    return isFailure(cls) && cls != ErrorClass::ClientCancelled;
}

QString joined(const std::set<std::string>& items, std::size_t limit)
{
    QStringList parts;
    for (const auto& item : items) {
        if (static_cast<std::size_t>(parts.size()) == limit) {
            parts << FindingText::tr("… (%n more)", nullptr, static_cast<int>(items.size() - limit));
            break;
        }
        parts << q(item);
    }
    return parts.join(QStringLiteral(", "));
}

std::string_view uriHost(std::string_view uri)
{
    const std::size_t slash = uri.find('/');
    return slash == std::string_view::npos ? uri : uri.substr(0, slash);
}

bool isRemoval(RouterMessage m)
{
    return m == RouterMessage::EndpointUnregistered || m == RouterMessage::RouteUnregistered ||
           m == RouterMessage::PrunedRoute || m == RouterMessage::PruneFailedEndpoint ||
           m == RouterMessage::UnregisterRoute;
}

QString routerNames(const Context& c, const std::set<IdentityIndex>& routers)
{
    std::set<std::string> names;
    for (const IdentityIndex router : routers)
        names.insert(c.incident.identity(router).display);
    return joined(names, 3);
}

void setRequests(const Context& c, Finding& f, std::vector<std::uint32_t> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    f.unit = CountUnit::Requests;
    f.counts.requests = rows.size();
    f.counts.clientFailures = 0;
    f.counts.recovered = 0;
    for (const std::uint32_t row : rows) {
        f.counts.clientFailures += isClientFailure(c.cls(row)) ? 1 : 0;
        f.counts.recovered += c.cls(row) == ErrorClass::Recovered ? 1 : 0;
    }
    f.count = rows.size();
    f.evidenceCapped = rows.size() > kMaxFindingEvidence;
    if (f.evidenceCapped)
        rows.resize(kMaxFindingEvidence);
    f.evidence.requests = std::move(rows);
    f.impact = f.counts.clientFailures > 0 ? Impact::ClientFailures
               : f.counts.recovered > 0    ? Impact::HiddenByRetry
                                           : Impact::Other;
}

void setEndpointCount(Finding& f, std::uint64_t endpoints)
{
    f.unit = CountUnit::Endpoints;
    f.counts.endpoints = endpoints;
    f.count = endpoints;
    f.impact = Impact::Other;
}

QString countPhrase(const Finding& f)
{
    if (f.unit == CountUnit::Endpoints)
        return FindingText::tr("%Ln route-table endpoint(s)", nullptr, static_cast<int>(f.counts.endpoints));
    if (f.unit == CountUnit::LbRequests)
        return FindingText::tr("%Ln load-balancer request(s) that failed for clients", nullptr,
                               static_cast<int>(f.counts.lbRequests));
    const auto n = [](std::uint64_t v) {
        return static_cast<int>(std::min<std::uint64_t>(v, std::numeric_limits<int>::max()));
    };
    const FindingCounts& k = f.counts;
    const std::uint64_t other = k.requests - k.clientFailures - k.recovered;
    QStringList parts;
    if (k.clientFailures > 0)
        parts << FindingText::tr("%Ln request(s) failed for clients", nullptr, n(k.clientFailures));
    if (k.recovered > 0)
        parts << (parts.isEmpty()
                      ? FindingText::tr("%Ln request(s) recovered after a failed attempt", nullptr,
                                        n(k.recovered))
                      : FindingText::tr("%Ln recovered after a failed attempt", nullptr, n(k.recovered)));
    if (other > 0)
        parts << (parts.isEmpty() ? FindingText::tr("%Ln request(s) clients did not receive as failures",
                                                    nullptr, n(other))
                                  : FindingText::tr("%Ln other(s)", nullptr, n(other)));
    return parts.join(QStringLiteral(", "));
}

namespace {

// The median start time of the evidence requests: a moment in the middle of what it shows.
TimeNs medianStart(const Incident& incident, const std::vector<std::uint32_t>& rows)
{
    std::vector<TimeNs> times;
    times.reserve(rows.size());
    for (const std::uint32_t row : rows)
        if (incident.tables.requests.start[row] != kNoTime)
            times.push_back(incident.tables.requests.start[row]);
    if (times.empty())
        return kNoTime;
    auto mid = times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2);
    std::nth_element(times.begin(), mid, times.end());
    return *mid;
}

} // namespace

void finish(const Context& c, Finding& f)
{
    auto& ev = f.evidence;
    for (auto* list : {&ev.events, &ev.containerEvents, &ev.lbRows}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    std::sort(ev.routeRows.begin(), ev.routeRows.end());
    ev.routeRows.erase(std::unique(ev.routeRows.begin(), ev.routeRows.end()), ev.routeRows.end());
    if (f.from == kNoTime) {
        for (std::uint32_t row : ev.requests) {
            const TimeNs t = c.requests().start[row];
            if (t == kNoTime)
                continue;
            f.from = f.from == kNoTime ? t : std::min(f.from, t);
            f.to = f.to == kNoTime ? t : std::max(f.to, t);
        }
    }
    if (f.cursor == kNoTime)
        f.cursor = medianStart(c.incident, ev.requests);
    if (f.cursor == kNoTime && f.from != kNoTime)
        f.cursor = f.from + (f.to - f.from) / 2;
    // A dump's time may be its file's, long after the incident: the window's cursor stays in
    // the span the logs cover, where the table is replayed.
    if (f.cursor != kNoTime && c.incident.begin != kNoTime)
        f.cursor = std::clamp(f.cursor, c.incident.begin, c.incident.end);
    // What clients never saw is not critical, however certain.
    if (f.severity == Severity::Critical && f.counts.clientFailures == 0)
        f.severity = Severity::Warning;
    QString counted;
    if (f.unit == CountUnit::Endpoints) {
        counted = FindingText::tr("Counted: %1; no request is evidence of it.").arg(countPhrase(f));
    } else if (f.unit == CountUnit::LbRequests) {
        counted = FindingText::tr("Counted: %1; no router logged them.").arg(countPhrase(f));
    } else {
        counted =
            FindingText::tr("Counted: the requests selecting this finding shows, %1.").arg(countPhrase(f));
        if (f.evidenceCapped)
            counted += QLatin1Char(' ') + FindingText::tr("Selecting it shows only the first %L1 of them.")
                                              .arg(static_cast<qulonglong>(kMaxFindingEvidence));
    }
    f.explanation += QLatin1Char(' ') + counted;
}

} // namespace findings

bool ranksBefore(const Finding& a, const Finding& b)
{
    if (a.impact != b.impact)
        return a.impact < b.impact;
    const auto tierNumber = [](const Finding& f) {
        switch (f.impact) {
        case Impact::ClientFailures:
            return f.counts.clientFailures;
        case Impact::HiddenByRetry:
            return f.counts.recovered;
        case Impact::Other:
            break;
        }
        return f.count;
    };
    if (tierNumber(a) != tierNumber(b))
        return tierNumber(a) > tierNumber(b);
    if (a.count != b.count)
        return a.count > b.count;
    if (a.severity != b.severity)
        return a.severity > b.severity;
    return a.id < b.id;
}

void rankFindings(std::vector<Finding>& findings)
{
    std::sort(findings.begin(), findings.end(), ranksBefore);
}

RouteAnalysis analyseRoutes(const Incident& incident)
{
    return {findStaleEndpoints(incident), diffRouterDumps(incident), findFlappingEndpoints(incident)};
}

std::vector<Finding> computeFindings(const Incident& incident, const Diagnosis& diagnosis)
{
    return computeFindings(incident, diagnosis, analyseRoutes(incident));
}

std::vector<Finding> computeFindings(const Incident& incident, const Diagnosis& diagnosis,
                                     const RouteAnalysis& routes)
{
    using namespace findings;
    std::vector<Finding> out;
    if (diagnosis.size() != incident.tables.requests.size())
        return out;
    const AppDirectory apps(incident);
    Context c{incident, diagnosis, routes, apps, out};
    concentration(c);
    staleRoutes(c);
    routerDiffs(c);
    flapping(c);
    tlsFailures(c);
    clockDrift(c);
    keepAlive(c);
    bursts(c, ErrorClass::UnknownRoute, FindingKind::UnknownRouteBurst);
    bursts(c, ErrorClass::NoEndpoints, FindingKind::NoEndpointsBurst);
    clientCancellations(c);
    containerCrashes(c);
    changePoint(c);
    loadBalancers(c);
    appErrors(c);
    rankFindings(out);
    return out;
}

} // namespace rs
