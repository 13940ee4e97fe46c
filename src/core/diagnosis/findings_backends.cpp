// Findings about backends and apps: failures concentrated on a few backends or spread over the
// apps, keep-alive races of one app, client cancellations on slow routes.
#include "core/diagnosis/findings_rules.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace rs::findings {

// Concentrated versus spread (DESIGN.md §6). Only failures with a backend can point at one:
// unknown_route and no_endpoints never reached an endpoint. "A few" is at most 3 backends, and
// they must be a small share (at most a quarter) of the backends that served traffic, or the
// concentration says nothing.
void concentration(Context& c)
{
    const RequestTable& r = c.requests();
    std::map<StringPool::Id, std::vector<std::uint32_t>> failuresByBackend;
    std::set<StringPool::Id> backends, apps, failingApps;
    std::vector<std::uint32_t> failures;
    std::uint64_t backendFailures = 0;
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (r.backend[row] != 0)
            backends.insert(r.backend[row]);
        if (r.appId[row] != 0)
            apps.insert(r.appId[row]);
        if (!isFailure(c.cls(row)))
            continue;
        failures.push_back(static_cast<std::uint32_t>(row));
        if (r.appId[row] != 0)
            failingApps.insert(r.appId[row]);
        if (r.backend[row] != 0) {
            failuresByBackend[r.backend[row]].push_back(static_cast<std::uint32_t>(row));
            ++backendFailures;
        }
    }
    if (failures.empty())
        return;

    std::vector<std::pair<std::uint64_t, StringPool::Id>> ranked;
    for (const auto& [backend, rows] : failuresByBackend)
        ranked.emplace_back(rows.size(), backend);
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
            const auto& rows = failuresByBackend[backend];
            std::set<std::string> classes, appNames;
            for (const std::uint32_t row : rows) {
                classes.emplace(errorClassId(c.cls(row)));
                if (r.appId[row] != 0)
                    appNames.insert(c.apps.appLabel(c.str(r.appId[row])));
            }
            setRequests(c, f, rows);
            const int percent = static_cast<int>(ranked[k].first * 100 / backendFailures);
            f.title = FindingText::tr("Backend %1 (%2): %3, %4% of all endpoint failures")
                          .arg(q(c.str(backend)),
                               appNames.empty() ? FindingText::tr("app unknown") : joined(appNames, 2),
                               countPhrase(f))
                          .arg(percent);
            f.explanation =
                FindingText::tr(
                    "Most failures come from %n backend(s) out of %1 that served traffic. A problem "
                    "confined to a few instances points at the app or those instances' cells, not at "
                    "the platform: look at the instance's logs, its health and its cell. Classes: %2.",
                    nullptr, static_cast<int>(few))
                    .arg(backends.size())
                    .arg(joined(classes));
            finish(c, f);
            c.out.push_back(std::move(f));
        }
    }

    // Spread: most apps with traffic see failures, which one app's bug cannot explain.
    if (apps.size() >= 2 && failingApps.size() * 2 >= apps.size()) {
        Finding f;
        f.id = std::string(findingKindId(FindingKind::FailuresSpread));
        f.kind = FindingKind::FailuresSpread;
        f.severity = Severity::Warning;
        setRequests(c, f, failures);
        f.title = FindingText::tr("Failures across %1 of %2 apps with traffic: %3")
                      .arg(failingApps.size())
                      .arg(apps.size())
                      .arg(countPhrase(f));
        f.explanation = FindingText::tr(
            "Failures are spread over most apps that had traffic. Something they share is more likely than a "
            "bug in each app: the routers, the cells, the network, a shared service or route-emitter/NATS. "
            "Compare the error classes per app and look at the platform components first.");
        finish(c, f);
        c.out.push_back(std::move(f));
    }
}

// backend_eof/connection_reset where an attempt used a reused connection: the app closed an
// idle keep-alive connection just as Gorouter sent on it. Grouped by app, since the fix (an
// idle timeout longer than Gorouter's) is the app's.
void keepAlive(Context& c)
{
    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    struct Race {
        std::vector<std::uint32_t> rows, events;
    };
    std::map<std::string, Race> byApp;
    for (std::size_t row = 0; row < r.size(); ++row) {
        const ErrorClass cls = c.cls(row);
        if (cls != ErrorClass::BackendEof && cls != ErrorClass::ConnectionReset)
            continue;
        std::uint32_t reusedEvent = kNoRow;
        c.forAttempts(row, [&](std::uint32_t ev) {
            if (e.connReused[ev] == Tri::True)
                reusedEvent = ev;
        });
        const std::uint32_t final = c.diagnosis.finalEvent[row];
        if (reusedEvent == kNoRow && final != kNoRow && e.connReused[final] == Tri::True)
            reusedEvent = final;
        if (reusedEvent == kNoRow)
            continue;
        Race& race = byApp[std::string(c.str(r.appId[row]))];
        race.rows.push_back(static_cast<std::uint32_t>(row));
        cappedPush(race.events, reusedEvent);
    }
    for (auto& [app, race] : byApp) {
        if (race.rows.size() < 3)
            continue;
        Finding f;
        f.id = std::string(findingKindId(FindingKind::KeepAliveRace)) + ":" + app;
        f.kind = FindingKind::KeepAliveRace;
        f.severity = Severity::Warning;
        f.evidence.events = std::move(race.events);
        setRequests(c, f, std::move(race.rows));
        const std::string label = c.apps.appLabel(app);
        f.title = FindingText::tr("Keep-alive races (EOF or reset on a reused connection) for app %1: %2")
                      .arg(label.empty() ? FindingText::tr("unknown") : q(label), countPhrase(f));
        f.explanation = FindingText::tr(
            "The app closed idle keep-alive connections while Gorouter was sending a request on them. "
            "Gorouter retries only idempotent requests in that case. The usual fix is in the app: an idle "
            "timeout longer than Gorouter's (90 s by default), or a server that does not close idle "
            "connections early.");
        finish(c, f);
        c.out.push_back(std::move(f));
    }
}

