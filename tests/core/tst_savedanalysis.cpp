// The analysis saved with an incident (issue 15: a reopen shows the window without diagnosing every
// request again): it reads back equal to a fresh analysis for every era, is used as it is only in
// the language it was written in, is stored beside a saved incident that had none, and a hostile
// analysis makes the whole file rejected, never trusted.

#include "cachefilebytes.h"
#include "core/cache/incidentcache.h"
#include "core/cache/incidentfile.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "filebytes.h"
#include "generatedbundle.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace rs;
using namespace rs::cache;

namespace {

using test::get;
using test::put;
using test::reseal;
using test::sectionsOf;

IncidentFileInfo infoFor(const Incident& incident)
{
    IncidentFileInfo info;
    info.key = "test";
    info.inputs = incident.report.inputs;
    info.requests = incident.tables.requests.size();
    return info;
}

void compareAnalyses(const Analysis& loaded, const Analysis& fresh)
{
    QVERIFY(loaded.diagnosis == fresh.diagnosis);
    QVERIFY(loaded.routes == fresh.routes);
    QCOMPARE(loaded.findings.size(), fresh.findings.size());
    for (std::size_t i = 0; i < fresh.findings.size(); ++i)
        QVERIFY2(loaded.findings[i] == fresh.findings[i], fresh.findings[i].id.c_str());
    QCOMPARE(loaded.language, fresh.language);
}

// The sections after the text sources, from the analysis' marker on: the marker, 9 request
// columns, the attempt list, 3 LB columns and the LB row of each request, 4 app columns and the
// app rows of each request, the routes and findings.
constexpr std::size_t kAnalysisSections = 1 + 9 + 1 + 4 + 5 + 1;
enum AnalysisSection : std::size_t {
    Marker = 0,
    ErrorClassColumn = 1,
    AttemptsCountColumn = 6,
    FinalEventColumn = 8,
    AttemptEvents = 10,
    LbOfRequestColumn = 14,
    AppRowsBeginColumn = 19,
    RoutesAndFindings = kAnalysisSections - 1,
};

} // namespace

class TestSavedAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsBackEqualToAFreshAnalysis_data();
    void readsBackEqualToAFreshAnalysis();
    void anotherLanguageKeepsOnlyTheDiagnosis();
    void cacheStoresTheAnalysisBesideAnIncidentWithout();
    void hostileAnalysisRejected();

private:
    std::string written(const Analysis* analysis, const Incident& incident, const QString& name);

    QTemporaryDir m_dir;
    std::shared_ptr<const Analysis> m_fresh; // of the bosh bundle with LB and app logs
    std::string m_file;                      // it, saved with its analysis
};

void TestSavedAnalysis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString bosh = m_dir.filePath(QStringLiteral("bosh"));
    QVERIFY(
        !test::generateBundle(bosh, {QStringLiteral("--minutes"), QStringLiteral("3"),
                                     QStringLiteral("--rps"), QStringLiteral("6"), QStringLiteral("--lb"),
                                     QStringLiteral("haproxy"), QStringLiteral("--app-logs"),
                                     QStringLiteral("on"), QStringLiteral("--seed"), QStringLiteral("11")})
             .isEmpty());
    m_fresh = analyse(Importer().importPaths({bosh.toStdString()}));
    QVERIFY(m_fresh);
    const Diagnosis& d = m_fresh->diagnosis;
    // Every part of the analysis has something in it, or the round trip proves little.
    QVERIFY(!d.attemptEvents.empty());
    QVERIFY(
        std::any_of(d.finalEvent.begin(), d.finalEvent.end(), [](std::uint32_t v) { return v != kNoRow; }));
    QVERIFY(std::any_of(d.lb.lbOfRequest.begin(), d.lb.lbOfRequest.end(),
                        [](std::uint32_t v) { return v != kNoLbRow; }));
    QVERIFY(!d.app.rows.empty());
    QVERIFY(!m_fresh->findings.empty());
    QVERIFY(!m_fresh->routes.stale.empty() || !m_fresh->routes.flapping.empty() ||
            !m_fresh->routes.diffs.empty());
    m_file = written(m_fresh.get(), *m_fresh->incident, QStringLiteral("fresh.rsincident"));
    QVERIFY(!m_file.empty());
}

