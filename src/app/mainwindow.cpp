#include "app/mainwindow.h"

#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "app/importjob.h"
#include "app/importreporttree.h"
#include "app/requesttablemodel.h"
#include "app/sampleincident.h"
#include "core/util/timeparse.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QToolButton>

namespace rs {
namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_job(new ImportJob(this))
    , m_filters(new FilterStack(this))
    , m_views(new ViewUpdater(m_filters, this))
    , m_requests(new RequestTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->requestsView->setModel(m_requests);
    // Fixed row heights keep a view over millions of rows cheap: nothing is measured per row.
    m_ui->requestsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->requestsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->requestsView->verticalHeader()->hide();
    m_ui->requestsView->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    for (const auto& [column, chars] :
         {std::pair{RequestTableModel::Time, 32}, std::pair{RequestTableModel::Router, 24},
          std::pair{RequestTableModel::Host, 28}, std::pair{RequestTableModel::Backend, 20},
          std::pair{RequestTableModel::RouterError, 30}})
        m_ui->requestsView->setColumnWidth(column, chars * charWidth);
    m_ui->contentStack->setCurrentWidget(m_ui->emptyPage);
    m_ui->menuView->addAction(m_ui->importReportDock->toggleViewAction());

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_ui->actionCancelImport);
    m_cancelButton->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    connect(m_ui->actionOpenFile, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open bundle or logs"), {},
            tr("Bundles and logs (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.*)"));
        if (!files.isEmpty())
            openPaths(files);
    });
    connect(m_ui->actionOpenFolder, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open folder of logs"));
        if (!dir.isEmpty())
            openPaths({dir});
    });
    connect(m_ui->actionCancelImport, &QAction::triggered, this, &MainWindow::cancelImport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionOpenSample, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About RouteScope"),
                           tr("RouteScope %1\nIncident viewer for Cloud Foundry Gorouter failures.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    connect(m_job, &ImportJob::progressed, this, &MainWindow::onProgress);
    connect(m_job, &ImportJob::finished, this, [this](std::shared_ptr<const Analysis> analysis) {
        setImporting(false);
        showAnalysis(std::move(analysis));
    });
    connect(m_job, &ImportJob::cancelled, this, [this] {
        setImporting(false);
        m_statusLabel->setText(tr("Import cancelled; the previous incident is still shown."));
        Q_EMIT importCancelled();
    });

    rebuildRecentMenu();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

bool MainWindow::isImporting() const
{
    return m_job->isRunning();
}

void MainWindow::cancelImport()
{
    m_job->cancel();
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    addRecent(paths);
    setImporting(true, paths.size() == 1 ? QFileInfo(paths.front()).fileName()
                                         : tr("%n inputs", nullptr, static_cast<int>(paths.size())));
    m_job->startPaths(paths);
}

void MainWindow::openSample()
{
    const SharedBytes bytes = loadSampleIncident();
    if (!bytes) {
        QMessageBox::warning(this, tr("Sample incident"),
                             tr("The embedded sample incident is missing from this build."));
        return;
    }
    setImporting(true, tr("sample incident"));
    m_job->startBytes(QString::fromLatin1(kSampleIncidentName), bytes);
}

void MainWindow::setImporting(bool importing, const QString& what)
{
    m_ui->actionCancelImport->setEnabled(importing);
    m_progress->setVisible(importing);
    m_cancelButton->setVisible(importing);
    m_progress->setValue(0);
    if (importing) {
        m_importing = what;
        m_importStartedMs = QDateTime::currentMSecsSinceEpoch();
        m_statusLabel->setText(tr("Importing %1…").arg(what));
    }
}

void MainWindow::onProgress(double fraction, quint64 parsedBytes, quint64 filesSeen)
{
    m_progress->setValue(static_cast<int>(fraction * 1000));
    const double seconds =
        std::max<qint64>(1, QDateTime::currentMSecsSinceEpoch() - m_importStartedMs) / 1000.0;
    m_statusLabel->setText(tr("Importing %1… %2 files, %3 MB/s")
                               .arg(m_importing)
                               .arg(filesSeen)
                               .arg(static_cast<double>(parsedBytes) / 1e6 / seconds, 0, 'f', 0));
}

void MainWindow::showAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_analysis = std::move(analysis);
    const Incident& incident = *m_analysis->incident;
    m_filters->clear();
    m_views->setAnalysis(m_analysis);
    m_requests->setIncident(m_analysis->incident);
    fillImportReport(m_ui->importReportTree, incident.report);
    const ImportReport& report = incident.report;
    const auto& t = incident.tables;
    const QString span = incident.begin == kNoTime
                             ? tr("no timestamps")
                             : tr("%1 … %2").arg(QString::fromStdString(formatTimeUtc(incident.begin)),
                                                 QString::fromStdString(formatTimeUtc(incident.end)));
    m_ui->overviewLabel->setText(
        tr("%1 requests, %2 gorouter events, %3 route-table dumps, %4 LRP captures — %5")
            .arg(t.requests.size())
            .arg(t.events.size())
            .arg(t.routeSnapshots.size())
            .arg(t.lrpSnapshots.size())
            .arg(span));
    m_ui->contentStack->setCurrentWidget(m_ui->requestsPage);
    const std::uint64_t skipped = report.skippedLines();
    m_statusLabel->setText(
        tr("Imported %1 files (%2 MB) in %3 s; %4 lines skipped, %5 problems — see the import report")
            .arg(report.files.size())
            .arg(static_cast<double>(report.bytes) / 1e6, 0, 'f', 1)
            .arg(report.seconds, 0, 'f', 2)
            .arg(skipped)
            .arg(report.problems.size()));
    setWindowTitle(tr("RouteScope — %1")
                       .arg(report.inputs.empty()
                                ? QString()
                                : QFileInfo(QString::fromStdString(report.inputs.front())).fileName()));
    Q_EMIT incidentChanged();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_job->cancel();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::addRecent(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuRecent;
    menu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace rs
