// Saved cases in the window (issue 15): File → Save Case… writes the incident with the filter,
// the filter history, the bookmarks and the notes; a new window opening the .rscase restores them
// (merging the bookmarks into the user's own) and says it came from a case. Opened after the bundle
// moved, raw lines ask for it, and Locate Bundle… reattaches it.
#include "app/casecontroller.h"
#include "app/casenotesdialog.h"
#include "app/detail/requestdetailpanel.h"
#include "app/filter/filterlineedit.h"
#include "app/filter/savedfilters.h"
#include "core/cache/incidentfile.h"
#include "core/query/analysis.h"
#include "windowfixture.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace rs;

class TestCaseWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void saveAndReopenRestoresTheCase();
    void movedBundleIsLocated();

private:
    QAction* action(MainWindow& window, const char* name) const
    {
        return window.findChild<QAction*>(QLatin1String(name));
    }
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_case;
    std::vector<std::string> m_lines; // the first requests' raw lines, from the bundle
};

void TestCaseWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeCaseWindowTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY(test::generateBundle(m_bundle, 2));
}

void TestCaseWindow::saveAndReopenRestoresTheCase()
{
    MainWindow first;
    QVERIFY(!action(first, "actionSaveCase")->isEnabled());
    QVERIFY(test::openPathsAndWait(first, {m_bundle}));
    QVERIFY(action(first, "actionSaveCase")->isEnabled());
    QVERIFY(!action(first, "actionLocateBundle")->isEnabled());
    const Incident& incident = *first.incident();
    for (std::uint32_t row = 0; row < 20 && row < incident.tables.requests.size(); ++row)
        m_lines.push_back(incident.rawLine(incident.tables.requests.source, row).str());

    savedfilters::store({{QStringLiteral("Errors"), QStringLiteral("status>=500")}});
    first.requestsPanel()->applyExpression(QStringLiteral("status>=400"));
    QVERIFY(test::waitForViewsOf(first));
    const Filter filter = first.filters()->current();
    QVERIFY(filter != Filter{});
    const QStringList history = FilterLineEdit::history();
    QCOMPARE(history.front(), QStringLiteral("status>=400"));
    const QString notes = QStringLiteral("Router 1 lost its routes.\n<b>not bold</b> & <i>not markup</i>");
    first.caseController()->setNotes(notes);

    QSignalSpy saved(first.caseController(), &CaseController::caseSaved);
    first.caseController()->saveCase(m_dir.filePath(QStringLiteral("incident")));
    QVERIFY(saved.wait(60000));
    m_case = m_dir.filePath(QStringLiteral("incident.rscase"));
    QCOMPARE(saved.front().at(0).toString(), m_case);
    QCOMPARE(saved.front().at(1).toString(), QString());
    QVERIFY(QFile::exists(m_case));
    // The case holds the analysis shown: the colleague's window opens without diagnosing again.
    const cache::IncidentFileResult inCase = cache::IncidentFile::read(m_case.toStdString());
    QVERIFY2(inCase.analysis, inCase.error.c_str());
    QVERIFY(inCase.analysis->findings == first.analysis()->findings);
    QVERIFY2(first.statusText().contains(QStringLiteral("Case saved to")), qPrintable(first.statusText()));

    // The colleague has bookmarks and a history of their own.
    QSettings().clear();
    savedfilters::store({{QStringLiteral("Errors"), QStringLiteral("status=502")},
                         {QStringLiteral("Mine"), QStringLiteral("status=200")}});
    FilterLineEdit::addToHistory(QStringLiteral("status=418"));

    MainWindow second;
    QVERIFY(test::openPathsAndWait(second, {m_case}));
    QCOMPARE(second.incident()->tables.requests.size(), incident.tables.requests.size());
    QVERIFY(second.analysis()->diagnosis == first.analysis()->diagnosis);
    QVERIFY(QTest::qWaitFor([&] { return second.filters()->current() == filter; }, 30000));
    QVERIFY(test::waitForViewsOf(second));
    QVERIFY2(second.statusText().contains(QStringLiteral("Opened from the saved case incident.rscase")),
             qPrintable(second.statusText()));
    // The case's history on top of the colleague's; their bookmarks kept, the case's beside them.
    const QStringList merged = FilterLineEdit::history();
    QCOMPARE(merged.mid(0, history.size()), history);
    QVERIFY(merged.contains(QStringLiteral("status=418")));
    const QList<SavedFilter> bookmarks = savedfilters::load();
    QVERIFY(bookmarks.contains(SavedFilter{QStringLiteral("Errors"), QStringLiteral("status=502")}));
    QVERIFY(bookmarks.contains(SavedFilter{QStringLiteral("Mine"), QStringLiteral("status=200")}));
    QVERIFY(bookmarks.contains(SavedFilter{QStringLiteral("Errors (case)"), QStringLiteral("status>=500")}));
    QCOMPARE(bookmarks.size(), 3);
    // The notes, shown as they were written.
    QCOMPARE(second.caseController()->notes(), notes);
    QVERIFY(second.caseController()->notesDialog() != nullptr);
    QCOMPARE(second.caseController()->notesDialog()->notes(), notes);
    // The bundle is where it was: its raw lines read, nothing to locate.
    QVERIFY(!action(second, "actionLocateBundle")->isEnabled());
    const Incident& reopened = *second.incident();
    for (std::uint32_t row = 0; row < m_lines.size(); ++row)
        QCOMPARE(reopened.rawLine(reopened.tables.requests.source, row).str(), m_lines[row]);
}

void TestCaseWindow::movedBundleIsLocated()
{
    QVERIFY(!m_case.isEmpty());
    const QString moved = m_dir.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().mkpath(moved));
    QVERIFY(QDir().rename(m_bundle, moved + QStringLiteral("/bundle")));

    MainWindow window;
    QVERIFY(test::openPathsAndWait(window, {m_case}));
    QVERIFY(action(window, "actionLocateBundle")->isEnabled());
    // Opened again, the case adds no bookmark twice.
    QCOMPARE(savedfilters::load().size(), 3);
    QVERIFY2(window.statusText().contains(QStringLiteral("Locate Bundle")), qPrintable(window.statusText()));
    window.requestDetail()->showRequest(window.analysis(), 0);
    QVERIFY2(window.requestDetail()->rawText().contains(QStringLiteral("needs the bundle")),
             qPrintable(window.requestDetail()->rawText()));
    QVERIFY(window.requestDetail()->rawText().contains(QStringLiteral("File → Locate Bundle…")));

    QSignalSpy located(window.caseController(), &CaseController::bundleLocated);
    window.caseController()->locateBundle({moved});
    QVERIFY(located.wait(60000));
    QVERIFY(!action(window, "actionLocateBundle")->isEnabled());
    const Incident& incident = *window.incident();
    for (std::uint32_t row = 0; row < m_lines.size(); ++row)
        QCOMPARE(incident.rawLine(incident.tables.requests.source, row).str(), m_lines[row]);
    QVERIFY(!window.requestDetail()->rawText().contains(QStringLiteral("needs the bundle")));
    QVERIFY(!window.statusText().contains(QStringLiteral("Locate Bundle")));
}

QTEST_MAIN(TestCaseWindow)
#include "tst_casewindow.moc"
