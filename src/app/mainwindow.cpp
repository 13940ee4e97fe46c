#include "app/mainwindow.h"

#include "app/aboutbox.h"
#include "app/casecontroller.h"
#include "app/charts/backendsview.h"
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineview.h"
#include "app/clickhouse/openclickhousedialog.h"
#include "app/detail/requestdetailpanel.h"
#include "app/displaytime.h"
#include "app/export/chartactions.h"
#include "app/export/exportreportdialog.h"
#include "app/filter/filterchipsbar.h"
#include "app/filter/filterstack.h"
#include "app/filter/viewupdater.h"
#include "app/findings/findingspanel.h"
#include "app/importjob.h"
#include "app/importreporttree.h"
#include "app/keyboardnav.h"
#include "app/language.h"
#include "app/requests/requestspanel.h"
#include "app/routes/routetablepanel.h"
#include "app/sampleincident.h"
#include "app/stalestate.h"
#include "app/theme.h"
#include "app/windowlayout.h"
#include "core/util/memorytrace.h"
#include "core/util/timeparse.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>

namespace rs {
namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");
// Open Recent shows paths this wide at most (the middle elided), the whole path in the tooltip.
constexpr int kRecentPathChars = 70;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_job(new ImportJob(this))
    , m_filters(new FilterStack(this))
    , m_views(new ViewUpdater(m_filters, this))
{
    m_ui->setupUi(this);
    createPanels();
    createActions();
    m_keyboard = new KeyboardNavigation(this, m_ui->menuGo);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, m_keyboard,
            &KeyboardNavigation::showShortcutList);
    m_ui->contentStack->setCurrentWidget(m_ui->emptyPage);

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

    connect(m_job, &ImportJob::progressed, this, &MainWindow::onProgress);
    connect(m_job, &ImportJob::finished, this, [this](std::shared_ptr<const Analysis> analysis) {
        setImporting(false);
        showAnalysis(std::move(analysis));
    });
    connect(m_job, &ImportJob::cancelled, this, [this] {
        setImporting(false);
        setStatus(m_analysis ? std::function<QString()>([] {
            return tr("Import cancelled; the previous incident is still shown.");
        })
                             : [] { return tr("Import cancelled."); });
        Q_EMIT importCancelled();
    });
    connect(m_job, &ImportJob::failed, this, [this] { setImporting(false); });
    m_case = new CaseController(this, m_job,
                                {m_ui->actionSaveCase, m_ui->actionCaseNotes, m_ui->actionLocateBundle});
    connect(m_views, &ViewUpdater::updated, this, &MainWindow::showViewData);

    rebuildRecentMenu();
    m_layout->arrangeDefault();
    if (!m_layout->restore()) {
        // First start in this screen size: a window that fits the screen, the docks sized
        // once it has its size.
        if (const QScreen* screen = this->screen())
            resize(
                QSize(1600, 1000).boundedTo(screen->availableSize() * 9 / 10).expandedTo(QSize(1024, 640)));
        m_defaultSizesPending = true;
    }
}

MainWindow::~MainWindow()
{
    // A re-analysis for a language change must not outlive the window it reports to.
    for (QThread* thread : findChildren<QThread*>())
        thread->wait();
}

