// Aggregates over a selection: time buckets equal a naive recount, bucket widths are round,
// failures per backend and instance are counted and ordered, percentiles on known values.
#include "core/query/aggregates.h"
#include "core/query/classnames.h"
#include "core/util/timeparse.h"

#include <QTest>

#include <map>
#include <random>

using namespace rs;

namespace {

constexpr DurationNs kSecond = 1'000'000'000;

struct Row {
    TimeNs start = 0;
    std::uint16_t status = 200;
    const char* backend = "-";
    const char* app = "-";
    const char* instance = "-";
    const char* index = "-";
    const char* host = "-";
    DurationNs responseTime = kNoDuration;
    std::uint8_t errorClass = query::kClassOk;
};

StringPool::Id intern(StringPool& pool, std::string_view s)
{
    return s == "-" ? StringPool::kEmpty : pool.intern(s);
}

std::unique_ptr<Incident> incidentOf(const std::vector<Row>& rows,
                                     std::vector<std::uint8_t>* classes = nullptr)
{
    auto incident = std::make_unique<Incident>();
    auto& t = incident->tables;
    t.identities = {{"router/0", "router", "0", IdentityRole::Router}};
    for (const auto& row : rows) {
        t.requests.start.push_back(row.start);
        t.requests.responseTime.push_back(row.responseTime);
        t.requests.status.push_back(row.status);
        t.requests.identity.push_back(0);
        t.requests.backend.push_back(intern(t.strings, row.backend));
        t.requests.appId.push_back(intern(t.strings, row.app));
        t.requests.instanceId.push_back(intern(t.strings, row.instance));
        t.requests.appIndex.push_back(intern(t.strings, row.index));
        t.requests.host.push_back(intern(t.strings, row.host));
        if (classes)
            classes->push_back(row.errorClass);
    }
    return incident;
}

Selection all(const Incident& incident)
{
    Selection s;
    for (std::uint32_t i = 0; i < incident.tables.requests.size(); ++i)
        s.rows.push_back(i);
    return s;
}

std::uint8_t cls(std::string_view id)
{
    return *query::classValue(id);
}

} // namespace

class TestAggregates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void niceWidths();
    void bucketsEqualNaiveRecount();
    void bucketsWithoutClasses();
    void bucketEdges();
    void failuresByBackendSorted();
    void failuresByStatusOnlyWithoutClasses();
    void failuresByInstanceKeys();
    void topRoutesByHost();
    void percentilesOnKnownValues();
};

void TestAggregates::niceWidths()
{
    const TimeNs t0 = makeTimeUtc(2026, 10, 14, 9, 0, 0, 0);
    QCOMPARE(niceBucketWidth(t0, t0 + 10 * kSecond), kSecond);
    QCOMPARE(niceBucketWidth(t0, t0 + 300 * kSecond), kSecond);
    QCOMPARE(niceBucketWidth(t0, t0 + 301 * kSecond), 2 * kSecond);
    QCOMPARE(niceBucketWidth(t0, t0 + 3600 * kSecond), 15 * kSecond);
    QCOMPARE(niceBucketWidth(t0, t0 + 10 * 3600 * kSecond), 120 * kSecond);
    QCOMPARE(niceBucketWidth(t0, t0 + 24 * 3600 * kSecond), 300 * kSecond);
    QCOMPARE(niceBucketWidth(t0, t0 + 10 * 24 * 3600 * kSecond), 3600 * kSecond);
    QCOMPARE(niceBucketWidth(t0, t0 + 3600 * kSecond, 60), 60 * kSecond);
    QCOMPARE(niceBucketWidth(t0, t0), kSecond);
    QCOMPARE(niceBucketWidth(kNoTime, t0), kSecond);
}

