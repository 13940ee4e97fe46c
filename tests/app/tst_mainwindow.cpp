// The window on real data: the embedded sample opens in the background and fills the
// requests table and the import report; a cancelled import leaves the previous incident.
#include "app/mainwindow.h"
#include "app/requesttablemodel.h"
#include "app/sampleincident.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace rs;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("RouteScopeTest")); }
    void sampleIncidentOpensInTheBackground();
    void requestModelPassesTheModelTester();
    void cancelKeepsThePreviousIncident();
};

void TestMainWindow::sampleIncidentOpensInTheBackground()
{
    QVERIFY(loadSampleIncident() != nullptr);
    MainWindow window;
    window.show();
    QSignalSpy changed(&window, &MainWindow::incidentChanged);
    window.openSample();
    QVERIFY(window.isImporting());
    QVERIFY(changed.wait(60000));
    const auto incident = window.incident();
    QVERIFY(incident);
    QVERIFY(incident->tables.requests.size() > 1000);
    auto* view = window.findChild<QTableView*>(QStringLiteral("requestsView"));
    QVERIFY(view);
    QCOMPARE(static_cast<std::size_t>(view->model()->rowCount()), incident->tables.requests.size());
    auto* report = window.findChild<QTreeWidget*>(QStringLiteral("importReportTree"));
    QVERIFY(report);
    QCOMPARE(static_cast<std::size_t>(report->topLevelItemCount()),
             incident->report.files.size() + (incident->report.problems.empty() ? 0 : 1));
}

void TestMainWindow::requestModelPassesTheModelTester()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::incidentChanged);
    window.openSample();
    QVERIFY(changed.wait(60000));
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(window.incident());
    QVERIFY(model.rowCount() > 0);
    const QModelIndex status = model.index(0, RequestTableModel::Status);
    QVERIFY(!model.data(status).toString().isEmpty());
}

void TestMainWindow::cancelKeepsThePreviousIncident()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::incidentChanged);
    window.openSample();
    QVERIFY(changed.wait(60000));
    const auto before = window.incident();

    QSignalSpy cancelled(&window, &MainWindow::importCancelled);
    window.openSample();
    window.cancelImport();
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(window.incident(), before);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!window.isImporting());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
