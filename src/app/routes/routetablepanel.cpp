#include "app/routes/routetablepanel.h"

#include "app/displaytime.h"
#include "app/filter/filterstack.h"
#include "app/language.h"
#include "app/routes/backendrole.h"
#include "app/routes/flappingmodel.h"
#include "app/routes/lrptablemodel.h"
#include "app/routes/routediffmodel.h"
#include "app/routes/routetablemodel.h"
#include "core/diagnosis/capturetime.h"
#include "core/diagnosis/endpointrequests.h"
#include "core/util/threadpriority.h"
#include "core/util/timeparse.h"
#include "ui_routetablepanel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMetaMethod>
#include <QSignalBlocker>

#include <algorithm>
#include <unordered_set>

namespace rs {

namespace {

constexpr TimeNs kNsPerMs = 1'000'000;
// Above this many endpoints the tree starts collapsed: expanding costs a layout pass per row.
constexpr std::size_t kExpandLimit = 20'000;

// Guids and router names are long: a column wider than this hides the ones after it.
constexpr int kMaxColumnWidth = 300;

// Sized from the first rows only (resizeContentsPrecision): cheap at any size.
void fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (table->columnWidth(c) > kMaxColumnWidth)
            table->setColumnWidth(c, kMaxColumnWidth);
}

QDateTime utcFromNs(TimeNs t)
{
    const TimeNs ms = t >= 0 ? t / kNsPerMs : -((-t + kNsPerMs - 1) / kNsPerMs);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The time a panel shows for a view: the end of the filter's range, else of the incident.
TimeNs defaultTime(const ViewData& data)
{
    const TimeNs to = data.viewTo();
    return to != kNoTime ? to - 1 : data.incident().end;
}

QString captureSourceText(CaptureSource source)
{
    switch (source) {
    case CaptureSource::RouterLogEnd:
        return RouteTablePanel::tr("time of the router's last log line before the bundle was collected");
    case CaptureSource::BundleName:
        return RouteTablePanel::tr("time in the bundle's name");
    case CaptureSource::FileTime:
        return RouteTablePanel::tr("the file's modification time");
    case CaptureSource::IncidentEnd:
        return RouteTablePanel::tr("undated: the end of the incident");
    }
    return {};
}

// The incident's span, widened to the dumps and LRP captures: support bundles are often
// collected a little after the last request, and those tables must be reachable.
std::pair<TimeNs, TimeNs> span(const Incident& incident, const CaptureTimes& captured)
{
    TimeNs from = incident.begin, to = incident.end;
    const auto widen = [&](TimeNs t) {
        if (t == kNoTime)
            return;
        from = from == kNoTime ? t : std::min(from, t);
        to = to == kNoTime ? t : std::max(to, t);
    };
    for (const CaptureTime& c : captured.routes)
        widen(c.at);
    for (const CaptureTime& c : captured.lrps)
        widen(c.at);
    return {from, to};
}

} // namespace

// The replay holds a reference into the incident: the analysis is kept alive with it.
struct RouteTablePanel::Replay {
    explicit Replay(std::shared_ptr<const Analysis> a)
        : analysis(std::move(a))
        , replay(*analysis->incident)
        , marks(*analysis->incident)
    {}
    std::shared_ptr<const Analysis> analysis;
    RouteTableReplay replay;
    StaleMarks marks;
};

RouteTablePanel::RouteTablePanel(FilterStack* filters, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RouteTablePanel>())
    , m_filters(filters)
    , m_routeModel(new RouteTableModel(this))
    , m_lrpModel(new LrpTableModel(this))
    , m_diffModel(new RouteDiffModel(this))
    , m_flappingModel(new FlappingModel(this))
{
    m_ui->setupUi(this);
    // One computation at a time: a time cursor dragged across the timeline asks for many
    // tables, and only the newest is worth finishing.
    m_pool.setMaxThreadCount(1);

    m_ui->timeEdit->setTimeSpec(Qt::UTC);
    m_ui->routeTree->setModel(m_routeModel);
    m_ui->lrpTable->setModel(m_lrpModel);
    m_ui->diffTable->setModel(m_diffModel);
    m_ui->flappingTable->setModel(m_flappingModel);
    for (QTableView* table : {m_ui->lrpTable, m_ui->diffTable, m_ui->flappingTable}) {
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->routeTree->header()->setStretchLastSection(false);
    // Rows of one height whatever their text: the views only lay out what they show.
    const int rowHeight = fontMetrics().height() + 6;
    for (QTableView* table : {m_ui->lrpTable, m_ui->diffTable, m_ui->flappingTable})
        table->verticalHeader()->setDefaultSectionSize(rowHeight);
    // The differences tab stacks two tables; with a scroll area's default minimum they asked more
    // height than a laptop screen gives the charts band, and the whole panel scrolled.
    for (QTableView* table : {m_ui->diffTable, m_ui->flappingTable})
        table->setMinimumHeight(rowHeight + 12);
    // The route filter sits beside the tabs, where the tab bar leaves room: on a laptop screen the
    // router and time selectors take the whole row above.
    auto* filterCorner = new QWidget(m_ui->tabs);
    auto* filterLayout = new QHBoxLayout(filterCorner);
    filterLayout->setContentsMargins(6, 0, 0, 2);
    filterLayout->addWidget(m_ui->filterLabel);
    filterLayout->addWidget(m_ui->routeFilterEdit, 1);
    m_ui->routeFilterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_ui->tabs->setCornerWidget(filterCorner, Qt::TopRightCorner);
    // The routes are what the panel is for; the LRPs beside them are a cross-check.
    m_ui->tableSplitter->setStretchFactor(0, 2);
    m_ui->tableSplitter->setStretchFactor(1, 1);

    connect(m_ui->routerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_routerName = m_ui->routerCombo->itemText(index).toStdString();
        requestTable();
    });
    connect(m_ui->timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& at) {
        m_time = at.toMSecsSinceEpoch() * kNsPerMs;
        requestTable();
    });
    connect(m_ui->routeFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_routeModel->setTextFilter(text.trimmed());
        restoreExpansion();
        updateStatus();
    });
    connect(m_ui->routeTree, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        if (!m_restoringExpansion)
            m_collapsedRoutes.insert(index.data().toString().toStdString());
    });
    connect(m_ui->routeTree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (!m_restoringExpansion)
            m_collapsedRoutes.erase(index.data().toString().toStdString());
    });
    // activated: a double-click, or Return on the current row, so the keyboard can filter too.
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_ui->routeTree), static_cast<QAbstractItemView*>(m_ui->lrpTable),
          static_cast<QAbstractItemView*>(m_ui->diffTable),
          static_cast<QAbstractItemView*>(m_ui->flappingTable)})
        connect(view, &QAbstractItemView::activated, this, &RouteTablePanel::filterToEndpoint);

    showEmpty(tr("No incident loaded"));
    m_ui->routerCombo->setEnabled(false);
    m_ui->timeEdit->setEnabled(false);
    updateDiffLabels();
}

