#pragma once

#include "app/filter/viewdata.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>

class QTreeWidget;
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
    // The id of the highlighted finding; empty when none is.
    std::string currentFindingId() const;
    // Selects the next (+1) or previous (-1) finding, as if clicked; false at either end.
    bool selectAdjacentFinding(int direction);
    // Removes the highlight and the explanation without touching the filter.
    void clearHighlight();
    // The stale-state rule: the highlight stays only while `filter` is the one its selection
    // made.
    void clearHighlightUnless(const Filter& filter);
    QTreeWidget* tree() const;
    // A finding row's time span ("09:00:02–09:09:28"), drawn under its title.
    static constexpr int kSpanRole = Qt::UserRole + 1;
    // The explanation shown for the highlighted finding (plain text).
    QString explanationText() const;

Q_SIGNALS:
    // A finding was selected (after its evidence filter was pushed): the window moves the time
    // cursor to finding.cursor and shows finding.endpoints in the route table.
    void findingSelected(const rs::Finding& finding);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Refills the tree; `keepCurrent` is re-selected (without filtering) when it is there.
    void rebuild(const std::string& keepCurrent = {});
    void onCurrentChanged(QTreeWidgetItem* item);
    void showExplanation(const Finding& finding);
    QString lbLinesText(const Finding& finding) const;
    QTreeWidgetItem* itemOf(const std::string& id) const;
    std::vector<QTreeWidgetItem*> findingItems() const;

    std::unique_ptr<Ui::FindingsPanel> m_ui;
    FilterStack* m_filters;
    std::shared_ptr<const Analysis> m_analysis;
    // One list per analysis: the rows filter of a finding must be the same object each time it
    // is selected, so that selecting it twice is one history entry.
    std::vector<std::shared_ptr<const std::vector<std::uint32_t>>> m_evidenceRows;
    // The filter selecting the highlighted finding made (its evidence, or the filter then).
    std::optional<Filter> m_highlightFilter;
};

} // namespace rs
