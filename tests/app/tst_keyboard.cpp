// Keyboard-first use of the window: Tab leaves the requests table for the next panel, each
// panel and the filter field have a shortcut, E / Shift+E walk the failed requests and F8 the
// findings, Ctrl+G goes to a time, Ctrl+Shift+G sets a time range, and the shortcut list under
// Help is made from the window's actions.
#include "app/charts/backendsview.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineview.h"
#include "app/detail/requestdetailpanel.h"
#include "app/displaytime.h"
#include "app/findings/findingspanel.h"
#include "app/keyboardnav.h"
#include "app/routes/routetablepanel.h"
#include "core/query/classnames.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFocusFrame>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>
#include <memory>

using namespace rs;
using namespace rs::test;

namespace {

constexpr TimeNs kSecond = 1'000'000'000;

// Runs `answer` on the next modal dialog once it is shown.
// Answers the next modal dialog; the flag tells whether one came.
std::shared_ptr<bool> whenDialogShows(std::function<void(QWidget*)> answer)
{
    auto shown = std::make_shared<bool>(false);
    QTimer::singleShot(0, qApp, [answer = std::move(answer), shown] {
        QWidget* dialog = nullptr;
        if (QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()) != nullptr; }, 5000)) {
            *shown = true;
            answer(dialog);
        }
    });
    return shown;
}

bool failed(const Analysis& analysis, std::uint32_t row)
{
    return query::isFailureClass(static_cast<std::size_t>(analysis.diagnosis.errorClass[row]));
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }
    // Shortcuts reach the active window only; a closed dialog may leave none active.
    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void tabLeavesTheRequestsTable();
    void altDigitsFocusEachPanel();
    void f6CyclesThePanels();
    void ctrlLFocusesTheFilterField();
    void eWalksTheFailedRequests();
    void f8SelectsTheNextFinding();
    void ctrlGGoesToATime();
    void ctrlShiftGSetsATimeRange();
    void userTimesAreRead();
    void shortcutListIsMadeFromTheActions();

private:
    QWidget* focus() const { return QApplication::focusWidget(); }
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeKeyboardTest"));
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(openSampleAndWait(*m_window));
}

void TestKeyboard::tabLeavesTheRequestsTable()
{
    QTableView* table = m_window->requestsPanel()->view();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_COMPARE(focus(), table);
    // The focus is drawn: the frame follows the table.
    QTRY_COMPARE(m_window->keyboard()->focusFrame()->widget(), table);
    QVERIFY(m_window->keyboard()->focusFrame()->isVisible());
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(focus() != table);
    QCOMPARE(table->currentIndex().column(), 0);
    // The next stop is the findings, not a cell.
    QCOMPARE(focus(), m_window->findingsPanel()->tree());
    QTest::keyClick(focus(), Qt::Key_Backtab);
    QCOMPARE(focus(), table);
}

void TestKeyboard::altDigitsFocusEachPanel()
{
    const std::vector<QWidget*> panels = m_window->keyboard()->panels();
    QCOMPARE(panels.size(), std::size_t{6});
    QCOMPARE(panels[0], m_window->requestsPanel()->view());
    QCOMPARE(panels[5], static_cast<QWidget*>(m_window->requestDetail()));
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::AltModifier);
        QWidget* panel = panels[static_cast<std::size_t>(i)];
        QVERIFY2(focus() && (focus() == panel || panel->isAncestorOf(focus())),
                 qPrintable(QString::number(i + 1)));
        QVERIFY(panel->isVisible());
        QCOMPARE(m_window->keyboard()->focusedPanel(), i);
    }
}

void TestKeyboard::f6CyclesThePanels()
{
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_window->keyboard()->focusedPanel(), 0);
    QTest::keyClick(focus(), Qt::Key_F6);
    QCOMPARE(m_window->keyboard()->focusedPanel(), 1);
    QTest::keyClick(focus(), Qt::Key_F6);
    QCOMPARE(m_window->keyboard()->focusedPanel(), 2);
    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(m_window->keyboard()->focusedPanel(), 0);
}

