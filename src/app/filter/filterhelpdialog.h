#pragma once

class QWidget;

namespace rs {

// Help → Filter Syntax and the `?` beside the filter field: the text of `routescope help
// filter`, as plain text in a fixed-width font, in one non-modal window (shown again, not
// opened twice).
void showFilterSyntaxHelp(QWidget* parent);

} // namespace rs
