#include "app/requests/requesttablemodel.h"

#include "app/displaytime.h"
#include "app/requests/requestorder.h"
#include "core/diagnosis/explanations.h"
#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"
#include "core/util/textescape.h"
#include "core/util/threadpriority.h"
#include "core/util/timeparse.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace rs {
namespace {

QString fromLog(std::string_view text)
{
    const std::string escaped = escapeForDisplay(text, 4096);
    return QString::fromUtf8(escaped.data(), static_cast<qsizetype>(escaped.size()));
}

QString fromId(std::string_view id)
{
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

bool isNumeric(RequestColumn column)
{
    return column == RequestColumn::Status || column == RequestColumn::ResponseTime ||
           column == RequestColumn::Attempts;
}

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

RequestTableModel::RequestTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(1);
}

RequestTableModel::~RequestTableModel()
{
    if (m_cancelOrder)
        m_cancelOrder->store(true);
    m_pool.waitForDone();
}

void RequestTableModel::setViewData(std::shared_ptr<const ViewData> data)
{
    if (data && data->analysis != m_ordersFor) {
        if (m_cancelOrder)
            m_cancelOrder->store(true);
        m_orders = {};
        m_ordersFor = data->analysis;
    }
    m_data = std::move(data);
    const bool dateInHeader = m_data && sameUtcDay(m_data->incident().begin, m_data->incident().end);
    const bool headerChanged = dateInHeader != m_dateInHeader || (m_data && m_data->analysis != m_headerFor);
    m_dateInHeader = dateInHeader;
    m_headerFor = m_data ? m_data->analysis : nullptr;
    applyOrder();
    if (headerChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, kRequestColumnCount - 1);
}

void RequestTableModel::applyOrder()
{
    // Views may read the old rows until the reset begins: they stay alive until then.
    beginResetModel();
    m_rows = {};
    m_rowsOwner.reset();
    if (m_data) {
        const Order& order = m_orders[static_cast<std::size_t>(m_sortColumn)];
        const std::vector<std::uint32_t>& selected = m_data->selection.rows;
        if (!order) {
            // Until the order is known the rows show as imported; the sort arrives shortly.
            m_rows = selected;
            m_rowsOwner = m_data;
            requestOrder(m_sortColumn);
        } else if (selected.size() == order->size() && m_sortOrder == Qt::AscendingOrder) {
            m_rows = *order;
            m_rowsOwner = order;
        } else {
            auto ordered = std::make_shared<const std::vector<std::uint32_t>>(
                orderSelection(*order, selected, m_sortOrder == Qt::DescendingOrder));
            m_rows = *ordered;
            m_rowsOwner = std::move(ordered);
        }
    }
    endResetModel();
}

void RequestTableModel::requestOrder(RequestColumn column)
{
    if (!m_ordersFor || m_sortPending)
        return;
    m_sortPending = true;
    Q_EMIT sortingChanged(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelOrder = cancel;
    RequestTableModel* self = this; // the destructor waits for the pool
    m_pool.start([self, cancel, column, analysis = m_ordersFor] {
        lowerThisThreadPriority(); // the window first: the rows show as imported meanwhile
        Order order = sortedRows(*analysis, column, cancel.get());
        QMetaObject::invokeMethod(
            self,
            [self, cancel, column, analysis, order = std::move(order)] {
                self->m_sortPending = false;
                if (!cancel->load() && order && analysis == self->m_ordersFor)
                    self->m_orders[static_cast<std::size_t>(column)] = order;
                Q_EMIT self->sortingChanged(false);
                // The wanted column may have changed meanwhile; applyOrder asks again if so.
                if (self->m_data && self->m_data->analysis == self->m_ordersFor)
                    self->applyOrder();
            },
            Qt::QueuedConnection);
    });
}

void RequestTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kRequestColumnCount)
        return;
    const auto wanted = static_cast<RequestColumn>(column);
    if (wanted == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = wanted;
    m_sortOrder = order;
    if (m_orders[static_cast<std::size_t>(wanted)] || !m_data) {
        applyOrder();
        return;
    }
    // Keep showing the old order while the new one is computed.
    requestOrder(wanted);
}

int RequestTableModel::modelRowOf(std::uint32_t requestRow) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), requestRow);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // Qt views index rows with int; beyond that the table shows the first 2^31-1 requests.
    return static_cast<int>(std::min<std::size_t>(m_rows.size(), std::numeric_limits<int>::max()));
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kRequestColumnCount;
}

