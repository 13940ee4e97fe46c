#include "app/charts/timelineseries.h"

#include "app/charts/routeevents.h"
#include "app/filter/viewdata.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace rs {
namespace {

constexpr DurationNs kSecond = 1'000'000'000;

std::vector<TimelineSeries::RouterLine> countPerRouter(const ViewData& data, const TimeBuckets& buckets,
                                                       TimeNs from, TimeNs to)
{
    const Incident& incident = data.incident();
    const auto& start = incident.tables.requests.start;
    const auto& identity = incident.tables.requests.identity;
    const std::size_t bucketCount = buckets.byStatusClass.size();
    // Identities are few (one per VM); a row per identity met is cheap.
    std::vector<std::vector<std::uint32_t>> counts(incident.tables.identities.size());
    for (const std::uint32_t row : data.selection.rows) {
        const TimeNs t = start[row];
        if (t < from || t >= to)
            continue;
        auto& line = counts[identity[row]];
        if (line.empty())
            line.assign(bucketCount, 0);
        ++line[static_cast<std::size_t>((t - buckets.origin) / buckets.width)];
    }
    std::vector<std::pair<std::uint64_t, std::size_t>> order; // total, identity
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (!counts[i].empty())
            order.emplace_back(std::accumulate(counts[i].begin(), counts[i].end(), std::uint64_t{0}), i);
    }
    std::sort(order.begin(), order.end(), [&incident](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first
                                  : incident.identity(static_cast<IdentityIndex>(a.second)).display <
                                        incident.identity(static_cast<IdentityIndex>(b.second)).display;
    });
    if (order.size() > kMaxRouterLines)
        order.resize(kMaxRouterLines);
    std::vector<TimelineSeries::RouterLine> lines;
    for (const auto& [total, index] : order) {
        lines.push_back({QString::fromStdString(incident.identity(static_cast<IdentityIndex>(index)).display),
                         std::move(counts[index])});
    }
    return lines;
}

std::vector<std::array<std::uint32_t, kSourceCount>>
countPerSource(const ViewData& data, const TimeBuckets& buckets, TimeNs from, TimeNs to)
{
    const ClassColumns columns = data.classColumns();
    const auto& start = data.incident().tables.requests.start;
    // No diagnosis yet: no source to count by (the filter matches nothing either).
    if (columns.source.size() != start.size())
        return {};
    std::vector<std::array<std::uint32_t, kSourceCount>> counts(buckets.byStatusClass.size());
    for (const std::uint32_t row : data.selection.rows) {
        const TimeNs t = start[row];
        if (t < from || t >= to)
            continue;
        const std::size_t source = columns.source[row] < kSourceCount ? columns.source[row] : 0;
        ++counts[static_cast<std::size_t>((t - buckets.origin) / buckets.width)][source];
    }
    return counts;
}

} // namespace

std::uint64_t TimelineSeries::total(std::size_t bucket) const
{
    const auto& counts = buckets.byStatusClass[bucket];
    return std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
}

std::ptrdiff_t TimelineSeries::bucketAt(TimeNs t) const
{
    if (buckets.width <= 0 || t < buckets.origin)
        return -1;
    const auto bucket = static_cast<std::size_t>((t - buckets.origin) / buckets.width);
    return bucket < bucketCount() ? static_cast<std::ptrdiff_t>(bucket) : -1;
}

TimelineSeries buildTimelineSeries(const ViewData& data, TimeNs from, TimeNs to, DurationNs width,
                                   TimelineStack stack)
{
    TimelineSeries series;
    series.from = from;
    series.to = to;
    series.routeEvents = routeEventRows(data);
    if (from == kNoTime || to == kNoTime || to <= from)
        return series;
    series.buckets = bucketByTime(data.incident(), data.selection, data.classColumns(), from, to, width);
    if (stack == TimelineStack::ByRouter)
        series.routers = countPerRouter(data, series.buckets, from, to);
    else if (stack == TimelineStack::BySource)
        series.bySource = countPerSource(data, series.buckets, from, to);
    return series;
}

DurationNs timelineBucketWidth(TimeNs from, TimeNs to, int pixels)
{
    const int target = std::clamp(pixels / 4, 20, 400);
    const DurationNs width = std::clamp(niceBucketWidth(from, to, target), kSecond, 3600 * kSecond);
    // Beyond a couple of weeks (a stray timestamp from 1970 does that) whole hours keep the
    // bucket count bounded.
    if (from != kNoTime && to != kNoTime && (to - from) / width > 2 * target) {
        const DurationNs hours = ((to - from) / target + 3600 * kSecond - 1) / (3600 * kSecond);
        return hours * 3600 * kSecond;
    }
    return width;
}

QString bucketWidthText(DurationNs width)
{
    const qint64 seconds = width / kSecond;
    if (seconds >= 3600 && seconds % 3600 == 0)
        return QCoreApplication::translate("rs::TimelineView", "%n h", nullptr,
                                           static_cast<int>(seconds / 3600));
    if (seconds >= 60 && seconds % 60 == 0)
        return QCoreApplication::translate("rs::TimelineView", "%n min", nullptr,
                                           static_cast<int>(seconds / 60));
    return QCoreApplication::translate("rs::TimelineView", "%n s", nullptr, static_cast<int>(seconds));
}

} // namespace rs
