#pragma once

#include "core/diagnosis/capturetime.h"
#include "core/store/incident.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rs {

// One endpoint of a router's table at some time, as the replay or a dump knows it.
struct TableEndpoint {
    std::string route, address, instanceId, appId;
    std::string appName; // route-emitter tags, LRPs: "" when nothing names the app
    Tri tls = Tri::Unknown;
    TimeNs registeredSince = kNoTime; // the registration event that added it, when logged
    int ttl = 0;                      // from a dump row; 0 when only events know the endpoint
    bool fromDump = false;            // a dump, not an event, decided that it was present
    TimeNs presentFrom = kNoTime;     // start of its stretch in the pool; kNoTime: before the logs
    // Only something after this time (a dump, the removal that ended the stretch) names the
    // instance: it may have taken the address over from an earlier one since.
    bool instanceNamedLater = false;
};

// Replays each router's registry the way Gorouter keeps it (DESIGN.md §4.4): one pool per
// route, an address may sit in several pools. endpoint-registered adds (or refreshes) an
// endpoint, endpoint-unregistered, pruned-route and prune-failed-endpoint remove it from its
// pool, route-unregistered drops the pool, and each dump resets the router's table to what it
// held at the dump's capture time (capturetime.h).
//
// Gorouter logs a registration when an endpoint is new; refreshes only at debug level. Where a
// router's log shows the refreshes and no pruned-route lines, an endpoint not refreshed within
// its TTL (the dump's ttl, else Gorouter's 120 s) is taken as pruned; pruning stops while NATS
// is away and every endpoint counts as refreshed when it comes back, as in Gorouter. Before the
// first thing the logs say about an endpoint, a removal or a dump that holds it means it was
// there; a registration that added it means it was not.
class RouteTableReplay {
public:
    explicit RouteTableReplay(const Incident& incident);
    ~RouteTableReplay();
    RouteTableReplay(RouteTableReplay&&) noexcept;
    RouteTableReplay& operator=(RouteTableReplay&&) noexcept;

    std::vector<TableEndpoint> endpointsAt(IdentityIndex router, std::string_view route, TimeNs at) const;
    // Whole table, sorted by route then address.
    std::vector<TableEndpoint> tableAt(IdentityIndex router, TimeNs at) const;
    // Routers with registration events or dumps, ascending.
    std::vector<IdentityIndex> routers() const;
    // Capture time of each route snapshot, as the replay anchored it.
    const CaptureTimes& captures() const;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

// An (route, address) that some routers' latest dumps hold and others do not.
struct RouterDiffEntry {
    std::string route, address, instanceId;
    std::vector<IdentityIndex> presentOn, absentOn;
    bool operator==(const RouterDiffEntry&) const = default;
};
// Endpoints that differ between routers' dumps (latest dump per router), sorted by route then
// address. Only routers with a dump take part.
std::vector<RouterDiffEntry> diffRouterDumps(const Incident& incident);

// An endpoint pruned and registered again, again and again: typically an instance that
// fails its requests (pruned by gorouter) while the route-emitter keeps announcing it.
struct Flapping {
    IdentityIndex router = 0;
    std::string route, address;
    int prunes = 0, registrations = 0;
    TimeNs first = kNoTime, last = kNoTime;
    bool operator==(const Flapping&) const = default;
};
// Cycles are removals (prune-failed-endpoint, pruned-route) followed by a registration;
// reported from `minCycles` on, sorted by router, route, address.
std::vector<Flapping> findFlappingEndpoints(const Incident& incident, int minCycles = 3);

} // namespace rs
