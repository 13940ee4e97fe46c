#include "core/query/findingfilter.h"

#include <QCoreApplication>

// lupdate needs the context outside the namespace.
struct FindingFilterText {
    Q_DECLARE_TR_FUNCTIONS(FindingFilterText)
};

namespace rs {

Filter findingFilter(const Finding& finding, std::shared_ptr<const std::vector<std::uint32_t>> rows)
{
    Filter filter;
    if (!finding.evidence.requests.empty()) {
        filter.rows = rows ? std::move(rows)
                           : std::make_shared<const std::vector<std::uint32_t>>(finding.evidence.requests);
        filter.rowsLabel =
            FindingFilterText::tr("finding %1").arg(QString::fromStdString(finding.id)).toStdString();
    } else if (finding.from != kNoTime) {
        filter.from = finding.from;
        filter.to = finding.to + 1; // the span is inclusive, the filter half-open
    }
    return filter;
}

} // namespace rs
