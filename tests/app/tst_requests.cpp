// The requests table: the model owns its row index (selection in sort order), passes the
// model tester, sorts by every column in the background and keeps the sort across filter
// changes; the quick filters and the search field push filters onto the shared stack.
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "app/requests/quickfilters.h"
#include "app/requests/requestorder.h"
#include "app/requests/requestspanel.h"
#include "app/requests/requesttablemodel.h"
#include "app/requests/searchresults.h"
#include "app/requests/unjoinedhitsdialog.h"
#include "appfixture.h"
#include "core/query/classnames.h"
#include "core/query/rawsearch.h"
#include "core/util/timeparse.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace rs;

namespace {

bool waitForSort(RequestTableModel& model)
{
    return QTest::qWaitFor([&] { return !model.isSorting(); }, 30000);
}

std::vector<std::uint32_t> shownRows(const RequestTableModel& model)
{
    std::vector<std::uint32_t> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.push_back(model.requestRow(r));
    return rows;
}

// A requests panel following a filter stack over the sample, as the window wires it.
struct PanelOnSample {
    std::shared_ptr<const Analysis> analysis = test::sampleAnalysis();
    FilterStack stack;
    ViewUpdater updater{&stack};
    RequestsPanel panel{&stack};

    bool ready()
    {
        QObject::connect(&updater, &ViewUpdater::updated, &panel, &RequestsPanel::setViewData);
        updater.setAnalysis(analysis);
        return test::waitForViews(updater);
    }
};

} // namespace

class TestRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::sampleAnalysis()); }
    void modelPassesTheTesterAndShowsTheSelection();
    void defaultOrderIsByTime();
    void everyColumnSorts_data();
    void everyColumnSorts();
    void sortSurvivesFilterChanges();
    void triedColumnListsTheFailedBackends();
    void orderSelectionKeepsOrder();
    void quickFiltersPushFilters();
    void searchFieldFiltersRawLines();
    void searchListsLinesWithoutARequest();
    void searchRunsInTheBackgroundWithProgress();
    void searchStopsOnEscAndIsSuperseded();
    void expressionFieldShowsErrors();
    void timesShowMillisecondsAndTheDateOnce();
    void longIdsAreElidedInTheMiddle();
    void currentRowStaysShownWhenTheTableShrinks();
};

void TestRequests::modelPassesTheTesterAndShowsTheSelection()
{
    const auto analysis = test::sampleAnalysis();
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter filter;
    filter.statuses = {{502, 502}};
    model.setViewData(computeViewData(analysis, filter));
    QVERIFY(waitForSort(model));
    const auto data = model.viewData();
    QCOMPARE(static_cast<std::size_t>(model.rowCount()), data->selection.rows.size());
    auto rows = shownRows(model);
    std::sort(rows.begin(), rows.end());
    QVERIFY(rows == data->selection.rows);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.data(model.index(r, static_cast<int>(RequestColumn::Status))).toString(),
                 QStringLiteral("502"));
    // The class column shows the diagnosis of exactly that row.
    const std::uint32_t row = model.requestRow(0);
    QCOMPARE(model.data(model.index(0, static_cast<int>(RequestColumn::ErrorClass))).toString(),
             QString::fromLatin1(errorClassId(analysis->diagnosis.errorClass[row]).data()));
    // The URI comes from the raw line.
    const QString uri = model.data(model.index(0, static_cast<int>(RequestColumn::Uri))).toString();
    QVERIFY(uri.startsWith(QLatin1Char('/')));
    QVERIFY(
        QString::fromUtf8(analysis->incident->rawLine(analysis->incident->tables.requests.source, row).view())
            .contains(uri));
}

void TestRequests::defaultOrderIsByTime()
{
    const auto analysis = test::sampleAnalysis();
    RequestTableModel model;
    model.setViewData(computeViewData(analysis, {}));
    QVERIFY(waitForSort(model));
    const auto& start = analysis->incident->tables.requests.start;
    const auto rows = shownRows(model);
    QCOMPARE(rows.size(), start.size());
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(start[rows[i - 1]] <= start[rows[i]]);
    // The sample has several routers: import order is not time order, so this sorted something.
    bool importOrderSorted = true;
    for (std::size_t i = 1; i < start.size(); ++i)
        importOrderSorted = importOrderSorted && start[i - 1] <= start[i];
    QVERIFY(!importOrderSorted);
}

