// `routescope summary --json` on a bundle with an HAProxy and an ALB in front of the routers:
// requests per source including infrastructure (the LB-answered failures no router logged), and
// the filter `source = infrastructure` selecting the requests whose LB answered on its own.
#include "generatedbundle.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSummaryLb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsInfrastructure();
};

void TestSummaryLb::countsInfrastructure()
{
    QTemporaryDir dir;
    const QJsonObject truth = rs::test::generateBundle(
        dir.path(),
        {QStringLiteral("--minutes"), QStringLiteral("4"), QStringLiteral("--rps"), QStringLiteral("4"),
         QStringLiteral("--lb"), QStringLiteral("both"), QStringLiteral("--layout"), QStringLiteral("dir")});
    QVERIFY(!truth.isEmpty());
    // Truth: LB lines of requests that never reached a router, and LB timeouts of routed ones.
    int lbOnly = 0, timeouts = 0;
    for (const auto& file : truth.value(QStringLiteral("load_balancers")).toArray())
        for (const auto& line : file.toObject().value(QStringLiteral("lines")).toArray()) {
            const QJsonObject o = line.toObject();
            lbOnly += o.value(QStringLiteral("router")).toString().isEmpty() ? 1 : 0;
            timeouts += o.value(QStringLiteral("class")).toString() == QStringLiteral("lb_timeout") ? 1 : 0;
        }
    QVERIFY(lbOnly > 0);
    QVERIFY(timeouts > 0);

    const auto run =
        rs::test::runRoutescope({QStringLiteral("summary"), dir.path(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    const QJsonObject sources = summary.value(QStringLiteral("sources")).toObject();
    QVERIFY(sources.contains(QStringLiteral("infrastructure")));
    const QJsonObject lb = summary.value(QStringLiteral("load_balancer")).toObject();
    QCOMPARE(lb.value(QStringLiteral("never_reached_gorouter")).toInt(), lbOnly);
    const int infra = sources.value(QStringLiteral("infrastructure")).toInt();
    // The never-reached ones, plus the routed requests their LB timed out on.
    QVERIFY2(infra >= lbOnly + timeouts * 97 / 100 && infra <= lbOnly + timeouts,
             qPrintable(QStringLiteral("%1 vs %2 + %3").arg(infra).arg(lbOnly).arg(timeouts)));

    // The filter selects the routed ones (LB-only failures have no request row).
    const auto filtered =
        rs::test::runRoutescope({QStringLiteral("summary"), dir.path(), QStringLiteral("--json"),
                                 QStringLiteral("--filter"), QStringLiteral("source = infrastructure")});
    QCOMPARE(filtered.exitCode, 0);
    const QJsonObject selected = QJsonDocument::fromJson(filtered.out).object();
    QCOMPARE(selected.value(QStringLiteral("selected_requests")).toInt(), infra - lbOnly);
}

QTEST_GUILESS_MAIN(TestSummaryLb)
#include "tst_summarylb.moc"
