#pragma once

#include "app/filter/savedfilters.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SavedFiltersDialog;
}

namespace rs {

// Manage… of the saved-filters menu: rename, edit, remove, import and export the bookmarks.
// The caller stores filters() when the dialog is accepted.
class SavedFiltersDialog : public QDialog {
    Q_OBJECT
public:
    explicit SavedFiltersDialog(const QList<SavedFilter>& filters, QWidget* parent = nullptr);
    ~SavedFiltersDialog() override;

    QList<SavedFilter> filters() const;
    // What Import… and Export… do once the file is chosen; they report to the user in a
    // message box (the confirmation, or why it failed) and return whether it worked.
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);

private:
    void setFilters(const QList<SavedFilter>& filters);
    void removeSelected();
    void chooseImport();
    void chooseExport();
    void tell(bool ok, const QString& text);

    std::unique_ptr<Ui::SavedFiltersDialog> m_ui;
};

} // namespace rs
