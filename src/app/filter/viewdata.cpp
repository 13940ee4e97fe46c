#include "app/filter/viewdata.h"

#include "app/charts/timelineseries.h"
#include "core/query/classnames.h"

#include <algorithm>

namespace rs {

TimeNs ViewData::viewFrom() const
{
    const Incident& i = incident();
    return filter.from == kNoTime ? i.begin
                                  : (i.begin == kNoTime ? filter.from : std::max(filter.from, i.begin));
}

TimeNs ViewData::viewTo() const
{
    const Incident& i = incident();
    // The incident's end is the last request's start; the range is half-open.
    const TimeNs end = i.end == kNoTime ? kNoTime : i.end + 1;
    return filter.to == kNoTime ? end : (end == kNoTime ? filter.to : std::min(filter.to, end));
}

std::shared_ptr<const ViewData> computeViewData(std::shared_ptr<const Analysis> analysis, Filter filter,
                                                int timelinePixels)
{
    auto data = std::make_shared<ViewData>();
    data->analysis = std::move(analysis);
    data->filter = std::move(filter);
    const Incident& incident = *data->analysis->incident;
    const ClassColumns classes = data->analysis->classColumns();
    data->selection = select(incident, data->filter, classes);

    // Failures are a small part of the traffic: the per-backend and per-instance counts only
    // look at them, collected in the same pass that counts the classes and finds the span of
    // the selected requests' starts.
    Selection failed;
    data->classTotals.assign(kErrorClassCount, 0);
    const auto& status = incident.tables.requests.status;
    const auto& start = incident.tables.requests.start;
    const bool classified = classes.errorClass.size() == incident.tables.requests.size();
    for (const auto row : data->selection.rows) {
        bool failure = status[row] >= 500;
        if (classified) {
            const std::uint8_t c = classes.errorClass[row];
            ++data->classTotals[c];
            failure = failure || query::isFailureClass(c);
        }
        if (failure)
            failed.rows.push_back(row);
        if (start[row] != kNoTime) {
            if (data->firstStart == kNoTime || start[row] < data->firstStart)
                data->firstStart = start[row];
            if (data->lastStart == kNoTime || start[row] > data->lastStart)
                data->lastStart = start[row];
        }
    }
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (query::isFailureClass(c))
            data->failures += data->classTotals[c];
    }
    data->backends = failuresByBackend(incident, failed, classes);
    data->instances = failuresByInstance(incident, failed, classes);
    const Diagnosis& diagnosis = data->analysis->diagnosis;
    const AttemptColumns attempts{&diagnosis.attemptsBegin, &diagnosis.attemptsCount,
                                  &diagnosis.attemptEvents};
    data->attemptBackends = failedAttemptsByBackend(incident, data->selection, attempts);
    data->attemptInstances = failedAttemptsByInstance(incident, data->selection, attempts);
    const TimeNs from = data->viewFrom(), to = data->viewTo();
    data->buckets = bucketByTime(incident, data->selection, classes, from, to,
                                 timelineBucketWidth(from, to, timelinePixels));
    return data;
}

} // namespace rs
