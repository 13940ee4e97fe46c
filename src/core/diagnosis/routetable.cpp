#include "core/diagnosis/routetable.h"

#include <algorithm>
#include <limits>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace rs {

namespace {

using Key = std::pair<std::string, std::string>; // route, address

// A prune-failed-endpoint names no route; the backend-endpoint-failed that caused it, logged
// just before on the same router, carries the vcap_request_id of a request whose host does.
constexpr TimeNs kPruneCauseWindow = 2'000'000'000;

struct KeyedEvent {
    IdentityIndex router = 0;
    Key key;
    RouteTableReplay::Observation obs;
    bool prune = false; // removed by gorouter itself, not by the route emitter
};

std::string instanceOf(const RouteEndpointRow& row)
{
    return row.tagProcessInstanceId.empty() ? row.privateInstanceId : row.tagProcessInstanceId;
}

bool routeMatchesHost(std::string_view route, std::string_view host)
{
    if (route == host)
        return true;
    return route.size() > host.size() && route.substr(0, host.size()) == host && route[host.size()] == '/';
}

// Request hosts for prune-failed-endpoint events, by event row.
std::unordered_map<std::size_t, std::string_view> pruneHosts(const Incident& incident)
{
    const RouterEventTable& ev = incident.tables.events;
    // (router, endpoint) -> backend-endpoint-failed rows that carry a request id, by time.
    std::map<std::pair<IdentityIndex, StringPool::Id>, std::vector<std::size_t>> failures;
    std::vector<std::size_t> prunes;
    for (std::size_t i = 0; i < ev.size(); ++i) {
        if (ev.message[i] == RouterMessage::PruneFailedEndpoint)
            prunes.push_back(i);
        else if (ev.message[i] == RouterMessage::BackendEndpointFailed && !ev.requestId[i].empty())
            failures[{ev.identity[i], ev.endpoint[i]}].push_back(i);
    }
    std::unordered_map<std::size_t, std::string_view> hosts;
    if (prunes.empty())
        return hosts;
    for (auto& [key, rows] : failures)
        std::stable_sort(rows.begin(), rows.end(),
                         [&](std::size_t a, std::size_t b) { return ev.time[a] < ev.time[b]; });
    std::unordered_map<std::size_t, std::size_t> causeOf; // prune row -> failure row
    std::unordered_set<RequestId, RequestIdHash> wanted;
    for (const std::size_t p : prunes) {
        const auto it = failures.find({ev.identity[p], ev.endpoint[p]});
        if (it == failures.end())
            continue;
        const auto& rows = it->second;
        auto after = std::upper_bound(rows.begin(), rows.end(), ev.time[p],
                                      [&](TimeNs t, std::size_t row) { return t < ev.time[row]; });
        if (after == rows.begin())
            continue;
        const std::size_t cause = *std::prev(after);
        if (ev.time[p] - ev.time[cause] > kPruneCauseWindow)
            continue;
        causeOf[p] = cause;
        wanted.insert(ev.requestId[cause]);
    }
    const RequestTable& req = incident.tables.requests;
    std::unordered_map<RequestId, std::vector<std::size_t>, RequestIdHash> requestRows;
    for (std::size_t r = 0; r < req.size(); ++r)
        if (wanted.count(req.requestId[r]))
            requestRows[req.requestId[r]].push_back(r);
    for (const auto& [prune, cause] : causeOf) {
        const auto it = requestRows.find(ev.requestId[cause]);
        if (it == requestRows.end())
            continue;
        for (const std::size_t r : it->second)
            if (req.identity[r] == ev.identity[cause]) { // the same id on two routers is two hops
                hosts[prune] = incident.str(req.host[r]);
                break;
            }
    }
    return hosts;
}

// Every registration-changing event, keyed by router, route and address, in time order.
std::vector<KeyedEvent> keyedEvents(const Incident& incident)
{
    const RouterEventTable& ev = incident.tables.events;
    std::map<IdentityIndex, std::set<Key>> known;
    for (const RouteSnapshot& snap : incident.tables.routeSnapshots)
        for (const RouteEndpointRow& row : snap.rows)
            known[snap.identity].insert({row.route, row.address});
    for (std::size_t i = 0; i < ev.size(); ++i) {
        switch (ev.message[i]) {
        case RouterMessage::EndpointRegistered:
        case RouterMessage::EndpointUnregistered:
        case RouterMessage::PrunedRoute:
            if (incident.str(ev.endpoint[i]).empty() || incident.str(ev.uri[i]).empty())
                break;
            known[ev.identity[i]].insert(
                {std::string(incident.str(ev.uri[i])), std::string(incident.str(ev.endpoint[i]))});
            break;
        default:
            break;
        }
    }

    std::vector<KeyedEvent> out;
    const auto hosts = pruneHosts(incident);
    for (std::size_t i = 0; i < ev.size(); ++i) {
        const RouterMessage m = ev.message[i];
        const IdentityIndex router = ev.identity[i];
        const std::string_view uri = incident.str(ev.uri[i]);
        const std::string_view address = incident.str(ev.endpoint[i]);
        const auto push = [&](Key key, RouteTableReplay::ObsKind kind, bool prune) {
            out.push_back({router, std::move(key), {ev.time[i], kind, i}, prune});
        };
        switch (m) {
        case RouterMessage::EndpointRegistered:
            if (!uri.empty() && !address.empty())
                push({std::string(uri), std::string(address)}, RouteTableReplay::ObsKind::Registered, false);
            break;
        case RouterMessage::EndpointUnregistered:
            if (!uri.empty() && !address.empty())
                push({std::string(uri), std::string(address)}, RouteTableReplay::ObsKind::Removed, false);
            break;
        case RouterMessage::PrunedRoute:
            if (!uri.empty() && !address.empty())
                push({std::string(uri), std::string(address)}, RouteTableReplay::ObsKind::Removed, true);
            break;
        case RouterMessage::RouteUnregistered: {
            // Logged when a pool becomes empty: whatever the replay still holds for it is gone.
            const auto it = known.find(router);
            if (uri.empty() || it == known.end())
                break;
            for (const Key& key : it->second)
                if (key.first == uri)
                    push(key, RouteTableReplay::ObsKind::Removed, false);
            break;
        }
        case RouterMessage::PruneFailedEndpoint: {
            const auto it = known.find(router);
            if (address.empty() || it == known.end())
                break;
            const auto host = hosts.find(i);
            std::vector<Key> matches;
            if (host != hosts.end())
                for (const Key& key : it->second)
                    if (key.second == address && routeMatchesHost(key.first, host->second))
                        matches.push_back(key);
            // Without the request we cannot tell which pool it failed in: gorouter prunes it
            // from that one only, but every pool holding the address is the best guess.
            if (matches.empty())
                for (const Key& key : it->second)
                    if (key.second == address)
                        matches.push_back(key);
            for (Key& key : matches)
                push(std::move(key), RouteTableReplay::ObsKind::Removed, true);
            break;
        }
        default:
            break;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const KeyedEvent& a, const KeyedEvent& b) {
        return a.obs.time != b.obs.time ? a.obs.time < b.obs.time : a.obs.event < b.obs.event;
    });
    return out;
}

TimeNs dumpTime(const Incident& incident, const RouteSnapshot& snap)
{
    if (snap.takenAt != kNoTime)
        return snap.takenAt;
    return incident.end != kNoTime ? incident.end : std::numeric_limits<TimeNs>::max();
}

} // namespace

