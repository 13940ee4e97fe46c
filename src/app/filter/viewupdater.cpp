#include "app/filter/viewupdater.h"

#include "app/filter/filterstack.h"

namespace rs {

ViewUpdater::ViewUpdater(FilterStack* filters, QObject* parent)
    : QObject(parent)
    , m_filters(filters)
{
    // One computation at a time keeps a burst of filter changes from piling up work; the
    // computation itself uses both cores.
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<std::shared_ptr<const rs::ViewData>>();
    connect(m_filters, &FilterStack::filterChanged, this, &ViewUpdater::recompute);
}

ViewUpdater::~ViewUpdater()
{
    m_pool.waitForDone();
}

void ViewUpdater::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_analysis = std::move(analysis);
    recompute();
}

void ViewUpdater::recompute()
{
    if (!m_analysis)
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    ViewUpdater* self = this; // outlives the task: the destructor waits for the pool
    m_pool.start([self, generation, analysis = m_analysis, filter = m_filters->current()] {
        // A filter that was replaced while it waited is not worth computing.
        std::shared_ptr<const ViewData> data;
        if (generation == self->m_generation.load())
            data = computeViewData(analysis, filter);
        QMetaObject::invokeMethod(
            self,
            [self, generation, data = std::move(data)] {
                --self->m_pending;
                if (!data || generation != self->m_generation.load())
                    return;
                self->m_current = data;
                Q_EMIT self->updated(data);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rs
