#pragma once

#include "core/query/analysis.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rs {

// What the requests panel's search found in every raw line (core searchRawLines): the requests
// for Filter::textRows, and the matching lines no request is joined to.
struct PanelSearch {
    std::shared_ptr<const std::vector<std::uint32_t>> rows; // null only without text or incident
    QString summary; // plain text for the search field's tool tip; empty when nothing matched
};

PanelSearch searchRawLinesForPanel(const Analysis& analysis, const std::string& text);

// The search field's tool tip without a search.
QString searchFieldToolTip();

} // namespace rs
