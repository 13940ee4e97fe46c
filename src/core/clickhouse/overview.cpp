#include "core/clickhouse/overview.h"

#include "core/clickhouse/filtersql.h"
#include "core/clickhouse/rowbinary.h"
#include "core/clickhouse/sqlquote.h"
#include "core/query/classnames.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClickHouseOverviewText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseOverviewText)
};

namespace rs::clickhouse {
namespace {

constexpr DurationNs kSecond = 1'000'000'000;

// A class or source id of the table as the enum value; nullopt for ids this build does not know.
std::optional<std::size_t> classIndex(std::string_view id)
{
    const auto v = query::classValue(id);
    return v ? std::optional<std::size_t>(*v) : std::nullopt;
}

std::size_t statusClassIndex(int status)
{
    return status >= 100 && status < 600 ? static_cast<std::size_t>(status / 100) : 0;
}

class Runner {
public:
    Runner(Client& client, const OverviewRequest& request, OverviewOutcome& outcome)
        : m_client(client)
        , m_request(request)
        , m_outcome(outcome)
        , m_prefix(request.queryIdPrefix.empty()
                       ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
                       : request.queryIdPrefix)
    {}

    // Runs one query; its RowBinary answer, or nullopt with the outcome's error set.
    std::optional<QByteArray> run(const char* name, const QString& purpose, const std::string& sql,
                                  std::uint64_t maxRows)
    {
        QuerySettings settings;
        settings.queryId = m_prefix + "-" + name;
        settings.maxExecutionSeconds = m_request.maxExecutionSeconds;
        settings.maxResultRows = maxRows;
        if (m_request.started)
            m_request.started(settings.queryId);
        m_queryIds.push_back(settings.queryId);
        const Reply reply = m_client.readQuery(purpose, sql + " FORMAT RowBinary", settings);
        if (!reply.ok) {
            m_outcome.error = reply.error;
            m_outcome.unreachable = reply.httpStatus == 0;
            return std::nullopt;
        }
        return reply.body;
    }

    void unreadable(const QString& purpose)
    {
        m_outcome.error =
            ClickHouseOverviewText::tr("%1: the server's answer could not be read").arg(purpose);
    }

