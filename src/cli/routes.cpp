#include "cli/routes.h"

#include "cli/jsonwriter.h"
#include "core/diagnosis/capturetime.h"
#include "core/diagnosis/routetable.h"
#include "core/diagnosis/staleroutes.h"
#include "core/util/textescape.h"
#include "core/util/timeparse.h"

#include <QCoreApplication>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct RoutesText {
    Q_DECLARE_TR_FUNCTIONS(RoutesText)
};

namespace rs::cli {
namespace {

struct RouterTable {
    IdentityIndex router = 0;
    std::vector<MarkedEndpoint> endpoints; // by route, then address
};

std::vector<RouterTable> tables(const Incident& incident, TimeNs at, const std::optional<std::string>& wanted)
{
    const RouteTableReplay replay(incident);
    const StaleMarks marks(incident);
    std::vector<RouterTable> out;
    for (const IdentityIndex router : replay.routers()) {
        const IdentityInfo& info = incident.identity(router);
        if (wanted && info.display != *wanted && info.id != *wanted)
            continue;
        out.push_back({router, markedTableAt(replay, marks, router, at)});
    }
    return out;
}

void timeOrNull(JsonWriter& j, TimeNs t)
{
    if (t == kNoTime)
        j.null();
    else
        j.value(formatTimeUtc(t));
}

std::string_view tlsText(Tri tls)
{
    return tls == Tri::True ? "tls" : tls == Tri::False ? "plain" : "?";
}

QString qs(std::string_view s)
{
    const std::string safe = escapeForDisplay(s);
    return QString::fromUtf8(safe.data(), static_cast<qsizetype>(safe.size()));
}

} // namespace

std::string routesJson(const Incident& incident, TimeNs at, const std::optional<std::string>& router)
{
    std::string out;
    JsonWriter j(out);
    j.beginObject().key("at").value(formatTimeUtc(at)).key("routers").beginArray();
    for (const RouterTable& table : tables(incident, at, router)) {
        j.beginObject()
            .key("router")
            .value(incident.identity(table.router).display)
            .key("routes")
            .beginArray();
        for (std::size_t i = 0; i < table.endpoints.size();) {
            const std::string& route = table.endpoints[i].endpoint.route;
            j.beginObject().key("route").value(route).key("endpoints").beginArray();
            for (; i < table.endpoints.size() && table.endpoints[i].endpoint.route == route; ++i) {
                const TableEndpoint& e = table.endpoints[i].endpoint;
                j.beginObject()
                    .key("address")
                    .value(e.address)
                    .key("instance_id")
                    .value(e.instanceId)
                    .key("app_id")
                    .value(e.appId)
                    .key("app_name")
                    .value(e.appName)
                    .key("tls");
                if (e.tls == Tri::Unknown)
                    j.null();
                else
                    j.value(e.tls == Tri::True);
                j.key("registered_since");
                timeOrNull(j, e.registeredSince);
                j.key("stale");
                if (const auto& mark = table.endpoints[i].stale) {
                    j.beginObject()
                        .key("reason")
                        .value(staleReasonId(mark->reason))
                        .key("certain")
                        .value(mark->confidence == Confidence::Certain)
                        .key("since");
                    timeOrNull(j, mark->since);
                    j.key("owner");
                    if (mark->reason == StaleReason::AddressReused)
                        j.beginObject()
                            .key("app_name")
                            .value(mark->ownerAppName)
                            .key("instance_id")
                            .value(mark->ownerInstanceId)
                            .endObject();
                    else
                        j.null();
                    j.endObject();
                } else {
                    j.null();
                }
                j.endObject();
            }
            j.endArray().endObject();
        }
        j.endArray().endObject();
    }
    j.endArray().endObject();
    out += '\n';
    return out;
}

std::string routesText(const Incident& incident, TimeNs at, const std::optional<std::string>& router)
{
    QString out;
    const auto all = tables(incident, at, router);
    if (all.empty())
        out +=
            router
                ? RoutesText::tr("No route table of %1 (no dump or registration events).\n").arg(qs(*router))
                : RoutesText::tr("No route-table dumps or registration events in this bundle.\n");
    const CaptureTimes captured = captureTimes(incident);
    for (const RouterTable& table : all) {
        out +=
            RoutesText::tr("%1 at %2\n")
                .arg(qs(incident.identity(table.router).display), QString::fromStdString(formatTimeUtc(at)));
        const auto& snaps = incident.tables.routeSnapshots;
        for (std::size_t s = 0; s < snaps.size(); ++s)
            if (snaps[s].identity == table.router)
                out += RoutesText::tr("  dump captured at %1 (time from: %2)\n")
                           .arg(QString::fromStdString(formatTimeUtc(captured.routes[s].at)),
                                QString::fromUtf8(captureSourceId(captured.routes[s].source).data()));
        if (table.endpoints.empty())
            out += RoutesText::tr("  (no routes)\n");
        std::string route;
        for (const MarkedEndpoint& m : table.endpoints) {
            const TableEndpoint& e = m.endpoint;
            if (e.route != route) {
                route = e.route;
                out += QStringLiteral("  %1\n").arg(qs(route));
            }
            const QString app = e.appName.empty() ? qs(e.appId) : qs(e.appName);
            QString line =
                QStringLiteral("    %1  %2  %3  %4")
                    .arg(qs(e.address), qs(tlsText(e.tls)), app.isEmpty() ? QStringLiteral("-") : app,
                         e.instanceId.empty() ? QStringLiteral("-") : qs(e.instanceId));
            if (e.registeredSince != kNoTime)
                line += RoutesText::tr("  registered %1")
                            .arg(QString::fromStdString(formatTimeUtc(e.registeredSince)));
            if (const auto& mark = m.stale) {
                const QString certainty = mark->confidence == Confidence::Certain ? RoutesText::tr("certain")
                                                                                  : RoutesText::tr("likely");
                line += RoutesText::tr("  STALE %1 (%2) since %3")
                            .arg(QString::fromUtf8(staleReasonId(mark->reason).data()), certainty,
                                 QString::fromStdString(formatTimeUtc(mark->since)));
                if (mark->reason == StaleReason::AddressReused)
                    line += RoutesText::tr(", now %1 instance %2")
                                .arg(mark->ownerAppName.empty() ? RoutesText::tr("another app")
                                                                : qs(mark->ownerAppName),
                                     qs(mark->ownerInstanceId));
            }
            out += line + QLatin1Char('\n');
        }
    }
    return out.toStdString();
}

} // namespace rs::cli
