#pragma once

#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

#include <string>

namespace rs::cli {

// `routescope diagnose`: findings, stale routes, route-table differences between routers and
// flapping endpoints, as text or as JSON (DESIGN.md §7).
std::string diagnoseText(const Incident& incident, const Diagnosis& diagnosis);
std::string diagnoseJson(const Incident& incident, const Diagnosis& diagnosis);

} // namespace rs::cli
