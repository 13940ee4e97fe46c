// The default layout at the sizes people use (a 1366×768 laptop up to 1920×1080), on the sample
// and on a generated three-router bundle, by geometry only: the requests table shows a screen
// of rows, the timeline, backends and route table are visible side by side (none behind a
// tab), the timeline is tall enough for its plot, findings titles wrap instead of being cut,
// the requests' headers and times fit their columns, the detail opens under the requests
// without hiding the route table; Reset Layout brings all that back; layouts are remembered per
// screen-size class.
#include "app/charts/backendsview.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineview.h"
#include "app/detail/requestdetailpanel.h"
#include "app/elidinglabel.h"
#include "app/findings/findingspanel.h"
#include "app/findings/wrappedtext.h"
#include "app/language.h"
#include "app/routes/routetablepanel.h"
#include "app/windowlayout.h"
#include "windowfixture.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <climits>

using namespace rs;
using namespace rs::test;

namespace {

QDockWidget* dock(MainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QString::fromLatin1(name));
}

// Rows of the table whose whole height is inside the viewport.
// The timeline's plot area: what is left of its dock for the data.
int timelinePlotHeight(MainWindow& window)
{
    auto* view = window.findChild<TimelineView*>();
    if (!view || !view->plot())
        return 0;
    view->plot()->replot();
    return view->plot()->axisRect()->rect().height();
}

// Route rows the route table shows whole, under its labels.
int visibleRouteRows(MainWindow& window)
{
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("routeTree"));
    if (!tree || !tree->isVisible())
        return 0;
    const int row = tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 4;
    return tree->viewport()->height() / row;
}

int fullyVisibleRows(QTableView* view)
{
    int rows = 0;
    for (int row = view->rowAt(0); row >= 0 && row < view->model()->rowCount(); ++row) {
        if (view->visualRect(view->model()->index(row, 0)).bottom() >= view->viewport()->height())
            break;
        ++rows;
    }
    return rows;
}

// Shown, docked, not a tab behind another dock, and not covered.
void verifyOnScreen(MainWindow& window, QDockWidget* d)
{
    QVERIFY2(d->isVisible(), qPrintable(d->objectName()));
    QVERIFY2(!d->isFloating(), qPrintable(d->objectName()));
    QVERIFY2(window.tabifiedDockWidgets(d).isEmpty(), qPrintable(d->objectName()));
    QVERIFY2(!d->visibleRegion().isEmpty(), qPrintable(d->objectName()));
    QVERIFY2(window.rect().contains(QRect(d->mapTo(&window, QPoint(0, 0)), d->size())),
             qPrintable(d->objectName()));
}

QRect geometryIn(MainWindow& window, QWidget* widget)
{
    return QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
}

// Waits until the docks' geometry and the route table's replay have not changed for a few event
// loop turns; false after ten seconds of change.
bool waitForSteadyGeometry(MainWindow& window, QWidget* watched)
{
    const auto snapshot = [&] {
        QList<QRect> rects;
        for (const char* name : {"timelineDock", "backendsDock", "routeTableDock", "requestDetailDock"})
            rects << geometryIn(window, dock(window, name));
        rects << geometryIn(window, watched);
        return rects;
    };
    QElapsedTimer clock;
    clock.start();
    QList<QRect> last = snapshot();
    int steadyTurns = 0;
    while (clock.elapsed() < 10000) {
        QTest::qWait(30);
        const QList<QRect> now = snapshot();
        const bool steady = now == last && !window.routeTablePanel()->isBusy();
        steadyTurns = steady ? steadyTurns + 1 : 0;
        if (steadyTurns >= 3)
            return true;
        last = now;
    }
    return false;
}

// Every finding's title fits its cell whole: the row is as tall as the wrapped title.
void verifyFindingTitlesFit(FindingsPanel* findings)
{
    QTreeWidget* tree = findings->tree();
    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    int titles = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c) {
            QTreeWidgetItem* item = tree->topLevelItem(g)->child(c);
            const QRect cell = tree->visualRect(tree->model()->index(c, 0, tree->model()->index(g, 0)));
            QVERIFY(cell.width() > 60); // the column is not squeezed to nothing
            int needed = wrappedTextHeight(item->text(0), tree->font(), cell.width() - 2 * margin);
            // The time span has its own line under the title, not a column taking the title's width.
            QCOMPARE(tree->columnCount(), 2);
            if (!item->data(0, FindingsPanel::kSpanRole).toString().isEmpty())
                needed += tree->fontMetrics().height();
            QVERIFY2(needed <= cell.height(),
                     qPrintable(QStringLiteral("%1 < %2: ").arg(cell.height()).arg(needed) + item->text(0)));
            ++titles;
        }
    }
    QVERIFY(titles > 0);
}

