#include "app/requests/searchjob.h"

#include <QMetaObject>

namespace rs {

SearchJob::SearchJob(QObject* parent)
    : QObject(parent)
{}

SearchJob::~SearchJob()
{
    cancel();
    m_threads.joinAll();
}

void SearchJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_running = false;
    m_text.clear();
}

void SearchJob::start(std::shared_ptr<const Analysis> analysis, std::string text)
{
    cancel(); // a newer search supersedes a running one
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_running = true;
    m_text = text;
    SearchJob* self = this; // valid while the thread runs: the destructor joins it
    m_threads.start([self, flag, analysis = std::move(analysis), text = std::move(text)] {
        const auto progress = [self, flag](double fraction) {
            // Called at most about a thousand times a search (core/query/linescan.h).
            QMetaObject::invokeMethod(
                self,
                [self, flag, fraction] {
                    if (self->m_cancel == flag && !flag->load())
                        Q_EMIT self->progressed(fraction);
                },
                Qt::QueuedConnection);
        };
        auto search =
            std::make_shared<PanelSearch>(searchRawLinesForPanel(*analysis, text, progress, flag.get()));
        QMetaObject::invokeMethod(
            self,
            [self, flag, analysis, text, search] {
                // Only the newest search delivers; a superseded or cancelled one is dropped.
                if (self->m_cancel != flag || flag->load() || search->cancelled)
                    return;
                self->m_running = false;
                self->m_text.clear();
                Q_EMIT self->finished(analysis, text, search);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rs
