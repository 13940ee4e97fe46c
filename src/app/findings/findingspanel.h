#pragma once

#include "app/filter/viewdata.h"

#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class FindingsPanel;
}

namespace rs {

class FilterStack;

// The expert panel: findings grouped by impact on clients, ranked within (core rankFindings).
// Selecting one filters every view to its evidence (its requests, else its time range; the
// conversion is core's findingFilter) and shows its explanation.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(FilterStack* filters, QWidget* parent = nullptr);
    ~FindingsPanel() override;

    void setViewData(std::shared_ptr<const ViewData> viewData);
    // Selects the finding with this id (as if clicked); false when there is none.
    bool selectFinding(const std::string& id);
    int findingCount() const;

    // The filter that shows a finding's evidence (findingFilter).
    static Filter evidenceFilter(const Finding& finding);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void onCurrentChanged(QTreeWidgetItem* item);

    std::unique_ptr<Ui::FindingsPanel> m_ui;
    FilterStack* m_filters;
    std::shared_ptr<const Analysis> m_analysis;
    // One list per analysis: the rows filter of a finding must be the same object each time it
    // is selected, so that selecting it twice is one history entry.
    std::vector<std::shared_ptr<const std::vector<std::uint32_t>>> m_evidenceRows;
};

} // namespace rs
