#pragma once

#include "core/diagnosis/correlation.h"
#include "core/diagnosis/findings.h"
#include "core/query/filter.h"
#include "core/store/incident.h"

#include <atomic>
#include <memory>
#include <string>
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
    // The language its texts (findings, stale notes) were written in: analysisLanguage() when it
    // ran. A saved analysis in another language is not shown.
    std::string language;

    ClassColumns classColumns() const { return rs::classColumns(diagnosis); }
};

// The language of the texts an analysis made now: the default locale's name, which the window
// and the commands set beside the translators they install.
std::string analysisLanguage();

// Diagnoses the incident and derives the findings. Returns null when `cancel` was raised
// before it finished. `saved`, an analysis of the same incident read back with it from a file, is
// returned as it is when its texts are in analysisLanguage(); else its diagnosis (which has no
// texts) is kept and only the route analyses and the findings are made again.
std::shared_ptr<const Analysis> analyse(std::shared_ptr<const Incident> incident,
                                        const std::atomic<bool>* cancel = nullptr,
                                        std::shared_ptr<const Analysis> saved = {});

} // namespace rs
