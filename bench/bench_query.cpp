// One filter change as the window does it: select(), bucketByTime() and failuresByBackend() over 10 million
// requests held in memory (DESIGN.md §9: ≤ 100 ms). The incident is synthetic, filled
// straight into the columns, so the figure is the query alone, not the import.
#include "core/query/aggregates.h"
#include "core/query/classnames.h"
#include "core/query/filter.h"
#include "core/util/timeparse.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <random>

using namespace rs;

namespace {

constexpr std::size_t kRows = 10'000'000;
constexpr DurationNs kSecond = 1'000'000'000;

struct Data {
    Incident incident;
    std::vector<std::uint8_t> classes, sources;
    TimeNs begin = 0, end = 0;
};

const Data& data()
{
    static const auto d = [] {
        auto out = std::make_unique<Data>();
        auto& t = out->incident.tables;
        for (int i = 0; i < 4; ++i)
            t.identities.push_back(
                {"router/" + std::to_string(i), "router", std::to_string(i), IdentityRole::Router});
        std::vector<StringPool::Id> hosts, backends, apps;
        for (int i = 0; i < 200; ++i)
            hosts.push_back(t.strings.intern("app" + std::to_string(i) + ".apps.example.com"));
        for (int i = 0; i < 2000; ++i)
            backends.push_back(t.strings.intern("10.0." + std::to_string(i / 250) + "." +
                                                std::to_string(i % 250) + ":61" +
                                                std::to_string(100 + i % 900)));
        for (int i = 0; i < 200; ++i)
            apps.push_back(t.strings.intern("app-guid-" + std::to_string(i)));
        std::mt19937_64 random(42);
        out->begin = makeTimeUtc(2026, 10, 14, 8, 0, 0, 0);
        out->end = out->begin + 3 * 3600 * kSecond; // about 925 requests per second for 3 h
        auto& r = t.requests;
        const std::uint16_t statuses[] = {200, 200, 200, 200, 200, 200, 201,
                                          204, 302, 304, 404, 499, 502, 503};
        TimeNs time = out->begin;
        const DurationNs step = (out->end - out->begin) / static_cast<DurationNs>(kRows);
        for (std::size_t i = 0; i < kRows; ++i) {
            time += step;
            const std::uint64_t x = random();
            r.start.push_back(time);
            r.responseTime.push_back(static_cast<DurationNs>(x % 2'000'000'000));
            r.status.push_back(statuses[(x >> 31) % std::size(statuses)]);
            r.identity.push_back(static_cast<IdentityIndex>((x >> 35) % 4));
            const std::size_t app = (x >> 37) % 200;
            r.host.push_back(hosts[app]);
            r.appId.push_back(apps[app]);
            r.backend.push_back(backends[app * 10 + (x >> 45) % 10]);
            r.instanceId.push_back(StringPool::kEmpty);
            r.appIndex.push_back(StringPool::kEmpty);
            const bool failed = r.status.back() >= 500;
            out->classes.push_back(failed ? static_cast<std::uint8_t>(3 + (x >> 50) % 14) : query::kClassOk);
            out->sources.push_back(failed ? static_cast<std::uint8_t>(1 + (x >> 55) % 5) : 0);
        }
        return out;
    }();
    return *d;
}

void filterChange(benchmark::State& state, const Filter& filter)
{
    const Data& d = data();
    const ClassColumns columns{d.classes, d.sources};
    std::size_t selected = 0;
    for (auto _ : state) {
        const Selection s = select(d.incident, filter, columns);
        const TimeNs from = filter.from != kNoTime ? filter.from : d.begin;
        const TimeNs to = filter.to != kNoTime ? filter.to : d.end;
        const TimeBuckets b = bucketByTime(d.incident, s, columns, from, to, niceBucketWidth(from, to));
        benchmark::DoNotOptimize(b.byStatusClass.data());
        const auto backends = failuresByBackend(d.incident, s, columns);
        benchmark::DoNotOptimize(backends.data());
        selected = s.rows.size();
    }
    state.counters["selected"] = static_cast<double>(selected);
    state.counters["rows"] = static_cast<double>(kRows);
}

void BM_NoFilter(benchmark::State& state)
{
    filterChange(state, Filter{});
}

void BM_Status5xx(benchmark::State& state)
{
    Filter f;
    f.statuses = {{500, 599}};
    filterChange(state, f);
}

void BM_TimeWindowHalf(benchmark::State& state)
{
    Filter f;
    f.from = data().begin + 3600 * kSecond;
    f.to = f.from + 5400 * kSecond;
    filterChange(state, f);
}

void BM_ClassesAndSources(benchmark::State& state)
{
    Filter f;
    f.classes = {*query::classValue("dial"), *query::classValue("hostname_mismatch")};
    f.sources = {*query::sourceValue("platform"), *query::sourceValue("app_or_platform")};
    filterChange(state, f);
}

void BM_BackendRouterTimeStatus(benchmark::State& state)
{
    Filter f;
    f.backends = {"10.0.0.5:61105", "10.0.0.6:61106", "10.0.0.7:61107"};
    f.routers = {"router/1", "router/2"};
    f.statuses = {{500, 999}};
    f.from = data().begin + 600 * kSecond;
    filterChange(state, f);
}

} // namespace

BENCHMARK(BM_NoFilter)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Status5xx)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TimeWindowHalf)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ClassesAndSources)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BackendRouterTimeStatus)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
