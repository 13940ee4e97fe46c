#include "cli/chsource.h"

#include "cli/diagnose.h"
#include "cli/exitstatus.h"
#include "cli/jsonwriter.h"
#include "cli/output.h"
#include "cli/summary.h"
#include "core/clickhouse/client.h"
#include "core/clickhouse/filtersql.h"
#include "core/clickhouse/rangeincident.h"
#include "core/clickhouse/requestpage.h"
#include "core/diagnosis/correlation.h"
#include "core/query/classnames.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <utility>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClickHouseSourceText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseSourceText)
};

namespace rs::cli {
namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Text from the server is log text: control bytes and invalid UTF-8 shown escaped.
QString shown(std::string_view s)
{
    return qs(escapeForDisplay(s));
}

struct ChSource {
    std::optional<clickhouse::Endpoint> endpoint;
    std::string display; // clickhouse[s]://user@host:port/database, no password
    int exit = kExitOk;
};

ChSource openSource(const Options& options)
{
    ChSource source;
    const clickhouse::EndpointParse parsed =
        clickhouse::parseEndpointUrl(QString::fromStdString(options.paths.front()));
    if (!parsed.endpoint) {
        Output err(stderr);
        err << QStringLiteral("routescope: %1\n").arg(parsed.error);
        source.exit = kExitUsage;
        return source;
    }
    // A filter the table cannot answer is a usage error, found before anything is sent.
    if (options.filter) {
        const clickhouse::FilterSql sql = clickhouse::filterToSql(*options.filter, parsed.endpoint->database);
        if (!sql.where) {
            Output err(stderr);
            err << QStringLiteral("routescope: %1\n").arg(sql.error);
            source.exit = kExitUsage;
            return source;
        }
    }
    if (!options.caFile.isEmpty() && !parsed.endpoint->tls) {
        Output err(stderr);
        err << ClickHouseSourceText::tr("routescope: --ca-file is for a clickhouses:// (HTTPS) URL\n");
        source.exit = kExitUsage;
        return source;
    }
    source.endpoint = *parsed.endpoint;
    source.endpoint->caFile = options.caFile;
    // From the environment only: a password on the command line shows in `ps` and shell history.
    source.endpoint->password = qEnvironmentVariable("ROUTESCOPE_CLICKHOUSE_PASSWORD");
    source.display = clickhouse::endpointDisplay(*source.endpoint).toStdString();
    return source;
}

// The server sends nothing until an aggregation is done: the transfer may stay silent for the
// whole max_execution_time, so the client waits longer than that.
clickhouse::ClientOptions clientOptions(int maxExecutionSeconds)
{
    clickhouse::ClientOptions options;
    options.timeoutMs = (maxExecutionSeconds + 30) * 1000;
    return options;
}

// A failure: the purpose and the server's message (or what the network said), and the exit status.
int failed(const QString& error, bool unreachable)
{
    Output err(stderr);
    err << QStringLiteral("routescope: %1\n").arg(error);
    if (unreachable)
        err << ClickHouseSourceText::tr(
            "routescope: is the server running, and is the URL's host and port (the "
            "HTTP interface, 8123 by default) right?\n");
    return kExitServer;
}

std::string seconds(double s)
{
    return QStringLiteral("%1 s").arg(s, 0, 'f', 3).toStdString();
}

std::string statusClassName(std::size_t index)
{
    return index == 0 ? std::string("none") : std::to_string(index) + "xx";
}

std::shared_ptr<Incident>& drilledIncident()
{
    static std::shared_ptr<Incident> incident;
    return incident;
}

// The range (and filter) drilled into a local incident, with progress on stderr when asked and
// stderr is a terminal. Null with the exit status set when it failed.
std::shared_ptr<Incident> drill(const Options& options, int& exit)
{
    const ChSource source = openSource(options);
    if (!source.endpoint) {
        exit = source.exit;
        return nullptr;
    }
    clickhouse::DrillRequest request;
    request.from = options.from;
    request.to = options.until;
    request.filter = options.filter.value_or(Filter{});
    clickhouse::Client client(*source.endpoint, clientOptions(request.maxExecutionSeconds));
    const bool showProgress = options.progress && ::isatty(STDERR_FILENO) != 0;
    int lastPercent = -1;
    const auto progress = [&](const clickhouse::DrillProgress& p) {
        const int percent = static_cast<int>(p.fraction * 100);
        if (!showProgress || percent == lastPercent)
            return;
        lastPercent = percent;
        std::fprintf(stderr, "\r\033[K%s %d%%", p.stage.toUtf8().constData(), percent);
    };
    clickhouse::DrillOutcome outcome = clickhouse::drillRange(client, request, progress);
    if (showProgress)
        std::fprintf(stderr, "\r\033[K");
    if (!outcome.ok()) {
        if (outcome.badFilter || outcome.tooMany) {
            Output err(stderr);
            err << QStringLiteral("routescope: %1\n").arg(outcome.error);
            exit = kExitUsage;
            return nullptr;
        }
        exit = failed(outcome.error, outcome.unreachable);
        return nullptr;
    }
    exit = kExitOk;
    return std::move(outcome.incident);
}

} // namespace

