#pragma once

#include "core/query/filter.h"

#include <QString>

#include <functional>
#include <vector>

namespace rs {

// One removable piece of the current filter, as the chips bar shows it.
struct FilterChip {
    QString label;                       // "status 500–599", "class dial", "from 09:08:00"
    std::function<void(Filter&)> remove; // takes exactly this piece out of a filter
    QString term;                        // the piece in the filter grammar ("" for explicit rows)
};

// The filter as chips, one per value (a member with three hosts gives three chips), in a
// fixed order: time, rows, routers, hosts, apps, backends, instances, statuses, classes,
// sources, text. A class or source list that is a named set reads as the set ("class in
// failures"), not as a count.
std::vector<FilterChip> filterChips(const Filter& filter);

} // namespace rs
