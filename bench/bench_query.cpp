// One filter change as the window does it: select(), bucketByTime() and failuresByBackend() over 10 million
// requests held in memory (DESIGN.md §9: ≤ 100 ms). The incident is synthetic, filled
// straight into the columns, so the figure is the query alone, not the import. Its access lines
// exist too (one buffer, ~260 bytes a line) and 6 % of the requests have failed attempts, so the
// general expressions (BM_Expr*: fields re-read from the line, attempt.*) run on what they read in
// a real incident. The URIs carry ids in their paths and queries as real APIs do (orders, customers,
// app guids, search terms, pages): 3.8 M of the 10 M are distinct, and the URI column interns
// them as the importer does, so `uri …` terms meet a pool of millions of strings.
// BM_ScanTimeColumn is the baseline: one pass over the start column.
#include "core/query/aggregates.h"
#include "core/query/classnames.h"
#include "core/query/filter.h"
#include "core/query/filterexpr.h"
#include "core/util/timeparse.h"

#include <array>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>

using namespace rs;

namespace {

constexpr std::size_t kRows = 10'000'000;
constexpr DurationNs kSecond = 1'000'000'000;

struct Data {
    Incident incident;
    std::vector<std::uint8_t> classes, sources;
    std::vector<std::uint32_t> attemptsBegin, attemptEvents;
    std::vector<std::uint16_t> attemptsCount;
    TimeNs begin = 0, end = 0;
    std::size_t distinctUris = 0;
    std::size_t uriPoolBytes = 0; // what interning the URIs added to the pool's heap
};

std::string hex(std::uint64_t v, int digits)
{
    static const char* const kDigits = "0123456789abcdef";
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i, v >>= 4)
        out[static_cast<std::size_t>(i)] = kDigits[v & 15];
    return out;
}

// A URI as an API gateway's access log shows them: resources by id, some with a query.
std::string makeUri(std::uint64_t y)
{
    static const char* const words[] = {"shoes", "red+shoes", "laptop", "usb-c", "coffee", "chair", "lamp"};
    const std::uint64_t kind = y % 100;
    // Some resources are asked for far more often than others: the id is skewed towards 0.
    const std::uint64_t r = (y >> 8) % 1'000'000;
    const std::uint64_t a = r * r / 2'000'000, b = (y >> 32) % 50;
    if (kind < 40) { // orders by id, a quarter with a query
        std::string u = "/api/v" + std::to_string(1 + (y >> 40) % 3) + "/orders/" + std::to_string(a);
        if ((y >> 44) % 4 == 0)
            u += "?expand=items&page=" + std::to_string(b);
        return u;
    }
    if (kind < 55)
        return "/api/v2/customers/" + hex(a * 2654435761u % 400'000, 8) + "/addresses";
    if (kind < 65)
        return "/v3/apps/" + hex(a % 3000 * 0x9e3779b97f4a7c15u, 16) +
               "/processes?per_page=50&page=" + std::to_string(b % 8);
    if (kind < 75)
        return "/static/app." + hex(a % 40, 8) + ".js";
    if (kind < 85)
        return "/health";
    return "/search?q=" + std::string(words[a % std::size(words)]) + "&page=" + std::to_string(b) +
           "&ref=" + hex(a % 20'000, 6);
}

// The request's access line (its URI from makeUri(), interned into the uri column as the importer
// does) and, for 6 % of the requests, one to three failed attempts with their events.
void addLineAndAttempts(Data& d, std::size_t row, std::uint64_t x, std::uint64_t y, std::size_t app,
                        std::string& lines, const std::array<StringPool::Id, 4>& errors)
{
    auto& t = d.incident.tables;
    t.requests.source.offset.push_back(lines.size());
    const std::string uri = makeUri(y);
    t.requests.uri.push_back(t.strings.intern(uri));
    lines += "app" + std::to_string(app) + ".apps.example.com - [2026-10-14T08:00:00.000000000Z] \"GET ";
    lines += uri;
    lines += " HTTP/1.1\" " + std::to_string(t.requests.status[row]) +
             " 0 512 \"-\" \"curl/8.5.0\" \"10.1.2.3:5555\" \"10.0.0.5:61105\" x_forwarded_for:\"1.2.3.4\" "
             "x_forwarded_proto:\"https\" vcap_request_id:\"c5794050-ac30-4911-5118-c5a8a4e8d09f\" "
             "response_time:0.101468 app_id:\"app-guid\" app_index:\"0\"\n";
    const std::uint16_t count = (x >> 20) % 100 < 6 ? static_cast<std::uint16_t>(1 + (x >> 27) % 3) : 0;
    d.attemptsBegin.push_back(static_cast<std::uint32_t>(d.attemptEvents.size()));
    d.attemptsCount.push_back(count);
    for (std::uint16_t a = 0; a < count; ++a) {
        d.attemptEvents.push_back(static_cast<std::uint32_t>(t.events.error.size()));
        t.events.endpoint.push_back(t.requests.backend[row]);
        t.events.error.push_back(errors[(x >> (40 + a * 2)) % errors.size()]);
    }
}

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
        std::string lines;
        lines.reserve(kRows * 270);
        const std::array<StringPool::Id, 4> errors = {
            t.strings.intern("dial tcp 10.0.1.2:61001: connect: connection refused"),
            t.strings.intern("x509: certificate is valid for abc, not def"),
            t.strings.intern("EOF (via idempotent request)"), t.strings.intern("context deadline exceeded")};
        std::mt19937_64 random(42);
        const std::size_t poolBefore = t.strings.heapBytes();
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
            addLineAndAttempts(*out, i, x, random(), app, lines, errors);
        }
        out->incident.fileText.push_back(std::make_shared<ResidentText>(bytesFromString(std::move(lines))));
        r.source.file.append(kRows, 0);
        out->uriPoolBytes = t.strings.heapBytes() - poolBefore;
        std::vector<std::uint8_t> seen(t.strings.size(), 0);
        for (const auto id : r.uri) {
            out->distinctUris += seen[id] ? 0 : 1;
            seen[id] = 1;
        }
        return out;
    }();
    return *d;
}