    std::vector<std::string> takeQueryIds() { return std::move(m_queryIds); }

private:
    Client& m_client;
    const OverviewRequest& m_request;
    OverviewOutcome& m_outcome;
    std::string m_prefix;
    std::vector<std::string> m_queryIds;
};

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

std::string numberText(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

// Reads a ranking: key, total, [failures], [classes], [counts].
bool readRanking(const QByteArray& body, bool perClass, double scale, std::vector<RankedKey>& out)
{
    RowBinaryReader reader(view(body));
    while (!reader.atEnd()) {
        RankedKey row;
        const auto key = reader.string();
        const auto total = reader.number<std::uint64_t>();
        const auto failures = reader.number<std::uint64_t>();
        if (!key || !total || !failures)
            return false;
        row.key = *key;
        row.total = static_cast<std::uint64_t>(std::llround(static_cast<double>(*total) * scale));
        row.failures = static_cast<std::uint64_t>(std::llround(static_cast<double>(*failures) * scale));
        if (perClass) {
            row.byClass.assign(kErrorClassCount, 0);
            const auto names = reader.varUInt();
            if (!names)
                return false;
            std::vector<std::optional<std::size_t>> classes;
            for (std::uint64_t i = 0; i < *names; ++i) {
                const auto name = reader.string();
                if (!name)
                    return false;
                classes.push_back(classIndex(*name));
            }
            const auto counts = reader.varUInt();
            if (!counts || *counts != *names)
                return false;
            for (std::uint64_t i = 0; i < *counts; ++i) {
                const auto count = reader.number<std::uint64_t>();
                if (!count)
                    return false;
                if (classes[i])
                    row.byClass[*classes[i]] +=
                        static_cast<std::uint64_t>(std::llround(static_cast<double>(*count) * scale));
            }
        }
        out.push_back(std::move(row));
    }
    return true;
}

} // namespace

std::string failureSql()
{
    return "(status >= 500 OR class NOT IN (" + quoteString(query::kErrorClassIds[query::kClassOk]) + ", " +
           quoteString(query::kErrorClassIds[query::kClassRecovered]) + ", " +
           quoteString(query::kErrorClassIds[query::kClassAppResponse]) + "))";
}

DurationNs overviewBucketWidth(TimeNs from, TimeNs to)
{
    constexpr int kTarget = 300;
    const DurationNs width = niceBucketWidth(from, to, kTarget);
    if (width < 3600 * kSecond || to <= from)
        return width;
    static constexpr DurationNs kHours[] = {1, 3, 6, 12, 24, 48, 168};
    for (const DurationNs hours : kHours) {
        const DurationNs step = hours * 3600 * kSecond;
        if ((to - from + step - 1) / step <= kTarget)
            return step;
    }
    return 168 * 3600 * kSecond;
}

OverviewOutcome computeOverview(Client& client, const OverviewRequest& request)
{
    OverviewOutcome outcome;
    if (request.from == kNoTime || request.to == kNoTime || request.to <= request.from || request.from < 0) {
        outcome.error = ClickHouseOverviewText::tr("the overview needs a time range with --from before --to");
        return outcome;
    }
    const FilterSql filter = filterToSql(request.filter, client.endpoint().database);
    if (!filter.where) {
        outcome.error = filter.error;
        return outcome;
    }
    const std::string table = client.endpoint().database + ".requests";
    const std::string where = timeRangeSql(request.from, request.to) + " AND " + *filter.where;
    Runner runner(client, request, outcome);
    Overview o;
    o.from = request.from;
    o.to = request.to;

    // 1. How many rows the range holds and how many match: exact, and whether the breakdowns
    // sample. What a breakdown costs is the rows of the range it reads, whatever the filter keeps,
    // so the ratio comes from those; a filter that keeps too few rows for a sample to say much
    // (fewer than minSampledMatches would be read) is answered exactly.
    QString purpose = ClickHouseOverviewText::tr("while counting the requests in the range");
    const std::string filterWhere = "(" + *filter.where + ")";
    auto body = runner.run("count", purpose,
                           "SELECT count(), countIf(" + filterWhere + "), countIf(" + filterWhere +
                               " AND response_time_ns >= 0) FROM " + table + " WHERE " +
                               timeRangeSql(request.from, request.to),
                           1);
    if (!body)
        return outcome;
    RowBinaryReader countReader(view(*body));
    const auto inRange = countReader.number<std::uint64_t>();
    const auto matched = countReader.number<std::uint64_t>();
    const auto timed = countReader.number<std::uint64_t>();
    if (!inRange || !matched || !timed) {
        runner.unreadable(purpose);
        return outcome;
    }
    o.matched = *matched;
    std::string sample;
    double scale = 1.0;
    const double ratio =
        *inRange > 0 ? static_cast<double>(request.sampleAbove) / static_cast<double>(*inRange) : 1.0;
    if (request.sampleAbove > 0 && *inRange > request.sampleAbove &&
        static_cast<double>(o.matched) * ratio >= static_cast<double>(request.minSampledMatches)) {
        o.sampled = true;
        o.sampleRatio = std::max(1e-6, ratio);
        char text[32];
        std::snprintf(text, sizeof text, "%.6f", o.sampleRatio);
        o.sampleRatio = std::strtod(text, nullptr);
        sample = std::string(" SAMPLE ") + text;
        scale = 1.0 / o.sampleRatio;
    }
    const auto scaled = [scale](std::uint64_t n) {
        return static_cast<std::uint64_t>(std::llround(static_cast<double>(n) * scale));
    };
    const std::string from = " FROM " + table + sample + " WHERE " + where;

    // 2. Totals by status, class and source.
    purpose = ClickHouseOverviewText::tr("while counting requests by status and error class");
    body = runner.run("totals", purpose,
                      "SELECT status, class, source, count()" + from + " GROUP BY status, class, source",
                      1000000);
    if (!body)
        return outcome;
    {
        RowBinaryReader reader(view(*body));
        while (!reader.atEnd()) {
            const auto status = reader.number<std::uint16_t>();
            const auto cls = reader.string();
            const auto source = reader.string();
            const auto count = reader.number<std::uint64_t>();
            if (!status || !cls || !source || !count) {
                runner.unreadable(purpose);
                return outcome;
            }
            const std::uint64_t n = scaled(*count);
            o.statuses[*status] += n;
            const auto c = classIndex(*cls);
            const auto s = query::sourceValue(*source);
            if (c)
                o.classes[*c] += n;
            if (s)
                o.sources[*s] += n;
            if (!c || !s)
                o.otherClasses += n;
            if (*status >= 500 || !c || query::isFailureClass(*c))
                o.failures += n;
        }
    }

    // 3. The timeline: buckets of a width fit for the span; the empty ones are filled in here.
    o.bucketWidth = overviewBucketWidth(request.from, request.to);
    o.bucketOrigin = request.from / o.bucketWidth * o.bucketWidth;
    const std::size_t buckets =
        static_cast<std::size_t>((request.to - o.bucketOrigin + o.bucketWidth - 1) / o.bucketWidth);
    o.bucketsByStatusClass.assign(buckets, {});
    o.bucketsByClass.assign(buckets, {});
    const std::int64_t originSeconds = o.bucketOrigin / kSecond;
    const std::int64_t widthSeconds = o.bucketWidth / kSecond;
    purpose = ClickHouseOverviewText::tr("while counting requests per time bucket");
    body = runner.run("timeline", purpose,
                      "SELECT toUInt32(intDiv(toUInt32(time) - " + std::to_string(originSeconds) + ", " +
                          std::to_string(widthSeconds) + ")) AS bucket, status, class, count()" + from +
                          " GROUP BY bucket, status, class",
                      5000000);
    if (!body)
        return outcome;
    {
        RowBinaryReader reader(view(*body));
        while (!reader.atEnd()) {
            const auto bucket = reader.number<std::uint32_t>();
            const auto status = reader.number<std::uint16_t>();
            const auto cls = reader.string();
            const auto count = reader.number<std::uint64_t>();
            if (!bucket || !status || !cls || !count) {
                runner.unreadable(purpose);
                return outcome;
            }
            if (*bucket >= buckets)
                continue;
            const std::uint64_t n = scaled(*count);
            o.bucketsByStatusClass[*bucket][statusClassIndex(*status)] += n;
            if (const auto c = classIndex(*cls))
                o.bucketsByClass[*bucket][*c] += n;
        }
    }

    // 4, 5. Failures per backend and per app, by class; the top ones, as failuresByBackend().
    const std::string failure = failureSql();
    const std::string limit = " LIMIT " + std::to_string(request.top);
    const auto ranking = [&](const char* name, const QString& what, const char* column,
                             std::vector<RankedKey>& out) {
        const std::string sql =
            std::string("SELECT key, sum(c) AS total, total AS failures, groupArray(class), "
                        "groupArray(c) FROM (SELECT if(empty(") +
            column + "), '-', " + column + ") AS key, class, count() AS c" + from + " AND " + failure +
            " GROUP BY key, class) GROUP BY key ORDER BY total DESC, key" + limit;
        const auto answer = runner.run(name, what, sql, request.top + 1);
        if (!answer)
            return false;
        if (!readRanking(*answer, true, scale, out)) {
            runner.unreadable(what);
            return false;
        }
        return true;
    };
    if (!ranking("backends", ClickHouseOverviewText::tr("while counting failures per backend"), "backend",
                 o.failuresByBackend))
        return outcome;
    if (!ranking("apps", ClickHouseOverviewText::tr("while counting failures per app"), "app_id",
                 o.failuresByApp))
        return outcome;

    // 6. Top routes: requests per host, and how many of them failed.
    purpose = ClickHouseOverviewText::tr("while counting requests per route");
    body = runner.run("hosts", purpose,
                      "SELECT if(empty(host), '-', host) AS key, count() AS total, countIf(" + failure +
                          ") AS failures" + from + " GROUP BY key ORDER BY total DESC, key" + limit,
                      request.top + 1);
    if (!body)
        return outcome;
    if (!readRanking(*body, false, scale, o.topHosts)) {
        runner.unreadable(purpose);
        return outcome;
    }

    // 7. Latency: ClickHouse's quantileExact takes the element at floor(level * n); levels between
    // ranks give the nearest rank latency() computes locally (exact when not sampled).
    const auto level = [&](double p) {
        const double n = static_cast<double>(*timed);
        if (o.sampled || *timed == 0)
            return p;
        const double rank = std::clamp(std::ceil(p * n), 1.0, n);
        return (rank - 0.5) / n;
    };
    purpose = ClickHouseOverviewText::tr("while computing latency percentiles");
    body =
        runner.run("latency", purpose,
                   "SELECT count(), max(response_time_ns), arrayMap(x -> toFloat64(x), quantilesExact(" +
                       numberText(level(0.5)) + ", " + numberText(level(0.9)) + ", " +
                       numberText(level(0.99)) + ")(response_time_ns))" + from + " AND response_time_ns >= 0",
                   1);
    if (!body)
        return outcome;
    {
        RowBinaryReader reader(view(*body));
        const auto count = reader.number<std::uint64_t>();
        const auto max = reader.number<std::int64_t>();
        const auto n = reader.varUInt();
        std::array<double, 3> q{};
        bool ok = count && max && n && *n == 3;
        for (std::size_t i = 0; ok && i < 3; ++i) {
            const auto v = reader.number<double>();
            ok = v.has_value();
            q[i] = v.value_or(0);
        }
        if (!ok) {
            runner.unreadable(purpose);
            return outcome;
        }
        o.latency.count = scaled(*count);
        if (*count > 0) {
            o.latency.max = static_cast<double>(*max) / 1e9;
            o.latency.p50 = q[0] / 1e9;
            o.latency.p90 = q[1] / 1e9;
            o.latency.p99 = q[2] / 1e9;
        }
    }
    o.queryIds = runner.takeQueryIds();
    outcome.overview = std::move(o);
    return outcome;
}

} // namespace rs::clickhouse
