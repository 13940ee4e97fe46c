// The one filter every view follows: history semantics of FilterStack, and ViewUpdater
// delivering only the newest filter's data, computed from the sample incident.
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "appfixture.h"
#include "core/query/classnames.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace rs;

namespace {
Filter hostFilter(const char* host)
{
    Filter filter;
    filter.hosts = {host};
    return filter;
}
} // namespace

class TestFilterStack : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pushBackForward();
    void pushDropsForwardHistory();
    void equalPushIsIgnored();
    void resetIsUndoable();
    void clearForgetsHistory();
    void viewDataFollowsTheFilter();
    void onlyTheNewestFilterDelivers();
    void historyReusesComputedViews();
};

void TestFilterStack::pushBackForward()
{
    FilterStack stack;
    QSignalSpy changed(&stack, &FilterStack::filterChanged);
    QVERIFY(!stack.backAction()->isEnabled());
    stack.push(hostFilter("a"));
    stack.push(hostFilter("b"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(stack.current().hosts, std::vector<std::string>{"b"});
    QVERIFY(stack.backAction()->isEnabled());
    QVERIFY(!stack.forwardAction()->isEnabled());
    stack.backAction()->trigger();
    QCOMPARE(stack.current().hosts, std::vector<std::string>{"a"});
    QVERIFY(stack.forwardAction()->isEnabled());
    stack.back();
    QVERIFY(stack.current().isEmpty());
    QVERIFY(!stack.canGoBack());
    stack.back(); // nothing left: no signal
    QCOMPARE(changed.count(), 4);
    stack.forwardAction()->trigger();
    stack.forward();
    QCOMPARE(stack.current().hosts, std::vector<std::string>{"b"});
    QCOMPARE(changed.last().at(0).value<Filter>().hosts, std::vector<std::string>{"b"});
}

void TestFilterStack::pushDropsForwardHistory()
{
    FilterStack stack;
    stack.push(hostFilter("a"));
    stack.push(hostFilter("b"));
    stack.back();
    stack.push(hostFilter("c"));
    QVERIFY(!stack.canGoForward());
    stack.back();
    QCOMPARE(stack.current().hosts, std::vector<std::string>{"a"});
}

void TestFilterStack::equalPushIsIgnored()
{
    FilterStack stack;
    QSignalSpy changed(&stack, &FilterStack::filterChanged);
    stack.push(hostFilter("a"));
    stack.push(hostFilter("a"));
    stack.modify([](Filter&) {});
    QCOMPARE(changed.count(), 1);
    stack.modify([](Filter& f) { f.statuses = {{500, 599}}; });
    QCOMPARE(stack.current().hosts, std::vector<std::string>{"a"});
    QCOMPARE(stack.current().statuses.size(), std::size_t{1});
}

void TestFilterStack::resetIsUndoable()
{
    FilterStack stack;
    QVERIFY(!stack.resetAction()->isEnabled());
    stack.push(hostFilter("a"));
    QVERIFY(stack.resetAction()->isEnabled());
    stack.resetAction()->trigger();
    QVERIFY(stack.current().isEmpty());
    stack.back();
    QCOMPARE(stack.current().hosts, std::vector<std::string>{"a"});
}

void TestFilterStack::clearForgetsHistory()
{
    FilterStack stack;
    stack.push(hostFilter("a"));
    QSignalSpy changed(&stack, &FilterStack::filterChanged);
    stack.clear();
    QCOMPARE(changed.count(), 1);
    QVERIFY(stack.current().isEmpty());
    QVERIFY(!stack.canGoBack() && !stack.backAction()->isEnabled());
}

void TestFilterStack::viewDataFollowsTheFilter()
{
    const auto analysis = test::sampleAnalysis();
    QVERIFY(analysis);
    FilterStack stack;
    ViewUpdater updater(&stack);
    updater.setAnalysis(analysis);
    QVERIFY(test::waitForViews(updater));
    const auto all = updater.current();
    QCOMPARE(all->selection.rows.size(), analysis->incident->tables.requests.size());
    QVERIFY(all->failures > 0);
    QVERIFY(!all->backends.empty());

    stack.push([] {
        Filter f;
        f.statuses = {{500, 599}};
        return f;
    }());
    QVERIFY(test::waitForViews(updater));
    const auto failed = updater.current();
    QVERIFY(failed != all);
    QVERIFY(!failed->selection.rows.empty());
    QVERIFY(failed->selection.rows.size() < all->selection.rows.size());
    for (const auto row : failed->selection.rows)
        QVERIFY(analysis->incident->tables.requests.status[row] >= 500);
    // Class totals count exactly the selection.
    std::uint64_t total = 0;
    for (const auto n : failed->classTotals)
        total += n;
    QCOMPARE(total, failed->selection.rows.size());
}

void TestFilterStack::onlyTheNewestFilterDelivers()
{
    const auto analysis = test::sampleAnalysis();
    FilterStack stack;
    ViewUpdater updater(&stack);
    updater.setAnalysis(analysis);
    QVERIFY(test::waitForViews(updater));
    QSignalSpy updated(&updater, &ViewUpdater::updated);
    for (int status : {200, 404, 502, 503}) {
        Filter f;
        f.statuses = {{status, status}};
        stack.push(f);
    }
    QVERIFY(test::waitForViews(updater));
    QVERIFY(updated.count() >= 1);
    const auto data = updated.last().at(0).value<std::shared_ptr<const ViewData>>();
    QCOMPARE(data->filter.statuses.front().from, 503);
    QCOMPARE(updater.current(), data);
}

void TestFilterStack::historyReusesComputedViews()
{
    FilterStack stack;
    ViewUpdater updater(&stack);
    updater.setAnalysis(test::sampleAnalysis());
    QVERIFY(test::waitForViews(updater));
    const auto all = updater.current();
    stack.push(hostFilter("api.sys.example.com"));
    QVERIFY(test::waitForViews(updater));
    const auto api = updater.current();
    QVERIFY(api != all);
    stack.back();
    QVERIFY(test::waitForViews(updater));
    QCOMPARE(updater.current(), all); // the same object: nothing was computed again
    stack.forward();
    QVERIFY(test::waitForViews(updater));
    QCOMPARE(updater.current(), api);
    // A new analysis forgets the old one's views.
    updater.setAnalysis(test::sampleAnalysis());
    QVERIFY(test::waitForViews(updater));
    QVERIFY(updater.current() != api);
    QCOMPARE(updater.current()->selection.rows, api->selection.rows);
}

QTEST_MAIN(TestFilterStack)
#include "tst_filterstack.moc"
