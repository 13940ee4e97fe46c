// StaleMarks: stale-route reasons as facts at a time (see staleroutes.h).
#include "core/diagnosis/appnames.h"
#include "core/diagnosis/capturetime.h"
#include "core/diagnosis/staleroutes.h"
#include "core/diagnosis/staleroutesdetail.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace rs {

namespace {

TimeNs earlier(TimeNs a, TimeNs b)
{
    return a == kNoTime ? b : b == kNoTime ? a : std::min(a, b);
}

std::string addressText(std::string_view host, std::uint32_t port)
{
    const bool v6 = host.find(':') != std::string_view::npos;
    return (v6 ? "[" + std::string(host) + "]" : std::string(host)) + ":" + std::to_string(port);
}

struct Owner {
    std::string instance, appId;
    TimeNs since = kNoTime;
};

struct Removal {
    IdentityIndex router = 0;
    TimeNs time = kNoTime;
    std::string route, instance; // instance "" when the event does not name it
    bool ttl = false;            // pruned-route: the registrations stopped
};

} // namespace

struct StaleMarks::Evidence {
    AppDirectory names;
    // Who held each address, and since when: one entry per instance, ascending by since.
    std::unordered_map<std::string, std::vector<Owner>> owners;
    std::unordered_map<std::string, TimeNs> runStart, stopped;      // instance -> cell logs, LRP since
    std::unordered_map<std::string, const LrpRow*> lrp;             // instance -> row of the latest capture
    std::unordered_map<std::string, std::vector<Removal>> removals; // address -> on every router
    TimeNs lrpCapture = kNoTime;                                    // latest LRP capture
    std::map<std::pair<std::string, std::string>, TimeNs> firstRegistration; // (instance, route), any router
    std::unordered_map<IdentityIndex, TimeNs> logStart; // router -> first event or request

    explicit Evidence(const Incident& incident);
};

StaleMarks::Evidence::Evidence(const Incident& incident)
    : names(incident)
{
    const ContainerEventTable& cells = incident.tables.containers;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string instance(incident.str(cells.instanceGuid[i]));
        if (instance.empty())
            continue;
        switch (cells.kind[i]) {
        case ContainerEventKind::Running:
        case ContainerEventKind::Healthy: {
            const auto [it, fresh] = runStart.try_emplace(instance, cells.time[i]);
            it->second = earlier(it->second, cells.time[i]);
            break;
        }
        case ContainerEventKind::Exited:
        case ContainerEventKind::Crashed:
        case ContainerEventKind::Stopping:
        case ContainerEventKind::Destroyed:
            stopped[instance] = earlier(stopped.count(instance) ? stopped[instance] : kNoTime, cells.time[i]);
            break;
        default:
            break;
        }
    }

    std::map<std::pair<std::string, std::string>, Owner> byAddress; // (address, instance)
    const auto own = [&](std::string address, std::string_view instance, std::string_view appId,
                         TimeNs since) {
        if (instance.empty() || since == kNoTime)
            return;
        Owner& o = byAddress[{std::move(address), std::string(instance)}];
        o.instance = std::string(instance);
        if (o.appId.empty())
            o.appId = std::string(appId);
        o.since = earlier(o.since, since);
    };

    const CaptureTimes captures = captureTimes(incident);
    const auto& lrps = incident.tables.lrpSnapshots;
    std::vector<std::size_t> order(lrps.size());
    for (std::size_t s = 0; s < order.size(); ++s)
        order[s] = s;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return captures.lrps[a].at < captures.lrps[b].at; });
    for (const std::size_t s : order) {
        const TimeNs captured = captures.lrps[s].at;
        if (!lrps[s].rows.empty())
            lrpCapture = captured;
        for (const LrpRow& row : lrps[s].rows) {
            if (row.instanceGuid.empty())
                continue;
            lrp[row.instanceGuid] = &row;
            if (!detail::holdsPorts(row))
                continue;
            // Running since the LRP says so, or since the cell logged it, whichever is earlier.
            TimeNs since = row.since != kNoTime && row.since > 0 ? row.since : captured;
            if (const auto run = runStart.find(row.instanceGuid); run != runStart.end())
                since = earlier(since, run->second);
            runStart[row.instanceGuid] = since;
            const std::string_view app = names.appOfInstance(row.instanceGuid);
            for (const LrpPort& p : row.ports) {
                for (const std::uint32_t port : {p.hostPort, p.hostTlsProxyPort})
                    if (port && !row.address.empty())
                        own(addressText(row.address, port), row.instanceGuid, app, since);
                // Diego may advertise the container address instead of the cell's.
                for (const std::uint32_t port : {p.containerPort, p.containerTlsProxyPort})
                    if (port && !row.instanceAddress.empty())
                        own(addressText(row.instanceAddress, port), row.instanceGuid, app, since);
            }
        }
    }

    const RouterEventTable& ev = incident.tables.events;
    const RequestTable& req = incident.tables.requests;
    const auto logged = [&](IdentityIndex router, TimeNs t) {
        const auto [start, fresh] = logStart.try_emplace(router, t);
        start->second = earlier(start->second, t);
    };
    for (std::size_t i = 0; i < ev.size(); ++i)
        logged(ev.identity[i], ev.time[i]);
    for (std::size_t i = 0; i < req.size(); ++i)
        if (req.start[i] != kNoTime)
            logged(req.identity[i], req.start[i]);
    for (std::size_t i = 0; i < ev.size(); ++i) {
        const RouterMessage m = ev.message[i];
        const std::string address(incident.str(ev.endpoint[i]));
        if (address.empty())
            continue;
        if (m == RouterMessage::EndpointRegistered) {
            own(address, incident.str(ev.instanceId[i]), incident.str(ev.appId[i]), ev.time[i]);
            if (const std::string_view id = incident.str(ev.instanceId[i]); !id.empty()) {
                const auto [it, fresh] = firstRegistration.try_emplace(
                    std::make_pair(std::string(id), std::string(incident.str(ev.uri[i]))), ev.time[i]);
                it->second = earlier(it->second, ev.time[i]);
            }
        } else if (m == RouterMessage::EndpointUnregistered || m == RouterMessage::PrunedRoute)
            removals[address].push_back({ev.identity[i], ev.time[i], std::string(incident.str(ev.uri[i])),
                                         std::string(incident.str(ev.instanceId[i])),
                                         m == RouterMessage::PrunedRoute});
    }
    for (auto& [key, owner] : byAddress)
        owners[key.first].push_back(std::move(owner));
    for (auto& [address, list] : owners)
        std::stable_sort(list.begin(), list.end(),
                         [](const Owner& a, const Owner& b) { return a.since < b.since; });
}

