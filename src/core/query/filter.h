#pragma once

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

    bool operator==(const Filter&) const = default;
    bool isEmpty() const;
};

// The diagnosis columns, parallel to the requests table. Empty spans mean there is no
// diagnosis yet: a class or source constraint then matches nothing.
struct ClassColumns {
    std::span<const std::uint8_t> errorClass, source;
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
