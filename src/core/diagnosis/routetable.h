#pragma once

#include "core/store/incident.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rs {

// One endpoint of a router's table at some time, as the replay or a dump knows it.
struct TableEndpoint {
    std::string route, address, instanceId, appId;
    Tri tls = Tri::Unknown;
    TimeNs registeredSince = kNoTime; // the registration event that added it, when logged
    int ttl = 0;                      // from a dump row; 0 when only events know the endpoint
    bool fromDump = false;            // a dump, not an event, decided that it was present
};

// Replays registration events per router (endpoint-registered, endpoint-unregistered,
// prune-failed-endpoint, pruned-route, route-unregistered) and combines them with the dumps,
// so that one can ask which endpoints router R held for route X at time T.
//
// Gorouter logs a registration only when an endpoint is new, never its refreshes, and the
// logs rarely reach back to the moment a route was first registered. So for every
// (route, address) the state at T is decided by the nearest evidence: the latest event or dump
// at or before T, else the earliest one after T read backwards (a later removal or dump row
// means it was there, a later registration means it was not). A dump without a time stamp
// counts as taken at the end of the incident, which is when support bundles are collected.
class RouteTableReplay {
public:
    explicit RouteTableReplay(const Incident& incident);

    std::vector<TableEndpoint> endpointsAt(IdentityIndex router, std::string_view route, TimeNs at) const;
    // Whole table, sorted by route then address.
    std::vector<TableEndpoint> tableAt(IdentityIndex router, TimeNs at) const;
    // Routers with registration events or dumps, ascending.
    std::vector<IdentityIndex> routers() const;

    enum class ObsKind : std::uint8_t { Registered, Removed };
    struct Observation {
        TimeNs time = kNoTime;
        ObsKind kind = ObsKind::Registered;
        std::size_t event = 0; // row in incident.tables.events
    };
    struct DumpRef {
        TimeNs at = kNoTime;
        std::size_t snapshot = 0;
        std::map<std::pair<std::string, std::string>, std::size_t> rows; // (route, address) -> row
    };
    struct KeyHistory {
        std::vector<Observation> events; // sorted by time, then event row
    };
    struct RouterState {
        std::map<std::pair<std::string, std::string>, KeyHistory> keys;
        std::vector<DumpRef> dumps; // sorted by time
    };

private:
    bool evaluate(const RouterState& state, const std::pair<std::string, std::string>& key,
                  const KeyHistory* history, TimeNs at, TableEndpoint& out) const;

    const Incident* m_incident;
    std::map<IdentityIndex, RouterState> m_routers;
};

// An (route, address) that some routers' latest dumps hold and others do not.
struct RouterDiffEntry {
    std::string route, address, instanceId;
    std::vector<IdentityIndex> presentOn, absentOn;
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
};
// Cycles are removals (prune-failed-endpoint, pruned-route) followed by a registration;
// reported from `minCycles` on, sorted by router, route, address.
std::vector<Flapping> findFlappingEndpoints(const Incident& incident, int minCycles = 3);

} // namespace rs
