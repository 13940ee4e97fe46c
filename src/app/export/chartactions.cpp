#include "app/export/chartactions.h"

#include "app/charts/backendsview.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineview.h"
#include "app/language.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace rs {
namespace {

const QString kFolderKey = QStringLiteral("export/folder");
constexpr int kNoticeMs = 30000;

QString suffixOf(ChartActions::Format format)
{
    switch (format) {
    case ChartActions::Format::Png:
        return QStringLiteral("png");
    case ChartActions::Format::Svg:
        return QStringLiteral("svg");
    case ChartActions::Format::Pdf:
        return QStringLiteral("pdf");
    case ChartActions::Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

} // namespace

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
    const std::array formats{Format::Png, Format::Svg, Format::Pdf, Format::Csv};
    std::vector<std::pair<QAction*, Format>> saves;
    for (const Format format : formats)
        saves.emplace_back(
            menu->addAction(QString(), this, [this, kind, format] { saveWithDialog(kind, format); }), format);
    menu->addSeparator();
    QAction* image = menu->addAction(QString(), this, [this, kind] { copyImage(kind); });
    QAction* csv = menu->addAction(QString(), this, [this, kind] { copyCsv(kind); });
    const auto retranslate = [menu, saves, image, csv, kind] {
        menu->setTitle(title(kind));
        for (const auto& [action, format] : saves) {
            switch (format) {
            case Format::Png:
                action->setText(tr("Save as &PNG…"));
                break;
            case Format::Svg:
                action->setText(tr("Save as &SVG…"));
                break;
            case Format::Pdf:
                action->setText(tr("Save as P&DF…"));
                break;
            case Format::Csv:
                action->setText(tr("Save as &CSV…"));
                break;
            }
        }
        image->setText(tr("Copy as &Image"));
        csv->setText(tr("Copy as C&SV"));
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
    // The view the plot belongs to gets the same actions for its export button.
    for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto* timeline = qobject_cast<TimelineView*>(w)) {
            timeline->setChartActions(this);
            break;
        }
        if (auto* backends = qobject_cast<BackendsView*>(w)) {
            backends->setChartActions(this);
            break;
        }
    }
}

void ChartActions::setOptionsSource(ChartKind kind, OptionsFn options)
{
    m_options[kind] = std::move(options);
}

void ChartActions::setVisibleRangeSource(RangeFn range)
{
    setOptionsSource(ChartKind::Timeline, [range = std::move(range)] {
        ChartOptions options;
        std::tie(options.from, options.to) = range();
        return options;
    });
}

ChartOptions ChartActions::optionsFor(ChartKind kind) const
{
    const auto it = m_options.find(kind);
    return it == m_options.end() || !it->second ? ChartOptions{} : it->second();
}

bool ChartActions::saveChart(ChartKind kind, const QString& path, double scale, QString* error)
{
    const auto data = m_data();
    if (!data) {
        if (error)
            *error = tr("No incident is open.");
        return false;
    }
    if (!ChartExport(kind, data, {1200, 500}, optionsFor(kind)).save(path, scale, error))
        return false;
    announce(path);
    return true;
}

bool ChartActions::copyImage(ChartKind kind) const
{
    const auto data = m_data();
    if (!data)
        return false;
    const ChartExport chart(kind, data, {1200, 500}, optionsFor(kind));
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
    const QString csv = ChartExport(kind, data, {1200, 500}, optionsFor(kind)).csv();
    mime->setText(csv);
    mime->setData(QStringLiteral("text/csv"), csv.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
    return true;
}

QString ChartActions::exportFolder()
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ChartActions::rememberExportFolder(const QString& filePath)
{
    QSettings().setValue(kFolderKey, QFileInfo(filePath).absolutePath());
}

QString ChartActions::proposedPath(ChartKind kind, Format format)
{
    return QDir(exportFolder()).filePath(chartKindId(kind) + QLatin1Char('.') + suffixOf(format));
}

void ChartActions::saveWithDialog(ChartKind kind, Format format)
{
    QString filter;
    switch (format) {
    case Format::Png:
        filter = tr("PNG image (*.png)");
        break;
    case Format::Svg:
        filter = tr("SVG vector image (*.svg)");
        break;
    case Format::Pdf:
        filter = tr("PDF document (*.pdf)");
        break;
    case Format::Csv:
        filter = tr("CSV data (*.csv)");
        break;
    }
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save %1 chart").arg(title(kind)),
                                                proposedPath(kind, format), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffixOf(format);
    QString error;
    // PNG at twice the pixels: sharp on a high-density screen and in documents.
    if (!saveChart(kind, path, format == Format::Png ? 2.0 : 1.0, &error))
        QMessageBox::warning(m_parent, tr("Save chart"), error);
}

void ChartActions::announce(const QString& path)
{
    rememberExportFolder(path);
    Q_EMIT exported(path);
    auto* window = qobject_cast<QMainWindow*>(m_parent ? m_parent->window() : nullptr);
    if (!window)
        return;
    if (!m_notice) {
        m_notice = new QLabel(window);
        m_notice->setObjectName(QStringLiteral("exportNotice"));
        m_notice->setTextFormat(Qt::RichText);
        m_notice->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(m_notice, &QLabel::linkActivated, this,
                [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
        window->statusBar()->addPermanentWidget(m_notice);
    }
    const QFileInfo file(path);
    // The path is the user's, but still text: escaped before it becomes a link.
    m_notice->setText(
        tr("Saved %1")
            .arg(
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(
                        QUrl::fromLocalFile(file.absolutePath()).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                        file.absoluteFilePath().toHtmlEscaped())));
    m_notice->setToolTip(tr("Click to open the folder"));
    m_notice->show();
    QTimer::singleShot(kNoticeMs, m_notice, [notice = m_notice] {
        if (notice)
            notice->hide();
    });
}

} // namespace rs
