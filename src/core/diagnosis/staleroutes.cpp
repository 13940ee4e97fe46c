#include "core/diagnosis/staleroutes.h"

#include "core/diagnosis/appnames.h"
#include "core/diagnosis/capturetime.h"
#include "core/diagnosis/staleroutesdetail.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct StaleRouteText {
    Q_DECLARE_TR_FUNCTIONS(StaleRouteText)
};

namespace rs {

namespace {

using detail::holdsPorts;
using detail::serves;
using detail::splitAddress;

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// What the LRP snapshots say, the latest snapshot winning where they overlap.
struct LrpIndex {
    std::unordered_map<std::string, const LrpRow*> byInstance;
    std::map<std::pair<std::string, std::uint32_t>, const LrpRow*> byAddress; // (ip, port) -> holder

    explicit LrpIndex(const Incident& incident)
    {
        std::vector<const LrpSnapshot*> snaps;
        for (const LrpSnapshot& s : incident.tables.lrpSnapshots)
            snaps.push_back(&s);
        std::stable_sort(snaps.begin(), snaps.end(),
                         [](const LrpSnapshot* a, const LrpSnapshot* b) { return a->takenAt < b->takenAt; });
        for (const LrpSnapshot* snap : snaps)
            for (const LrpRow& row : snap->rows) {
                if (row.instanceGuid.empty())
                    continue;
                byInstance[row.instanceGuid] = &row;
                if (!holdsPorts(row))
                    continue;
                for (const LrpPort& p : row.ports) {
                    for (const std::uint32_t port : {p.hostPort, p.hostTlsProxyPort})
                        if (port && !row.address.empty())
                            byAddress[{row.address, port}] = &row;
                    // Diego may advertise the container address instead of the cell's.
                    for (const std::uint32_t port : {p.containerPort, p.containerTlsProxyPort})
                        if (port && !row.instanceAddress.empty())
                            byAddress[{row.instanceAddress, port}] = &row;
                }
            }
    }
};

bool isAppEndpoint(const RouteEndpointRow& row)
{
    return row.tagComponent == "route-emitter" || !row.tagAppId.empty() || !row.tagProcessInstanceId.empty();
}

QString portsText(const LrpRow& row)
{
    QStringList parts;
    for (const LrpPort& p : row.ports)
        parts << StaleRouteText::tr("%1 (TLS %2)").arg(p.hostPort).arg(p.hostTlsProxyPort);
    return parts.join(QStringLiteral(", "));
}

} // namespace

// "10.0.1.5:61012" -> ("10.0.1.5", 61012); IPv6 endpoints come as "[::1]:61012".
bool detail::splitAddress(std::string_view address, std::string_view& host, std::uint32_t& port)
{
    const std::size_t colon = address.rfind(':');
    if (colon == std::string_view::npos || colon + 1 >= address.size())
        return false;
    host = address.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    const char* end = address.data() + address.size();
    const auto [ptr, ec] = std::from_chars(address.data() + colon + 1, end, port);
    return ec == std::errc() && ptr == end && !host.empty();
}

bool detail::holdsPorts(const LrpRow& row)
{
    // A CLAIMED container already has its ports; CRASHED and UNCLAIMED ones have none.
    return !row.instanceGuid.empty() && (row.state == "RUNNING" || row.state == "CLAIMED") &&
           (!row.address.empty() || !row.instanceAddress.empty());
}

// Whether `row` serves the endpoint: its cell IP with the host port (the host TLS proxy port
// for a TLS endpoint), or its container address with the container ports.
bool detail::serves(const LrpRow& row, std::string_view host, std::uint32_t port, Tri tls)
{
    for (const LrpPort& p : row.ports) {
        const bool plain = tls != Tri::True;
        const bool secure = tls != Tri::False;
        if (host == row.address &&
            ((plain && p.hostPort == port) || (secure && p.hostTlsProxyPort && p.hostTlsProxyPort == port)))
            return true;
        if (!row.instanceAddress.empty() && host == row.instanceAddress &&
            ((plain && p.containerPort == port) ||
             (secure && p.containerTlsProxyPort && p.containerTlsProxyPort == port)))
            return true;
    }
    return false;
}

std::string_view staleReasonId(StaleReason reason)
{
    switch (reason) {
    case StaleReason::AddressReused:
        return "address_reused";
    case StaleReason::PortMismatch:
        return "port_mismatch";
    case StaleReason::InstanceMissing:
        return "instance_missing";
    case StaleReason::InstanceIdMismatch:
        return "instance_id_mismatch";
    }
    return "unknown";
}

std::vector<StaleEndpoint> findStaleEndpoints(const Incident& incident)
{
    std::vector<StaleEndpoint> out;
    const bool haveLrps =
        std::any_of(incident.tables.lrpSnapshots.begin(), incident.tables.lrpSnapshots.end(),
                    [](const LrpSnapshot& s) { return !s.rows.empty(); });
    const LrpIndex lrps(incident);
    const auto& snaps = incident.tables.routeSnapshots;
    for (std::size_t s = 0; s < snaps.size(); ++s) {
        const RouteSnapshot& snap = snaps[s];
        for (std::size_t r = 0; r < snap.rows.size(); ++r) {
            const RouteEndpointRow& row = snap.rows[r];
            const auto report = [&](StaleReason reason, Confidence confidence, std::string instance,
                                    std::string owner, QString note) {
                StaleEndpoint e;
                e.router = snap.identity;
                e.route = row.route;
                e.address = row.address;
                e.instanceId = std::move(instance);
                e.ownerInstanceId = std::move(owner);
                e.reason = reason;
                e.confidence = confidence;
                e.note = std::move(note);
                e.snapshotRow = r;
                e.snapshot = s;
                e.file = snap.file;
                out.push_back(std::move(e));
            };
            if (!row.privateInstanceId.empty() && !row.tagProcessInstanceId.empty() &&
                row.privateInstanceId != row.tagProcessInstanceId)
                report(StaleReason::InstanceIdMismatch, Confidence::Certain, row.tagProcessInstanceId,
                       row.privateInstanceId,
                       StaleRouteText::tr("private_instance_id %1 differs from tags.process_instance_id %2: "
                                          "the registration mixes two instances")
                           .arg(q(row.privateInstanceId), q(row.tagProcessInstanceId)));

            // Platform components (UAA, Doppler, …) are registered by route_registrar: not LRPs.
            if (!haveLrps || !isAppEndpoint(row))
                continue;
            const std::string instance =
                row.tagProcessInstanceId.empty() ? row.privateInstanceId : row.tagProcessInstanceId;
            std::string_view host;
            std::uint32_t port = 0;
            if (instance.empty() || !splitAddress(row.address, host, port))
                continue;

            const auto holder = lrps.byAddress.find({std::string(host), port});
            if (holder != lrps.byAddress.end() && holder->second->instanceGuid != instance) {
                const LrpRow& owner = *holder->second;
                report(StaleReason::AddressReused, Confidence::Certain, instance, owner.instanceGuid,
                       StaleRouteText::tr("%1 now belongs to instance %2 (index %3 of %4): requests for this "
                                          "route reach another instance")
                           .arg(q(row.address), q(owner.instanceGuid))
                           .arg(owner.index)
                           .arg(q(owner.processGuid)));
                continue;
            }
            const auto own = lrps.byInstance.find(instance);
            if (own != lrps.byInstance.end() && holdsPorts(*own->second)) {
                if (serves(*own->second, host, port, row.tls))
                    continue;
                report(
                    StaleReason::PortMismatch, Confidence::Certain, instance, {},
                    StaleRouteText::tr("instance %1 runs on %2 with host ports %3, not on %4")
                        .arg(q(instance), q(own->second->address), portsText(*own->second), q(row.address)));
                continue;
            }
            report(StaleReason::InstanceMissing, Confidence::Likely, instance, {},
                   own != lrps.byInstance.end()
                       ? StaleRouteText::tr("instance %1 is %2 in the LRPs, not running")
                             .arg(q(instance), q(own->second->state))
                       : StaleRouteText::tr("instance %1 is in no LRP; the LRP dump may be partial, so this "
                                            "is likely but not certain")
                             .arg(q(instance)));
        }
    }
    if (!out.empty()) {
        // When each reason began, from the same evidence the route table's marks use.
        const StaleMarks marks(incident);
        const CaptureTimes captured = captureTimes(incident);
        const AppDirectory names(incident);
        for (StaleEndpoint& e : out) {
            e.ownerAppName = std::string(names.nameOfInstance(e.ownerInstanceId));
            // The dump shows the end state: judge it then, even if its capture time is earlier.
            const TimeNs at = std::max(captured.routes[e.snapshot].at, incident.end);
            const auto mark = marks.staleMarkAt(e.router, e.route, e.address, e.instanceId, at,
                                                snaps[e.snapshot].rows[e.snapshotRow].tls);
            if (mark && mark->reason == e.reason)
                e.since = mark->since;
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](const StaleEndpoint& a, const StaleEndpoint& b) {
        const auto key = [&](const StaleEndpoint& e) {
            return std::tie(incident.identity(e.router).display, e.route, e.address, e.reason, e.snapshot,
                            e.snapshotRow);
        };
        return key(a) < key(b);
    });
    return out;
}

} // namespace rs
