#include "app/filter/viewdata.h"

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

std::shared_ptr<const ViewData> computeViewData(std::shared_ptr<const Analysis> analysis, Filter filter)
{
    auto data = std::make_shared<ViewData>();
    data->analysis = std::move(analysis);
    data->filter = std::move(filter);
    const Incident& incident = *data->analysis->incident;
    const ClassColumns classes = data->analysis->classColumns();
    data->selection = select(incident, data->filter, classes);
    data->backends = failuresByBackend(incident, data->selection, classes);
    data->instances = failuresByInstance(incident, data->selection, classes);
    data->classTotals.assign(kErrorClassCount, 0);
    if (classes.errorClass.size() == incident.tables.requests.size()) {
        for (const auto row : data->selection.rows)
            ++data->classTotals[classes.errorClass[row]];
    }
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (c != query::kClassOk && c != query::kClassRecovered && c != query::kClassAppResponse)
            data->failures += data->classTotals[c];
    }
    data->latency = latency(incident, data->selection);
    return data;
}

} // namespace rs
