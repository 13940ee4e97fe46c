#pragma once
// Ten million synthetic requests with a plausible diagnosis, filled straight into the columns:
// the window's views and the report are measured on them without the cost of an import.
#include "app/requests/requestorder.h"
#include "core/query/analysis.h"
#include "core/util/timeparse.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace rs::bench {

inline constexpr std::size_t kRows = 10'000'000;
inline constexpr DurationNs kSecond = 1'000'000'000;

struct Fixture {
    std::shared_ptr<const Analysis> analysis;
    std::shared_ptr<const std::vector<std::uint32_t>> timeOrder;
    TimeNs begin = 0, end = 0;
};

inline const Fixture& fixture()
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
        d.attemptsBegin.assign(kRows, 0);
        d.evidence.assign(kRows, Evidence::StatusCode);
        d.joinFlags.assign(kRows, 0);
        d.evidenceText.assign(kRows, 0);
        d.finalEvent.assign(kRows, kNoRow);
        d.stderrLine.assign(kRows, kNoRow);
        analysis->incident = std::move(incident);
        out->timeOrder = sortedRows(*analysis, RequestColumn::Time);
        out->analysis = std::move(analysis);
        return out;
    }();
    return *f;
}

// The baseline of the view and report benchmarks: one pass over the start column, the least
// any work over the requests can cost.
template <typename State> void scanStartColumn(State& state)
{
    const auto& start = fixture().analysis->incident->tables.requests.start;
    const TimeNs middle = fixture().begin + 5400 * kSecond;
    for (auto _ : state) {
        const auto n = std::count_if(start.begin(), start.end(), [middle](TimeNs t) { return t < middle; });
        benchmark::DoNotOptimize(n);
    }
}

} // namespace rs::bench
