#pragma once

#include "core/query/filter.h"

#include <optional>
#include <string>

namespace rs {

// The one-click filters above the requests table. Each sets its own members of the filter and
// clears the members the others set, so at most one is active; the rest of the filter stays.
enum class QuickFilter { All, Failures, ServerErrors, ClientErrors, Platform };

void applyQuickFilter(Filter& filter, QuickFilter quick);
// The quick filter the filter's status, class and source members match exactly (All when they
// are empty); nullopt when they were set some other way (an expression, a chart click).
std::optional<QuickFilter> quickFilterOf(const Filter& filter);
// The quick filter as the filter grammar writes it: "class in failures", "status=5xx"; "" for All.
std::string quickFilterExpression(QuickFilter quick);

} // namespace rs
