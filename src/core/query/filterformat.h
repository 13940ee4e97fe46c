#pragma once

#include "core/query/filter.h"

#include <string>

namespace rs {

// The filter written in the `--filter` grammar (query/filterexpr.h), so that a report or an
// export states exactly which requests it covers and the text can be pasted back as a filter.
// Explicit rows (a finding's evidence) have no expression; they are described after a
// semicolon ("…; the 12 requests of finding stale_routes"), which the parser rejects, so a
// pasted description never silently widens to more requests. "" for the empty filter.
std::string formatFilterExpression(const Filter& filter);

} // namespace rs
