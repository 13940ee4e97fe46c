// RouteTableReplay: each router's registry replayed forward in time (see routetable.h).
#include "core/diagnosis/appnames.h"
#include "core/diagnosis/routetable.h"
#include "core/diagnosis/routetabledetail.h"

#include <queue>

#include <algorithm>
#include <limits>
#include <set>
#include <unordered_map>

namespace rs {

namespace {

using Key = std::pair<std::string, std::string>; // route, address

constexpr TimeNs kSecond = 1'000'000'000;
constexpr TimeNs kDefaultTtl = 120 * kSecond; // Gorouter's droplet_stale_threshold
constexpr TimeNs kForever = std::numeric_limits<TimeNs>::max();
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

enum class OpKind : std::uint8_t { Register, Remove, PruneFailed, DropRoute, NatsDown, NatsUp, Dump, Use };

struct Op {
    TimeNs time = 0;
    OpKind kind = OpKind::Register;
    std::uint32_t row = 0; // event row, or snapshot index for Dump
    Key key;               // Register/Remove; route only for DropRoute; address only for PruneFailed
};

// A stretch of time the endpoint was in its pool.
struct Span {
    TimeNs from = kNoTime, to = kForever;
    TimeNs registeredSince = kNoTime;
    bool fromDump = false;
    // The removal that ended it (event row), kNone when none did: its route-endpoint tags say
    // which instance was in the pool when nothing earlier names it.
    std::uint32_t closedBy = kNone;
};

struct DumpRow {
    TimeNs at = 0;
    std::uint32_t snapshot = 0, row = 0;
};

struct KeyTimeline {
    std::vector<Span> spans;                                     // ascending, disjoint
    std::vector<std::pair<TimeNs, std::uint32_t>> uses;          // (start, request row) sent to it, ascending
    std::vector<std::pair<TimeNs, std::uint32_t>> registrations; // (time, event row), ascending
    std::vector<DumpRow> dumps;                                  // dumps that hold it, ascending
};

struct Live {
    std::size_t span = 0;
    TimeNs lastRefresh = kNoTime; // kNoTime: no registration seen, so no TTL to count down
    TimeNs ttl = kDefaultTtl;
};

} // namespace

struct RouteTableReplay::State {
    const Incident* incident = nullptr;
    CaptureTimes captures;
    AppDirectory names;
    std::map<IdentityIndex, std::map<Key, KeyTimeline>> routers;

    explicit State(const Incident& i)
        : incident(&i)
        , captures(captureTimes(i))
        , names(i)
    {}

    // Every route any router knew, by host: the pools a request's host and path can select.
    std::unordered_map<std::string, std::vector<std::string>> routesOfHost;

