// The whole window on real data: the embedded sample opens in the background and fills every
// panel; the filter stack drives every view (back/forward restores what was shown); selecting
// a finding shows its evidence; a cancelled import leaves the previous incident.
#include "app/charts/backendsview.h"
#include "app/charts/timelineview.h"
#include "app/detail/requestdetailpanel.h"
#include "app/filter/filterchipsbar.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "app/findings/findingspanel.h"
#include "app/mainwindow.h"
#include "app/requests/requestspanel.h"
#include "app/requests/requesttablemodel.h"
#include "app/routes/routetablepanel.h"
#include "app/sampleincident.h"
#include "windowfixture.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <set>

using namespace rs;

using test::openSampleAndWait;
using test::waitForViewsOf;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeTest")); }
    void sampleIncidentFillsEveryPanel();
    void backAndForwardRestoreTheViews();
    void selectingAFindingShowsItsEvidence();
    void chipsShowAndRemoveFilterParts();
    void cancelKeepsThePreviousIncident();
};

void TestMainWindow::sampleIncidentFillsEveryPanel()
{
    QVERIFY(loadSampleIncident() != nullptr);
    MainWindow window;
    window.show();
    QVERIFY(openSampleAndWait(window));
    const auto incident = window.incident();
    QVERIFY(incident);
    QVERIFY(incident->tables.requests.size() > 1000);
    auto* view = window.findChild<QTableView*>(QStringLiteral("requestsView"));
    QVERIFY(view);
    QCOMPARE(static_cast<std::size_t>(view->model()->rowCount()), incident->tables.requests.size());
    auto* report = window.findChild<QTreeWidget*>(QStringLiteral("importReportTree"));
    QVERIFY(report);
    QCOMPARE(static_cast<std::size_t>(report->topLevelItemCount()),
             incident->report.files.size() + (incident->report.problems.empty() ? 0 : 1));
    QVERIFY(window.findingsPanel()->findingCount() > 0);
    QCOMPARE(window.findingsPanel()->findingCount(), static_cast<int>(window.analysis()->findings.size()));
    // The timeline plots every request, the backends chart the failing backends, the route
    // table a router's replayed table.
    QVERIFY(QTest::qWaitFor([&] { return !window.timeline()->isUpdating(); }, 30000));
    std::uint64_t plotted = 0;
    for (std::size_t b = 0; b < window.timeline()->series().bucketCount(); ++b)
        plotted += window.timeline()->series().total(b);
    QCOMPARE(plotted, static_cast<std::uint64_t>(incident->tables.requests.size()));
    QVERIFY(!window.backends()->series().rows.empty());
    QVERIFY(QTest::qWaitFor([&] { return !window.routeTablePanel()->isBusy(); }, 30000));
    QVERIFY(window.routeTablePanel()->router().has_value());
    // Selecting a request in the table shows it in the detail panel.
    QTableView* requests = window.requestsPanel()->view();
    requests->setCurrentIndex(requests->model()->index(3, 0));
    QCOMPARE(window.requestDetail()->currentRow(),
             std::optional<std::uint32_t>(window.requestsPanel()->model()->requestRow(3)));
    QVERIFY(window.requestDetail()->rawText().contains(QString::fromUtf8(
        incident->rawLine(incident->tables.requests.source, window.requestsPanel()->model()->requestRow(3))
            .view())));
}

