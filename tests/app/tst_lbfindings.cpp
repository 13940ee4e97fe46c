// The window on a bundle with load balancers in front of the routers (issue 19): the finding
// for failures the load balancer answered on its own counts LB lines, not request rows, and its
// count column says so instead of promising rows that selecting it cannot show.
#include "app/findings/findingspanel.h"
#include "app/mainwindow.h"
#include "core/diagnosis/findings.h"
#include "windowfixture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rs;

class TestLbFindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lbAnsweredCountSaysWhatItCounts();
};

void TestLbFindings::lbAnsweredCountSaysWhatItCounts()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeLbFindingsTest"));
    QSettings().clear();
    QTemporaryDir bundle;
    QVERIFY(bundle.isValid());
    QVERIFY(!test::generateBundle(bundle.path(),
                                  {QStringLiteral("--minutes"), QStringLiteral("4"), QStringLiteral("--rps"),
                                   QStringLiteral("4"), QStringLiteral("--lb"), QStringLiteral("haproxy"),
                                   QStringLiteral("--layout"), QStringLiteral("dir")})
                 .isEmpty());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(test::openPathsAndWait(window, {bundle.path()}));

    const auto& findings = window.analysis()->findings;
    QTreeWidget* tree = window.findingsPanel()->tree();
    int lbItems = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c) {
            const QTreeWidgetItem* item = tree->topLevelItem(g)->child(c);
            const Finding& finding =
                findings.at(item->data(0, Qt::UserRole) /* the panel's index into findings */.toULongLong());
            const QString tip = item->toolTip(1);
            if (finding.unit == CountUnit::LbRequests) {
                ++lbItems;
                QVERIFY2(tip.contains(QStringLiteral("no router logged")), qPrintable(tip));
            } else {
                QVERIFY2(!tip.contains(QStringLiteral("no router logged")), qPrintable(tip));
            }
        }
    }
    QVERIFY(lbItems > 0);
}

QTEST_MAIN(TestLbFindings)
#include "tst_lbfindings.moc"
