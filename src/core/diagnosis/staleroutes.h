#pragma once

#include "core/store/incident.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// Why a route-table endpoint looks stale (DESIGN.md §6).
enum class StaleReason : std::uint8_t {
    AddressReused,     // the address now belongs to another running instance
    PortMismatch,      // the endpoint's instance runs, but not on the endpoint's port
    InstanceMissing,   // the endpoint's instance is in no LRP
    InstanceIdMismatch // private_instance_id != tags.process_instance_id
};
// "address_reused", "port_mismatch", "instance_missing", "instance_id_mismatch".
std::string_view staleReasonId(StaleReason reason);

enum class Confidence : std::uint8_t { Certain, Likely };

struct StaleEndpoint {
    IdentityIndex router = 0;
    std::string route, address;
    std::string instanceId;      // tags.process_instance_id, else private_instance_id
    std::string ownerInstanceId; // address_reused: the instance that holds the address now
    StaleReason reason{};
    Confidence confidence{};
    QString note;                // translated, for the findings panel and the report
    std::size_t snapshotRow = 0; // row in the route snapshot
    std::size_t snapshot = 0;    // index into incident.tables.routeSnapshots
    FileIndex file = 0;
};

// App endpoints (route-emitter tags) of every dump checked against the LRP snapshots, plus
// endpoints whose two instance ids disagree. Without LRPs only the latter are reported.
// Sorted by router name, route, address, reason, then dump.
std::vector<StaleEndpoint> findStaleEndpoints(const Incident& incident);

} // namespace rs
