#pragma once

#include "core/query/analysis.h"
#include "core/report/reportdocument.h"

#include <QString>

namespace rs {

struct ReportOptions {
    QString title;            // empty: "Gorouter incident report"
    std::size_t examples = 5; // example requests per finding
    std::size_t appendixRows = 50;
    TimeNs generatedAt = kNoTime; // kNoTime: now; fixed by tests for reproducible output
};

// The incident report (issue 5): title, bundle and span, a summary paragraph generated from
// the findings, the timeline and backend charts, the error classes with counts and
// explanations, every finding with its evidence, stale routes and router differences, the
// import report, and the top failing requests. Covers the requests `filter` selects.
ReportDocument buildIncidentReport(const Analysis& analysis, const Filter& filter,
                                   const ReportOptions& options = {});

// The summary paragraph alone (also shown by the window).
QString incidentSummary(const Analysis& analysis, const Selection& selection);

// The titles the summary names as the findings with the most impact on clients: in ranking
// order, client failures and retried failures only, without the findings that restate totals
// (failures spread, change point); at most `limit`.
QStringList topFindingTitles(const std::vector<Finding>& findings, std::size_t limit = 3);

} // namespace rs
