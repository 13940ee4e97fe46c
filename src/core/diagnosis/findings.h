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
};
// "failures_concentrated", "failures_spread", "stale_routes", "router_tables_differ",
// "flapping_endpoints", "tls_failures", "certificate_clock_drift", "keep_alive_race",
// "unknown_route_burst", "no_endpoints_burst", "client_cancellations", "container_crashes",
// "change_point".
std::string_view findingKindId(FindingKind kind);

// Rows a finding is about; each list is capped at kMaxFindingEvidence.
struct FindingEvidence {
    std::vector<std::uint32_t> requests;                            // rows of incident.tables.requests
    std::vector<std::uint32_t> events;                              // rows of incident.tables.events
    std::vector<std::uint32_t> containerEvents;                     // rows of incident.tables.containers
    std::vector<std::pair<std::uint32_t, std::uint32_t>> routeRows; // (snapshot index, row)

    bool operator==(const FindingEvidence&) const = default;
};
inline constexpr std::size_t kMaxFindingEvidence = 10000;

struct Finding {
    // Stable and unique within one incident: "stale_routes", "failures_concentrated:10.0.16.5:61012".
    std::string id;
    FindingKind kind{};
    Severity severity{};
    QString title;           // translated, one line, with the numbers
    QString explanation;     // translated paragraph: what it means, where to look next
    std::uint64_t count = 0; // requests (or endpoints, for route findings) it covers
    TimeNs from = kNoTime, to = kNoTime;
    FindingEvidence evidence;

    bool operator==(const Finding&) const = default;
};

// Every finding of DESIGN.md §6 that the incident supports. Deterministic; sorted by severity
// (critical first), then count (descending), then id.
// The route-table analyses findings build on; callers that also show them (routescope diagnose)
// compute them once and pass them in.
struct RouteAnalysis {
    std::vector<StaleEndpoint> stale;
    std::vector<RouterDiffEntry> diffs;
    std::vector<Flapping> flapping;
};
RouteAnalysis analyseRoutes(const Incident& incident);

std::vector<Finding> computeFindings(const Incident& incident, const Diagnosis& diagnosis,
                                     const RouteAnalysis& routes);
std::vector<Finding> computeFindings(const Incident& incident, const Diagnosis& diagnosis);

} // namespace rs
