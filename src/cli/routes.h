#pragma once

#include "core/store/incident.h"

#include <optional>
#include <string>

namespace rs::cli {

// `routescope routes --at TIME [--router ID]`: each router's replayed route table at `at` with
// the stale marks valid then, exactly what the window's Route Table shows. `router` names one
// router by display name ("router/<uuid>") or id; an unknown name yields no routers.
std::string routesJson(const Incident& incident, TimeNs at, const std::optional<std::string>& router);
std::string routesText(const Incident& incident, TimeNs at, const std::optional<std::string>& router);

} // namespace rs::cli
