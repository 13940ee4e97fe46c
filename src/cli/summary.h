#pragma once

#include "cli/options.h"
#include "core/diagnosis/correlation.h"
#include "core/report/sourceanswer.h"
#include "core/store/incident.h"

#include <QString>

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
    // Requests per source; infrastructure adds the load balancers' failures that no router logged.
    std::array<std::uint64_t, kSourceCount> sources{};
    std::uint64_t lbRecords = 0, lbById = 0, lbByTime = 0, lbAmbiguous = 0, lbNeverReached = 0,
                  lbStatusDisagreements = 0;
    std::uint64_t appRecords = 0, appById = 0, appNear = 0, appAmbiguous = 0, appErrors = 0;
    SourceAnswer answer;        // "Most 502s came from …" (sourceanswer.h)
    std::uint64_t selected = 0; // requests that pass --filter
    std::size_t filesRead = 0;
    std::size_t filesIgnored = 0;
};

// Figures over the requests in `rows` (all of them when no --filter was given).
SummaryFigures computeSummary(const Incident& incident, const Diagnosis& diagnosis,
                              const std::vector<std::uint32_t>& rows);
std::string summaryText(const Incident& incident, const SummaryFigures& figures);
// One line per error class with requests, "  COUNT  class_id (source)": the summary's table of
// classes, local or computed by ClickHouse.
QString errorClassLines(const std::array<std::uint64_t, kErrorClassCount>& classes);
std::string summaryJson(const Incident& incident, const SummaryFigures& figures);

} // namespace rs::cli