std::string TestSavedAnalysis::written(const Analysis* analysis, const Incident& incident,
                                       const QString& name)
{
    const std::string path = m_dir.filePath(name).toStdString();
    std::string error;
    if (!IncidentFile::write(path, incident, infoFor(incident), &error, analysis)) {
        qWarning("%s", error.c_str());
        return {};
    }
    return test::readAll(path);
}

void TestSavedAnalysis::readsBackEqualToAFreshAnalysis_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("current era, bosh, LB and app logs")
        << QStringList{QStringLiteral("--lb"), QStringLiteral("both"),   QStringLiteral("--app-logs"),
                       QStringLiteral("on"),   QStringLiteral("--seed"), QStringLiteral("3")};
    QTest::newRow("no-error-text era, loose files")
        << QStringList{QStringLiteral("--era"), QStringLiteral("no-error-text"), QStringLiteral("--layout"),
                       QStringLiteral("loose"), QStringLiteral("--seed"),        QStringLiteral("5")};
    QTest::newRow("pre-2019 era, zip")
        << QStringList{QStringLiteral("--era"), QStringLiteral("pre-2019"), QStringLiteral("--layout"),
                       QStringLiteral("zip"),   QStringLiteral("--seed"),   QStringLiteral("8")};
    QTest::newRow("three routers, dir")
        << QStringList{QStringLiteral("--routers"), QStringLiteral("3"),      QStringLiteral("--layout"),
                       QStringLiteral("dir"),       QStringLiteral("--seed"), QStringLiteral("21")};
}

void TestSavedAnalysis::readsBackEqualToAFreshAnalysis()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(!test::generateBundle(dir.filePath(QStringLiteral("b")),
                                  args + QStringList{QStringLiteral("--minutes"), QStringLiteral("3"),
                                                     QStringLiteral("--rps"), QStringLiteral("5")})
                 .isEmpty());
    const auto fresh = analyse(Importer().importPaths({dir.filePath(QStringLiteral("b")).toStdString()}));
    QVERIFY(fresh && fresh->diagnosis.size() > 100);
    const std::string file = written(fresh.get(), *fresh->incident, QStringLiteral("era.rsincident"));
    const IncidentFileResult result = IncidentFile::readBytes(file);
    QVERIFY2(result.incident, result.error.c_str());
    QVERIFY(result.analysis);
    QVERIFY(result.analysis->incident == result.incident);
    compareAnalyses(*result.analysis, *fresh);
    // In the language it was written in, the saved analysis is the one used: nothing is diagnosed.
    QVERIFY(analyse(result.incident, nullptr, result.analysis) == result.analysis);

    // Written without one, the file reads back with none (and the incident as before).
    const IncidentFileResult without =
        IncidentFile::readBytes(written(nullptr, *fresh->incident, QStringLiteral("bare.rsincident")));
    QVERIFY2(without.incident, without.error.c_str());
    QVERIFY(!without.analysis);
    QCOMPARE(without.incident->tables.requests.size(), fresh->incident->tables.requests.size());
}

void TestSavedAnalysis::anotherLanguageKeepsOnlyTheDiagnosis()
{
    const IncidentFileResult result = IncidentFile::readBytes(m_file);
    QVERIFY2(result.analysis, result.error.c_str());
    auto other = std::make_shared<Analysis>(*result.analysis);
    other->language = "xx_XX";
    for (Finding& finding : other->findings)
        finding.title = QStringLiteral("in another language");
    const auto redone = analyse(result.incident, nullptr, other);
    QVERIFY(redone && redone != other);
    // The diagnosis is kept, the texts are worded again in today's language: equal to a fresh one.
    compareAnalyses(*redone, *m_fresh);
}

