#include "core/diagnosis/findings.h"

#include "core/diagnosis/explanations.h"
#include "core/diagnosis/routetable.h"
#include "core/diagnosis/staleroutes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

// Translation context of the findings' texts. Declared outside any namespace so that lupdate
// and the runtime agree on its name.
struct FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
};

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
    static constexpr std::array<std::string_view, 13> ids{"failures_concentrated",
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
                                                          "change_point"};
    const auto index = static_cast<std::size_t>(kind);
    return index < ids.size() ? ids[index] : std::string_view{};
}

namespace {

constexpr TimeNs kSecond = 1'000'000'000;
constexpr TimeNs kMinute = 60 * kSecond;

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString clock(TimeNs time)
{
    return QDateTime::fromMSecsSinceEpoch(time / 1'000'000, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
}

// Ok, recovered and app responses are the app's or nobody's business; everything else is a
// request that Gorouter could not serve (an endpoint failure or a router error).
bool isFailure(ErrorClass cls)
{
    return cls > ErrorClass::AppResponse;
}

void cappedPush(std::vector<std::uint32_t>& list, std::size_t row)
{
    if (list.size() < kMaxFindingEvidence)
        list.push_back(static_cast<std::uint32_t>(row));
}

// Sorts the evidence lists (the order of discovery is not meaningful) and sets the time range
// from the requests when nothing more specific was set.
void finish(const Incident& incident, Finding& f)
{
    auto& ev = f.evidence;
    for (auto* list : {&ev.requests, &ev.events, &ev.containerEvents}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    std::sort(ev.routeRows.begin(), ev.routeRows.end());
    ev.routeRows.erase(std::unique(ev.routeRows.begin(), ev.routeRows.end()), ev.routeRows.end());
    if (f.from == kNoTime) {
        for (std::uint32_t row : ev.requests) {
            const TimeNs t = incident.tables.requests.start[row];
            if (t == kNoTime)
                continue;
            f.from = f.from == kNoTime ? t : std::min(f.from, t);
            f.to = f.to == kNoTime ? t : std::max(f.to, t);
        }
    }
}

QString joined(const std::set<std::string>& items, std::size_t limit = 5)
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

struct Context {
    const Incident& incident;
    const Diagnosis& diagnosis;
    const RouteAnalysis& routes;
    std::vector<Finding>& out;

    const RequestTable& requests() const { return incident.tables.requests; }
    std::string_view str(StringPool::Id id) const { return incident.str(id); }
    ErrorClass cls(std::size_t row) const { return diagnosis.errorClass[row]; }
};

// Concentrated versus spread (DESIGN.md §6). Only failures with a backend can point at one:
// unknown_route and no_endpoints never reached an endpoint. "A few" is at most 3 backends, and
// they must be a small share (at most a quarter) of the backends that served traffic, or the
// concentration says nothing.
void concentration(Context& c)
{
    const RequestTable& r = c.requests();
    std::map<StringPool::Id, std::uint64_t> failuresByBackend;
    std::set<StringPool::Id> backends, apps, failingApps;
    std::uint64_t failures = 0, backendFailures = 0;
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (r.backend[row] != 0)
            backends.insert(r.backend[row]);
        if (r.appId[row] != 0)
            apps.insert(r.appId[row]);
        if (!isFailure(c.cls(row)))
            continue;
        ++failures;
        if (r.appId[row] != 0)
            failingApps.insert(r.appId[row]);
        if (r.backend[row] != 0) {
            ++failuresByBackend[r.backend[row]];
            ++backendFailures;
        }
    }
    if (failures == 0)
        return;

    std::vector<std::pair<std::uint64_t, StringPool::Id>> ranked;
    for (const auto& [backend, n] : failuresByBackend)
        ranked.emplace_back(n, backend);
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : c.str(a.second) < c.str(b.second);
    });
    std::size_t few = 0;
    std::uint64_t covered = 0;
    for (std::size_t k = 0; k < std::min<std::size_t>(3, ranked.size()); ++k) {
        covered += ranked[k].first;
        if (covered * 10 >= backendFailures * 6) {
            few = k + 1;
            break;
        }
    }
    if (few > 0 && backendFailures >= 10 && few * 4 <= backends.size()) {
        for (std::size_t k = 0; k < few; ++k) {
            const StringPool::Id backend = ranked[k].second;
            Finding f;
            f.id = std::string(findingKindId(FindingKind::FailuresConcentrated)) + ":" +
                   std::string(c.str(backend));
            f.kind = FindingKind::FailuresConcentrated;
            f.severity = Severity::Warning;
            f.count = ranked[k].first;
            std::set<std::string> classes;
            for (std::size_t row = 0; row < r.size(); ++row) {
                if (r.backend[row] == backend && isFailure(c.cls(row))) {
                    cappedPush(f.evidence.requests, row);
                    classes.emplace(errorClassId(c.cls(row)));
                }
            }
            const int percent = static_cast<int>(ranked[k].first * 100 / backendFailures);
            f.title = FindingText::tr("%1 failures on backend %2 (%3% of all endpoint failures)")
                          .arg(f.count)
                          .arg(q(c.str(backend)))
                          .arg(percent);
            f.explanation =
                FindingText::tr(
                    "Most failures come from %n backend(s) out of %1 that served traffic. A problem "
                    "confined to a few instances points at the app or those instances' cells, not at "
                    "the platform: look at the instance's logs, its health and its cell. Classes: %2.",
                    nullptr, static_cast<int>(few))
                    .arg(backends.size())
                    .arg(joined(classes));
            finish(c.incident, f);
            c.out.push_back(std::move(f));
        }
    }