namespace {

// The value below which `percent` of the values lie (nearest rank); 0 for no values.
std::int64_t percentile(std::vector<std::int64_t> values, std::size_t percent)
{
    if (values.empty())
        return 0;
    auto at = values.begin() + static_cast<std::ptrdiff_t>(values.size() * percent / 100);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

// The path of an access-log line ("GET /api/v1/search?q=… HTTP/1.1" -> "/api/v1/search"), for a
// requests table without the URI column.
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

} // namespace

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
    const auto cancelled = [&](std::size_t row) {
        return c.cls(row) == ErrorClass::ClientCancelled || r.status[row] == 499;
    };
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (r.responseTime[row] != kNoDuration)
            all.push_back(r.responseTime[row]);
        if (cancelled(row))
            ++cancelledPerHost[r.host[row]];
    }
    const std::int64_t overall = percentile(std::move(all), 75);
    if (overall <= 0)
        return;
    // Routes numbered as they are met, keyed by host id and path number: the path of a URI is cut
    // once per distinct URI from the URI column (a table without it re-reads the raw lines). Reading
    // every row's raw line and keying maps by strings made this most of a 10 M-request diagnosis.
    struct Route {
        std::string host, path;
        std::vector<std::int64_t> times;
        std::vector<std::uint32_t> cancelledRows;
        std::set<std::string> apps;
    };
    constexpr std::uint32_t kUnseen = ~std::uint32_t{0};
    std::vector<Route> routes;
    std::unordered_map<std::uint64_t, std::size_t> routeOf; // host id << 32 | path number
    std::unordered_map<std::string, std::uint32_t> pathNumber;
    std::vector<const std::string*> pathText; // by path number (the map's keys do not move)
    std::vector<std::uint32_t> pathOfUri;     // by URI id
    const auto numberOf = [&](std::string_view path) {
        const auto [at, added] =
            pathNumber.try_emplace(std::string(path), static_cast<std::uint32_t>(pathText.size()));
        if (added)
            pathText.push_back(&at->first);
        return at->second;
    };
    for (std::size_t row = 0; row < r.size(); ++row) {
        auto it = cancelledPerHost.find(r.host[row]);
        if (it == cancelledPerHost.end() || it->second < kMinCancelled)
            continue;
        std::uint32_t path = kUnseen;
        if (r.hasUri()) {
            if (pathOfUri.empty())
                pathOfUri.assign(c.incident.tables.strings.size(), kUnseen);
            std::uint32_t& known = pathOfUri[r.uri[row]];
            if (known == kUnseen) {
                const std::string_view uri = c.str(r.uri[row]);
                known = numberOf(uri.substr(0, uri.find('?')));
            }
            path = known;
        } else {
            path = numberOf(requestPath(c.incident.rawLine(r.source, row).view()));
        }
        const std::uint64_t key = std::uint64_t{r.host[row]} << 32 | path;
        auto [slot, added] = routeOf.try_emplace(key, routes.size());
        if (added)
            routes.push_back({std::string(c.str(r.host[row])), *pathText[path], {}, {}, {}});
        Route& route = routes[slot->second];
        if (r.responseTime[row] != kNoDuration)
            route.times.push_back(r.responseTime[row]);
        if (cancelled(row)) {
            route.cancelledRows.push_back(static_cast<std::uint32_t>(row));
            if (r.appId[row] != 0)
                route.apps.insert(c.apps.appLabel(c.str(r.appId[row])));
        }
    }
    // In the order of host and path, as findings of one run always come.
    std::sort(routes.begin(), routes.end(), [](const Route& a, const Route& b) {
        return std::tie(a.host, a.path) < std::tie(b.host, b.path);
    });
    for (Route& route : routes) {
        const std::vector<std::uint32_t>& rows = route.cancelledRows;
        const std::int64_t routeSlow = percentile(std::move(route.times), 75);
        if (rows.size() < kMinCancelled || routeSlow < 5 * overall)
            continue;
        const std::string name = route.host + route.path;
        Finding f;
        f.id = std::string(findingKindId(FindingKind::ClientCancellations)) + ":" + name;
        f.kind = FindingKind::ClientCancellations;
        f.severity = Severity::Info;
        setRequests(c, f, rows);
        const double routeMs = static_cast<double>(routeSlow) / 1e6;
        const double overallMs = static_cast<double>(overall) / 1e6;
        const auto& names = route.apps;
        f.title = FindingText::tr("%L1 client cancellations (499) on slow route %2 of %3 (a quarter of its "
                                  "requests take over %4 ms, of all requests over %5 ms)")
                      .arg(static_cast<qulonglong>(f.count))
                      .arg(q(name), names.empty() ? FindingText::tr("an unknown app") : joined(names, 2))
                      .arg(routeMs, 0, 'f', 0)
                      .arg(overallMs, 0, 'f', 0);
        f.explanation = FindingText::tr(
            "Clients closed the connection before the app answered, on a route much slower than the rest. "
            "Gorouter logs these as 499; the client never saw them. The slowness is the problem: look at the "
            "app's response times and its dependencies, and at client or load balancer timeouts.");
        finish(c, f);
        c.out.push_back(std::move(f));
    }
}

} // namespace rs::findings