void TestMainWindow::backAndForwardRestoreTheViews()
{
    MainWindow window;
    window.show();
    QVERIFY(openSampleAndWait(window));
    QTableView* view = window.requestsPanel()->view();
    const int all = view->model()->rowCount();
    Filter failed;
    failed.statuses = {{500, 599}};
    window.filters()->push(failed);
    QVERIFY(waitForViewsOf(window));
    const int failures = view->model()->rowCount();
    QVERIFY(failures > 0 && failures < all);
    Filter one;
    one.statuses = {{502, 502}};
    window.filters()->push(one);
    QVERIFY(waitForViewsOf(window));
    const int badGateway = view->model()->rowCount();
    QVERIFY(badGateway < failures);

    // The shortcuts drive the same history.
    QTest::keySequence(&window, QKeySequence::Back);
    QVERIFY(waitForViewsOf(window));
    QCOMPARE(view->model()->rowCount(), failures);
    QTest::keySequence(&window, QKeySequence::Back);
    QVERIFY(waitForViewsOf(window));
    QCOMPARE(view->model()->rowCount(), all);
    QTest::keySequence(&window, QKeySequence::Forward);
    QVERIFY(waitForViewsOf(window));
    QCOMPARE(view->model()->rowCount(), failures);
    window.filters()->resetAction()->trigger();
    QVERIFY(waitForViewsOf(window));
    QCOMPARE(view->model()->rowCount(), all);
}

void TestMainWindow::selectingAFindingShowsItsEvidence()
{
    MainWindow window;
    window.show();
    QVERIFY(openSampleAndWait(window));
    const auto analysis = window.analysis();
    const Finding* withRequests = nullptr;
    for (const Finding& finding : analysis->findings) {
        if (!finding.evidence.requests.empty() &&
            finding.evidence.requests.size() < analysis->incident->tables.requests.size()) {
            withRequests = &finding;
            break;
        }
    }
    QVERIFY(withRequests);
    // Select it the way a user does: click its row in the tree.
    auto* tree = window.findingsPanel()->findChild<QTreeWidget*>(QStringLiteral("findingsTree"));
    QVERIFY(tree);
    QTreeWidgetItem* item = nullptr;
    for (int g = 0; g < tree->topLevelItemCount() && !item; ++g) {
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c) {
            if (tree->topLevelItem(g)->child(c)->text(0) == withRequests->title)
                item = tree->topLevelItem(g)->child(c);
        }
    }
    QVERIFY(item);
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QVERIFY(window.filters()->current().rows);
    QVERIFY(waitForViewsOf(window));
    const RequestTableModel* model = window.requestsPanel()->model();
    std::set<std::uint32_t> shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown.insert(model->requestRow(r));
    const std::set<std::uint32_t> evidence(withRequests->evidence.requests.begin(),
                                           withRequests->evidence.requests.end());
    QVERIFY(shown == evidence);
    // Its explanation is shown as plain text.
    auto* explanation = window.findingsPanel()->findChild<QPlainTextEdit*>(QStringLiteral("explanationText"));
    QVERIFY(explanation && explanation->toPlainText().contains(withRequests->explanation));
}

void TestMainWindow::chipsShowAndRemoveFilterParts()
{
    MainWindow window;
    window.show();
    QVERIFY(openSampleAndWait(window));
    auto* chips = window.findChild<FilterChipsBar*>();
    QVERIFY(chips);
    QVERIFY(chips->chipLabels().isEmpty());
    Filter filter;
    filter.statuses = {{500, 599}};
    filter.hosts = {"<b>not bold</b>"};
    window.filters()->push(filter);
    QCOMPARE(chips->chipLabels(),
             (QStringList{QStringLiteral("host <b>not bold</b>"), QStringLiteral("status 5xx")}));
    // Clicking the host chip removes exactly the host.
    auto* hostChip = chips->findChildren<QToolButton*>().last();
    for (QToolButton* button : chips->findChildren<QToolButton*>()) {
        if (button->property("chipLabel").toString().startsWith(QStringLiteral("host")))
            hostChip = button;
    }
    QTest::mouseClick(hostChip, Qt::LeftButton);
    QVERIFY(window.filters()->current().hosts.empty());
    QCOMPARE(window.filters()->current().statuses.size(), std::size_t{1});
    QCOMPARE(chips->chipLabels(), QStringList{QStringLiteral("status 5xx")});
}

void TestMainWindow::cancelKeepsThePreviousIncident()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::incidentChanged);
    window.openSample();
    QVERIFY(changed.wait(60000));
    const auto before = window.incident();

    QSignalSpy cancelled(&window, &MainWindow::importCancelled);
    window.openSample();
    window.cancelImport();
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(window.incident(), before);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!window.isImporting());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
