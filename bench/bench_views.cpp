// A filter change as the window performs it, over ten million requests (issue 4: every view
// updated in at most 100 ms): computeViewData() (select, failures per backend and instance,
// class totals, latency), the requests table's re-ordering by a cached sort order, and the
// timeline's buckets. The baseline, measured in the same run, is one pass over the start
// column: the least any filter over the requests can cost.
//
// The requests are synthetic, filled straight into the columns (as bench_query), with a
// diagnosis of plausible classes, so the figure is the views alone, not the import.
#include "app/filter/viewdata.h"
#include "core/query/classnames.h"
#include "core/util/timeparse.h"
#include "syntheticincident.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <numeric>
#include <random>

using namespace rs;
using namespace rs::bench;

namespace {

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
    scanStartColumn(state);
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
