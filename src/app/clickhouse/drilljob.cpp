#include "app/clickhouse/drilljob.h"

#include <QThread>

namespace rs {
namespace {

// The server sends nothing until a query is done: the transfer may stay silent for the whole
// max_execution_time, so the client waits longer than that.
clickhouse::ClientOptions clientOptions(int maxExecutionSeconds)
{
    clickhouse::ClientOptions options;
    options.timeoutMs = (maxExecutionSeconds + 30) * 1000;
    return options;
}

} // namespace

ClickHouseDrillJob::ClickHouseDrillJob(QObject* parent)
    : QObject(parent)
{}

ClickHouseDrillJob::~ClickHouseDrillJob()
{
    cancel();
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
    }
}

void ClickHouseDrillJob::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void ClickHouseDrillJob::finishThread()
{
    if (m_thread == nullptr)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ClickHouseDrillJob::run(std::function<void()> work)
{
    m_thread = QThread::create(std::move(work));
    m_thread->start();
}

void ClickHouseDrillJob::startSpan(const clickhouse::Endpoint& endpoint)
{
    // One at a time: a newer request replaces the running one.
    cancel();
    finishThread();
    m_cancel = std::make_shared<clickhouse::DrillCancel>();
    // The job is the posted calls' context: they run only while it lives, and it outlives the
    // thread (the destructor waits for it).
    ClickHouseDrillJob* const self = this;
    const quint64 generation = ++m_generation;
    run([self, endpoint, generation] {
        clickhouse::Client client(endpoint, clientOptions(60));
        const clickhouse::TimeSpanOutcome span = clickhouse::requestTimeSpan(client);
        QMetaObject::invokeMethod(
            self,
            [self, span, generation] {
                if (self->m_generation != generation)
                    return;
                self->finishThread();
                if (span.ok())
                    Q_EMIT self->spanFound(span.first, span.last);
                else
                    Q_EMIT self->failed(span.error);
            },
            Qt::QueuedConnection);
    });
}

void ClickHouseDrillJob::startDrill(const clickhouse::Endpoint& endpoint,
                                    const clickhouse::DrillRequest& request)
{
    // One at a time: a newer request replaces the running one.
    cancel();
    finishThread();
    m_cancel = std::make_shared<clickhouse::DrillCancel>();
    // The job is the posted calls' context: they run only while it lives, and it outlives the
    // thread (the destructor waits for it).
    ClickHouseDrillJob* const self = this;
    const quint64 generation = ++m_generation;
    run([self, endpoint, request, cancel = m_cancel, generation] {
        clickhouse::Client client(endpoint, clientOptions(request.maxExecutionSeconds));
        int lastPermille = -1;
        const auto progress = [&](const clickhouse::DrillProgress& p) {
            const int permille = static_cast<int>(p.fraction * 1000);
            if (permille == lastPermille)
                return;
            lastPermille = permille;
            QMetaObject::invokeMethod(
                self,
                [self, p, generation] {
                    if (self->m_generation == generation)
                        Q_EMIT self->progressed(p.fraction, p.stage);
                },
                Qt::QueuedConnection);
        };
        clickhouse::DrillOutcome outcome = clickhouse::drillRange(client, request, progress, cancel.get());
        std::shared_ptr<const Analysis> analysis;
        if (outcome.ok() && !cancel->cancelled())
            analysis = analyse(std::move(outcome.incident));
        const bool wasCancelled = outcome.cancelled || cancel->cancelled();
        QMetaObject::invokeMethod(
            self,
            [self, analysis, wasCancelled, error = outcome.error, generation] {
                if (self->m_generation != generation)
                    return;
                self->finishThread();
                if (wasCancelled)
                    Q_EMIT self->cancelled();
                else if (analysis)
                    Q_EMIT self->drilled(analysis);
                else
                    Q_EMIT self->failed(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rs
