// Correlation and classification (diagnose()) over about a million generated requests, in the
// era where every event carries a request id and in the one where none does (joins by time).
//   build/bin/bench_diagnosis   (ROUTESCOPE_BENCH_DIAGNOSIS_RPS sets the size; default ~1 M requests)
#include "bundle.h"
#include "core/diagnosis/correlation.h"
#include "core/import/importer.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

std::shared_ptr<rs::Incident> incidentFor(rs::gen::Era era)
{
    static std::map<rs::gen::Era, std::shared_ptr<rs::Incident>> cache;
    if (const auto it = cache.find(era); it != cache.end())
        return it->second;
    const fs::path dir =
        fs::temp_directory_path() / ("routescope-bench-diagnosis-" + std::to_string(::getpid()) + "-" +
                                     std::to_string(static_cast<int>(era)));
    const char* rpsText = std::getenv("ROUTESCOPE_BENCH_DIAGNOSIS_RPS");
    rs::gen::GenOptions options;
    options.out = dir;
    options.layout = rs::gen::Layout::Dir;
    options.gzip = false;
    options.era = era;
    options.minutes = 10;
    options.rps = rpsText != nullptr ? std::atof(rpsText) : 560.0; // 3 routers × 600 s × 560 ≈ 1 M
    rs::gen::generateBundle(rs::gen::normalized(options));
    auto incident = rs::Importer().importPaths({dir.string()});
    fs::remove_all(dir);
    cache.emplace(era, incident);
    return incident;
}

void diagnoseBenchmark(benchmark::State& state, rs::gen::Era era)
{
    const auto incident = incidentFor(era);
    for (auto _ : state) {
        const rs::Diagnosis diagnosis = rs::diagnose(*incident);
        benchmark::DoNotOptimize(diagnosis.errorClass.data());
    }
    state.counters["requests"] = static_cast<double>(incident->tables.requests.size());
    state.counters["events"] = static_cast<double>(incident->tables.events.size());
    state.counters["stderr_lines"] = static_cast<double>(incident->tables.stderrLines.size());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * incident->tables.requests.size()));
}

void BM_DiagnoseJoinedById(benchmark::State& state)
{
    diagnoseBenchmark(state, rs::gen::Era::Current);
}
void BM_DiagnoseJoinedByTime(benchmark::State& state)
{
    diagnoseBenchmark(state, rs::gen::Era::Pre2019);
}

} // namespace

BENCHMARK(BM_DiagnoseJoinedById)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DiagnoseJoinedByTime)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
