#include "app/routes/routediffmodel.h"

#include "app/routes/backendrole.h"
#include "app/safetext.h"

namespace rs {

namespace {

QString routerNames(const Incident& incident, const std::vector<IdentityIndex>& routers)
{
    QStringList names;
    for (const IdentityIndex r : routers)
        names << QString::fromStdString(incident.identity(r).display);
    return names.join(QStringLiteral(", "));
}

} // namespace

RouteDiffModel::RouteDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RouteDiffModel::setDiffs(const Incident& incident, const std::vector<RouterDiffEntry>& diffs)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(diffs.size());
    for (const RouterDiffEntry& d : diffs)
        m_rows.push_back({QString::fromStdString(d.route), QString::fromStdString(d.address),
                          QString::fromStdString(d.instanceId), routerNames(incident, d.presentOn),
                          routerNames(incident, d.absentOn)});
    endResetModel();
}

int RouteDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RouteDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == BackendAddressRole)
        return row.address;
    if (role == Qt::ToolTipRole && (index.column() == PresentOn || index.column() == AbsentOn))
        return plainToolTip(index.column() == PresentOn ? row.presentOn : row.absentOn);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Route:
        return row.route;
    case Address:
        return row.address;
    case InstanceId:
        return row.instanceId;
    case PresentOn:
        return row.presentOn;
    case AbsentOn:
        return row.absentOn;
    default:
        return {};
    }
}

QVariant RouteDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Route:
        return tr("Route");
    case Address:
        return tr("Address");
    case InstanceId:
        return tr("Instance id");
    case PresentOn:
        return tr("Present on");
    case AbsentOn:
        return tr("Absent on");
    default:
        return {};
    }
}

} // namespace rs