    // Spread: most apps with traffic see failures, which one app's bug cannot explain.
    if (apps.size() >= 2 && failingApps.size() * 2 >= apps.size()) {
        Finding f;
        f.id = std::string(findingKindId(FindingKind::FailuresSpread));
        f.kind = FindingKind::FailuresSpread;
        f.severity = Severity::Warning;
        f.count = failures;
        for (std::size_t row = 0; row < r.size(); ++row)
            if (isFailure(c.cls(row)))
                cappedPush(f.evidence.requests, row);
        f.title = FindingText::tr("Failures across %1 of %2 apps with traffic (%3 requests)")
                      .arg(failingApps.size())
                      .arg(apps.size())
                      .arg(failures);
        f.explanation = FindingText::tr(
            "Failures are spread over most apps that had traffic. Something they share is more likely than a "
            "bug in each app: the routers, the cells, the network, a shared service or route-emitter/NATS. "
            "Compare the error classes per app and look at the platform components first.");
        finish(c.incident, f);
        c.out.push_back(std::move(f));
    }
}

void staleRoutes(Context& c)
{
    const auto& stale = c.routes.stale;
    if (stale.empty())
        return;
    Finding f;
    f.id = std::string(findingKindId(FindingKind::StaleRoutes));
    f.kind = FindingKind::StaleRoutes;
    bool reused = false;
    std::set<std::string> addresses, reasons;
    for (const auto& s : stale) {
        reused = reused || s.reason == StaleReason::AddressReused;
        addresses.insert(s.address);
        reasons.emplace(staleReasonId(s.reason));
        f.evidence.routeRows.emplace_back(static_cast<std::uint32_t>(s.snapshot),
                                          static_cast<std::uint32_t>(s.snapshotRow));
    }
    // An address reused by another instance is certain misrouting; the other reasons may be a
    // partial LRP dump.
    f.severity = reused ? Severity::Critical : Severity::Warning;
    f.count = stale.size();
    const RequestTable& r = c.requests();
    std::uint64_t mismatches = 0;
    const RouterEventTable& e = c.incident.tables.events;
    // Gorouter retries a hostname mismatch on another endpoint, so most of them hide in failed
    // attempts of requests that recovered: count those too, and the attempt events.
    for (std::size_t row = 0; row < r.size(); ++row) {
        bool hit =
            c.cls(row) == ErrorClass::HostnameMismatch && addresses.count(std::string(c.str(r.backend[row])));
        const std::uint32_t begin = c.diagnosis.attemptsBegin[row];
        for (std::uint32_t i = 0; i < c.diagnosis.attemptsCount[row]; ++i) {
            const std::uint32_t ev = c.diagnosis.attemptEvents[begin + i];
            if (classifyErrorText(c.str(e.error[ev])) == ErrorClass::HostnameMismatch &&
                addresses.count(std::string(c.str(e.endpoint[ev])))) {
                hit = true;
                cappedPush(f.evidence.events, ev);
            }
        }
        if (hit) {
            ++mismatches;
            cappedPush(f.evidence.requests, row);
        }
    }
    f.title =
        FindingText::tr(
            "%n stale route endpoint(s) on %1 address(es), %2 requests with hostname mismatches to them",
            nullptr, static_cast<int>(stale.size()))
            .arg(addresses.size())
            .arg(mismatches);
    f.explanation =
        FindingText::tr(
            "Routers hold endpoints that no longer belong to the instance they were registered for "
            "(%1). When the address now belongs to another instance, requests reach the wrong "
            "container and fail with hostname mismatches or, without TLS, get another app's answer. "
            "Check the route-emitter and NATS on the cells, and the routers' pruning. Addresses: %2.")
            .arg(joined(reasons))
            .arg(joined(addresses));
    finish(c.incident, f);
    c.out.push_back(std::move(f));
}

