#pragma once

namespace rs {

class FindingsPanel;
class RequestDetailPanel;
class RequestsPanel;
struct ViewData;

// The one rule for state a panel derived from an earlier filter or incident (issue 12): when
// the incident changes it all goes (current request, detail, expression text, finding
// highlight); when the filter changes, each piece stays only while the new filter still
// contains it:
// - the current request and its detail, while the request is among the selected rows;
// - the expression text, while the filter is the one the expression made;
// - the finding highlight and its explanation, while the filter is the finding's evidence.
// The window calls it; panels only offer the means to forget.
class StaleState {
public:
    StaleState(RequestsPanel* requests, RequestDetailPanel* detail, FindingsPanel* findings);

    // A different incident is shown (not the same one analysed again for a language).
    void incidentChanged();
    // Every panel got the data of a new filter.
    void viewsUpdated(const ViewData& data);

private:
    RequestsPanel* m_requests;
    RequestDetailPanel* m_detail;
    FindingsPanel* m_findings;
};

} // namespace rs