RouteTablePanel::~RouteTablePanel()
{
    m_pool.waitForDone();
}

std::optional<IdentityIndex> RouteTablePanel::router() const
{
    const QVariant selected = m_ui->routerCombo->currentData();
    if (!m_replay || !selected.isValid())
        return std::nullopt;
    return selected.value<IdentityIndex>();
}

void RouteTablePanel::showEndpoint(IdentityIndex router, TimeNs at, const std::string& route,
                                   const std::string& address)
{
    m_pendingEndpoint = std::make_pair(route, address);
    selectRouter(router);
    if (at != kNoTime)
        setTime(at);
    if (!isBusy())
        selectPendingEndpoint();
}

void RouteTablePanel::selectPendingEndpoint()
{
    if (!m_pendingEndpoint)
        return;
    for (int r = 0; r < m_routeModel->rowCount(); ++r) {
        const QModelIndex route = m_routeModel->index(r, 0);
        for (int e = 0; e < m_routeModel->rowCount(route); ++e) {
            const QModelIndex index = m_routeModel->index(e, 0, route);
            const TableEndpoint* endpoint = m_routeModel->endpoint(index);
            if (endpoint && endpoint->route == m_pendingEndpoint->first &&
                endpoint->address == m_pendingEndpoint->second) {
                m_pendingEndpoint.reset();
                m_ui->tabs->setCurrentWidget(m_ui->tableTab);
                m_ui->routeTree->expand(route);
                m_ui->routeTree->setCurrentIndex(index);
                m_ui->routeTree->scrollTo(index);
                return;
            }
        }
    }
}

