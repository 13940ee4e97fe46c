#pragma once

#include "cli/options.h"
#include "cli/output.h"
#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

namespace rs::cli {

// Writes one row per selected request (DESIGN.md §7) as TSV (default), CSV or JSON lines, with
// the correlation columns (attempts, error_class, source, evidence) from `diagnosis`.
void writeRequests(const Incident& incident, const Diagnosis& diagnosis,
                   const std::vector<std::uint32_t>& rows, OutputFormat format, Output& out);

// The joined failed attempts of a request: "#1 10.0.16.5:61012 dial tcp …; #2 …".
std::string attemptsText(const Incident& incident, const Diagnosis& diagnosis, std::size_t row);

// RFC 4180 field quoting, with a guard against spreadsheet formula injection: a log value
// that starts like a formula (=, +, @, -x) is prefixed with a single quote.
void appendCsvField(std::string& out, std::string_view value, bool fromLog);

} // namespace rs::cli
