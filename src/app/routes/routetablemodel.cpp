#include "app/routes/routetablemodel.h"

#include "app/routes/backendrole.h"
#include "app/safetext.h"
#include "core/util/timeparse.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <map>

namespace rs {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

bool contains(const std::string& haystack, const QString& needle)
{
    return qs(haystack).contains(needle, Qt::CaseInsensitive);
}

// "09:11:01" of a time, "?" without one: the date is the table's, shown above it.
QString clockText(TimeNs t)
{
    const std::string text = formatTimeUtc(t);
    return text.size() >= 19 ? QString::fromStdString(text.substr(11, 8)) : QStringLiteral("?");
}

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace

QString staleReasonTitle(StaleReason reason)
{
    switch (reason) {
    case StaleReason::AddressReused:
        return RouteTableModel::tr("Address reused");
    case StaleReason::PortMismatch:
        return RouteTableModel::tr("Port mismatch");
    case StaleReason::InstanceMissing:
        return RouteTableModel::tr("Instance missing");
    case StaleReason::InstanceIdMismatch:
        return RouteTableModel::tr("Instance id mismatch");
    }
    return {};
}

RouteTableModel::RouteTableModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void RouteTableModel::setTable(std::vector<MarkedEndpoint> table)
{
    beginResetModel();
    m_table.clear();
    m_stale.clear();
    m_marks.clear();
    m_staleMark.assign(table.size(), -1);
    for (MarkedEndpoint& m : table) {
        m_table.push_back(std::move(m.endpoint));
        m_stale.push_back(std::move(m.stale));
    }
    for (std::size_t i = 0; i < m_table.size(); ++i) {
        const auto& mark = m_stale[i];
        if (!mark)
            continue;
        QString reason = staleReasonTitle(mark->reason);
        if (mark->confidence == Confidence::Likely)
            reason = tr("%1 (likely)").arg(reason);
        const QString since = QString::fromStdString(formatTimeUtc(mark->since));
        QString note;
        switch (mark->reason) {
        case StaleReason::AddressReused:
            note = tr("%1 since %2: the address now belongs to %3 (instance %4); requests for this route "
                      "reach that app")
                       .arg(reason, since,
                            mark->ownerAppName.empty() ? tr("another app") : qs(mark->ownerAppName),
                            qs(mark->ownerInstanceId.substr(0, 8)));
            break;
        case StaleReason::PortMismatch:
            note = tr("%1 since %2: the endpoint's instance runs, but on other ports").arg(reason, since);
            break;
        case StaleReason::InstanceMissing:
            note = tr("%1 since %2: the endpoint's instance had stopped (cell logs, other routers, LRPs)")
                       .arg(reason, since);
            break;
        case StaleReason::InstanceIdMismatch:
            note = tr("%1 since %2").arg(reason, since);
            break;
        }
        m_staleMark[i] = static_cast<int>(m_marks.size());
        m_marks.push_back({reason, note});
    }

    m_routes.clear();
    for (std::size_t i = 0; i < m_table.size(); ++i) {
        if (m_routes.empty() || m_table[m_routes.back().begin].route != m_table[i].route)
            m_routes.push_back({i, i, 0});
        RouteRange& route = m_routes.back();
        route.end = i + 1;
        if (m_staleMark[i] >= 0)
            ++route.stale;
    }
    rebuildVisible();
    endResetModel();
}

void RouteTableModel::setFailures(const std::vector<KeyCount>& backends)
{
    m_failures.clear();
    for (const KeyCount& k : backends)
        m_failures[k.key] = k.total;
    if (m_visible.empty())
        return;
    const int last = static_cast<int>(m_visible.size()) - 1;
    Q_EMIT dataChanged(index(0, Failures), index(last, Failures));
    for (int r = 0; r <= last; ++r) {
        const QModelIndex route = index(r, 0);
        const int children = rowCount(route);
        if (children > 0)
            Q_EMIT dataChanged(index(0, Name, route), index(children - 1, Failures, route));
    }
}

void RouteTableModel::setTextFilter(const QString& text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    rebuildVisible();
    endResetModel();
}

void RouteTableModel::rebuildVisible()
{
    m_visible.clear();
    for (std::size_t r = 0; r < m_routes.size(); ++r) {
        const RouteRange& route = m_routes[r];
        bool shown = m_filter.isEmpty() || contains(m_table[route.begin].route, m_filter);
        for (std::size_t i = route.begin; !shown && i < route.end; ++i) {
            const TableEndpoint& e = m_table[i];
            shown = contains(e.address, m_filter) || contains(e.instanceId, m_filter) ||
                    contains(e.appId, m_filter) || contains(e.appName, m_filter);
        }
        if (shown)
            m_visible.push_back(static_cast<std::uint32_t>(r));
    }
}

// Endpoint indexes carry their route's visible row + 1; route indexes carry 0.
QModelIndex RouteTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_visible.size()))
            return {};
        return createIndex(row, column, quintptr{0});
    }
    const RouteRange* route = routeOf(parent);
    if (!route || parent.internalId() != 0 || row >= static_cast<int>(route->end - route->begin))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex RouteTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr{0});
}

int RouteTableModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_visible.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const RouteRange* route = routeOf(parent);
    return route ? static_cast<int>(route->end - route->begin) : 0;
}

int RouteTableModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const RouteTableModel::RouteRange* RouteTableModel::routeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const std::size_t visibleRow = index.internalId() == 0 ? static_cast<std::size_t>(index.row())
                                                           : static_cast<std::size_t>(index.internalId() - 1);
    return visibleRow < m_visible.size() ? &m_routes[m_visible[visibleRow]] : nullptr;
}

const TableEndpoint* RouteTableModel::endpoint(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const RouteRange* route = routeOf(index);
    return route ? &m_table[route->begin + static_cast<std::size_t>(index.row())] : nullptr;
}

QString RouteTableModel::staleReason(const QModelIndex& index) const
{
    const TableEndpoint* e = endpoint(index);
    if (!e)
        return {};
    const int mark = m_staleMark[static_cast<std::size_t>(e - m_table.data())];
    return mark >= 0 ? m_marks[static_cast<std::size_t>(mark)].reason : QString();
}

const StaleMark* RouteTableModel::staleMark(const QModelIndex& index) const
{
    const TableEndpoint* e = endpoint(index);
    if (!e)
        return nullptr;
    const auto& mark = m_stale[static_cast<std::size_t>(e - m_table.data())];
    return mark ? &*mark : nullptr;
}

std::uint64_t RouteTableModel::failuresOf(const TableEndpoint& endpoint) const
{
    const auto it = m_failures.find(endpoint.address);
    return it == m_failures.end() ? 0 : it->second;
}

QVariant RouteTableModel::data(const QModelIndex& index, int role) const
{
    const RouteRange* route = routeOf(index);
    if (!route)
        return {};
    if (index.internalId() == 0)
        return routeData(*route, index.column(), role);
    return endpointData(route->begin + static_cast<std::size_t>(index.row()), index.column(), role);
}

QVariant RouteTableModel::routeData(const RouteRange& route, int column, int role) const
{
    std::uint64_t failures = 0;
    for (std::size_t i = route.begin; i < route.end; ++i)
        failures += failuresOf(m_table[i]);
    const int endpoints = static_cast<int>(route.end - route.begin);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return qs(m_table[route.begin].route);
        case InstanceId:
            return tr("%n endpoint(s)", "", endpoints);
        case Stale:
            return route.stale > 0 ? tr("%n stale", "", route.stale) : QString();
        case Failures:
            return failures > 0 ? QVariant(static_cast<qulonglong>(failures)) : QVariant();
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == Name && route.stale > 0 ? QVariant(warningIcon()) : QVariant();
    case Qt::ToolTipRole:
        if (column == Stale && route.stale > 0)
            return tr("%n endpoint(s) of this route look stale", "", route.stale);
        if (column == Failures && failures > 0)
            return tr("Failed requests to this route's endpoints in the current view");
        return {};
    case Qt::TextAlignmentRole:
        return column == Failures ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RouteTableModel::endpointData(std::size_t row, int column, int role) const
{
    const TableEndpoint& e = m_table[row];
    const int mark = m_staleMark[row];
    const std::uint64_t failures = failuresOf(e);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return qs(e.address);
        case InstanceId:
            return qs(e.instanceId);
        case AppId:
            return e.appName.empty() ? qs(e.appId) : qs(e.appName);
        case Tls:
            return e.tls == Tri::True ? tr("yes") : e.tls == Tri::False ? tr("no") : QString();
        case Ttl:
            return e.ttl > 0 ? QVariant(e.ttl) : QVariant();
        case RegisteredSince:
            return qs(formatTimeUtc(e.registeredSince));
        case DecidedBy:
            return e.fromDump ? tr("dump") : tr("event");
        case Stale:
            return mark >= 0 ? tr("%1 since %2")
                                   .arg(m_marks[static_cast<std::size_t>(mark)].reason,
                                        clockText(m_stale[row]->since))
                             : QString();
        case Failures:
            return failures > 0 ? QVariant(static_cast<qulonglong>(failures)) : QVariant();
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == Name && mark >= 0 ? QVariant(warningIcon()) : QVariant();
    case Qt::ToolTipRole:
        if (mark >= 0 && (column == Name || column == Stale))
            return plainToolTip(m_marks[static_cast<std::size_t>(mark)].note);
        if (column == AppId && !e.appId.empty())
            return plainToolTip(tr("App id %1").arg(qs(e.appId)));
        if (column == DecidedBy)
            return e.fromDump
                       ? tr("A route-table dump decided that the endpoint was registered")
                       : tr("A registration or removal event decided that the endpoint was registered");
        if (column == Failures && failures > 0)
            return tr("Failed requests to this backend in the current view (double-click to filter)");
        return {};
    case Qt::FontRole:
        if (column == Failures && failures > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Failures || column == Ttl ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case BackendAddressRole:
        return qs(e.address);
    default:
        return {};
    }
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DecidedBy)
        return tr("Whether a dump or a registration event decided the endpoint's presence at this time");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Route / address");
    case InstanceId:
        return tr("Instance id");
    case AppId:
        return tr("App");
    case Tls:
        return tr("TLS");
    case Ttl:
        return tr("TTL");
    case RegisteredSince:
        return tr("Registered since (UTC)");
    case DecidedBy:
        return tr("Decided by");
    case Stale:
        return tr("Stale");
    case Failures:
        return tr("Failures");
    default:
        return {};
    }
}

} // namespace rs
