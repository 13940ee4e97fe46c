// The app-log ↔ Gorouter join against tools/gen-bundle's ground truth (--app-logs on): every
// [APP/PROC/WEB/n] line knows the request it is about (or none) and whether its text holds the
// request's id. Measures precision and recall of the exact (id) and the near (app + instance +
// time) joins, checks that near joins are never called exact, and the app_errors finding.
#include "core/diagnosis/correlation.h"
#include "core/diagnosis/findings.h"
#include "core/import/importer.h"
#include "generatedbundle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rs;

namespace {

struct TruthLine {
    std::string vcapRequestId;
    bool exact = false;
};

struct Figures {
    std::size_t rows = 0, matchedRows = 0;
    std::size_t exactTruth = 0, exactJoined = 0, exactCorrect = 0;
    std::size_t nearTruth = 0, nearJoined = 0, nearCorrect = 0, nearAmbiguous = 0;
    std::size_t nearCalledExact = 0; // a line without an id joined "by id": must never happen
    std::size_t orphans = 0, orphansJoined = 0;
    std::size_t reverseMismatch = 0;
    static double ratio(std::size_t a, std::size_t b)
    {
        return b == 0 ? 0 : static_cast<double>(a) / static_cast<double>(b);
    }
};

Figures measure(const Incident& incident, const Diagnosis& d, const QJsonObject& truth)
{
    std::vector<std::pair<std::string, std::vector<TruthLine>>> files;
    for (const auto& value : truth.value(QStringLiteral("app_logs")).toArray()) {
        const QJsonObject file = value.toObject();
        std::vector<TruthLine> lines;
        for (const auto& line : file.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject o = line.toObject();
            lines.push_back({o.value(QStringLiteral("vcap_request_id")).toString().toStdString(),
                             o.value(QStringLiteral("exact")).toBool()});
        }
        files.emplace_back(file.value(QStringLiteral("path")).toString().toStdString(), std::move(lines));
    }
    const AppLogTable& a = incident.tables.apps;
    const RequestTable& q = incident.tables.requests;
    Figures f;
    f.rows = a.size();
    for (const auto& file : files)
        for (const TruthLine& line : file.second) {
            if (line.vcapRequestId.empty())
                ++f.orphans;
            else if (line.exact)
                ++f.exactTruth;
            else
                ++f.nearTruth;
        }
    // Rows of one file are contiguous and in line order; the first app line is truth line 0.
    FileIndex lastFile = ~FileIndex{0};
    std::size_t index = 0;
    const std::vector<TruthLine>* truthLines = nullptr;
    for (std::size_t row = 0; row < a.size(); ++row) {
        const FileIndex file = a.source.file[row];
        if (file != lastFile) {
            lastFile = file;
            index = 0;
            truthLines = nullptr;
            const std::string& path = incident.filePath(file);
            for (const auto& [truthPath, lines] : files)
                if (path.ends_with("/" + truthPath) || path == truthPath)
                    truthLines = &lines;
        }
        const std::size_t line = index++;
        if (truthLines == nullptr || line >= truthLines->size())
            continue;
        ++f.matchedRows;
        const TruthLine& expected = (*truthLines)[line];
        const std::uint32_t req = d.app.request[row];
        const bool joined = req != kNoAppRow;
        const bool right = joined && incident.requestIdText(q.requestId[req]) == expected.vcapRequestId;
        if (joined) {
            const auto back = d.app.rowsOf(req);
            f.reverseMismatch += std::find(back.begin(), back.end(), row) == back.end() ? 1 : 0;
        }
        if (expected.vcapRequestId.empty()) {
            f.orphansJoined += joined ? 1 : 0;
            continue;
        }
        if (expected.exact) {
            f.exactJoined += d.app.join[row] == AppJoin::ById ? 1 : 0;
            f.exactCorrect += d.app.join[row] == AppJoin::ById && right ? 1 : 0;
        } else {
            f.nearCalledExact += d.app.join[row] == AppJoin::ById ? 1 : 0;
            f.nearJoined += d.app.join[row] == AppJoin::Near ? 1 : 0;
            f.nearCorrect += d.app.join[row] == AppJoin::Near && right ? 1 : 0;
            f.nearAmbiguous += d.app.join[row] == AppJoin::Ambiguous ? 1 : 0;
        }
    }
    return f;
}

} // namespace

class TestAppJoin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void joinAgainstTruth_data();
    void joinAgainstTruth();
    void measureGivenBundle();
};

void TestAppJoin::joinAgainstTruth_data()
{
    QTest::addColumn<QString>("seed");
    QTest::newRow("seed 1") << "1";
    QTest::newRow("seed 7") << "7";
}