// Every bar of the backends chart has its label (none dropped to keep them apart).
void verifyEveryBarLabelled(MainWindow& window)
{
    QCustomPlot* bars = window.backends()->plot();
    bars->replot();
    auto ticker = bars->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker && !ticker->ticks().isEmpty());
    QCOMPARE(bars->yAxis->tickVectorLabels().size(), ticker->ticks().size());
}

QString rectText(QRect r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Every control of a chart dock is whole on screen (not under the dock's edge or a neighbour)
// and the panel does not fall back to scrolling sideways.
void verifyControlsWhole(QDockWidget* d)
{
    for (const auto* scroll : d->findChildren<QScrollArea*>()) {
        if (scroll->widget() && scroll->parentWidget() == d)
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                     qPrintable(d->objectName() + QStringLiteral(" scrolls sideways: needs %1 of %2 px")
                                                      .arg(scroll->widget()->minimumSizeHint().width())
                                                      .arg(scroll->viewport()->width())));
    }
    const auto controls = d->findChildren<QWidget*>();
    for (QWidget* control : controls) {
        const bool isControl = qobject_cast<QAbstractButton*>(control) || qobject_cast<QComboBox*>(control) ||
                               qobject_cast<QLineEdit*>(control) || qobject_cast<QAbstractSpinBox*>(control);
        // Buttons inside views, tab bars and the spin box's own line edit belong to their owner.
        if (!isControl || !control->isVisible() ||
            qobject_cast<QAbstractItemView*>(control->parentWidget()) ||
            qobject_cast<QTabBar*>(control->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(control->parentWidget()) || control->parentWidget() == d)
            continue;
        const QRect shown = control->visibleRegion().boundingRect();
        QVERIFY2(shown == control->rect(),
                 qPrintable(d->objectName() + QLatin1Char('/') + control->objectName() + QLatin1Char(' ') +
                            rectText(shown) + QStringLiteral(" of ") + rectText(control->rect())));
    }
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void defaultLayoutShowsEverything_data();
    void defaultLayoutShowsEverything();
    void detailOpensWithoutHidingTheRouteTable();
    void findingMovesTheCursorAndSelectsItsEndpoint();
    void resetLayoutRestoresTheDefault();
    void layoutsAreRememberedPerScreenSizeClass();
    void openRecentShowsPaths();
    void chartControlsFitInEveryLanguage_data();
    void chartControlsFitInEveryLanguage();

private:
    QTemporaryDir m_bundle;
};

void TestLayout::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeLayoutTest"));
    QVERIFY(m_bundle.isValid());
    QVERIFY2(generateBundle(m_bundle.path(), 3), "tools/gen-bundle failed");
}

void TestLayout::defaultLayoutShowsEverything_data()
{
    QTest::addColumn<bool>("sample");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1366, 768), QSize(1600, 900), QSize(1920, 1080)}) {
        const QByteArray name = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::newRow(("sample " + name).constData()) << true << size;
        QTest::newRow(("three routers " + name).constData()) << false << size;
    }
}

