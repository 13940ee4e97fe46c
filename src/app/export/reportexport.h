#pragma once

#include "core/query/analysis.h"

#include <QString>

namespace rs {

struct ReportRequest {
    QString title; // empty: the default title
};

// The incident report of `filter` to `path`: PDF or HTML by its suffix, with the timeline and
// backend charts drawn by the window's chart code (vector in both).
bool writeReport(const std::shared_ptr<const Analysis>& analysis, const Filter& filter,
                 const ReportRequest& request, const QString& path, QString* error);

} // namespace rs
