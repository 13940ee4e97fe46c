#pragma once

#include <string>
#include <string_view>

namespace rs {

// RFC 4180 field quoting, with a guard against spreadsheet formula injection: a log value
// that starts like a formula (=, +, @, -x) is prefixed with a single quote, and control bytes
// of log values are escaped (escapeForDisplay). Shared by `requests --format csv` and the
// window's chart data export.
void appendCsvField(std::string& out, std::string_view value, bool fromLog);

} // namespace rs
