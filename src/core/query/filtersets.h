#pragma once

// Named sets of classes and sources (`class in failures`), so that the quick filters and the
// filters written by hand read as what they mean instead of a list of twenty ids.

#include "core/query/filterplan.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace rs {

struct FilterValueSet {
    std::string_view name;
    FilterField field;             // Class (also attempt.class) or Source
    std::vector<std::uint8_t> ids; // ascending
    std::string_view meaning;      // for the help
};

// Every named set, in the order the help lists them.
const std::vector<FilterValueSet>& filterValueSets();
// The set `name` (case-insensitive) that `field` takes; attempt.class takes the class sets.
const FilterValueSet* findFilterValueSet(FilterField field, std::string_view name);
// The set whose ids are exactly `ids` (same order), for writing a filter back; null if none.
const FilterValueSet* filterValueSetOf(FilterField field, const std::vector<std::uint8_t>& ids);

} // namespace rs
