#pragma once

#include "cli/options.h"

namespace rs::cli {

// `routescope push PATH… --to clickhouse://… [--create]`: imports and diagnoses the paths as the
// window does, then stores the rows in ClickHouse. Exit status 0 (pushed, or pushed before), 1
// when ClickHouse refused or could not be reached (the message says which and why), 2 for a bad
// URL.
int runPush(const Options& options);

} // namespace rs::cli
