// The one rule for stale state (StaleState): what a panel shows because of an earlier filter or
// incident goes when they change. The detail of a request the filter removed, the expression
// text of a filter no longer current (Reset, another incident), the highlight of a finding
// whose evidence is no longer the filter; and what still applies stays.
#include "app/detail/requestdetailpanel.h"
#include "app/findings/findingspanel.h"
#include "windowfixture.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTreeWidget>

using namespace rs;
using namespace rs::test;

namespace {

QLineEdit* expressionEdit(MainWindow& window)
{
    return window.requestsPanel()->findChild<QLineEdit*>(QStringLiteral("expressionEdit"));
}

QString explanation(MainWindow& window)
{
    return window.findingsPanel()
        ->findChild<QPlainTextEdit*>(QStringLiteral("explanationText"))
        ->toPlainText();
}

// Selects table row `row` and returns its request.
std::uint32_t selectRow(MainWindow& window, int row)
{
    QTableView* view = window.requestsPanel()->view();
    view->setCurrentIndex(view->model()->index(row, 0));
    return window.requestsPanel()->model()->requestRow(row);
}

void applyExpression(MainWindow& window, const QString& text)
{
    QLineEdit* edit = expressionEdit(window);
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

const Finding* findingWithRequests(const Analysis& analysis)
{
    for (const Finding& finding : analysis.findings) {
        if (!finding.evidence.requests.empty())
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestStaleState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void detailGoesWithItsRequest();
    void detailStaysWhileItsRequestIsShown();
    void expressionTextGoesWithItsFilter();
    void expressionBeingEditedStays();
    void findingHighlightGoesWithItsEvidence();
    void anotherIncidentStartsClean();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestStaleState::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeStaleTest"));
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(openSampleAndWait(*m_window));
}

void TestStaleState::init()
{
    m_window->filters()->reset();
    QVERIFY(waitForViewsOf(*m_window));
}

void TestStaleState::detailGoesWithItsRequest()
{
    const std::uint32_t request = selectRow(*m_window, 3);
    QCOMPARE(m_window->requestDetail()->currentRow(), std::optional<std::uint32_t>(request));
    // A filter that matches nothing: "No requests match", and no detail of a request not shown.
    Filter nothing;
    nothing.text = "no line contains this text 0b5c1e";
    m_window->filters()->push(nothing);
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->requestsPanel()->model()->rowCount(), 0);
    QVERIFY(!m_window->requestDetail()->currentRow());
    QVERIFY(!m_window->requestsPanel()->currentRequest());
    QVERIFY(m_window->requestDetail()->rawText().isEmpty());

    // Same with a filter that still shows others but not this one.
    m_window->filters()->reset();
    QVERIFY(waitForViewsOf(*m_window));
    const std::uint32_t again = selectRow(*m_window, 3);
    Filter others;
    auto rows = std::make_shared<std::vector<std::uint32_t>>();
    for (int r = 0; r < 10; ++r) {
        if (m_window->requestsPanel()->model()->requestRow(r) != again)
            rows->push_back(m_window->requestsPanel()->model()->requestRow(r));
    }
    std::sort(rows->begin(), rows->end());
    others.rows = rows;
    m_window->filters()->push(others);
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->requestsPanel()->model()->rowCount(), 9);
    QVERIFY(!m_window->requestDetail()->currentRow());
    QVERIFY(!m_window->requestsPanel()->view()->currentIndex().isValid());
}

void TestStaleState::detailStaysWhileItsRequestIsShown()
{
    const std::uint32_t request = selectRow(*m_window, 4);
    const auto incident = m_window->incident();
    QVERIFY(incident);
    const int status = incident->tables.requests.status[request];
    Filter sameStatus;
    sameStatus.statuses = {{status, status}};
    m_window->filters()->push(sameStatus);
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->requestDetail()->currentRow(), std::optional<std::uint32_t>(request));
    QCOMPARE(m_window->requestsPanel()->currentRequest(), std::optional<std::uint32_t>(request));
    const QModelIndex current = m_window->requestsPanel()->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(m_window->requestsPanel()->model()->requestRow(current.row()), request);
}

