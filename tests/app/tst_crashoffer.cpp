// The window's offer of the last run's crash reports: once, with the folder and the newest
// report copyable.
#include "app/crashoffer.h"
#include "core/util/crashhandler.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestCrashOffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void offersTheNewReportOnce();
};

void TestCrashOffer::offersTheNewReportOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(rs::createCrashReportOffer(nullptr, dir.path()) == nullptr); // nothing to offer
    QFile report(dir.filePath(QStringLiteral("crash-1764960000-42.txt")));
    QVERIFY(report.open(QIODevice::WriteOnly));
    report.write("RouteScope crash report\nReason: SIGSEGV (invalid memory access)\n");
    report.close();

    QMessageBox* box = rs::createCrashReportOffer(nullptr, dir.path());
    QVERIFY(box);
    box->show();
    QVERIFY(box->text().contains(QDir::toNativeSeparators(dir.path())));
    QPushButton* copy = nullptr;
    for (QAbstractButton* button : box->buttons())
        if (button->text() == QLatin1String("Copy Report"))
            copy = qobject_cast<QPushButton*>(button);
    QVERIFY(copy);
    copy->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Reason: SIGSEGV")));
    QVERIFY(box->isVisible());
    box->button(QMessageBox::Close)->click();

    // Offered once: the next start says nothing about the same report.
    QVERIFY(rs::createCrashReportOffer(nullptr, dir.path()) == nullptr);
}

QTEST_MAIN(TestCrashOffer)
#include "tst_crashoffer.moc"
