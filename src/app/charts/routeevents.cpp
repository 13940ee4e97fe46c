#include "app/charts/routeevents.h"

#include "app/filter/viewdata.h"
#include "core/util/textescape.h"

#include <QCoreApplication>

#include <algorithm>
#include <string_view>

namespace rs {
namespace {

bool contains(const std::vector<std::string>& values, std::string_view value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

// A registration's uri is "host" or "host/path"; the filter's hosts are request hosts.
std::string_view hostOf(std::string_view uri)
{
    return uri.substr(0, uri.find('/'));
}

} // namespace

std::optional<RouteEventKind> routeEventKind(RouterMessage message)
{
    switch (message) {
    case RouterMessage::EndpointRegistered:
    case RouterMessage::RouteRegistered:
        return RouteEventKind::Registered;
    case RouterMessage::EndpointUnregistered:
    case RouterMessage::RouteUnregistered:
    case RouterMessage::UnregisterRoute:
        return RouteEventKind::Unregistered;
    case RouterMessage::PrunedRoute:
    case RouterMessage::PruneFailedEndpoint:
        return RouteEventKind::Pruned;
    default:
        return std::nullopt;
    }
}

QString routeEventKindTitle(RouteEventKind kind)
{
    switch (kind) {
    case RouteEventKind::Registered:
        return QCoreApplication::translate("rs::RouteEvents", "Endpoint registered");
    case RouteEventKind::Unregistered:
        return QCoreApplication::translate("rs::RouteEvents", "Endpoint unregistered");
    case RouteEventKind::Pruned:
        return QCoreApplication::translate("rs::RouteEvents", "Endpoint pruned");
    }
    return {};
}

std::vector<std::uint32_t> routeEventRows(const ViewData& data)
{
    const Incident& incident = data.incident();
    const RouterEventTable& events = incident.tables.events;
    const Filter& filter = data.filter;
    const TimeNs from = data.viewFrom();
    const TimeNs to = data.viewTo();
    std::vector<std::uint8_t> routerAllowed;
    if (!filter.routers.empty()) {
        const auto& identities = incident.tables.identities;
        routerAllowed.assign(identities.size(), 0);
        for (std::size_t i = 0; i < identities.size(); ++i) {
            routerAllowed[i] = contains(filter.routers, identities[i].display) ||
                               (!identities[i].id.empty() && contains(filter.routers, identities[i].id));
        }
    }
    std::vector<std::uint32_t> rows;
    for (std::size_t row = 0; row < events.size(); ++row) {
        if (!routeEventKind(events.message[row]))
            continue;
        const TimeNs t = events.time[row];
        if (t == kNoTime || (from != kNoTime && t < from) || (to != kNoTime && t >= to))
            continue;
        if (!routerAllowed.empty() && !routerAllowed[events.identity[row]])
            continue;
        if (!filter.hosts.empty() && !contains(filter.hosts, hostOf(incident.str(events.uri[row]))))
            continue;
        if (!filter.apps.empty() && !contains(filter.apps, incident.str(events.appId[row])))
            continue;
        if (!filter.backends.empty() && !contains(filter.backends, incident.str(events.endpoint[row])))
            continue;
        rows.push_back(static_cast<std::uint32_t>(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [&events](std::uint32_t a, std::uint32_t b) { return events.time[a] < events.time[b]; });
    return rows;
}

QString routeEventSummary(const ViewData& data, std::uint32_t row)
{
    const Incident& incident = data.incident();
    const RouterEventTable& events = incident.tables.events;
    const auto kind = routeEventKind(events.message[row]);
    QStringList parts;
    parts << (kind ? routeEventKindTitle(*kind) : QString());
    parts << QString::fromStdString(incident.identity(events.identity[row]).display);
    for (const StringPool::Id id : {events.uri[row], events.endpoint[row]}) {
        const std::string_view text = incident.str(id);
        if (!text.empty())
            parts << QString::fromStdString(escapeForDisplay(text, 200));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace rs
