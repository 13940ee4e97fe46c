// Exports from the window: the chart actions save and copy what the views show (the current
// filter), and the report dialog previews the pages and writes the report of its scope.
#include "app/export/chartactions.h"
#include "app/export/exportreportdialog.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "appfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rs;

class TestWindowExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chartActionsUseTheCurrentFilter();
    void copyPutsImageAndCsvOnTheClipboard();
    void reportDialogPreviewsAndWrites();
    void savedChartIsAnnouncedWithItsFolder();
};

void TestWindowExports::chartActionsUseTheCurrentFilter()
{
    FilterStack stack;
    ViewUpdater updater(&stack);
    updater.setAnalysis(test::sampleAnalysis());
    QWidget parent;
    ChartActions actions(&parent, [&updater] { return updater.current(); });
    QTemporaryDir dir;
    QString error;
    QVERIFY(!actions.saveChart(ChartKind::Classes, dir.filePath(QStringLiteral("none.csv")), 1.0, &error));
    QVERIFY(test::waitForViews(updater));
    Filter failed;
    failed.statuses = {{502, 502}};
    stack.push(failed);
    QVERIFY(test::waitForViews(updater));
    const QString csv = dir.filePath(QStringLiteral("classes.csv"));
    QVERIFY2(actions.saveChart(ChartKind::Classes, csv, 1.0, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qulonglong total = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        total += lines[i].section(QLatin1Char(','), -1).toULongLong();
    QCOMPARE(total, static_cast<qulonglong>(updater.current()->failures));
    // Each failing 502 is counted; no 200 is.
    QVERIFY(total > 0 && total <= updater.current()->selection.rows.size());
    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY(actions.saveChart(ChartKind::Timeline, png, 2.0, &error));
    QCOMPARE(QImage(png).size(), QSize(2400, 1000));
}

void TestWindowExports::copyPutsImageAndCsvOnTheClipboard()
{
    FilterStack stack;
    ViewUpdater updater(&stack);
    updater.setAnalysis(test::sampleAnalysis());
    QVERIFY(test::waitForViews(updater));
    QWidget parent;
    ChartActions actions(&parent, [&updater] { return updater.current(); });
    QVERIFY(actions.copyCsv(ChartKind::Backends));
    const QString text = QApplication::clipboard()->text();
    QVERIFY(text.startsWith(QStringLiteral("backend,failed")));
    QVERIFY(actions.copyImage(ChartKind::Backends));
    const QImage image = QApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(2400, 1000));
}

void TestWindowExports::reportDialogPreviewsAndWrites()
{
    Filter filter;
    filter.statuses = {{503, 503}};
    ExportReportDialog dialog(test::sampleAnalysis(), filter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(QTest::qWaitFor([&] { return dialog.previewPageCount() > 2; }, 60000));
    QCOMPARE(dialog.reportFilter(), filter);
    dialog.findChild<QCheckBox*>(QStringLiteral("filterCheck"))->setChecked(false);
    QVERIFY(dialog.reportFilter().isEmpty());
    dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Customer X outage"));
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    QString error;
    QVERIFY2(dialog.writeTo(html, &error), qPrintable(error));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray page = file.readAll();
    QVERIFY(page.contains("<title>Customer X outage</title>"));
    QVERIFY(page.contains("Filter: none"));
}

// Every format writes a file, exported() names it, the status bar links its folder, and the
// next save dialog opens there; the timeline export draws the range the view shows.
void TestWindowExports::savedChartIsAnnouncedWithItsFolder()
{
    FilterStack stack;
    ViewUpdater updater(&stack);
    updater.setAnalysis(test::sampleAnalysis());
    QVERIFY(test::waitForViews(updater));
    QMainWindow window;
    ChartActions actions(&window, [&updater] { return updater.current(); });
    const auto data = updater.current();
    const TimeNs from = data->dataFrom() + (data->dataTo() - data->dataFrom()) / 4;
    const TimeNs to = data->dataFrom() + (data->dataTo() - data->dataFrom()) / 2;
    actions.setVisibleRangeSource([from, to] { return std::pair{from, to}; });
    QSignalSpy exported(&actions, &ChartActions::exported);
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("t.png"), QStringLiteral("t.svg"), QStringLiteral("t.pdf"),
                               QStringLiteral("t.csv")}) {
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(actions.saveChart(ChartKind::Timeline, path, 1.0, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(exported.last().at(0).toString(), path);
    }
    QCOMPARE(exported.count(), 4);
    auto* notice = window.findChild<QLabel*>(QStringLiteral("exportNotice"));
    QVERIFY(notice);
    QVERIFY(
        notice->text().contains(QUrl::fromLocalFile(QFileInfo(dir.path()).absoluteFilePath()).toString()));
    QVERIFY(notice->text().contains(QStringLiteral("t.csv")));
    QCOMPARE(
        QFileInfo(ChartActions::proposedPath(ChartKind::Backends, ChartActions::Format::Png)).absolutePath(),
        QFileInfo(dir.path()).absoluteFilePath());
    // The CSV's buckets lie in the visible range (one bucket of rounding at the start).
    QFile csv(dir.filePath(QStringLiteral("t.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    const auto startOf = [](const QString& line) {
        return QDateTime::fromString(line.section(QLatin1Char(','), 0, 0), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    };
    const qint64 width = static_cast<qint64>(lines[1].section(QLatin1Char(','), 1, 1).toDouble() * 1000);
    QVERIFY(startOf(lines[1]) >= from / 1'000'000 - width);
    QVERIFY(startOf(lines.last()) < to / 1'000'000);
}

QTEST_MAIN(TestWindowExports)
#include "tst_windowexports.moc"