StaleMarks::StaleMarks(const Incident& incident)
    : m_evidence(std::make_unique<Evidence>(incident))
{}

StaleMarks::~StaleMarks() = default;
StaleMarks::StaleMarks(StaleMarks&&) noexcept = default;
StaleMarks& StaleMarks::operator=(StaleMarks&&) noexcept = default;

std::optional<StaleMark> StaleMarks::staleMarkAt(IdentityIndex router, std::string_view route,
                                                 std::string_view address, std::string_view instanceId,
                                                 TimeNs at, Tri tls) const
{
    const Evidence& e = *m_evidence;
    if (instanceId.empty() || at == kNoTime)
        return std::nullopt;
    const std::string instance(instanceId);
    const std::string addr(address);

    // The address belongs to whoever came to it last: a container that got the address after
    // the endpoint's own instance left it holds it from then on.
    if (const auto owners = e.owners.find(addr); owners != e.owners.end()) {
        const Owner* holder = nullptr;
        for (const Owner& o : owners->second)
            if (o.since <= at) {
                const auto stop = e.stopped.find(o.instance);
                holder = stop != e.stopped.end() && stop->second <= at ? nullptr : &o;
            }
        if (holder && holder->instance != instance) {
            StaleMark mark;
            mark.reason = StaleReason::AddressReused;
            mark.confidence = Confidence::Certain;
            mark.since = holder->since;
            mark.ownerInstanceId = holder->instance;
            mark.ownerAppId =
                holder->appId.empty() ? std::string(e.names.appOfInstance(holder->instance)) : holder->appId;
            mark.ownerAppName = std::string(e.names.appName(mark.ownerAppId));
            return mark;
        }
    }

    const auto stop = e.stopped.find(instance);
    const TimeNs stoppedAt = stop != e.stopped.end() ? stop->second : kNoTime;
    const auto row = e.lrp.find(instance);
    // Platform components (UAA, Doppler, …) are registered by route_registrar: not LRPs.
    const bool appInstance = row != e.lrp.end() || stop != e.stopped.end() || e.runStart.count(instance) ||
                             !e.names.appOfInstance(instance).empty();
    if (!appInstance)
        return std::nullopt;
    const bool runsAtCapture = row != e.lrp.end() && detail::holdsPorts(*row->second);
    if (runsAtCapture && (stoppedAt == kNoTime || stoppedAt > at)) {
        std::string_view host;
        std::uint32_t port = 0;
        const auto run = e.runStart.find(instance);
        if (run != e.runStart.end() && run->second <= at && detail::splitAddress(address, host, port) &&
            !detail::serves(*row->second, host, port, tls))
            return StaleMark{StaleReason::PortMismatch, Confidence::Certain, run->second, {}, {}, {}};
        return std::nullopt;
    }

    // Stopped: the cell saw it end, the other routers were told it is gone (or stopped hearing
    // of it), or the LRPs no longer hold it.
    TimeNs since = stoppedAt;
    if (const auto removed = e.removals.find(addr); removed != e.removals.end())
        for (const Removal& r : removed->second) {
            if (r.router == router || r.route != route)
                continue;
            if (!r.instance.empty() && r.instance != instance)
                continue;
            // Unregistered or no longer refreshed elsewhere says it is gone only when the LRPs
            // or the cell agree: a route unmapped from a running app is unregistered too.
            if (e.lrpCapture == kNoTime && stoppedAt == kNoTime)
                continue;
            since = earlier(since, r.time);
        }
    if (!runsAtCapture && e.lrpCapture != kNoTime)
        since = earlier(since, e.lrpCapture);
    if (since == kNoTime || since > at)
        return std::nullopt;
    return StaleMark{StaleReason::InstanceMissing,
                     stoppedAt != kNoTime && stoppedAt <= at ? Confidence::Certain : Confidence::Likely,
                     since,
                     {},
                     {},
                     {}};
}

