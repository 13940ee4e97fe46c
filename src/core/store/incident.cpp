#include "core/store/incident.h"

#include <algorithm>

namespace rs {
namespace {

void widen(TimeNs& begin, TimeNs& end, const std::vector<TimeNs>& times)
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

std::string_view Incident::rawLine(const Provenance& source, std::size_t row) const
{
    const FileIndex file = source.file[row];
    if (file >= fileBytes.size() || !fileBytes[file])
        return {};
    const std::string_view bytes = fileBytes[file]->view();
    const std::uint64_t offset = source.offset[row];
    if (offset >= bytes.size())
        return {};
    // The line as the parser saw it: up to its newline, without a carriage return before it.
    std::string_view line = bytes.substr(offset);
    line = line.substr(0, line.find('\n'));
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
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
