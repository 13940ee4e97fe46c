// The route table panel on the sample incident: the replayed table of a router at a time, its
// stale and diff marks, the LRPs nearest to that time, and double-clicks that filter.
#include "app/displaytime.h"
#include "app/elidinglabel.h"
#include "app/filter/filterstack.h"
#include "app/routes/backendrole.h"
#include "app/routes/flappingmodel.h"
#include "app/routes/lrptablemodel.h"
#include "app/routes/routediffmodel.h"
#include "app/routes/routetablemodel.h"
#include "app/routes/routetablepanel.h"
#include "appfixture.h"
#include "core/diagnosis/endpointrequests.h"
#include "core/diagnosis/staleroutes.h"
#include "core/util/timeparse.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <map>
#include <optional>
#include <set>

using namespace rs;

namespace {

using Key = std::pair<std::string, std::string>;

bool waitForPanel(RouteTablePanel& panel)
{
    return QTest::qWaitFor([&] { return !panel.isBusy(); }, 30000);
}

// The endpoint rows of the panel's tree, in order, with their stale reason.
struct ShownEndpoint {
    TableEndpoint endpoint;
    QString stale;
};
std::vector<ShownEndpoint> shownEndpoints(const RouteTableModel& model)
{
    std::vector<ShownEndpoint> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex route = model.index(r, 0);
        for (int e = 0; e < model.rowCount(route); ++e) {
            const QModelIndex index = model.index(e, 0, route);
            out.push_back({*model.endpoint(index), model.staleReason(index)});
        }
    }
    return out;
}

bool sameEndpoint(const TableEndpoint& a, const TableEndpoint& b)
{
    return a.route == b.route && a.address == b.address && a.instanceId == b.instanceId &&
           a.appId == b.appId && a.tls == b.tls && a.registeredSince == b.registeredSince && a.ttl == b.ttl &&
           a.fromDump == b.fromDump;
}

void compareTables(const std::vector<ShownEndpoint>& shown, const std::vector<TableEndpoint>& expected)
{
    QCOMPARE(shown.size(), expected.size());
    for (std::size_t i = 0; i < shown.size(); ++i)
        QVERIFY2(sameEndpoint(shown[i].endpoint, expected[i]), expected[i].address.c_str());
}

std::set<Key> keysOf(const std::vector<TableEndpoint>& table)
{
    std::set<Key> keys;
    for (const TableEndpoint& e : table)
        keys.insert({e.route, e.address});
    return keys;
}

// A router of the sample with a dump, preferring one with stale endpoints.
IdentityIndex dumpedRouter(const Analysis& analysis)
{
    for (const StaleEndpoint& s : analysis.routes.stale)
        return s.router;
    return analysis.incident->tables.routeSnapshots.front().identity;
}

// What a window system delivers for a double-click: press, release, press, double-click, release
// (QTest::mouseDClick alone sends only the double-click event to a widget).
void doubleClick(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

class TestRouteTablePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void modelsPassTheModelTester();
    void listsTheRoutersOfTheReplay();
    void tableAtTheEndEqualsTheReplay();
    void staleEndpointsAreMarked();
    void staleMarkStartsAtItsSince();
    void endpointBackAfterReRegistration();
    void doubleClickOnStaleEndpointSelectsItsRequests();
    void earlierTimeShowsTheEarlierTable();
    void textFilterNarrowsTheRoutes();
    void failingBackendsAreCounted();
    void diffTabListsEveryDifference();
    void doubleClickFiltersToTheBackend();
    void filterTimeRangeMovesTheTable();
    void onlyTheNewestTimeIsShown();
    void lrpTableShowsTheNearestSnapshot();
    void bundleWithoutRoutesSaysSo();

private:
    std::shared_ptr<const Analysis> m_analysis;
};

