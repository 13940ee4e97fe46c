#include "app/filter/filterhelpdialog.h"

#include "core/query/filterexpr.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

// lupdate needs the context outside the namespace.
struct FilterSyntaxHelpText {
    Q_DECLARE_TR_FUNCTIONS(FilterSyntaxHelp)
};

namespace rs {

void showFilterSyntaxHelp(QWidget* parent)
{
    QWidget* window = parent ? parent->window() : nullptr;
    auto* dialog = window ? window->findChild<QDialog*>(QStringLiteral("filterSyntaxDialog")) : nullptr;
    if (dialog == nullptr) {
        dialog = new QDialog(window);
        dialog->setObjectName(QStringLiteral("filterSyntaxDialog"));
        dialog->setWindowTitle(FilterSyntaxHelpText::tr("Filter Syntax"));
        auto* layout = new QVBoxLayout(dialog);
        // Plain text: the help is the command line's, and nothing in it is markup.
        auto* text = new QPlainTextEdit(dialog);
        text->setObjectName(QStringLiteral("filterSyntaxText"));
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(QString::fromStdString(filterExpressionHelp()));
        layout->addWidget(text);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        const QFontMetrics metrics(text->font());
        dialog->resize(metrics.horizontalAdvance(QLatin1Char('x')) * 100, metrics.height() * 36);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace rs
