#include "app/export/exportreportdialog.h"

#include "app/export/reportexport.h"
#include "app/report/pdfreport.h"
#include "core/report/incidentreport.h"
#include "ui_exportreportdialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>

namespace rs {

ExportReportDialog::ExportReportDialog(std::shared_ptr<const Analysis> analysis, Filter currentFilter,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportReportDialog>())
    , m_analysis(std::move(analysis))
    , m_filter(std::move(currentFilter))
    , m_printer(new QPrinter(QPrinter::ScreenResolution))
{
    m_ui->setupUi(this);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(15, 15, 15, 18), QPageLayout::Millimeter);
    m_preview = new QPrintPreviewWidget(m_printer, m_ui->previewContainer);
    m_ui->previewLayout->addWidget(m_preview);
    m_ui->filterCheck->setEnabled(!m_filter.isEmpty());
    m_ui->filterCheck->setChecked(!m_filter.isEmpty());
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ExportReportDialog::paintPreview);
    // Settings change the preview once typing pauses.
    auto* refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(400);
    connect(refresh, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, refresh, qOverload<>(&QTimer::start));
    connect(m_ui->filterCheck, &QCheckBox::toggled, refresh, qOverload<>(&QTimer::start));
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ExportReportDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
}

ExportReportDialog::~ExportReportDialog()
{
    delete m_printer;
}

Filter ExportReportDialog::reportFilter() const
{
    return m_ui->filterCheck->isChecked() ? m_filter : Filter{};
}

QString ExportReportDialog::reportTitle() const
{
    return m_ui->titleEdit->text().trimmed();
}

int ExportReportDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

void ExportReportDialog::paintPreview(QPrinter* printer)
{
    ReportOptions options;
    options.title = reportTitle();
    const Filter filter = reportFilter();
    const ReportDocument document = buildIncidentReport(*m_analysis, filter, options);
    const ReportCharts charts(m_analysis, filter);
    paintReport(document, *printer, [&charts](const QString& kind, QPainter& painter, const QRectF& rect) {
        return charts.paint(kind, painter, rect);
    });
}

bool ExportReportDialog::writeTo(const QString& path, QString* error) const
{
    ReportRequest request;
    request.title = reportTitle();
    return writeReport(m_analysis, reportFilter(), request, path, error);
}

void ExportReportDialog::save()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save incident report"), QStringLiteral("incident-report.pdf"),
        tr("PDF document (*.pdf);;Web page, self-contained (*.html)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (!target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
        !target.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
        target += selected.contains(QLatin1String("html")) ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QString error;
    if (!writeTo(target, &error)) {
        QMessageBox::warning(this, tr("Export report"), error);
        return;
    }
    accept();
}

} // namespace rs