std::string overviewText(const std::string& source, const clickhouse::Overview& o)
{
    QString out;
    out += ClickHouseSourceText::tr("RouteScope summary of %1\n\n").arg(qs(source));
    out += ClickHouseSourceText::tr("Time range    %1 … %2\n")
               .arg(qs(formatTimeUtc(o.from)), qs(formatTimeUtc(o.to)));
    out += ClickHouseSourceText::tr("Requests      %1\n").arg(o.matched);
    if (o.sampled)
        out +=
            ClickHouseSourceText::tr("Sampled       the figures below read SAMPLE %1 of the requests and are "
                                     "scaled up: estimates\n")
                .arg(o.sampleRatio, 0, 'g', 6);
    std::array<std::uint64_t, 6> classes{};
    for (const auto& [status, count] : o.statuses)
        classes[status >= 100 && status < 600 ? static_cast<std::size_t>(status / 100) : 0] += count;
    out += ClickHouseSourceText::tr("Status        ");
    for (std::size_t i = 1; i <= classes.size(); ++i) {
        const std::size_t c = i % classes.size(); // 1xx … 5xx, then none
        if (classes[c] != 0)
            out += QStringLiteral("%1 %2   ").arg(qs(statusClassName(c))).arg(classes[c]);
    }
    out += QLatin1Char('\n');
    out += QStringLiteral("              ");
    for (const auto& [status, count] : o.statuses) {
        if (status >= 400)
            out += QStringLiteral("%1: %2   ").arg(status).arg(count);
    }
    out += QLatin1Char('\n');
    out += ClickHouseSourceText::tr("Failures      %1\n").arg(o.failures);
    out += ClickHouseSourceText::tr("Error classes\n");
    out += errorClassLines(o.classes);
    if (o.otherClasses != 0)
        out += ClickHouseSourceText::tr("  %1  with a class this version does not know\n")
                   .arg(o.otherClasses, 10);
    const auto ranking = [&out](const QString& title, const std::vector<clickhouse::RankedKey>& rows,
                                bool hosts) {
        if (rows.empty())
            return;
        out += title;
        for (const auto& row : rows) {
            QString detail;
            if (hosts) {
                detail = ClickHouseSourceText::tr("%1 failed").arg(row.failures);
            } else {
                // The classes of the failures, most frequent first.
                std::vector<std::pair<std::uint64_t, std::size_t>> byClass;
                for (std::size_t c = 0; c < row.byClass.size(); ++c)
                    if (row.byClass[c] != 0)
                        byClass.emplace_back(row.byClass[c], c);
                std::sort(byClass.begin(), byClass.end(), [](const auto& a, const auto& b) {
                    return a.first != b.first ? a.first > b.first : a.second < b.second;
                });
                for (const auto& [count, c] : byClass)
                    detail += QStringLiteral("%1%2 %3")
                                  .arg(detail.isEmpty() ? QString() : QStringLiteral(", "))
                                  .arg(qs(errorClassId(static_cast<ErrorClass>(c))))
                                  .arg(count);
            }
            out += QStringLiteral("  %1  %2  %3\n").arg(row.total, 10).arg(shown(row.key), -40).arg(detail);
        }
    };
    ranking(ClickHouseSourceText::tr("Failures per backend\n"), o.failuresByBackend, false);
    ranking(ClickHouseSourceText::tr("Failures per app\n"), o.failuresByApp, false);
    ranking(ClickHouseSourceText::tr("Top routes (requests per host)\n"), o.topHosts, true);
    if (o.latency.count > 0)
        out += ClickHouseSourceText::tr(
                   "Latency       p50 %1, p90 %2, p99 %3, max %4 (%5 requests with a response "
                   "time)\n")
                   .arg(qs(seconds(o.latency.p50)), qs(seconds(o.latency.p90)), qs(seconds(o.latency.p99)),
                        qs(seconds(o.latency.max)))
                   .arg(o.latency.count);
    out += ClickHouseSourceText::tr("Timeline      %1 buckets of %2 s\n")
               .arg(o.bucketsByStatusClass.size())
               .arg(o.bucketWidth / 1'000'000'000);
    out += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(ClickHouseSourceText::tr("START"), -30)
               .arg(QStringLiteral("1xx"), 9)
               .arg(QStringLiteral("2xx"), 9)
               .arg(QStringLiteral("3xx"), 9)
               .arg(QStringLiteral("4xx"), 9)
               .arg(QStringLiteral("5xx"), 9)
               .arg(ClickHouseSourceText::tr("none"), 9)
               .arg(ClickHouseSourceText::tr("FAILURES"), 9);
    for (std::size_t b = 0; b < o.bucketsByStatusClass.size(); ++b) {
        const auto& s = o.bucketsByStatusClass[b];
        std::uint64_t failures = 0;
        for (std::size_t c = 0; c < kErrorClassCount; ++c)
            failures += query::isFailureClass(c) ? o.bucketsByClass[b][c] : 0;
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(qs(formatTimeUtc(o.bucketOrigin + static_cast<TimeNs>(b) * o.bucketWidth)), -30)
                   .arg(s[1], 9)
                   .arg(s[2], 9)
                   .arg(s[3], 9)
                   .arg(s[4], 9)
                   .arg(s[5], 9)
                   .arg(s[0], 9)
                   .arg(failures, 9);
    }
    return out.toStdString();
}

std::string overviewJson(const std::string& source, const clickhouse::Overview& o)
{
    std::string out;
    JsonWriter json(out);
    const auto ranking = [&json](std::string_view name, std::string_view keyName,
                                 const std::vector<clickhouse::RankedKey>& rows, bool hosts) {
        json.key(name).beginArray();
        for (const auto& row : rows) {
            json.beginObject();
            json.key(keyName).value(row.key);
            json.key(hosts ? "requests" : "failures").value(row.total);
            if (hosts) {
                json.key("failures").value(row.failures);
            } else {
                json.key("classes").beginObject();
                for (std::size_t c = 0; c < row.byClass.size(); ++c)
                    if (row.byClass[c] != 0)
                        json.key(errorClassId(static_cast<ErrorClass>(c))).value(row.byClass[c]);
                json.endObject();
            }
            json.endObject();
        }
        json.endArray();
    };
    json.beginObject();
    json.key("source").value(source);
    json.key("from").value(formatTimeUtc(o.from));
    json.key("to").value(formatTimeUtc(o.to));
    json.key("selected_requests").value(o.matched);
    json.key("sampled").value(o.sampled);
    json.key("sample_ratio").value(o.sampleRatio);
    json.key("status").beginObject();
    for (const auto& [status, count] : o.statuses)
        json.key(status == 0 ? std::string("none") : std::to_string(status)).value(count);
    json.endObject();
    json.key("classes").beginObject();
    for (std::size_t c = 0; c < o.classes.size(); ++c)
        if (o.classes[c] != 0)
            json.key(errorClassId(static_cast<ErrorClass>(c))).value(o.classes[c]);
    json.endObject();
    json.key("sources").beginObject();
    for (std::size_t k = 0; k < o.sources.size(); ++k)
        json.key(sourceId(static_cast<Source>(k))).value(o.sources[k]);
    json.endObject();
    json.key("other_classes").value(o.otherClasses);
    json.key("failures").value(o.failures);
    ranking("failures_by_backend", "backend", o.failuresByBackend, false);
    ranking("failures_by_app", "app_id", o.failuresByApp, false);
    ranking("top_routes", "host", o.topHosts, true);
    json.key("latency").beginObject();
    json.key("count").value(o.latency.count);
    json.key("p50").value(o.latency.p50);
    json.key("p90").value(o.latency.p90);
    json.key("p99").value(o.latency.p99);
    json.key("max").value(o.latency.max);
    json.endObject();
    json.key("timeline").beginObject();
    json.key("origin").value(formatTimeUtc(o.bucketOrigin));
    json.key("width_seconds").value(static_cast<std::int64_t>(o.bucketWidth / 1'000'000'000));
    json.key("buckets").beginArray();
    for (std::size_t b = 0; b < o.bucketsByStatusClass.size(); ++b) {
        json.beginObject();
        json.key("start").value(formatTimeUtc(o.bucketOrigin + static_cast<TimeNs>(b) * o.bucketWidth));
        json.key("status").beginObject();
        for (std::size_t c = 0; c < 6; ++c)
            json.key(statusClassName(c)).value(o.bucketsByStatusClass[b][c]);
        json.endObject();
        json.key("classes").beginObject();
        for (std::size_t c = 0; c < kErrorClassCount; ++c)
            if (o.bucketsByClass[b][c] != 0)
                json.key(errorClassId(static_cast<ErrorClass>(c))).value(o.bucketsByClass[b][c]);
        json.endObject();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.key("query_ids").beginArray();
    for (const auto& id : o.queryIds)
        json.value(id);
    json.endArray();
    json.endObject();
    out += '\n';
    return out;
}

int runClickHouseSummary(const Options& options)
{
    const ChSource source = openSource(options);
    if (!source.endpoint)
        return source.exit;
    clickhouse::OverviewRequest request;
    clickhouse::Client client(*source.endpoint, clientOptions(request.maxExecutionSeconds));
    request.from = options.from;
    request.to = options.until;
    request.filter = options.filter.value_or(Filter{});
    const clickhouse::OverviewOutcome outcome = clickhouse::computeOverview(client, request);
    if (!outcome.overview)
        return failed(outcome.error, outcome.unreachable);
    Output out(stdout);
    out << (options.format == OutputFormat::Json ? overviewJson(source.display, *outcome.overview)
                                                 : overviewText(source.display, *outcome.overview));
    return kExitOk;
}

int runClickHouseRequests(const Options& options)
{
    const ChSource source = openSource(options);
    if (!source.endpoint)
        return source.exit;
    clickhouse::RequestPageQuery query;
    query.from = options.from;
    query.to = options.until;
    query.filter = options.filter.value_or(Filter{});
    if (!options.after.empty()) {
        query.after = clickhouse::RequestCursor::parse(options.after);
        if (!query.after) {
            Output err(stderr);
            err << ClickHouseSourceText::tr("routescope: --after takes the cursor a previous page printed\n");
            return kExitUsage;
        }
    }
    const bool onePage = options.limit != 0;
    query.limit = onePage ? options.limit : 10000;
    clickhouse::Client client(*source.endpoint, clientOptions(query.maxExecutionSeconds));
    Output out(stdout);
    out << std::string_view(
        "start\trouter\thost\tmethod\turi\tstatus\tbackend\tvcap_request_id\tresponse_time\tapp_id\tapp_"
        "index\t"
        "instance_id\trouter_error\tattempts\terror_class\tsource\tevidence\tfile\toffset\n");
    const auto text = [](const std::string& s) { return s.empty() ? std::string("-") : escapeForDisplay(s); };
    for (;;) {
        const clickhouse::RequestPage page = clickhouse::fetchRequests(client, query);
        if (!page.ok()) {
            out.flush();
            return failed(page.error, page.unreachable);
        }
        for (const auto& r : page.rows) {
            std::string& b = out.buffer();
            b += formatTimeUtc(r.place.time);
            for (const std::string* s : {&r.router, &r.host, &r.method, &r.uri}) {
                b += '\t';
                b += text(*s);
            }
            b += '\t' + std::to_string(r.status) + '\t' + text(r.backend) + '\t' + text(r.requestId) + '\t';
            b += r.responseTimeNs < 0 ? std::string("-") : formatDurationSeconds(r.responseTimeNs);
            for (const std::string* s : {&r.appId, &r.appIndex, &r.instanceId, &r.routerError}) {
                b += '\t';
                b += text(*s);
            }
            b += '\t' + std::to_string(r.attempts);
            for (const std::string* s : {&r.errorClass, &r.source, &r.evidence, &r.place.file}) {
                b += '\t';
                b += text(*s);
            }
            b += '\t' + std::to_string(r.place.offset) + '\n';
            out.maybeFlush();
        }
        if (!page.next)
            break;
        if (onePage) {
            out.flush();
            Output err(stderr);
            err << ClickHouseSourceText::tr("routescope: more requests follow: --after %1\n")
                       .arg(QString::fromStdString(page.next->text()));
            break;
        }
        query.after = page.next;
    }
    return kExitOk;
}

int runClickHouseDiagnose(const Options& options)
{
    int exit = kExitOk;
    const auto incident = drill(options, exit);
    if (!incident)
        return exit;
    const Diagnosis diagnosis = diagnose(*incident);
    Output out(stdout);
    out << (options.format == OutputFormat::Json ? diagnoseJson(*incident, diagnosis)
                                                 : diagnoseText(*incident, diagnosis));
    return kExitOk;
}

int drillForCommand(const Options& options)
{
    int exit = kExitOk;
    drilledIncident() = drill(options, exit);
    return exit;
}

std::shared_ptr<Incident> takeDrilledIncident()
{
    return std::exchange(drilledIncident(), nullptr);
}

} // namespace rs::cli
