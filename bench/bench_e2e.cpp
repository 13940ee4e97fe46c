// End-to-end measurements for `./dev bench` (bench/run.sh): one measurement per process, so that the
// peak RSS getrusage() reports belongs to that measurement alone. Prints one tab-separated line:
//   stage  text_bytes  lines  seconds  peak_rss_kib  heap_bytes  requests  events  cpu_seconds
// `seconds` is the best of --repeat runs (wall time) and `cpu_seconds` the CPU time (user + system,
// all threads) of that run; text_bytes are the log bytes after inflation.
//
//   bench_e2e STAGE [--threads N] [--repeat N] [--chunk BYTES] [--no-pipeline] PATH...
//   STAGE: import     bundle -> Incident, as the window and the CLI do it
//          read       map the inputs and touch every page (what parsing a mapped file costs to read)
//          inflate    bundle reader alone: gzip, tar, zip, nothing parsed
//          tokenize   every line through its format's tokenizer, one thread, nothing stored
//          store      tokenize and store into columns, one thread, one pass (tokenize + store)
//          correlate  diagnose(): joins requests with router events and classifies them
//          diagnose   route-table analyses and findings, given the correlation
//          reopen     the import saved as a cache file (core/cache), then read back from it: what a
//                     second open of the same bundle costs (the file in the page cache)
//          search     the requests panel's search over every raw line (searchRawLines) for --needle
//                     (default "hostname"), after an untimed import and diagnosis: text_bytes are the
//                     text read, heap_bytes the matching access lines, requests the requests found,
//                     events the matching event lines;
//                     --per-line reads each row's line on its own (what the search did before)
#include "core/bundle/bundlereader.h"
#include "core/cache/incidentfile.h"
#include "core/diagnosis/correlation.h"
#include "core/diagnosis/findings.h"
#include "core/formats/accesslog.h"
#include "core/formats/detect.h"
#include "core/formats/gorouterlog.h"
#include "core/formats/wrappers.h"
#include "core/import/fileparser.h"
#include "core/import/importer.h"
#include "core/query/rawsearch.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Result {
    std::uint64_t textBytes = 0;
    std::uint64_t lines = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    std::uint64_t heapBytes = 0;
    std::uint64_t requests = 0;
    std::uint64_t events = 0;
};

struct Options {
    std::string stage;
    unsigned threads = 0;
    int repeat = 3;
    std::size_t chunk = rs::ParseOptions{}.chunkBytes;
    bool pipelineLeaves = true;
    std::string needle = "hostname";
    bool perLine = false;
    std::vector<std::string> paths;
};

long peakRssKib()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

rs::ImportOptions importOptions(const Options& o)
{
    rs::ImportOptions options;
    options.threads = o.threads;
    options.parse.chunkBytes = o.chunk;
    options.pipelineLeaves = o.pipelineLeaves;
    return options;
}

std::vector<rs::BundleEntry> readAll(const Options& o)
{
    std::vector<rs::BundleEntry> entries;
    std::vector<rs::BundleProblem> problems;
    rs::BundleReader().read(
        o.paths, [&](rs::BundleEntry&& e) { entries.push_back(std::move(e)); }, problems);
    return entries;
}

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec);
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double g_bestCpu = 0; // CPU time of the run best() kept

// Runs `fn` --repeat times and keeps the fastest wall time: the machine is shared, the best run
// is the one least disturbed.
// `untimed`, when given, runs before each run outside the clock.
double best(const Options& o, const std::function<void()>& fn, const std::function<void()>& untimed = {})
{
    double fastest = 1e300;
    for (int i = 0; i < std::max(1, o.repeat); ++i) {
        if (untimed)
            untimed();
        const double cpu = cpuSeconds();
        const auto started = Clock::now();
        fn();
        const double wall = std::chrono::duration<double>(Clock::now() - started).count();
        if (wall < fastest) {
            fastest = wall;
            g_bestCpu = cpuSeconds() - cpu;
        }
    }
    return fastest;
}

Result runImport(const Options& o)
{
    Result r;
    std::shared_ptr<rs::Incident> incident;
    r.seconds = best(o, [&] {
        incident.reset(); // the previous run's memory is released before the next one starts
        incident = rs::Importer(importOptions(o)).importPaths(o.paths);
    });
    r.textBytes = incident->report.bytes;
    r.lines = incident->report.lines;
    r.heapBytes = incident->heapBytes();
    r.requests = incident->tables.requests.size();
    r.events = incident->tables.events.size();
    return r;
}

