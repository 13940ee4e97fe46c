#include "app/filter/savedfiltersdialog.h"

#include "ui_savedfiltersdialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QTableWidgetItem>

#include <set>

namespace rs {

SavedFiltersDialog::SavedFiltersDialog(const QList<SavedFilter>& filters, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SavedFiltersDialog>())
{
    m_ui->setupUi(this);
    m_ui->filtersTable->setColumnWidth(0, fontMetrics().averageCharWidth() * 24);
    setFilters(filters);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SavedFiltersDialog::removeSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &SavedFiltersDialog::chooseImport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SavedFiltersDialog::chooseExport);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SavedFiltersDialog::~SavedFiltersDialog() = default;

void SavedFiltersDialog::setFilters(const QList<SavedFilter>& filters)
{
    QTableWidget* table = m_ui->filtersTable;
    table->setRowCount(static_cast<int>(filters.size()));
    for (int row = 0; row < filters.size(); ++row) {
        // QTableWidgetItem shows its text as plain text: names and expressions are never markup.
        table->setItem(row, 0, new QTableWidgetItem(filters[row].name));
        table->setItem(row, 1, new QTableWidgetItem(filters[row].expression));
    }
}

QList<SavedFilter> SavedFiltersDialog::filters() const
{
    QList<SavedFilter> out;
    const QTableWidget* table = m_ui->filtersTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        const QString expression = table->item(row, 1) ? table->item(row, 1)->text() : QString();
        if (!name.isEmpty())
            out = savedfilters::withFilter(std::move(out), {name, expression});
    }
    return out;
}

void SavedFiltersDialog::removeSelected()
{
    std::set<int, std::greater<>> rows;
    for (const QModelIndex& index : m_ui->filtersTable->selectionModel()->selectedRows())
        rows.insert(index.row());
    for (const int row : rows)
        m_ui->filtersTable->removeRow(row);
}

void SavedFiltersDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Saved Filters"), QString(),
                                                      tr("Saved filters (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void SavedFiltersDialog::chooseExport()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Saved Filters"),
                                     QStringLiteral("routescope-filters.json"), tr("Saved filters (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    exportTo(path);
}

bool SavedFiltersDialog::importFrom(const QString& path)
{
    QString error;
    const auto imported = savedfilters::importFile(path, &error);
    if (!imported) {
        tell(false, error);
        return false;
    }
    QList<SavedFilter> merged = filters();
    for (const auto& f : *imported)
        merged = savedfilters::withFilter(std::move(merged), f);
    setFilters(merged);
    tell(true, tr("Imported %n filter(s) from %1. They are kept when you press OK.", nullptr,
                  static_cast<int>(imported->size()))
                   .arg(path));
    return true;
}

bool SavedFiltersDialog::exportTo(const QString& path)
{
    QString error;
    const QList<SavedFilter> list = filters();
    if (!savedfilters::exportFile(path, list, &error)) {
        tell(false, error);
        return false;
    }
    tell(true, tr("Wrote %n filter(s) to %1.", nullptr, static_cast<int>(list.size())).arg(path));
    return true;
}

void SavedFiltersDialog::tell(bool ok, const QString& text)
{
    // Paths and the parser's words are the user's: plain text only.
    auto* box =
        new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                        ok ? tr("Saved Filters") : tr("Saved Filters: Failed"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("savedFiltersMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace rs
