// One filter change as the window does it: select(), bucketByTime() and failuresByBackend() over 10 million
// requests held in memory (DESIGN.md §9: ≤ 100 ms). The incident is synthetic, filled
// straight into the columns, so the figure is the query alone, not the import. Its access lines
// exist too (one buffer, ~230 bytes a line) and 6 % of the requests have failed attempts, so the
// general expressions (BM_Expr*: fields re-read from the line, attempt.*) run on what they read in
// a real incident. BM_ScanTimeColumn is the baseline: one pass over the start column.
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
};

// The request's access line (its URI varies: /api/v1|v2|v3/orders/N, /static/…, /health) and, for
// 6 % of the requests, one to three failed attempts with their events.
void addLineAndAttempts(Data& d, std::size_t row, std::uint64_t x, std::size_t app, std::string& lines,
                        const std::array<StringPool::Id, 4>& errors)
{
    auto& t = d.incident.tables;
    t.requests.source.offset.push_back(lines.size());
    static const char* const paths[] = {"/api/v1/orders/", "/api/v2/orders/", "/api/v3/orders/",
                                        "/static/app.js?v=", "/health?probe="};
    lines += "app" + std::to_string(app) + ".apps.example.com - [2026-10-14T08:00:00.000000000Z] \"GET ";
    lines += paths[(x >> 13) % 5] + std::to_string(x % 100000);
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
        lines.reserve(kRows * 240);
        const std::array<StringPool::Id, 4> errors = {
            t.strings.intern("dial tcp 10.0.1.2:61001: connect: connection refused"),
            t.strings.intern("x509: certificate is valid for abc, not def"),
            t.strings.intern("EOF (via idempotent request)"), t.strings.intern("context deadline exceeded")};
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
            addLineAndAttempts(*out, i, x, app, lines, errors);
        }
        out->incident.fileBytes.push_back(bytesFromString(std::move(lines)));
        r.source.file.append(kRows, 0);
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

// The URI is not a column: every row's line is re-read. Alone, over all 10 M lines…
void BM_ExprUriRegex(benchmark::State& state)
{
    expression(state, "uri matches \"^/api/v[12]/orders/1\"");
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
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(2);
BENCHMARK(BM_NoFilter)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Status5xx)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TimeWindowHalf)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ClassesAndSources)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BackendRouterTimeStatus)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