void routerDiffs(Context& c)
{
    const auto& diffs = c.routes.diffs;
    if (diffs.empty())
        return;
    // The latest dump per router, as diffRouterDumps compares them.
    std::map<IdentityIndex, std::size_t> latest;
    const auto& snaps = c.incident.tables.routeSnapshots;
    for (std::size_t i = 0; i < snaps.size(); ++i) {
        auto it = latest.find(snaps[i].identity);
        if (it == latest.end() || snaps[i].takenAt >= snaps[it->second].takenAt)
            latest[snaps[i].identity] = i;
    }
    Finding f;
    f.id = std::string(findingKindId(FindingKind::RouterTablesDiffer));
    f.kind = FindingKind::RouterTablesDiffer;
    f.severity = Severity::Warning;
    f.count = diffs.size();
    std::set<std::string> routes;
    for (const auto& d : diffs) {
        routes.insert(d.route);
        for (IdentityIndex router : d.presentOn) {
            auto it = latest.find(router);
            if (it == latest.end())
                continue;
            const auto& rows = snaps[it->second].rows;
            for (std::size_t row = 0; row < rows.size(); ++row)
                if (rows[row].route == d.route && rows[row].address == d.address)
                    f.evidence.routeRows.emplace_back(static_cast<std::uint32_t>(it->second),
                                                      static_cast<std::uint32_t>(row));
        }
    }
    f.title = FindingText::tr("%n endpoint(s) differ between routers' route tables", nullptr,
                              static_cast<int>(diffs.size()));
    f.explanation =
        FindingText::tr("Routers should hold the same table. Endpoints that some routers hold and "
                        "others do not mean that a router missed NATS messages or pruned on its own: "
                        "requests succeed or fail depending on the router. Routes: %1.")
            .arg(joined(routes));
    finish(c.incident, f);
    c.out.push_back(std::move(f));
}

void flapping(Context& c)
{
    const auto& flaps = c.routes.flapping;
    if (flaps.empty())
        return;
    Finding f;
    f.id = std::string(findingKindId(FindingKind::FlappingEndpoints));
    f.kind = FindingKind::FlappingEndpoints;
    f.severity = Severity::Warning;
    f.count = flaps.size();
    std::set<std::string> addresses;
    std::set<std::pair<IdentityIndex, std::string>> keys;
    for (const auto& fl : flaps) {
        addresses.insert(fl.address);
        keys.emplace(fl.router, fl.address);
        f.from = f.from == kNoTime ? fl.first : std::min(f.from, fl.first);
        f.to = f.to == kNoTime ? fl.last : std::max(f.to, fl.last);
    }
    const RouterEventTable& e = c.incident.tables.events;
    for (std::size_t row = 0; row < e.size(); ++row) {
        const RouterMessage m = e.message[row];
        if (m != RouterMessage::EndpointRegistered && m != RouterMessage::PruneFailedEndpoint &&
            m != RouterMessage::PrunedRoute)
            continue;
        if (keys.count({e.identity[row], std::string(c.str(e.endpoint[row]))}))
            cappedPush(f.evidence.events, row);
    }
    f.title = FindingText::tr("%n endpoint(s) pruned and registered again repeatedly", nullptr,
                              static_cast<int>(flaps.size()));
    f.explanation =
        FindingText::tr("Gorouter prunes an endpoint after it fails and the route-emitter announces "
                        "it again: the instance is alive for Diego but fails requests. Look at the "
                        "instance's health check and logs. Addresses: %1.")
            .arg(joined(addresses));
    finish(c.incident, f);
    c.out.push_back(std::move(f));
}

// One finding per TLS class, because each has its own cause and fix (the class explanation).
void tlsFailures(Context& c)
{
    static constexpr std::array kTls{
        ErrorClass::TlsToNonTlsBackend, ErrorClass::HostnameMismatch,       ErrorClass::UntrustedCert,
        ErrorClass::RemoteRejectedCert, ErrorClass::RemoteHandshakeFailure, ErrorClass::HandshakeTimeout,
        ErrorClass::ExpiredCert};
    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    for (ErrorClass cls : kTls) {
        Finding f;
        std::set<std::string> backends;
        std::uint64_t recovered = 0;
        for (std::size_t row = 0; row < r.size(); ++row) {
            if (c.cls(row) == cls) {
                ++f.count;
                cappedPush(f.evidence.requests, row);
                if (r.backend[row] != 0)
                    backends.emplace(c.str(r.backend[row]));
                continue;
            }
            // Gorouter retries TLS failures on another endpoint: a request that recovered still
            // shows the broken endpoint in its failed attempts.
            if (c.cls(row) != ErrorClass::Recovered)
                continue;
            const std::uint32_t begin = c.diagnosis.attemptsBegin[row];
            bool hit = false;
            for (std::uint32_t i = 0; i < c.diagnosis.attemptsCount[row]; ++i) {
                const std::uint32_t ev = c.diagnosis.attemptEvents[begin + i];
                if (classifyErrorText(c.str(e.error[ev])) == cls) {
                    hit = true;
                    cappedPush(f.evidence.events, ev);
                    if (e.endpoint[ev] != 0)
                        backends.emplace(c.str(e.endpoint[ev]));
                }
            }
            if (hit) {
                ++recovered;
                ++f.count;
                cappedPush(f.evidence.requests, row);
            }
        }
        if (f.count == 0)
            continue;
        f.id = std::string(findingKindId(FindingKind::TlsFailures)) + ":" + std::string(errorClassId(cls));
        f.kind = FindingKind::TlsFailures;
        f.severity = Severity::Warning;
        f.title = FindingText::tr("%1 requests hit %2 on %n backend(s), %3 of them recovered on a retry",
                                  nullptr, static_cast<int>(backends.size()))
                      .arg(f.count)
                      .arg(q(errorClassId(cls)))
                      .arg(recovered);
        f.explanation = FindingText::tr("%1 Backends: %2.").arg(classExplanation(cls), joined(backends));
        finish(c.incident, f);
        c.out.push_back(std::move(f));
    }
}

