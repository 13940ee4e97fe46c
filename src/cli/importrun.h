#pragma once

#include "cli/options.h"
#include "core/store/incident.h"

#include <memory>

namespace rs::cli {

// Imports the command's paths, showing progress on stderr when asked and when stderr is a
// terminal.
std::shared_ptr<Incident> importForCommand(const Options& options);

// The import report's problems (bundle problems, skipped lines with examples, truncated
// files), for stderr. Empty when the import was clean.
std::string problemsText(const Incident& incident);

} // namespace rs::cli
