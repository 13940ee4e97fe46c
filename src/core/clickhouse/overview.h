#pragma once

#include "core/clickhouse/client.h"
#include "core/diagnosis/errorclass.h"
#include "core/query/aggregates.h"
#include "core/query/filter.h"

#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rs::clickhouse {

// What the overview of a time range asks ClickHouse (docs/CLICKHOUSE.md, "Reading back").
struct OverviewRequest {
    TimeNs from = kNoTime, to = kNoTime; // [from, to); both required
    Filter filter;                       // compiled by filterToSql()
    // More requests in the range than this: the breakdowns read `SAMPLE sampleAbove/inRange` of it
    // and scale their counts back up (Overview::sampled says so), unless fewer than
    // minSampledMatches of the matching requests would be read: a narrow filter is answered exactly.
    std::uint64_t sampleAbove = 20'000'000;
    std::uint64_t minSampledMatches = 200'000;
    std::size_t top = 20; // rows of each ranking
    int maxExecutionSeconds = 120;
    // Each query's id is queryIdPrefix + "-" + its name (count, totals, timeline, backends, apps,
    // hosts, latency); "" picks a fresh UUID. `started` hears each id before its query is sent, so
    // that another thread can Client::cancelQuery() it.
    std::string queryIdPrefix;
    std::function<void(const std::string& queryId)> started;
};

// A ranking row: failures per backend or app (byClass: failures per error class value), or
// requests per host (failures: how many of them failed).
struct RankedKey {
    std::string key; // "-" for the field missing
    std::uint64_t total = 0;
    std::uint64_t failures = 0;
    std::vector<std::uint64_t> byClass; // [ErrorClass value]; empty for hosts
    bool operator==(const RankedKey&) const = default;
};

struct Overview {
    TimeNs from = kNoTime, to = kNoTime;
    std::uint64_t matched = 0; // requests in range that pass the filter (always exact)
    bool sampled = false;      // the figures below come from a SAMPLE, scaled by 1/sampleRatio
    double sampleRatio = 1.0;
    std::map<int, std::uint64_t> statuses; // status -> requests (0: none)
    std::array<std::uint64_t, kErrorClassCount> classes{};
    std::array<std::uint64_t, kSourceCount> sources{};
    std::uint64_t otherClasses = 0; // rows with a class or source id this build does not know
    std::uint64_t failures = 0;     // status >= 500 or a class other than ok, recovered, app_response
    // Timeline: bucket i is [bucketOrigin + i*bucketWidth, …); every bucket of the range is there,
    // the empty ones too.
    TimeNs bucketOrigin = 0;
    DurationNs bucketWidth = 0;
    std::vector<std::array<std::uint64_t, 6>> bucketsByStatusClass; // none, 1xx … 5xx
    std::vector<std::array<std::uint64_t, kErrorClassCount>> bucketsByClass;
    std::vector<RankedKey> failuresByBackend, failuresByApp, topHosts;
    LatencyPercentiles latency; // seconds; nearest rank, as latency() over a local incident
    std::vector<std::string> queryIds;
};

struct OverviewOutcome {
    std::optional<Overview> overview;
    QString error;            // translated: "while counting failures per backend: …"
    bool unreachable = false; // the server could not be reached at all
};

OverviewOutcome computeOverview(Client& client, const OverviewRequest& request);

// The bucket width for a span: niceBucketWidth()'s steps up to 1 h (at most 300 buckets), then
// 3, 6, 12 h and 1, 2, 7 days.
DurationNs overviewBucketWidth(TimeNs from, TimeNs to);

// The failure condition of the rankings, as SQL: status >= 500 or a failure class.
std::string failureSql();

} // namespace rs::clickhouse