std::string_view hostOf(std::string_view address)
{
    const std::size_t colon = address.rfind(':');
    return colon == std::string_view::npos ? address : address.substr(0, colon);
}

// Expired or not-yet-valid certificates on a few cells are often the cells' clocks, not the
// certificates: name the cells so that their NTP can be checked.
void clockDrift(Context& c)
{
    std::unordered_map<std::string, std::string> cellByIp;
    for (const auto& snap : c.incident.tables.lrpSnapshots)
        for (const auto& row : snap.rows)
            if (!row.address.empty() && !row.cellId.empty())
                cellByIp.emplace(row.address, row.cellId);
    const RequestTable& r = c.requests();
    Finding f;
    std::set<std::string> backends, cells;
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (c.cls(row) != ErrorClass::ExpiredCert)
            continue;
        ++f.count;
        cappedPush(f.evidence.requests, row);
        const std::string_view backend = c.str(r.backend[row]);
        if (backend.empty())
            continue;
        backends.emplace(backend);
        auto it = cellByIp.find(std::string(hostOf(backend)));
        cells.insert(it != cellByIp.end() ? it->second : std::string(hostOf(backend)));
    }
    if (f.count == 0)
        return;
    f.id = std::string(findingKindId(FindingKind::CertificateClockDrift));
    f.kind = FindingKind::CertificateClockDrift;
    f.severity = Severity::Warning;
    f.title = FindingText::tr("%1 expired or not-yet-valid certificates on %n cell(s)", nullptr,
                              static_cast<int>(cells.size()))
                  .arg(f.count);
    f.explanation =
        FindingText::tr("Instance certificates are short-lived and renewed by the cell. When only "
                        "some cells present expired or not-yet-valid certificates, their clocks "
                        "have probably drifted: check NTP on cells %1 before the certificates. "
                        "Backends: %2.")
            .arg(joined(cells), joined(backends));
    finish(c.incident, f);
    c.out.push_back(std::move(f));
}

// backend_eof/connection_reset where an attempt used a reused connection: the app closed an
// idle keep-alive connection just as Gorouter sent on it. Grouped by app, since the fix (an
// idle timeout longer than Gorouter's) is the app's.
void keepAlive(Context& c)
{
    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    std::map<std::string, Finding> byApp;
    for (std::size_t row = 0; row < r.size(); ++row) {
        const ErrorClass cls = c.cls(row);
        if (cls != ErrorClass::BackendEof && cls != ErrorClass::ConnectionReset)
            continue;
        const std::uint32_t begin = c.diagnosis.attemptsBegin[row];
        std::uint32_t reusedEvent = kNoRow;
        for (std::uint32_t i = 0; i < c.diagnosis.attemptsCount[row]; ++i) {
            const std::uint32_t ev = c.diagnosis.attemptEvents[begin + i];
            if (e.connReused[ev] == Tri::True)
                reusedEvent = ev;
        }
        const std::uint32_t final = c.diagnosis.finalEvent[row];
        if (reusedEvent == kNoRow && final != kNoRow && e.connReused[final] == Tri::True)
            reusedEvent = final;
        if (reusedEvent == kNoRow)
            continue;
        Finding& f = byApp[std::string(c.str(r.appId[row]))];
        ++f.count;
        cappedPush(f.evidence.requests, row);
        cappedPush(f.evidence.events, reusedEvent);
    }
    // App names are only in the route dumps' tags; the access log has the guid.
    std::map<std::string, std::string> appNames;
    for (const auto& snap : c.incident.tables.routeSnapshots)
        for (const auto& row : snap.rows)
            if (!row.tagAppId.empty() && !row.tagAppName.empty())
                appNames.emplace(row.tagAppId, row.tagAppName);
    for (auto& [app, f] : byApp) {
        if (f.count < 3)
            continue;
        auto named = appNames.find(app);
        const QString appName =
            named != appNames.end() ? FindingText::tr("%1 (%2)").arg(q(named->second), q(app)) : q(app);
        f.id = std::string(findingKindId(FindingKind::KeepAliveRace)) + ":" + app;
        f.kind = FindingKind::KeepAliveRace;
        f.severity = Severity::Warning;
        f.title = FindingText::tr("%1 keep-alive races (EOF or reset on a reused connection) for app %2")
                      .arg(f.count)
                      .arg(appName);
        f.explanation = FindingText::tr(
            "The app closed idle keep-alive connections while Gorouter was sending a request on them. "
            "Gorouter retries only idempotent requests in that case. The usual fix is in the app: an idle "
            "timeout longer than Gorouter's (90 s by default), or a server that does not close idle "
            "connections early.");
        finish(c.incident, f);
        c.out.push_back(std::move(f));
    }
}

bool isRemoval(RouterMessage m)
{
    return m == RouterMessage::EndpointUnregistered || m == RouterMessage::RouteUnregistered ||
           m == RouterMessage::PrunedRoute || m == RouterMessage::PruneFailedEndpoint ||
           m == RouterMessage::UnregisterRoute;
}

