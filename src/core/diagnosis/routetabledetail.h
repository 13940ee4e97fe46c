#pragma once

#include "core/store/incident.h"

#include <string_view>
#include <unordered_map>

// Shared by the route-table files; not an API.
namespace rs::detail {

// A route key serves a request for `host`: the route is the host, or the host and a path.
bool routeMatchesHost(std::string_view route, std::string_view host);

// prune-failed-endpoint names no route; the backend-endpoint-failed that caused it, logged just
// before on the same router, carries the vcap_request_id of a request whose host does. Request
// hosts by prune event row.
std::unordered_map<std::size_t, std::string_view> pruneHosts(const Incident& incident);
// The same, as the request row of each prune event.
std::unordered_map<std::size_t, std::size_t> pruneRequests(const Incident& incident);
// The path of a request ("/admin/x"), re-read from its access-log line; "" when unreadable.
std::string requestPath(const Incident& incident, std::size_t request);

} // namespace rs::detail
