#include "app/casenotesdialog.h"

#include "ui_casenotesdialog.h"

namespace rs {

CaseNotesDialog::CaseNotesDialog(const QString& notes, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseNotesDialog>())
{
    m_ui->setupUi(this);
    setNotes(notes);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CaseNotesDialog::~CaseNotesDialog() = default;

QString CaseNotesDialog::notes() const
{
    return m_ui->notesEdit->toPlainText();
}

void CaseNotesDialog::setNotes(const QString& notes)
{
    m_ui->notesEdit->setPlainText(notes);
}

} // namespace rs