QString RequestTableModel::text(std::uint32_t row, RequestColumn column) const
{
    const Analysis& analysis = *m_data->analysis;
    const Incident& incident = *analysis.incident;
    const RequestTable& t = incident.tables.requests;
    const Diagnosis& d = analysis.diagnosis;
    switch (column) {
    case RequestColumn::Time:
        // Milliseconds fit the column; the date is in the header when the incident is one day.
        return m_dateInHeader ? timeOfDayMs(t.start[row]) : dateTimeMs(t.start[row]);
    case RequestColumn::Router:
        return fromLog(incident.identity(t.identity[row]).display);
    case RequestColumn::Method:
        return fromLog(incident.str(t.method[row]));
    case RequestColumn::Host:
        return fromLog(incident.str(t.host[row]));
    case RequestColumn::Uri: {
        // Not stored: parsed again from the line, only for the rows on screen.
        const RawLine line = incident.rawLine(t.source, row); // the record points into it
        if (m_parser.parse(unwrap(line.view()).payload, m_record).has_value())

            return QStringLiteral("-");
        return fromLog(m_record.uri);
    }
    case RequestColumn::Status:
        return t.status[row] == 0 ? QStringLiteral("-") : QString::number(t.status[row]);
    case RequestColumn::LbStatus: {
        const std::uint32_t l = lbRowOf(row);
        if (l == kNoLbRow)
            return {};
        const LbTable& lb = incident.tables.lb;
        const QString lbStatus = lb.status[l] == 0 ? QStringLiteral("-") : QString::number(lb.status[l]);
        const QString target =
            lb.targetStatus[l] == kNoTargetStatus ? QStringLiteral("-") : QString::number(lb.targetStatus[l]);
        return lbStatus + QLatin1Char('/') + target;
    }
    case RequestColumn::ErrorClass:
        return row < d.size() ? fromId(errorClassId(d.errorClass[row])) : QString();
    case RequestColumn::Source:
        return row < d.size() ? fromId(sourceId(d.source[row])) : QString();
    case RequestColumn::Backend:
        return fromLog(incident.str(t.backend[row]));
    case RequestColumn::Attempts: {
        const int failed = row < d.size() ? d.attemptsCount[row] : 0;
        const int logged = t.failedAttempts[row];
        // Gorouter's own count when it logs one; the joined attempts otherwise.
        return QString::number(logged >= 0 ? logged : failed);
    }
    case RequestColumn::Tried: {
        // The backends of the failed attempts, each once, in the order they were tried.
        if (row >= d.size())
            return {};
        const RouterEventTable& events = incident.tables.events;
        std::vector<StringPool::Id> seen;
        QStringList tried;
        for (std::uint32_t i = 0; i < d.attemptsCount[row]; ++i) {
            const StringPool::Id endpoint = events.endpoint[d.attemptEvents[d.attemptsBegin[row] + i]];
            if (endpoint == 0 || std::find(seen.begin(), seen.end(), endpoint) != seen.end())
                continue;
            seen.push_back(endpoint);
            tried.push_back(fromLog(incident.str(endpoint)));
        }
        return tried.join(QStringLiteral(", "));
    }
    case RequestColumn::ResponseTime:
        return t.responseTime[row] < 0
                   ? QStringLiteral("-")
                   : QString::number(static_cast<double>(t.responseTime[row]) / 1e9, 'f', 3);
    case RequestColumn::RouterError:
        return fromLog(incident.str(t.routerError[row]));
    case RequestColumn::RequestId:
        return fromLog(incident.requestIdText(t.requestId[row]));
    case RequestColumn::Count:
        break;
    }
    return {};
}

std::uint32_t RequestTableModel::lbRowOf(std::uint32_t row) const
{
    const Analysis& analysis = *m_data->analysis;
    const auto& lbOf = analysis.diagnosis.lb.lbOfRequest;
    if (row >= lbOf.size() || lbOf[row] >= analysis.incident->tables.lb.size())
        return kNoLbRow;
    return lbOf[row];
}

