#pragma once

#include "core/clickhouse/client.h"
#include "core/query/filter.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rs::clickhouse {

// Where a page of requests ends: the last row's place in the order (time, request_key, bundle,
// file, line_offset), which is unique per pushed access line. The next page starts after it, so
// paging stays correct while pushes add rows and costs the same on page 1 and page 10 000.
struct RequestCursor {
    TimeNs time = 0; // nanoseconds
    std::uint64_t key = 0;
    std::string bundle;
    std::string file;
    std::uint64_t offset = 0;

    // "<time>.<key>.<offset>.<bundle>.<file as hex>": one word for the command line.
    std::string text() const;
    static std::optional<RequestCursor> parse(std::string_view text);
    bool operator==(const RequestCursor&) const = default;
};

// One request as pushed (docs/CLICKHOUSE.md, the requests table).
struct RequestRow {
    RequestCursor place;
    std::string router, requestId, host, method, uri, backend, appId, appIndex, instanceId, routerError;
    std::string errorClass, source, evidence;
    std::uint16_t status = 0;
    std::int64_t responseTimeNs = -1;
    std::uint16_t attempts = 0;
};

struct RequestPage {
    std::vector<RequestRow> rows;
    std::optional<RequestCursor> next; // set when more rows follow
    QString error;                     // translated; rows are empty then
    bool unreachable = false;
    bool ok() const { return error.isEmpty(); }
};

struct RequestPageQuery {
    TimeNs from = kNoTime, to = kNoTime; // [from, to)
    Filter filter;
    std::size_t limit = 1000;           // rows per page, 1 … 1 000 000
    std::optional<RequestCursor> after; // the page after this place; none: the first
    int maxExecutionSeconds = 120;
    std::string queryId; // "" picks a fresh UUID
};

RequestPage fetchRequests(Client& client, const RequestPageQuery& query);

} // namespace rs::clickhouse