RouteTableReplay::RouteTableReplay(const Incident& incident)
    : m_incident(&incident)
{
    for (KeyedEvent& e : keyedEvents(incident))
        m_routers[e.router].keys[std::move(e.key)].events.push_back(e.obs);
    const auto& snaps = incident.tables.routeSnapshots;
    for (std::size_t s = 0; s < snaps.size(); ++s) {
        RouterState& state = m_routers[snaps[s].identity];
        DumpRef ref;
        ref.at = dumpTime(incident, snaps[s]);
        ref.snapshot = s;
        for (std::size_t r = 0; r < snaps[s].rows.size(); ++r) {
            Key key{snaps[s].rows[r].route, snaps[s].rows[r].address};
            state.keys[key]; // known to the router even without events
            ref.rows.emplace(std::move(key), r);
        }
        state.dumps.push_back(std::move(ref));
    }
    for (auto& [router, state] : m_routers)
        std::stable_sort(state.dumps.begin(), state.dumps.end(),
                         [](const DumpRef& a, const DumpRef& b) { return a.at < b.at; });
}

std::vector<IdentityIndex> RouteTableReplay::routers() const
{
    std::vector<IdentityIndex> out;
    for (const auto& [router, state] : m_routers)
        out.push_back(router);
    return out;
}