void TestRequests::everyColumnSorts_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < kRequestColumnCount; ++c)
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void TestRequests::everyColumnSorts()
{
    QFETCH(int, column);
    const auto analysis = test::sampleAnalysis();
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setViewData(computeViewData(analysis, {}));
    QVERIFY(waitForSort(model));
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(column, order);
        QVERIFY(waitForSort(model));
        QCOMPARE(model.sortColumn(), column);
        const auto rows = shownRows(model);
        QCOMPARE(rows.size(), analysis->incident->tables.requests.size());
        // Adjacent rows compare as the column's text or number does (numbers as numbers).
        const auto key = [&](int r) { return model.data(model.index(r, column)).toString(); };
        const bool numeric = column == static_cast<int>(RequestColumn::Status) ||
                             column == static_cast<int>(RequestColumn::ResponseTime) ||
                             column == static_cast<int>(RequestColumn::Attempts);
        const bool byText = column == static_cast<int>(RequestColumn::Host) ||
                            column == static_cast<int>(RequestColumn::Backend) ||
                            column == static_cast<int>(RequestColumn::Uri) ||
                            column == static_cast<int>(RequestColumn::Method) ||
                            column == static_cast<int>(RequestColumn::Router) ||
                            column == static_cast<int>(RequestColumn::Time);
        // Backends tried sort by the first backend that failed.
        const bool byFirstItem = column == static_cast<int>(RequestColumn::Tried);
        for (int r = 1; r < model.rowCount(); r += 7) {
            const QString a = key(r - 1), b = key(r);
            const bool ascending = order == Qt::AscendingOrder;
            if (numeric && a != QStringLiteral("-") && b != QStringLiteral("-")) {
                QVERIFY2(ascending ? a.toDouble() <= b.toDouble() : a.toDouble() >= b.toDouble(),
                         qPrintable(a + QStringLiteral(" / ") + b));
            } else if (byText) {
                QVERIFY2(ascending ? a.toUtf8() <= b.toUtf8() : a.toUtf8() >= b.toUtf8(),
                         qPrintable(a + QStringLiteral(" / ") + b));
            } else if (byFirstItem) {
                const QByteArray first = a.section(QStringLiteral(", "), 0, 0).toUtf8();
                const QByteArray second = b.section(QStringLiteral(", "), 0, 0).toUtf8();
                QVERIFY2(ascending ? first <= second : first >= second,
                         qPrintable(a + QStringLiteral(" / ") + b));
            }
        }
    }
}

void TestRequests::triedColumnListsTheFailedBackends()
{
    const auto analysis = test::sampleAnalysis();
    const Incident& incident = *analysis->incident;
    const Diagnosis& d = analysis->diagnosis;
    RequestTableModel model;
    model.setViewData(computeViewData(analysis, {}));
    QVERIFY(waitForSort(model));
    const int tried = static_cast<int>(RequestColumn::Tried);
    int withAttempts = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const std::uint32_t row = model.requestRow(r);
        QStringList expected;
        for (std::uint32_t i = 0; i < d.attemptsCount[row]; ++i) {
            const auto endpoint = incident.tables.events.endpoint[d.attemptEvents[d.attemptsBegin[row] + i]];
            const QString text = QString::fromUtf8(incident.str(endpoint));
            if (!text.isEmpty() && !expected.contains(text))
                expected.push_back(text);
        }
        withAttempts += expected.isEmpty() ? 0 : 1;
        QCOMPARE(model.data(model.index(r, tried)).toString(), expected.join(QStringLiteral(", ")));
    }
    // The sample has retried requests: the column is not empty everywhere.
    QVERIFY(withAttempts > 0);
}

void TestRequests::sortSurvivesFilterChanges()
{
    const auto analysis = test::sampleAnalysis();
    RequestTableModel model;
    model.setViewData(computeViewData(analysis, {}));
    model.sort(static_cast<int>(RequestColumn::Backend), Qt::DescendingOrder);
    QVERIFY(waitForSort(model));
    Filter filter;
    filter.statuses = {{500, 599}};
    QSignalSpy sorting(&model, &RequestTableModel::sortingChanged);
    model.setViewData(computeViewData(analysis, filter));
    // The order is known already: a filter change re-orders at once, without a new sort.
    QCOMPARE(sorting.count(), 0);
    const auto rows = shownRows(model);
    const auto& t = analysis->incident->tables.requests;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QVERIFY(t.status[rows[i]] >= 500);
        QVERIFY(analysis->incident->str(t.backend[rows[i - 1]]) >=
                analysis->incident->str(t.backend[rows[i]]));
    }
}

