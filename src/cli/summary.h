#pragma once

#include "cli/options.h"
#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace rs::cli {

// The figures `routescope summary` prints, computed once from an incident.
struct SummaryFigures {
    std::map<int, std::uint64_t> statuses;                           // status -> requests (0: none)
    std::vector<std::pair<std::string, std::uint64_t>> routerErrors; // x_cf_routererror, most frequent first
    std::vector<std::pair<IdentityIndex, std::uint64_t>> requestsPerIdentity;
    std::array<std::uint64_t, kErrorClassCount> classes{}; // requests per error class
    std::uint64_t selected = 0;                            // requests that pass --filter
    std::size_t filesRead = 0;
    std::size_t filesIgnored = 0;
};

// Figures over the requests in `rows` (all of them when no --filter was given).
SummaryFigures computeSummary(const Incident& incident, const Diagnosis& diagnosis,
                              const std::vector<std::uint32_t>& rows);
std::string summaryText(const Incident& incident, const SummaryFigures& figures);
std::string summaryJson(const Incident& incident, const SummaryFigures& figures);

} // namespace rs::cli
