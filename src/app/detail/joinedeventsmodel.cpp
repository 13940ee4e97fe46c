#include "app/detail/joinedeventsmodel.h"

#include "app/safetext.h"
#include "core/util/timeparse.h"

namespace rs {

JoinedEventsModel::JoinedEventsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void JoinedEventsModel::setEvents(std::vector<JoinedEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int JoinedEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int JoinedEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JoinedEventsModel::text(const JoinedEvent& e, int column)
{
    switch (column) {
    case Time:
        return QString::fromStdString(formatTimeUtc(e.time));
    case Router:
        return e.router;
    case Reason:
        return e.reason == JoinReason::Attempt ? tr("attempt %1").arg(e.attempt) : joinReasonTitle(e.reason);
    case Message:
        return e.message;
    case Endpoint:
        return e.endpoint;
    case Error:
        return e.error;
    default:
        return {};
    }
}

QVariant JoinedEventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JoinedEvent& event = m_events[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(event, index.column());
    case Qt::ToolTipRole:
        return plainToolTip(text(event, index.column()));
    default:
        return {};
    }
}

QVariant JoinedEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Router:
        return tr("Router");
    case Reason:
        return tr("Joined as");
    case Message:
        return tr("Message");
    case Endpoint:
        return tr("Endpoint / peer");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace rs
