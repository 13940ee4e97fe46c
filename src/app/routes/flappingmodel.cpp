#include "app/routes/flappingmodel.h"

#include "app/routes/backendrole.h"
#include "core/util/timeparse.h"

namespace rs {

FlappingModel::FlappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FlappingModel::setFlapping(const Incident& incident, std::vector<Flapping> flapping)
{
    beginResetModel();
    m_rows = std::move(flapping);
    m_routerNames.clear();
    for (const Flapping& f : m_rows)
        m_routerNames.push_back(QString::fromStdString(incident.identity(f.router).display));
    endResetModel();
}

int FlappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FlappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t row = static_cast<std::size_t>(index.row());
    const Flapping& f = m_rows[row];
    if (role == BackendAddressRole)
        return QString::fromStdString(f.address);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Prunes || index.column() == Registrations
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Router:
        return m_routerNames[row];
    case Route:
        return QString::fromStdString(f.route);
    case Address:
        return QString::fromStdString(f.address);
    case Prunes:
        return f.prunes;
    case Registrations:
        return f.registrations;
    case First:
        return QString::fromStdString(formatTimeUtc(f.first));
    case Last:
        return QString::fromStdString(formatTimeUtc(f.last));
    default:
        return {};
    }
}

QVariant FlappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Router:
        return tr("Router");
    case Route:
        return tr("Route");
    case Address:
        return tr("Address");
    case Prunes:
        return tr("Prunes");
    case Registrations:
        return tr("Registrations");
    case First:
        return tr("First (UTC)");
    case Last:
        return tr("Last (UTC)");
    default:
        return {};
    }
}

} // namespace rs