void TestKeyboard::ctrlLFocusesTheFilterField()
{
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(focus(), Qt::Key_L, Qt::ControlModifier);
    auto* edit = qobject_cast<QLineEdit*>(focus());
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("expressionEdit"));
    // Letters typed there are text, not the E shortcut.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("e"));
    QCOMPARE(edit->text(), QStringLiteral("e"));
    edit->clear();
}

void TestKeyboard::eWalksTheFailedRequests()
{
    QTableView* table = m_window->requestsPanel()->view();
    const RequestTableModel* model = m_window->requestsPanel()->model();
    const Analysis& analysis = *m_window->analysis();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    int expected = -1;
    for (int row = 1; row < model->rowCount() && expected < 0; ++row) {
        if (failed(analysis, model->requestRow(row)))
            expected = row;
    }
    QVERIFY(expected > 0);
    QTest::keyClick(table, Qt::Key_E);
    QCOMPARE(table->currentIndex().row(), expected);
    int second = -1;
    for (int row = expected + 1; row < model->rowCount() && second < 0; ++row) {
        if (failed(analysis, model->requestRow(row)))
            second = row;
    }
    QTest::keyClick(table, Qt::Key_E);
    QCOMPARE(table->currentIndex().row(), second);
    QTest::keyClick(table, Qt::Key_E, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), expected);
    // The detail follows.
    QCOMPARE(m_window->requestDetail()->currentRow(),
             std::optional<std::uint32_t>(model->requestRow(expected)));
}

void TestKeyboard::f8SelectsTheNextFinding()
{
    FindingsPanel* findings = m_window->findingsPanel();
    QVERIFY(findings->findingCount() >= 2);
    findings->clearHighlight();
    m_window->filters()->reset();
    QVERIFY(waitForViewsOf(*m_window));
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    const std::string first = findings->currentFindingId();
    QVERIFY(!first.empty());
    QCOMPARE(first, m_window->analysis()->findings.front().id);
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    const std::string second = findings->currentFindingId();
    QVERIFY(!second.empty() && second != first);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(findings->currentFindingId(), first);
    m_window->filters()->reset();
    QVERIFY(waitForViewsOf(*m_window));
}

