#pragma once

#include "cli/options.h"
#include "cli/output.h"
#include "core/store/incident.h"

namespace rs::cli {

// Writes one row per request (DESIGN.md §7) as TSV (default), CSV or JSON lines. Columns that
// need correlation are written as "-" (null in JSON) until the correlation engine fills them.
void writeRequests(const Incident& incident, OutputFormat format, Output& out);

// RFC 4180 field quoting, with a guard against spreadsheet formula injection: a log value
// that starts like a formula (=, +, @, -x) is prefixed with a single quote.
void appendCsvField(std::string& out, std::string_view value, bool fromLog);

} // namespace rs::cli
