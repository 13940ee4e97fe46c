#pragma once

#include "cli/options.h"
#include "core/clickhouse/overview.h"

#include <string>

namespace rs::cli {

// `routescope summary clickhouse://… --from T --to T [--filter EXPR] [--json]`: the overview of
// the range, computed by ClickHouse (core/clickhouse/overview.h). Exit status 0, 2 for a URL or
// filter the source cannot take, 3 when the server could not be reached or a query failed.
int runClickHouseSummary(const Options& options);

// `routescope requests clickhouse://… --from T --to T [--filter EXPR] [--limit N [--after C]]`:
// the requests in time order as TSV, a page of N (then the cursor of the next page on stderr), or
// all of them page by page.
int runClickHouseRequests(const Options& options);

std::string overviewText(const std::string& source, const clickhouse::Overview& overview);
std::string overviewJson(const std::string& source, const clickhouse::Overview& overview);

} // namespace rs::cli
