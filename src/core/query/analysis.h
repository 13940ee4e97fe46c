#pragma once

#include "core/diagnosis/correlation.h"
#include "core/diagnosis/findings.h"
#include "core/query/filter.h"
#include "core/store/incident.h"

#include <atomic>
#include <memory>
#include <vector>

namespace rs {

// The diagnosis as the query layer sees it: the enums' values, row by row.
ClassColumns classColumns(const Diagnosis& diagnosis);

// Everything computed once per incident that the window, the reports and the commands read:
// the import itself, its diagnosis, the route-table analyses and the findings. Immutable once
// built, so views on any thread may share it.
struct Analysis {
    std::shared_ptr<const Incident> incident;
    Diagnosis diagnosis;
    RouteAnalysis routes;
    std::vector<Finding> findings;

    ClassColumns classColumns() const { return rs::classColumns(diagnosis); }
};

// Diagnoses the incident and derives the findings. Returns null when `cancel` was raised
// before it finished.
std::shared_ptr<const Analysis> analyse(std::shared_ptr<const Incident> incident,
                                        const std::atomic<bool>* cancel = nullptr);

} // namespace rs
