#include "app/filter/viewupdater.h"

#include "app/filter/filterstack.h"

#include <algorithm>

namespace rs {
namespace {
// Enough for a few steps of history at ten million requests (a selection is 4 bytes a row).
constexpr std::size_t kMaxCachedRows = 48'000'000;
constexpr std::size_t kMaxCachedViews = 12;
} // namespace

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
    m_recent.clear();
    recompute();
}

std::shared_ptr<const ViewData> ViewUpdater::cached(const Filter& filter) const
{
    for (const auto& data : m_recent) {
        if (data->analysis == m_analysis && data->filter == filter)
            return data;
    }
    return nullptr;
}

void ViewUpdater::remember(const std::shared_ptr<const ViewData>& data)
{
    m_recent.erase(std::remove(m_recent.begin(), m_recent.end(), data), m_recent.end());
    m_recent.push_back(data);
    std::size_t rows = 0;
    for (const auto& d : m_recent)
        rows += d->selection.rows.size();
    // The unfiltered view is what reset returns to: it stays, whatever else is evicted.
    auto oldest = m_recent.begin();
    while (m_recent.size() > 1 && (m_recent.size() > kMaxCachedViews || rows > kMaxCachedRows)) {
        if ((*oldest)->filter.isEmpty() && oldest + 1 != m_recent.end())
            ++oldest;
        if (oldest + 1 == m_recent.end())
            break;
        rows -= (*oldest)->selection.rows.size();
        oldest = m_recent.erase(oldest);
    }
}

void ViewUpdater::recompute()
{
    if (!m_analysis)
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    if (auto data = cached(m_filters->current())) {
        // Delivered through the event loop like a computed result, so callers see one order.
        QMetaObject::invokeMethod(
            this,
            [this, generation, data = std::move(data)] {
                --m_pending;
                if (generation != m_generation.load())
                    return;
                remember(data);
                m_current = data;
                Q_EMIT updated(data);
            },
            Qt::QueuedConnection);
        return;
    }
    ViewUpdater* self = this; // outlives the task: the destructor waits for the pool
    m_pool.start([self, generation, analysis = m_analysis, filter = m_filters->current(),
                  pixels = m_timelinePixels.load()] {
        // A filter that was replaced while it waited is not worth computing.
        std::shared_ptr<const ViewData> data;
        if (generation == self->m_generation.load())
            data = computeViewData(analysis, filter, pixels);
        QMetaObject::invokeMethod(
            self,
            [self, generation, data = std::move(data)] {
                --self->m_pending;
                if (!data || generation != self->m_generation.load())
                    return;
                self->remember(data);
                self->m_current = data;
                Q_EMIT self->updated(data);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rs