void filterChange(benchmark::State& state, const Filter& filter)
{
    const Data& d = data();
    const ClassColumns columns{d.classes, d.sources, d.attemptsBegin, d.attemptsCount, d.attemptEvents};
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

Filter parsed(const std::string& text)
{
    auto result = parseFilterExpression(text);
    if (!std::holds_alternative<Filter>(result)) {
        std::fprintf(stderr, "%s\n", std::get<FilterParseError>(result).message.c_str());
        std::abort();
    }
    return std::get<Filter>(std::move(result));
}

// Arg 0: select() alone, the filter itself; arg 1: the whole filter change (select, then the
// timeline buckets and the backends' failures, as filterChange() does for the member filters).
void expression(benchmark::State& state, const std::string& text)
{
    const Filter filter = parsed(text);
    if (state.range(0) == 1) {
        filterChange(state, filter);
        return;
    }
    const Data& d = data();
    const ClassColumns columns{d.classes, d.sources, d.attemptsBegin, d.attemptsCount, d.attemptEvents};
    std::size_t selected = 0;
    for (auto _ : state) {
        const Selection s = select(d.incident, filter, columns);
        selected = s.rows.size();
        benchmark::DoNotOptimize(s.rows.data());
    }
    state.counters["selected"] = static_cast<double>(selected);
}

void BM_ScanTimeColumn(benchmark::State& state)
{
    const auto& start = data().incident.tables.requests.start;
    const TimeNs middle = data().begin + 5400 * kSecond;
    for (auto _ : state) {
        const auto n = std::count_if(start.begin(), start.end(), [middle](TimeNs t) { return t < middle; });
        benchmark::DoNotOptimize(n);
    }
    // What the data is: distinct URIs among the rows, and the heap of the requests' columns and of
    // the string pool per request (the pool holds the distinct URIs).
    const Incident& incident = data().incident;
    state.counters["distinct_uris"] = static_cast<double>(data().distinctUris);
    state.counters["pool_strings"] = static_cast<double>(incident.tables.strings.size());
    state.counters["uri_heap_B_per_request"] =
        static_cast<double>(data().uriPoolBytes +
                            incident.tables.requests.uri.capacity() * sizeof(StringPool::Id)) /
        static_cast<double>(kRows);
    state.counters["heap_B_per_request"] =
        static_cast<double>(incident.tables.requests.heapBytes() + incident.tables.strings.heapBytes()) /
        static_cast<double>(kRows);
}

void BM_ExprHostsOrNot(benchmark::State& state)
{
    expression(state, ("(host=app1.apps.example.com or host=app2.apps.example.com or "
                       "host=app3.apps.example.com) and not status=2xx"));
}

void BM_ExprResponseTimeRange(benchmark::State& state)
{
    expression(state, "response_time >= 250ms and response_time < 1.5s");
}

void BM_ExprAttempts(benchmark::State& state)
{
    expression(state, "attempt.error ~ \"x509\" or attempt.count >= 2");
}

void BM_ExprAttemptClassOrStatus(benchmark::State& state)
{
    expression(state, "attempt.class in (dial, hostname_mismatch) and not status in (499, 504)");
}

// The URI column: one regex per distinct URI (3.8 M), one byte per row. Alone, over
// all 10 M rows…
void BM_ExprUriRegex(benchmark::State& state)
{
    expression(state, "uri matches \"^/api/v[12]/orders/1\"");
}

// An unanchored regex, and the path and query parts of the same column.
void BM_ExprUriRegexUnanchored(benchmark::State& state)
{
    expression(state, "uri matches \"customers/[0-9a-f]+0/addresses\"");
}

void BM_ExprPathContains(benchmark::State& state)
{
    expression(state, "path ~ \"/processes\" and not query ~ \"page=0\"");
}

void BM_ExprQueryRegex(benchmark::State& state)
{
    expression(state, "query matches \"page=4[0-9]\" or query exists and status=5xx");
}

// All of them at once, as an incident narrows: hosts, not 2xx, a regex on the uri, a time range.
void BM_ExprCombined(benchmark::State& state)
{
    expression(state, ("(host=app1.apps.example.com or host=app2.apps.example.com or "
                       "host=app3.apps.example.com or uri matches \"^/api/v3/orders/9\") and not status=2xx "
                       "and response_time >= 250ms and response_time < 1.5s"));
}

// …and as people write it, after a term that narrows the rows first (evaluated first whatever its
// place in the text).
void BM_ExprUriRegexOnOneHost(benchmark::State& state)
{
    expression(state, "uri matches \"^/api/v[12]/orders/1\" and host=app7.apps.example.com");
}

} // namespace

BENCHMARK(BM_ScanTimeColumn)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(BM_ExprHostsOrNot)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ExprResponseTimeRange)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ExprAttempts)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ExprAttemptClassOrStatus)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ExprUriRegexOnOneHost)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ExprUriRegex)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ExprUriRegexUnanchored)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ExprPathContains)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(BM_ExprQueryRegex)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(BM_ExprCombined)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();
BENCHMARK(BM_NoFilter)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Status5xx)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TimeWindowHalf)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ClassesAndSources)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BackendRouterTimeStatus)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