void TestRouteTablePanel::init()
{
    m_analysis = test::sampleAnalysis();
    QVERIFY(m_analysis);
    QVERIFY(!m_analysis->incident->tables.routeSnapshots.empty());
    QVERIFY(!m_analysis->routes.stale.empty());
    QVERIFY(!m_analysis->routes.diffs.empty());
}

void TestRouteTablePanel::modelsPassTheModelTester()
{
    const Incident& incident = *m_analysis->incident;
    const RouteTableReplay replay(incident);
    const IdentityIndex router = dumpedRouter(*m_analysis);

    const StaleMarks marks(incident);
    RouteTableModel routes;
    QAbstractItemModelTester routesTester(&routes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    routes.setTable(markedTableAt(replay, marks, router, incident.end));
    QVERIFY(routes.rowCount() > 0);
    routes.setFailures(computeViewData(m_analysis, Filter{})->backends);
    routes.setTextFilter(QStringLiteral("no route has this in its name"));
    QCOMPARE(routes.rowCount(), 0);
    routes.setTextFilter({});
    routes.setTable(markedTableAt(replay, marks, router, incident.begin));

    LrpTableModel lrps;
    QAbstractItemModelTester lrpTester(&lrps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!incident.tables.lrpSnapshots.empty());
    lrps.setRows(incident.tables.lrpSnapshots.front().rows);
    QVERIFY(lrps.rowCount() > 0);
    lrps.setRows({});

    RouteDiffModel diffs;
    QAbstractItemModelTester diffTester(&diffs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    diffs.setDiffs(incident, m_analysis->routes.diffs);
    QCOMPARE(static_cast<std::size_t>(diffs.rowCount()), m_analysis->routes.diffs.size());

    FlappingModel flapping;
    QAbstractItemModelTester flappingTester(&flapping,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    flapping.setFlapping(incident, m_analysis->routes.flapping);
    QCOMPARE(static_cast<std::size_t>(flapping.rowCount()), m_analysis->routes.flapping.size());
}

void TestRouteTablePanel::listsTheRoutersOfTheReplay()
{
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    const auto routers = RouteTableReplay(*m_analysis->incident).routers();
    QVERIFY(routers.size() >= 2);
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("routerCombo"));
    QVERIFY(combo);
    QCOMPARE(static_cast<std::size_t>(combo->count()), routers.size());
    for (std::size_t i = 0; i < routers.size(); ++i)
        QCOMPARE(combo->itemText(static_cast<int>(i)),
                 QString::fromStdString(m_analysis->incident->identity(routers[i]).display));
    QCOMPARE(panel.router(), std::optional<IdentityIndex>(routers.front()));

    // A filter on one router selects it, by display name or by id.
    Filter filter;
    filter.routers = {m_analysis->incident->identity(routers.back()).display};
    panel.setViewData(computeViewData(m_analysis, filter));
    QCOMPARE(panel.router(), std::optional<IdentityIndex>(routers.back()));
    filter.routers = {m_analysis->incident->identity(routers.front()).id};
    panel.setViewData(computeViewData(m_analysis, filter));
    QCOMPARE(panel.router(), std::optional<IdentityIndex>(routers.front()));
    QVERIFY(waitForPanel(panel));
    // …and a panel that opens on such a filter starts on that router.
    RouteTablePanel opened(&filters);
    filter.routers = {m_analysis->incident->identity(routers.back()).display};
    opened.setViewData(computeViewData(m_analysis, filter));
    QVERIFY(waitForPanel(opened));
    QCOMPARE(opened.router(), std::optional<IdentityIndex>(routers.back()));
}

void TestRouteTablePanel::tableAtTheEndEqualsTheReplay()
{
    const Incident& incident = *m_analysis->incident;
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    QCOMPARE(panel.time(), incident.end); // no filter: the end of the incident
    const IdentityIndex router = dumpedRouter(*m_analysis);
    QVERIFY(panel.selectRouter(router));
    QVERIFY(waitForPanel(panel));
    auto* tree = panel.findChild<QTreeView*>(QStringLiteral("routeTree"));
    QVERIFY(tree);
    const auto* model = qobject_cast<const RouteTableModel*>(tree->model());
    QVERIFY(model);
    const auto expected = RouteTableReplay(incident).tableAt(router, incident.end);
    QVERIFY(!expected.empty());
    compareTables(shownEndpoints(*model), expected);
    QVERIFY(tree->isExpanded(model->index(0, 0)));
}

// The marks shown are those valid at the panel's time, each with since when.
void TestRouteTablePanel::staleEndpointsAreMarked()
{
    const Incident& incident = *m_analysis->incident;
    const RouteTableReplay replay(incident);
    const StaleMarks marks(incident);
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    const auto* model = qobject_cast<const RouteTableModel*>(
        panel.findChild<QTreeView*>(QStringLiteral("routeTree"))->model());
    int compared = 0;
    for (const IdentityIndex router : replay.routers()) {
        QVERIFY(panel.selectRouter(router));
        for (const TimeNs at : {incident.begin, (incident.begin + incident.end) / 2, incident.end}) {
            panel.setTime(at);
            QVERIFY(waitForPanel(panel));
            const auto expected = markedTableAt(replay, marks, router, at);
            const auto shown = shownEndpoints(*model);
            QCOMPARE(shown.size(), expected.size());
            for (std::size_t i = 0; i < shown.size(); ++i) {
                QCOMPARE(shown[i].stale.isEmpty(), !expected[i].stale);
                if (expected[i].stale) {
                    QVERIFY(shown[i].stale.contains(staleReasonTitle(expected[i].stale->reason)));
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 0);
}

// An address_reused mark is there from the moment the other instance came, not before; its
// tooltip names the app that owns the address now.
void TestRouteTablePanel::staleMarkStartsAtItsSince()
{
    const Incident& incident = *m_analysis->incident;
    const RouteTableReplay replay(incident);
    const StaleMarks marks(incident);
    std::optional<std::pair<IdentityIndex, MarkedEndpoint>> reused;
    for (const IdentityIndex router : replay.routers())
        for (const MarkedEndpoint& m : markedTableAt(replay, marks, router, incident.end))
            if (!reused && m.stale && m.stale->reason == StaleReason::AddressReused)
                reused = std::make_pair(router, m);
    QVERIFY2(reused, "the sample has no reused address");
    const auto& [router, endpoint] = *reused;
    const TimeNs since = endpoint.stale->since;
    QVERIFY(since > incident.begin && since < incident.end);

    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    QVERIFY(panel.selectRouter(router));
    auto* tree = panel.findChild<QTreeView*>(QStringLiteral("routeTree"));
    const auto* model = qobject_cast<const RouteTableModel*>(tree->model());
    const auto find = [&]() -> QModelIndex {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex route = model->index(r, 0);
            for (int e = 0; e < model->rowCount(route); ++e) {
                const QModelIndex index = model->index(e, RouteTableModel::Stale, route);
                if (model->endpoint(index)->route == endpoint.endpoint.route &&
                    model->endpoint(index)->address == endpoint.endpoint.address)
                    return index;
            }
        }
        return {};
    };
    panel.setTime(since);
    QVERIFY(waitForPanel(panel));
    QModelIndex index = find();
    QVERIFY(index.isValid());
    QCOMPARE(model->staleReason(index), staleReasonTitle(StaleReason::AddressReused));
    QVERIFY(index.data().toString().contains(QString::fromStdString(formatTimeUtc(since).substr(11, 8))));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QString::fromStdString(endpoint.stale->ownerAppName)));
    QVERIFY(!endpoint.stale->ownerAppName.empty());
    QVERIFY(!tip.contains(QString::fromStdString(endpoint.stale->ownerInstanceId))); // no GUID soup

    panel.setTime(since - 1'000'000);
    QVERIFY(waitForPanel(panel));
    index = find();
    if (index.isValid())
        QVERIFY(model->staleReason(index) != staleReasonTitle(StaleReason::AddressReused));

    // The status line says where the dump's time came from, on one line with every digit in its
    // tooltip.
    const auto* status = panel.findChild<ElidingLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QVERIFY(status->text().contains(QStringLiteral("dump captured at")));
    QVERIFY(!status->wordWrap());
    QVERIFY(status->toolTip().contains(fullTime(since - 1'000'000)));
}

// Pruned on a failure, the endpoint is back with its next registration.
void TestRouteTablePanel::endpointBackAfterReRegistration()
{
    const Incident& incident = *m_analysis->incident;
    const RouteTableReplay replay(incident);
    const RouterEventTable& ev = incident.tables.events;
    std::optional<std::size_t> back; // a registration that follows a prune of the same address
    std::map<std::pair<IdentityIndex, StringPool::Id>, TimeNs> pruned;
    for (std::size_t i = 0; i < ev.size() && !back; ++i) {
        const auto key = std::make_pair(ev.identity[i], ev.endpoint[i]);
        if (ev.message[i] == RouterMessage::PruneFailedEndpoint)
            pruned[key] = ev.time[i];
        else if (ev.message[i] == RouterMessage::EndpointRegistered && pruned.count(key) &&
                 ev.time[i] > pruned[key])
            back = i;
    }
    QVERIFY2(back, "the sample has no endpoint pruned and registered again");
    const IdentityIndex router = ev.identity[*back];
    const Key key{std::string(incident.str(ev.uri[*back])), std::string(incident.str(ev.endpoint[*back]))};
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    QVERIFY(panel.selectRouter(router));
    const auto* model = qobject_cast<const RouteTableModel*>(
        panel.findChild<QTreeView*>(QStringLiteral("routeTree"))->model());
    const auto shownKeys = [&] {
        std::set<Key> keys;
        for (const ShownEndpoint& e : shownEndpoints(*model))
            keys.insert({e.endpoint.route, e.endpoint.address});
        return keys;
    };
    panel.setTime(pruned[{router, ev.endpoint[*back]}] + 1);
    QVERIFY(waitForPanel(panel));
    QVERIFY(!shownKeys().count(key));
    panel.setTime(ev.time[*back] + 1'000'000);
    QVERIFY(waitForPanel(panel));
    QVERIFY(shownKeys().count(key));
}

// Double-clicking a stale endpoint asks for the requests that met it: those with any attempt on
// its address through that router, though most were retried and ended on another backend.
void TestRouteTablePanel::doubleClickOnStaleEndpointSelectsItsRequests()
{
    const Incident& incident = *m_analysis->incident;
    const RouteTableReplay replay(incident);
    const StaleMarks marks(incident);
    const RouterEventTable& ev = incident.tables.events;
    // A stale endpoint just before Gorouter pruned it for a failure.
    std::optional<std::pair<IdentityIndex, TimeNs>> moment;
    std::string address;
    for (std::size_t i = 0; i < ev.size() && !moment; ++i) {
        if (ev.message[i] != RouterMessage::PruneFailedEndpoint)
            continue;
        for (const MarkedEndpoint& m : markedTableAt(replay, marks, ev.identity[i], ev.time[i] - 1'000'000))
            if (m.stale && m.stale->reason == StaleReason::AddressReused &&
                m.endpoint.address == incident.str(ev.endpoint[i])) {
                moment = std::make_pair(ev.identity[i], ev.time[i] - 1'000'000);
                address = m.endpoint.address;
            }
    }
    QVERIFY2(moment, "the sample has no reused address that failed a request");
    FilterStack filters;
    RouteTablePanel panel(&filters);
    QSignalSpy requested(&panel, &RouteTablePanel::requestsFilterRequested);
    panel.resize(1200, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    QVERIFY(panel.selectRouter(moment->first));
    panel.setTime(moment->second);
    QVERIFY(waitForPanel(panel));
    auto* tree = panel.findChild<QTreeView*>(QStringLiteral("routeTree"));
    const auto* model = qobject_cast<const RouteTableModel*>(tree->model());
    QModelIndex target;
    for (int r = 0; r < model->rowCount() && !target.isValid(); ++r)
        for (int e = 0; e < model->rowCount(model->index(r, 0)); ++e) {
            const QModelIndex index = model->index(e, RouteTableModel::InstanceId, model->index(r, 0));
            if (model->endpoint(index)->address == address && model->staleMark(index))
                target = index;
        }
    QVERIFY(target.isValid());
    doubleClick(tree, target);
    QCOMPARE(requested.count(), 1);
    const Filter filter = requested.front().front().value<Filter>();
    QVERIFY(filter.rows);
    QCOMPARE(*filter.rows, requestsWithAttemptOn(incident, m_analysis->diagnosis, moment->first, address));
    QVERIFY(!filter.rows->empty());
    // Every request the router ended on that address is among them, and nothing from another
    // router; the ones retried elsewhere come on top.
    const RequestTable& req = incident.tables.requests;
    const std::set<std::uint32_t> selected(filter.rows->begin(), filter.rows->end());
    int endedThere = 0;
    for (std::uint32_t row = 0; row < req.size(); ++row)
        if (req.identity[row] == moment->first && incident.str(req.backend[row]) == address) {
            ++endedThere;
            QVERIFY(selected.count(row));
        }
    for (const std::uint32_t row : selected)
        QCOMPARE(req.identity[row], moment->first);
    QVERIFY(endedThere > 0);
    QVERIFY(selected.size() >= static_cast<std::size_t>(endedThere));
    QVERIFY(filters.current().backends.empty()); // the signal, not a backend filter
}

void TestRouteTablePanel::earlierTimeShowsTheEarlierTable()
{
    const Incident& incident = *m_analysis->incident;
    const RouteTableReplay replay(incident);
    // A registration during the incident: just before it, its endpoint is not in the table.
    const RouterEventTable& ev = incident.tables.events;
    std::optional<std::size_t> registration;
    for (std::size_t i = 0; i < ev.size() && !registration; ++i) {
        if (ev.message[i] != RouterMessage::EndpointRegistered || ev.time[i] <= incident.begin)
            continue;
        const auto before = keysOf(replay.tableAt(ev.identity[i], ev.time[i] - 1));
        const auto after = keysOf(replay.tableAt(ev.identity[i], ev.time[i]));
        if (before != after)
            registration = i;
    }
    QVERIFY(registration);
    const IdentityIndex router = ev.identity[*registration];
    const TimeNs earlier = ev.time[*registration] - 1;

    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    QVERIFY(panel.selectRouter(router));
    QVERIFY(waitForPanel(panel));
    const auto* model = qobject_cast<const RouteTableModel*>(
        panel.findChild<QTreeView*>(QStringLiteral("routeTree"))->model());
    panel.setTime(ev.time[*registration]);
    QVERIFY(waitForPanel(panel));
    const auto atRegistration = shownEndpoints(*model);
    compareTables(atRegistration, replay.tableAt(router, ev.time[*registration]));

    panel.setTime(earlier);
    QCOMPARE(panel.time(), earlier);
    QVERIFY(waitForPanel(panel));
    const auto before = shownEndpoints(*model);
    compareTables(before, replay.tableAt(router, earlier));
    std::set<Key> beforeKeys, atKeys;
    for (const auto& e : before)
        beforeKeys.insert({e.endpoint.route, e.endpoint.address});
    for (const auto& e : atRegistration)
        atKeys.insert({e.endpoint.route, e.endpoint.address});
    QVERIFY(beforeKeys != atKeys);
    QVERIFY(atKeys.count({std::string(incident.str(ev.uri[*registration])),
                          std::string(incident.str(ev.endpoint[*registration]))}));

    // The time editor follows, to the millisecond.
    auto* edit = panel.findChild<QDateTimeEdit*>(QStringLiteral("timeEdit"));
    QCOMPARE(edit->dateTime().toMSecsSinceEpoch(), earlier / 1'000'000);
}

void TestRouteTablePanel::textFilterNarrowsTheRoutes()
{
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    QVERIFY(panel.selectRouter(dumpedRouter(*m_analysis)));
    QVERIFY(waitForPanel(panel));
    const auto* model = qobject_cast<const RouteTableModel*>(
        panel.findChild<QTreeView*>(QStringLiteral("routeTree"))->model());
    const int routes = model->rowCount();
    QVERIFY(routes >= 2);
    const QString route = model->index(1, 0).data().toString();
    panel.findChild<QLineEdit*>(QStringLiteral("routeFilterEdit"))->setText(route);
    QVERIFY(model->rowCount() >= 1 && model->rowCount() < routes);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        bool matches = index.data().toString().contains(route, Qt::CaseInsensitive);
        for (int e = 0; e < model->rowCount(index); ++e)
            matches = matches ||
                      model->index(e, 0, index).data().toString().contains(route, Qt::CaseInsensitive) ||
                      model->index(e, RouteTableModel::InstanceId, index).data().toString().contains(route) ||
                      model->index(e, RouteTableModel::AppId, index).data().toString().contains(route);
        QVERIFY(matches);
    }
    // An address matches the routes that hold it.
    const QModelIndex firstRoute = model->index(0, 0);
    panel.findChild<QLineEdit*>(QStringLiteral("routeFilterEdit"))->clear();
    QCOMPARE(model->rowCount(), routes);
    const QString address = model->index(0, 0, model->index(0, 0)).data().toString();
    QVERIFY(!address.isEmpty() && firstRoute.isValid());
    panel.findChild<QLineEdit*>(QStringLiteral("routeFilterEdit"))->setText(address);
    QVERIFY(model->rowCount() >= 1);
}

void TestRouteTablePanel::failingBackendsAreCounted()
{
    const auto data = computeViewData(m_analysis, Filter{});
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(data);
    QVERIFY(waitForPanel(panel));
    std::map<std::string, std::uint64_t> failures;
    for (const KeyCount& k : data->backends)
        failures[k.key] = k.total;
    const auto* model = qobject_cast<const RouteTableModel*>(
        panel.findChild<QTreeView*>(QStringLiteral("routeTree"))->model());
    int marked = 0;
    for (const auto router : RouteTableReplay(*m_analysis->incident).routers()) {
        QVERIFY(panel.selectRouter(router));
        QVERIFY(waitForPanel(panel));
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex route = model->index(r, 0);
            for (int e = 0; e < model->rowCount(route); ++e) {
                const QModelIndex index = model->index(e, RouteTableModel::Failures, route);
                const auto it = failures.find(model->endpoint(index)->address);
                if (it == failures.end()) {
                    QVERIFY(!index.data().isValid());
                } else {
                    QCOMPARE(index.data().toULongLong(), it->second);
                    ++marked;
                }
            }
        }
    }
    QVERIFY(marked > 0);
}

void TestRouteTablePanel::diffTabListsEveryDifference()
{
    const Incident& incident = *m_analysis->incident;
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    auto* table = panel.findChild<QTableView*>(QStringLiteral("diffTable"));
    QVERIFY(table);
    const auto& diffs = m_analysis->routes.diffs;
    QCOMPARE(static_cast<std::size_t>(table->model()->rowCount()), diffs.size());
    for (std::size_t i = 0; i < diffs.size(); ++i) {
        const int row = static_cast<int>(i);
        const auto cell = [&](int column) { return table->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(RouteDiffModel::Route), QString::fromStdString(diffs[i].route));
        QCOMPARE(cell(RouteDiffModel::Address), QString::fromStdString(diffs[i].address));
        QCOMPARE(cell(RouteDiffModel::InstanceId), QString::fromStdString(diffs[i].instanceId));
        for (const IdentityIndex r : diffs[i].presentOn)
            QVERIFY(cell(RouteDiffModel::PresentOn)
                        .contains(QString::fromStdString(incident.identity(r).display)));
        for (const IdentityIndex r : diffs[i].absentOn)
            QVERIFY(cell(RouteDiffModel::AbsentOn)
                        .contains(QString::fromStdString(incident.identity(r).display)));
    }
    auto* flapping = panel.findChild<QTableView*>(QStringLiteral("flappingTable"));
    QCOMPARE(static_cast<std::size_t>(flapping->model()->rowCount()), m_analysis->routes.flapping.size());
}

void TestRouteTablePanel::doubleClickFiltersToTheBackend()
{
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.resize(1200, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));

    // An endpoint of the route table.
    auto* tree = panel.findChild<QTreeView*>(QStringLiteral("routeTree"));
    const auto* model = qobject_cast<const RouteTableModel*>(tree->model());
    QModelIndex endpoint;
    for (int r = 0; r < model->rowCount() && !endpoint.isValid(); ++r)
        for (int e = 0; e < model->rowCount(model->index(r, 0)) && !endpoint.isValid(); ++e)
            if (!model->staleMark(model->index(e, 0, model->index(r, 0))))
                endpoint = model->index(e, RouteTableModel::InstanceId, model->index(r, 0));
    QVERIFY(endpoint.isValid());
    doubleClick(tree, endpoint);
    QCOMPARE(filters.current().backends, std::vector<std::string>{model->endpoint(endpoint)->address});

    // A route row only folds.
    filters.reset();
    const QModelIndex route = endpoint.parent().siblingAtColumn(0);
    doubleClick(tree, route);
    QVERIFY(filters.current().backends.empty());
    QVERIFY(!tree->isExpanded(route));

    // A row of the diff tab.
    auto* tabs = panel.findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(1);
    auto* diff = panel.findChild<QTableView*>(QStringLiteral("diffTable"));
    const QModelIndex diffRow = diff->model()->index(0, RouteDiffModel::Route);
    doubleClick(diff, diffRow);
    QCOMPARE(filters.current().backends, std::vector<std::string>{m_analysis->routes.diffs.front().address});

    // An LRP: the address by which the route table knows the instance.
    tabs->setCurrentIndex(0);
    auto* lrps = panel.findChild<QTableView*>(QStringLiteral("lrpTable"));
    const auto* lrpModel = qobject_cast<const LrpTableModel*>(lrps->model());
    std::set<std::string> known;
    for (const TableEndpoint& e : model->table())
        known.insert(e.address);
    std::optional<std::pair<int, std::string>> target;
    for (std::size_t r = 0; r < lrpModel->rows().size() && !target; ++r)
        for (const QString& address : lrpBackendAddresses(lrpModel->rows()[r]))
            if (known.count(address.toStdString())) {
                target = {static_cast<int>(r), address.toStdString()};
                break;
            }
    QVERIFY(target);
    doubleClick(lrps, lrpModel->index(target->first, LrpTableModel::ProcessGuid));
    QCOMPARE(filters.current().backends, std::vector<std::string>{target->second});
}