bool RouteTableReplay::evaluate(const RouterState& state, const Key& key, const KeyHistory* history,
                                TimeNs at, TableEndpoint& out) const
{
    const Incident& incident = *m_incident;
    const RouterEventTable& ev = incident.tables.events;
    static const std::vector<Observation> kNone;
    const std::vector<Observation>& events = history ? history->events : kNone;

    const auto eventAfter = std::upper_bound(events.begin(), events.end(), at,
                                             [](TimeNs t, const Observation& o) { return t < o.time; });
    const auto dumpAfter = std::upper_bound(state.dumps.begin(), state.dumps.end(), at,
                                            [](TimeNs t, const DumpRef& d) { return t < d.at; });
    const Observation* lastEvent = eventAfter != events.begin() ? &*std::prev(eventAfter) : nullptr;
    const DumpRef* lastDump = dumpAfter != state.dumps.begin() ? &*std::prev(dumpAfter) : nullptr;

    const Observation* decidingEvent = nullptr;
    const DumpRef* decidingDump = nullptr;
    bool present = false;
    if (lastEvent && (!lastDump || lastEvent->time > lastDump->at)) {
        decidingEvent = lastEvent;
        present = lastEvent->kind == ObsKind::Registered;
    } else if (lastDump) {
        decidingDump = lastDump;
        present = lastDump->rows.count(key) > 0;
    } else {
        const Observation* nextEvent = eventAfter != events.end() ? &*eventAfter : nullptr;
        const DumpRef* nextDump = dumpAfter != state.dumps.end() ? &*dumpAfter : nullptr;
        // Read backwards: what was removed later was there; what was registered later was not.
        if (nextEvent && (!nextDump || nextEvent->time <= nextDump->at)) {
            decidingEvent = nextEvent;
            present = nextEvent->kind == ObsKind::Removed;
        } else if (nextDump) {
            decidingDump = nextDump;
            present = nextDump->rows.count(key) > 0;
        }
    }
    if (!present)
        return false;

    out = {};
    out.route = key.first;
    out.address = key.second;
    out.fromDump = decidingDump != nullptr;
    const auto fillFromRow = [&](const DumpRef& dump) {
        const auto it = dump.rows.find(key);
        if (it == dump.rows.end())
            return false;
        const RouteEndpointRow& row = incident.tables.routeSnapshots[dump.snapshot].rows[it->second];
        if (out.instanceId.empty())
            out.instanceId = instanceOf(row);
        if (out.appId.empty())
            out.appId = row.tagAppId;
        if (out.tls == Tri::Unknown)
            out.tls = row.tls;
        if (out.ttl == 0)
            out.ttl = row.ttl;
        return true;
    };
    const auto fillFromEvent = [&](std::size_t row) {
        if (out.instanceId.empty())
            out.instanceId = incident.str(ev.instanceId[row]);
        if (out.appId.empty())
            out.appId = incident.str(ev.appId[row]);
        if (out.tls == Tri::Unknown)
            out.tls = ev.isTls[row];
    };
    if (decidingDump)
        fillFromRow(*decidingDump);
    if (decidingEvent)
        fillFromEvent(decidingEvent->event);
    // The state at T is settled; registrations since the last removal tell when it arrived.
    for (auto it = eventAfter; it != events.begin();) {
        --it;
        if (it->kind == ObsKind::Removed)
            break;
        out.registeredSince = it->time;
    }
    for (auto it = state.dumps.rbegin(); it != state.dumps.rend(); ++it)
        if (fillFromRow(*it))
            break;
    for (const Observation& o : events)
        if (o.kind == ObsKind::Registered)
            fillFromEvent(o.event);
    return true;
}