void TestKeyboard::ctrlGGoesToATime()
{
    m_window->filters()->reset();
    QVERIFY(waitForViewsOf(*m_window));
    const Incident& incident = *m_window->incident();
    const TimeNs at = incident.begin + (incident.end - incident.begin) / 2;
    // Typed as a time of day with milliseconds, the way the tables show it.
    const QString typed = timeOfDayMs(at);
    const TimeNs wanted = parseUserTime(typed, incident.begin);
    QVERIFY(wanted != kNoTime && wanted <= at && at - wanted < kSecond / 1000);
    whenDialogShows([typed](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        QVERIFY(input);
        input->setTextValue(typed);
        input->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_COMPARE(m_window->timeline()->cursorTime(), wanted);
    QCOMPARE(m_window->routeTablePanel()->time(), wanted);
    const QTableView* table = m_window->requestsPanel()->view();
    const RequestTableModel* model = m_window->requestsPanel()->model();
    QVERIFY(table->currentIndex().isValid());
    const auto& start = incident.tables.requests.start;
    const TimeNs shown = start[model->requestRow(table->currentIndex().row())];
    QVERIFY(shown >= wanted);
    // No request starts between the time and the one shown.
    for (int row = 0; row < model->rowCount(); ++row) {
        const TimeNs t = start[model->requestRow(row)];
        QVERIFY(t < wanted || t >= shown);
    }
}

void TestKeyboard::ctrlShiftGSetsATimeRange()
{
    const Incident& incident = *m_window->incident();
    const TimeNs from = incident.begin + kSecond * 30;
    const TimeNs to = from + kSecond * 60;
    whenDialogShows([from, to](QWidget* dialog) {
        auto* fromEdit = dialog->findChild<QLineEdit*>(QStringLiteral("fromEdit"));
        auto* toEdit = dialog->findChild<QLineEdit*>(QStringLiteral("toEdit"));
        QVERIFY(fromEdit && toEdit);
        fromEdit->setText(fullTime(from));
        toEdit->setText(timeOfDayMs(to));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->filters()->current().from, from);
    QCOMPARE(m_window->filters()->current().to, parseUserTime(timeOfDayMs(to), incident.begin));
    QVERIFY(waitForViewsOf(*m_window));
    const auto& start = incident.tables.requests.start;
    const RequestTableModel* model = m_window->requestsPanel()->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const TimeNs t = start[model->requestRow(row)];
        QVERIFY(t >= from && t < to);
    }
    m_window->filters()->reset();
    QVERIFY(waitForViewsOf(*m_window));
}

void TestKeyboard::userTimesAreRead()
{
    const TimeNs day = parseUserTime(QStringLiteral("2026-10-14T09:08:00Z"), kNoTime);
    QVERIFY(day != kNoTime);
    QCOMPARE(parseUserTime(QStringLiteral("2026-10-14 09:08:00.250"), kNoTime), day + kSecond / 4);
    QCOMPARE(parseUserTime(QStringLiteral("2026-10-14T11:08:00+02:00"), kNoTime), day);
    QCOMPARE(parseUserTime(QStringLiteral("14/10/2026:09:08:00.000 +0000"), kNoTime), day);
    QCOMPARE(parseUserTime(QStringLiteral(" 09:08 "), day + 5 * kSecond), day);
    QCOMPARE(parseUserTime(QStringLiteral("09:08:00.5"), day), day + kSecond / 2);
    QCOMPARE(parseUserTime(QStringLiteral("09:08:01"), day - 9 * 3600 * kSecond), day + kSecond);
    QCOMPARE(parseUserTime(QString::number(day / kSecond), kNoTime), day);
    QCOMPARE(parseUserTime(QStringLiteral("09:08"), kNoTime), kNoTime); // no day to put it on
    for (const char* bad : {"", "tomorrow", "25:00", "09:61", "2026-13-01T00:00:00Z", "1e400"})
        QCOMPARE(parseUserTime(QString::fromLatin1(bad), day), kNoTime);
}

void TestKeyboard::shortcutListIsMadeFromTheActions()
{
    const auto list = KeyboardNavigation::shortcutList(m_window.get());
    const auto listed = [&list](const QString& text, const QKeySequence& key) {
        return std::any_of(list.begin(), list.end(), [&](const auto& entry) {
            return entry.first == text && entry.second.contains(key.toString(QKeySequence::NativeText));
        });
    };
    for (const auto& [text, key] : list)
        QVERIFY2(!text.contains(QLatin1Char('&')), qPrintable(text)); // mnemonics removed
    int withShortcut = 0;
    for (const QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        ++withShortcut;
        QVERIFY2(listed(QString(action->text()).remove(QLatin1Char('&')), action->shortcut()),
                 qPrintable(action->text()));
    }
    QVERIFY(withShortcut >= 20);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_E), QKeySequence(Qt::Key_F8),
          QKeySequence(Qt::CTRL | Qt::Key_G), QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::Key_F6)}) {
        QVERIFY2(
            std::any_of(list.begin(), list.end(),
                        [&](const auto& e) { return e.second == key.toString(QKeySequence::NativeText); }),
            qPrintable(key.toString()));
    }

    // F1 shows the list (read, then closed, so that a failed comparison cannot leave it open).
    QString dialogName, firstAction;
    int rows = -1;
    const auto shown = whenDialogShows([&](QWidget* dialog) {
        dialogName = dialog->objectName();
        if (const auto* table = dialog->findChild<QTableWidget*>()) {
            rows = table->rowCount();
            firstAction = rows > 0 ? table->item(0, 0)->text() : QString();
        }
        static_cast<QDialog*>(dialog)->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(*shown);
    QCOMPARE(dialogName, QStringLiteral("shortcutsDialog"));
    QVERIFY(rows >= 0); // the dialog has its table
    QCOMPARE(rows, static_cast<int>(list.size()));
    QCOMPARE(firstAction, list.front().first);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