void TestAppJoin::joinAgainstTruth()
{
    QFETCH(QString, seed);
    QTemporaryDir dir;
    const QJsonObject truth = test::generateBundle(
        dir.path(),
        {QStringLiteral("--minutes"), QStringLiteral("6"), QStringLiteral("--rps"), QStringLiteral("8"),
         QStringLiteral("--seed"), seed, QStringLiteral("--app-logs"), QStringLiteral("on")});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    QCOMPARE(incident->report.skippedLines(), std::uint64_t{0});
    const Diagnosis d = diagnose(*incident);
    const Figures f = measure(*incident, d, truth);
    qInfo(
        "seed %s: %zu app rows (%zu matched truth); exact %zu/%zu joined, %zu correct: precision %.4f recall "
        "%.4f; near %zu/%zu joined, %zu correct, %zu ambiguous: precision %.4f recall %.4f; "
        "%zu lines about no request, %zu of them joined",
        qPrintable(seed), f.rows, f.matchedRows, f.exactJoined, f.exactTruth, f.exactCorrect,
        Figures::ratio(f.exactCorrect, f.exactJoined), Figures::ratio(f.exactCorrect, f.exactTruth),
        f.nearJoined, f.nearTruth, f.nearCorrect, f.nearAmbiguous,
        Figures::ratio(f.nearCorrect, f.nearJoined + f.orphansJoined),
        Figures::ratio(f.nearCorrect, f.nearTruth), f.orphans, f.orphansJoined);
    QCOMPARE(f.matchedRows, f.rows);
    QCOMPARE(f.rows, f.exactTruth + f.nearTruth + f.orphans);
    QVERIFY(f.exactTruth > 1000);
    QVERIFY(f.nearTruth > 1000);
    // Exact ids: every line with one is joined to its own request.
    QCOMPARE(f.exactCorrect, f.exactJoined);
    QVERIFY(Figures::ratio(f.exactCorrect, f.exactTruth) >= 0.995);
    // Without ids: never called exact, and the near join is right when it joins.
    QCOMPARE(f.nearCalledExact, std::size_t{0});
    // Lines about no request that the near join tied to one count against its precision.
    QVERIFY(Figures::ratio(f.nearCorrect, f.nearJoined + f.orphansJoined) >= 0.97);
    QVERIFY(Figures::ratio(f.nearCorrect, f.nearTruth) >= 0.80);
    QCOMPARE(f.reverseMismatch, std::size_t{0});
    // The app that answered 500s while writing exceptions: its finding names it.
    const auto findings = computeFindings(*incident, d);
    const auto appErrors = std::find_if(findings.begin(), findings.end(),
                                        [](const Finding& x) { return x.kind == FindingKind::AppErrors; });
    QVERIFY(appErrors != findings.end());
    QVERIFY(appErrors->count > 0);
    QVERIFY(appErrors->explanation.startsWith(QStringLiteral("Source: app.")));
}

// The figures for a bundle generated beforehand (ROUTESCOPE_APPJOIN_BUNDLE=DIR, DIR/truth.json),
// e.g. `gen-bundle --out DIR --routers 3 --seed S --minutes 20 --lb both --app-logs on`.
void TestAppJoin::measureGivenBundle()
{
    const QString dir = qEnvironmentVariable("ROUTESCOPE_APPJOIN_BUNDLE");
    if (dir.isEmpty())
        QSKIP("ROUTESCOPE_APPJOIN_BUNDLE not set");
    QFile file(dir + QStringLiteral("/truth.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
    const auto incident = Importer().importPaths({dir.toStdString()});
    const Diagnosis d = diagnose(*incident);
    const Figures f = measure(*incident, d, truth);
    qInfo("%s: %zu app rows; exact: precision %.4f recall %.4f (%zu lines); near: precision %.4f recall %.4f "
          "(%zu lines, %zu ambiguous); %zu of %zu lines about no request joined",
          qPrintable(dir), f.rows, Figures::ratio(f.exactCorrect, f.exactJoined),
          Figures::ratio(f.exactCorrect, f.exactTruth), f.exactTruth,
          Figures::ratio(f.nearCorrect, f.nearJoined + f.orphansJoined),
          Figures::ratio(f.nearCorrect, f.nearTruth), f.nearTruth, f.nearAmbiguous, f.orphansJoined,
          f.orphans);
    QCOMPARE(f.matchedRows, f.rows);
}

QTEST_GUILESS_MAIN(TestAppJoin)
#include "tst_appjoin.moc"
