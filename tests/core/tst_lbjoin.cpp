// The LB ↔ Gorouter join and the LB classes against tools/gen-bundle's ground truth: an HAProxy
// and an ALB in front of the routers, with Gorouter logging the LBs' request ids or not. Measures
// precision and recall of the join (≥ 99.5 % with ids, ≥ 97 % without) and checks every
// LB-answered failure: its class, that it is not joined to a router request, and the counts.
#include "core/diagnosis/correlation.h"
#include "core/diagnosis/findings.h"
#include "core/import/importer.h"
#include "generatedbundle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rs;

namespace {

struct TruthLine {
    std::string router, vcapRequestId, lbClass;
};

std::string normalised(std::string path)
{
    for (std::size_t pos; (pos = path.find(".tgz/")) != std::string::npos;)
        path.replace(pos, 5, "/");
    for (std::size_t pos; (pos = path.find(".zip/")) != std::string::npos;)
        path.replace(pos, 5, "/");
    return path;
}

struct Figures {
    std::size_t pairs = 0;     // LB lines whose request reached a router
    std::size_t joined = 0;    // LB rows joined (by id or time)
    std::size_t correct = 0;   // joined to the right request
    std::size_t ambiguous = 0; // LB rows marked ambiguous
    std::size_t lbOnly = 0;    // LB lines whose request never reached a router
    std::size_t lbOnlyJoined = 0;
    std::size_t classes = 0; // LB lines with an LB class in the truth
    std::size_t classesRight = 0;
    std::size_t timeoutsJoinedInfra = 0; // lb_timeout rows joined, their request's source infrastructure
    std::size_t timeoutsJoined = 0;
    std::size_t lbOnlyNone = 0; // LB-only lines the join left without a request (not ambiguous)
    std::size_t timeouts = 0, timeoutsNone = 0;
    double precision() const
    {
        return joined == 0 ? 0 : static_cast<double>(correct) / static_cast<double>(joined);
    }
    double recall() const
    {
        return pairs == 0 ? 0 : static_cast<double>(correct) / static_cast<double>(pairs);
    }
};

Figures measure(const Incident& incident, const Diagnosis& d, const QJsonObject& truth)
{
    // Truth per LB file, by its logical path.
    std::vector<std::pair<std::string, std::vector<TruthLine>>> files;
    for (const auto& value : truth.value(QStringLiteral("load_balancers")).toArray()) {
        const QJsonObject file = value.toObject();
        std::vector<TruthLine> lines;
        for (const auto& line : file.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject o = line.toObject();
            lines.push_back({o.value(QStringLiteral("router")).toString().toStdString(),
                             o.value(QStringLiteral("vcap_request_id")).toString().toStdString(),
                             o.value(QStringLiteral("class")).toString().toStdString()});
        }
        files.emplace_back(file.value(QStringLiteral("path")).toString().toStdString(), std::move(lines));
    }
    const LbTable& lb = incident.tables.lb;
    const RequestTable& q = incident.tables.requests;
    Figures f;
    for (const auto& file : files)
        for (const TruthLine& line : file.second) {
            f.pairs += line.router.empty() ? 0 : 1;
            f.lbOnly += line.router.empty() ? 1 : 0;
            f.classes += line.lbClass != "none" ? 1 : 0;
        }
    std::size_t matchedRows = 0;
    // Rows of one file are contiguous and in line order: count newlines as we go.
    FileIndex lastFile = ~FileIndex{0};
    std::uint64_t lastOffset = 0, line = 0;
    const std::vector<TruthLine>* truthLines = nullptr;
    for (std::size_t row = 0; row < lb.size(); ++row) {
        const FileIndex file = lb.source.file[row];
        const RawText& text = *incident.fileText[file];
        if (file != lastFile) {
            lastFile = file;
            lastOffset = 0;
            line = 0;
            truthLines = nullptr;
            const std::string path = normalised(incident.filePath(file));
            for (const auto& [truthPath, lines] : files)
                if (path.size() >= truthPath.size() && path.ends_with(truthPath))
                    truthLines = &lines;
        }
        line += text.newlines(lastOffset, lb.source.offset[row]).value_or(0);

        lastOffset = lb.source.offset[row];
        if (truthLines == nullptr || line >= truthLines->size())
            continue;
        ++matchedRows;
        const TruthLine& expected = (*truthLines)[line];
        if (expected.lbClass != "none") {
            const bool right = lbClassId(d.lb.lbClass[row]) == expected.lbClass;
            f.classesRight += right ? 1 : 0;
            if (!right)
                qWarning("class %s, expected %s: %s", std::string(lbClassId(d.lb.lbClass[row])).c_str(),
                         expected.lbClass.c_str(), incident.rawLine(lb.source, row).str().c_str());
        }
        f.ambiguous += d.lb.join[row] == LbJoin::Ambiguous ? 1 : 0;
        f.lbOnlyNone += expected.router.empty() && d.lb.join[row] == LbJoin::None ? 1 : 0;
        f.timeouts += expected.lbClass == "lb_timeout" ? 1 : 0;
        f.timeoutsNone += expected.lbClass == "lb_timeout" && d.lb.join[row] == LbJoin::None ? 1 : 0;
        const std::uint32_t req = d.lb.request[row];
        if (req == kNoLbRow)
            continue;
        ++f.joined;
        if (expected.router.empty()) {
            ++f.lbOnlyJoined;
            continue;
        }
        const bool right = incident.identity(q.identity[req]).display == expected.router &&
                           incident.requestIdText(q.requestId[req]) == expected.vcapRequestId;
        f.correct += right ? 1 : 0;
        if (expected.lbClass == "lb_timeout") {
            ++f.timeoutsJoined;
            f.timeoutsJoinedInfra += d.source[req] == Source::Infrastructure ? 1 : 0;
        }
    }
    if (matchedRows != lb.size())
        qWarning("%zu of %zu LB rows matched a truth line", matchedRows, lb.size());
    return f;
}

} // namespace