void TestRequests::orderSelectionKeepsOrder()
{
    const std::vector<std::uint32_t> order{4, 2, 0, 3, 1};
    QCOMPARE(orderSelection(order, {0, 1, 4}, false), (std::vector<std::uint32_t>{4, 0, 1}));
    QCOMPARE(orderSelection(order, {0, 1, 4}, true), (std::vector<std::uint32_t>{1, 0, 4}));
    QCOMPARE(orderSelection(order, {0, 1, 2, 3, 4}, false), order);
    QVERIFY(orderSelection(order, {}, false).empty());
}

void TestRequests::quickFiltersPushFilters()
{
    PanelOnSample fixture;
    QVERIFY(fixture.ready());
    const auto& analysis = fixture.analysis;
    FilterStack& stack = fixture.stack;
    ViewUpdater& updater = fixture.updater;
    RequestsPanel& panel = fixture.panel;
    auto* serverErrors = panel.findChild<QToolButton*>(QStringLiteral("serverErrorsButton"));
    auto* failures = panel.findChild<QToolButton*>(QStringLiteral("failuresButton"));
    auto* all = panel.findChild<QToolButton*>(QStringLiteral("allButton"));
    QVERIFY(serverErrors && failures && all);
    QVERIFY(all->isChecked());
    QTest::mouseClick(serverErrors, Qt::LeftButton);
    QCOMPARE(stack.current().statuses, (std::vector<StatusRange>{{500, 599}}));
    QVERIFY(serverErrors->isChecked() && !all->isChecked());
    QVERIFY(test::waitForViews(updater));
    QVERIFY(waitForSort(*panel.model()));
    const auto& t = analysis->incident->tables.requests;
    QVERIFY(panel.model()->rowCount() > 0);
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        QVERIFY(t.status[panel.model()->requestRow(r)] >= 500);
    // Failures replaces 5xx rather than adding to it.
    QTest::mouseClick(failures, Qt::LeftButton);
    QVERIFY(stack.current().statuses.empty());
    QVERIFY(!stack.current().classes.empty());
    QVERIFY(test::waitForViews(updater));
    QCOMPARE(static_cast<std::uint64_t>(panel.model()->rowCount()), updater.current()->failures);
    // Back restores the 5xx filter and its button.
    stack.back();
    QVERIFY(serverErrors->isChecked());
}

void TestRequests::searchFieldFiltersRawLines()
{
    PanelOnSample fixture;
    QVERIFY(fixture.ready());
    const auto& analysis = fixture.analysis;
    FilterStack& stack = fixture.stack;
    ViewUpdater& updater = fixture.updater;
    RequestsPanel& panel = fixture.panel;
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    const auto& t = analysis->incident->tables.requests;
    // Some request id of the sample, typed as a user would.
    const std::string id = analysis->incident->requestIdText(t.requestId[t.size() / 2]);
    QTest::keyClicks(search, QString::fromStdString(id));
    QTest::keyClick(search, Qt::Key_Return);
    // The search reads the raw lines in the background, then filters.
    QTRY_COMPARE(stack.current().text, id);
    QVERIFY(test::waitForViews(updater));
    QVERIFY(waitForSort(*panel.model()));
    QVERIFY(panel.model()->rowCount() >= 1);
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        QVERIFY(analysis->incident->rawLine(t.source, panel.model()->requestRow(r)).view().find(id) !=
                std::string::npos);
}