void TestSavedAnalysis::cacheStoresTheAnalysisBesideAnIncidentWithout()
{
    QTemporaryDir cacheDir;
    const IncidentCache cache(cacheDir.path().toStdString());
    const std::vector<std::string> inputs{m_dir.filePath(QStringLiteral("bosh")).toStdString()};
    IncidentCache::Opened first = cache.open(inputs, {});
    QVERIFY(!first.incident && first.toStore);
    // The commands store the incident alone: opening it then asks for the analysis to be stored.
    QVERIFY(cache.store(*first.toStore, *m_fresh->incident));
    IncidentCache::Opened second = cache.open(inputs, {});
    QVERIFY(second.incident);
    QVERIFY(!second.analysis);
    QVERIFY(second.toStore);
    const auto analysed = analyse(second.incident);
    QVERIFY(cache.store(*second.toStore, *analysed));
    IncidentCache::Opened third = cache.open(inputs, {});
    QVERIFY(third.incident && third.analysis);
    QVERIFY(!third.toStore);
    QVERIFY(third.analysis->incident == third.incident);
    compareAnalyses(*third.analysis, *m_fresh);
}

void TestSavedAnalysis::hostileAnalysisRejected()
{
    const auto sections = sectionsOf(m_file);
    QVERIFY(sections.size() > kAnalysisSections);
    const std::size_t first = sections.size() - kAnalysisSections;
    // The reason a file with `value` at `at` of analysis section `index` (resealed) is rejected for.
    const auto rejection = [&](std::size_t index, std::size_t at, auto value) {
        std::string file = m_file;
        put(file, sections[first + index].offset + at, value);
        reseal(file, first + index);
        const IncidentFileResult result = IncidentFile::readBytes(file);
        return result.incident ? std::string("accepted") : result.error;
    };
    // Unchanged, resealing changes nothing (the section indices are the analysis').
    QCOMPARE(QString::fromStdString(rejection(Marker, 0, std::uint8_t{1})), QStringLiteral("accepted"));
    QVERIFY(rejection(Marker, 0, std::uint8_t{2}) != "accepted");
    QCOMPARE(QString::fromStdString(rejection(ErrorClassColumn, 0, std::uint8_t{200})),
             QStringLiteral("an analysis value beyond its enumeration"));
    QCOMPARE(QString::fromStdString(rejection(AttemptEvents, 0, std::uint32_t{0xFFFFFFF0u})),
             QStringLiteral("an analysis row or string out of range"));
    QCOMPARE(QString::fromStdString(rejection(FinalEventColumn, 0, std::uint32_t{0xFFFFFFF0u})),
             QStringLiteral("an analysis row or string out of range"));
    QCOMPARE(QString::fromStdString(rejection(AttemptsCountColumn, 0, std::uint16_t{0xFFFF})),
             QStringLiteral("a request's attempts beyond the attempt list"));
    QCOMPARE(QString::fromStdString(rejection(LbOfRequestColumn, 0, std::uint32_t{0xFFFFFFF0u})),
             QStringLiteral("a load-balancer join out of range"));
    // Each request's app rows are a slice of the app rows: from 0, never down, to their end.
    QCOMPARE(QString::fromStdString(rejection(AppRowsBeginColumn, 0, std::uint32_t{1})),
             QStringLiteral("the app rows of the requests do not add up"));
    QCOMPARE(QString::fromStdString(rejection(AppRowsBeginColumn, 4, std::uint32_t{0xFFFFFFF0u})),
             QStringLiteral("the app rows of the requests do not add up"));
    // A count of stale endpoints that claims more than the section holds.
    QVERIFY(rejection(RoutesAndFindings, 0, std::uint64_t{1} << 60) != "accepted");
    // A file cut inside the analysis is rejected like any other truncated file.
    QVERIFY(
        !IncidentFile::readBytes(std::string_view(m_file).substr(0, sections[first + AttemptEvents].offset))
             .incident);
}

QTEST_GUILESS_MAIN(TestSavedAnalysis)
#include "tst_savedanalysis.moc"