std::optional<TableEndpoint> RouteTablePanel::currentEndpoint() const
{
    const QModelIndex index = m_ui->routeTree->currentIndex();
    const TableEndpoint* endpoint = index.isValid() ? m_routeModel->endpoint(index) : nullptr;
    return endpoint ? std::optional<TableEndpoint>(*endpoint) : std::nullopt;
}

bool RouteTablePanel::selectRouter(IdentityIndex router)
{
    const int index = m_ui->routerCombo->findData(QVariant::fromValue(router));
    if (index < 0)
        return false;
    m_ui->routerCombo->setCurrentIndex(index);
    return true;
}

void RouteTablePanel::setViewData(std::shared_ptr<const ViewData> view)
{
    m_data = std::move(view);
    if (!m_data)
        return;
    if (m_data->analysis != m_analysis) {
        startAnalysis(*m_data);
    } else if (m_data->filter.from != m_filterFrom || m_data->filter.to != m_filterTo) {
        // A new time range on the timeline: show the table as it stood at its end.
        setTime(defaultTime(*m_data));
    }
    m_filterFrom = m_data->filter.from;
    m_filterTo = m_data->filter.to;
    if (m_data->filter.routers != m_filterRouters) {
        m_filterRouters = m_data->filter.routers;
        const int filtered = filterRouterIndex();
        if (filtered >= 0)
            m_ui->routerCombo->setCurrentIndex(filtered);
    }
    m_routeModel->setFailures(m_data->backends);
}

int RouteTablePanel::filterRouterIndex() const
{
    if (!m_replay || !m_data || m_data->filter.routers.size() != 1)
        return -1;
    // The filter names a router by its display name or by its id alone.
    const std::string& wanted = m_data->filter.routers.front();
    for (int i = 0; i < m_ui->routerCombo->count(); ++i) {
        const IdentityInfo& info =
            m_analysis->incident->identity(m_ui->routerCombo->itemData(i).value<IdentityIndex>());
        if (info.display == wanted || info.id == wanted)
            return i;
    }
    return -1;
}

void RouteTablePanel::setTime(TimeNs at)
{
    if (at == m_time)
        return;
    m_time = at;
    showTime();
    requestTable();
}

void RouteTablePanel::showTime()
{
    const QSignalBlocker blocker(m_ui->timeEdit);
    if (m_time != kNoTime)
        m_ui->timeEdit->setDateTime(utcFromNs(m_time));
}

void RouteTablePanel::setTimeRange(TimeNs from, TimeNs to)
{
    if (from == kNoTime)
        return;
    const QSignalBlocker blocker(m_ui->timeEdit);
    const QDateTime first = utcFromNs(from), last = utcFromNs(to + kNsPerMs - 1);
    m_ui->timeEdit->setDateTimeRange(first, last);
    // Within one day the date is said once, in the tooltip, as in the requests table's header:
    // the time then fits beside the router on a laptop screen in every language.
    m_sameDay = first.date() == last.date() ? first.date() : QDate();
    showTimeFormat();
}

