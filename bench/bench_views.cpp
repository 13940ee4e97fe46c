// A filter change as the window performs it, over ten million requests (issue 4: every view
// updated in at most 100 ms): computeViewData() (select, failures per backend and instance,
// class totals, latency), the requests table's re-ordering by a cached sort order, and the
// timeline's buckets. The baseline, measured in the same run, is one pass over the start
// column: the least any filter over the requests can cost.
//
// The requests are synthetic, filled straight into the columns (as bench_query), with a
// diagnosis of plausible classes, so the figure is the views alone, not the import.
#include "app/filter/viewdata.h"
#include "app/requests/requestorder.h"
#include "core/query/classnames.h"
#include "core/util/timeparse.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <numeric>
#include <random>

using namespace rs;

namespace {

constexpr std::size_t kRows = 10'000'000;
constexpr DurationNs kSecond = 1'000'000'000;

struct Fixture {
    std::shared_ptr<const Analysis> analysis;
    std::shared_ptr<const std::vector<std::uint32_t>> timeOrder;
    TimeNs begin = 0, end = 0;
};

const Fixture& fixture()
{
    static const auto f = [] {
        auto incident = std::make_shared<Incident>();
        auto& t = incident->tables;
        for (int i = 0; i < 4; ++i)
            t.identities.push_back(
                {"router/" + std::to_string(i), "router", std::to_string(i), IdentityRole::Router});
        std::vector<StringPool::Id> hosts, backends, apps, instances;
        for (int i = 0; i < 200; ++i) {
            hosts.push_back(t.strings.intern("app" + std::to_string(i) + ".apps.example.com"));
            apps.push_back(t.strings.intern("app-guid-" + std::to_string(i)));
        }
        for (int i = 0; i < 2000; ++i) {
            backends.push_back(t.strings.intern("10.0." + std::to_string(i / 250) + "." +
                                                std::to_string(i % 250) + ":61" +
                                                std::to_string(100 + i % 900)));
            instances.push_back(t.strings.intern("instance-" + std::to_string(i)));
        }
        auto out = std::make_unique<Fixture>();
        out->begin = makeTimeUtc(2026, 10, 14, 8, 0, 0, 0);
        out->end = out->begin + 3 * 3600 * kSecond;
        auto analysis = std::make_shared<Analysis>();
        Diagnosis& d = analysis->diagnosis;
        auto& r = t.requests;
        r.reserve(kRows);
        const std::uint16_t statuses[] = {200, 200, 200, 200, 200, 200, 201,
                                          204, 302, 304, 404, 499, 502, 503};
        std::mt19937_64 random(42);
        const DurationNs step = (out->end - out->begin) / static_cast<DurationNs>(kRows);
        for (std::size_t i = 0; i < kRows; ++i) {
            const std::uint64_t x = random();
            // Four routers' files imported one after the other: rows are not in time order.
            const auto router = static_cast<IdentityIndex>(i * 4 / kRows);
            r.start.push_back(out->begin + static_cast<TimeNs>((i * 4) % kRows) * step + router);
            r.responseTime.push_back(static_cast<DurationNs>(x % 2'000'000'000));
            r.gorouterTimeUs.push_back(-1);
            r.status.push_back(statuses[(x >> 31) % std::size(statuses)]);
            r.identity.push_back(router);
            const std::size_t app = (x >> 37) % 200;
            const std::size_t backend = app * 10 + (x >> 45) % 10;
            r.host.push_back(hosts[app]);
            r.method.push_back(StringPool::kEmpty);
            r.appId.push_back(apps[app]);
            r.backend.push_back(backends[backend]);
            r.instanceId.push_back(instances[backend]);
            r.appIndex.push_back(StringPool::kEmpty);
            r.routerError.push_back(StringPool::kEmpty);
            r.requestId.push_back({x, i});
            r.failedAttempts.push_back(0);
            const bool failed = r.status.back() >= 500;
            d.errorClass.push_back(failed ? static_cast<ErrorClass>(3 + (x >> 50) % 14) : ErrorClass::Ok);
            d.source.push_back(failed ? sourceOf(d.errorClass.back()) : Source::None);
        }
        incident->begin = out->begin;
        incident->end = out->end;
        d.attemptsCount.assign(kRows, 0);
        analysis->incident = std::move(incident);
        out->timeOrder = sortedRows(*analysis, RequestColumn::Time);
        out->analysis = std::move(analysis);
        return out;
    }();
    return *f;
}

// One filter change: the shared data every panel reads (with the timeline's buckets over the
// filter's range) and the table's rows in time order.
void viewsFollow(benchmark::State& state, const Filter& filter)
{
    const Fixture& f = fixture();
    std::size_t selected = 0;
    for (auto _ : state) {
        const auto data = computeViewData(f.analysis, filter);
        const auto rows = orderSelection(*f.timeOrder, data->selection.rows, false);
        benchmark::DoNotOptimize(rows.data());
        benchmark::DoNotOptimize(data->buckets.byStatusClass.data());
        selected = data->selection.rows.size();
    }
    state.counters["selected"] = static_cast<double>(selected);
    state.counters["rows"] = static_cast<double>(kRows);
}

void BM_Baseline_ScanStartColumn(benchmark::State& state)
{
    const auto& start = fixture().analysis->incident->tables.requests.start;
    const TimeNs middle = fixture().begin + 5400 * kSecond;
    for (auto _ : state) {
        const auto n = std::count_if(start.begin(), start.end(), [middle](TimeNs t) { return t < middle; });
        benchmark::DoNotOptimize(n);
    }
}

void BM_Views_NoFilter(benchmark::State& state)
{
    viewsFollow(state, Filter{});
}

void BM_Views_Status5xx(benchmark::State& state)
{
    Filter f;
    f.statuses = {{500, 599}};
    viewsFollow(state, f);
}

void BM_Views_TimeWindowHalf(benchmark::State& state)
{
    Filter f;
    f.from = fixture().begin + 3600 * kSecond;
    f.to = f.from + 5400 * kSecond;
    viewsFollow(state, f);
}

void BM_Views_FailureClasses(benchmark::State& state)
{
    Filter f;
    for (std::size_t c = 3; c < kErrorClassCount; ++c)
        f.classes.push_back(static_cast<std::uint8_t>(c));
    viewsFollow(state, f);
}

void BM_Views_OneBackend(benchmark::State& state)
{
    Filter f;
    f.backends = {"10.0.0.5:61105"};
    viewsFollow(state, f);
}

void BM_Views_TextSearch(benchmark::State& state)
{
    // The synthetic rows have no raw lines: free text is measured by bench_query's data with
    // lines; here the time window narrows first, as the window's search usually does.
    Filter f;
    f.from = fixture().begin + 3600 * kSecond;
    f.to = f.from + 60 * kSecond;
    f.statuses = {{502, 502}};
    viewsFollow(state, f);
}

} // namespace

BENCHMARK(BM_Baseline_ScanStartColumn)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Views_NoFilter)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Views_Status5xx)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Views_TimeWindowHalf)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Views_FailureClasses)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Views_OneBackend)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Views_TextSearch)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
