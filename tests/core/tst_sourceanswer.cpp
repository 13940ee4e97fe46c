// The report's one-sentence answer to the guide's first question (infrastructure, platform, app
// or client?): the sentence from the counts, and the counts from an incident with load balancers
// (their failures no router logged are infrastructure, only for the whole incident).
#include "core/diagnosis/correlation.h"
#include "core/import/importer.h"
#include "core/report/sourceanswer.h"
#include "generatedbundle.h"

#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace rs;

class TestSourceAnswer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sentence();
    void countsWithLoadBalancers();
};

void TestSourceAnswer::sentence()
{
    SourceAnswer a;
    QVERIFY(sourceAnswerSentence(a).isEmpty());
    a.counts = {30, 60, 0, 10, 0};
    a.total = 100;
    QCOMPARE(sourceAnswerSentence(a),
             QStringLiteral(
                 "Most 502s came from the platform: 60 of 100 (60.0%); infrastructure 30.0%, app 10.0%."));
    a.counts = {5, 0, 0, 0, 0};
    a.total = 5;
    a.status = 0;
    QCOMPARE(sourceAnswerSentence(a),
             QStringLiteral("Most failures came from the infrastructure: 5 of 5 (100.0%)."));
    // A tie names the one listed first (infrastructure, platform, app or platform, app, client).
    a.counts = {0, 0, 0, 4, 4};
    a.total = 8;
    a.status = 502;
    QVERIFY(sourceAnswerSentence(a).startsWith(QStringLiteral("Most 502s came from the app: 4 of 8")));
}

void TestSourceAnswer::countsWithLoadBalancers()
{
    QTemporaryDir dir;
    QVERIFY(!test::generateBundle(dir.path(),
                                  {QStringLiteral("--minutes"), QStringLiteral("4"), QStringLiteral("--rps"),
                                   QStringLiteral("4"), QStringLiteral("--lb"), QStringLiteral("both")})
                 .isEmpty());
    const auto incident = Importer().importPaths({dir.path().toStdString()});
    const Diagnosis d = diagnose(*incident);
    const RequestTable& q = incident->tables.requests;
    std::vector<std::uint32_t> all(q.size());
    std::iota(all.begin(), all.end(), 0u);
    // Independently: failed 502 requests with a source, and the LB's own 502s without a router request.
    std::uint64_t requests502 = 0, lbOnly502 = 0;
    for (std::size_t row = 0; row < q.size(); ++row)
        requests502 += q.status[row] == 502 && d.errorClass[row] > ErrorClass::AppResponse &&
                               d.source[row] != Source::None
                           ? 1
                           : 0;
    for (std::size_t row = 0; row < d.lb.size(); ++row)
        lbOnly502 += d.lb.join[row] == LbJoin::None && d.lb.lbClass[row] != LbClass::None &&
                             incident->tables.lb.status[row] == 502
                         ? 1
                         : 0;
    QVERIFY(requests502 > 0);
    QVERIFY(lbOnly502 > 0);
    const SourceAnswer whole = answerSources(*incident, d, all);
    QCOMPARE(whole.status, 502);
    QCOMPARE(whole.total, requests502 + lbOnly502);
    QCOMPARE(std::accumulate(whole.counts.begin(), whole.counts.end(), std::uint64_t{0}), whole.total);
    QVERIFY(whole.counts[static_cast<std::size_t>(AnswerSource::Infrastructure)] >= lbOnly502);
    QVERIFY(sourceAnswerSentence(whole).startsWith(QStringLiteral("Most 502s came from ")));
    // A filtered selection cannot say which LB-only failures it keeps: they are left out.
    std::vector<std::uint32_t> half(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(all.size() / 2));
    const SourceAnswer part = answerSources(*incident, d, half);
    std::uint64_t part502 = 0;
    for (const std::uint32_t row : half)
        part502 += q.status[row] == 502 && d.errorClass[row] > ErrorClass::AppResponse &&
                           d.source[row] != Source::None
                       ? 1
                       : 0;
    if (part502 > 0)
        QCOMPARE(part.total, part502);
}

QTEST_GUILESS_MAIN(TestSourceAnswer)
#include "tst_sourceanswer.moc"
