#pragma once

#include "core/query/analysis.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace rs {

class BackendsView;
class CaseController;
class ChartActions;
class FilterChipsBar;
class FilterStack;
class FindingsPanel;
class RequestDetailPanel;
class ImportJob;
class KeyboardNavigation;
class RequestsPanel;
class StaleState;
class WindowLayout;
class RouteTablePanel;
class TimelineView;
class ViewUpdater;
struct ViewData;

// The incident window: the requests in the middle, the timeline, findings, backends, route
// table, request detail and import report around it in dock panels, all following one
// FilterStack through one ViewUpdater.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    void openSample();
    std::shared_ptr<const Analysis> analysis() const { return m_analysis; }
    std::shared_ptr<const Incident> incident() const { return m_analysis ? m_analysis->incident : nullptr; }
    FilterStack* filters() const { return m_filters; }
    ViewUpdater* views() const { return m_views; }
    RequestsPanel* requestsPanel() const { return m_requests; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    RouteTablePanel* routeTablePanel() const { return m_routeTable; }
    TimelineView* timeline() const { return m_timeline; }
    BackendsView* backends() const { return m_backends; }
    RequestDetailPanel* requestDetail() const { return m_detail; }
    ChartActions* chartActions() const { return m_chartActions; }
    KeyboardNavigation* keyboard() const { return m_keyboard; }
    CaseController* caseController() const { return m_case; }
    // The status bar's message, in the current language.
    QString statusText() const;
    // View → Reset Layout: every dock back in its default place and size.
    void resetLayout();
    // File → Export Report: the dialog with a preview (null when no incident is open).
    void exportReport();
    bool isImporting() const;
    void cancelImport();
    // Shows `text()` in the status bar now and again after each language switch.
    void setStatus(std::function<QString()> text);
    // The same incident with other text sources (Locate Bundle…): the filter and the request
    // shown stay.
    void replaceAnalysis(std::shared_ptr<const Analysis> analysis);

Q_SIGNALS:
    void incidentChanged();
    void importCancelled();
    // Every panel has drawn the data of the current filter.
    void viewsUpdated();
    // After a language change: the incident was analysed again, so the findings speak the new
    // language, and every panel was given it.
    void analysisRetranslated();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPanels();
    // Opens the request detail below the requests, leaving them their rows.
    void openDetail();
    // Moves the time cursor and the route table to what `finding` is about.
    void focusFinding(const Finding& finding);
    void createActions();
    void createLanguageActions();
    void showIncidentTexts();
    void reanalyseForLanguage();
    void startReanalysis();
    void showAnalysis(std::shared_ptr<const Analysis> analysis);
    void showViewData(const std::shared_ptr<const ViewData>& viewData);
    void setImporting(bool importing, const QString& what = {});
    void onProgress(double fraction, quint64 parsedBytes, quint64 filesSeen);
    void addRecent(const QStringList& paths);
    void rebuildRecentMenu();
    // What is being imported, in the current language.
    QString importingWhat() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ImportJob* m_job = nullptr;
    FilterStack* m_filters = nullptr;
    ViewUpdater* m_views = nullptr;
    FilterChipsBar* m_chips = nullptr;
    RequestsPanel* m_requests = nullptr;
    // A selected finding waiting for the views of the filter its selection pushed.
    struct PendingFocus {
        Finding finding;
        Filter filter;
    };
    std::optional<PendingFocus> m_findingFocus;
    FindingsPanel* m_findings = nullptr;
    RouteTablePanel* m_routeTable = nullptr;
    TimelineView* m_timeline = nullptr;
    BackendsView* m_backends = nullptr;
    RequestDetailPanel* m_detail = nullptr;
    ChartActions* m_chartActions = nullptr;
    KeyboardNavigation* m_keyboard = nullptr;
    CaseController* m_case = nullptr;
    std::unique_ptr<StaleState> m_stale;
    std::unique_ptr<WindowLayout> m_layout;
    bool m_defaultSizesPending = false;
    const Incident* m_fittedIncident = nullptr; // the incident the default dock sizes last fitted
    std::function<QString()> m_statusText;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    std::shared_ptr<const Analysis> m_analysis;
    QString m_importing;
    int m_importingCount = 0; // paths being imported; 0 for the sample
    qint64 m_importStartedMs = 0;
    std::uint64_t m_languageGeneration = 0;
    bool m_reanalysisPending = false;
};

} // namespace rs