std::optional<StaleMark> StaleMarks::earlierOccupantMarkAt(IdentityIndex router, std::string_view route,
                                                           std::string_view address, TimeNs presentFrom,
                                                           TimeNs at) const
{
    const Evidence& e = *m_evidence;
    const auto owners = e.owners.find(std::string(address));
    if (owners == e.owners.end() || at == kNoTime)
        return std::nullopt;
    const Owner* holder = nullptr;
    for (const Owner& o : owners->second)
        if (o.since <= at)
            holder = &o;
    if (!holder)
        return std::nullopt;
    // In the pool before the owner's container started: someone else's entry. Only a container
    // says when its owner came to the address; a registration says only when it was first heard.
    const auto run = e.runStart.find(holder->instance);
    if (run == e.runStart.end() || run->second > at)
        return std::nullopt;
    if (presentFrom == kNoTime) {
        const auto start = e.logStart.find(router);
        if (start == e.logStart.end() || run->second <= start->second)
            return std::nullopt;
    } else if (presentFrom >= run->second) {
        return std::nullopt;
    }
    // Registered for this route (on any router) by then, it took the entry over. Seen
    // registering other routes only, it is another app's: the entry is not its own. Never seen
    // registering, it may have taken the entry over at some time before a dump names it.
    const auto registered = e.firstRegistration.find({holder->instance, std::string(route)});
    if (registered != e.firstRegistration.end() && registered->second <= at)
        return std::nullopt;
    const auto any = e.firstRegistration.lower_bound({holder->instance, std::string()});
    const bool registers = any != e.firstRegistration.end() && any->first.first == holder->instance;
    StaleMark mark;
    mark.reason = StaleReason::AddressReused;
    mark.confidence = registers ? Confidence::Certain : Confidence::Likely;
    mark.since = holder->since;
    mark.ownerInstanceId = holder->instance;
    mark.ownerAppId =
        holder->appId.empty() ? std::string(e.names.appOfInstance(holder->instance)) : holder->appId;
    mark.ownerAppName = std::string(e.names.appName(mark.ownerAppId));
    return mark;
}

std::vector<MarkedEndpoint> markedTableAt(const RouteTableReplay& replay, const StaleMarks& marks,
                                          IdentityIndex router, TimeNs at)
{
    std::vector<MarkedEndpoint> out;
    for (TableEndpoint& e : replay.tableAt(router, at)) {
        std::optional<StaleMark> mark;
        if (e.instanceId.empty() || e.instanceNamedLater)
            mark = marks.earlierOccupantMarkAt(router, e.route, e.address, e.presentFrom, at);
        if (mark && !e.instanceId.empty()) {
            // The instance named later is the new owner, not who was behind it then.
            e.instanceId.clear();
            e.appId.clear();
            e.appName.clear();
        } else if (!mark && !e.instanceId.empty()) {
            mark = marks.staleMarkAt(router, e.route, e.address, e.instanceId, at, e.tls);
        }
        out.push_back({std::move(e), std::move(mark)});
    }
    return out;
}

} // namespace rs