void TestRouteTablePanel::filterTimeRangeMovesTheTable()
{
    const Incident& incident = *m_analysis->incident;
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    const IdentityIndex router = dumpedRouter(*m_analysis);
    QVERIFY(panel.selectRouter(router));
    QVERIFY(waitForPanel(panel));
    Filter filter;
    filter.from = incident.begin;
    filter.to = incident.begin + (incident.end - incident.begin) / 3;
    const auto data = computeViewData(m_analysis, filter);
    panel.setViewData(data);
    QCOMPARE(panel.time(), data->viewTo() - 1);
    QVERIFY(waitForPanel(panel));
    const auto* model = qobject_cast<const RouteTableModel*>(
        panel.findChild<QTreeView*>(QStringLiteral("routeTree"))->model());
    compareTables(shownEndpoints(*model), RouteTableReplay(incident).tableAt(router, data->viewTo() - 1));
    // The same range again (another filter field changed) leaves a time set by the cursor alone.
    panel.setTime(incident.begin);
    filter.statuses = {{500, 599}};
    panel.setViewData(computeViewData(m_analysis, filter));
    QCOMPARE(panel.time(), incident.begin);
}

void TestRouteTablePanel::onlyTheNewestTimeIsShown()
{
    const Incident& incident = *m_analysis->incident;
    const RouteTableReplay replay(incident);
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    const IdentityIndex router = *panel.router();
    QSignalSpy shown(&panel, &RouteTablePanel::tableChanged);
    // A cursor dragged across the timeline: many times asked for, before any table is ready.
    const TimeNs step = (incident.end - incident.begin) / 20;
    for (TimeNs at = incident.end; at > incident.begin; at -= step)
        panel.setTime(at);
    panel.setTime(incident.begin);
    QVERIFY(waitForPanel(panel));
    QVERIFY(shown.count() >= 1);
    QCOMPARE(panel.time(), incident.begin);
    const auto* model = qobject_cast<const RouteTableModel*>(
        panel.findChild<QTreeView*>(QStringLiteral("routeTree"))->model());
    compareTables(shownEndpoints(*model), replay.tableAt(router, incident.begin));
}

