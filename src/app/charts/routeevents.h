#pragma once

#include "core/formats/gorouterlog.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace rs {

struct ViewData;

// The route-table changes the timeline marks: an endpoint or route appears, is removed on
// request, or is removed by Gorouter itself (pruned after failures or a stale TTL).
enum class RouteEventKind : std::uint8_t { Registered, Unregistered, Pruned };
inline constexpr std::size_t kRouteEventKindCount = 3;

std::optional<RouteEventKind> routeEventKind(RouterMessage message);
QString routeEventKindTitle(RouteEventKind kind);

// Rows of the events table that change a route table, inside [viewFrom, viewTo) and matching
// the filter's routers, hosts, apps and backends (the members that describe an event too);
// sorted by time.
std::vector<std::uint32_t> routeEventRows(const ViewData& data);

// One line for a tooltip: "Pruned · router/0 · app.example.com · 10.0.1.5:61001". Log text,
// so show it as plain text.
QString routeEventSummary(const ViewData& data, std::uint32_t row);

} // namespace rs