std::vector<TableEndpoint> RouteTableReplay::endpointsAt(IdentityIndex router, std::string_view route,
                                                         TimeNs at) const
{
    std::vector<TableEndpoint> out;
    const auto state = m_routers.find(router);
    if (state == m_routers.end())
        return out;
    const std::string routeKey(route);
    for (auto it = state->second.keys.lower_bound({routeKey, std::string()});
         it != state->second.keys.end() && it->first.first == route; ++it) {
        TableEndpoint endpoint;
        if (evaluate(state->second, it->first, &it->second, at, endpoint))
            out.push_back(std::move(endpoint));
    }
    return out;
}

std::vector<TableEndpoint> RouteTableReplay::tableAt(IdentityIndex router, TimeNs at) const
{
    std::vector<TableEndpoint> out;
    const auto state = m_routers.find(router);
    if (state == m_routers.end())
        return out;
    for (const auto& [key, history] : state->second.keys) {
        TableEndpoint endpoint;
        if (evaluate(state->second, key, &history, at, endpoint))
            out.push_back(std::move(endpoint));
    }
    return out; // the key map is ordered by route, then address
}

std::vector<RouterDiffEntry> diffRouterDumps(const Incident& incident)
{
    const auto& snaps = incident.tables.routeSnapshots;
    std::map<IdentityIndex, std::size_t> latest; // router -> snapshot
    for (std::size_t s = 0; s < snaps.size(); ++s) {
        const auto it = latest.find(snaps[s].identity);
        if (it == latest.end() || dumpTime(incident, snaps[s]) >= dumpTime(incident, snaps[it->second]))
            latest[snaps[s].identity] = s;
    }
    std::vector<RouterDiffEntry> out;
    if (latest.size() < 2)
        return out;
    struct Seen {
        std::string instanceId;
        std::set<IdentityIndex> on;
    };
    std::map<Key, Seen> seen;
    for (const auto& [router, s] : latest)
        for (const RouteEndpointRow& row : snaps[s].rows) {
            Seen& slot = seen[{row.route, row.address}];
            slot.on.insert(router);
            if (slot.instanceId.empty())
                slot.instanceId = instanceOf(row);
        }
    for (auto& [key, slot] : seen) {
        if (slot.on.size() == latest.size())
            continue;
        RouterDiffEntry entry;
        entry.route = key.first;
        entry.address = key.second;
        entry.instanceId = std::move(slot.instanceId);
        for (const auto& [router, s] : latest)
            (slot.on.count(router) ? entry.presentOn : entry.absentOn).push_back(router);
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<Flapping> findFlappingEndpoints(const Incident& incident, int minCycles)
{
    struct Walk {
        Flapping f;
        int cycles = 0;
        bool pruned = false;
    };
    std::map<std::pair<IdentityIndex, Key>, Walk> walks;
    for (const KeyedEvent& e : keyedEvents(incident)) {
        if (e.obs.kind == RouteTableReplay::ObsKind::Removed && !e.prune)
            continue; // the route emitter took it away on purpose
        Walk& w = walks[{e.router, e.key}];
        if (e.prune) {
            ++w.f.prunes;
            w.pruned = true;
        } else {
            ++w.f.registrations;
            if (w.pruned)
                ++w.cycles;
            w.pruned = false;
        }
        if (w.f.first == kNoTime)
            w.f.first = e.obs.time;
        w.f.last = e.obs.time;
    }
    std::vector<Flapping> out;
    for (auto& [key, w] : walks) {
        if (w.cycles < minCycles)
            continue;
        w.f.router = key.first;
        w.f.route = key.second.first;
        w.f.address = key.second.second;
        out.push_back(std::move(w.f));
    }
    return out;
}

} // namespace rs
