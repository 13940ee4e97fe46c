#pragma once

#include "core/store/column.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace rs {

class Incident;
struct Diagnosis;

// What a load balancer did on its own when it answered a failure without a response from a router
// (the LB's status 502/503/504 with the target status "-"). Stable ids: "none",
// "lb_no_backend_response", "lb_timeout", "lb_connection_error".
enum class LbClass : std::uint8_t { None, NoBackendResponse, Timeout, ConnectionError };
inline constexpr std::size_t kLbClassCount = 4;
std::string_view lbClassId(LbClass cls);
std::optional<LbClass> lbClassFromId(std::string_view id);

// How an LB row found its Gorouter request.
enum class LbJoin : std::uint8_t {
    None,      // no Gorouter request: the request never reached a router (or its logs are missing)
    ById,      // a trace id both logged (X-Amzn-Trace-Id, X-Request-Id, traceparent)
    ByTime,    // the only request of that router, client, method and URL inside the LB's timing
    Ambiguous, // several requests fitted (or the request fitted several LB rows): not joined
};
std::string_view lbJoinId(LbJoin join); // "none", "id", "time", "ambiguous"

inline constexpr std::uint32_t kNoLbRow = ~std::uint32_t{0};

// The LB ↔ Gorouter join, in columns parallel to incident.tables.lb, and its reverse.
struct LbDiagnosis {
    Column<std::uint32_t> request; // joined row of incident.tables.requests, kNoLbRow if none
    Column<LbJoin> join;
    Column<LbClass> lbClass; // None unless the LB answered a failure on its own
    // Per request row: its LB row, kNoLbRow if none; empty when the incident has no LB rows.
    Column<std::uint32_t> lbOfRequest;
    std::uint64_t neverReached = 0;      // LB-answered failures without any Gorouter request
    std::uint64_t ambiguousFailures = 0; // LB-answered failures whose join is ambiguous
    std::uint64_t statusDisagreements = 0;

    std::size_t size() const { return request.size(); }
    bool operator==(const LbDiagnosis&) const = default;
    // The LB answered with a status other than the joined request's.
    bool disagrees(const Incident& incident, std::size_t lbRow) const;
};

// The class of one LB row from its own fields (status, target status, timings, termination).
LbClass classifyLbRow(const Incident& incident, std::size_t lbRow);

// Joins every LB row to its Gorouter request (exact ids first, then router + client + method +
// URL + time within the LB's timings; ambiguity is marked, never guessed), classifies the LB
// rows, and marks joined requests whose LB answered on its own with Source::Infrastructure.
// Deterministic.
void joinLoadBalancers(const Incident& incident, Diagnosis& diagnosis);

} // namespace rs
