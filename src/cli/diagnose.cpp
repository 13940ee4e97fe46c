#include "cli/diagnose.h"

#include "cli/jsonwriter.h"
#include "core/diagnosis/findings.h"
#include "core/diagnosis/routetable.h"
#include "core/diagnosis/staleroutes.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct DiagnoseText {
    Q_DECLARE_TR_FUNCTIONS(DiagnoseText)
};

namespace rs::cli {
namespace {

constexpr std::size_t kExampleRequests = 5;

QString qs(std::string_view s)
{
    const std::string safe = escapeForDisplay(s);
    return QString::fromUtf8(safe.data(), static_cast<qsizetype>(safe.size()));
}

std::string timeText(TimeNs t)
{
    return t == kNoTime ? std::string("-") : formatTimeUtc(t);
}

std::string routerNames(const Incident& incident, const std::vector<IdentityIndex>& routers)
{
    std::string names;
    for (const IdentityIndex router : routers) {
        if (!names.empty())
            names += ", ";
        names += incident.identity(router).display;
    }
    return names;
}

void writeRouterList(JsonWriter& json, const Incident& incident, const std::vector<IdentityIndex>& routers)
{
    json.beginArray();
    for (const IdentityIndex router : routers)
        json.value(incident.identity(router).display);
    json.endArray();
}

std::string_view confidenceId(Confidence confidence)
{
    return confidence == Confidence::Certain ? "certain" : "likely";
}

} // namespace

std::string diagnoseText(const Incident& incident, const Diagnosis& diagnosis)
{
    const RouteAnalysis routes = analyseRoutes(incident);
    const std::vector<Finding> findings = computeFindings(incident, diagnosis, routes);
    const auto& [stale, diffs, flapping] = routes;
    const RequestTable& requests = incident.tables.requests;

    QString out;
    out += DiagnoseText::tr("Findings (%1)\n").arg(findings.size());
    if (findings.empty())
        out += DiagnoseText::tr("  nothing stands out\n");
    for (const Finding& finding : findings) {
        out += QStringLiteral("\n  [%1, %2%3] %4\n")
                   .arg(qs(severityId(finding.severity)), qs(impactId(finding.impact)),
                        finding.certain ? QString() : DiagnoseText::tr(", likely"), finding.title);
        if (finding.from != kNoTime)
            out +=
                DiagnoseText::tr("      %1 … %2\n").arg(qs(timeText(finding.from)), qs(timeText(finding.to)));
        out += QStringLiteral("      %1\n").arg(finding.explanation);
        for (std::size_t i = 0; i < std::min(kExampleRequests, finding.evidence.requests.size()); ++i) {
            const std::uint32_t row = finding.evidence.requests[i];
            out += DiagnoseText::tr("      e.g. %1 %2 %3: %4\n")
                       .arg(qs(incident.requestIdText(requests.requestId[row])),
                            qs(formatTimeUtc(requests.start[row])), qs(incident.str(requests.host[row])),
                            qs(evidenceText(incident, diagnosis, row)));
        }
    }

    out += DiagnoseText::tr("\nStale route-table endpoints (%1)\n").arg(stale.size());
    for (const StaleEndpoint& endpoint : stale) {
        out +=
            QStringLiteral("  %1  %2 %3  %4 (%5)%6\n")
                .arg(qs(incident.identity(endpoint.router).display), qs(endpoint.route), qs(endpoint.address),
                     qs(staleReasonId(endpoint.reason)), qs(confidenceId(endpoint.confidence)),
                     endpoint.ownerInstanceId.empty()
                         ? QString()
                         : DiagnoseText::tr(", address now held by %1").arg(qs(endpoint.ownerInstanceId)));
        if (!endpoint.note.isEmpty())
            out += QStringLiteral("      %1\n").arg(endpoint.note);
    }
    out += DiagnoseText::tr("\nEndpoints that differ between routers' dumps (%1)\n").arg(diffs.size());
    for (const RouterDiffEntry& diff : diffs)
        out += DiagnoseText::tr("  %1 %2  on: %3  missing on: %4\n")
                   .arg(qs(diff.route), qs(diff.address), qs(routerNames(incident, diff.presentOn)),
                        qs(routerNames(incident, diff.absentOn)));
    out += DiagnoseText::tr("\nEndpoints pruned and registered again and again (%1)\n").arg(flapping.size());
    for (const Flapping& f : flapping)
        out += DiagnoseText::tr("  %1  %2 %3  %4 prunes, %5 registrations, %6 … %7\n")
                   .arg(qs(incident.identity(f.router).display), qs(f.route), qs(f.address))
                   .arg(f.prunes)
                   .arg(f.registrations)
                   .arg(qs(timeText(f.first)), qs(timeText(f.last)));
    return out.toStdString();
}

std::string diagnoseJson(const Incident& incident, const Diagnosis& diagnosis)
{
    const RouteAnalysis routes = analyseRoutes(incident);
    const std::vector<Finding> findings = computeFindings(incident, diagnosis, routes);
    const auto& [stale, diffs, flapping] = routes;
    const RequestTable& requests = incident.tables.requests;

    std::string out;
    JsonWriter json(out);
    json.beginObject();
    json.key("findings").beginArray();
    for (const Finding& finding : findings) {
        json.beginObject();
        json.key("id").value(finding.id);
        json.key("kind").value(findingKindId(finding.kind));
        json.key("severity").value(severityId(finding.severity));
        json.key("title").value(finding.title.toStdString());
        json.key("explanation").value(finding.explanation.toStdString());
        json.key("count").value(finding.count);
        json.key("from").value(timeText(finding.from));
        json.key("to").value(timeText(finding.to));
        // What the count is and what clients saw of it (DESIGN.md §6 ranking).
        json.key("impact").value(impactId(finding.impact));
        json.key("unit").value(finding.unit == CountUnit::Requests     ? "requests"
                               : finding.unit == CountUnit::LbRequests ? "lb_requests"
                                                                       : "endpoints");
        json.key("counts").beginObject();
        json.key("requests").value(finding.counts.requests);
        json.key("client_failures").value(finding.counts.clientFailures);
        json.key("recovered").value(finding.counts.recovered);
        json.key("endpoints").value(finding.counts.endpoints);
        json.endObject();
        json.key("certain").value(finding.certain);
        json.key("evidence_capped").value(finding.evidenceCapped);
        json.key("cursor").value(timeText(finding.cursor));
        json.key("route_endpoints").beginArray();
        for (const FindingEndpoint& endpoint : finding.endpoints) {
            json.beginObject();
            json.key("router").value(incident.identity(endpoint.router).display);
            json.key("route").value(endpoint.route);
            json.key("address").value(endpoint.address);
            json.endObject();
        }
        json.endArray();
        json.key("example_requests").beginArray();
        for (std::size_t i = 0; i < std::min(kExampleRequests, finding.evidence.requests.size()); ++i) {
            const std::uint32_t row = finding.evidence.requests[i];
            json.beginObject();
            json.key("vcap_request_id").value(incident.requestIdText(requests.requestId[row]));
            json.key("start").value(formatTimeUtc(requests.start[row]));
            json.key("evidence").value(evidenceText(incident, diagnosis, row));
            json.endObject();
        }
        json.endArray();
        json.key("evidence_requests").value(static_cast<std::uint64_t>(finding.evidence.requests.size()));
        json.key("evidence_events").value(static_cast<std::uint64_t>(finding.evidence.events.size()));
        json.endObject();
    }
    json.endArray();
    json.key("stale_endpoints").beginArray();
    for (const StaleEndpoint& endpoint : stale) {
        json.beginObject();
        json.key("router").value(incident.identity(endpoint.router).display);
        json.key("route").value(endpoint.route);
        json.key("address").value(endpoint.address);
        json.key("instance_id").value(endpoint.instanceId);
        json.key("reason").value(staleReasonId(endpoint.reason));
        json.key("owner_instance_id").value(endpoint.ownerInstanceId);
        json.key("confidence").value(confidenceId(endpoint.confidence));
        json.key("note").value(endpoint.note.toStdString());
        json.key("file").value(incident.filePath(endpoint.file));
        json.endObject();
    }
    json.endArray();
    json.key("router_diffs").beginArray();
    for (const RouterDiffEntry& diff : diffs) {
        json.beginObject();
        json.key("route").value(diff.route);
        json.key("address").value(diff.address);
        json.key("instance_id").value(diff.instanceId);
        json.key("present_on");
        writeRouterList(json, incident, diff.presentOn);
        json.key("absent_on");
        writeRouterList(json, incident, diff.absentOn);
        json.endObject();
    }
    json.endArray();
    json.key("flapping_endpoints").beginArray();
    for (const Flapping& f : flapping) {
        json.beginObject();
        json.key("router").value(incident.identity(f.router).display);
        json.key("route").value(f.route);
        json.key("address").value(f.address);
        json.key("prunes").value(f.prunes);
        json.key("registrations").value(f.registrations);
        json.key("from").value(timeText(f.first));
        json.key("to").value(timeText(f.last));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    out += '\n';
    return out;
}

} // namespace rs::cli
