#include "core/query/aggregates.h"

#include "core/diagnosis/errorclass.h"
#include "core/query/classnames.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <unordered_map>

namespace rs {
namespace {

constexpr DurationNs kSecond = 1'000'000'000;
constexpr std::size_t kParallelMinRows = 1u << 18;

std::size_t statusClass(std::uint16_t status)
{
    return status >= 100 && status < 600 ? status / 100u : 0u;
}

bool classesKnown(const Incident& incident, const ClassColumns& classes)
{
    return classes.errorClass.size() == incident.tables.requests.size() && !classes.errorClass.empty();
}

bool isFailure(const Incident& incident, const ClassColumns& classes, bool known, std::uint32_t row)
{
    if (incident.tables.requests.status[row] >= 500)
        return true;
    if (!known)
        return false;
    return query::isFailureClass(classes.errorClass[row]);
}

// Names every key, then sorts.
template <typename NameFn>
std::vector<KeyCount> rank(std::vector<std::pair<std::uint64_t, KeyCount>>& counts, std::size_t limit,
                           NameFn name)
{
    std::vector<KeyCount> result;
    result.reserve(counts.size());
    for (auto& [key, count] : counts) {
        count.key = name(key);
        result.push_back(std::move(count));
    }
    std::sort(result.begin(), result.end(), [](const KeyCount& a, const KeyCount& b) {
        return a.total != b.total ? a.total > b.total : a.key < b.key;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

// Where each key's count is: open addressing over a table that doubles when half full. Keys are
// pool ids (a few hundred backends or hosts among millions of URIs): the table stays in L1, and a
// filter change allocates kilobytes, where an array indexed by id allocated and cleared megabytes.
class KeySlots {
public:
    static constexpr std::uint32_t kNoSlot = ~std::uint32_t{0};

    // The slot of `key`, and whether it is new (then numbered `next`).
    std::pair<std::uint32_t, bool> find(std::uint64_t key, std::uint32_t next)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        for (std::size_t i = indexOf(key);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i] == kNoSlot) {
                m_keys[i] = key;
                m_slots[i] = next;
                ++m_used;
                return {next, true};
            }
            if (m_keys[i] == key)
                return {m_slots[i], false};
        }
    }

private:
    std::size_t indexOf(std::uint64_t key) const
    {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (m_slots.size() - 1);
    }
    void grow()
    {
        std::vector<std::uint64_t> keys = std::move(m_keys);
        std::vector<std::uint32_t> slots = std::move(m_slots);
        m_keys.assign(std::max<std::size_t>(64, slots.size() * 2), 0);
        m_slots.assign(m_keys.size(), kNoSlot);
        for (std::size_t i = 0; i < slots.size(); ++i) {
            if (slots[i] == kNoSlot)
                continue;
            std::size_t j = indexOf(keys[i]);
            while (m_slots[j] != kNoSlot)
                j = (j + 1) & (m_slots.size() - 1);
            m_keys[j] = keys[i];
            m_slots[j] = slots[i];
        }
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_slots;
    std::size_t m_used = 0;
};

// The hot loop of a filter change over millions of failed requests.
template <typename KeyFn, typename NameFn, typename IncludeFn>
std::vector<KeyCount> countBy(const Selection& selection, const ClassColumns& classes, bool known,
                              std::size_t limit, KeyFn keyOf, NameFn name, IncludeFn include)
{
    KeySlots slots;
    std::vector<std::pair<std::uint64_t, KeyCount>> counts;
    for (const std::uint32_t row : selection.rows) {
        if (!include(row))
            continue;
        const std::uint64_t key = keyOf(row);
        const auto [slot, inserted] = slots.find(key, static_cast<std::uint32_t>(counts.size()));
        if (inserted) {
            counts.emplace_back(key, KeyCount{});
            if (known)
                counts.back().second.byClass.assign(kErrorClassCount, 0);
        }
        KeyCount& count = counts[slot].second;
        ++count.total;
        if (known && classes.errorClass[row] < kErrorClassCount)
            ++count.byClass[classes.errorClass[row]];
    }
    return rank(counts, limit, name);
}

std::string orDash(std::string_view s)
{
    return s.empty() ? std::string("-") : std::string(s);
}

// offset / width for offset >= 0, by a multiplication and a correction instead of a 64-bit
// division per row (the division was most of a time chart's cost over millions of rows).
std::size_t bucketOf(TimeNs offset, DurationNs width, double perWidth)
{
    auto bucket = static_cast<TimeNs>(static_cast<double>(offset) * perWidth);
    while (bucket * width > offset)
        --bucket;
    while ((bucket + 1) * width <= offset)
        ++bucket;
    return static_cast<std::size_t>(bucket);
}

void bucketRange(const Incident& incident, const std::uint32_t* rows, std::size_t n, ClassColumns classes,
                 bool known, TimeNs from, TimeNs to, TimeNs origin, DurationNs width,
                 std::vector<std::array<std::uint32_t, 6>>& byStatus, std::vector<std::uint32_t>& byClass)
{
    const auto& start = incident.tables.requests.start;
    const auto& status = incident.tables.requests.status;
    const double perWidth = 1.0 / static_cast<double>(width);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t row = rows[i];
        const TimeNs t = start[row];
        if (t < from || t >= to)
            continue;
        const auto bucket = bucketOf(t - origin, width, perWidth);
        ++byStatus[bucket][statusClass(status[row])];
        if (known && classes.errorClass[row] < kErrorClassCount)
            ++byClass[bucket * kErrorClassCount + classes.errorClass[row]];
    }
}

} // namespace

DurationNs niceBucketWidth(TimeNs from, TimeNs to, int targetBuckets)
{
    static constexpr DurationNs kSteps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    if (from == kNoTime || to == kNoTime || to <= from || targetBuckets <= 0)
        return kSecond;
    const DurationNs span = to - from;
    for (const DurationNs step : kSteps) {
        if (span / (step * kSecond) + (span % (step * kSecond) != 0 ? 1 : 0) <= targetBuckets)
            return step * kSecond;
    }
    return 3600 * kSecond;
}

TimeBuckets bucketByTime(const Incident& incident, const Selection& selection, ClassColumns classes,
                         TimeNs from, TimeNs to, DurationNs width)
{
    TimeBuckets result;
    if (from == kNoTime || to == kNoTime || to <= from || width <= 0)
        return result;
    // Floor division: times before 1970 are negative.
    const TimeNs origin = from / width * width - (from % width < 0 ? width : 0);
    const auto count = static_cast<std::size_t>((to - origin + width - 1) / width);
    result.origin = origin;
    result.width = width;
    const bool known = classesKnown(incident, classes);

    // Each thread fills private counters (flat for the classes) that are summed afterwards;
    // sums do not depend on the split.
    const std::size_t n = selection.rows.size();
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = n < kParallelMinRows ? 1 : std::min<std::size_t>(cores, 8);
    std::vector<std::vector<std::array<std::uint32_t, 6>>> statusParts(threads);
    std::vector<std::vector<std::uint32_t>> classParts(threads);
    for (std::size_t i = 0; i < threads; ++i) {
        statusParts[i].assign(count, {});
        classParts[i].assign(known ? count * kErrorClassCount : 0, 0);
    }
    const std::size_t slice = (n + threads - 1) / threads;
    std::vector<std::thread> workers;
    auto run = [&](std::size_t i) {
        const std::size_t begin = std::min(n, i * slice);
        const std::size_t end = std::min(n, begin + slice);
        bucketRange(incident, selection.rows.data() + begin, end - begin, classes, known, from, to, origin,
                    width, statusParts[i], classParts[i]);
    };
    for (std::size_t i = 1; i < threads; ++i)
        workers.emplace_back(run, i);
    run(0);
    for (auto& worker : workers)
        worker.join();

    result.byStatusClass = std::move(statusParts[0]);
    for (std::size_t i = 1; i < threads; ++i) {
        for (std::size_t b = 0; b < count; ++b) {
            for (std::size_t k = 0; k < 6; ++k)
                result.byStatusClass[b][k] += statusParts[i][b][k];
        }
    }
    if (known) {
        result.byErrorClass.assign(count, std::vector<std::uint32_t>(kErrorClassCount, 0));
        for (std::size_t i = 0; i < threads; ++i) {
            for (std::size_t b = 0; b < count; ++b) {
                for (std::size_t k = 0; k < kErrorClassCount; ++k)
                    result.byErrorClass[b][k] += classParts[i][b * kErrorClassCount + k];
            }
        }
    }
    return result;
}

std::vector<KeyCount> failuresByBackend(const Incident& incident, const Selection& selection,
                                        ClassColumns classes, std::size_t limit)
{
    const auto& t = incident.tables.requests;
    const bool known = classesKnown(incident, classes);
    return countBy(
        selection, classes, known, limit, [&t](std::uint32_t row) { return std::uint64_t{t.backend[row]}; },
        [&incident](std::uint64_t key) { return orDash(incident.str(static_cast<StringPool::Id>(key))); },
        [&](std::uint32_t row) { return isFailure(incident, classes, known, row); });
}

std::vector<KeyCount> failuresByInstance(const Incident& incident, const Selection& selection,
                                         ClassColumns classes, std::size_t limit)
{
    const auto& t = incident.tables.requests;
    const bool known = classesKnown(incident, classes);
    return countBy(
        selection, classes, known, limit,
        [&t](std::uint32_t row) {
            const StringPool::Id second =
                t.instanceId[row] != StringPool::kEmpty ? t.instanceId[row] : t.appIndex[row];
            return std::uint64_t{t.appId[row]} << 32 | second;
        },
        [&incident](std::uint64_t key) {
            return orDash(incident.str(static_cast<StringPool::Id>(key >> 32))) + '/' +
                   orDash(incident.str(static_cast<StringPool::Id>(key & 0xffffffffu)));
        },
        [&](std::uint32_t row) { return isFailure(incident, classes, known, row); });
}

namespace {

template <typename KeyFn, typename NameFn>
std::vector<KeyCount> countAttempts(const Incident& incident, const Selection& selection,
                                    AttemptColumns attempts, std::size_t limit, KeyFn keyOf, NameFn name)
{
    std::vector<std::pair<std::uint64_t, KeyCount>> counts;
    if (!attempts.begin || !attempts.count || !attempts.events ||
        attempts.begin->size() != incident.tables.requests.size() ||
        attempts.count->size() != attempts.begin->size())
        return {};
    const auto& events = incident.tables.events;
    // The class of an error text is asked once per distinct text.
    std::unordered_map<StringPool::Id, ErrorClass> classOf;
    std::unordered_map<std::uint64_t, std::size_t> index;
    for (const std::uint32_t row : selection.rows) {
        const std::uint32_t first = (*attempts.begin)[row];
        const std::uint32_t n = (*attempts.count)[row];
        for (std::uint32_t i = first; i < first + n && i < attempts.events->size(); ++i) {
            const std::uint32_t event = (*attempts.events)[i];
            if (event >= events.size())
                continue;
            const std::uint64_t key = keyOf(event);
            const auto [it, added] = index.try_emplace(key, counts.size());
            if (added) {
                counts.emplace_back(key, KeyCount{});
                counts.back().second.byClass.assign(kErrorClassCount, 0);
            }
            KeyCount& count = counts[it->second].second;
            ++count.total;
            const StringPool::Id error = events.error[event];
            auto known = classOf.find(error);
            if (known == classOf.end())
                known = classOf.emplace(error, classifyErrorText(incident.str(error))).first;
            const auto cls = static_cast<std::size_t>(known->second);
            if (cls < kErrorClassCount)
                ++count.byClass[cls];
        }
    }
    return rank(counts, limit, name);
}

} // namespace

std::vector<KeyCount> failedAttemptsByBackend(const Incident& incident, const Selection& selection,
                                              AttemptColumns attempts, std::size_t limit)
{
    const auto& events = incident.tables.events;
    return countAttempts(
        incident, selection, attempts, limit,
        [&events](std::uint32_t event) { return std::uint64_t{events.endpoint[event]}; },
        [&incident](std::uint64_t key) { return orDash(incident.str(static_cast<StringPool::Id>(key))); });
}

std::vector<KeyCount> failedAttemptsByInstance(const Incident& incident, const Selection& selection,
                                               AttemptColumns attempts, std::size_t limit)
{
    const auto& events = incident.tables.events;
    return countAttempts(
        incident, selection, attempts, limit,
        [&events](std::uint32_t event) {
            return std::uint64_t{events.appId[event]} << 32 | events.instanceId[event];
        },
        [&incident](std::uint64_t key) {
            return orDash(incident.str(static_cast<StringPool::Id>(key >> 32))) + '/' +
                   orDash(incident.str(static_cast<StringPool::Id>(key & 0xffffffffu)));
        });
}

std::vector<KeyCount> topRoutes(const Incident& incident, const Selection& selection, std::size_t limit)
{
    const auto& t = incident.tables.requests;
    return countBy(
        selection, ClassColumns{}, false, limit,
        [&t](std::uint32_t row) { return std::uint64_t{t.host[row]}; },
        [&incident](std::uint64_t key) { return orDash(incident.str(static_cast<StringPool::Id>(key))); },
        [](std::uint32_t) { return true; });
}

LatencyPercentiles latency(const Incident& incident, const Selection& selection)
{
    const auto& responseTime = incident.tables.requests.responseTime;
    std::vector<DurationNs> values;
    values.reserve(selection.rows.size());
    for (const std::uint32_t row : selection.rows) {
        if (responseTime[row] >= 0)
            values.push_back(responseTime[row]);
    }
    LatencyPercentiles result;
    result.count = values.size();
    if (values.empty())
        return result;
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const auto rankOf = [&values](double p) {
        const auto r = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
        return std::clamp<std::size_t>(r, 1, values.size()) - 1;
    };
    // Largest rank first: each later nth_element only has to look below the previous rank.
    auto end = values.end();
    const auto at = [&values, &end](std::size_t k) {
        const auto nth = values.begin() + static_cast<std::ptrdiff_t>(k);
        std::nth_element(values.begin(), nth, end);
        end = nth + 1;
        return static_cast<double>(*nth) / 1e9;
    };
    result.max = at(values.size() - 1);
    result.p99 = at(rankOf(0.99));
    result.p90 = at(rankOf(0.90));
    result.p50 = at(rankOf(0.50));
    return result;
}

} // namespace rs
