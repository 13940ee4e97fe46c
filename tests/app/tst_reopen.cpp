// Reopening a bundle in the window (issue 15: a usable window in under a second at 10 M requests):
// the first open saves the incident with its analysis; the next one shows the saved analysis
// without diagnosing again, unless its texts are in another language, when only the findings are
// worded again.
#include "core/cache/incidentcache.h"
#include "core/cache/incidentfile.h"
#include "core/query/analysis.h"
#include "windowfixture.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace rs;

class TestReopen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstOpenSavesTheAnalysis();
    void reopenShowsTheSavedAnalysis();
    void savedAnalysisInAnotherLanguageIsWordedAgain();

private:
    // The saved file of the bundle, with `change` applied to its analysis (read, changed, written).
    void changeSavedAnalysis(const std::function<void(Analysis&)>& change);

    QTemporaryDir m_dir;
    QString m_bundle;
    std::string m_cacheFile;
    std::shared_ptr<const Analysis> m_first; // what the first window showed
};

void TestReopen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeReopenTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // A cache of this test's own: the window saves into it.
    qputenv("ROUTESCOPE_CACHE_DIR", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    m_bundle = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY(test::generateBundle(m_bundle, 2));
}

void TestReopen::firstOpenSavesTheAnalysis()
{
    MainWindow window;
    QVERIFY(test::openPathsAndWait(window, {m_bundle}));
    m_first = window.analysis();
    QVERIFY(m_first && !m_first->findings.empty());
    // The incident is saved after the window has it, on the job's thread.
    const cache::IncidentCache cache;
    QVERIFY(QTest::qWaitFor([&] { return cache.entries().size() == 1; }, 60000));
    m_cacheFile = cache.entries().front().path;
    const cache::IncidentFileResult saved = cache::IncidentFile::read(m_cacheFile);
    QVERIFY2(saved.incident, saved.error.c_str());
    QVERIFY(saved.analysis);
    QVERIFY(saved.analysis->diagnosis == m_first->diagnosis);
    QVERIFY(saved.analysis->findings == m_first->findings);
    QCOMPARE(saved.analysis->language, analysisLanguage());
}

void TestReopen::changeSavedAnalysis(const std::function<void(Analysis&)>& change)
{
    cache::IncidentFileResult saved = cache::IncidentFile::read(m_cacheFile);
    QVERIFY2(saved.analysis, saved.error.c_str());
    Analysis changed = *saved.analysis;
    change(changed);
    std::string error;
    QVERIFY2(cache::IncidentFile::write(m_cacheFile, *saved.incident, saved.info, &error, &changed),
             error.c_str());
}

void TestReopen::reopenShowsTheSavedAnalysis()
{
    QVERIFY(!m_cacheFile.empty());
    // A title only the saved analysis has: shown, the window did not diagnose again.
    const QString marked = QStringLiteral("Read from the saved analysis");
    changeSavedAnalysis([&](Analysis& a) { a.findings.front().title = marked; });
    const std::size_t detachesBefore = Column<TimeNs>::detachCount();
    MainWindow window;
    QVERIFY(test::openPathsAndWait(window, {m_bundle}));
    // The columns are read in place from the saved file, and showing them copies none.
    QVERIFY(window.incident()->tables.requests.start.isView());
    QVERIFY(window.incident()->tables.requests.backend.isView());
    QCOMPARE(Column<TimeNs>::detachCount(), detachesBefore);
    QVERIFY(window.analysis());
    QCOMPARE(window.analysis()->findings.front().title, marked);
    QVERIFY(window.analysis()->diagnosis == m_first->diagnosis);
    QCOMPARE(window.incident()->tables.requests.size(), m_first->incident->tables.requests.size());
}

void TestReopen::savedAnalysisInAnotherLanguageIsWordedAgain()
{
    QVERIFY(!m_cacheFile.empty());
    changeSavedAnalysis([](Analysis& a) {
        a.language = "xx_XX";
        a.findings.front().title = QStringLiteral("in another language");
    });
    MainWindow window;
    QVERIFY(test::openPathsAndWait(window, {m_bundle}));
    QVERIFY(window.analysis());
    QVERIFY(window.analysis()->findings == m_first->findings);
    QCOMPARE(window.analysis()->language, analysisLanguage());
}

QTEST_MAIN(TestReopen)
#include "tst_reopen.moc"
