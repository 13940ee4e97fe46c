#pragma once

#include "core/query/filterplan.h"
#include "core/store/incident.h"
#include "core/util/types.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace rs {

// Inclusive range of status codes; {0, 0} is "no status" (a request that never got one).
struct StatusRange {
    int from = 0, to = 999;
    bool operator==(const StatusRange&) const = default;
};

// A general expression (or, not, parentheses, any field: query/filterexpr.h), parsed and
// checked once. Shared by the copies a filter history keeps; two are equal when their canonical
// texts are.
struct FilterExpression {
    std::shared_ptr<const FilterNode> root; // null: no expression
    std::string text;                       // canonical, as formatFilterNode() writes it
    bool operator==(const FilterExpression& other) const { return text == other.text; }
    explicit operator bool() const { return root != nullptr; }
};

// What every view shows. An empty member is no constraint; members are ANDed, the values of
// one member ORed. String values are compared exactly against the interned column text;
// "-" or "" stands for the field being missing on the line.
//   routers:   identity display name ("router/0", "router/<uuid>") or just its id part
//   instances: instance_id, or "app_id/instance_id" / "app_id/app_index" (the keys that
//              failuresByInstance() hands out, so a click on a bar can filter)
struct Filter {
    TimeNs from = kNoTime, to = kNoTime; // [from, to); kNoTime: unbounded on that side
    std::vector<std::string> routers, hosts, apps, backends, instances;
    std::vector<StatusRange> statuses;
    std::vector<std::uint8_t> classes, sources; // numeric values of ErrorClass / Source
    std::string text;                           // ASCII case-insensitive substring of the raw line
    // Every request the same text finds in any of its raw lines (access line, joined events,
    // stderr: searchRawLines(text).requests), ascending; when set, it is the answer for `text`
    // and no line is searched again. Only read while `text` is set. Shared and compared by
    // identity, like `rows`.
    std::shared_ptr<const std::vector<std::uint32_t>> textRows;
    // Explicit rows of the requests table (a finding's evidence), ascending; null: no
    // constraint. Shared, so that the copies a back/forward history keeps cost nothing; two
    // filters are equal only when they share the same list.
    std::shared_ptr<const std::vector<std::uint32_t>> rows;
    std::string rowsLabel; // what the rows are, for display: "finding stale_routes"
    // What the members above cannot say, ANDed with them.
    FilterExpression expression;

    bool operator==(const Filter&) const = default;
    bool isEmpty() const;
};

// The diagnosis columns, parallel to the requests table. Empty spans mean there is no
// diagnosis yet: a class or source constraint then matches nothing.
struct ClassColumns {
    std::span<const std::uint8_t> errorClass, source;
    // The failed attempts of each row (Diagnosis::attemptsBegin/Count/Events): rows of
    // incident.tables.events, for the attempt.* fields. Empty: no attempt matches.
    std::span<const std::uint32_t> attemptsBegin{};
    std::span<const std::uint16_t> attemptsCount{};
    std::span<const std::uint32_t> attemptEvents{};
    // Per row, its load-balancer row (Diagnosis::lb.lbOfRequest: incident.tables.lb), kNoLbRow if
    // none, for the lb.* fields. Empty: no request has one.
    std::span<const std::uint32_t> lbOfRequest{};
};

// Rows of the requests table, ascending.
struct Selection {
    std::vector<std::uint32_t> rows;
};

// Strings are resolved to pool ids once, then the columns are scanned block by block on up
// to two threads; the free text runs last, only on rows that passed everything else. The
// result does not depend on the number of threads.
Selection select(const Incident& incident, const Filter& filter, ClassColumns classes = {});

} // namespace rs
