// Findings about route tables: stale endpoints (certain and likely apart), endpoints the routers
// disagree on, endpoints pruned and registered again and again.
#include "core/diagnosis/findings_rules.h"
#include "core/util/textshape.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <tuple>

namespace rs::findings {

namespace {

// Stale endpoints of one route and address, certain or likely: one finding.
struct StaleGroup {
    bool certain = true;
    std::string route, address, host; // host: the route's host, lower case
    StaleReason reason{};             // the strongest reason (enum order)
    std::string instanceId, ownerInstanceId, appId, appName;
    std::set<IdentityIndex> routers;
    std::set<std::pair<IdentityIndex, std::string>> endpoints; // (router, route)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> routeRows;
    TimeNs dumpedAt = kNoTime; // the earliest dump that holds it
    std::vector<std::uint32_t> rows, events;
    TimeNs firstAttempt = kNoTime;
};

QString reasonText(const Context& c, const StaleGroup& g)
{
    const QString app = g.appName.empty() ? FindingText::tr("its app") : q(g.appName);
    switch (g.reason) {
    case StaleReason::AddressReused: {
        const std::string owner = c.apps.instanceAppLabel(g.ownerInstanceId);
        return FindingText::tr("the address now belongs to an instance of %1, not to %2")
            .arg(owner.empty() ? FindingText::tr("another app") : q(owner), app);
    }
    case StaleReason::PortMismatch:
        return FindingText::tr("the instance of %1 runs, but on other ports").arg(app);
    case StaleReason::InstanceIdMismatch:
        return FindingText::tr("the registration of %1 names two different instances").arg(app);
    case StaleReason::InstanceMissing:
        return FindingText::tr("the instance of %1 runs in no LRP of the capture").arg(app);
    }
    return {};
}

} // namespace

// DESIGN.md §6: address reused, port mismatch and instance-id mismatch are certain; instance
// missing is likely only, since a partial LRP capture cannot prove it. Each route and address
// is one finding, its evidence the requests that tried the address for that route on the
// routers holding it (the misrouted ones: most recover on another endpoint after a hostname
// mismatch, so they are attempt-level evidence).
void staleRoutes(Context& c)
{
    const auto& stale = c.routes.stale;
    if (stale.empty())
        return;
    const auto& snaps = c.incident.tables.routeSnapshots;
    std::map<std::tuple<bool, std::string, std::string>, StaleGroup> groups;
    for (const StaleEndpoint& s : stale) {
        const bool certain = s.confidence == Confidence::Certain;
        StaleGroup& g = groups[{!certain, s.route, s.address}];
        if (g.routers.empty() || s.reason < g.reason) {
            g.reason = s.reason;
            g.instanceId = s.instanceId;
            g.ownerInstanceId = s.ownerInstanceId;
        }
        g.certain = certain;
        g.route = s.route;
        g.address = s.address;
        g.host = asciiLowered(uriHost(s.route));
        g.routers.insert(s.router);
        g.endpoints.emplace(s.router, s.route);
        g.routeRows.emplace_back(static_cast<std::uint32_t>(s.snapshot),
                                 static_cast<std::uint32_t>(s.snapshotRow));
        if (s.snapshot < snaps.size() && s.snapshotRow < snaps[s.snapshot].rows.size()) {
            const RouteEndpointRow& row = snaps[s.snapshot].rows[s.snapshotRow];
            if (g.appId.empty())
                g.appId = row.tagAppId;
            if (g.appName.empty())
                g.appName = row.tagAppName;
            const TimeNs at = snaps[s.snapshot].takenAt;
            if (at != kNoTime && (g.dumpedAt == kNoTime || at < g.dumpedAt))
                g.dumpedAt = at;
        }
    }
    for (auto& [key, g] : groups)
        if (g.appName.empty())
            g.appName = c.apps.appLabel(g.appId.empty() ? c.apps.appOfInstance(g.instanceId) : g.appId);

    // (router, address id) -> groups, so that one pass over the requests serves every group.
    const StringPool& pool = c.incident.tables.strings;
    std::map<std::pair<IdentityIndex, StringPool::Id>, std::vector<StaleGroup*>> byEndpoint;
    for (auto& [key, g] : groups) {
        const StringPool::Id address = pool.find(g.address);
        if (address == StringPool::kEmpty)
            continue;
        for (const IdentityIndex router : g.routers)
            byEndpoint[{router, address}].push_back(&g);
    }
    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    if (!byEndpoint.empty()) {
        for (std::size_t row = 0; row < r.size(); ++row) {
            const IdentityIndex router = r.identity[row];
            std::set<StaleGroup*> hit;
            const auto hostMatches = [&](const StaleGroup& g) {
                return g.host.empty() || asciiLowered(c.str(r.host[row])) == g.host;
            };
            c.forAttempts(row, [&](std::uint32_t ev) {
                const auto it = byEndpoint.find({router, e.endpoint[ev]});
                if (it == byEndpoint.end())
                    return;
                for (StaleGroup* g : it->second) {
                    if (!hostMatches(*g))
                        continue;
                    hit.insert(g);
                    cappedPush(g->events, ev);
                    if (e.time[ev] != kNoTime && (g->firstAttempt == kNoTime || e.time[ev] < g->firstAttempt))
                        g->firstAttempt = e.time[ev];
                }
            });
            // A final answer from the stale address that was not a plain success: another app's
            // answer (no TLS to tell them apart) or a failure there.
            if (c.cls(row) != ErrorClass::Ok) {
                if (const auto it = byEndpoint.find({router, r.backend[row]}); it != byEndpoint.end())
                    for (StaleGroup* g : it->second)
                        if (hostMatches(*g)) {
                            hit.insert(g);
                            if (r.start[row] != kNoTime &&
                                (g->firstAttempt == kNoTime || r.start[row] < g->firstAttempt))
                                g->firstAttempt = r.start[row];
                        }
            }
            for (StaleGroup* g : hit)
                g->rows.push_back(static_cast<std::uint32_t>(row));
        }
    }

    for (auto& [key, g] : groups) {
        Finding f;
        f.kind = g.certain ? FindingKind::StaleRoutes : FindingKind::StaleRoutesLikely;
        f.id = std::string(findingKindId(f.kind)) + ":" + g.route + "@" + g.address;
        f.certain = g.certain;
        f.severity = g.certain ? Severity::Critical : Severity::Warning;
        f.evidence.routeRows = std::move(g.routeRows);
        f.evidence.events = std::move(g.events);
        for (const auto& [router, route] : g.endpoints)
            f.endpoints.push_back({router, route, g.address});
        const std::uint64_t endpoints = g.endpoints.size();
        if (g.rows.empty()) {
            setEndpointCount(f, endpoints);
        } else {
            setRequests(c, f, std::move(g.rows));
            f.counts.endpoints = endpoints;
        }
        // The first moment the stale endpoint was in use, else the dump that holds it.
        f.cursor = g.firstAttempt != kNoTime ? g.firstAttempt : g.dumpedAt;
        const QString routers = routerNames(c, g.routers);
        const QString what = g.certain ? FindingText::tr("Stale route %1 → %2 on %3, %4: %5")
                                       : FindingText::tr("Likely stale route %1 → %2 on %3, %4: %5");
        f.title =
            what.arg(q(g.route), q(g.address), routers, reasonText(c, g),
                     f.unit == CountUnit::Requests ? countPhrase(f) : FindingText::tr("no request tried it"));
        QString text = FindingText::tr("%1 still held endpoint %2 for route %3 (app %4, instance %5).")
                           .arg(routers, q(g.address), q(g.route), q(g.appName), q(shortId(g.instanceId)));
        text += QLatin1Char(' ');
        switch (g.reason) {
        case StaleReason::AddressReused:
            text += FindingText::tr(
                "The address now belongs to another running instance: requests for this route reach "
                "the wrong container and fail with a hostname mismatch (Gorouter then prunes the endpoint "
                "and retries elsewhere) or, without TLS, get the other app's answer. The router missed "
                "the unregistration: check the route-emitter and NATS on the cell, and the router's "
                "pruning.");
            break;
        case StaleReason::PortMismatch:
            text += FindingText::tr("The instance runs, but on none of the endpoint's ports: the endpoint "
                                    "is left over from an earlier placement of the instance.");
            break;
        case StaleReason::InstanceIdMismatch:
            text += FindingText::tr("Its private_instance_id and tags.process_instance_id differ: the "
                                    "registration mixes two instances.");
            break;
        case StaleReason::InstanceMissing:
            text += FindingText::tr(
                "Its instance is in no LRP of the capture, or not running there. Likely stale, but a "
                "partial LRP dump cannot prove it: check with cfdot actual-lrps for the app.");
            break;
        }
        if (f.unit == CountUnit::Requests) {
            text += QLatin1Char(' ') +
                    FindingText::tr("Requests for the route first tried the address at %1 UTC. The evidence "
                                    "is every request that tried it on these routers (%Ln endpoint(s) in the "
                                    "dumps).",
                                    nullptr, static_cast<int>(endpoints))
                        .arg(clock(f.cursor));
        } else if (g.dumpedAt != kNoTime) {
            text +=
                QLatin1Char(' ') +
                FindingText::tr("Seen in the dump of %1 UTC; no request tried it.").arg(clock(g.dumpedAt));
        }
        f.explanation = text;
        finish(c, f);
        c.out.push_back(std::move(f));
    }
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
    setEndpointCount(f, diffs.size());
    std::set<std::string> routes;
    std::set<IdentityIndex> present, absent;
    for (const auto& d : diffs) {
        routes.insert(d.route);
        absent.insert(d.absentOn.begin(), d.absentOn.end());
        for (IdentityIndex router : d.presentOn) {
            present.insert(router);
            f.endpoints.push_back({router, d.route, d.address});
            auto it = latest.find(router);
            if (it == latest.end())
                continue;
            if (snaps[it->second].takenAt != kNoTime)
                f.cursor = std::max(f.cursor, snaps[it->second].takenAt);
            const auto& rows = snaps[it->second].rows;
            for (std::size_t row = 0; row < rows.size(); ++row)
                if (rows[row].route == d.route && rows[row].address == d.address)
                    f.evidence.routeRows.emplace_back(static_cast<std::uint32_t>(it->second),
                                                      static_cast<std::uint32_t>(row));
        }
    }
    f.title = FindingText::tr("Router tables differ: %1 hold endpoints that %2 lack (%3)")
                  .arg(routerNames(c, present), routerNames(c, absent), countPhrase(f));
    f.explanation =
        FindingText::tr("Routers should hold the same table. Endpoints that some routers hold and "
                        "others do not mean that a router missed NATS messages or pruned on its own: "
                        "requests succeed or fail depending on the router. Routes: %1.")
            .arg(joined(routes));
    finish(c, f);
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
    setEndpointCount(f, flaps.size());
    std::set<std::string> addresses, routes;
    std::set<IdentityIndex> routers;
    std::set<std::pair<IdentityIndex, std::string>> keys;
    for (const auto& fl : flaps) {
        addresses.insert(fl.address);
        routes.insert(fl.route);
        routers.insert(fl.router);
        keys.emplace(fl.router, fl.address);
        f.endpoints.push_back({fl.router, fl.route, fl.address});
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
    f.title = FindingText::tr("Endpoints pruned and registered again repeatedly on %1 (%2)")
                  .arg(routerNames(c, routers), countPhrase(f));
    f.explanation =
        FindingText::tr("Gorouter prunes an endpoint after it fails and the route-emitter announces "
                        "it again: the instance is alive for Diego but fails requests. Look at the "
                        "instance's health check and logs. It started at %1 UTC. Routes: %2. Addresses: %3.")
            .arg(clock(f.from), joined(routes), joined(addresses));
    finish(c, f);
    c.out.push_back(std::move(f));
}

} // namespace rs::findings