void TestRequests::searchListsLinesWithoutARequest()
{
    PanelOnSample fixture;
    QVERIFY(fixture.ready());
    RequestsPanel& panel = fixture.panel;
    panel.show();
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* button = panel.findChild<QToolButton*>(QStringLiteral("unjoinedButton"));
    QVERIFY(search && button);
    QVERIFY(!button->isVisible());
    // Registrations are gorouter events no request is joined to.
    const QString text = QStringLiteral("REGISTERED");
    const RawSearchResult expected =
        searchRawLines(*fixture.analysis->incident, fixture.analysis->diagnosis, text.toStdString());
    QVERIFY(expected.unjoinedTotal > 0);
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(fixture.stack.current().text, text.toStdString());
    QVERIFY(test::waitForViews(fixture.updater));
    QVERIFY(button->isVisible());
    QVERIFY2(button->text().contains(QLocale().toString(qulonglong(expected.unjoinedTotal))),
             qPrintable(button->text()));

    button->click();
    auto* dialog = panel.findChild<UnjoinedHitsDialog*>();
    QVERIFY(dialog);
    QCOMPARE(static_cast<std::uint64_t>(dialog->listedCount()),
             std::min<std::uint64_t>(expected.unjoinedTotal, kListedUnjoinedHits));
    for (int i = 0; i < dialog->listedCount(); ++i)
        QVERIFY2(dialog->lineAt(i).contains(text, Qt::CaseInsensitive), qPrintable(dialog->lineAt(i)));
    dialog->close();

    // The button belongs to the search: gone once the search is removed.
    search->clear();
    QVERIFY(test::waitForViews(fixture.updater));
    QVERIFY(fixture.stack.current().text.empty());
    QVERIFY(!button->isVisible());
}

void TestRequests::searchRunsInTheBackgroundWithProgress()
{
    PanelOnSample fixture;
    QVERIFY(fixture.ready());
    RequestsPanel& panel = fixture.panel;
    panel.show();
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* progress = panel.findChild<QProgressBar*>(QStringLiteral("searchProgress"));
    auto* stop = panel.findChild<QToolButton*>(QStringLiteral("cancelSearchButton"));
    QVERIFY(search && progress && stop);
    QVERIFY(!progress->isVisible() && !stop->isVisible());
    const QString text = QStringLiteral("REGISTERED");
    const RawSearchResult expected =
        searchRawLines(*fixture.analysis->incident, fixture.analysis->diagnosis, text.toStdString());
    QVERIFY(!expected.requests.empty() || expected.unjoinedTotal > 0);
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
    // The result arrives through the event loop: until then the field shows that it searches, with
    // a way to stop, and the filter is still the old one.
    QVERIFY(progress->isVisible());
    QVERIFY(stop->isVisible());
    QVERIFY(fixture.stack.current().text.empty());
    QTRY_COMPARE(fixture.stack.current().text, text.toStdString());
    QVERIFY(!progress->isVisible() && !stop->isVisible());
    QVERIFY(fixture.stack.current().textRows);
    QVERIFY(*fixture.stack.current().textRows == expected.requests);
    QVERIFY(test::waitForViews(fixture.updater));
    QCOMPARE(static_cast<std::size_t>(panel.model()->rowCount()), expected.requests.size());
}

