#pragma once

#include "core/clickhouse/client.h"
#include "core/clickhouse/rangeincident.h"
#include "core/query/analysis.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace rs {

// Runs one ClickHouse request of the window on a background thread: the time span of the
// requests (for the dialog's range) or a drill of a range into a local incident followed by its
// analysis. Results arrive as signals on the GUI thread; cancel() kills the running query
// (DrillCancel) and the job then reports cancelled(). One request at a time; the destructor
// cancels and waits.
class ClickHouseDrillJob : public QObject {
    Q_OBJECT
public:
    explicit ClickHouseDrillJob(QObject* parent = nullptr);
    ~ClickHouseDrillJob() override;

    void startSpan(const clickhouse::Endpoint& endpoint);
    void startDrill(const clickhouse::Endpoint& endpoint, const clickhouse::DrillRequest& request);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void spanFound(qint64 first, qint64 last); // nanoseconds; kNoTime when the table is empty
    void progressed(double fraction, const QString& stage);
    void drilled(std::shared_ptr<const rs::Analysis> analysis);
    void failed(const QString& error); // the query's purpose, then the server's message
    void cancelled();

private:
    void run(std::function<void()> work);
    void finishThread();

    QThread* m_thread = nullptr;
    quint64 m_generation = 0; // of the newest request: results of older ones are dropped
    std::shared_ptr<clickhouse::DrillCancel> m_cancel;
};

} // namespace rs
