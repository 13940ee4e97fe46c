#pragma once

#include "core/diagnosis/routetable.h"
#include "core/diagnosis/staleroutes.h"
#include "core/query/aggregates.h"

#include <QAbstractItemModel>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rs {

// One router's replayed table as a tree: routes at the top level, their endpoints below.
// Endpoints that the route analyses call stale and backends that failed in the current view
// are marked. The model filters its own route index (route tables hold thousands of rows, a
// proxy would copy nothing useful).
class RouteTableModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // Name: the route on route rows, the address on endpoint rows.
    enum Column {
        Name,
        Stale, // the marks come first: they are what one looks for
        Failures,
        InstanceId,
        AppId,
        Tls,
        Ttl,
        RegisteredSince,
        DecidedBy,
        ColumnCount
    };

    explicit RouteTableModel(QObject* parent = nullptr);

    // `table` sorted by route then address (as markedTableAt returns it), each endpoint with
    // the stale mark valid at the table's time.
    void setTable(std::vector<MarkedEndpoint> table);
    // Failures per backend address (ViewData::backends).
    void setFailures(const std::vector<KeyCount>& backends);
    // Shows only routes whose name, or one of whose endpoints' address, instance id or app id,
    // contains `text` (case-insensitive).
    void setTextFilter(const QString& text);

    const std::vector<TableEndpoint>& table() const { return m_table; }
    // Null for route rows.
    const TableEndpoint* endpoint(const QModelIndex& index) const;
    // The stale reason of an endpoint row ("Address reused"), "" when it is not stale.
    QString staleReason(const QModelIndex& index) const;
    // The mark of an endpoint row, null when it is not stale.
    const StaleMark* staleMark(const QModelIndex& index) const;
    std::size_t visibleRouteCount() const { return m_visible.size(); }
    std::size_t routeCount() const { return m_routes.size(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RouteRange {
        std::size_t begin = 0, end = 0; // endpoints in m_table
        int stale = 0;
    };
    struct MarkText {
        QString reason, note;
    };

    void rebuildVisible();
    const RouteRange* routeOf(const QModelIndex& index) const;
    std::uint64_t failuresOf(const TableEndpoint& endpoint) const;
    QVariant routeData(const RouteRange& route, int column, int role) const;
    QVariant endpointData(std::size_t row, int column, int role) const;

    std::vector<TableEndpoint> m_table;
    std::vector<int> m_staleMark; // per endpoint: index into m_marks, -1 when not stale
    std::vector<MarkText> m_marks;
    std::vector<std::optional<StaleMark>> m_stale; // per endpoint
    std::vector<RouteRange> m_routes;
    std::vector<std::uint32_t> m_visible; // indices into m_routes
    std::unordered_map<std::string, std::uint64_t> m_failures;
    QString m_filter;
};

// "Address reused", "Port mismatch", … (translated).
QString staleReasonTitle(StaleReason reason);

} // namespace rs