void TestRequests::searchStopsOnEscAndIsSuperseded()
{
    PanelOnSample fixture;
    QVERIFY(fixture.ready());
    RequestsPanel& panel = fixture.panel;
    panel.show();
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* progress = panel.findChild<QProgressBar*>(QStringLiteral("searchProgress"));
    auto* stop = panel.findChild<QToolButton*>(QStringLiteral("cancelSearchButton"));
    QVERIFY(search && progress && stop);
    std::vector<std::string> applied;
    connect(&fixture.stack, &FilterStack::filterChanged, this,
            [&applied](const Filter& filter) { applied.push_back(filter.text); });

    // Esc stops the search: nothing is applied, the text stays to be searched again.
    QTest::keyClicks(search, QStringLiteral("REGISTERED"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(progress->isVisible());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(!progress->isVisible() && !stop->isVisible());
    QTest::qWait(300);
    QVERIFY(applied.empty());
    QCOMPARE(search->text(), QStringLiteral("REGISTERED"));

    // So does the Stop button.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(stop->isVisible());
    stop->click();
    QVERIFY(!progress->isVisible());
    QTest::qWait(300);
    QVERIFY(applied.empty());

    // A newer text supersedes a running search: only the last one becomes the filter.
    QTest::keyClick(search, Qt::Key_Return);
    search->setText(QStringLiteral("x509"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(fixture.stack.current().text, std::string("x509"));
    QTest::qWait(300);
    QCOMPARE(applied, std::vector<std::string>{"x509"});
    QVERIFY(!progress->isVisible());
}

void TestRequests::expressionFieldShowsErrors()
{
    FilterStack stack;
    RequestsPanel panel(&stack);
    panel.show();
    auto* expression = panel.findChild<QLineEdit*>(QStringLiteral("expressionEdit"));
    auto* error = panel.findChild<QWidget*>(QStringLiteral("expressionError"));
    QVERIFY(expression && error);
    QTest::keyClicks(expression, QStringLiteral("class in (dail)"));
    QTest::keyClick(expression, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY(stack.current().isEmpty());
    expression->clear();
    QTest::keyClicks(expression, QStringLiteral("status>=500 and class in (dial)"));
    QTest::keyClick(expression, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QCOMPARE(stack.current().classes, std::vector<std::uint8_t>{*query::classValue("dial")});
}

void TestRequests::timesShowMillisecondsAndTheDateOnce()
{
    const auto analysis = test::sampleAnalysis();
    const Incident& incident = *analysis->incident;
    // The sample is one UTC day: the date goes in the header, once.
    const std::string begin = formatTimeUtc(incident.begin);
    QCOMPARE(formatTimeUtc(incident.end).substr(0, 10), begin.substr(0, 10));
    RequestTableModel model;
    model.setViewData(computeViewData(analysis, {}));
    QVERIFY(waitForSort(model));
    const int time = static_cast<int>(RequestColumn::Time);
    const QString header = model.headerData(time, Qt::Horizontal).toString();
    QVERIFY2(header.contains(QString::fromStdString(begin.substr(0, 10))), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("UTC")));
    const QRegularExpression milliseconds(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"));
    for (int r = 0; r < model.rowCount(); r += 97) {
        const std::string full = formatTimeUtc(incident.tables.requests.start[model.requestRow(r)]);
        const QString shown = model.data(model.index(r, time)).toString();
        QVERIFY2(milliseconds.match(shown).hasMatch(), qPrintable(shown));
        QCOMPARE(shown, QString::fromStdString(full.substr(11, 12)));
        // Every digit in the tooltip.
        QCOMPARE(model.data(model.index(r, time), Qt::ToolTipRole).toString(), QString::fromStdString(full));
    }
}

void TestRequests::longIdsAreElidedInTheMiddle()
{
    PanelOnSample on;
    QVERIFY(on.ready());
    QVERIFY(waitForSort(*on.panel.model()));
    QTableView* view = on.panel.view();
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    QVERIFY(!view->tabKeyNavigation());
    const RequestTableModel& model = *on.panel.model();
    const int router = static_cast<int>(RequestColumn::Router);
    const QString shown = model.data(model.index(0, router)).toString();
    QCOMPARE(model.data(model.index(0, router), Qt::ToolTipRole).toString(), shown);
    QCOMPARE(shown, QString::fromStdString(
                        on.analysis->incident
                            ->identity(on.analysis->incident->tables.requests.identity[model.requestRow(0)])
                            .display));
}

// Opening the request detail under the table makes it shorter: the current row, shown at the bottom
// before, is scrolled back into view; a row the user had scrolled away from is left where it is.
void TestRequests::currentRowStaysShownWhenTheTableShrinks()
{
    PanelOnSample on;
    QVERIFY(on.ready());
    QVERIFY(waitForSort(*on.panel.model()));
    on.panel.resize(900, 600);
    on.panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&on.panel));
    QTableView* view = on.panel.view();
    const auto rowShown = [view](int row) {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        return rect.top() >= 0 && rect.bottom() < view->viewport()->height();
    };
    // The last row fully shown becomes current.
    const int bottom = view->rowAt(view->viewport()->height() - 1) - 1;
    QVERIFY(bottom > 5 && rowShown(bottom));
    view->setCurrentIndex(view->model()->index(bottom, 0));
    QVERIFY(rowShown(bottom));
    on.panel.resize(900, 400);
    QVERIFY(QTest::qWaitFor([&] { return rowShown(bottom); }, 5000));
    // Scrolled away from the current row, a resize does not pull it back.
    view->scrollToBottom();
    QTest::qWait(50);
    QVERIFY(!rowShown(bottom));
    on.panel.resize(900, 350);
    QTest::qWait(100);
    QVERIFY(!rowShown(bottom));
}

QTEST_MAIN(TestRequests)
#include "tst_requests.moc"
