#pragma once

#include "model.h"
#include "routersim.h"
#include "truth.h"

#include <string>
#include <vector>

namespace rs::gen {

// `retrieve-local-routes` output: one line of Go json.Encoder output with its '\n'.
std::string routeDumpJson(const World& world, const RouterDump& dump);
// The same through `jq .`.
std::string routeDumpPretty(const std::string& compact);
// `cfdot actual-lrps` at the end of the window: one JSON object per line.
std::string actualLrpsNdjson(const World& world);
// Stale endpoints (DESIGN.md §6) and endpoints that differ between the routers' dumps.
void findStaleAndDiffs(const World& world, const std::vector<RouterDump>& dumps, TruthDoc& doc);

} // namespace rs::gen
