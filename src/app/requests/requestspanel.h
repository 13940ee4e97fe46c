#pragma once

#include "app/filter/viewdata.h"
#include "core/query/rawsearch.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAbstractButton;
class QAction;
class QMenu;
class QTableView;
class QTimer;

namespace Ui {
class RequestsPanel;
}

namespace rs {

class FilterStack;
class RequestTableModel;
class SearchJob;
struct PanelSearch;
enum class QuickFilter;

// The requests of the current filter in a virtual table, with one-click filters, a search
// over the raw lines and a filter-expression field, all feeding the shared FilterStack.
class RequestsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RequestsPanel(FilterStack* filters, QWidget* parent = nullptr);
    ~RequestsPanel() override;

    void setViewData(std::shared_ptr<const ViewData> viewData);
    RequestTableModel* model() const { return m_model; }
    QTableView* view() const;
    void focusSearch();
    // Ctrl+L: the filter-expression field, its text selected.
    void focusExpression();
    // The request row (in incident.tables.requests) that is current, if any.
    std::optional<std::uint32_t> currentRequest() const;
    // The stale-state rule (StaleState) drives these three.
    void forgetCurrentRequest();
    void clearExpression();
    // Empties the expression field when the text it shows was applied and `filter` is no
    // longer the filter it made; a text being edited stays.
    void forgetExpressionUnless(const Filter& filter);
    // Help → Filter Syntax: the same window as the `?` beside the field.
    QAction* filterSyntaxAction() const { return m_filterSyntaxAction; }
    // Applies a saved filter, as choosing it from the Saved menu does.
    void applyExpression(const QString& text);

Q_SIGNALS:
    // The current request changed: its row in incident.tables.requests, or nothing.
    void currentRequestChanged(std::shared_ptr<const rs::Analysis> analysis, std::uint32_t row);
    void currentRequestCleared();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setExpressionToolTip();
    void pushSearch();
    // The search's result becomes the filter (on the GUI thread, once the SearchJob is done).
    void applySearch(const std::shared_ptr<const Analysis>& analysis, const std::string& text,
                     PanelSearch search);
    // Drops a running search; the field keeps its text, the filter stays as it was.
    void stopSearch();
    void showSearchRunning(bool running);
    void pushExpression();
    void showExpressionState();
    void editTerm(const QString& term);
    void fillSavedMenu();
    void saveCurrentFilter();
    void manageSavedFilters();
    void syncControls(const Filter& filter);
    void updateCount();
    void emitCurrent();
    void fitColumns();
    void showUnjoinedHits();
    void syncUnjoinedButton(const Filter& filter);

    std::unique_ptr<Ui::RequestsPanel> m_ui;
    FilterStack* m_filters;
    RequestTableModel* m_model;
    QTimer* m_searchDelay;
    SearchJob* m_searchJob;
    QMenu* m_savedMenu;
    QAction* m_filterSyntaxAction;
    std::vector<std::pair<QAbstractButton*, QuickFilter>> m_quickButtons;
    std::uint32_t m_currentRequest = ~std::uint32_t{0};
    // The expression text last applied and the filter it made.
    QString m_appliedExpression;
    std::optional<Filter> m_appliedFilter;
    std::shared_ptr<const Analysis> m_columnsFittedFor;
    // The last search's lines without a request, for the button beside the search field.
    struct UnjoinedHits {
        std::shared_ptr<const Analysis> analysis;
        std::string text;
        std::vector<RawHit> hits;
        std::uint64_t total = 0;
    } m_unjoined;
};

} // namespace rs
