#pragma once

#include "core/store/importreport.h"

class QTreeWidget;

namespace rs {

// Fills the import-report tree: bundle problems, then every file with its kind, router,
// counts, and beneath it the skipped lines grouped by reason with their examples.
void fillImportReport(QTreeWidget* tree, const ImportReport& report);

} // namespace rs
