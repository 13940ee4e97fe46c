#pragma once

#include "core/clickhouse/client.h"
#include "core/query/filter.h"
#include "core/store/incident.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace rs::clickhouse {

// Stops a drill from any thread: sets the flag the drill checks between queries and kills the
// query it runs (Client::cancelQuery on its own connection, sent from a pool thread so that the
// caller never waits for the network).
class DrillCancel {
public:
    void cancel();
    bool cancelled() const { return m_cancelled.load(); }

    // Called by the drill before each query.
    void running(const Endpoint& endpoint, const std::string& queryId);

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    std::optional<Endpoint> m_endpoint;
    std::string m_queryId;
};

struct DrillRequest {
    TimeNs from = kNoTime, to = kNoTime; // [from, to), required
    Filter filter;                       // which requests; compiled by filterToSql
    std::uint64_t maxRequests = 5'000'000;
    int maxExecutionSeconds = 300; // per query
    std::size_t pageRows = 250'000;
    // Router events of a drilled request logged this long after `to` still come with it (a
    // request started before `to` may fail after it).
    DurationNs eventGrace = 15LL * 60 * 1'000'000'000;
};

struct DrillProgress {
    double fraction = 0; // 0 … 1
    QString stage;       // translated: what is being read
};
using DrillProgressFn = std::function<void(const DrillProgress&)>;

struct DrillOutcome {
    std::shared_ptr<Incident> incident; // set on success
    QString error;                      // translated: the query's purpose, then the server's message
    bool unreachable = false;           // no answer from the server at all
    bool cancelled = false;
    bool tooMany = false;      // the range held more than maxRequests requests
    bool badFilter = false;    // the filter names something the table lacks
    std::uint64_t matched = 0; // requests in the range (and filter)
    bool ok() const { return incident != nullptr; }
};

// Pulls the requests of [from, to) matching the filter, with the router events of those requests
// (and the request-less ones of the range: registrations, prunes), the stderr lines of the range,
// and the container events, route-table snapshots and LRP captures (cfdot actual-lrps) of the
// bundles those requests came from, into a local incident, so that diagnose(), the findings and
// the window work on it as on an import. What the push did not store is absent: raw lines
// (Incident::rawLine is empty for every row, and the URI with it), load-balancer, app and other
// lager lines, and the events' connection flags (got_connection, wrote_headers, is_tls:
// Unknown). The import report names the source and the range in `inputs` and lists the pushed
// files with their row counts.
DrillOutcome drillRange(Client& client, const DrillRequest& request, const DrillProgressFn& progress = {},
                        DrillCancel* cancel = nullptr);

// The earliest and latest request time in the database (requests table), for a dialog's range.
struct TimeSpanOutcome {
    TimeNs first = kNoTime, last = kNoTime; // kNoTime when the table holds no request
    QString error;
    bool unreachable = false;
    bool ok() const { return error.isEmpty(); }
};
TimeSpanOutcome requestTimeSpan(Client& client);

// "clickhouse://user@host:port/database", "clickhouses://…" over HTTPS (no password, no CA file).
QString endpointDisplay(const Endpoint& endpoint);

} // namespace rs::clickhouse