// Event uris may carry a path ("app.example.com/api"): the host part names the route's host.
std::string_view uriHost(std::string_view uri)
{
    const std::size_t slash = uri.find('/');
    return slash == std::string_view::npos ? uri : uri.substr(0, slash);
}

// ≥ 10 unknown_route/no_endpoints for one host within a minute. A burst right after a route's
// endpoints were removed usually means an app restart or a deploy without zero downtime; a
// burst without any removal suggests a mistyped route or a missing map-route.
void bursts(Context& c, ErrorClass cls, FindingKind kind)
{
    constexpr std::size_t kMinBurst = 10;
    constexpr TimeNs kRelated = 5 * kMinute;
    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    std::map<std::string, std::vector<std::uint32_t>> byHost;
    for (std::size_t row = 0; row < r.size(); ++row)
        if (c.cls(row) == cls && r.start[row] != kNoTime)
            byHost[std::string(c.str(r.host[row]))].push_back(static_cast<std::uint32_t>(row));
    if (byHost.empty())
        return;
    // Removals per host in time order (ties by row), read once rather than per burst.
    // prune-failed-endpoint names only the endpoint: its hosts are those the requests sent to it.
    std::map<StringPool::Id, std::set<StringPool::Id>> hostsByBackend;
    for (std::size_t row = 0; row < r.size(); ++row)
        if (r.backend[row] != 0 && r.host[row] != 0)
            hostsByBackend[r.backend[row]].insert(r.host[row]);
    std::map<std::string, std::vector<std::uint32_t>, std::less<>> removals;
    for (std::size_t ev = 0; ev < e.size(); ++ev) {
        if (!isRemoval(e.message[ev]) || e.time[ev] == kNoTime)
            continue;
        if (e.uri[ev] != 0) {
            removals[std::string(uriHost(c.str(e.uri[ev])))].push_back(static_cast<std::uint32_t>(ev));
        } else if (auto hosts = hostsByBackend.find(e.endpoint[ev]); hosts != hostsByBackend.end()) {
            for (StringPool::Id h : hosts->second)
                removals[std::string(c.str(h))].push_back(static_cast<std::uint32_t>(ev));
        }
    }
    for (auto& [host, rows] : removals)
        std::stable_sort(rows.begin(), rows.end(), [&](auto a, auto b) { return e.time[a] < e.time[b]; });
    for (auto& [host, rows] : byHost) {
        std::stable_sort(rows.begin(), rows.end(), [&](auto a, auto b) { return r.start[a] < r.start[b]; });
        int burstNo = 0;
        for (std::size_t i = 0; i + kMinBurst <= rows.size();) {
            if (r.start[rows[i + kMinBurst - 1]] - r.start[rows[i]] > kMinute) {
                ++i;
                continue;
            }
            // The burst goes on while the requests keep coming less than a minute apart.
            std::size_t end = i + 1;
            while (end < rows.size() && r.start[rows[end]] - r.start[rows[end - 1]] <= kMinute)
                ++end;
            Finding f;
            f.kind = kind;
            f.severity = Severity::Warning;
            f.id = std::string(findingKindId(kind)) + ":" + host +
                   (burstNo > 0 ? ":" + std::to_string(burstNo) : "");
            ++burstNo;
            f.count = end - i;
            for (std::size_t k = i; k < end; ++k)
                cappedPush(f.evidence.requests, rows[k]);
            f.from = r.start[rows[i]];
            f.to = r.start[rows[end - 1]];
            // The latest removal for this host at or before the burst started.
            std::uint32_t removal = kNoRow;
            if (auto found = removals.find(host); found != removals.end()) {
                const auto& list = found->second;
                auto after =
                    std::upper_bound(list.begin(), list.end(), f.from,
                                     [&](TimeNs value, std::uint32_t ev) { return value < e.time[ev]; });
                // A removal long before says nothing about this burst.
                if (after != list.begin() && f.from - e.time[*std::prev(after)] <= kRelated)
                    removal = *std::prev(after);
            }
            const QString what = kind == FindingKind::UnknownRouteBurst
                                     ? FindingText::tr("%1 unknown_route (404) for %2 between %3 and %4")
                                     : FindingText::tr("%1 no_endpoints (503) for %2 between %3 and %4");
            f.title = what.arg(f.count).arg(q(host), clock(f.from), clock(f.to));
            if (removal != kNoRow) {
                cappedPush(f.evidence.events, removal);
                const double seconds = static_cast<double>(f.from - e.time[removal]) / kSecond;
                const bool pruned = e.message[removal] == RouterMessage::PruneFailedEndpoint ||
                                    e.message[removal] == RouterMessage::PrunedRoute;
                // A prune is Gorouter's reaction to failures or expired TTLs; an unregistration
                // is the platform's decision (stop, restart, unmap): different places to look.
                const QString cause =
                    pruned
                        ? FindingText::tr(
                              "Gorouter pruned the endpoint after it failed or its registration "
                              "expired, and no other endpoint was left. Look at why the instances "
                              "failed and whether the route-emitter kept announcing them.")
                        : FindingText::tr("Requests arrived while the route had no endpoint: an app restart, "
                                          "a stop, or a deploy that unmapped the route before the new "
                                          "instances were registered. Check the app's events and the "
                                          "route-emitter around that time.");
                f.explanation =
                    FindingText::tr("The burst started %1 s after %2 removed an endpoint or the route "
                                    "for this host (%3 at %4). %5")
                        .arg(seconds, 0, 'f', 1)
                        .arg(q(c.incident.identity(e.identity[removal]).display),
                             q(routerMessageId(e.message[removal])), clock(e.time[removal]), cause);
            } else if (kind == FindingKind::UnknownRouteBurst) {
                f.explanation = FindingText::tr("No unregistration or prune for this host precedes the burst "
                                                "within five minutes in the logs. "
                                                "Check that the route is mapped and that clients use the "
                                                "right host name; if the route exists, "
                                                "check the route-emitter and NATS on the app's cells.");
            } else {
                f.explanation = FindingText::tr(
                    "The router knew the route but held no usable endpoint for it, and no unregistration or "
                    "prune "
                    "for this host precedes the burst within five minutes in the logs: the endpoints may "
                    "have gone "
                    "before the logs start. Check that the app has running instances (cf app) and that the "
                    "route-emitter on their cells announces them.");
            }
            finish(c.incident, f);
            c.out.push_back(std::move(f));
            i = end;
        }
    }
}