void TestRouteTablePanel::lrpTableShowsTheNearestSnapshot()
{
    const Incident& incident = *m_analysis->incident;
    const auto& snapshots = incident.tables.lrpSnapshots;
    QVERIFY(!snapshots.empty());
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(m_analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    auto* table = panel.findChild<QTableView*>(QStringLiteral("lrpTable"));
    const auto* model = qobject_cast<const LrpTableModel*>(table->model());
    QVERIFY(model);
    for (const TimeNs at : {incident.begin, (incident.begin + incident.end) / 2, incident.end}) {
        panel.setTime(at);
        QVERIFY(waitForPanel(panel));
        const int nearest = nearestCapture(captureTimes(incident).lrps, at);
        QVERIFY(nearest >= 0);
        const auto& rows = snapshots[static_cast<std::size_t>(nearest)].rows;
        QCOMPARE(model->rows().size(), rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const int row = static_cast<int>(r);
            QCOMPARE(model->index(row, LrpTableModel::ProcessGuid).data().toString(),
                     QString::fromStdString(rows[r].processGuid));
            QCOMPARE(model->index(row, LrpTableModel::InstanceGuid).data().toString(),
                     QString::fromStdString(rows[r].instanceGuid));
            QCOMPARE(model->index(row, LrpTableModel::State)
                         .data()
                         .toString()
                         .startsWith(QString::fromStdString(rows[r].state)),
                     true);
        }
    }
}

void TestRouteTablePanel::bundleWithoutRoutesSaysSo()
{
    auto analysis = std::make_shared<Analysis>();
    analysis->incident = std::make_shared<const Incident>();
    FilterStack filters;
    RouteTablePanel panel(&filters);
    panel.setViewData(computeViewData(analysis, Filter{}));
    QVERIFY(waitForPanel(panel));
    QVERIFY(!panel.router());
    auto* label = panel.findChild<QLabel*>(QStringLiteral("emptyLabel"));
    QCOMPARE(label->text(), QStringLiteral("No route-table dumps or registration events in this bundle"));
    QVERIFY(!panel.findChild<QComboBox*>(QStringLiteral("routerCombo"))->isEnabled());
}

QTEST_MAIN(TestRouteTablePanel)
#include "tst_routetablepanel.moc"
