// The lb_answered finding counts load-balancer lines no router logged: selecting it cannot select
// request rows. The findings panel says so in the explanation and lists the LB lines themselves
// (plain text), so selecting it still shows its evidence.
#include "app/filter/filterstack.h"
#include "app/filter/viewdata.h"
#include "app/findings/findingspanel.h"
#include "core/diagnosis/findings.h"
#include "core/import/importer.h"
#include "generatedbundle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TestLbAnswered : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectingListsTheLbLines();
};

void TestLbAnswered::selectingListsTheLbLines()
{
    QTemporaryDir dir;
    QVERIFY(!test::generateBundle(dir.path(),
                                  {QStringLiteral("--minutes"), QStringLiteral("4"), QStringLiteral("--rps"),
                                   QStringLiteral("3"), QStringLiteral("--lb"), QStringLiteral("haproxy")})
                 .isEmpty());
    const auto analysis = analyse(Importer().importPaths({dir.path().toStdString()}));
    const auto answered = std::find_if(analysis->findings.begin(), analysis->findings.end(),
                                       [](const Finding& f) { return f.kind == FindingKind::LbAnswered; });
    QVERIFY(answered != analysis->findings.end());
    QVERIFY(!answered->evidence.lbRows.empty());
    FilterStack filters;
    FindingsPanel panel(&filters);
    panel.setViewData(computeViewData(analysis, {}));
    QVERIFY(panel.selectFinding(answered->id));
    const QString text = panel.explanationText();
    QVERIFY2(text.contains(QStringLiteral("filters no request rows")), qPrintable(text));
    // Every listed line is the raw LB line of an evidence row, in order.
    const Incident& incident = *analysis->incident;
    const std::size_t listed = std::min<std::size_t>(50, answered->evidence.lbRows.size());
    for (std::size_t i = 0; i < listed; ++i) {
        const RawLine line = incident.rawLine(incident.tables.lb.source, answered->evidence.lbRows[i]);
        const std::string_view raw = line.view();
        QVERIFY(text.contains(
            QString::fromUtf8(raw.data(), static_cast<qsizetype>(std::min<std::size_t>(raw.size(), 120)))));
    }
    // Another finding's explanation has no such list.
    const auto other = std::find_if(analysis->findings.begin(), analysis->findings.end(),
                                    [](const Finding& f) { return f.unit == CountUnit::Requests; });
    QVERIFY(other != analysis->findings.end());
    QVERIFY(panel.selectFinding(other->id));
    QVERIFY(!panel.explanationText().contains(QStringLiteral("filters no request rows")));
}

QTEST_MAIN(TestLbAnswered)
#include "tst_lbanswered.moc"
