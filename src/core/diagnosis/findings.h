#pragma once

#include "core/diagnosis/correlation.h"
#include "core/diagnosis/routetable.h"
#include "core/diagnosis/staleroutes.h"
#include "core/store/incident.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rs {

enum class Severity : std::uint8_t { Info, Warning, Critical };
std::string_view severityId(Severity severity); // "info", "warning", "critical"

// The "expert" panel of DESIGN.md §6. The ids are stable: the CLI and the exports use them.
enum class FindingKind : std::uint8_t {
    FailuresConcentrated,
    FailuresSpread,
    StaleRoutes,
    RouterTablesDiffer,
    FlappingEndpoints,
    TlsFailures,
    CertificateClockDrift,
    KeepAliveRace,
    UnknownRouteBurst,
    NoEndpointsBurst,
    ClientCancellations,
    ContainerCrashes,
    ChangePoint,
    StaleRoutesLikely, // stale endpoints the LRPs suggest but cannot prove (instance missing)
    LbAnswered,        // failures the load balancer answered without a router's response
    LbStatusDiffers,   // the load balancer sent another status than Gorouter logged
    LbTargetUnhealthy, // one LB target (a router) failed the LB's connections for a while
    AppErrors,         // an app logged errors where its requests failed (source: app)
};
// "failures_concentrated", "failures_spread", "stale_routes", "router_tables_differ",
// "flapping_endpoints", "tls_failures", "certificate_clock_drift", "keep_alive_race",
// "unknown_route_burst", "no_endpoints_burst", "client_cancellations", "container_crashes",
// "change_point", "stale_routes_likely", "lb_answered", "lb_status_differs", "lb_target_unhealthy",
// "app_errors".
// StaleRoutes holds the certain stale endpoints only.
std::string_view findingKindId(FindingKind kind);

// What a finding's evidence did to clients (DESIGN.md §6 ranking): failed requests they
// received; failed attempts a retry hid (the request recovered); neither (cancellations the
// client gave up on, endpoints or events without such requests).
enum class Impact : std::uint8_t { ClientFailures, HiddenByRetry, Other };
std::string_view impactId(Impact impact); // "client_failures", "hidden_by_retry", "other"

// What a finding counts, stated in its texts.
// LbRequests: rows of incident.tables.lb (requests no router logged).
enum class CountUnit : std::uint8_t { Requests, Endpoints, LbRequests };

struct FindingCounts {
    std::uint64_t requests = 0;       // evidence requests, all of them (not capped)
    std::uint64_t clientFailures = 0; // of those, failed for the client (a 499 is not one)
    std::uint64_t recovered = 0;      // of those, recovered after a failed attempt
    std::uint64_t endpoints = 0;      // route-table endpoints the finding is about
    std::uint64_t lbRequests = 0;     // load-balancer rows (unit LbRequests)
    bool operator==(const FindingCounts&) const = default;
};

// A route-table endpoint a finding is about, for the window to select in the route table.
struct FindingEndpoint {
    IdentityIndex router = 0;
    std::string route, address;
    bool operator==(const FindingEndpoint&) const = default;
};

// Rows a finding is about; each list is capped at kMaxFindingEvidence.
struct FindingEvidence {
    std::vector<std::uint32_t> requests;                            // rows of incident.tables.requests
    std::vector<std::uint32_t> events;                              // rows of incident.tables.events
    std::vector<std::uint32_t> containerEvents;                     // rows of incident.tables.containers
    std::vector<std::pair<std::uint32_t, std::uint32_t>> routeRows; // (snapshot index, row)
    std::vector<std::uint32_t> lbRows;                              // rows of incident.tables.lb

    bool operator==(const FindingEvidence&) const = default;
};
inline constexpr std::size_t kMaxFindingEvidence = 10000;

struct Finding {
    // Stable and unique within one incident: "stale_routes", "failures_concentrated:10.0.16.5:61012".
    std::string id;
    FindingKind kind{};
    Severity severity{};
    QString title;       // translated, one line, with the numbers
    QString explanation; // translated paragraph: what it means, where to look next
    // With unit Requests: the number of requests selecting it shows (counts.requests), which is
    // evidence.requests.size() unless evidenceCapped. With unit Endpoints: counts.endpoints.
    std::uint64_t count = 0;
    TimeNs from = kNoTime, to = kNoTime;
    FindingEvidence evidence;
    Impact impact = Impact::Other;
    CountUnit unit = CountUnit::Requests;
    FindingCounts counts;
    bool certain = true;         // false: the evidence suggests but cannot prove it
    bool evidenceCapped = false; // evidence.requests holds only the first kMaxFindingEvidence rows
    TimeNs cursor = kNoTime;     // a moment where the evidence holds, for the window's time cursor
    std::vector<FindingEndpoint> endpoints;

    bool operator==(const Finding&) const = default;
};

// Ranks by impact on clients: tier (client failures, hidden by retry, other), then the tier's
// own number (client failures, recovered requests, count), then count, severity, id.
bool ranksBefore(const Finding& a, const Finding& b);
void rankFindings(std::vector<Finding>& findings);

// The route-table analyses findings build on; callers that also show them (routescope diagnose)
// compute them once and pass them in.
struct RouteAnalysis {
    std::vector<StaleEndpoint> stale;
    std::vector<RouterDiffEntry> diffs;
    std::vector<Flapping> flapping;
    bool operator==(const RouteAnalysis&) const = default;
};
RouteAnalysis analyseRoutes(const Incident& incident);

// Every finding of DESIGN.md §6 that the incident supports. Deterministic; ranked by
// rankFindings().
std::vector<Finding> computeFindings(const Incident& incident, const Diagnosis& diagnosis,
                                     const RouteAnalysis& routes);
std::vector<Finding> computeFindings(const Incident& incident, const Diagnosis& diagnosis);

} // namespace rs