// The value below which `percent` of the values lie (nearest rank); 0 for no values.
std::int64_t percentile(std::vector<std::int64_t> values, std::size_t percent)
{
    if (values.empty())
        return 0;
    auto at = values.begin() + static_cast<std::ptrdiff_t>(values.size() * percent / 100);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

// The path of an access-log line ("GET /api/v1/search?q=… HTTP/1.1" -> "/api/v1/search"),
// re-read from the raw line because the tables do not keep URIs.
std::string_view requestPath(std::string_view line)
{
    std::size_t pos = line.find("] \"");
    if (pos == std::string_view::npos)
        return {};
    pos = line.find(' ', pos + 3);
    if (pos == std::string_view::npos)
        return {};
    const std::size_t end = line.find_first_of(" ?\"", pos + 1);
    return line.substr(pos + 1, end == std::string_view::npos ? std::string_view::npos : end - pos - 1);
}

// Clients give up on slow routes: 499s there are a symptom of the app's latency, not of the
// clients. A route (host and path) counts as slow when its upper quartile of response times is
// ≥ 5× the upper quartile of all requests. Not the median: on such a route a fast majority
// often hides a slow quarter, and the slow quarter is what the clients abandon (on generated
// bundles the slow route's median ranged from 1.3× to 6× the overall one, its upper quartile
// was 30× or more). Paths are read only for hosts with cancellations, to keep this cheap.
void clientCancellations(Context& c)
{
    constexpr std::size_t kMinCancelled = 3;
    const RequestTable& r = c.requests();
    std::vector<std::int64_t> all;
    std::map<StringPool::Id, std::size_t> cancelledPerHost;
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (r.responseTime[row] != kNoDuration)
            all.push_back(r.responseTime[row]);
        if (c.cls(row) == ErrorClass::ClientCancelled || r.status[row] == 499)
            ++cancelledPerHost[r.host[row]];
    }
    const std::int64_t overall = percentile(std::move(all), 75);
    if (overall <= 0)
        return;
    using Route = std::pair<std::string, std::string>; // host, path
    std::map<Route, std::vector<std::int64_t>> times;
    std::map<Route, std::vector<std::uint32_t>> cancelled;
    for (std::size_t row = 0; row < r.size(); ++row) {
        auto it = cancelledPerHost.find(r.host[row]);
        if (it == cancelledPerHost.end() || it->second < kMinCancelled)
            continue;
        const Route route{std::string(c.str(r.host[row])),
                          std::string(requestPath(c.incident.rawLine(r.source, row)))};
        if (r.responseTime[row] != kNoDuration)
            times[route].push_back(r.responseTime[row]);
        if (c.cls(row) == ErrorClass::ClientCancelled || r.status[row] == 499)
            cancelled[route].push_back(static_cast<std::uint32_t>(row));
    }
    for (auto& [route, rows] : cancelled) {
        const std::int64_t routeSlow = percentile(times[route], 75);
        if (rows.size() < kMinCancelled || routeSlow < 5 * overall)
            continue;
        const std::string name = route.first + route.second;
        Finding f;
        f.id = std::string(findingKindId(FindingKind::ClientCancellations)) + ":" + name;
        f.kind = FindingKind::ClientCancellations;
        f.severity = Severity::Info;
        f.count = rows.size();
        for (std::uint32_t row : rows)
            cappedPush(f.evidence.requests, row);
        const double routeMs = static_cast<double>(routeSlow) / 1e6;
        const double overallMs = static_cast<double>(overall) / 1e6;
        f.title = FindingText::tr("%1 client cancellations (499) on slow route %2 (a quarter of its requests "
                                  "take over %3 ms, of all requests over %4 ms)")
                      .arg(f.count)
                      .arg(q(name))
                      .arg(routeMs, 0, 'f', 0)
                      .arg(overallMs, 0, 'f', 0);
        f.explanation = FindingText::tr(
            "Clients closed the connection before the app answered, on a route much slower than the rest. "
            "Gorouter logs these as 499; the client never saw them. The slowness is the problem: look at the "
            "app's response times and its dependencies, and at client or load balancer timeouts.");
        finish(c.incident, f);
        c.out.push_back(std::move(f));
    }
}

