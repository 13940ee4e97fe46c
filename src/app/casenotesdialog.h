#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CaseNotesDialog;
}

namespace rs {

// File → Case Notes…: the open incident's notes as plain text (they come from colleagues' cases,
// so they are never read as markup). The caller takes notes() when the dialog is accepted.
class CaseNotesDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaseNotesDialog(const QString& notes, QWidget* parent = nullptr);
    ~CaseNotesDialog() override;

    QString notes() const;
    void setNotes(const QString& notes);

private:
    std::unique_ptr<Ui::CaseNotesDialog> m_ui;
};

} // namespace rs
