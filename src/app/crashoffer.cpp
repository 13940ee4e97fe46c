#include "app/crashoffer.h"

#include "core/util/crashhandler.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace rs {

QMessageBox* createCrashReportOffer(QWidget* parent, const QString& directory)
{
    const QStringList reports = unseenCrashReports(directory);
    if (reports.isEmpty())
        return nullptr;
    markCrashReportsSeen(directory);
    auto* box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QCoreApplication::translate("rs::CrashOffer", "RouteScope Quit Unexpectedly"));
    box->setTextFormat(Qt::PlainText);
    box->setText(
        QCoreApplication::translate(
            "rs::CrashOffer",
            "RouteScope crashed when it last ran. A report with its version and backtrace was saved in\n"
            "%1\nNothing has been sent anywhere; attach the report to a bug report if you like.")
            .arg(QDir::toNativeSeparators(directory)));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Both buttons act and keep the box open; only Close closes it.
    QPushButton* show =
        box->addButton(QCoreApplication::translate("rs::CrashOffer", "Show Folder"), QMessageBox::ActionRole);
    show->disconnect();
    QObject::connect(show, &QPushButton::clicked, box,
                     [directory] { QDesktopServices::openUrl(QUrl::fromLocalFile(directory)); });
    QPushButton* copy =
        box->addButton(QCoreApplication::translate("rs::CrashOffer", "Copy Report"), QMessageBox::ActionRole);
    copy->disconnect();
    const QString newest = reports.first();
    QObject::connect(copy, &QPushButton::clicked, box, [newest] {
        QFile file(newest);
        if (file.open(QIODevice::ReadOnly))
            QGuiApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));
    });
    box->addButton(QMessageBox::Close);
    return box;
}

} // namespace rs
