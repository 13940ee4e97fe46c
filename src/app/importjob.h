#pragma once

#include "app/workerthreads.h"
#include "core/cache/casestate.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace rs {

// Runs one import, then its analysis (diagnosis, findings), on a background thread. Progress and the result
// arrive as queued signals on the GUI thread; cancel() is cheap and safe from any thread. The job deletes
// nothing of the current incident: a cancelled import simply delivers nothing new. Results are posted with
// job ids (the cancel flag) so only the newest import ever delivers.
class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    // Opens the saved incident of these paths when they are unchanged (core/cache), else imports them
    // and saves the incident once the window has it. A single .rscase is opened with startCase().
    void startPaths(const QStringList& paths);
    void startBytes(const QString& name, SharedBytes bytes);
    // Opens a saved case (core/cache/casefile.h) without importing: caseOpened() with its state, then
    // finished(); failed() when the file is rejected.
    void startCase(const QString& path);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(double fraction, quint64 parsedBytes, quint64 filesSeen);
    void finished(std::shared_ptr<const rs::Analysis> analysis);
    void cancelled();
    // Before finished() of a case: the case's state (its raw lines may need Locate Bundle).
    void caseOpened(const QString& path, std::shared_ptr<const rs::cache::CaseState> state);
    // A case file was rejected: why (untranslated, from core), instead of finished().
    void failed(const QString& path, const QString& reason);

private:
    // What the work opened: an incident, and its analysis when one was saved with it.
    struct Opened {
        std::shared_ptr<const Incident> incident;
        std::shared_ptr<const Analysis> analysis;
    };
    using Work = std::function<Opened(const std::atomic<bool>*, const Importer::ProgressFn&)>;
    // `after` runs on the job's thread once the result is delivered (saving it to the cache);
    // `deliver` on the GUI thread just before, for the newest job only: true when it reported the
    // outcome itself (nothing else is emitted then).
    void start(Work work, std::function<void(const Analysis&)> after = {},
               std::function<bool(bool delivered)> deliver = {});

    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    WorkerThreads m_threads; // all joined on destruction: no import outlives its job
};

} // namespace rs