void RouteTablePanel::showTimeFormat()
{
    m_ui->timeEdit->setDisplayFormat(m_sameDay.isValid() ? QStringLiteral("HH:mm:ss.zzz")
                                                         : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString what =
        tr("The table as the router held it at this time (UTC); follows the timeline's time cursor");
    m_ui->timeEdit->setToolTip(
        m_sameDay.isValid() ? tr("%1\nDate: %2 (UTC)").arg(what, m_sameDay.toString(Qt::ISODate)) : what);
}

void RouteTablePanel::startAnalysis(const ViewData& view)
{
    m_analysis = view.analysis;
    m_replay.reset();
    m_lrpSnapshot = -1;
    const Incident& incident = *m_analysis->incident;

    m_diffModel->setDiffs(incident, m_analysis->routes.diffs);
    m_flappingModel->setFlapping(incident, m_analysis->routes.flapping);
    fitColumns(m_ui->diffTable);
    fitColumns(m_ui->flappingTable);
    m_resizeColumns = true;
    updateDiffLabels();

    {
        const auto [from, to] = span(incident, CaptureTimes{});
        setTimeRange(from, to);
    }
    m_time = defaultTime(view);
    showTime();
    {
        const QSignalBlocker blocker(m_ui->routerCombo);
        m_ui->routerCombo->clear();
    }
    m_ui->routerCombo->setEnabled(false);
    m_ui->timeEdit->setEnabled(false);
    m_routeModel->setTable({});
    m_lrpModel->setRows({});
    showEmpty(tr("Replaying route registrations…"));

    const quint64 generation = ++m_replayGeneration;
    ++m_tableGeneration; // a table of the previous incident is not worth showing
    ++m_pending;
    RouteTablePanel* self = this; // outlives the task: the destructor waits for the pool
    m_pool.start([self, generation, analysis = m_analysis] {
        lowerThisThreadPriority(); // the window first
        std::shared_ptr<const Replay> replay;
        if (generation == self->m_replayGeneration.load())
            replay = std::make_shared<const Replay>(analysis);
        QMetaObject::invokeMethod(
            self,
            [self, generation, replay] {
                --self->m_pending;
                if (replay && generation == self->m_replayGeneration.load())
                    self->replayReady(replay);
            },
            Qt::QueuedConnection);
    });
}

void RouteTablePanel::replayReady(std::shared_ptr<const Replay> replay)
{
    m_replay = std::move(replay);
    const Incident& incident = *m_analysis->incident;
    {
        const QSignalBlocker blocker(m_ui->timeEdit);
        const auto [from, to] = span(incident, m_replay->replay.captures());
        setTimeRange(from, to);
        showTime();
    }
    const auto routers = m_replay->replay.routers();
    {
        const QSignalBlocker blocker(m_ui->routerCombo);
        m_ui->routerCombo->clear();
        for (const IdentityIndex r : routers)
            m_ui->routerCombo->addItem(QString::fromStdString(incident.identity(r).display),
                                       QVariant::fromValue(r));
        const int filtered = filterRouterIndex();
        const int previous = m_ui->routerCombo->findText(QString::fromStdString(m_routerName));
        m_ui->routerCombo->setCurrentIndex(filtered >= 0 ? filtered : previous >= 0 ? previous : 0);
    }
    if (routers.empty()) {
        showEmpty(tr("No route-table dumps or registration events in this bundle"));
        updateLrps();
        Q_EMIT tableChanged();
        return;
    }
    m_routerName = m_ui->routerCombo->currentText().toStdString();
    m_ui->routerCombo->setEnabled(routers.size() > 1);
    m_ui->timeEdit->setEnabled(true);
    m_ui->tableStack->setCurrentWidget(m_ui->contentPage);
    requestTable();
}

void RouteTablePanel::requestTable()
{
    updateLrps();
    const auto selected = router();
    if (!selected)
        return;
    const quint64 generation = ++m_tableGeneration;
    ++m_pending;
    RouteTablePanel* self = this;
    m_pool.start([self, generation, replay = m_replay, router = *selected, at = m_time] {
        auto table = std::make_shared<std::vector<MarkedEndpoint>>();
        const bool current = generation == self->m_tableGeneration.load();
        if (current)
            *table = markedTableAt(replay->replay, replay->marks, router, at);
        QMetaObject::invokeMethod(
            self,
            [self, generation, current, table] {
                --self->m_pending;
                if (current && generation == self->m_tableGeneration.load())
                    self->showTable(std::move(*table));
            },
            Qt::QueuedConnection);
    });
}

void RouteTablePanel::showTable(std::vector<MarkedEndpoint> table)
{
    m_routeModel->setTable(std::move(table));
    if (m_data)
        m_routeModel->setFailures(m_data->backends);
    restoreExpansion();
    if (m_resizeColumns && m_routeModel->rowCount() > 0) {
        // Once per incident, so that widths the user chose stay while the time moves.
        m_resizeColumns = false;
        for (int c = 0; c < RouteTableModel::ColumnCount; ++c) {
            m_ui->routeTree->resizeColumnToContents(c);
            if (m_ui->routeTree->columnWidth(c) > kMaxColumnWidth)
                m_ui->routeTree->setColumnWidth(c, kMaxColumnWidth);
        }
        fitColumns(m_ui->lrpTable);
    }
    updateStatus();
    if (!isBusy())
        selectPendingEndpoint();
    Q_EMIT tableChanged();
}

void RouteTablePanel::restoreExpansion()
{
    m_restoringExpansion = true;
    if (m_routeModel->table().size() <= kExpandLimit) {
        m_ui->routeTree->expandAll();
        if (!m_collapsedRoutes.empty())
            for (int r = 0; r < m_routeModel->rowCount(); ++r) {
                const QModelIndex route = m_routeModel->index(r, 0);
                if (m_collapsedRoutes.count(route.data().toString().toStdString()))
                    m_ui->routeTree->collapse(route);
            }
    }
    m_restoringExpansion = false;
}

void RouteTablePanel::updateStatus()
{
    if (!m_replay)
        return;
    const QString routerName = m_ui->routerCombo->currentText();
    const int routes = static_cast<int>(m_routeModel->routeCount());
    const int shown = static_cast<int>(m_routeModel->visibleRouteCount());
    // One line in the panel (milliseconds; the date is in the time field), every digit in the
    // tooltip.
    const auto describe = [&](QString (*format)(TimeNs)) {
        const QString when = format(m_time);
        QString text;
        if (routes == 0)
            text = tr("%1 held no routes at %2").arg(routerName, when);
        else if (shown == 0)
            text = tr("No route matches “%1”").arg(m_ui->routeFilterEdit->text().trimmed());
        else if (shown < routes)
            text = tr("%1 of %n route(s) match, at %2", "", routes).arg(shown).arg(when);
        else
            text = tr("%n route(s), %1 endpoints, at %2", "", routes)
                       .arg(m_routeModel->table().size())
                       .arg(when);
        const QString captured = dumpCaptureText(format);
        if (!captured.isEmpty())
            text += QStringLiteral(" · ") + captured;
        return text;
    };
    m_ui->statusLabel->setToolTip(describe(&fullTime));
    m_ui->statusLabel->setText(describe(&timeOfDayMs));
}

void RouteTablePanel::updateLrps()
{
    if (!m_analysis)
        return;
    const Incident& incident = *m_analysis->incident;
    const auto& snapshots = incident.tables.lrpSnapshots;
    if (!m_replay)
        return; // the capture times come with the replay
    const CaptureTimes& lrpTimes = m_replay->replay.captures();
    const int nearest = nearestCapture(lrpTimes.lrps, m_time);
    if (nearest == m_lrpSnapshot && nearest >= 0)
        return;
    m_lrpSnapshot = nearest;
    if (nearest < 0) {
        m_lrpModel->setRows({});
        m_ui->lrpLabel->setToolTip(QString());
        m_ui->lrpLabel->setText(tr("No LRP captures (cfdot actual-lrps) in this bundle"));
        return;
    }
    const LrpSnapshot& snapshot = snapshots[static_cast<std::size_t>(nearest)];
    m_lrpModel->setRows(snapshot.rows);
    const QString file = QString::fromStdString(incident.filePath(snapshot.file));
    const CaptureTime captured = lrpTimes.lrps[static_cast<std::size_t>(nearest)];
    const auto describe = [&](QString (*format)(TimeNs)) {
        return captured.source != CaptureSource::IncidentEnd
                   ? tr("LRPs captured at %1 (%2; nearest to the selected time), %n instance(s), from %3", "",
                        static_cast<int>(snapshot.rows.size()))
                         .arg(format(captured.at), captureSourceText(captured.source), file)
                   : tr("LRPs of an undated capture, %n instance(s), from %1", "",
                        static_cast<int>(snapshot.rows.size()))
                         .arg(file);
    };
    m_ui->lrpLabel->setToolTip(describe(&fullTime));
    m_ui->lrpLabel->setText(describe(&dateTimeMs));
}

void RouteTablePanel::updateDiffLabels()
{
    if (!m_analysis) {
        m_ui->diffLabel->setText(tr("No incident loaded"));
        m_ui->flappingLabel->clear();
        return;
    }
    const Incident& incident = *m_analysis->incident;
    std::unordered_set<IdentityIndex> dumped;
    for (const RouteSnapshot& s : incident.tables.routeSnapshots)
        dumped.insert(s.identity);
    const auto& diffs = m_analysis->routes.diffs;
    if (!diffs.empty())
        m_ui->diffLabel->setText(tr("%n endpoint(s) differ between the routers' latest dumps", "",
                                    static_cast<int>(diffs.size())));
    else if (dumped.size() < 2)
        m_ui->diffLabel->setText(tr("Comparing routers needs route-table dumps of two or more routers; "
                                    "this bundle has %n",
                                    "", static_cast<int>(dumped.size())));
    else
        m_ui->diffLabel->setText(tr("The routers' latest dumps agree"));
    const auto& flapping = m_analysis->routes.flapping;
    m_ui->flappingLabel->setText(
        flapping.empty() ? tr("No endpoint was pruned and registered again repeatedly")
                         : tr("%n endpoint(s) pruned and registered again, again and again (flapping)", "",
                              static_cast<int>(flapping.size())));
}

void RouteTablePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    showTimeFormat();
    if (!m_analysis)
        showEmpty(tr("No incident loaded"));
    updateStatus();
    updateLrps();
    updateDiffLabels();
    for (QAbstractItemModel* model :
         std::initializer_list<QAbstractItemModel*>{m_routeModel, m_lrpModel, m_diffModel, m_flappingModel})
        announceRetranslation(model);
}

