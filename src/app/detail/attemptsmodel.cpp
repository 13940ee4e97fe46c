#include "app/detail/attemptsmodel.h"

#include "app/safetext.h"
#include "core/diagnosis/explanations.h"
#include "core/util/timeparse.h"

namespace rs {
namespace {

QString triText(Tri value)
{
    switch (value) {
    case Tri::True:
        return AttemptsModel::tr("yes");
    case Tri::False:
        return AttemptsModel::tr("no");
    case Tri::Unknown:
        break;
    }
    return {};
}

QString durationText(DurationNs d)
{
    return d < 0 ? QString()
                 : AttemptsModel::tr("%1 s").arg(QString::fromStdString(formatDurationSeconds(d)));
}

} // namespace

AttemptsModel::AttemptsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AttemptsModel::setAttempts(std::vector<AttemptInfo> attempts)
{
    beginResetModel();
    m_attempts = std::move(attempts);
    endResetModel();
}

int AttemptsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attempts.size());
}

int AttemptsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttemptsModel::text(const AttemptInfo& a, int column) const
{
    switch (column) {
    case Number:
        return QString::number(a.number);
    case JoinedBy:
        return a.joinedByTime ? tr("time (uncertain)") : tr("request id");
    case Time:
        return QString::fromStdString(formatTimeUtc(a.time));
    case Endpoint:
        return a.endpoint;
    case Error:
        return a.error;
    case Class:
        return classTitle(a.errorClass);
    case Retriable:
        return triText(a.retriable);
    case ConnReused:
        return triText(a.connReused);
    case GotConnection:
        return triText(a.gotConnection);
    case WroteHeaders:
        return triText(a.wroteHeaders);
    case DnsTime:
        return durationText(a.dnsTime);
    case DialTime:
        return durationText(a.dialTime);
    case TlsTime:
        return durationText(a.tlsTime);
    default:
        return {};
    }
}

QVariant AttemptsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttemptInfo& attempt = m_attempts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(attempt, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Class)
            return plainToolTip(classExplanation(attempt.errorClass));
        return plainToolTip(text(attempt, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Number || index.column() >= DnsTime
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant AttemptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Retriable)
        return tr("Whether Gorouter may retry this failure on another endpoint");
    if (role == Qt::ToolTipRole && section == JoinedBy)
        return tr("How the event was found to belong to this request: by its request id, or (events "
                  "without one) by router, backend and time, which may be wrong");
    if (role == Qt::ToolTipRole && section == ConnReused)
        return tr("Whether the attempt used a kept-alive connection (keep-alive races fail on these)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case JoinedBy:
        return tr("Joined by");
    case Time:
        return tr("Time (UTC)");
    case Endpoint:
        return tr("Endpoint");
    case Error:
        return tr("Error");
    case Class:
        return tr("Class");
    case Retriable:
        return tr("Retriable");
    case ConnReused:
        return tr("Conn. reused");
    case GotConnection:
        return tr("Got conn.");
    case WroteHeaders:
        return tr("Wrote headers");
    case DnsTime:
        return tr("DNS");
    case DialTime:
        return tr("Dial");
    case TlsTime:
        return tr("TLS");
    default:
        return {};
    }
}

} // namespace rs
