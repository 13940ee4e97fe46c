#pragma once

#include "app/filter/viewdata.h"
#include "app/requests/requestcolumns.h"
#include "core/formats/accesslog.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <array>
#include <atomic>
#include <memory>
#include <span>
#include <vector>

namespace rs {

// The selected requests of the current filter, straight from the columns. The model owns its
// row index (Wireshark's packet list): a vector of request rows in display order. Sorting
// computes a whole-table order per column once, in the background; every later filter change
// only walks that order, so a filter over ten million requests re-orders in one pass.
class RequestTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit RequestTableModel(QObject* parent = nullptr);
    ~RequestTableModel() override;

    void setViewData(std::shared_ptr<const ViewData> data);
    std::shared_ptr<const ViewData> viewData() const { return m_data; }

    // The request row (in incident.tables.requests) shown at `modelRow`.
    std::uint32_t requestRow(int modelRow) const { return m_rows[static_cast<std::size_t>(modelRow)]; }
    // The model row showing `requestRow`, or -1.
    int modelRowOf(std::uint32_t requestRow) const;

    int sortColumn() const { return static_cast<int>(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorting() const { return m_sortPending; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Emitted when a background sort starts and when its order is applied.
    void sortingChanged(bool sorting);

private:
    using Order = std::shared_ptr<const std::vector<std::uint32_t>>;
    void applyOrder();
    void requestOrder(RequestColumn column);
    QString text(std::uint32_t row, RequestColumn column) const;
    // The load-balancer row joined to a request, kNoLbRow if none; its tooltip text.
    std::uint32_t lbRowOf(std::uint32_t row) const;
    QString lbToolTip(std::uint32_t row) const;

    std::shared_ptr<const ViewData> m_data;
    // The display order: the selection itself until its order is known, the whole order when every
    // row is selected in ascending order, else a copy. Ten million rows are not copied to be shown.
    std::span<const std::uint32_t> m_rows;
    std::shared_ptr<const void> m_rowsOwner; // keeps what m_rows views alive until the next reset
    // URIs are parsed again for the rows on screen; the parser keeps its buffers between rows.
    mutable AccessLogParser m_parser;
    mutable AccessRecord m_record;
    RequestColumn m_sortColumn = RequestColumn::Time;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_sortPending = false;
    // The incident is one UTC day: the header names the date, the cells the time of day.
    bool m_dateInHeader = false;
    std::shared_ptr<const Analysis> m_headerFor;
    // Whole-table orders of the current analysis, by column; null until computed.
    std::shared_ptr<const Analysis> m_ordersFor;
    std::array<Order, kRequestColumnCount> m_orders{};
    std::shared_ptr<std::atomic<bool>> m_cancelOrder;
    QThreadPool m_pool; // last member: destroyed (and waited for) first
};

} // namespace rs