void TestStaleState::expressionTextGoesWithItsFilter()
{
    applyExpression(*m_window, QStringLiteral("status>=500"));
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->filters()->current().statuses.size(), std::size_t{1});
    // Still its filter: the text stays.
    QCOMPARE(expressionEdit(*m_window)->text(), QStringLiteral("status>=500"));
    // Reset: the text no longer describes anything shown.
    m_window->filters()->resetAction()->trigger();
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(expressionEdit(*m_window)->text(), QString());

    // Any other change of the filter (here a chip-like modification) also clears it.
    applyExpression(*m_window, QStringLiteral("status>=500"));
    QVERIFY(waitForViewsOf(*m_window));
    m_window->filters()->modify([](Filter& f) { f.hosts = {"orders.apps.example.com"}; });
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(expressionEdit(*m_window)->text(), QString());
}

void TestStaleState::expressionBeingEditedStays()
{
    applyExpression(*m_window, QStringLiteral("status>=500"));
    QVERIFY(waitForViewsOf(*m_window));
    // The user starts typing another expression, then the filter changes elsewhere.
    expressionEdit(*m_window)->setText(QStringLiteral("status>=400 and class"));
    m_window->filters()->reset();
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(expressionEdit(*m_window)->text(), QStringLiteral("status>=400 and class"));
    expressionEdit(*m_window)->clear();
}

void TestStaleState::findingHighlightGoesWithItsEvidence()
{
    const Finding* finding = findingWithRequests(*m_window->analysis());
    QVERIFY(finding);
    QVERIFY(m_window->findingsPanel()->selectFinding(finding->id));
    QVERIFY(waitForViewsOf(*m_window));
    // Its evidence is the filter: highlighted, explained.
    QCOMPARE(m_window->findingsPanel()->currentFindingId(), finding->id);
    QVERIFY(explanation(*m_window).contains(finding->explanation));
    QVERIFY(!m_window->findingsPanel()->tree()->selectedItems().isEmpty());

    m_window->filters()->resetAction()->trigger();
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->findingsPanel()->currentFindingId(), std::string());
    QVERIFY(m_window->findingsPanel()->tree()->selectedItems().isEmpty());
    QVERIFY(explanation(*m_window).isEmpty());

    // Selecting it again highlights it again.
    QVERIFY(m_window->findingsPanel()->selectFinding(finding->id));
    QVERIFY(waitForViewsOf(*m_window));
    QCOMPARE(m_window->findingsPanel()->currentFindingId(), finding->id);
}

void TestStaleState::anotherIncidentStartsClean()
{
    // A finding highlighted and a request of its evidence in the detail…
    const Finding* finding = findingWithRequests(*m_window->analysis());
    QVERIFY(finding);
    QVERIFY(m_window->findingsPanel()->selectFinding(finding->id));
    QVERIFY(waitForViewsOf(*m_window));
    selectRow(*m_window, 0);
    QVERIFY(m_window->requestDetail()->currentRow());
    QVERIFY(openSampleAndWait(*m_window));
    QCOMPARE(m_window->findingsPanel()->currentFindingId(), std::string());
    QVERIFY(explanation(*m_window).isEmpty());
    QVERIFY(!m_window->requestDetail()->currentRow());
    QVERIFY(!m_window->requestsPanel()->currentRequest());
    QVERIFY(m_window->filters()->current().isEmpty());
    QVERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("requestDetailDock"))->isVisible());

    // …and an applied expression with a request of its result.
    applyExpression(*m_window, QStringLiteral("status>=500"));
    QVERIFY(waitForViewsOf(*m_window));
    selectRow(*m_window, 0);
    QVERIFY(m_window->requestDetail()->currentRow());
    QVERIFY(openSampleAndWait(*m_window));
    QCOMPARE(expressionEdit(*m_window)->text(), QString());
    QVERIFY(!m_window->requestDetail()->currentRow());
    QVERIFY(m_window->filters()->current().isEmpty());
}

QTEST_MAIN(TestStaleState)
#include "tst_stalestate.moc"
