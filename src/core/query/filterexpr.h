#pragma once

#include "core/query/filter.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace rs {

// The `--filter EXPR` grammar, one for the window and every command (keywords and field names
// are case-insensitive; filterExpressionHelp() is the user's version):
//
//   expr    := or
//   or      := and (("or" | "||") and)*
//   and     := unary (("and" | "&&") unary)*
//   unary   := ("not" | "!") unary | "(" expr ")" | term
//   term    := field op value | field "in" "(" value ("," value)* ")" | field "matches" "regex"
//            | field "exists"
//   value   := bare token | "double-quoted string" (\" and \\ escapes)
//              a bare token runs until a space, one of ( ) , " = ! < > ~, or && ||
//
// Fields and their types are filterFields() (query/filterplan.h). "-" as a value is "missing on
// the line". `!=` is always `not (=)`, so it also holds where the field is missing; attempt.*
// fields hold when any of the request's failed attempts matches.
//
// The result is one Filter: the simple terms of the top-level conjunction fill its members
// (time range, routers, hosts, statuses, …, the text), as the old conjunction grammar did, with
// its checks: naming a field twice intersects (`status>=500 and status<504` is 500–503), a field
// whose terms leave nothing to match is an error at the later term, as is a second top-level
// `text`. Everything else (or, not, other fields and operators) becomes Filter::expression.
struct FilterParseError {
    std::size_t position = 0; // byte offset into the expression
    std::string message;      // English, including the position: "unknown field 'stauts' at 0"
    bool operator==(const FilterParseError&) const = default;
};

std::variant<Filter, FilterParseError> parseFilterExpression(std::string_view text);

// The grammar above as plain text for `routescope help filter`, --help and the README.
std::string filterExpressionHelp();

} // namespace rs