void TestLayout::defaultLayoutShowsEverything()
{
    QFETCH(bool, sample);
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(sample ? openSampleAndWait(window) : openPathsAndWait(window, {m_bundle.path()}));
    QCOMPARE(window.size(), size);
    if (!sample) {
        const auto incident = window.incident();
        QVERIFY(incident);
        const auto& identities = incident->tables.identities;
        QCOMPARE(std::count_if(identities.begin(), identities.end(),
                               [](const IdentityInfo& i) { return i.role == IdentityRole::Router; }),
                 std::ptrdiff_t{3});
    }

    QTableView* requests = window.requestsPanel()->view();
    QVERIFY(requests->model()->rowCount() >= 12);
    const int rows = fullyVisibleRows(requests);
    QVERIFY2(rows >= 12, qPrintable(QStringLiteral("%1 rows").arg(rows)));

    QDockWidget* timeline = dock(window, "timelineDock");
    QDockWidget* backends = dock(window, "backendsDock");
    QDockWidget* routeTable = dock(window, "routeTableDock");
    for (QDockWidget* d : {timeline, backends, routeTable})
        verifyOnScreen(window, d);
    QVERIFY(dock(window, "findingsDock")->isVisible());
    QVERIFY(!dock(window, "findingsDock")->visibleRegion().isEmpty());
    // Side by side: the three charts share a band and do not overlap.
    const QRect t = geometryIn(window, timeline), b = geometryIn(window, backends),
                r = geometryIn(window, routeTable);
    const auto describe = [](QRect q) {
        return QStringLiteral("%1,%2 %3x%4").arg(q.x()).arg(q.y()).arg(q.width()).arg(q.height());
    };
    QVERIFY2(
        !t.intersects(b) && !b.intersects(r) && !t.intersects(r),
        qPrintable(describe(t) + QLatin1String(" | ") + describe(b) + QLatin1String(" | ") + describe(r)));
    QVERIFY(t.right() < b.left() && b.right() < r.left());
    QCOMPARE(t.top(), r.top());
    QVERIFY2(timeline->height() >= 200, qPrintable(QString::number(timeline->height())));
    // The plot keeps its height under the chart's controls, and the route table shows routes,
    // not only its captions.
    QTRY_VERIFY2_WITH_TIMEOUT(timelinePlotHeight(window) >= 140,
                              qPrintable(QString::number(timelinePlotHeight(window))), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(visibleRouteRows(window) >= 6,
                              qPrintable(QString::number(visibleRouteRows(window))), 10000);
    // The route table's selectors and filter are whole, not cut by the dock's edge.
    for (const char* name : {"routerCombo", "timeEdit", "routeFilterEdit"}) {
        auto* control = routeTable->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(control && control->isVisible(), name);
        // Not clipped by the dock or by the scroll area the panel falls back to.
        const QRect shown = control->visibleRegion().boundingRect();
        QVERIFY2(shown == control->rect(),
                 qPrintable(QLatin1String(name) + QLatin1Char(' ') + describe(shown)));
    }
    // The requests are the largest area, below the charts.
    QVERIFY(geometryIn(window, requests).top() > t.bottom());
    QVERIFY(requests->height() > timeline->height());
    // The detail waits for a request; the import report is a tab behind the findings.
    QVERIFY(!dock(window, "requestDetailDock")->isVisible());
    QVERIFY(
        window.tabifiedDockWidgets(dock(window, "findingsDock")).contains(dock(window, "importReportDock")));

    verifyFindingTitlesFit(window.findingsPanel());

    verifyEveryBarLabelled(window);

    // The charts' toolbar texts are whole or elided (the whole text then in the tooltip), never
    // clipped mid-word by the checkboxes and buttons beside them.
    QTest::qWait(500); // let the toolbars lay out the texts the views just set (slow under ASan)
    for (const char* name : {"hintLabel", "summaryLabel", "bucketLabel"}) {
        for (QLabel* label : window.findChildren<QLabel*>(QLatin1String(name))) {
            if (!label->isVisible())
                continue;
            const QString shown = label->QLabel::text();
            const int room = label->contentsRect().width() - 2 * std::max(label->indent(), 0);
            QVERIFY2(
                label->fontMetrics().horizontalAdvance(shown) <= room,
                qPrintable(QStringLiteral("%1: '%2' in %3 px").arg(QLatin1String(name), shown).arg(room)));
            if (const auto* eliding = qobject_cast<ElidingLabel*>(label); eliding && eliding->isElided())
                QVERIFY2(!label->toolTip().isEmpty(), name);
        }
    }

    // Headers and times are not cut.
    QHeaderView* header = requests->horizontalHeader();
    // Without load-balancer logs the LB status column would be blank on every row: hidden.
    QCOMPARE(requests->isColumnHidden(static_cast<int>(RequestColumn::LbStatus)),
             window.incident()->tables.lb.size() == 0);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(requests->model()->headerData(column, Qt::Horizontal).toString()));
    }
    const QModelIndex firstTime = requests->model()->index(0, static_cast<int>(RequestColumn::Time));
    const QString timeText = firstTime.data().toString();
    QVERIFY2(requests->fontMetrics().horizontalAdvance(timeText) + 8 <= requests->columnWidth(0),
             qPrintable(timeText));
}

