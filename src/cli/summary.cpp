#include "cli/summary.h"

#include "cli/jsonwriter.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct SummaryText {
    Q_DECLARE_TR_FUNCTIONS(SummaryText)
};

namespace rs::cli {
namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString statusClass(int status)
{
    return status == 0 ? QStringLiteral("none") : QStringLiteral("%1xx").arg(status / 100);
}

QString throughput(std::uint64_t bytes, std::uint64_t lines, double seconds)
{
    if (seconds <= 0)
        return {};
    return SummaryText::tr("%1 MB/s, %2 k lines/s")
        .arg(static_cast<double>(bytes) / 1e6 / seconds, 0, 'f', 0)
        .arg(static_cast<double>(lines) / 1e3 / seconds, 0, 'f', 0);
}

std::string timeText(TimeNs t)
{
    return t == kNoTime ? std::string("-") : formatTimeUtc(t);
}

// The file's variant (FORMATS §1.7): each list holds {id, count, example: {line, text}}.
void writeVariant(JsonWriter& json, const FileVariant& variant)
{
    json.key("variant").beginObject();
    const auto list = [&json](std::string_view name, const std::vector<VariantEntry>& entries) {
        json.key(name).beginArray();
        for (const VariantEntry& e : entries) {
            json.beginObject();
            json.key("id").value(e.id);
            json.key("count").value(e.count);
            json.key("example").beginObject();
            json.key("line").value(e.example.line);
            json.key("text").value(e.example.text);
            json.endObject();
            json.endObject();
        }
        json.endArray();
    };
    list("eras", variant.eras);
    list("wrappers", variant.wrappers);
    list("prefixes", variant.prefixes);
    list("fields", variant.fields);
    json.endObject();
}

} // namespace