void TestAggregates::bucketsEqualNaiveRecount()
{
    // Big enough for the threaded path; times start mid-bucket so the origin rounds down.
    const TimeNs t0 = makeTimeUtc(2026, 10, 14, 9, 0, 0, 0) + 7 * kSecond + 123;
    std::mt19937 random(11);
    std::vector<Row> rows(600'000);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].start = t0 + static_cast<TimeNs>(random() % (3600ull * 1'000'000)) * 1000;
        rows[i].status =
            static_cast<std::uint16_t>(std::array{0, 101, 200, 302, 404, 502, 503, 700}[random() % 8]);
        rows[i].errorClass = static_cast<std::uint8_t>(random() % kErrorClassCount);
    }
    std::vector<std::uint8_t> classes;
    const auto incident = incidentOf(rows, &classes);
    Selection selection;
    for (std::uint32_t i = 0; i < rows.size(); i += 1 + random() % 3)
        selection.rows.push_back(i);
    const TimeNs from = t0 + 60 * kSecond, to = t0 + 3000 * kSecond;
    const DurationNs width = niceBucketWidth(from, to);
    QCOMPARE(width, 10 * kSecond);
    const TimeBuckets b = bucketByTime(*incident, selection, {classes, {}}, from, to, width);
    QCOMPARE(b.width, width);
    QCOMPARE(b.origin % width, TimeNs{0});
    QVERIFY(b.origin <= from && from < b.origin + width);
    QCOMPARE(b.byStatusClass.size(), static_cast<std::size_t>((to - b.origin + width - 1) / width));
    QCOMPARE(b.byErrorClass.size(), b.byStatusClass.size());

    std::map<std::pair<std::size_t, std::size_t>, std::uint32_t> status, errorClass;
    for (const auto row : selection.rows) {
        const TimeNs t = rows[row].start;
        if (t < from || t >= to)
            continue;
        const auto bucket = static_cast<std::size_t>((t - b.origin) / width);
        const int s = rows[row].status;
        ++status[{bucket, s >= 100 && s < 600 ? static_cast<std::size_t>(s / 100) : 0}];
        ++errorClass[{bucket, rows[row].errorClass}];
    }
    for (std::size_t bucket = 0; bucket < b.byStatusClass.size(); ++bucket) {
        for (std::size_t k = 0; k < 6; ++k)
            QCOMPARE(b.byStatusClass[bucket][k], (status[std::pair{bucket, k}]));
        QCOMPARE(b.byErrorClass[bucket].size(), kErrorClassCount);
        for (std::size_t k = 0; k < kErrorClassCount; ++k)
            QCOMPARE(b.byErrorClass[bucket][k], (errorClass[std::pair{bucket, k}]));
    }
}

void TestAggregates::bucketsWithoutClasses()
{
    const TimeNs t0 = makeTimeUtc(2026, 10, 14, 9, 0, 0, 0);
    const auto incident = incidentOf({{.start = t0, .status = 200},
                                      {.start = t0 + 1 * kSecond, .status = 502},
                                      {.start = t0 + 2 * kSecond, .status = 503},
                                      {.start = t0 + 3 * kSecond, .status = 200}});
    const TimeBuckets b = bucketByTime(*incident, all(*incident), {}, t0, t0 + 3 * kSecond, 2 * kSecond);
    QCOMPARE(b.origin, t0);
    QCOMPARE(b.byStatusClass.size(), std::size_t{2});
    QVERIFY(b.byErrorClass.empty());
    QCOMPARE(b.byStatusClass[0], (std::array<std::uint32_t, 6>{0, 0, 1, 0, 0, 1}));
    // The row at `to` is outside the half-open range.
    QCOMPARE(b.byStatusClass[1], (std::array<std::uint32_t, 6>{0, 0, 0, 0, 0, 1}));
    QVERIFY(bucketByTime(*incident, all(*incident), {}, t0, t0, kSecond).byStatusClass.empty());
}

