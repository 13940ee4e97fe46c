// Import throughput on generated bundles, next to baselines over the same bytes: reading them
// (what `cat` does) and counting their lines (what `wc -l` does). Compare bytes_per_second.
//   build/bin/bench_import [--benchmark_filter=…]   (ROUTESCOPE_BENCH_RPS sets the data size)
#include "bundle.h"
#include "core/formats/accesslog.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// Bundles are generated once per run into a temporary directory of ours.
struct Data {
    fs::path root;
    fs::path loose;  // one router's plain files
    fs::path bundle; // bosh logs tarball with gzip-rotated files
    std::string accessBytes;
    std::string gorouterBytes;

    Data()
    {
        root = fs::temp_directory_path() / ("routescope-bench-" + std::to_string(::getpid()));
        const char* rpsText = std::getenv("ROUTESCOPE_BENCH_RPS");
        const double rps = rpsText != nullptr ? std::atof(rpsText) : 2000.0;
        rs::gen::GenOptions options;
        options.out = loose = root / "loose";
        options.layout = rs::gen::Layout::Loose;
        options.gzip = false;
        options.routers = 1;
        options.minutes = 1;
        options.rps = rps;
        rs::gen::generateBundle(rs::gen::normalized(options));
        options.out = bundle = root / "bosh";
        options.layout = rs::gen::Layout::Bosh;
        options.gzip = true;
        options.routers = 2;
        options.rps = rps / 2;
        rs::gen::generateBundle(rs::gen::normalized(options));
        accessBytes = read(loose / "access.log");
        gorouterBytes = read(loose / "gorouter.stdout.log.1");
    }
    ~Data() { fs::remove_all(root); }

    static std::string read(const fs::path& path)
    {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream out;
        out << in.rdbuf();
        return out.str();
    }
};

Data& data()
{
    static Data instance;
    return instance;
}

std::uint64_t bytesBelow(const fs::path& dir)
{
    std::uint64_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        total += entry.is_regular_file() ? entry.file_size() : 0;
    return total;
}

template <typename Fn> void forEachLine(std::string_view bytes, Fn&& fn)
{
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const void* nl = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
        const std::size_t end =
            nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) : bytes.size();
        fn(bytes.substr(pos, end - pos));
        pos = end + 1;
    }
}

void BM_BaselineCountLines(benchmark::State& state)
{
    const std::string& bytes = data().accessBytes;
    for (auto _ : state) {
        std::size_t lines = 0;
        forEachLine(bytes, [&](std::string_view) { ++lines; });
        benchmark::DoNotOptimize(lines);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

void BM_BaselineReadFiles(benchmark::State& state)
{
    const fs::path dir = data().loose;
    std::uint64_t bytes = 0;
    std::vector<char> buffer(1 << 20);
    for (auto _ : state) {
        bytes = 0;
        for (const auto& entry : fs::directory_iterator(dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
                bytes += static_cast<std::uint64_t>(in.gcount());
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

void BM_ParseAccessLines(benchmark::State& state)
{
    const std::string& bytes = data().accessBytes;
    rs::AccessLogParser parser;
    rs::AccessRecord record;
    for (auto _ : state) {
        std::size_t ok = 0;
        forEachLine(bytes, [&](std::string_view line) {
            ok += parser.parse(rs::unwrap(line).payload, record) ? 0 : 1;
        });
        benchmark::DoNotOptimize(ok);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

void BM_ParseGorouterLines(benchmark::State& state)
{
    const std::string& bytes = data().gorouterBytes;
    rs::GorouterLogParser parser;
    rs::RouterEvent event;
    for (auto _ : state) {
        std::size_t ok = 0;
        forEachLine(bytes, [&](std::string_view line) { ok += parser.parse(line, event) ? 0 : 1; });
        benchmark::DoNotOptimize(ok);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

void importBenchmark(benchmark::State& state, const fs::path& input)
{
    const std::uint64_t inputBytes = bytesBelow(input);
    std::uint64_t textBytes = 0;
    for (auto _ : state) {
        const auto incident = rs::Importer().importPaths({input.string()});
        textBytes = incident->report.bytes;
        benchmark::DoNotOptimize(incident->tables.requests.size());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * textBytes));
    state.counters["input_MB"] = static_cast<double>(inputBytes) / 1e6;
    state.counters["text_MB"] = static_cast<double>(textBytes) / 1e6;
}

void BM_ImportPlainFiles(benchmark::State& state)
{
    importBenchmark(state, data().loose);
}
void BM_ImportGzipBoshTarball(benchmark::State& state)
{
    importBenchmark(state, data().bundle);
}

} // namespace

BENCHMARK(BM_BaselineReadFiles)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BaselineCountLines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseAccessLines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseGorouterLines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportPlainFiles)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ImportGzipBoshTarball)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