void RouteTablePanel::showEmpty(const QString& text)
{
    m_ui->emptyLabel->setText(text);
    m_ui->tableStack->setCurrentWidget(m_ui->emptyPage);
    m_ui->statusLabel->setToolTip(QString());
    m_ui->statusLabel->clear();
}

void RouteTablePanel::filterToEndpoint(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    QString address;
    if (index.model() == m_lrpModel) {
        // The router knows an instance by one of several addresses: take one the table holds.
        const LrpRow* row = m_lrpModel->row(index);
        const QStringList candidates = row ? lrpBackendAddresses(*row) : QStringList();
        std::unordered_set<std::string> known;
        for (const TableEndpoint& e : m_routeModel->table())
            known.insert(e.address);
        for (const QString& candidate : candidates)
            if (known.count(candidate.toStdString())) {
                address = candidate;
                break;
            }
        if (address.isEmpty() && !candidates.isEmpty())
            address = candidates.front();
    } else if (index.model() == m_routeModel && !m_routeModel->endpoint(index)) {
        m_ui->routeTree->setExpanded(index.siblingAtColumn(0),
                                     !m_ui->routeTree->isExpanded(index.siblingAtColumn(0)));
        return;
    } else if (index.model() == m_routeModel && m_routeModel->staleMark(index)) {
        // The requests that met a stale endpoint were mostly retried elsewhere: their final
        // backend is another one, so a backend filter would miss them.
        const Filter filter = attemptFilter(*m_routeModel->endpoint(index));
        if (isSignalConnected(QMetaMethod::fromSignal(&RouteTablePanel::requestsFilterRequested)))
            Q_EMIT requestsFilterRequested(filter);
        else
            m_filters->modify([&](Filter& f) {
                f.rows = filter.rows;
                f.rowsLabel = filter.rowsLabel;
            });
        return;
    } else {
        address = index.data(BackendAddressRole).toString();
    }
    if (address.isEmpty())
        return;
    m_filters->modify([&](Filter& f) { f.backends = {address.toStdString()}; });
}

Filter RouteTablePanel::attemptFilter(const TableEndpoint& endpoint) const
{
    Filter filter;
    const auto selected = router();
    if (!m_analysis || !selected)
        return filter;
    filter.rows = std::make_shared<const std::vector<std::uint32_t>>(
        requestsWithAttemptOn(*m_analysis->incident, m_analysis->diagnosis, *selected, endpoint.address));
    filter.rowsLabel = tr("attempts on %1 via %2")
                           .arg(QString::fromStdString(endpoint.address), m_ui->routerCombo->currentText())
                           .toStdString();
    return filter;
}

QString RouteTablePanel::dumpCaptureText(QString (*format)(TimeNs)) const
{
    const auto selected = router();
    if (!m_replay || !selected)
        return {};
    const Incident& incident = *m_analysis->incident;
    const auto& snaps = incident.tables.routeSnapshots;
    QStringList parts;
    for (std::size_t s = 0; s < snaps.size(); ++s)
        if (snaps[s].identity == *selected) {
            const CaptureTime& c = m_replay->replay.captures().routes[s];
            parts << tr("dump captured at %1 (%2)").arg(format(c.at), captureSourceText(c.source));
        }
    return parts.join(QStringLiteral(", "));
}

} // namespace rs
