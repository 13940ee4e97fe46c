#pragma once

#include "core/query/analysis.h"
#include "core/query/rawsearch.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rs {

// What the requests panel's search found in every raw line (core searchRawLines): the requests
// for Filter::textRows, and the matching lines no request is joined to.
struct PanelSearch {
    std::shared_ptr<const std::vector<std::uint32_t>> rows; // null only without text or incident
    QString summary; // plain text for the search field's tool tip; empty when nothing matched
    // The matching lines joined to no request: the first kListedUnjoinedHits, and how many.
    std::vector<RawHit> unjoined;
    std::uint64_t unjoinedTotal = 0;
    bool cancelled = false;
};

inline constexpr std::size_t kListedUnjoinedHits = 1000;

// `progress` (fraction done) is called from the reading threads; with `cancel` raised the result
// is `cancelled` and holds nothing else.
PanelSearch searchRawLinesForPanel(const Analysis& analysis, const std::string& text,
                                   const std::function<void(double fraction)>& progress = {},
                                   const std::atomic<bool>* cancel = nullptr);

// "gorouter event", "cell log", … translated.
QString rawLineKindName(RawLineKind kind);

// The search field's tool tip without a search.
QString searchFieldToolTip();

} // namespace rs
