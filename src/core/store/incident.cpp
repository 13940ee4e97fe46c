#include "core/store/incident.h"

#include <algorithm>
#include <span>

namespace rs {
namespace {

void widen(TimeNs& begin, TimeNs& end, std::span<const TimeNs> times)
{
    for (const TimeNs t : times) {
        if (t == kNoTime)
            continue;
        if (begin == kNoTime || t < begin)
            begin = t;
        if (end == kNoTime || t > end)
            end = t;
    }
}

} // namespace

RawLine Incident::rawLine(const Provenance& source, std::size_t row) const
{
    const RawText* file = text(source.file[row]);
    return file != nullptr ? file->line(source.offset[row]) : RawLine();
}

void Incident::computeSpan()
{
    // The incident is what the routers saw; component logs often reach back days (a job's
    // start), so they only set the span when there is nothing from the routers.
    begin = end = kNoTime;
    widen(begin, end, tables.requests.start);
    widen(begin, end, tables.events.time);
    widen(begin, end, tables.stderrLines.time);
    if (begin != kNoTime)
        return;
    widen(begin, end, tables.containers.time);
    widen(begin, end, tables.lager.time);
    widen(begin, end, tables.lb.start);
    widen(begin, end, tables.apps.time);
}

std::size_t Incident::heapBytes() const
{
    return tables.requests.heapBytes() + tables.events.heapBytes() + tables.strings.heapBytes();
}

} // namespace rs
