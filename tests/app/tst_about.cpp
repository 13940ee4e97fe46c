// Help → About shows the build information a bug report needs, selectable, and Copy puts
// exactly those lines on the clipboard without closing the box.
#include "app/aboutbox.h"
#include "core/util/buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

class TestAbout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEveryLibraryAndCopiesTheBuildLines();
};

void TestAbout::showsEveryLibraryAndCopiesTheBuildLines()
{
    QMessageBox* box = rs::createAboutBox(nullptr);
    box->show();
    QVERIFY(QTest::qWaitForWindowExposed(box));
    for (const char* library : {"Qt", "libarchive", "ISA-L", "simdjson"})
        QVERIFY2(box->text().contains(QLatin1String(library) + QLatin1Char(' ')), library);
    QVERIFY(box->text().contains(rs::buildInfoText()));
    QVERIFY(box->textInteractionFlags() & Qt::TextSelectableByMouse);

    QPushButton* copy = nullptr;
    for (QAbstractButton* button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::ActionRole)
            copy = qobject_cast<QPushButton*>(button);
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), rs::buildInfoText());
    QVERIFY(box->isVisible());

    box->button(QMessageBox::Close)->click();
    QTRY_VERIFY(!box->isVisible());
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
