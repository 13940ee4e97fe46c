#pragma once

#include "core/query/analysis.h"

#include <QDialog>

#include <memory>

class QPrintPreviewWidget;
class QPrinter;

namespace Ui {
class ExportReportDialog;
}

namespace rs {

// File → Export Report: title, scope (the current filter or everything), a live preview of
// the PDF pages, then PDF or HTML by the chosen file name.
class ExportReportDialog : public QDialog {
    Q_OBJECT
public:
    ExportReportDialog(std::shared_ptr<const Analysis> analysis, Filter currentFilter,
                       QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    // What the report covers with the dialog's settings.
    Filter reportFilter() const;
    QString reportTitle() const;
    // Writes the report as the dialog is set (PDF or HTML by suffix).
    bool writeTo(const QString& path, QString* error = nullptr) const;
    int previewPageCount() const;

private:
    void paintPreview(QPrinter* printer);
    void save();

    std::unique_ptr<Ui::ExportReportDialog> m_ui;
    std::shared_ptr<const Analysis> m_analysis;
    Filter m_filter;
    QPrinter* m_printer = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace rs
