#pragma once

#include "app/requests/searchresults.h"
#include "app/workerthreads.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <string>

namespace rs {

// Runs the requests panel's search over every raw line (searchRawLinesForPanel) on a background
// thread: at 10 M requests it reads gigabytes of text, which must not hold the window. Progress
// and the result arrive as queued signals on the GUI thread, only from the newest search: start()
// supersedes a running one and cancel() drops it (both cheap; the reading threads stop at their
// next block).
class SearchJob : public QObject {
    Q_OBJECT
public:
    explicit SearchJob(QObject* parent = nullptr);
    ~SearchJob() override; // cancels, and joins every thread: no search outlives its job

    void start(std::shared_ptr<const Analysis> analysis, std::string text);
    void cancel();
    bool isRunning() const { return m_running; }
    // The text of the running search; empty when none runs.
    const std::string& text() const { return m_text; }

Q_SIGNALS:
    void progressed(double fraction);
    void finished(std::shared_ptr<const rs::Analysis> analysis, const std::string& text,
                  std::shared_ptr<rs::PanelSearch> search);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    std::string m_text;
    WorkerThreads m_threads; // last: joined before the members the threads report to go
};

} // namespace rs
