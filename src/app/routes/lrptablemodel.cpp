#include "app/routes/lrptablemodel.h"

#include "app/routes/backendrole.h"
#include "core/util/timeparse.h"

#include <limits>

namespace rs {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString hostPort(const std::string& host, std::uint32_t port)
{
    return QStringLiteral("%1:%2").arg(qs(host)).arg(port);
}

QString portsText(const LrpRow& row)
{
    QStringList parts;
    for (const LrpPort& p : row.ports) {
        QString part = LrpTableModel::tr("%1→%2").arg(p.containerPort).arg(p.hostPort);
        if (p.hostTlsProxyPort)
            part += LrpTableModel::tr(" (TLS %1→%2)").arg(p.containerTlsProxyPort).arg(p.hostTlsProxyPort);
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QStringList lrpBackendAddresses(const LrpRow& row)
{
    QStringList out;
    for (const LrpPort& p : row.ports)
        if (!row.address.empty() && p.hostPort)
            out << hostPort(row.address, p.hostPort);
    for (const LrpPort& p : row.ports)
        if (!row.address.empty() && p.hostTlsProxyPort)
            out << hostPort(row.address, p.hostTlsProxyPort);
    for (const LrpPort& p : row.ports)
        for (const std::uint32_t port : {p.containerPort, p.containerTlsProxyPort})
            if (!row.instanceAddress.empty() && port)
                out << hostPort(row.instanceAddress, port);
    out.removeDuplicates();
    return out;
}

int nearestLrpSnapshot(const std::vector<LrpSnapshot>& snapshots, TimeNs at, TimeNs undated)
{
    int best = -1;
    TimeNs bestDistance = std::numeric_limits<TimeNs>::max();
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        const TimeNs taken = snapshots[i].takenAt != kNoTime ? snapshots[i].takenAt : undated;
        const TimeNs distance = taken == kNoTime || at == kNoTime ? std::numeric_limits<TimeNs>::max() - 1
                                                                  : (taken > at ? taken - at : at - taken);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

int nearestCapture(const std::vector<CaptureTime>& captures, TimeNs at)
{
    int best = -1;
    TimeNs bestDistance = std::numeric_limits<TimeNs>::max();
    for (std::size_t i = 0; i < captures.size(); ++i) {
        const TimeNs taken = captures[i].at;
        const TimeNs distance = taken == kNoTime || at == kNoTime ? std::numeric_limits<TimeNs>::max() - 1
                                                                  : (taken > at ? taken - at : at - taken);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

LrpTableModel::LrpTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LrpTableModel::setRows(std::vector<LrpRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const LrpRow* LrpTableModel::row(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index.row())];
}

int LrpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LrpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LrpTableModel::data(const QModelIndex& index, int role) const
{
    const LrpRow* r = row(index);
    if (!r)
        return {};
    if (role == BackendAddressRole) {
        const QStringList addresses = lrpBackendAddresses(*r);
        return addresses.isEmpty() ? QString() : addresses.front();
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Index || index.column() == CrashCount
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProcessGuid:
        return qs(r->processGuid);
    case Index:
        return r->index >= 0 ? QVariant(r->index) : QVariant();
    case InstanceGuid:
        return qs(r->instanceGuid);
    case Cell:
        return qs(r->cellId);
    case Address:
        return qs(r->address);
    case InstanceAddress:
        return qs(r->instanceAddress);
    case Ports:
        return portsText(*r);
    case State:
        return r->evacuating ? tr("%1 (evacuating)").arg(qs(r->state)) : qs(r->state);
    case Since:
        return qs(formatTimeUtc(r->since));
    case CrashCount:
        return r->crashCount > 0 ? QVariant(r->crashCount) : QVariant();
    case CrashReason:
        return qs(r->crashReason);
    default:
        return {};
    }
}

QVariant LrpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProcessGuid:
        return tr("Process guid");
    case Index:
        return tr("Index");
    case InstanceGuid:
        return tr("Instance guid");
    case Cell:
        return tr("Cell");
    case Address:
        return tr("Address");
    case InstanceAddress:
        return tr("Instance address");
    case Ports:
        return tr("Ports (container→host)");
    case State:
        return tr("State");
    case Since:
        return tr("Since (UTC)");
    case CrashCount:
        return tr("Crashes");
    case CrashReason:
        return tr("Crash reason");
    default:
        return {};
    }
}

} // namespace rs