// Rows on either side of every bucket edge land where a division puts them, whatever the width
// (buckets are found by a multiplication and a correction).
void TestAggregates::bucketEdges()
{
    const TimeNs t0 = makeTimeUtc(2026, 10, 14, 9, 0, 0, 0);
    std::vector<DurationNs> widths{1, 3, 7, 49, 999'999'937, 3600 * kSecond};
    for (DurationNs width = 1'000'003; width < 1'000'003 + 40 * 7919; width += 7919)
        widths.push_back(width);
    // Days over three years: offsets past 2^53 ns, which a double does not hold exactly.
    widths.push_back(86'400 * kSecond + 1);
    for (const DurationNs width : widths) {
        std::vector<Row> rows;
        for (TimeNs k = 1; k < (width > 3600 * kSecond ? 1200 : 60); ++k)
            for (const TimeNs delta : {TimeNs{-1}, TimeNs{0}, TimeNs{1}})
                rows.push_back({.start = t0 + k * width + delta, .status = 200});
        const auto incident = incidentOf(rows);
        const TimeNs to = rows.back().start + width;
        const TimeBuckets b = bucketByTime(*incident, all(*incident), {}, t0, to, width);
        std::vector<std::uint32_t> expected(b.byStatusClass.size(), 0);
        for (const Row& row : rows)
            ++expected[static_cast<std::size_t>((row.start - b.origin) / width)];
        for (std::size_t bucket = 0; bucket < expected.size(); ++bucket)
            QCOMPARE(b.byStatusClass[bucket][2], expected[bucket]);
    }
}

void TestAggregates::failuresByBackendSorted()
{
    const auto dial = cls("dial"), reset = cls("connection_reset"), app = cls("app_response");
    std::vector<std::uint8_t> classes;
    const auto incident = incidentOf(
        {
            {.status = 502, .backend = "10.0.0.2:1", .errorClass = dial},
            {.status = 502, .backend = "10.0.0.1:1", .errorClass = dial},
            {.status = 502, .backend = "10.0.0.1:1", .errorClass = reset},
            {.status = 200, .backend = "10.0.0.1:1", .errorClass = query::kClassOk},
            {.status = 500, .backend = "10.0.0.3:1", .errorClass = app}, // app's own 5xx counts
            {.status = 404, .backend = "10.0.0.3:1", .errorClass = app}, // app's 404 does not
            {.status = 200, .backend = "10.0.0.4:1", .errorClass = query::kClassRecovered},
            {.status = 404, .backend = "-", .errorClass = cls("unknown_route")}, // no backend
            {.status = 499, .backend = "10.0.0.2:1", .errorClass = cls("client_cancelled")},
        },
        &classes);
    const auto result = failuresByBackend(*incident, all(*incident), {classes, {}});
    QCOMPARE(result.size(), std::size_t{4});
    QCOMPARE(result[0].key, std::string("10.0.0.1:1"));
    QCOMPARE(result[0].total, std::uint64_t{2});
    QCOMPARE(result[0].byClass.size(), kErrorClassCount);
    QCOMPARE(result[0].byClass[dial], 1u);
    QCOMPARE(result[0].byClass[reset], 1u);
    QCOMPARE(result[1].key, std::string("10.0.0.2:1")); // ties broken by key
    QCOMPARE(result[1].total, std::uint64_t{2});
    QCOMPARE(result[2].key, std::string("-"));
    QCOMPARE(result[3].key, std::string("10.0.0.3:1"));
    QCOMPARE(result[3].total, std::uint64_t{1});
    QCOMPARE(result[3].byClass[app], 1u);

    QCOMPARE(failuresByBackend(*incident, all(*incident), {classes, {}}, 1).size(), std::size_t{1});
    Selection some;
    some.rows = {0, 4};
    const auto part = failuresByBackend(*incident, some, {classes, {}});
    QCOMPARE(part.size(), std::size_t{2});
    QCOMPARE(part[0].key, std::string("10.0.0.2:1"));
}

void TestAggregates::failuresByStatusOnlyWithoutClasses()
{
    const auto incident = incidentOf({{.status = 502, .backend = "b"},
                                      {.status = 499, .backend = "b"},
                                      {.status = 503, .backend = "a"},
                                      {.status = 200, .backend = "a"}});
    const auto result = failuresByBackend(*incident, all(*incident), {});
    QCOMPARE(result.size(), std::size_t{2});
    QCOMPARE(result[0].key, std::string("a"));
    QCOMPARE(result[1].key, std::string("b"));
    QCOMPARE(result[1].total, std::uint64_t{1});
    QVERIFY(result[0].byClass.empty());
}

void TestAggregates::failuresByInstanceKeys()
{
    const auto incident = incidentOf({{.status = 502, .app = "app-a", .instance = "i-1", .index = "0"},
                                      {.status = 502, .app = "app-a", .instance = "i-1", .index = "0"},
                                      {.status = 503, .app = "app-a", .instance = "-", .index = "1"},
                                      {.status = 502, .app = "app-b", .instance = "i-9", .index = "0"},
                                      {.status = 200, .app = "app-b", .instance = "i-9", .index = "0"},
                                      {.status = 503}});
    const auto result = failuresByInstance(*incident, all(*incident), {});
    QCOMPARE(result.size(), std::size_t{4});
    QCOMPARE(result[0].key, std::string("app-a/i-1"));
    QCOMPARE(result[0].total, std::uint64_t{2});
    QCOMPARE(result[1].key, std::string("-/-"));
    QCOMPARE(result[2].key, std::string("app-a/1"));
    QCOMPARE(result[3].key, std::string("app-b/i-9"));
}

void TestAggregates::topRoutesByHost()
{
    const auto incident = incidentOf(
        {{.host = "b"}, {.host = "a"}, {.host = "b"}, {.host = "c"}, {.host = "a"}, {.host = "b"}});
    const auto result = topRoutes(*incident, all(*incident), 2);
    QCOMPARE(result.size(), std::size_t{2});
    QCOMPARE(result[0].key, std::string("b"));
    QCOMPARE(result[0].total, std::uint64_t{3});
    QCOMPARE(result[1].key, std::string("a"));
    QCOMPARE(result[1].total, std::uint64_t{2});
}

void TestAggregates::percentilesOnKnownValues()
{
    // 1 ms … 100 ms in shuffled order, plus rows that logged no response time.
    std::vector<Row> rows;
    for (int i = 1; i <= 100; ++i)
        rows.push_back({.responseTime = (i * 37 % 100 + 1) * 1'000'000});
    rows.push_back({.responseTime = kNoDuration});
    rows.push_back({.responseTime = kNoDuration});
    const auto incident = incidentOf(rows);
    const LatencyPercentiles p = latency(*incident, all(*incident));
    QCOMPARE(p.count, std::uint64_t{100});
    QCOMPARE(p.p50, 0.050);
    QCOMPARE(p.p90, 0.090);
    QCOMPARE(p.p99, 0.099);
    QCOMPARE(p.max, 0.100);

    Selection one;
    one.rows = {3};
    const LatencyPercentiles single = latency(*incident, one);
    QCOMPARE(single.count, std::uint64_t{1});
    QCOMPARE(single.p50, single.max);
    QCOMPARE(latency(*incident, Selection{}).count, std::uint64_t{0});
}

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