// A crash or exit of an instance within ±2 min of failures at that instance links the
// failures to the container, which the access log alone cannot show.
void containerCrashes(Context& c)
{
    constexpr TimeNs kNear = 2 * kMinute;
    const ContainerEventTable& ct = c.incident.tables.containers;
    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    // Instance guid -> its addresses, from LRPs (host IP:port) and from the requests themselves.
    std::unordered_map<std::string, std::set<std::string>> addresses;
    for (const auto& snap : c.incident.tables.lrpSnapshots)
        for (const auto& row : snap.rows)
            for (const auto& port : row.ports) {
                if (port.hostPort != 0)
                    addresses[row.instanceGuid].insert(row.address + ":" + std::to_string(port.hostPort));
                if (port.hostTlsProxyPort != 0)
                    addresses[row.instanceGuid].insert(row.address + ":" +
                                                       std::to_string(port.hostTlsProxyPort));
            }
    for (std::size_t row = 0; row < r.size(); ++row)
        if (r.instanceId[row] != 0 && r.backend[row] != 0)
            addresses[std::string(c.str(r.instanceId[row]))].emplace(c.str(r.backend[row]));

    // Failed or recovered requests by start time, so that each crash looks at its ±2 min only.
    std::vector<std::uint32_t> byTime;
    for (std::size_t row = 0; row < r.size(); ++row)
        if (r.start[row] != kNoTime && (isFailure(c.cls(row)) || c.cls(row) == ErrorClass::Recovered))
            byTime.push_back(static_cast<std::uint32_t>(row));
    std::stable_sort(byTime.begin(), byTime.end(), [&](auto a, auto b) { return r.start[a] < r.start[b]; });

    std::map<std::string, Finding> byInstance;
    for (std::size_t ce = 0; ce < ct.size(); ++ce) {
        if (ct.kind[ce] != ContainerEventKind::Crashed && ct.kind[ce] != ContainerEventKind::Exited)
            continue;
        if (ct.time[ce] == kNoTime || ct.instanceGuid[ce] == 0)
            continue;
        const std::string guid(c.str(ct.instanceGuid[ce]));
        const auto& addrs = addresses[guid];
        const TimeNs t = ct.time[ce];
        Finding& f = byInstance[guid];
        bool any = false;
        auto first = std::lower_bound(byTime.begin(), byTime.end(), t - kNear,
                                      [&](std::uint32_t row, TimeNs value) { return r.start[row] < value; });
        for (auto it = first; it != byTime.end() && r.start[*it] <= t + kNear; ++it) {
            const std::uint32_t row = *it;
            bool hit = isFailure(c.cls(row)) &&
                       (c.str(r.instanceId[row]) == guid || addrs.count(std::string(c.str(r.backend[row]))));
            const std::uint32_t begin = c.diagnosis.attemptsBegin[row];
            for (std::uint32_t i = 0; i < c.diagnosis.attemptsCount[row]; ++i) {
                const std::uint32_t ev = c.diagnosis.attemptEvents[begin + i];
                if (c.str(e.instanceId[ev]) == guid || addrs.count(std::string(c.str(e.endpoint[ev])))) {
                    hit = true;
                    cappedPush(f.evidence.events, ev);
                }
            }
            if (hit) {
                any = true;
                cappedPush(f.evidence.requests, row);
            }
        }
        if (any)
            cappedPush(f.evidence.containerEvents, ce);
    }
    for (auto& [guid, f] : byInstance) {
        if (f.evidence.containerEvents.empty())
            continue;
        finish(c.incident, f);
        f.count = f.evidence.requests.size();
        f.id = std::string(findingKindId(FindingKind::ContainerCrashes)) + ":" + guid;
        f.kind = FindingKind::ContainerCrashes;
        bool oom = false;
        QStringList reasons;
        for (std::uint32_t ce : f.evidence.containerEvents) {
            oom = oom || ct.oom[ce];
            const QString reason = q(c.str(ct.reason[ce]));
            if (!reason.isEmpty() && !reasons.contains(reason))
                reasons << reason;
        }
        f.severity = Severity::Critical;
        f.title = FindingText::tr("Instance %1 crashed or exited near %2 failed requests")
                      .arg(q(guid))
                      .arg(f.count);
        f.explanation =
            (oom ? FindingText::tr("The container ran out of memory. ") : QString()) +
            FindingText::tr(
                "The instance's container crashed or exited within two minutes of failures at its "
                "address: the router kept sending requests to it until it was unregistered or pruned. "
                "Look at the app's crash reason and logs (cf events, cf logs --recent). Reasons: %1.")
                .arg(reasons.isEmpty() ? FindingText::tr("none logged") : reasons.join(QStringLiteral("; ")));
        const auto& ces = f.evidence.containerEvents;
        f.from = std::min(f.from, ct.time[ces.front()]);
        f.to = std::max(f.to, ct.time[ces.back()]);
        c.out.push_back(std::move(f));
    }
}

