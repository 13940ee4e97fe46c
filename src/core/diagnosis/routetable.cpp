#include "core/diagnosis/routetable.h"

#include "core/diagnosis/routetabledetail.h"

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

enum class ObsKind : std::uint8_t { Registered, Removed };
struct Observation {
    TimeNs time = kNoTime;
    ObsKind kind = ObsKind::Registered;
    std::size_t event = 0; // row in incident.tables.events
};

struct KeyedEvent {
    IdentityIndex router = 0;
    Key key;
    Observation obs;
    bool prune = false; // removed by gorouter itself, not by the route emitter
};

std::string instanceOf(const RouteEndpointRow& row)
{
    return row.tagProcessInstanceId.empty() ? row.privateInstanceId : row.tagProcessInstanceId;
}

} // namespace

bool detail::routeMatchesHost(std::string_view route, std::string_view host)
{
    if (route == host)
        return true;
    return route.size() > host.size() && route.substr(0, host.size()) == host && route[host.size()] == '/';
}

std::unordered_map<std::size_t, std::size_t> detail::pruneRequests(const Incident& incident)
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
    std::unordered_map<std::size_t, std::size_t> hosts; // prune row -> request row
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
                hosts[prune] = r;
                break;
            }
    }
    return hosts;
}

std::unordered_map<std::size_t, std::string_view> detail::pruneHosts(const Incident& incident)
{
    std::unordered_map<std::size_t, std::string_view> hosts;
    for (const auto& [prune, request] : pruneRequests(incident))
        hosts[prune] = incident.str(incident.tables.requests.host[request]);
    return hosts;
}

std::string detail::requestPath(const Incident& incident, std::size_t request)
{
    // The URI column when the table has it: reading the raw line costs a pread per request, which
    // made replaying a 10 M-request incident's route table seconds of reads.
    const RequestTable& requests = incident.tables.requests;
    if (requests.hasUri()) {
        const std::string_view uri = incident.str(requests.uri[request]);
        return std::string(uri.substr(0, uri.find_first_of(" ?")));
    }
    // HOST - [TIME] "METHOD PATH PROTO" …: the raw line has it.
    const RawLine raw = incident.rawLine(incident.tables.requests.source, request);
    const std::string_view line = raw.view();
    const std::size_t quote = line.find('"');
    if (quote == std::string_view::npos)
        return {};
    const std::size_t from = line.find(' ', quote);
    if (from == std::string_view::npos)
        return {};
    const std::size_t end = line.find_first_of(" ?\"", from + 1);
    return std::string(
        line.substr(from + 1, end == std::string_view::npos ? std::string_view::npos : end - from - 1));
}

namespace {

using detail::pruneHosts;
using detail::routeMatchesHost;

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
        const auto push = [&](Key key, ObsKind kind, bool prune) {
            out.push_back({router, std::move(key), {ev.time[i], kind, i}, prune});
        };
        switch (m) {
        case RouterMessage::EndpointRegistered:
            if (!uri.empty() && !address.empty())
                push({std::string(uri), std::string(address)}, ObsKind::Registered, false);
            break;
        case RouterMessage::EndpointUnregistered:
            if (!uri.empty() && !address.empty())
                push({std::string(uri), std::string(address)}, ObsKind::Removed, false);
            break;
        case RouterMessage::PrunedRoute:
            if (!uri.empty() && !address.empty())
                push({std::string(uri), std::string(address)}, ObsKind::Removed, true);
            break;
        case RouterMessage::RouteUnregistered: {
            // Logged when a pool becomes empty: whatever the replay still holds for it is gone.
            const auto it = known.find(router);
            if (uri.empty() || it == known.end())
                break;
            for (const Key& key : it->second)
                if (key.first == uri)
                    push(key, ObsKind::Removed, false);
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
                push(std::move(key), ObsKind::Removed, true);
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

} // namespace

std::vector<RouterDiffEntry> diffRouterDumps(const Incident& incident)
{
    const auto& snaps = incident.tables.routeSnapshots;
    const CaptureTimes captured = captureTimes(incident);
    std::map<IdentityIndex, std::size_t> latest; // router -> snapshot
    for (std::size_t s = 0; s < snaps.size(); ++s) {
        const auto it = latest.find(snaps[s].identity);
        if (it == latest.end() || captured.routes[s].at >= captured.routes[it->second].at)
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
        if (e.obs.kind == ObsKind::Removed && !e.prune)
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