void TestLayout::detailOpensWithoutHidingTheRouteTable()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSampleAndWait(window));
    QTableView* requests = window.requestsPanel()->view();
    requests->setCurrentIndex(requests->model()->index(5, 0));
    QDockWidget* detail = dock(window, "requestDetailDock");
    QTRY_VERIFY(detail->isVisible());
    QVERIFY(window.requestDetail()->currentRow().has_value());
    QVERIFY(window.tabifiedDockWidgets(detail).isEmpty());
    // The dock area lays out after the show (animated, and slow under ASan on a loaded CI
    // machine): measure once the geometry has stopped changing, not after a fixed pause.
    QVERIFY(waitForSteadyGeometry(window, detail));
    for (const char* name : {"timelineDock", "backendsDock", "routeTableDock"})
        verifyOnScreen(window, dock(window, name));
    // Under the requests, beside the findings column.
    QVERIFY(geometryIn(window, detail).top() > geometryIn(window, requests).bottom());
    QVERIFY(geometryIn(window, detail).left() >= geometryIn(window, dock(window, "findingsDock")).right());
    // The requests still show nine rows on a laptop screen, and the detail more than its tabs.
    const int rows = requests->viewport()->height() / requests->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 9, qPrintable(QStringLiteral("%1 rows; detail %2 (min %3), timeline %4, central %5")
                                       .arg(rows)
                                       .arg(detail->height())
                                       .arg(detail->minimumSizeHint().height())
                                       .arg(dock(window, "timelineDock")->height())
                                       .arg(window.centralWidget()->height())));
    QVERIFY2(detail->height() >= 140, qPrintable(QString::number(detail->height())));
    verifyEveryBarLabelled(window);
    QVERIFY2(timelinePlotHeight(window) >= 100,
             qPrintable(QStringLiteral("plot %1, dock %2, rows %3, detail %4")
                            .arg(timelinePlotHeight(window))
                            .arg(dock(window, "timelineDock")->height())
                            .arg(rows)
                            .arg(detail->height())));
    // The route table panel fits its dock: no scroll bars with the detail open either.
    const auto* routeScroll = dock(window, "routeTableDock")->findChild<QScrollArea*>();
    QVERIFY(routeScroll);
    QVERIFY(!routeScroll->horizontalScrollBar()->isVisible());
    QVERIFY(!routeScroll->verticalScrollBar()->isVisible());
    QVERIFY2(
        visibleRouteRows(window) >= 4,
        qPrintable(QStringLiteral("%1 route rows; route dock %2, tree viewport %3, row %4")
                       .arg(visibleRouteRows(window))
                       .arg(dock(window, "routeTableDock")->height())
                       .arg(window.findChild<QTreeView*>(QStringLiteral("routeTree"))->viewport()->height())
                       .arg(window.findChild<QTreeView*>(QStringLiteral("routeTree"))->sizeHintForRow(0))));
    // Selecting another request keeps everything where it is.
    const QRect before = geometryIn(window, dock(window, "routeTableDock"));
    requests->setCurrentIndex(requests->model()->index(9, 0));
    QVERIFY(waitForSteadyGeometry(window, detail));
    QCOMPARE(geometryIn(window, dock(window, "routeTableDock")), before);
}

// Selecting a finding about route-table endpoints shows the table at the finding's moment with
// its endpoint selected, and the timeline's cursor there, even after its filter recomputed the
// views.
void TestLayout::findingMovesTheCursorAndSelectsItsEndpoint()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSampleAndWait(window));
    const Finding* chosen = nullptr;
    for (const Finding& f : window.analysis()->findings)
        if (!f.endpoints.empty() && f.cursor != kNoTime && !chosen)
            chosen = &f;
    QVERIFY2(chosen, "the sample has no finding about an endpoint");
    const Finding finding = *chosen;
    QSignalSpy updated(&window, &MainWindow::viewsUpdated);
    QVERIFY(window.findingsPanel()->selectFinding(finding.id));
    QTRY_VERIFY(!updated.isEmpty());
    RouteTablePanel* routes = window.routeTablePanel();
    QTRY_VERIFY(!routes->isBusy() && routes->currentEndpoint().has_value());
    QCOMPARE(routes->time(), finding.cursor);
    QCOMPARE(routes->router(), std::optional<IdentityIndex>(finding.endpoints.front().router));
    QCOMPARE(routes->currentEndpoint()->route, finding.endpoints.front().route);
    QCOMPARE(routes->currentEndpoint()->address, finding.endpoints.front().address);
    QCOMPARE(window.findChild<TimelineView*>()->cursorTime(), finding.cursor);
    // The endpoint's bar is marked in the backends chart, counted as the evidence is.
    BackendsView* backends = window.backends();
    QCOMPARE(backends->chart(), BackendsView::Chart::Backends);
    QCOMPARE(backends->counting(), finding.evidence.events.empty() ? BackendsView::Counting::Requests
                                                                   : BackendsView::Counting::Attempts);
    QTRY_VERIFY(backends->currentRow() >= 0);
    QCOMPARE(backends->series().rows[static_cast<std::size_t>(backends->currentRow())].key,
             finding.endpoints.front().address);
}