QString RequestTableModel::lbToolTip(std::uint32_t row) const
{
    const std::uint32_t l = lbRowOf(row);
    if (l == kNoLbRow)
        return tr("No load-balancer line was joined to this request");
    const Incident& incident = *m_data->analysis->incident;
    const LbTable& lb = incident.tables.lb;
    const QString lbStatus = lb.status[l] == 0 ? tr("nothing") : QString::number(lb.status[l]);
    const QString target =
        lb.targetStatus[l] == kNoTargetStatus ? tr("no response (-)") : QString::number(lb.targetStatus[l]);
    QString tip = tr("Load balancer (%1) sent the client %2; its target %3 answered %4")
                      .arg(QString::fromLatin1(lbKindId(lb.kind[l])), lbStatus,
                           fromLog(incident.str(lb.target[l])), target);
    if (const std::string_view termination = incident.str(lb.termination[l]); !termination.empty())
        tip += QLatin1Char('\n') + tr("Termination: %1").arg(fromLog(termination));
    return tip;
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_data || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const std::uint32_t row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<RequestColumn>(index.column());
    const Analysis& analysis = *m_data->analysis;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::UserRole:
        return QVariant::fromValue(row);
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == RequestColumn::Time)
            return fullTime(analysis.incident->tables.requests.start[row]);
        if (column == RequestColumn::Router || column == RequestColumn::Host ||
            column == RequestColumn::Uri || column == RequestColumn::Backend ||
            column == RequestColumn::Tried || column == RequestColumn::RouterError ||
            column == RequestColumn::RequestId)
            return text(row, column); // the whole text of a cell shown cut
        if (column == RequestColumn::ErrorClass && row < analysis.diagnosis.size())
            return classTitle(analysis.diagnosis.errorClass[row]);
        if (column == RequestColumn::Source && row < analysis.diagnosis.size())
            return sourceTitle(analysis.diagnosis.source[row]);
        if (column == RequestColumn::LbStatus)
            return lbToolTip(row);
        return {};
    case Qt::ForegroundRole: {
        if (column != RequestColumn::Status && column != RequestColumn::ErrorClass)
            return {};
        const int status = analysis.incident->tables.requests.status[row];
        const bool dark = darkPalette();
        if (status >= 500)
            return QBrush(dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc6, 0x28, 0x28));
        if (status >= 400)
            return QBrush(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5b, 0x00));
        return {};
    }
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kRequestColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<RequestColumn>(section);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case RequestColumn::ErrorClass:
            return tr("Why the request failed (or that it did not), as RouteScope classifies it");
        case RequestColumn::Source:
            return tr("Who most likely has to act: client, app or platform");
        case RequestColumn::Attempts:
            return tr("Failed attempts at backends before the final response");
        case RequestColumn::LbStatus:
            return tr("The load balancer's status for this request and the status it got from its target (a "
                      "router), as LB/target; “-” for none; empty when no load-balancer line was joined");
        case RequestColumn::Tried:
            return tr("The backends whose attempts failed before the final response (the final one is under "
                      "Backend)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case RequestColumn::Time:
        return m_dateInHeader ? tr("Start, %1 UTC").arg(dateOf(m_data->incident().begin)) : tr("Start (UTC)");
    case RequestColumn::Router:
        return tr("Router");
    case RequestColumn::Method:
        return tr("Method");
    case RequestColumn::Host:
        return tr("Host");
    case RequestColumn::Uri:
        return tr("URI");
    case RequestColumn::Status:
        return tr("Status");
    case RequestColumn::LbStatus:
        return tr("LB status");
    case RequestColumn::ErrorClass:
        return tr("Class");
    case RequestColumn::Source:
        return tr("Source");
    case RequestColumn::Backend:
        return tr("Backend");
    case RequestColumn::Attempts:
        return tr("Failed attempts");
    case RequestColumn::Tried:
        return tr("Backends tried");
    case RequestColumn::ResponseTime:
        return tr("Response (s)");
    case RequestColumn::RouterError:
        return tr("Router error");
    case RequestColumn::RequestId:
        return tr("vcap_request_id");
    case RequestColumn::Count:
        break;
    }
    return {};
}

} // namespace rs
