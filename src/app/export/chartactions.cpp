#include "app/export/chartactions.h"

#include "app/charts/qcustomplot.h"
#include "app/language.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>

namespace rs {

ChartActions::ChartActions(QWidget* dialogParent, DataFn currentData)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_data(std::move(currentData))
{}

QString ChartActions::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Timeline:
        return tr("Timeline");
    case ChartKind::Backends:
        return tr("Backends");
    case ChartKind::Classes:
        return tr("Error Classes");
    case ChartKind::Latency:
        return tr("Response Times");
    }
    return {};
}

QMenu* ChartActions::menuFor(ChartKind kind, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    QAction* save = menu->addAction(QString(), this, [this, kind] { saveWithDialog(kind); });
    QAction* image = menu->addAction(QString(), this, [this, kind] { copyImage(kind); });
    QAction* csv = menu->addAction(QString(), this, [this, kind] { copyCsv(kind); });
    const auto retranslate = [menu, save, image, csv, kind] {
        menu->setTitle(title(kind));
        save->setText(tr("Save %1 Chart As…").arg(title(kind)));
        image->setText(tr("Copy as Image"));
        csv->setText(tr("Copy as CSV"));
    };
    retranslate();
    onLanguageChange(menu, retranslate);
    return menu;
}

void ChartActions::attach(QWidget* widget, ChartKind kind)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QMenu* menu = menuFor(kind, widget);
    connect(widget, &QWidget::customContextMenuRequested, menu,
            [menu, widget](const QPoint& pos) { menu->popup(widget->mapToGlobal(pos)); });
}

bool ChartActions::saveChart(ChartKind kind, const QString& path, double scale, QString* error) const
{
    const auto data = m_data();
    if (!data) {
        if (error)
            *error = tr("No incident is open.");
        return false;
    }
    return ChartExport(kind, data).save(path, scale, error);
}

bool ChartActions::copyImage(ChartKind kind) const
{
    const auto data = m_data();
    if (!data)
        return false;
    const ChartExport chart(kind, data);
    // Twice the pixels: pasted into a document it stays sharp.
    QApplication::clipboard()->setImage(chart.plot()->toPixmap(0, 0, 2.0).toImage());
    return true;
}

bool ChartActions::copyCsv(ChartKind kind) const
{
    const auto data = m_data();
    if (!data)
        return false;
    auto* mime = new QMimeData;
    const QString csv = ChartExport(kind, data).csv();
    mime->setText(csv);
    mime->setData(QStringLiteral("text/csv"), csv.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
    return true;
}

void ChartActions::saveWithDialog(ChartKind kind)
{
    const QString png1 = tr("PNG image (*.png)"), png2 = tr("PNG image, 2× (*.png)"),
                  png3 = tr("PNG image, 3× (*.png)");
    const QString svg = tr("SVG vector image (*.svg)"), pdf = tr("PDF document (*.pdf)"),
                  csv = tr("CSV data (*.csv)");
    QString selected = png2;
    QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Save %1 chart").arg(title(kind)), chartKindId(kind) + QStringLiteral(".png"),
        QStringList{png1, png2, png3, svg, pdf, csv}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const QString suffix = selected == svg   ? QStringLiteral(".svg")
                           : selected == pdf ? QStringLiteral(".pdf")
                           : selected == csv ? QStringLiteral(".csv")
                                             : QStringLiteral(".png");
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    const double scale = selected == png3 ? 3.0 : selected == png2 ? 2.0 : 1.0;
    QString error;
    if (!saveChart(kind, path, scale, &error))
        QMessageBox::warning(m_parent, tr("Save chart"), error);
}

} // namespace rs
