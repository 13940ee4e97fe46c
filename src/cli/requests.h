#pragma once

#include "cli/options.h"
#include "cli/output.h"
#include "core/diagnosis/correlation.h"
#include "core/report/csv.h"
#include "core/store/incident.h"

namespace rs::cli {

// Writes one row per selected request (DESIGN.md §7) as TSV (default), CSV or JSON lines, with
// the correlation columns (attempts, error_class, source, evidence) from `diagnosis`.
void writeRequests(const Incident& incident, const Diagnosis& diagnosis,
                   const std::vector<std::uint32_t>& rows, OutputFormat format, Output& out);

// The joined failed attempts of a request: "#1 10.0.16.5:61012 dial tcp …; #2 …".
std::string attemptsText(const Incident& incident, const Diagnosis& diagnosis, std::size_t row);

// The CSV field writer lives in core (core/report/csv.h), where the window's exports use it too.
using rs::appendCsvField;

} // namespace rs::cli
