#include "core/report/incidentreport.h"

#include "core/diagnosis/explanations.h"
#include "core/query/aggregates.h"
#include "core/query/classnames.h"
#include "core/query/filterformat.h"
#include "core/report/sourceanswer.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>

// lupdate needs the context outside the namespace.
struct IncidentReportText {
    Q_DECLARE_TR_FUNCTIONS(IncidentReportText)
};

namespace rs {
namespace {

// Log text as plain, displayable text: control bytes and invalid UTF-8 escaped, cut.
QString logText(std::string_view text, std::size_t limit = 300)
{
    if (text.empty())
        return QStringLiteral("-");
    const std::string escaped = escapeForDisplay(text, limit);
    return QString::fromUtf8(escaped.data(), static_cast<qsizetype>(escaped.size()));
}

QString idText(std::string_view id)
{
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

// Milliseconds are enough to read; the raw lines keep the nanoseconds.
QString timeText(TimeNs t)
{
    if (t == kNoTime)
        return QStringLiteral("-");
    const std::string full = formatTimeUtc(t);
    return QString::fromStdString(full.substr(0, 23)) + QLatin1Char('Z');
}

QString count(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString percent(std::uint64_t part, std::uint64_t whole)
{
    if (whole == 0)
        return QStringLiteral("0%");
    return QLocale().toString(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f', 1) +
           QLatin1Char('%');
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return IncidentReportText::tr("Critical");
    case Severity::Warning:
        return IncidentReportText::tr("Warning");
    case Severity::Info:
        return IncidentReportText::tr("Information");
    }
    return {};
}

QString impactText(Impact impact)
{
    switch (impact) {
    case Impact::ClientFailures:
        return IncidentReportText::tr("failed for clients");
    case Impact::HiddenByRetry:
        return IncidentReportText::tr("hidden by retries");
    case Impact::Other:
        return IncidentReportText::tr("no failure for clients");
    }
    return {};
}

QString routerName(const Incident& incident, IdentityIndex router)
{
    return router < incident.tables.identities.size() ? logText(incident.identity(router).display)
                                                      : QStringLiteral("-");
}

struct Counts {
    std::array<std::uint64_t, kErrorClassCount> byClass{};
    std::array<std::uint64_t, kSourceCount> failuresBySource{};
    std::uint64_t failures = 0;
    std::vector<std::uint32_t> failed;
};

Counts countSelection(const Analysis& analysis, const Selection& selection)
{
    Counts c;
    const Diagnosis& d = analysis.diagnosis;
    for (const auto row : selection.rows) {
        const auto cls = static_cast<std::size_t>(d.errorClass[row]);
        ++c.byClass[cls];
        if (query::isFailureClass(cls)) {
            ++c.failures;
            ++c.failuresBySource[static_cast<std::size_t>(d.source[row])];
            c.failed.push_back(row);
        }
    }
    return c;
}

QStringList requestRow(const Analysis& analysis, std::uint32_t row)
{
    const Incident& incident = *analysis.incident;
    const RequestTable& t = incident.tables.requests;
    return {logText(incident.requestIdText(t.requestId[row])),
            timeText(t.start[row]),
            routerName(incident, t.identity[row]),
            logText(incident.str(t.host[row])),
            t.status[row] == 0 ? QStringLiteral("-") : QString::number(t.status[row]),
            idText(errorClassId(analysis.diagnosis.errorClass[row])),
            logText(incident.str(t.backend[row])),
            logText(evidenceText(incident, analysis.diagnosis, row))};
}

QStringList requestHeader()
{
    return {IncidentReportText::tr("vcap_request_id"), IncidentReportText::tr("Start (UTC)"),
            IncidentReportText::tr("Router"),          IncidentReportText::tr("Host"),
            IncidentReportText::tr("Status"),          IncidentReportText::tr("Class"),
            IncidentReportText::tr("Backend"),         IncidentReportText::tr("Evidence")};
}

ReportSection summarySection(const Analysis& analysis, const Selection& selection)
{
    ReportSection s{QStringLiteral("summary"), IncidentReportText::tr("Summary"), {}};
    s.blocks.push_back(ReportParagraph{incidentSummary(analysis, selection), true});
    s.blocks.push_back(
        ReportChart{QStringLiteral("timeline"),
                    IncidentReportText::tr("Requests over time by status, failures by class")});
    s.blocks.push_back(
        ReportChart{QStringLiteral("backends"), IncidentReportText::tr("Failures per backend by class")});
    return s;
}

ReportSection classSection(const Counts& counts, std::uint64_t requests)
{
    ReportSection s{QStringLiteral("classes"), IncidentReportText::tr("Error classes"), {}};
    ReportTable table;
    table.header = {IncidentReportText::tr("Class"), IncidentReportText::tr("Requests"),
                    IncidentReportText::tr("Share"), IncidentReportText::tr("Likely source"),
                    IncidentReportText::tr("What it means")};
    table.numericColumns = {1, 2};
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (counts.byClass[c] > 0)
            order.push_back(c);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return counts.byClass[a] > counts.byClass[b]; });
    for (const std::size_t c : order) {
        const auto cls = static_cast<ErrorClass>(c);
        table.rows.push_back(
            {classTitle(cls) + QStringLiteral(" (") + idText(errorClassId(cls)) + QLatin1Char(')'),
             count(counts.byClass[c]), percent(counts.byClass[c], requests), sourceTitle(sourceOf(cls)),
             classExplanation(cls)});
    }
    s.blocks.push_back(
        ReportChart{QStringLiteral("classes"), IncidentReportText::tr("Failures by error class")});
    s.blocks.push_back(std::move(table));
    return s;
}

ReportSection findingsSection(const Analysis& analysis, const ReportOptions& options)
{
    ReportSection s{QStringLiteral("findings"), IncidentReportText::tr("Findings"), {}};
    if (analysis.findings.empty()) {
        s.blocks.push_back(ReportParagraph{
            IncidentReportText::tr("RouteScope found nothing that looks like a routing problem.")});
        return s;
    }
    s.blocks.push_back(ReportParagraph{IncidentReportText::tr(
        "Findings describe the whole bundle, ranked by impact on clients: failed requests clients "
        "received first, then failed attempts a retry hid, then the rest. Each says what it counts.")});
    for (const Finding& finding : analysis.findings) {
        s.blocks.push_back(ReportSubheading{
            IncidentReportText::tr("%1 (%2%3): %4")
                .arg(severityText(finding.severity), impactText(finding.impact),
                     finding.certain ? QString() : IncidentReportText::tr(", likely"), finding.title)});
        QString facts = finding.explanation;
        if (finding.from != kNoTime)
            facts +=
                QLatin1Char(' ') +
                IncidentReportText::tr("From %1 to %2.").arg(timeText(finding.from), timeText(finding.to));
        s.blocks.push_back(ReportParagraph{facts});
        const auto& rows = finding.evidence.requests;
        if (rows.empty())
            continue;
        ReportTable table;
        table.header = requestHeader();
        for (std::size_t i = 0; i < rows.size() && i < options.examples; ++i)
            table.rows.push_back(requestRow(analysis, rows[i]));
        if (rows.size() > options.examples)
            table.caption = IncidentReportText::tr("%1 more requests are evidence of this finding.")
                                .arg(count(rows.size() - options.examples));
        s.blocks.push_back(std::move(table));
    }
    return s;
}

ReportSection routesSection(const Analysis& analysis)
{
    const Incident& incident = *analysis.incident;
    ReportSection s{
        QStringLiteral("routes"), IncidentReportText::tr("Stale routes and route-table differences"), {}};
    if (analysis.routes.stale.empty() && analysis.routes.diffs.empty() && analysis.routes.flapping.empty()) {
        s.blocks.push_back(ReportParagraph{
            incident.tables.routeSnapshots.empty()
                ? IncidentReportText::tr(
                      "The bundle has no route-table dumps; stale routes cannot be checked.")
                : IncidentReportText::tr(
                      "Every endpoint of the route-table dumps matches a running instance, and the routers "
                      "agree.")});
        return s;
    }
    if (!analysis.routes.stale.empty()) {
        s.blocks.push_back(ReportSubheading{IncidentReportText::tr("Stale endpoints")});
        ReportTable table;
        table.header = {IncidentReportText::tr("Router"),  IncidentReportText::tr("Route"),
                        IncidentReportText::tr("Address"), IncidentReportText::tr("Instance"),
                        IncidentReportText::tr("Reason"),  IncidentReportText::tr("Note")};
        for (const StaleEndpoint& e : analysis.routes.stale) {
            table.rows.push_back({routerName(incident, e.router), logText(e.route), logText(e.address),
                                  logText(e.instanceId), idText(staleReasonId(e.reason)), e.note});
        }
        s.blocks.push_back(std::move(table));
    }
    if (!analysis.routes.diffs.empty()) {
        s.blocks.push_back(ReportSubheading{IncidentReportText::tr("Endpoints the routers disagree on")});
        ReportTable table;
        table.header = {IncidentReportText::tr("Route"), IncidentReportText::tr("Address"),
                        IncidentReportText::tr("Instance"), IncidentReportText::tr("Present on"),
                        IncidentReportText::tr("Absent on")};
        const auto names = [&](const std::vector<IdentityIndex>& routers) {
            QStringList out;
            for (const auto r : routers)
                out << routerName(incident, r);
            return out.join(QStringLiteral(", "));
        };
        for (const RouterDiffEntry& d : analysis.routes.diffs)
            table.rows.push_back({logText(d.route), logText(d.address), logText(d.instanceId),
                                  names(d.presentOn), names(d.absentOn)});
        s.blocks.push_back(std::move(table));
    }
    if (!analysis.routes.flapping.empty()) {
        s.blocks.push_back(
            ReportSubheading{IncidentReportText::tr("Flapping endpoints (pruned and registered again)")});
        ReportTable table;
        table.header = {IncidentReportText::tr("Router"),        IncidentReportText::tr("Route"),
                        IncidentReportText::tr("Address"),       IncidentReportText::tr("Prunes"),
                        IncidentReportText::tr("Registrations"), IncidentReportText::tr("First"),
                        IncidentReportText::tr("Last")};
        table.numericColumns = {3, 4};
        for (const Flapping& f : analysis.routes.flapping)
            table.rows.push_back({routerName(incident, f.router), logText(f.route), logText(f.address),
                                  QString::number(f.prunes), QString::number(f.registrations),
                                  timeText(f.first), timeText(f.last)});
        s.blocks.push_back(std::move(table));
    }
    return s;
}

ReportSection importSection(const Incident& incident)
{
    const ImportReport& report = incident.report;
    ReportSection s{QStringLiteral("import"), IncidentReportText::tr("What was read"), {}};
    s.blocks.push_back(
        ReportParagraph{IncidentReportText::tr("%1 files, %2 MB of text, %3 lines; %4 lines skipped.")
                            .arg(count(report.files.size()))
                            .arg(QLocale().toString(static_cast<double>(report.bytes) / 1e6, 'f', 1))
                            .arg(count(report.lines), count(report.skippedLines()))});
    ReportTable files;
    files.header = {IncidentReportText::tr("File"),          IncidentReportText::tr("Kind"),
                    IncidentReportText::tr("Router / cell"), IncidentReportText::tr("Lines"),
                    IncidentReportText::tr("Records"),       IncidentReportText::tr("Skipped")};
    files.numericColumns = {3, 4, 5};
    ReportTable skipped;
    skipped.header = {IncidentReportText::tr("File"), IncidentReportText::tr("Reason"),
                      IncidentReportText::tr("Lines"), IncidentReportText::tr("Example")};
    skipped.numericColumns = {2};
    for (const FileReport& file : report.files) {
        const QString kind =
            file.ignored != IgnoreReason::None ? describe(file.ignored) : kindName(file.kind);
        files.rows.push_back({logText(file.path), kind, logText(file.identity), count(file.lines),
                              count(file.records), count(file.skippedLines())});
        for (const SkipGroup& group : file.skipped) {
            const QString example =
                group.examples.empty()
                    ? QString()
                    : IncidentReportText::tr("line %1: %2")
                          .arg(count(group.examples.front().line), logText(group.examples.front().text, 200));
            skipped.rows.push_back(
                {logText(file.path), describe(group.reason, group.otherKind), count(group.count), example});
        }
    }
    s.blocks.push_back(std::move(files));
    if (!skipped.rows.empty()) {
        s.blocks.push_back(ReportSubheading{IncidentReportText::tr("Skipped lines")});
        s.blocks.push_back(std::move(skipped));
    }
    if (!report.problems.empty()) {
        s.blocks.push_back(ReportSubheading{IncidentReportText::tr("Problems with the bundle")});
        ReportTable problems;
        problems.header = {IncidentReportText::tr("Member"), IncidentReportText::tr("Problem"),
                           IncidentReportText::tr("Detail")};
        for (const BundleProblem& p : report.problems)
            problems.rows.push_back({logText(p.path), describe(p.issue), logText(p.detail)});
        s.blocks.push_back(std::move(problems));
    }
    return s;
}

ReportSection appendixSection(const Analysis& analysis, const Counts& counts, const ReportOptions& options)
{
    ReportSection s{QStringLiteral("appendix"), IncidentReportText::tr("Appendix: top failing requests"), {}};
    if (counts.failed.empty()) {
        s.blocks.push_back(ReportParagraph{IncidentReportText::tr("No request failed.")});
        return s;
    }
    // Requests that needed the most attempts first: they show the most of what went wrong.
    std::vector<std::uint32_t> rows = counts.failed;
    const Diagnosis& d = analysis.diagnosis;
    const auto& start = analysis.incident->tables.requests.start;
    std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
        return d.attemptsCount[a] != d.attemptsCount[b] ? d.attemptsCount[a] > d.attemptsCount[b]
                                                        : start[a] < start[b];
    });
    ReportTable table;
    table.header = requestHeader();
    for (std::size_t i = 0; i < rows.size() && i < options.appendixRows; ++i)
        table.rows.push_back(requestRow(analysis, rows[i]));
    if (rows.size() > options.appendixRows)
        table.caption = IncidentReportText::tr("%1 more failed requests are not listed.")
                            .arg(count(rows.size() - options.appendixRows));
    s.blocks.push_back(std::move(table));
    return s;
}

} // namespace

