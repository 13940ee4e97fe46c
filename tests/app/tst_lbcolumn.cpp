// The LB status column of the requests table: for a request the join tied to a load-balancer
// line, the LB's status and its target's status as that line logged them ("504/-"), with a
// tooltip naming the LB, the target and the termination; empty without a joined LB line; and
// sorting by it.
#include "app/filter/viewdata.h"
#include "app/requests/requestcolumns.h"
#include "app/requests/requesttablemodel.h"
#include "core/formats/lblog.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"
#include "generatedbundle.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TestLbColumn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statusesFromTheLbLine();
};

void TestLbColumn::statusesFromTheLbLine()
{
    QTemporaryDir dir;
    const QJsonObject truth = test::generateBundle(
        dir.path(), {QStringLiteral("--minutes"), QStringLiteral("4"), QStringLiteral("--rps"),
                     QStringLiteral("3"), QStringLiteral("--lb"), QStringLiteral("haproxy")});
    QVERIFY(!truth.isEmpty());
    const auto analysis = analyse(Importer().importPaths({dir.path().toStdString()}));
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setViewData(computeViewData(analysis, {}));
    QVERIFY(QTest::qWaitFor([&] { return !model.isSorting(); }, 30000));
    const int column = static_cast<int>(RequestColumn::LbStatus);
    QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    const Incident& incident = *analysis->incident;
    const LbDiagnosis& lb = analysis->diagnosis.lb;
    LbLogParser parser;
    LbRecord record;
    std::size_t joined = 0, withoutTarget = 0, without = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const std::uint32_t row = model.requestRow(r);
        const QString text = model.data(model.index(r, column)).toString();
        const QString tip = model.data(model.index(r, column), Qt::ToolTipRole).toString();
        const std::uint32_t l = lb.lbOfRequest[row];
        if (l == kNoLbRow) {
            ++without;
            QVERIFY(text.isEmpty());
            QVERIFY(tip.startsWith(QStringLiteral("No load-balancer line")));
            continue;
        }
        ++joined;
        // The numbers as the LB's own line has them, read again with the parser.
        const RawLine line = incident.rawLine(incident.tables.lb.source, l); // the record points into it
        QVERIFY(!parser.parse(unwrap(line.view()).payload, record));
        const QString target = record.targetStatus == kNoTargetStatus ? QStringLiteral("-")
                                                                      : QString::number(record.targetStatus);
        // An LB that sent nothing (the client went away first) logs no status: "-".
        const QString status = record.status == 0 ? QStringLiteral("-") : QString::number(record.status);
        QCOMPARE(text, status + QLatin1Char('/') + target);
        withoutTarget += record.targetStatus == kNoTargetStatus ? 1 : 0;
        QVERIFY2(tip.contains(QStringLiteral("haproxy")), qPrintable(tip));
        QVERIFY(tip.contains(
            QString::fromUtf8(record.target.data(), static_cast<qsizetype>(record.target.size()))));
        if (!record.termination.empty())
            QVERIFY(tip.contains(QStringLiteral("Termination: ")));
    }
    QVERIFY(joined > 100);
    QVERIFY(without > 0);       // requests without Host never pass an LB
    QVERIFY(withoutTarget > 0); // LB timeouts while Gorouter waited: "504/-"
    // Sorting by the column puts the requests without an LB line first, then by LB status.
    model.sort(column, Qt::AscendingOrder);
    QVERIFY(QTest::qWaitFor([&] { return !model.isSorting(); }, 30000));
    int last = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString text = model.data(model.index(r, column)).toString();
        const int status = text.isEmpty() ? 0 : text.section(QLatin1Char('/'), 0, 0).toInt();
        QVERIFY(status >= last);
        last = status;
    }
}

QTEST_MAIN(TestLbColumn)
#include "tst_lbcolumn.moc"
