#pragma once

#include "core/diagnosis/routetable.h"
#include "core/store/incident.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
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
    // Added for the time-aware marks (StaleMarks): since when the reason holds (kNoTime when
    // the dump is the only evidence), and the app that owns the address now.
    TimeNs since = kNoTime;
    std::string ownerAppName;

    bool operator==(const StaleEndpoint&) const = default;
};

// App endpoints (route-emitter tags) of every dump checked against the LRP snapshots, plus
// endpoints whose two instance ids disagree. Without LRPs only the latter are reported.
// Sorted by router name, route, address, reason, then dump.
std::vector<StaleEndpoint> findStaleEndpoints(const Incident& incident);

// A stale mark valid at some time (DESIGN.md §4.5).
struct StaleMark {
    StaleReason reason{};
    Confidence confidence{};
    TimeNs since = kNoTime; // the first moment the evidence holds
    // address_reused: the instance that holds the address since `since`, and its app.
    std::string ownerInstanceId, ownerAppId, ownerAppName;
};

// Stale marks as facts at a time. An endpoint is address_reused from the moment another
// instance is registered at its address (on any router) or runs there (cell logs, LRPs);
// port_mismatch while its instance runs on other ports; instance_missing from the moment its
// instance stopped (exit or crash in the cell logs, unregistered or TTL-pruned on the other
// routers, absent from the LRPs at their capture): never before.
class StaleMarks {
public:
    explicit StaleMarks(const Incident& incident);
    ~StaleMarks();
    StaleMarks(StaleMarks&&) noexcept;
    StaleMarks& operator=(StaleMarks&&) noexcept;

    // The mark of the endpoint (router, route, address) registered for `instanceId`, valid at
    // `at`; nothing when it is not stale then, or when its instance is unknown.
    std::optional<StaleMark> staleMarkAt(IdentityIndex router, std::string_view route,
                                         std::string_view address, std::string_view instanceId, TimeNs at,
                                         Tri tls = Tri::Unknown) const;
    // The mark of an endpoint whose instance is unknown but which has been in the pool of
    // `route` on `router` since `presentFrom` (kNoTime: before its logs): address_reused when
    // the address's owner at `at` came to it after that and had not yet registered that route
    // anywhere (so had not taken the entry over); nothing otherwise.
    std::optional<StaleMark> earlierOccupantMarkAt(IdentityIndex router, std::string_view route,
                                                   std::string_view address, TimeNs presentFrom,
                                                   TimeNs at) const;

    struct Evidence;

private:
    std::unique_ptr<Evidence> m_evidence;
};

// One endpoint of a replayed table with the mark valid at the table's time.
struct MarkedEndpoint {
    TableEndpoint endpoint;
    std::optional<StaleMark> stale;
};
// The table of `router` at `at` as the window's Route Table and `routescope routes` show it.
std::vector<MarkedEndpoint> markedTableAt(const RouteTableReplay& replay, const StaleMarks& marks,
                                          IdentityIndex router, TimeNs at);

} // namespace rs