QStringList topFindingTitles(const std::vector<Finding>& findings, std::size_t limit)
{
    // Findings arrive ranked by impact on clients (rankFindings). Spread and change point
    // restate the totals of the summary's first sentences rather than name a cause.
    QStringList titles;
    for (const Finding& finding : findings) {
        if (static_cast<std::size_t>(titles.size()) == limit || finding.impact == Impact::Other)
            break;
        if (finding.kind == FindingKind::FailuresSpread || finding.kind == FindingKind::ChangePoint)
            continue;
        titles << finding.title;
    }
    return titles;
}

namespace {

QString topFindingsSentence(const std::vector<Finding>& findings)
{
    const QStringList titles = topFindingTitles(findings);
    if (titles.isEmpty())
        return {};
    return IncidentReportText::tr("Findings with the most impact on clients: %1.")
        .arg(titles.join(QStringLiteral("; ")));
}

} // namespace

QString incidentSummary(const Analysis& analysis, const Selection& selection)
{
    const Incident& incident = *analysis.incident;
    const Counts counts = countSelection(analysis, selection);
    const std::uint64_t requests = selection.rows.size();
    TimeNs first = kNoTime, last = kNoTime;
    for (const auto row : selection.rows) {
        const TimeNs t = incident.tables.requests.start[row];
        if (t == kNoTime)
            continue;
        first = first == kNoTime ? t : std::min(first, t);
        last = last == kNoTime ? t : std::max(last, t);
    }
    QStringList sentences;
    if (requests == 0) {
        sentences << IncidentReportText::tr("No requests match.");
        return sentences.join(QLatin1Char(' '));
    }
    sentences << IncidentReportText::tr("Between %1 and %2 UTC, %3 of %4 requests (%5) failed.")
                     .arg(timeText(first), timeText(last), count(counts.failures), count(requests),
                          percent(counts.failures, requests));
    if (counts.failures == 0) {
        sentences << IncidentReportText::tr(
            "Every request was answered as the app answered it; Gorouter reported no failure.");
        return sentences.join(QLatin1Char(' '));
    }
    if (const QString answer =
            sourceAnswerSentence(answerSources(incident, analysis.diagnosis, selection.rows));
        !answer.isEmpty())
        sentences << answer;
    std::vector<std::size_t> classes;
    for (std::size_t c = 0; c < kErrorClassCount; ++c) {
        if (query::isFailureClass(c) && counts.byClass[c] > 0)
            classes.push_back(c);
    }
    std::stable_sort(classes.begin(), classes.end(),
                     [&](std::size_t a, std::size_t b) { return counts.byClass[a] > counts.byClass[b]; });
    QStringList top;
    for (std::size_t i = 0; i < classes.size() && i < 3; ++i) {
        top << IncidentReportText::tr("%1 (%2)").arg(
            classTitle(static_cast<ErrorClass>(classes[i])).toLower(), count(counts.byClass[classes[i]]));
    }
    sentences << IncidentReportText::tr("Most failures were %1.").arg(top.join(QStringLiteral(", ")));
    const auto share = [&](std::initializer_list<Source> sources) {
        std::uint64_t n = 0;
        for (const Source source : sources)
            n += counts.failuresBySource[static_cast<std::size_t>(source)];
        return percent(n, counts.failures);
    };
    sentences << IncidentReportText::tr(
                     "By likely source: platform %1, app or platform %2, app %3, client %4.")
                     .arg(share({Source::Platform}), share({Source::AppOrPlatform}), share({Source::App}),
                          share({Source::Client, Source::ClientOrApp}));
    const auto backends = failuresByBackend(incident, Selection{counts.failed}, analysis.classColumns(), 1);
    if (!backends.empty() && backends.front().key != "-" && backends.front().total * 2 > counts.failures) {
        sentences << IncidentReportText::tr("Over half of them (%1) went to one backend, %2.")
                         .arg(count(backends.front().total), logText(backends.front().key));
    }
    if (const QString findings = topFindingsSentence(analysis.findings); !findings.isEmpty())
        sentences << findings;
    return sentences.join(QLatin1Char(' '));
}

