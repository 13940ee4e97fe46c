#pragma once

#include "cli/options.h"
#include "core/clickhouse/overview.h"
#include "core/store/incident.h"

#include <memory>
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

// `routescope diagnose clickhouse://… --from T --to T [--filter EXPR] [--json]`: the range (the
// requests the filter selects) drilled into a local incident (core/clickhouse/rangeincident.h),
// then diagnosed as a local import. Exit status 0, 2 for a URL or filter the source cannot take or
// a range holding more requests than a drill takes, 3 when the server failed.
int runClickHouseDiagnose(const Options& options);

// report and chart over a clickhouse:// source: drills the range first, keeps the incident for
// importForCommand() (takeDrilledIncident), and returns the exit status (0: go on).
int drillForCommand(const Options& options);
// The incident drillForCommand() kept, once; null when there is none.
std::shared_ptr<Incident> takeDrilledIncident();

std::string overviewText(const std::string& source, const clickhouse::Overview& overview);
std::string overviewJson(const std::string& source, const clickhouse::Overview& overview);

} // namespace rs::cli