void TestLayout::resetLayoutRestoresTheDefault()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSampleAndWait(window));
    QDockWidget* routeTable = dock(window, "routeTableDock");
    QDockWidget* timeline = dock(window, "timelineDock");
    QTRY_VERIFY(timeline->height() >= 200);
    // The default as Reset makes it for this incident (the panels' needs depend on the data,
    // so the route table's first table must be there).
    QTRY_VERIFY(!window.routeTablePanel()->isBusy() && window.routeTablePanel()->router().has_value());
    // Reset until the panels' size hints no longer move it (a loaded machine delivers the
    // panels' first contents late).
    QRect routeBefore, timelineBefore;
    for (int round = 0; round < 10; ++round) {
        window.resetLayout();
        QTest::qWait(200);
        const QRect route = geometryIn(window, routeTable), line = geometryIn(window, timeline);
        if (route == routeBefore && line == timelineBefore)
            break;
        routeBefore = route;
        timelineBefore = line;
    }
    // A user rearranges: the route table becomes a tab of the timeline, backends closed.
    window.tabifyDockWidget(timeline, routeTable);
    dock(window, "backendsDock")->close();
    QTest::qWait(20);
    QVERIFY(!window.tabifiedDockWidgets(routeTable).isEmpty());

    window.resetLayout();
    QTest::qWait(50);
    for (const char* name : {"timelineDock", "backendsDock", "routeTableDock"})
        verifyOnScreen(window, dock(window, name));
    QVERIFY(!dock(window, "findingsDock")->visibleRegion().isEmpty());
    QTRY_COMPARE(geometryIn(window, routeTable), routeBefore);
    QTRY_COMPARE(geometryIn(window, timeline), timelineBefore);
}

void TestLayout::layoutsAreRememberedPerScreenSizeClass()
{
    QCOMPARE(WindowLayout::sizeClass(QSize(1366, 768)), QStringLiteral("compact"));
    QCOMPARE(WindowLayout::sizeClass(QSize(1920, 1080)), QStringLiteral("regular"));
    QCOMPARE(WindowLayout::sizeClass(QSize(2560, 1440)), QStringLiteral("large"));
    QCOMPARE(WindowLayout::sizeClass(QSize(3840, 2160)), QStringLiteral("huge"));
    QString sizeClass;
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sizeClass = WindowLayout::sizeClass(window.screen()->availableSize());
        dock(window, "backendsDock")->close();
        window.close();
    }
    const QSettings settings;
    QVERIFY(settings.contains(QStringLiteral("layout/%1/state").arg(sizeClass)));
    for (const QString& other :
         {QStringLiteral("compact"), QStringLiteral("regular"), QStringLiteral("large")}) {
        if (other != sizeClass)
            QVERIFY(!settings.contains(QStringLiteral("layout/%1/state").arg(other)));
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!dock(again, "backendsDock")->isVisible());
    QVERIFY(dock(again, "routeTableDock")->isVisible());
}

void TestLayout::openRecentShowsPaths()
{
    const QString deep =
        m_bundle.path() + QStringLiteral("/a & b/") + QString(80, u'x') + QStringLiteral("/bundle.tgz");
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{deep, QStringLiteral("/tmp/bundle.tgz")});
    MainWindow window;
    auto* recent = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(recent);
    const auto actions = recent->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0]->toolTip(), QDir::toNativeSeparators(deep));
    QVERIFY(actions[0]->text().contains(QStringLiteral("bundle.tgz")));
    QVERIFY(actions[0]->text().contains(QStringLiteral("&&"))); // not a mnemonic
    QVERIFY(actions[0]->text().contains(QChar(0x2026)));        // the middle is elided
    QCOMPARE(actions[1]->text(), QDir::toNativeSeparators(QStringLiteral("/tmp/bundle.tgz")));
    QVERIFY(recent->toolTipsVisible());
}

void TestLayout::chartControlsFitInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char* code : {"en", "de", "ja"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

// The laptop layout in each language: German and Japanese labels are longer, and the charts'
// and route table's controls must still be whole, with the route table's panel never scrolling
// sideways.
void TestLayout::chartControlsFitInEveryLanguage()
{
    QFETCH(QString, language);
    QVERIFY(applyLanguage(language));
    const auto restore = qScopeGuard([] { applyLanguage(QStringLiteral("en")); });
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSampleAndWait(window));
    QTRY_VERIFY(!window.routeTablePanel()->isBusy() && window.routeTablePanel()->router().has_value());
    // As a user sees it on first start (no Reset): the default sizes refit once the incident
    // filled the panels' controls.
    QVERIFY(waitForSteadyGeometry(window, dock(window, "routeTableDock")));
    QTest::qWait(200); // the toolbars lay out the texts the views just set
    for (const char* name : {"timelineDock", "backendsDock", "routeTableDock"})
        verifyControlsWhole(dock(window, name));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