void MainWindow::createPanels()
{
    m_chips = new FilterChipsBar(m_filters, m_ui->chipsContainer);
    m_ui->chipsLayout->addWidget(m_chips);
    m_requests = new RequestsPanel(m_filters, m_ui->requestsContainer);
    m_ui->requestsLayout->addWidget(m_requests);
    m_ui->menuHelp->insertAction(m_ui->actionKeyboardShortcuts, m_requests->filterSyntaxAction());
    m_findings = new FindingsPanel(m_filters, m_ui->findingsContents);
    m_ui->findingsLayout->addWidget(m_findings);
    // The three panels side by side across the top may be narrower than their controls on a
    // laptop screen: they scroll sideways then.
    m_routeTable = new RouteTablePanel(m_filters);
    m_ui->routeTableLayout->addWidget(WindowLayout::scrollable(m_routeTable, m_ui->routeTableContents));
    m_timeline = new TimelineView(m_filters);
    m_ui->timelineLayout->addWidget(WindowLayout::scrollable(m_timeline, m_ui->timelineContents));
    m_backends = new BackendsView(m_filters);
    m_ui->backendsLayout->addWidget(WindowLayout::scrollable(m_backends, m_ui->backendsContents));
    // On a laptop screen the detail may be lower than its tabs and tables: it scrolls then,
    // rather than taking the requests' rows.
    m_detail = new RequestDetailPanel(m_filters);
    m_ui->requestDetailLayout->addWidget(WindowLayout::scrollable(m_detail, m_ui->requestDetailContents));
    m_layout = std::make_unique<WindowLayout>(
        this, WindowLayout::Docks{m_ui->timelineDock, m_ui->backendsDock, m_ui->routeTableDock,
                                  m_ui->findingsDock, m_ui->importReportDock, m_ui->requestDetailDock});
    // The detail opens below the requests when a request is selected; it takes no tab.
    connect(m_requests, &RequestsPanel::currentRequestChanged, this,
            [this](std::shared_ptr<const Analysis> analysis, std::uint32_t row) {
                m_detail->showRequest(std::move(analysis), row);
                openDetail();
            });
    connect(m_requests, &RequestsPanel::currentRequestCleared, m_detail, &RequestDetailPanel::clear);
    m_chartActions = new ChartActions(this, [this] { return m_views->current(); });
    m_chartActions->attach(m_timeline->plot(), ChartKind::Timeline);
    m_chartActions->attach(m_backends->plot(), ChartKind::Backends);
    // The timeline's time cursor is the route table's time.
    connect(m_timeline, &TimelineView::cursorTimeChanged, m_routeTable, &RouteTablePanel::setTime);
    // A finding shows the moment and the endpoint it is about. The views its filter recomputes
    // would move the route table to the filter's end, so the focus waits for them; when they
    // are shown already (the filter was current), it applies now.
    connect(m_findings, &FindingsPanel::findingSelected, this, [this](const Finding& finding) {
        const auto shown = m_views->current();
        if (shown && shown->filter == m_filters->current()) {
            m_findingFocus.reset();
            focusFinding(finding);
        } else {
            m_findingFocus = PendingFocus{finding, m_filters->current()};
        }
    });

    m_stale = std::make_unique<StaleState>(m_requests, m_detail, m_findings);
    for (QDockWidget* dock : {m_ui->timelineDock, m_ui->findingsDock, m_ui->backendsDock,
                              m_ui->routeTableDock, m_ui->requestDetailDock, m_ui->importReportDock})
        m_ui->menuView->addAction(dock->toggleViewAction());
}

void MainWindow::focusFinding(const Finding& finding)
{
    if (finding.cursor != kNoTime)
        m_timeline->setCursorTime(finding.cursor);
    if (!finding.endpoints.empty()) {
        const FindingEndpoint& endpoint = finding.endpoints.front();
        m_routeTable->showEndpoint(endpoint.router, finding.cursor, endpoint.route, endpoint.address);
        // Evidence in failed attempts shows only when attempts are counted: the retries hid it.
        m_backends->markBackend(endpoint.address, finding.evidence.events.empty()
                                                      ? BackendsView::Counting::Requests
                                                      : BackendsView::Counting::Attempts);
    } else if (finding.cursor != kNoTime) {
        m_routeTable->setTime(finding.cursor);
    }
}