Result runRead(const Options& o)
{
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& path : o.paths) {
        if (!fs::is_directory(path)) {
            files.push_back(path);
            continue;
        }
        for (const auto& entry : fs::recursive_directory_iterator(path))
            if (entry.is_regular_file())
                files.push_back(entry.path().string());
    }
    Result r;
    volatile std::uint64_t sink = 0;
    r.seconds = best(o, [&] {
        // The inputs' bytes as stored, mapped and touched page by page, containers not opened.
        r.textBytes = 0;
        for (const auto& file : files) {
            std::string error;
            const rs::SharedBytes bytes = rs::mapFile(file, &error);
            if (!bytes)
                continue;
            const std::string_view view = bytes->view();
            std::uint64_t sum = 0;
            for (std::size_t i = 0; i < view.size(); i += 4096)
                sum += static_cast<unsigned char>(view[i]);
            sink = sink + sum;
            r.textBytes += view.size();
        }
    });
    return r;
}

Result runInflate(const Options& o)
{
    Result r;
    r.seconds = best(o, [&] {
        r.textBytes = 0;
        std::vector<rs::BundleProblem> problems;
        rs::BundleReader().read(
            o.paths, [&](rs::BundleEntry&& e) { r.textBytes += e.bytes->size(); }, problems);
    });
    return r;
}

Result runTokenize(const Options& o)
{
    Result r;
    const std::vector<rs::BundleEntry> entries = readAll(o);
    rs::AccessLogParser access;
    rs::AccessRecord record;
    rs::GorouterLogParser gorouter;
    rs::RouterEvent event;
    std::uint64_t ok = 0;
    r.seconds = best(o, [&] {
        r.textBytes = 0;
        r.lines = 0;
        for (const auto& entry : entries) {
            const std::string_view bytes = entry.bytes->view();
            const rs::FileKind kind = rs::detectKind(bytes).kind;
            std::size_t pos = 0;
            while (pos < bytes.size()) {
                const void* nl = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
                const std::size_t end =
                    nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) : bytes.size();
                const std::string_view line = bytes.substr(pos, end - pos);
                pos = end + 1;
                ++r.lines;
                if (kind == rs::FileKind::AccessLog)
                    ok += access.parse(rs::unwrap(line).payload, record) ? 0 : 1;
                else if (kind == rs::FileKind::GorouterLog)
                    ok += gorouter.parse(line, event) ? 0 : 1;
            }
            r.textBytes += bytes.size();
        }
    });
    r.requests = ok;
    return r;
}

Result runStore(const Options& o)
{
    Result r;
    const std::vector<rs::BundleEntry> entries = readAll(o);
    rs::ParseOptions options;
    options.chunkBytes = SIZE_MAX; // one pass per file, on this thread
    r.seconds = best(o, [&] {
        r.textBytes = 0;
        r.lines = 0;
        r.requests = 0;
        for (const auto& entry : entries) {
            const rs::ParsedFile parsed = rs::parseFile(entry, options);
            r.textBytes += parsed.report.bytes;
            r.lines += parsed.report.lines;
            for (const auto& part : parsed.parts)
                r.requests += part.requests.size();
        }
    });
    return r;
}

Result runAnalysis(const Options& o, bool findings)
{
    Result r;
    const auto incident = rs::Importer(importOptions(o)).importPaths(o.paths);
    r.textBytes = incident->report.bytes;
    r.lines = incident->report.lines;
    r.requests = incident->tables.requests.size();
    r.events = incident->tables.events.size();
    if (!findings) {
        r.seconds = best(o, [&] {
            const rs::Diagnosis diagnosis = rs::diagnose(*incident);
            r.heapBytes = diagnosis.errorClass.size();
        });
        return r;
    }
    const rs::Diagnosis diagnosis = rs::diagnose(*incident);
    r.seconds = best(o, [&] {
        const rs::RouteAnalysis routes = rs::analyseRoutes(*incident);
        r.heapBytes = rs::computeFindings(*incident, diagnosis, routes).size();
    });
    return r;
}

