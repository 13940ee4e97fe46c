#pragma once

#include "app/filter/viewdata.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rs {

class FilterStack;

// Recomputes the ViewData whenever the analysis or the filter changes, on a worker thread.
// Only the newest computation delivers (hotspot's job tracker): a filter changed twice in a
// row never shows the first result after the second.
class ViewUpdater : public QObject {
    Q_OBJECT
public:
    ViewUpdater(FilterStack* filters, QObject* parent = nullptr);
    ~ViewUpdater() override;

    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    std::shared_ptr<const Analysis> analysis() const { return m_analysis; }
    // The last delivered data; null before the first delivery.
    std::shared_ptr<const ViewData> current() const { return m_current; }
    bool isBusy() const { return m_pending > 0; }
    // The timeline's plot width: the buckets computed with each view are the ones it shows.
    void setTimelinePixels(int pixels) { m_timelinePixels = pixels; }

Q_SIGNALS:
    void updated(std::shared_ptr<const rs::ViewData> data);

private:
    void recompute();

    std::shared_ptr<const ViewData> cached(const Filter& filter) const;
    void remember(const std::shared_ptr<const ViewData>& data);

    FilterStack* m_filters;
    // Recently shown filters of this analysis, newest last: back, forward and reset return to
    // one of them without computing anything.
    std::vector<std::shared_ptr<const ViewData>> m_recent;
    std::shared_ptr<const Analysis> m_analysis;
    std::shared_ptr<const ViewData> m_current;
    std::atomic<quint64> m_generation = 0; // written on the GUI thread, read by the task
    int m_pending = 0;
    std::atomic<int> m_timelinePixels = 1200;
    QThreadPool m_pool; // destroyed first: its destructor waits for running computations
};

} // namespace rs