    // `requests`: the request of each prune-failed-endpoint (detail::pruneRequests).
    void replayRouter(std::vector<Op> ops, std::map<Key, KeyTimeline>& keys,
                      const std::unordered_map<std::size_t, std::size_t>& requests) const;
    // The pool a request went through: the longest known route its host and path select, else
    // its bare host.
    std::string routeOfRequest(std::size_t request) const;
    // Each request with a backend says its address was in that pool when it started; the first
    // use of an endpoint becomes a Use op (there before the logs, if nothing was said earlier).
    void learnUses(std::map<IdentityIndex, std::vector<Op>>& ops);
    TableEndpoint endpoint(const Key& key, const KeyTimeline& timeline, const Span& span, TimeNs at) const;
};

namespace {

// Whether the router's log shows refreshes: a registration of an endpoint registered less than
// a TTL before, with no removal in between. Gorouter logs those only at debug level.
bool logsRefreshes(const std::vector<Op>& ops)
{
    std::map<Key, TimeNs> lastRegistration;
    int refreshes = 0;
    for (const Op& op : ops) {
        if (op.kind == OpKind::Register) {
            const auto [it, fresh] = lastRegistration.try_emplace(op.key, op.time);
            if (!fresh && op.time - it->second < kDefaultTtl && ++refreshes >= 2)
                return true;
            it->second = op.time;
        } else if (op.kind == OpKind::Remove) {
            lastRegistration.erase(op.key);
        } else if (op.kind == OpKind::PruneFailed) {
            for (auto it = lastRegistration.begin(); it != lastRegistration.end();)
                it = it->first.second == op.key.second ? lastRegistration.erase(it) : std::next(it);
        }
    }
    return false;
}

} // namespace

void RouteTableReplay::State::replayRouter(std::vector<Op> ops, std::map<Key, KeyTimeline>& keys,
                                           const std::unordered_map<std::size_t, std::size_t>& requests) const
{
    const Incident& in = *incident;
    const auto& snaps = in.tables.routeSnapshots;
    std::stable_sort(ops.begin(), ops.end(), [](const Op& a, const Op& b) {
        // At one instant a dump comes last: it shows the table after that instant's events.
        const bool da = a.kind == OpKind::Dump, db = b.kind == OpKind::Dump;
        return a.time != b.time ? a.time < b.time : da < db;
    });
    const bool ttlPruning = logsRefreshes(ops) && std::none_of(ops.begin(), ops.end(), [&](const Op& op) {
                                return op.kind == OpKind::Remove &&
                                       in.tables.events.message[op.row] == RouterMessage::PrunedRoute;
                            });

    // The routes a prune-failed-endpoint could have pruned the address from, by the host of
    // the request that failed; empty when the request is unknown.
    const auto prunedRoutes = [&](const Op& op) {
        std::vector<Key> out;
        const auto request = requests.find(op.row);
        if (request == requests.end())
            return out;
        // Of the pools holding the address, the one the request's host and path select; the
        // pool may also be one this router never spoke of before.
        const std::string route = routeOfRequest(request->second);
        const std::string_view host = in.str(in.tables.requests.host[request->second]);
        for (auto it = keys.lower_bound({std::string(host), std::string()});
             it != keys.end() && it->first.first.compare(0, host.size(), host) == 0; ++it)
            if (it->first.second == op.key.second && detail::routeMatchesHost(it->first.first, host))
                out.push_back(it->first);
        if (out.size() == 1)
            return out;
        return std::vector<Key>{{route, op.key.second}};
    };
    // The pool of a pruned request may not be known from this router's own words yet.
    for (const Op& op : ops)
        if (op.kind == OpKind::PruneFailed)
            for (const Key& key : prunedRoutes(op))
                keys[key];

    // What was there before the logs begin: whatever the first word about it says was there.
    std::set<Key> decided, initial, initialFromDump;
    for (const Op& op : ops) {
        switch (op.kind) {
        case OpKind::Register:
            decided.insert(op.key);
            break;
        case OpKind::Remove:
            if (decided.insert(op.key).second)
                initial.insert(op.key);
            break;
        case OpKind::PruneFailed:
            for (const Key& key : prunedRoutes(op))
                if (decided.insert(key).second)
                    initial.insert(key);
            break;
        case OpKind::Use:
            if (decided.insert(op.key).second)
                initial.insert(op.key);
            break;
        case OpKind::Dump:
            for (const auto& [key, timeline] : keys) {
                const bool held = std::any_of(timeline.dumps.begin(), timeline.dumps.end(),
                                              [&](const DumpRow& d) { return d.snapshot == op.row; });
                if (decided.insert(key).second && held) {
                    initial.insert(key);
                    initialFromDump.insert(key);
                }
            }
            break;
        default:
            break;
        }
    }

    std::map<Key, Live> live;
    // TTL countdowns: (expiry, key, lastRefresh it was computed from); stale ones are skipped.
    using Expiry = std::tuple<TimeNs, Key, TimeNs>;
    std::priority_queue<Expiry, std::vector<Expiry>, std::greater<>> expiries;
    // A request sent to an endpoint after it left the pool proves it was back (its registration
    // logged at debug level only): (time of that request, key).
    using Reopen = std::pair<TimeNs, Key>;
    std::priority_queue<Reopen, std::vector<Reopen>, std::greater<>> reopens;
    bool natsAway = false;

    const auto open = [&](const Key& key, TimeNs at, TimeNs since, bool fromDump) {
        KeyTimeline& timeline = keys[key];
        timeline.spans.push_back({at, kForever, since, fromDump, kNone});
        Live& l = live[key];
        l.span = timeline.spans.size() - 1;
        l.lastRefresh = kNoTime;
        return &l;
    };
    const auto close = [&](const Key& key, TimeNs at, std::uint32_t removal = kNone) {
        const auto it = live.find(key);
        if (it == live.end())
            return;
        KeyTimeline& timeline = keys[key];
        timeline.spans[it->second.span].to = at;
        timeline.spans[it->second.span].closedBy = removal;
        live.erase(it);
        const auto next =
            std::upper_bound(timeline.uses.begin(), timeline.uses.end(), std::make_pair(at, kNone));
        if (next != timeline.uses.end())
            reopens.emplace(next->first, key);
    };
    const auto refresh = [&](const Key& key, Live& l, TimeNs at) {
        l.lastRefresh = at;
        const auto& dumps = keys[key].dumps;
        if (!dumps.empty() && snaps[dumps.back().snapshot].rows[dumps.back().row].ttl > 0)
            l.ttl = snaps[dumps.back().snapshot].rows[dumps.back().row].ttl * kSecond;
        if (ttlPruning)
            expiries.emplace(at + l.ttl, key, at);
    };
    const auto expireUntil = [&](TimeNs t) {
        for (;;) {
            const bool expiry = !natsAway && !expiries.empty() && std::get<0>(expiries.top()) < t;
            const bool reopen = !reopens.empty() && reopens.top().first < t;
            if (reopen && (!expiry || reopens.top().first <= std::get<0>(expiries.top()))) {
                const auto [when, key] = reopens.top();
                reopens.pop();
                if (!live.count(key))
                    open(key, when, kNoTime, false);
            } else if (expiry) {
                const auto [when, key, refreshedAt] = expiries.top();
                expiries.pop();
                const auto it = live.find(key);
                if (it != live.end() && it->second.lastRefresh == refreshedAt)
                    close(key, when);
            } else {
                break;
            }
        }
    };

    for (const Key& key : initial)
        open(key, kNoTime, kNoTime, initialFromDump.count(key) > 0);

    for (const Op& op : ops) {
        expireUntil(op.time);
        switch (op.kind) {
        case OpKind::Register: {
            auto it = live.find(op.key);
            Live* l = it != live.end() ? &it->second : open(op.key, op.time, op.time, false);
            refresh(op.key, *l, op.time);
            break;
        }
        case OpKind::Remove:
            close(op.key, op.time, op.row);
            break;
        case OpKind::Use:
            if (!live.count(op.key))
                open(op.key, op.time, kNoTime, false);
            break;
        case OpKind::PruneFailed: {
            std::vector<Key> routes = prunedRoutes(op);
            routes.erase(
                std::remove_if(routes.begin(), routes.end(), [&](const Key& k) { return !live.count(k); }),
                routes.end());
            // Without the request we cannot tell which pool it failed in: Gorouter prunes it
            // from that one only, but every pool holding the address is the best guess.
            if (routes.empty())
                for (const auto& [key, l] : live)
                    if (key.second == op.key.second)
                        routes.push_back(key);
            for (const Key& key : routes)
                close(key, op.time, op.row);
            break;
        }
        case OpKind::DropRoute: {
            std::vector<Key> pool;
            for (auto it = live.lower_bound({op.key.first, std::string()});
                 it != live.end() && it->first.first == op.key.first; ++it)
                pool.push_back(it->first);
            for (const Key& key : pool)
                close(key, op.time);
            break;
        }
        case OpKind::NatsDown:
            natsAway = true;
            break;
        case OpKind::NatsUp:
            // Gorouter counts every endpoint as fresh when NATS is back, so that nothing is
            // pruned for the silence of the outage.
            natsAway = false;
            for (auto& [key, l] : live)
                if (l.lastRefresh != kNoTime)
                    refresh(key, l, op.time);
            break;
        case OpKind::Dump: {
            std::set<Key> held;
            for (const auto& [key, timeline] : keys)
                for (const DumpRow& d : timeline.dumps)
                    if (d.snapshot == op.row)
                        held.insert(key);
            std::vector<Key> gone;
            for (const auto& [key, l] : live)
                if (!held.count(key))
                    gone.push_back(key);
            for (const Key& key : gone)
                close(key, op.time);
            for (const Key& key : held)
                if (!live.count(key))
                    open(key, op.time, kNoTime, true);
            break;
        }
        }
    }
    expireUntil(kForever);
}

RouteTableReplay::RouteTableReplay(const Incident& incident)
    : m_state(std::make_unique<State>(incident))
{
    const RouterEventTable& ev = incident.tables.events;
    std::map<IdentityIndex, std::vector<Op>> ops;
    for (std::size_t i = 0; i < ev.size(); ++i) {
        const std::string_view uri = incident.str(ev.uri[i]);
        const std::string_view address = incident.str(ev.endpoint[i]);
        const auto row = static_cast<std::uint32_t>(i);
        const auto add = [&](OpKind kind, std::string_view route, std::string_view addr) {
            ops[ev.identity[i]].push_back({ev.time[i], kind, row, {std::string(route), std::string(addr)}});
        };
        switch (ev.message[i]) {
        case RouterMessage::EndpointRegistered:
            if (!uri.empty() && !address.empty()) {
                add(OpKind::Register, uri, address);
                m_state->routers[ev.identity[i]][{std::string(uri), std::string(address)}]
                    .registrations.emplace_back(ev.time[i], row);
            }
            break;
        case RouterMessage::EndpointUnregistered:
        case RouterMessage::PrunedRoute:
            if (!uri.empty() && !address.empty()) {
                add(OpKind::Remove, uri, address);
                m_state->routers[ev.identity[i]][{std::string(uri), std::string(address)}];
            }
            break;
        case RouterMessage::PruneFailedEndpoint:
            if (!address.empty())
                add(OpKind::PruneFailed, {}, address);
            break;
        case RouterMessage::RouteUnregistered:
            if (!uri.empty())
                add(OpKind::DropRoute, uri, {});
            break;
        case RouterMessage::NatsDisconnected:
            add(OpKind::NatsDown, {}, {});
            break;
        case RouterMessage::NatsReconnected:
            add(OpKind::NatsUp, {}, {});
            break;
        default:
            break;
        }
    }
    const auto& snaps = incident.tables.routeSnapshots;
    for (std::size_t s = 0; s < snaps.size(); ++s) {
        const TimeNs at =
            m_state->captures.routes[s].at != kNoTime ? m_state->captures.routes[s].at : kForever - 1;
        auto& keys = m_state->routers[snaps[s].identity];
        for (std::size_t r = 0; r < snaps[s].rows.size(); ++r)
            keys[{snaps[s].rows[r].route, snaps[s].rows[r].address}].dumps.push_back(
                {at, static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(r)});
        ops[snaps[s].identity].push_back({at, OpKind::Dump, static_cast<std::uint32_t>(s), {}});
    }
    for (const auto& [router, keys] : m_state->routers)
        for (const auto& [key, timeline] : keys) {
            auto& routes = m_state->routesOfHost[key.first.substr(0, key.first.find('/'))];
            if (std::find(routes.begin(), routes.end(), key.first) == routes.end())
                routes.push_back(key.first);
        }
    m_state->learnUses(ops);
    const auto requests = detail::pruneRequests(incident);
    for (auto& [router, keys] : m_state->routers) {
        for (auto& [key, timeline] : keys)
            std::stable_sort(timeline.dumps.begin(), timeline.dumps.end(),
                             [](const DumpRow& a, const DumpRow& b) { return a.at < b.at; });
        m_state->replayRouter(std::move(ops[router]), keys, requests);
    }
}

std::string RouteTableReplay::State::routeOfRequest(std::size_t request) const
{
    const Incident& in = *incident;
    const std::string_view host = in.str(in.tables.requests.host[request]);
    const auto known = routesOfHost.find(std::string(host));
    if (known == routesOfHost.end() || (known->second.size() == 1 && known->second.front() == host))
        return std::string(host);
    const std::string path = detail::requestPath(in, request);
    const std::string* best = nullptr;
    for (const std::string& route : known->second) {
        const std::string_view routePath = std::string_view(route).substr(host.size());
        const bool matches =
            path.substr(0, routePath.size()) == routePath &&
            (path.size() == routePath.size() || routePath.empty() || path[routePath.size()] == '/');
        if (matches && (!best || route.size() > best->size()))
            best = &route;
    }
    if (best)
        return *best;
    // Without its path (an access line cut short) a host with one route still names it.
    return known->second.size() == 1 ? known->second.front() : std::string(host);
}

void RouteTableReplay::State::learnUses(std::map<IdentityIndex, std::vector<Op>>& ops)
{
    const RequestTable& req = incident->tables.requests;
    // Most requests of a host go to one pool; the path is read only where routes with a path
    // share the host, and the key is built once per router, host and backend otherwise. Every
    // request passes here, so the lookups per request are by index or by one hash.
    std::vector<std::map<Key, KeyTimeline>*> routerOf(incident->tables.identities.size(), nullptr);
    for (auto& [identity, keys] : routers)
        if (identity < routerOf.size())
            routerOf[identity] = &keys;
    enum class Paths : std::uint8_t { Unknown, None, Some };
    std::vector<Paths> hostPaths;
    std::vector<std::unordered_map<std::uint64_t, KeyTimeline*>> bareKeys(routerOf.size());
    std::vector<std::unordered_map<std::uint64_t, KeyTimeline*>> pathKeys(routerOf.size());
    std::unordered_map<std::uint64_t, std::uint32_t> routeOfUri; // host and URI ids: a route's number
    std::unordered_map<std::string, std::uint32_t> routeIds;
    std::vector<const std::string*> routeNames;
    for (std::size_t r = 0; r < req.size(); ++r) {
        if (req.backend[r] == StringPool::kEmpty || req.start[r] == kNoTime ||
            req.identity[r] >= routerOf.size())
            continue;
        std::map<Key, KeyTimeline>* const router = routerOf[req.identity[r]];
        if (router == nullptr)
            continue;
        const StringPool::Id hostId = req.host[r];
        if (hostPaths.empty())
            hostPaths.assign(incident->tables.strings.size(), Paths::Unknown);
        const std::string_view host = incident->str(hostId);
        if (hostPaths[hostId] == Paths::Unknown) {
            const auto known = routesOfHost.find(std::string(host));
            hostPaths[hostId] =
                known != routesOfHost.end() && std::any_of(known->second.begin(), known->second.end(),
                                                           [](const std::string& route) {
                                                               return route.find('/') != std::string::npos;
                                                           })
                    ? Paths::Some
                    : Paths::None;
        }
        const std::string_view backend = incident->str(req.backend[r]);
        const auto row = static_cast<std::uint32_t>(r);
        if (hostPaths[hostId] == Paths::Some && !req.hasUri()) {
            (*router)[{routeOfRequest(r), std::string(backend)}].uses.emplace_back(req.start[r], row);
            continue;
        }
        if (hostPaths[hostId] == Paths::Some) {
            // The route of a host and URI is found once, then the key by the route's number.
            const auto [known, fresh] = routeOfUri.try_emplace(std::uint64_t{hostId} << 32 | req.uri[r], 0);
            if (fresh) {
                const auto [id, added] =
                    routeIds.try_emplace(routeOfRequest(r), static_cast<std::uint32_t>(routeNames.size()));
                if (added)
                    routeNames.push_back(&id->first);
                known->second = id->second;
            }
            KeyTimeline*& timeline =
                pathKeys[req.identity[r]][std::uint64_t{known->second} << 32 | req.backend[r]];
            if (!timeline)
                timeline = &(*router)[{*routeNames[known->second], std::string(backend)}];
            timeline->uses.emplace_back(req.start[r], row);
            continue;
        }
        KeyTimeline*& timeline = bareKeys[req.identity[r]][std::uint64_t{hostId} << 32 | req.backend[r]];
        if (!timeline)
            timeline = &(*router)[{std::string(host), std::string(backend)}];
        timeline->uses.emplace_back(req.start[r], row);
    }
    for (auto& [router, keys] : routers)
        for (auto& [key, timeline] : keys) {
            if (timeline.uses.empty())
                continue;
            std::sort(timeline.uses.begin(), timeline.uses.end());
            ops[router].push_back({timeline.uses.front().first, OpKind::Use, kNone, key});
        }
}

RouteTableReplay::~RouteTableReplay() = default;
RouteTableReplay::RouteTableReplay(RouteTableReplay&&) noexcept = default;
RouteTableReplay& RouteTableReplay::operator=(RouteTableReplay&&) noexcept = default;

const CaptureTimes& RouteTableReplay::captures() const
{
    return m_state->captures;
}

std::vector<IdentityIndex> RouteTableReplay::routers() const
{
    std::vector<IdentityIndex> out;
    for (const auto& [router, keys] : m_state->routers)
        out.push_back(router);
    return out;
}

TableEndpoint RouteTableReplay::State::endpoint(const Key& key, const KeyTimeline& timeline, const Span& span,
                                                TimeNs at) const
{
    const Incident& in = *incident;
    TableEndpoint out;
    out.route = key.first;
    out.address = key.second;
    out.registeredSince = span.registeredSince;
    out.fromDump = span.fromDump;
    out.presentFrom = span.from;
    // A dump row describes the endpoint fully; the nearest one before `at`, else after it.
    const DumpRow* row = nullptr;
    for (const DumpRow& d : timeline.dumps)
        if (!row || d.at <= at)
            row = &d;
    // A later dump may show another instance that took the address over: the requests sent to
    // it in this span say better who was behind it at `at`.
    const std::pair<TimeNs, std::uint32_t>* use = nullptr;
    for (const auto& u : timeline.uses)
        if (span.from == kNoTime || u.first >= span.from) {
            if (u.first > std::min(at, span.to) && use)
                break;
            use = &u;
            if (u.first > at)
                break;
        }
    if (use && use->first > span.to)
        use = nullptr;
    const RequestTable& req = in.tables.requests;
    const bool namedByUse =
        use && (!row || row->at > at) && req.instanceId[use->second] != StringPool::kEmpty;
    if (namedByUse) {
        out.instanceId = std::string(in.str(req.instanceId[use->second]));
        out.appId = std::string(in.str(req.appId[use->second]));
        if (row) {
            const RouteEndpointRow& r = in.tables.routeSnapshots[row->snapshot].rows[row->row];
            out.tls = r.tls;
            out.ttl = r.ttl;
        }
    } else if (row) {
        const RouteEndpointRow& r = in.tables.routeSnapshots[row->snapshot].rows[row->row];
        out.instanceId = r.tagProcessInstanceId.empty() ? r.privateInstanceId : r.tagProcessInstanceId;
        out.appId = r.tagAppId;
        out.tls = r.tls;
        out.ttl = r.ttl;
    }
    // The registration in force at `at` says who is behind the address now.
    std::uint32_t event = kNone;
    for (const auto& [time, e] : timeline.registrations)
        if (time <= at && (span.from == kNoTime || time >= span.from))
            event = e;
    if (event == kNone && !timeline.registrations.empty() && !row)
        event = timeline.registrations.front().second;
    if (event != kNone) {
        const RouterEventTable& ev = in.tables.events;
        if (const std::string_view id = in.str(ev.instanceId[event]); !id.empty())
            out.instanceId = std::string(id);
        if (const std::string_view app = in.str(ev.appId[event]); !app.empty())
            out.appId = std::string(app);
        if (ev.isTls[event] != Tri::Unknown)
            out.tls = ev.isTls[event];
    }
    out.instanceNamedLater = event == kNone && !namedByUse && row && row->at > at;
    // Nothing before `at` names it: the removal that ended the stretch logged the endpoint it
    // took out of the pool, with its instance, and no registration came in between.
    if (event == kNone && !namedByUse && (!row || row->at > at) && span.closedBy != kNone) {
        const RouterEventTable& ev = in.tables.events;
        if (const std::string_view id = in.str(ev.instanceId[span.closedBy]); !id.empty()) {
            out.instanceId = std::string(id);
            out.appId = std::string(in.str(ev.appId[span.closedBy]));
            out.instanceNamedLater = true;
        }
    }
    if (out.appId.empty())
        out.appId = std::string(names.appOfInstance(out.instanceId));
    out.appName = std::string(names.appName(out.appId));
    return out;
}

std::vector<TableEndpoint> RouteTableReplay::endpointsAt(IdentityIndex router, std::string_view route,
                                                         TimeNs at) const
{
    std::vector<TableEndpoint> out;
    const auto state = m_state->routers.find(router);
    if (state == m_state->routers.end())
        return out;
    const auto& keys = state->second;
    for (auto it = keys.lower_bound({std::string(route), std::string()});
         it != keys.end() && it->first.first == route; ++it)
        for (const Span& span : it->second.spans)
            if ((span.from == kNoTime || span.from <= at) && at < span.to)
                out.push_back(m_state->endpoint(it->first, it->second, span, at));
    return out;
}

std::vector<TableEndpoint> RouteTableReplay::tableAt(IdentityIndex router, TimeNs at) const
{
    std::vector<TableEndpoint> out;
    const auto state = m_state->routers.find(router);
    if (state == m_state->routers.end())
        return out;
    for (const auto& [key, timeline] : state->second)
        for (const Span& span : timeline.spans)
            if ((span.from == kNoTime || span.from <= at) && at < span.to)
                out.push_back(m_state->endpoint(key, timeline, span, at));
    return out; // the key map is ordered by route, then address
}

} // namespace rs