SummaryFigures computeSummary(const Incident& incident, const Diagnosis& diagnosis,
                              const std::vector<std::uint32_t>& rows)
{
    SummaryFigures figures;
    const RequestTable& requests = incident.tables.requests;
    std::vector<std::uint64_t> perIdentity(incident.tables.identities.size());
    std::unordered_map<StringPool::Id, std::uint64_t> errors;
    std::array<std::uint64_t, 1000> statusCounts{};
    figures.selected = rows.size();
    for (const std::uint32_t row : rows) {
        ++figures.classes[static_cast<std::size_t>(diagnosis.errorClass[row])];
        ++figures.sources[static_cast<std::size_t>(diagnosis.source[row])];
        ++statusCounts[std::min<std::uint16_t>(requests.status[row], 999)];
        ++perIdentity[requests.identity[row]];
        if (requests.routerError[row] != StringPool::kEmpty)
            ++errors[requests.routerError[row]];
    }
    for (int status = 0; status < 1000; ++status) {
        if (statusCounts[static_cast<std::size_t>(status)] != 0)
            figures.statuses[status] = statusCounts[static_cast<std::size_t>(status)];
    }
    for (const auto& [id, count] : errors)
        figures.routerErrors.emplace_back(std::string(incident.str(id)), count);
    std::sort(figures.routerErrors.begin(), figures.routerErrors.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (std::size_t i = 0; i < perIdentity.size(); ++i) {
        if (perIdentity[i] != 0)
            figures.requestsPerIdentity.emplace_back(static_cast<IdentityIndex>(i), perIdentity[i]);
    }
    for (const auto& file : incident.report.files)
        ++(file.ignored == IgnoreReason::None ? figures.filesRead : figures.filesIgnored);
    const LbDiagnosis& lb = diagnosis.lb;
    figures.lbRecords = lb.size();
    for (std::size_t row = 0; row < lb.size(); ++row) {
        figures.lbById += lb.join[row] == LbJoin::ById ? 1 : 0;
        figures.lbByTime += lb.join[row] == LbJoin::ByTime ? 1 : 0;
        figures.lbAmbiguous += lb.join[row] == LbJoin::Ambiguous ? 1 : 0;
    }
    figures.lbNeverReached = lb.neverReached;
    figures.lbStatusDisagreements = lb.statusDisagreements;
    figures.sources[static_cast<std::size_t>(Source::Infrastructure)] += lb.neverReached;
    const AppDiagnosis& app = diagnosis.app;
    figures.appRecords = app.size();
    for (std::size_t row = 0; row < app.size(); ++row) {
        figures.appById += app.join[row] == AppJoin::ById ? 1 : 0;
        figures.appNear += app.join[row] == AppJoin::Near ? 1 : 0;
        figures.appAmbiguous += app.join[row] == AppJoin::Ambiguous ? 1 : 0;
        figures.appErrors += incident.tables.apps.error[row];
    }
    figures.answer = answerSources(incident, diagnosis, rows);
    return figures;
}

QString errorClassLines(const std::array<std::uint64_t, kErrorClassCount>& classes)
{
    QString out;
    for (std::size_t c = 0; c < classes.size(); ++c) {
        if (classes[c] != 0)
            out += QStringLiteral("  %1  %2 (%3)\n")
                       .arg(classes[c], 10)
                       .arg(qs(errorClassId(static_cast<ErrorClass>(c))), -26)
                       .arg(qs(sourceId(sourceOf(static_cast<ErrorClass>(c)))));
    }
    return out;
}

std::string summaryText(const Incident& incident, const SummaryFigures& figures)
{
    const ImportReport& report = incident.report;
    const auto& t = incident.tables;
    QString out;
    out += SummaryText::tr("RouteScope summary of %1\n")
               .arg(qs(report.inputs.empty() ? std::string_view() : report.inputs.front()));
    for (std::size_t i = 1; i < report.inputs.size(); ++i)
        out += QStringLiteral("  %1\n").arg(qs(report.inputs[i]));
    out += QLatin1Char('\n');
    out += SummaryText::tr("Time span     %1 … %2\n")
               .arg(qs(timeText(incident.begin)), qs(timeText(incident.end)));
    out += SummaryText::tr("Requests      %1 on %2 router(s)\n")
               .arg(t.requests.size())
               .arg(figures.requestsPerIdentity.size());
    for (const auto& [identity, count] : figures.requestsPerIdentity)
        out += QStringLiteral("                %1  %2\n")
                   .arg(count, 10)
                   .arg(qs(incident.identity(identity).display));
    out += SummaryText::tr("Events        %1 gorouter events, %2 stderr lines, %3 container events, %4 other "
                           "component lines\n")
               .arg(t.events.size())
               .arg(t.stderrLines.size())
               .arg(t.containers.size())
               .arg(t.lager.size());
    if (figures.lbRecords > 0)
        out += SummaryText::tr("Load balancer %1 requests: %2 joined by id, %3 by time, %4 ambiguous; %5 "
                               "failed without reaching Gorouter, %6 with another status than Gorouter's\n")
                   .arg(figures.lbRecords)
                   .arg(figures.lbById)
                   .arg(figures.lbByTime)
                   .arg(figures.lbAmbiguous)
                   .arg(figures.lbNeverReached)
                   .arg(figures.lbStatusDisagreements);
    if (figures.appRecords > 0)
        out += SummaryText::tr(
                   "App logs      %1 lines (%2 errors): %3 joined by request id, %4 near in time, %5 "
                   "ambiguous\n")
                   .arg(figures.appRecords)
                   .arg(figures.appErrors)
                   .arg(figures.appById)
                   .arg(figures.appNear)
                   .arg(figures.appAmbiguous);
    std::size_t routeRows = 0;
    for (const auto& snapshot : t.routeSnapshots)
        routeRows += snapshot.rows.size();
    std::size_t lrpRows = 0;
    for (const auto& snapshot : t.lrpSnapshots)
        lrpRows += snapshot.rows.size();
    out += SummaryText::tr(
               "Snapshots     %1 route-table dump(s) with %2 endpoints, %3 LRP capture(s) with %4 LRPs\n")
               .arg(t.routeSnapshots.size())
               .arg(routeRows)
               .arg(t.lrpSnapshots.size())
               .arg(lrpRows);

    std::map<QString, std::uint64_t> classes;
    for (const auto& [status, count] : figures.statuses)
        classes[statusClass(status)] += count;
    out += SummaryText::tr("Status        ");
    for (const auto& [name, count] : classes)
        out += QStringLiteral("%1 %2   ").arg(name).arg(count);
    out += QLatin1Char('\n');
    out += SummaryText::tr("              ");
    for (const auto& [status, count] : figures.statuses) {
        if (status >= 400)
            out += QStringLiteral("%1: %2   ").arg(status).arg(count);
    }
    out += QLatin1Char('\n');
    if (const QString answer = sourceAnswerSentence(figures.answer); !answer.isEmpty())
        out += SummaryText::tr("Answer        %1\n").arg(answer);
    if (!figures.routerErrors.empty()) {
        out += SummaryText::tr("Router errors (x_cf_routererror)\n");
        for (std::size_t i = 0; i < std::min<std::size_t>(figures.routerErrors.size(), 10); ++i)
            out += QStringLiteral("  %1  %2\n")
                       .arg(figures.routerErrors[i].second, 10)
                       .arg(qs(figures.routerErrors[i].first));
    }

    out += SummaryText::tr("Error classes\n");
    out += errorClassLines(figures.classes);
    out += SummaryText::tr("\nFiles: %1 read, %2 ignored\n").arg(figures.filesRead).arg(figures.filesIgnored);
    out += QStringLiteral("  %1 %2 %3 %4 %5  %6\n")
               .arg(SummaryText::tr("KIND"), -16)
               .arg(SummaryText::tr("ROUTER/CELL"), -24)
               .arg(SummaryText::tr("LINES"), 10)
               .arg(SummaryText::tr("RECORDS"), 10)
               .arg(SummaryText::tr("SKIPPED"), 8)
               .arg(SummaryText::tr("PATH"));
    for (const auto& file : report.files) {
        if (file.ignored != IgnoreReason::None)
            continue;
        out += QStringLiteral("  %1 %2 %3 %4 %5  %6\n")
                   .arg(qs(fileKindId(file.kind)), -16)
                   .arg(qs(file.identity).left(24), -24)
                   .arg(file.lines, 10)
                   .arg(file.records, 10)
                   .arg(file.skippedLines(), 8)
                   .arg(qs(file.path));
    }
    bool anySkipped = false;
    for (const auto& file : report.files) {
        for (const auto& group : file.skipped) {
            if (!anySkipped)
                out += SummaryText::tr("\nSkipped lines\n");
            anySkipped = true;
            out += SummaryText::tr("  %1: %2 line(s): %3\n")
                       .arg(qs(file.path))
                       .arg(group.count)
                       .arg(describe(group.reason, group.otherKind));
            for (const auto& example : group.examples)
                out += SummaryText::tr("      line %1: %2\n").arg(example.line).arg(qs(example.text));
        }
    }
    bool anyForeign = false;
    for (const auto& file : report.files) {
        if (file.foreignLines == 0)
            continue;
        if (!anyForeign)
            out += SummaryText::tr("\nLines of other programs in captures (not records, not problems)\n");
        anyForeign = true;
        out += SummaryText::tr("  %1: %2 line(s), e.g. line %3: %4\n")
                   .arg(qs(file.path))
                   .arg(file.foreignLines)
                   .arg(file.foreignExample.line)
                   .arg(qs(file.foreignExample.text));
    }
    if (!report.problems.empty()) {
        out += SummaryText::tr("\nBundle problems\n");
        for (const auto& problem : report.problems)
            out += QStringLiteral("  %1: %2%3\n")
                       .arg(qs(problem.path), describe(problem.issue),
                            problem.detail.empty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(qs(problem.detail)));
    }
    if (figures.filesIgnored != 0) {
        out += SummaryText::tr("\nIgnored files\n");
        for (const auto& file : report.files) {
            if (file.ignored != IgnoreReason::None)
                out += QStringLiteral("  %1: %2\n").arg(qs(file.path), describe(file.ignored));
        }
    }
    out += SummaryText::tr("\nImported %1 MB of text (%2 lines) in %3 s: %4\n")
               .arg(static_cast<double>(report.bytes) / 1e6, 0, 'f', 1)
               .arg(report.lines)
               .arg(report.seconds, 0, 'f', 3)
               .arg(throughput(report.bytes, report.lines, report.seconds));
    return out.toStdString();
}

std::string summaryJson(const Incident& incident, const SummaryFigures& figures)
{
    const ImportReport& report = incident.report;
    const auto& t = incident.tables;
    std::string out;
    JsonWriter json(out);
    json.beginObject();
    json.key("inputs").beginArray();
    for (const auto& input : report.inputs)
        json.value(input);
    json.endArray();
    json.key("files").beginArray();
    for (const auto& file : report.files) {
        json.beginObject();
        json.key("path").value(file.path);
        json.key("kind").value(fileKindId(file.kind));
        json.key("router").value(file.identity);
        json.key("logical_log").value(file.logicalLog);
        json.key("generation").value(file.generation);
        json.key("lines").value(file.lines);
        json.key("records").value(file.records);
        json.key("bytes").value(file.bytes);
        json.key("stored_bytes").value(file.storedBytes);
        json.key("seconds").value(file.seconds);
        json.key("truncated").value(file.truncated);
        json.key("first").value(timeText(file.first));
        json.key("last").value(timeText(file.last));
        json.key("ignored");
        if (file.ignored == IgnoreReason::None) {
            json.null();
        } else {
            json.beginObject();
            json.key("reason").value(ignoreReasonId(file.ignored));
            json.key("text").value(describe(file.ignored).toStdString());
            json.key("first_line").value(file.ignoredDetail);
            json.endObject();
        }
        json.key("foreign_lines").value(file.foreignLines);
        if (file.foreignLines != 0) {
            json.key("foreign_example").beginObject();
            json.key("line").value(file.foreignExample.line);
            json.key("text").value(file.foreignExample.text);
            json.endObject();
        }
        writeVariant(json, file.variant);
        json.key("skipped").beginArray();
        for (const auto& group : file.skipped) {
            json.beginObject();
            json.key("reason").value(skipReasonId(group.reason));
            if (group.reason == SkipReason::UnexpectedKind)
                json.key("line_kind").value(fileKindId(group.otherKind));
            json.key("text").value(describe(group.reason, group.otherKind).toStdString());
            json.key("count").value(group.count);
            json.key("examples").beginArray();
            for (const auto& example : group.examples) {
                json.beginObject();
                json.key("line").value(example.line);
                json.key("text").value(example.text);
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("problems").beginArray();
    for (const auto& problem : report.problems) {
        json.beginObject();
        json.key("path").value(problem.path);
        json.key("issue").value(bundleIssueId(problem.issue));
        json.key("text").value(describe(problem.issue).toStdString());
        json.key("detail").value(problem.detail);
        json.endObject();
    }
    json.endArray();
    json.key("requests").value(static_cast<std::uint64_t>(t.requests.size()));
    json.key("events").value(static_cast<std::uint64_t>(t.events.size()));
    json.key("stderr_lines").value(static_cast<std::uint64_t>(t.stderrLines.size()));
    json.key("container_events").value(static_cast<std::uint64_t>(t.containers.size()));
    json.key("lager_lines").value(static_cast<std::uint64_t>(t.lager.size()));
    json.key("route_snapshots").value(static_cast<std::uint64_t>(t.routeSnapshots.size()));
    json.key("lrp_snapshots").value(static_cast<std::uint64_t>(t.lrpSnapshots.size()));
    json.key("routers").beginArray();
    for (const auto& [identity, count] : figures.requestsPerIdentity) {
        json.beginObject();
        json.key("name").value(incident.identity(identity).display);
        json.key("requests").value(count);
        json.endObject();
    }
    json.endArray();
    json.key("time_span").beginObject();
    json.key("from").value(timeText(incident.begin));
    json.key("to").value(timeText(incident.end));
    json.endObject();
    json.key("status").beginObject();
    for (const auto& [status, count] : figures.statuses)
        json.key(status == 0 ? std::string("none") : std::to_string(status)).value(count);
    json.endObject();
    json.key("selected_requests").value(figures.selected);
    json.key("classes").beginObject();
    for (std::size_t c = 0; c < figures.classes.size(); ++c) {
        if (figures.classes[c] != 0)
            json.key(errorClassId(static_cast<ErrorClass>(c))).value(figures.classes[c]);
    }
    json.endObject();
    json.key("sources").beginObject();
    for (std::size_t k = 0; k < figures.sources.size(); ++k)
        json.key(sourceId(static_cast<Source>(k))).value(figures.sources[k]);
    json.endObject();
    json.key("load_balancer").beginObject();
    json.key("records").value(figures.lbRecords);
    json.key("joined_by_id").value(figures.lbById);
    json.key("joined_by_time").value(figures.lbByTime);
    json.key("ambiguous").value(figures.lbAmbiguous);
    json.key("never_reached_gorouter").value(figures.lbNeverReached);
    json.key("status_disagreements").value(figures.lbStatusDisagreements);
    json.endObject();
    json.key("app_logs").beginObject();
    json.key("records").value(figures.appRecords);
    json.key("errors").value(figures.appErrors);
    json.key("joined_by_id").value(figures.appById);
    json.key("joined_near").value(figures.appNear);
    json.key("ambiguous").value(figures.appAmbiguous);
    json.endObject();
    // The guide's first question: where most 502s (else most failures) came from.
    json.key("answer").beginObject();
    json.key("status").value(static_cast<std::uint64_t>(figures.answer.status));
    json.key("failures").value(figures.answer.total);
    static constexpr std::array<std::string_view, kAnswerSourceCount> kAnswerIds = {
        "infrastructure", "platform", "app_or_platform", "app", "client"};
    for (std::size_t k = 0; k < kAnswerSourceCount; ++k)
        json.key(kAnswerIds[k]).value(figures.answer.counts[k]);
    json.key("sentence").value(sourceAnswerSentence(figures.answer).toStdString());
    json.endObject();
    json.key("router_errors").beginObject();
    for (const auto& [text, count] : figures.routerErrors)
        json.key(text).value(count);
    json.endObject();
    json.key("skipped_lines").value(report.skippedLines());
    json.key("files_read").value(static_cast<std::uint64_t>(figures.filesRead));
    json.key("files_ignored").value(static_cast<std::uint64_t>(figures.filesIgnored));
    json.key("lines").value(report.lines);
    json.key("bytes").value(report.bytes);
    json.key("seconds").value(report.seconds);
    json.key("bytes_per_second")
        .value(report.seconds > 0 ? static_cast<double>(report.bytes) / report.seconds : 0.0);
    json.key("cancelled").value(report.cancelled);
    // Heap held by the columns and the string pool, beside the retained file bytes.
    const std::size_t heap = incident.heapBytes();
    json.key("heap_bytes").value(static_cast<std::uint64_t>(heap));
    json.key("heap_bytes_per_request")
        .value(t.requests.size() == 0 ? 0.0
                                      : static_cast<double>(heap) / static_cast<double>(t.requests.size()));
    json.endObject();
    out += '\n';
    return out;
}

} // namespace rs::cli
