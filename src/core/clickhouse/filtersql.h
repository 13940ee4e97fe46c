#pragma once

#include "core/query/filter.h"
#include "core/util/types.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace rs::clickhouse {

// The filter language (query/filterexpr.h) as a WHERE condition over the pushed `requests` table
// (docs/CLICKHOUSE.md), with the meaning select() gives it over a local incident: "-" is the
// field missing (stored as '' or -1), `!=` is `not (=)` and so holds where the field is missing,
// `~` is an ASCII case-insensitive substring, `matches` an RE2 partial match, `router = X` also
// takes the id part of router/X. Every value reaches the SQL through quoteString() (sqlquote.h),
// numbers as integers the compiler wrote itself; nothing else of the filter's text does.
//
// attempt.backend, attempt.class and attempt.error hold when any failed attempt of the request
// matches: `(bundle, router, request_key) GLOBAL IN (SELECT … FROM database.attempts WHERE …)`
// (GLOBAL, so that it also runs once over Distributed tables); without a database they are refused.
// Fields the table does not hold (user_agent, referer, remote, protocol, x_forwarded_for,
// header.*, bytes_*, text, lb, lb.*) are rejected with a message naming the field, as are explicit
// rows (a finding's evidence).
struct FilterSql {
    std::optional<std::string> where; // a boolean SQL expression; "1" when nothing is constrained
    QString error;                    // translated; set when `where` is not
    // The filter's values quoted into `where` (for the fuzz target and the tests): every string
    // literal of `where` reads back as one of these or as one of the compiler's own constants,
    // kFixedLiterals.
    std::vector<std::string> literals;
};

// `database` names the attempts table's database (a plain identifier, as the URL's); "" refuses
// the attempt.* fields.
FilterSql filterToSql(const Filter& filter, std::string_view database = {});

// The literals the compiler writes itself: '' (an empty enum list), '/' (router ids), '?' (path,
// query) and 'UTC'.
inline constexpr std::string_view kFixedLiterals[] = {"", "/", "?", "UTC"};

// [from, to) on the request's time (DateTime seconds plus time_ns); kNoTime is unbounded on that
// side. Coarse second bounds first, so the table's (toStartOfHour(time), …) key prunes parts.
std::string timeRangeSql(TimeNs from, TimeNs to);

// The request's time in nanoseconds since the epoch, as an Int64 SQL expression.
std::string_view timeNsSql();

} // namespace rs::clickhouse
