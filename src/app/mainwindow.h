#pragma once

#include "core/store/incident.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace rs {

class ImportJob;
class RequestTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    void openSample();
    std::shared_ptr<const Incident> incident() const { return m_incident; }
    bool isImporting() const;
    void cancelImport();

Q_SIGNALS:
    void incidentChanged();
    void importCancelled();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showIncident(std::shared_ptr<const Incident> incident);
    void setImporting(bool importing, const QString& what = {});
    void onProgress(double fraction, quint64 parsedBytes, quint64 filesSeen);
    void addRecent(const QStringList& paths);
    void rebuildRecentMenu();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ImportJob* m_job = nullptr;
    RequestTableModel* m_requests = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    std::shared_ptr<const Incident> m_incident;
    QString m_importing;
    qint64 m_importStartedMs = 0;
};

} // namespace rs