// The minute where the failure rate stepped up the most: that minute's rate against the three
// minutes before. At least 20 failures in the minute, at least 1.5 times the rate before and
// five points more, so that noise on a quiet incident does not count.
void changePoint(Context& c)
{
    constexpr std::size_t kWindow = 3;
    constexpr std::uint64_t kMinFailures = 20;
    const RequestTable& r = c.requests();
    if (c.incident.begin == kNoTime || r.size() == 0)
        return;
    const TimeNs origin = c.incident.begin - c.incident.begin % kMinute;
    std::vector<std::uint64_t> total, failed;
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (r.start[row] == kNoTime || r.start[row] < origin)
            continue;
        const auto m = static_cast<std::size_t>((r.start[row] - origin) / kMinute);
        if (m >= total.size()) {
            total.resize(m + 1);
            failed.resize(m + 1);
        }
        ++total[m];
        failed[m] += isFailure(c.cls(row)) ? 1 : 0;
    }
    double bestStep = 0;
    std::size_t best = 0;
    double bestBefore = 0, bestAfter = 0;
    for (std::size_t m = 1; m < total.size(); ++m) {
        std::uint64_t tb = 0, fb = 0, ta = 0, fa = 0;
        for (std::size_t k = m >= kWindow ? m - kWindow : 0; k < m; ++k) {
            tb += total[k];
            fb += failed[k];
        }
        ta = total[m];
        fa = failed[m];
        if (tb == 0 || ta == 0 || fa < kMinFailures)
            continue;
        const double before = static_cast<double>(fb) / static_cast<double>(tb);
        const double after = static_cast<double>(fa) / static_cast<double>(ta);
        if (after < 1.5 * before || after - before < 0.05)
            continue;
        if (after - before > bestStep) {
            bestStep = after - before;
            best = m;
            bestBefore = before;
            bestAfter = after;
        }
    }
    if (best == 0)
        return;
    Finding f;
    f.id = std::string(findingKindId(FindingKind::ChangePoint));
    f.kind = FindingKind::ChangePoint;
    f.severity = Severity::Warning;
    f.from = origin + static_cast<TimeNs>(best) * kMinute;
    f.to = f.from + kMinute;
    for (std::size_t row = 0; row < r.size(); ++row)
        if (r.start[row] >= f.from && r.start[row] < f.to && isFailure(c.cls(row)))
            cappedPush(f.evidence.requests, row);
    f.count = f.evidence.requests.size();
    // What changed: route-table changes in that minute and container lifecycle around it.
    const RouterEventTable& e = c.incident.tables.events;
    std::uint64_t registrations = 0, removals = 0, crashes = 0;
    for (std::size_t ev = 0; ev < e.size(); ++ev) {
        if (e.time[ev] < f.from || e.time[ev] >= f.to)
            continue;
        const RouterMessage m = e.message[ev];
        if (m == RouterMessage::EndpointRegistered || m == RouterMessage::RouteRegistered) {
            ++registrations;
            cappedPush(f.evidence.events, ev);
        } else if (isRemoval(m)) {
            ++removals;
            cappedPush(f.evidence.events, ev);
        }
    }
    const ContainerEventTable& ct = c.incident.tables.containers;
    for (std::size_t ce = 0; ce < ct.size(); ++ce) {
        const ContainerEventKind k = ct.kind[ce];
        if (ct.time[ce] < f.from - kMinute || ct.time[ce] >= f.to)
            continue;
        if (k == ContainerEventKind::Crashed || k == ContainerEventKind::Exited ||
            k == ContainerEventKind::Unhealthy || k == ContainerEventKind::Stopping) {
            ++crashes;
            cappedPush(f.evidence.containerEvents, ce);
        }
    }
    f.title = FindingText::tr("Failure rate stepped up from %1% to %2% at %3")
                  .arg(bestBefore * 100, 0, 'f', 1)
                  .arg(bestAfter * 100, 0, 'f', 1)
                  .arg(clock(f.from));
    f.explanation =
        FindingText::tr("In that minute the routers logged %1 registrations and %2 unregistrations or "
                        "prunes, and the cells %3 container crashes, exits or health failures (from "
                        "the minute before). Start the investigation there: what was deployed, "
                        "restarted or scaled at that time.")
            .arg(registrations)
            .arg(removals)
            .arg(crashes);
    finish(c.incident, f);
    c.out.push_back(std::move(f));
}

} // namespace

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
    std::vector<Finding> out;
    if (diagnosis.size() != incident.tables.requests.size())
        return out;
    Context c{incident, diagnosis, routes, out};
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
    std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.count != b.count)
            return a.count > b.count;
        return a.id < b.id;
    });
    return out;
}

} // namespace rs
