#pragma once

#include "core/store/column.h"
#include "core/util/stringpool.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace rs {

class Incident;
struct Diagnosis;

// How a line an app wrote found its Gorouter request.
enum class AppJoin : std::uint8_t {
    None,      // no request of that app instance around that time (or the app is unknown)
    ById,      // the app logged the request's vcap_request_id or its trace id: exact
    Near,      // the only request of that app instance in flight at that time: near, not proven
    Ambiguous, // several requests of that app instance were in flight: not joined
};
std::string_view appJoinId(AppJoin join); // "none", "id", "near", "ambiguous"

inline constexpr std::uint32_t kNoAppRow = ~std::uint32_t{0};

// The app-log ↔ Gorouter join, in columns parallel to incident.tables.apps, and its reverse.
struct AppDiagnosis {
    Column<std::uint32_t> request; // joined row of incident.tables.requests, kNoAppRow if none
    Column<AppJoin> join;
    // The app guid each app row belongs to (the file's header or drain named it, or the file's own
    // RTR lines), StringPool::kEmpty when unknown.
    Column<StringPool::Id> appId;
    // Per request row, the app rows joined to it (by id or near), in time order:
    // rows[rowsBegin[r] … rowsBegin[r + 1]). Empty when the incident has no app lines.
    Column<std::uint32_t> rowsBegin;
    Column<std::uint32_t> rows;

    std::size_t size() const { return request.size(); }
    bool operator==(const AppDiagnosis&) const = default;
    std::span<const std::uint32_t> rowsOf(std::size_t requestRow) const
    {
        if (requestRow + 1 >= rowsBegin.size())
            return {};
        return rows.span().subspan(rowsBegin[requestRow], rowsBegin[requestRow + 1] - rowsBegin[requestRow]);
    }
};

// How far outside a request's own span [start, start + response time] an app line still counts
// as near: cf logs prints hundredths of seconds, and the app's and the router's clocks differ.
inline constexpr std::int64_t kAppNearTolerance = 20'000'000;

// Joins every app row to its request: the vcap_request_id or trace id when the app logged one,
// else the only request of the same app and instance index in flight at the line's time
// (marked Near, never exact); several in flight: Ambiguous, not joined. Deterministic.
void joinAppLogs(const Incident& incident, Diagnosis& diagnosis);

} // namespace rs
