#pragma once

#include "app/requests/requestcolumns.h"
#include "core/query/analysis.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace rs {

// Every request row of the incident in the order of one column (ascending; ties keep the
// row order, so the result is deterministic). Computed once per column and incident, in the
// background: a filter change then only walks this order (O(rows)), it never sorts again.
// Returns null when cancelled.
std::shared_ptr<const std::vector<std::uint32_t>> sortedRows(const Analysis& analysis, RequestColumn column,
                                                             const std::atomic<bool>* cancel = nullptr);

// The selected rows (ascending) in the order of `order` (a permutation of all rows), reversed
// when `descending`. When every row is selected, `order` itself is the answer.
std::vector<std::uint32_t> orderSelection(const std::vector<std::uint32_t>& order,
                                          const std::vector<std::uint32_t>& selection, bool descending);

} // namespace rs
