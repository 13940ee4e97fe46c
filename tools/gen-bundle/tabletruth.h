#pragma once

#include "model.h"

#include <string>
#include <vector>

namespace rs::gen {

// One line of the route-table truth: what a router's table held for (route, address) at a
// sample time, and the stale reason valid then.
struct TableTruthRow {
    TimeNs at = 0;
    int route = 0;
    std::string address;
    bool present = false;
    // "none", "address_reused", "port_mismatch", "instance_missing"; "" when the logs of this
    // era cannot tell (see staleKnown below).
    std::string stale;
    // Whether the bundle lets an analysis know the row: false for presence when the table
    // changed without a log line (registry lines are debug before rr 0.207) or an address was
    // taken over in place; false for the reason when the instance behind the endpoint is not
    // named anywhere the analysis can read, or while the only evidence of a lost cell is the
    // other routers' TTL prune still to come.
    bool presenceKnown = true;
    bool staleKnown = true;
};

// The times the route-table truth is sampled at: spread over the window, and around the
// moments that matter (before the crash, just after the re-registrations of the crashed
// endpoints, before and after an address is reused, after NATS is back). All before the
// first dump, whose capture time the bundle only implies.
std::vector<TimeNs> tableSampleTimes(const World& world);

// The stale reason of an instance endpoint at `at`, as the truth states it ("" unknown).
std::string staleReasonAt(const World& world, EpRef ep, std::uint32_t ip, std::uint16_t port, TimeNs at);

} // namespace rs::gen
