#pragma once

#include "core/query/filter.h"

#include <string>
#include <string_view>

namespace rs {

// The filter written in the `--filter` grammar (query/filterexpr.h), so that a report or an
// export states exactly which requests it covers and the text can be pasted back as a filter.
// Explicit rows (a finding's evidence) have no expression; they are described after a
// semicolon ("…; the 12 requests of finding stale_routes"), which the parser rejects, so a
// pasted description never silently widens to more requests. "" for the empty filter.
// The general expression, if any, comes last, ANDed (in parentheses when it is an `or`).
std::string formatFilterExpression(const Filter& filter);

// One expression tree in canonical form: lower-case keywords and fields, `field op value` without
// spaces around symbols, values quoted where a bare token would not read back, parentheses only
// where precedence needs them. Parsing the result gives the same tree.
std::string formatFilterNode(const FilterNode& node);

// One value as the grammar reads it back: bare when it can be, else double-quoted and escaped.
std::string formatFilterValue(std::string_view value);
// One value double-quoted and escaped, whatever it is (a regex is always written so).
std::string quotedFilterValue(std::string_view value);

} // namespace rs
