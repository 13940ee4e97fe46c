#include "app/importjob.h"

#include "core/cache/casefile.h"
#include "core/cache/incidentcache.h"
#include "core/util/memorytrace.h"

#include <QMetaObject>

namespace rs {

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const rs::Analysis>>();
    qRegisterMetaType<std::shared_ptr<const rs::cache::CaseState>>();
}

ImportJob::~ImportJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_threads.joinAll();
}

void ImportJob::startPaths(const QStringList& paths)
{
    // A saved case holds its incident: it is read, not imported.
    if (paths.size() == 1 && paths.front().endsWith(QLatin1String(cache::kCaseSuffix), Qt::CaseInsensitive)) {
        startCase(paths.front());
        return;
    }
    std::vector<std::string> inputs;
    for (const QString& path : paths)
        inputs.push_back(path.toStdString());
    // Shared between the work and the step after it: the key, when the incident is to be saved.
    auto key = std::make_shared<std::optional<cache::IncidentCache::Key>>();
    start(
        [inputs, key](const std::atomic<bool>* cancel, const Importer::ProgressFn& progress) {
            cache::IncidentCache::Opened cached = cache::IncidentCache().open(inputs, {});
            *key = std::move(cached.toStore);
            if (cached.incident)
                return Opened{std::move(cached.incident), std::move(cached.analysis)};
            return Opened{Importer().importPaths(inputs, cancel, progress), nullptr};
        },
        [key](const Analysis& analysis) {
            if (*key && !analysis.incident->report.cancelled)
                cache::IncidentCache().store(**key, analysis);
        });
}

void ImportJob::startBytes(const QString& name, SharedBytes bytes)
{
    start([name = name.toStdString(), bytes](const std::atomic<bool>* cancel,
                                             const Importer::ProgressFn& progress) {
        return Opened{Importer().importBytes(name, bytes, cancel, progress), nullptr};
    });
}

void ImportJob::startCase(const QString& path)
{
    auto opened = std::make_shared<cache::CaseFileResult>();
    start(
        [opened, file = path.toStdString()](const std::atomic<bool>*, const Importer::ProgressFn&) {
            *opened = cache::readCase(file);
            return Opened{opened->incident, opened->analysis};
        },
        {},
        [this, opened, path](bool delivered) {
            if (!opened->error.empty()) {
                Q_EMIT failed(path, QString::fromStdString(opened->error));
                return true;
            }
            if (delivered)
                Q_EMIT caseOpened(path, std::make_shared<const cache::CaseState>(std::move(opened->state)));
            return false;
        });
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::start(Work work, std::function<void(const Analysis&)> after,
                      std::function<bool(bool delivered)> deliver)
{
    cancel(); // a newer import supersedes a running one
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_running = true;
    ImportJob* self = this; // valid while the thread runs: the destructor joins it
    m_threads.start([self, flag, deliver, work = std::move(work), after = std::move(after)] {
        int lastPermille = -1;
        const auto progress = [&](const ImportProgress& p) {
            const int permille = static_cast<int>(p.fraction() * 1000);
            if (permille == lastPermille)
                return;
            lastPermille = permille;
            QMetaObject::invokeMethod(
                self,
                [self, flag, fraction = p.fraction(), bytes = p.parsedBytes, files = p.filesSeen] {
                    if (self->m_cancel == flag)
                        Q_EMIT self->progressed(fraction, bytes, files);
                },
                Qt::QueuedConnection);
        };
        Opened opened = work(flag.get(), progress);
        std::shared_ptr<const Analysis> analysis;
        if (opened.incident && !flag->load())
            analysis = analyse(std::move(opened.incident), flag.get(), std::move(opened.analysis));
        traceMemory("window: analysed");
        QMetaObject::invokeMethod(
            self,
            [self, flag, analysis, deliver] {
                // Only the newest job may deliver; a superseded or cancelled one is dropped.
                if (self->m_cancel != flag)
                    return;
                self->m_running = false;
                if (deliver && deliver(!flag->load() && analysis))
                    return;
                if (flag->load() || !analysis)
                    Q_EMIT self->cancelled();
                else
                    Q_EMIT self->finished(analysis);
            },
            Qt::QueuedConnection);
        if (after && analysis && !flag->load())
            after(*analysis);
    });
}

} // namespace rs
