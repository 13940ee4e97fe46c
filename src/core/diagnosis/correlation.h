#pragma once

#include "core/diagnosis/appjoin.h"
#include "core/diagnosis/errorclass.h"
#include "core/diagnosis/lbjoin.h"
#include "core/store/column.h"
#include "core/store/incident.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rs {

// What decided a request's class (DESIGN.md §5 evidence order).
enum class Evidence : std::uint8_t { None, RouterErrorText, LastAttemptError, StatusCode };
std::string_view evidenceId(Evidence evidence); // "none", "router_error", "last_attempt", "status"

enum JoinFlag : std::uint8_t {
    JoinedById = 1,           // at least one event joined by vcap_request_id
    JoinedByTime = 2,         // at least one event joined by router + endpoint + time window
    Ambiguous = 4,            // an id-less event fitted this request and others: not used
    AttemptCountMismatch = 8, // failed_attempts disagrees with the joined attempts
};

inline constexpr std::uint32_t kNoRow = ~std::uint32_t{0};

// Correlation and classification of every request, in columns parallel to
// incident.tables.requests.
//
// Columns, like the tables': a reopened incident's diagnosis views its saved file.
struct Diagnosis {
    Column<ErrorClass> errorClass;
    Column<Source> source;
    Column<Evidence> evidence;
    // attemptEvents[attemptsBegin[row] … + attemptsCount[row]) are the request's failed attempts
    // (rows of incident.tables.events: backend-endpoint-failed, route-service-connection-failed),
    // in attempt order.
    Column<std::uint32_t> attemptsBegin;
    Column<std::uint16_t> attemptsCount;
    Column<std::uint32_t> attemptEvents;
    Column<std::uint8_t> joinFlags;
    // StringPool id of the text that decided (router error or attempt error), 0 when the status did.
    Column<std::uint32_t> evidenceText;
    // The event that carried the final error when no attempt did (pre-2019 endpoint-failed,
    // backend-request-timeout), kNoRow otherwise; and the stderr proxy error joined, kNoRow if none.
    Column<std::uint32_t> finalEvent;
    Column<std::uint32_t> stderrLine;
    // The load balancers' rows joined to these requests (lbjoin.h).
    LbDiagnosis lb;
    // The lines apps wrote joined to these requests (appjoin.h).
    AppDiagnosis app;

    std::size_t size() const { return errorClass.size(); }
    bool operator==(const Diagnosis&) const = default;
};

// Correlation (DESIGN.md §4) and classification (§5). Deterministic: the result depends only
// on the incident, never on thread timing.
Diagnosis diagnose(const Incident& incident);

// One line on what decided: "x_cf_routererror: endpoint_failure (dial tcp …)",
// "attempt 2: dial tcp …", "endpoint-failed: EOF", "status 404".
std::string evidenceText(const Incident& incident, const Diagnosis& diagnosis, std::size_t row);

} // namespace rs
