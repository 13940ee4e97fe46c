// unknown_route / no_endpoints bursts and the removal they followed.
#include "core/diagnosis/findings_rules.h"

#include <algorithm>
#include <map>

namespace rs::findings {

namespace {

// The routers the requests went through, by display name.
std::set<IdentityIndex> routersOf(const Context& c, const std::vector<std::uint32_t>& rows)
{
    std::set<IdentityIndex> routers;
    for (const std::uint32_t row : rows)
        routers.insert(c.requests().identity[row]);
    return routers;
}

} // namespace

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
            const std::vector<std::uint32_t> burst(rows.begin() + static_cast<std::ptrdiff_t>(i),
                                                   rows.begin() + static_cast<std::ptrdiff_t>(end));
            setRequests(c, f, burst);
            f.from = r.start[rows[i]];
            f.to = r.start[rows[end - 1]];
            // The middle of the burst: the window's cursor lands where the route is missing.
            f.cursor = r.start[rows[i + (end - i) / 2]];
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
                                     ? FindingText::tr("unknown_route (404) for %1 between %2 and %3: %4")
                                     : FindingText::tr("no_endpoints (503) for %1 between %2 and %3: %4");
            f.title = what.arg(q(host), clock(f.from), clock(f.to), countPhrase(f));
            const QString where = FindingText::tr("Routers: %1.").arg(routerNames(c, routersOf(c, burst)));
            if (removal != kNoRow) {
                f.evidence.events.push_back(removal);
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
                const std::string app(c.str(e.appId[removal]));
                f.explanation =
                    FindingText::tr(
                        "The burst started at %1 UTC, %2 s after %3 removed an endpoint or the route "
                        "for this host (%4 at %5%6). %7 %8")
                        .arg(clock(f.from))
                        .arg(seconds, 0, 'f', 1)
                        .arg(q(c.incident.identity(e.identity[removal]).display),
                             q(routerMessageId(e.message[removal])), clock(e.time[removal]),
                             app.empty() ? QString()
                                         : FindingText::tr(", app %1").arg(q(c.apps.appLabel(app))),
                             cause, where);
            } else if (kind == FindingKind::UnknownRouteBurst) {
                f.explanation =
                    FindingText::tr("The burst started at %1 UTC. No unregistration or prune for this "
                                    "host precedes it within five minutes in the logs. "
                                    "Check that the route is mapped and that clients use the "
                                    "right host name; if the route exists, "
                                    "check the route-emitter and NATS on the app's cells. %2")
                        .arg(clock(f.from), where);
            } else {
                f.explanation =
                    FindingText::tr(
                        "The burst started at %1 UTC. The router knew the route but held no usable "
                        "endpoint for it, and no unregistration or prune for this host precedes the "
                        "burst within five minutes in the logs: the endpoints may have gone before "
                        "the logs start. Check that the app has running instances (cf app) and "
                        "that the route-emitter on their cells announces them. %2")
                        .arg(clock(f.from), where);
            }
            finish(c, f);
            c.out.push_back(std::move(f));
            i = end;
        }
    }
}

} // namespace rs::findings
