#pragma once

#include "cli/options.h"

namespace rs::cli {

// `routescope cache ls`: the saved incidents (inputs, requests, size, date), newest first.
// `routescope cache clear`: removes them (RouteScope's cache files only).
int runCache(const Options& options);

} // namespace rs::cli