void MainWindow::createActions()
{
    m_ui->menuFilter->addAction(m_filters->backAction());
    m_ui->menuFilter->addAction(m_filters->forwardAction());
    m_ui->menuFilter->addAction(m_filters->resetAction());

    connect(m_ui->actionOpenFile, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open bundle or logs"), {},
            tr("Bundles, logs and cases (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.rscase);;"
               "All files (*)"));
        if (!files.isEmpty())
            openPaths(files);
    });
    connect(m_ui->actionOpenFolder, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open folder of logs"));
        if (!dir.isEmpty())
            openPaths({dir});
    });
    connect(m_ui->openButton, &QPushButton::clicked, m_ui->actionOpenFile, &QAction::trigger);
    connect(m_ui->sampleButton, &QPushButton::clicked, this, &MainWindow::openSample);
    connect(m_ui->actionCancelImport, &QAction::triggered, this, &MainWindow::cancelImport);
    connect(m_ui->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    for (const ChartKind kind :
         {ChartKind::Timeline, ChartKind::Backends, ChartKind::Classes, ChartKind::Latency})
        m_ui->menuExportChart->addMenu(m_chartActions->menuFor(kind, m_ui->menuExportChart));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionOpenSample, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_ui->actionOpenClickHouse, &QAction::triggered, this, [this] {
        auto* dialog = new OpenClickHouseDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OpenClickHouseDialog::opened, this,
                [this, dialog](std::shared_ptr<const Analysis> analysis) {
                    const std::size_t requests = analysis->incident->tables.requests.size();
                    showAnalysis(std::move(analysis));
                    // No files were imported: the status line names the database and the range.
                    setStatus([requests, range = dialog->openedRange()] {
                        const auto utc = [](TimeNs t) {
                            return QDateTime::fromMSecsSinceEpoch(t / 1'000'000, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                        };
                        return tr("Loaded %1 requests from ClickHouse database %2 on %3, %4 – %5 UTC")
                            .arg(QLocale().toString(qulonglong(requests)), range.database, range.server,
                                 utc(range.from), utc(range.to));
                    });
                });
        dialog->open();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (m_analysis)
            m_requests->focusSearch();
    });
    connect(m_ui->actionResetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { createAboutBox(this)->open(); });

    createLanguageActions();

    auto* themes = new QActionGroup(this);
    const std::array<std::pair<QAction*, Theme>, 3> themeActions = {
        std::pair{m_ui->actionThemeSystem, Theme::System}, std::pair{m_ui->actionThemeLight, Theme::Light},
        std::pair{m_ui->actionThemeDark, Theme::Dark}};
    const Theme current = savedTheme();
    for (const auto& [action, theme] : themeActions) {
        themes->addAction(action);
        action->setChecked(theme == current);
        connect(action, &QAction::triggered, this, [theme = theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }
}

void MainWindow::createLanguageActions()
{
    auto* languages = new QActionGroup(this);
    const QString current = currentLanguage();
    for (const QString& code : languageCodes()) {
        QAction* action = m_ui->actionLanguageSystem;
        if (!code.isEmpty()) {
            // Each language is named in itself, so a user finds theirs whatever is shown now.
            action = m_ui->menuLanguage->addAction(nativeLanguageName(code));
            action->setCheckable(true);
        }
        languages->addAction(action);
        action->setChecked(code == current);
        connect(action, &QAction::triggered, this, [code] {
            applyLanguage(code);
            saveLanguage(code);
        });
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    m_filters->retranslate();
    if (m_statusText)
        m_statusLabel->setText(m_statusText());
    rebuildRecentMenu();
    showIncidentTexts();
    reanalyseForLanguage();
}

void MainWindow::reanalyseForLanguage()
{
    // Findings carry their title and explanation as text translated when they were computed;
    // analysing the same incident again under the new translators is the one place that knows
    // how to word them. It runs off the GUI thread (it scans every request), and only the
    // newest run may replace the analysis, and only of the incident that is still shown.
    if (!m_analysis || m_reanalysisPending)
        return;
    // Switching languages removes and installs several translators, each a LanguageChange:
    // one analysis after the last of them is enough.
    m_reanalysisPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reanalysisPending = false;
        startReanalysis();
    });
}