class TestLbJoin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void joinAgainstTruth_data();
    void joinAgainstTruth();
};

void TestLbJoin::joinAgainstTruth_data()
{
    QTest::addColumn<QString>("lb");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<double>("minimum");
    QTest::newRow("haproxy and alb, ids logged") << "both"
                                                 << "on" << 0.995;
    QTest::newRow("haproxy and alb, no ids") << "both"
                                             << "off" << 0.97;
    QTest::newRow("alb, no ids") << "alb"
                                 << "off" << 0.97;
    QTest::newRow("haproxy, no ids") << "haproxy"
                                     << "off" << 0.97;
}

void TestLbJoin::joinAgainstTruth()
{
    QFETCH(QString, lb);
    QFETCH(QString, ids);
    QFETCH(double, minimum);
    QTemporaryDir dir;
    const QJsonObject truth = test::generateBundle(
        dir.path(), {QStringLiteral("--minutes"), QStringLiteral("6"), QStringLiteral("--rps"),
                     QStringLiteral("8"), QStringLiteral("--lb"), lb, QStringLiteral("--lb-ids"), ids});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    QCOMPARE(incident->report.skippedLines(), std::uint64_t{0});
    QVERIFY(incident->tables.lb.size() > 1000);
    const Diagnosis d = diagnose(*incident);
    const Figures f = measure(*incident, d, truth);
    qInfo(
        "lb=%s ids=%s: %zu LB rows, %zu truth pairs, %zu joined, %zu correct, %zu ambiguous: precision %.4f, "
        "recall %.4f; %zu LB-only (%zu joined); classes %zu/%zu",
        qPrintable(lb), qPrintable(ids), incident->tables.lb.size(), f.pairs, f.joined, f.correct,
        f.ambiguous, f.precision(), f.recall(), f.lbOnly, f.lbOnlyJoined, f.classesRight, f.classes);
    QVERIFY(f.pairs > 1000);
    QVERIFY2(f.precision() >= minimum, qPrintable(QString::number(f.precision())));
    QVERIFY2(f.recall() >= minimum, qPrintable(QString::number(f.recall())));
    // Failures no router saw: every one classified as the truth says, none joined.
    QVERIFY(f.lbOnly > 10);
    QCOMPARE(f.lbOnlyJoined, std::size_t{0});
    QCOMPARE(f.classesRight, f.classes);
    QCOMPARE(f.lbOnlyNone, f.lbOnly);
    QCOMPARE(f.timeoutsNone, std::size_t{0}); // their requests reached a router: never "never reached"
    QCOMPARE(d.lb.neverReached, f.lbOnly);
    // LB timeouts while Gorouter waited on a slow app: joined, and their requests' source.
    QVERIFY(f.timeoutsJoined > 0);
    QVERIFY(static_cast<double>(f.timeoutsJoined) >= minimum * static_cast<double>(f.timeouts));
    QCOMPARE(f.timeoutsJoinedInfra, f.timeoutsJoined);
    // The findings say it.
    const auto findings = computeFindings(*incident, d);
    const auto answered = std::find_if(findings.begin(), findings.end(),
                                       [](const Finding& x) { return x.kind == FindingKind::LbAnswered; });
    QVERIFY(answered != findings.end());
    QCOMPARE(answered->count, d.lb.neverReached);
    QCOMPARE(answered->evidence.lbRows.size(), d.lb.neverReached);
    const auto differs = std::find_if(findings.begin(), findings.end(), [](const Finding& x) {
        return x.kind == FindingKind::LbStatusDiffers;
    });
    QVERIFY(differs != findings.end());
    QCOMPARE(differs->count, d.lb.statusDisagreements);
    // The router the generator took away from the LB for 40 s: one unhealthy-target finding.
    const QJsonArray routers = truth.value(QStringLiteral("routers")).toArray();
    const std::string downTarget =
        routers.last().toObject().value(QStringLiteral("ip")).toString().toStdString() + ":80";
    const auto unhealthy = std::find_if(findings.begin(), findings.end(), [&](const Finding& x) {
        return x.kind == FindingKind::LbTargetUnhealthy && x.id == "lb_target_unhealthy:" + downTarget;
    });
    QVERIFY2(unhealthy != findings.end(), downTarget.c_str());
    QVERIFY(unhealthy->to - unhealthy->from <= 41'000'000'000 &&
            unhealthy->to - unhealthy->from >= 20'000'000'000);
    for (const Finding& x : findings)
        QVERIFY2(x.kind != FindingKind::LbTargetUnhealthy || x.id == unhealthy->id, x.id.c_str());
}

QTEST_GUILESS_MAIN(TestLbJoin)
#include "tst_lbjoin.moc"