ReportDocument buildIncidentReport(const Analysis& analysis, const Filter& filter,
                                   const ReportOptions& options)
{
    const Incident& incident = *analysis.incident;
    const Selection selection = select(incident, filter, analysis.classColumns());
    const Counts counts = countSelection(analysis, selection);
    ReportDocument doc;
    doc.title = options.title.isEmpty() ? IncidentReportText::tr("Gorouter incident report") : options.title;
    QStringList inputs;
    for (const auto& input : incident.report.inputs)
        inputs << logText(input);
    doc.subtitle =
        IncidentReportText::tr("%1 — %2 to %3 UTC")
            .arg(inputs.isEmpty() ? IncidentReportText::tr("(no input)") : inputs.join(QStringLiteral(", ")),
                 timeText(incident.begin), timeText(incident.end));
    const std::string expression = formatFilterExpression(filter);
    doc.facts << (expression.empty() ? IncidentReportText::tr("Filter: none (every request)")
                                     : IncidentReportText::tr("Filter: %1").arg(logText(expression, 2000)));
    doc.facts << IncidentReportText::tr("%1 requests in the report, %2 failed.")
                     .arg(count(selection.rows.size()), count(counts.failures));
    const TimeNs now = options.generatedAt != kNoTime
                           ? options.generatedAt
                           : QDateTime::currentMSecsSinceEpoch() * TimeNs{1'000'000};
    doc.facts << IncidentReportText::tr("Generated by RouteScope at %1 UTC.").arg(timeText(now));
    doc.sections.push_back(summarySection(analysis, selection));
    doc.sections.push_back(classSection(counts, selection.rows.size()));
    doc.sections.push_back(findingsSection(analysis, options));
    doc.sections.push_back(routesSection(analysis));
    doc.sections.push_back(importSection(incident));
    doc.sections.push_back(appendixSection(analysis, counts, options));
    return doc;
}

} // namespace rs