void MainWindow::startReanalysis()
{
    if (!m_analysis)
        return;
    const std::uint64_t generation = ++m_languageGeneration;
    const std::shared_ptr<const Incident> incident = m_analysis->incident;
    auto result = std::make_shared<std::shared_ptr<const Analysis>>();
    // The diagnosis has no texts: only the findings and the stale notes are worded again.
    QThread* thread = QThread::create(
        [incident, result, shown = m_analysis] { *result = analyse(incident, nullptr, shown); });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, result, incident, generation] {
        thread->deleteLater();
        if (generation != m_languageGeneration || !*result || !m_analysis || m_analysis->incident != incident)
            return;
        m_analysis = *result;
        m_views->setAnalysis(m_analysis);
        showIncidentTexts();
        Q_EMIT analysisRetranslated();
    });
    thread->start();
}

void MainWindow::exportReport()
{
    if (!m_analysis)
        return;
    ExportReportDialog dialog(m_analysis, m_filters->current(), this);
    dialog.exec();
}

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
    m_importingCount = static_cast<int>(paths.size());
    setImporting(true, paths.size() == 1 ? QFileInfo(paths.front()).fileName() : QString());
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
    m_importingCount = 0;
    setImporting(true, QString());
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
        setStatus([this] { return tr("Importing %1…").arg(importingWhat()); });
    }
}

void MainWindow::onProgress(double fraction, quint64 parsedBytes, quint64 filesSeen)
{
    m_progress->setValue(static_cast<int>(fraction * 1000));
    const double seconds =
        static_cast<double>(std::max<qint64>(1, QDateTime::currentMSecsSinceEpoch() - m_importStartedMs)) /
        1000.0;
    m_statusLabel->setText(tr("Importing %1… %2 files, %3 MB/s")
                               .arg(importingWhat())
                               .arg(filesSeen)
                               .arg(static_cast<double>(parsedBytes) / 1e6 / seconds, 0, 'f', 0));
}

void MainWindow::showAnalysis(std::shared_ptr<const Analysis> analysis)
{
    traceMemory("window: analysis delivered");
    m_analysis = std::move(analysis);
    const Incident& incident = *m_analysis->incident;
    m_stale->incidentChanged();
    m_ui->requestDetailDock->hide();
    m_filters->clear();
    m_views->setAnalysis(m_analysis);
    const ImportReport& report = incident.report;
    m_ui->contentStack->setCurrentWidget(m_ui->incidentPage);
    m_ui->actionExportReport->setEnabled(true);
    m_ui->menuExportChart->setEnabled(true);
    setStatus([files = report.files.size(), bytes = report.bytes, seconds = report.seconds,
               skipped = report.skippedLines(), problems = report.problems.size()] {
        return tr("Imported %1 files (%2 MB) in %3 s; %4 lines skipped, %5 problems — see the import report")
            .arg(files)
            .arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
            .arg(seconds, 0, 'f', 2)
            .arg(skipped)
            .arg(problems);
    });
    showIncidentTexts();
    Q_EMIT incidentChanged();
    traceMemory("window: analysis shown");
}

void MainWindow::replaceAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_analysis = std::move(analysis);
    m_views->setAnalysis(m_analysis);
    if (const auto row = m_detail->currentRow())
        m_detail->showRequest(m_analysis, *row);
}

