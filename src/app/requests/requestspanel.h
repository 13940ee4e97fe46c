#pragma once

#include "app/filter/viewdata.h"

#include <QWidget>

#include <memory>

class QAbstractButton;
class QTableView;
class QTimer;

namespace Ui {
class RequestsPanel;
}

namespace rs {

class FilterStack;
class RequestTableModel;
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

Q_SIGNALS:
    // The current request changed: its row in incident.tables.requests, or nothing.
    void currentRequestChanged(std::shared_ptr<const rs::Analysis> analysis, std::uint32_t row);
    void currentRequestCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setExpressionToolTip();
    void pushSearch();
    void pushExpression();
    void syncControls(const Filter& filter);
    void updateCount();
    void emitCurrent();

    std::unique_ptr<Ui::RequestsPanel> m_ui;
    FilterStack* m_filters;
    RequestTableModel* m_model;
    QTimer* m_searchDelay;
    std::vector<std::pair<QAbstractButton*, QuickFilter>> m_quickButtons;
    std::uint32_t m_currentRequest = ~std::uint32_t{0};
};

} // namespace rs
