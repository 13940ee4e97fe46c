#include "app/aboutbox.h"

#include "core/util/buildinfo.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

namespace rs {

QMessageBox* createAboutBox(QWidget* parent)
{
    auto* box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The window's texts of old, kept in its context so that their translations still apply.
    box->setWindowTitle(QCoreApplication::translate("rs::MainWindow", "About RouteScope"));
    const QString about =
        QCoreApplication::translate("rs::MainWindow",
                                    "RouteScope %1\nIncident viewer for Cloud Foundry Gorouter failures.")
            .arg(QCoreApplication::applicationVersion());
    box->setTextFormat(Qt::PlainText);
    box->setText(about + QStringLiteral("\n\n") + buildInfoText());
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QIcon icon = QGuiApplication::windowIcon();
    if (!icon.isNull())
        box->setIconPixmap(icon.pixmap(64, 64));

    QPushButton* copy =
        box->addButton(QCoreApplication::translate("rs::AboutBox", "Copy"), QMessageBox::ActionRole);
    copy->setToolTip(
        QCoreApplication::translate("rs::AboutBox", "Copy the version and library lines for a bug report"));
    // A message box closes on any of its buttons; this one only copies.
    copy->disconnect();
    QObject::connect(copy, &QPushButton::clicked, box,
                     [] { QGuiApplication::clipboard()->setText(buildInfoText()); });
    box->addButton(QMessageBox::Close);
    return box;
}

} // namespace rs