void MainWindow::showIncidentTexts()
{
    if (!m_analysis)
        return;
    const Incident& incident = *m_analysis->incident;
    const ImportReport& report = incident.report;
    const auto& t = incident.tables;
    const QLocale locale;
    // One line: milliseconds, the date once; every digit in the tooltip.
    const auto overview = [&](const QString& span) {
        return tr("%1 requests, %2 Gorouter events, %3 route-table dumps, %4 LRP captures, %5 findings — %6")
            .arg(locale.toString(qulonglong(t.requests.size())), locale.toString(qulonglong(t.events.size())))
            .arg(t.routeSnapshots.size())
            .arg(t.lrpSnapshots.size())
            .arg(m_analysis->findings.size())
            .arg(span);
    };
    if (incident.begin == kNoTime) {
        m_ui->overviewLabel->setToolTip(QString());
        m_ui->overviewLabel->setText(overview(tr("no timestamps")));
    } else {
        const QString end =
            sameUtcDay(incident.begin, incident.end) ? timeOfDayMs(incident.end) : dateTimeMs(incident.end);
        m_ui->overviewLabel->setToolTip(
            overview(tr("%1 … %2 UTC").arg(fullTime(incident.begin), fullTime(incident.end))));
        m_ui->overviewLabel->setText(overview(tr("%1 … %2 UTC").arg(dateTimeMs(incident.begin), end)));
    }
    setWindowTitle(tr("RouteScope — %1")
                       .arg(report.inputs.empty()
                                ? QString()
                                : QFileInfo(QString::fromStdString(report.inputs.front())).fileName()));
    fillImportReport(m_ui->importReportTree, report);
}

void MainWindow::showViewData(const std::shared_ptr<const ViewData>& viewData)
{
    traceMemory("window: view data delivered");
    m_views->setTimelinePixels(m_timeline->plot()->width());
    m_requests->setViewData(viewData);
    m_findings->setViewData(viewData);
    m_routeTable->setViewData(viewData);
    m_timeline->setViewData(viewData);
    m_backends->setViewData(viewData);
    m_stale->viewsUpdated(*viewData);
    if (viewData->analysis->incident.get() != m_fittedIncident) {
        // The panels' controls now hold this incident's texts (bucket width, routers, times).
        m_fittedIncident = viewData->analysis->incident.get();
        m_layout->refitIfUntouched();
    }
    // The views of the finding's filter: focus it; another filter since: forget it.
    if (m_findingFocus && viewData->filter == m_findingFocus->filter) {
        focusFinding(m_findingFocus->finding);
        m_findingFocus.reset();
    } else if (m_findingFocus && m_filters->current() != m_findingFocus->filter) {
        m_findingFocus.reset();
    }
    traceMemory("window: view data shown");
    Q_EMIT viewsUpdated();
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
    m_layout->save();
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
    menu->setToolTipsVisible(true);
    const int width = menu->fontMetrics().averageCharWidth() * kRecentPathChars;
    for (const QString& path : recent) {
        // The path tells two "bundle.tgz" apart; '&' would be read as a mnemonic.
        QString shown = QDir::toNativeSeparators(path);
        shown = menu->fontMetrics().elidedText(shown, Qt::ElideMiddle, width);
        QAction* action = menu->addAction(shown.replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultSizesPending)
        return;
    m_defaultSizesPending = false;
    // The docks get their share once the window is laid out at its own size.
    QTimer::singleShot(0, this, [this] { m_layout->applyDefaultSizes(); });
}

void MainWindow::resetLayout()
{
    m_layout->arrangeDefault();
    // The sizes apply to the docks once they are laid out in their new places.
    QTimer::singleShot(0, this, [this] {
        m_layout->applyDefaultSizes();
        if (m_detail->currentRow())
            openDetail();
    });
}

void MainWindow::openDetail()
{
    // The requests keep ten rows in view when the detail opens on a laptop screen.
    const QTableView* view = m_requests->view();
    m_layout->openDetail(centralWidget()->height() - view->viewport()->height() +
                         10 * view->verticalHeader()->defaultSectionSize());
}

void MainWindow::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_statusLabel->setText(m_statusText());
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

QString MainWindow::importingWhat() const
{
    if (!m_importing.isEmpty())
        return m_importing;
    return m_importingCount > 1 ? tr("%n inputs", nullptr, m_importingCount) : tr("sample incident");
}

} // namespace rs
