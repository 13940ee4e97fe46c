#include "app/stalestate.h"

#include "app/detail/requestdetailpanel.h"
#include "app/filter/viewdata.h"
#include "app/findings/findingspanel.h"
#include "app/requests/requestspanel.h"

#include <algorithm>
#include <optional>

namespace rs {

StaleState::StaleState(RequestsPanel* requests, RequestDetailPanel* detail, FindingsPanel* findings)
    : m_requests(requests)
    , m_detail(detail)
    , m_findings(findings)
{}

void StaleState::incidentChanged()
{
    m_requests->forgetCurrentRequest();
    m_requests->clearExpression();
    m_detail->clear();
    m_findings->clearHighlight();
}

void StaleState::viewsUpdated(const ViewData& data)
{
    const auto& rows = data.selection.rows; // ascending
    const auto gone = [&rows](std::optional<std::uint32_t> row) {
        return row && !std::binary_search(rows.begin(), rows.end(), *row);
    };
    if (gone(m_detail->currentRow()) || gone(m_requests->currentRequest())) {
        m_requests->forgetCurrentRequest();
        m_detail->clear();
    }
    m_requests->forgetExpressionUnless(data.filter);
    m_findings->clearHighlightUnless(data.filter);
}

} // namespace rs
