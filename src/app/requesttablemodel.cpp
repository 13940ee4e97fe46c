#include "app/requesttablemodel.h"

#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace rs {
namespace {
QString fromLog(std::string_view text)
{
    const std::string escaped = escapeForDisplay(text, 4096);
    return QString::fromUtf8(escaped.data(), static_cast<qsizetype>(escaped.size()));
}
} // namespace

RequestTableModel::RequestTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RequestTableModel::setIncident(std::shared_ptr<const Incident> incident)
{
    beginResetModel();
    m_incident = std::move(incident);
    endResetModel();
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_incident)
        return 0;
    // Qt views index rows with int; beyond that the table shows the first 2^31-1 requests.
    return static_cast<int>(
        std::min<std::size_t>(m_incident->tables.requests.size(), std::numeric_limits<int>::max()));
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestTableModel::text(std::size_t row, int column) const
{
    const Incident& incident = *m_incident;
    const RequestTable& t = incident.tables.requests;
    switch (column) {
    case Time:
        return QString::fromStdString(formatTimeUtc(t.start[row]));
    case Router:
        return fromLog(incident.identity(t.identity[row]).display);
    case Host:
        return fromLog(incident.str(t.host[row]));
    case Method:
        return fromLog(incident.str(t.method[row]));
    case Status:
        return t.status[row] == 0 ? QStringLiteral("-") : QString::number(t.status[row]);
    case Backend:
        return fromLog(incident.str(t.backend[row]));
    case ResponseTime:
        return t.responseTime[row] < 0
                   ? QStringLiteral("-")
                   : QString::number(static_cast<double>(t.responseTime[row]) / 1e9, 'f', 6);
    case RouterError:
        return fromLog(incident.str(t.routerError[row]));
    case RequestId:
        return fromLog(incident.requestIdText(t.requestId[row]));
    default:
        return {};
    }
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_incident || !index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (role == Qt::DisplayRole)
        return text(row, index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == ResponseTime))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        const int status = m_incident->tables.requests.status[row];
        if (status >= 500)
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        if (status >= 400)
            return QBrush(QColor(0xe6, 0x7e, 0x00));
    }
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Start (UTC)");
    case Router:
        return tr("Router");
    case Host:
        return tr("Host");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case Backend:
        return tr("Backend");
    case ResponseTime:
        return tr("Response time (s)");
    case RouterError:
        return tr("Router error");
    case RequestId:
        return tr("vcap_request_id");
    default:
        return {};
    }
}

} // namespace rs
