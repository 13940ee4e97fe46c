#pragma once

#include "core/query/filter.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace rs {

// The `--filter EXPR` grammar (keywords and field names are case-insensitive):
//
//   expr  := term ("and" term)*          an empty expression is the empty filter
//   term  := field op value | field "in" "(" value ("," value)* ")"
//   value := bare token | "double-quoted string" (\" and \\ escapes)
//            a bare token runs until a space or one of ( ) , " = ! < > ~
//
//   field     ops                  value
//   time      >= > <= < =          RFC 3339: 2026-10-14T09:08:00Z, fraction and ±hh:mm allowed;
//                                  = means the stated precision (a whole second without fraction)
//   status    = != >= > <= < in    a code (502), a class (5xx), or 0 for "no status"
//   router    = in                 "router/0", "router/<uuid>" or the id alone
//   host, app, backend, instance   = in   exact text; "-" is "missing on the line"
//   class     = in                 error class id (ok, dial, hostname_mismatch, …)
//   source    = in                 none, client, client_or_app, app, app_or_platform, platform
//   text      ~ =                  case-insensitive substring of the raw line
//
// There is no "or": alternatives of one field are a value list (`status in (502, 503)`).
// Terms are all ANDed, so naming a field twice intersects: `status>=500 and status<504` is
// 500–503, `host in (a, b) and host=b` is b. A field whose terms leave nothing to match
// (`status=502 and status=503`) is an error pointing at the later term, as is a second
// `text` term: the filter holds one substring.
struct FilterParseError {
    std::size_t position = 0; // byte offset into the expression
    std::string message;      // English, including the position: "unknown field 'stauts' at 0"
    bool operator==(const FilterParseError&) const = default;
};

std::variant<Filter, FilterParseError> parseFilterExpression(std::string_view text);

// The grammar above as plain text for --help and the README.
std::string filterExpressionHelp();

} // namespace rs