Result runReopen(const Options& o)
{
    Result r;
    const auto imported = rs::Importer(importOptions(o)).importPaths(o.paths);
    r.textBytes = imported->report.bytes;
    r.lines = imported->report.lines;
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("bench_e2e-reopen-" + std::to_string(::getpid()) + ".rsc");
    std::string error;
    if (!rs::cache::IncidentFile::write(file.string(), *imported, {}, &error)) {
        std::fprintf(stderr, "bench_e2e: cannot write %s: %s\n", file.c_str(), error.c_str());
        std::exit(1);
    }
    // The previous run's incident is released before the clock starts: a reopen is measured, not
    // the end of the one before.
    std::shared_ptr<rs::Incident> reopened;
    r.seconds = best(
        o,
        [&] {
            rs::cache::IncidentFileResult result = rs::cache::IncidentFile::read(file.string());
            if (!result.incident) {
                std::fprintf(stderr, "bench_e2e: cannot read it back: %s\n", result.error.c_str());
                std::exit(1);
            }
            reopened = std::move(result.incident);
        },
        [&] { reopened.reset(); });
    r.heapBytes = std::filesystem::file_size(file); // the cache file's size, for its ratio to the text
    r.requests = reopened->tables.requests.size();
    r.events = reopened->tables.events.size();
    std::filesystem::remove(file);
    return r;
}

Result runSearch(const Options& o)
{
    Result r;
    const auto incident = rs::Importer(importOptions(o)).importPaths(o.paths);
    const rs::Diagnosis diagnosis = rs::diagnose(*incident);
    r.lines = incident->report.lines;
    rs::RawSearchOptions options;
    options.threads = o.threads;
    options.perLine = o.perLine;
    rs::RawSearchResult found;
    r.seconds = best(o, [&] { found = rs::searchRawLines(*incident, diagnosis, o.needle, options); });
    // The per-line search reads only the rows' lines; the text of the same files is what both search.
    std::uint64_t bytes = 0;
    if (o.perLine) {
        options.perLine = false;
        bytes = rs::searchRawLines(*incident, diagnosis, o.needle, options).textBytes;
    }
    r.textBytes = o.perLine ? bytes : found.textBytes;
    r.heapBytes = found.accessLines;
    r.requests = found.requests.size();
    r.events = found.eventLines;
    return r;
}

int usage()
{
    std::fputs(
        "usage: bench_e2e import|read|inflate|tokenize|store|correlate|diagnose|reopen|search [--threads N] "
        "[--repeat N] [--chunk BYTES] [--no-pipeline] [--needle TEXT] [--per-line] PATH...\n",
        stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
        return usage();
    Options o;
    o.stage = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--threads" && i + 1 < argc)
            o.threads = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (arg == "--repeat" && i + 1 < argc)
            o.repeat = std::atoi(argv[++i]);
        else if (arg == "--needle" && i + 1 < argc)
            o.needle = argv[++i];
        else if (arg == "--per-line")
            o.perLine = true;
        else if (arg == "--no-pipeline")
            o.pipelineLeaves = false;
        else if (arg == "--chunk" && i + 1 < argc)
            o.chunk = static_cast<std::size_t>(std::atoll(argv[++i]));
        else
            o.paths.push_back(arg);
    }
    if (o.paths.empty())
        return usage();
    Result r;
    if (o.stage == "import")
        r = runImport(o);
    else if (o.stage == "read")
        r = runRead(o);
    else if (o.stage == "inflate")
        r = runInflate(o);
    else if (o.stage == "tokenize")
        r = runTokenize(o);
    else if (o.stage == "store")
        r = runStore(o);
    else if (o.stage == "correlate")
        r = runAnalysis(o, false);
    else if (o.stage == "diagnose")
        r = runAnalysis(o, true);
    else if (o.stage == "reopen")
        r = runReopen(o);
    else if (o.stage == "search")
        r = runSearch(o);
    else
        return usage();
    std::printf("%s\t%llu\t%llu\t%.6f\t%ld\t%llu\t%llu\t%llu\t%.6f\n", o.stage.c_str(),
                static_cast<unsigned long long>(r.textBytes), static_cast<unsigned long long>(r.lines),
                r.seconds, peakRssKib(), static_cast<unsigned long long>(r.heapBytes),
                static_cast<unsigned long long>(r.requests), static_cast<unsigned long long>(r.events),
                g_bestCpu);
    return 0;
}
