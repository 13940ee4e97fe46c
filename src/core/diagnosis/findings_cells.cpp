// Findings from the cells' logs: container crashes and exits near failures of the same instance.
#include "core/diagnosis/findings_rules.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace rs::findings {

// A crash or exit of an instance within ±2 min of failures at that instance links the
// failures to the container, which the access log alone cannot show. Failed attempts at the
// instance count too: the request may have recovered on another instance.
void containerCrashes(Context& c)
{
    constexpr TimeNs kNear = 2 * kMinute;
    const ContainerEventTable& ct = c.incident.tables.containers;
    const RequestTable& r = c.requests();
    const RouterEventTable& e = c.incident.tables.events;
    // Instance guid -> its addresses, from LRPs (host IP:port) and from the requests themselves.
    std::unordered_map<std::string, std::set<std::string>> addresses;
    for (const auto& snap : c.incident.tables.lrpSnapshots)
        for (const auto& row : snap.rows)
            for (const auto& port : row.ports) {
                if (port.hostPort != 0)
                    addresses[row.instanceGuid].insert(row.address + ":" + std::to_string(port.hostPort));
                if (port.hostTlsProxyPort != 0)
                    addresses[row.instanceGuid].insert(row.address + ":" +
                                                       std::to_string(port.hostTlsProxyPort));
            }
    for (std::size_t row = 0; row < r.size(); ++row)
        if (r.instanceId[row] != 0 && r.backend[row] != 0)
            addresses[std::string(c.str(r.instanceId[row]))].emplace(c.str(r.backend[row]));

    // Failed or recovered requests by start time, so that each crash looks at its ±2 min only.
    std::vector<std::uint32_t> byTime;
    for (std::size_t row = 0; row < r.size(); ++row)
        if (r.start[row] != kNoTime && (isFailure(c.cls(row)) || c.cls(row) == ErrorClass::Recovered))
            byTime.push_back(static_cast<std::uint32_t>(row));
    std::stable_sort(byTime.begin(), byTime.end(), [&](auto a, auto b) { return r.start[a] < r.start[b]; });

    struct Crash {
        Finding finding;
        std::vector<std::uint32_t> rows;
        std::set<std::string> apps;
    };
    std::map<std::string, Crash> byInstance;
    for (std::size_t ce = 0; ce < ct.size(); ++ce) {
        if (ct.kind[ce] != ContainerEventKind::Crashed && ct.kind[ce] != ContainerEventKind::Exited)
            continue;
        if (ct.time[ce] == kNoTime || ct.instanceGuid[ce] == 0)
            continue;
        const std::string guid(c.str(ct.instanceGuid[ce]));
        const auto& addrs = addresses[guid];
        const TimeNs t = ct.time[ce];
        Crash& crash = byInstance[guid];
        Finding& f = crash.finding;
        bool any = false;
        auto first = std::lower_bound(byTime.begin(), byTime.end(), t - kNear,
                                      [&](std::uint32_t row, TimeNs value) { return r.start[row] < value; });
        for (auto it = first; it != byTime.end() && r.start[*it] <= t + kNear; ++it) {
            const std::uint32_t row = *it;
            bool hit = isFailure(c.cls(row)) &&
                       (c.str(r.instanceId[row]) == guid || addrs.count(std::string(c.str(r.backend[row]))));
            c.forAttempts(row, [&](std::uint32_t ev) {
                if (c.str(e.instanceId[ev]) == guid || addrs.count(std::string(c.str(e.endpoint[ev])))) {
                    hit = true;
                    cappedPush(f.evidence.events, ev);
                }
            });
            if (hit) {
                any = true;
                crash.rows.push_back(row);
                if (r.appId[row] != 0 && c.str(r.instanceId[row]) == guid)
                    crash.apps.insert(c.apps.appLabel(c.str(r.appId[row])));
            }
        }
        if (any)
            cappedPush(f.evidence.containerEvents, ce);
    }
    for (auto& [guid, crash] : byInstance) {
        Finding& f = crash.finding;
        if (f.evidence.containerEvents.empty())
            continue;
        setRequests(c, f, std::move(crash.rows));
        f.id = std::string(findingKindId(FindingKind::ContainerCrashes)) + ":" + guid;
        f.kind = FindingKind::ContainerCrashes;
        f.severity = Severity::Critical;
        bool oom = false;
        QStringList reasons;
        std::set<std::string> cells;
        TimeNs crashedAt = kNoTime;
        for (std::uint32_t ce : f.evidence.containerEvents) {
            crashedAt = crashedAt == kNoTime ? ct.time[ce] : std::min(crashedAt, ct.time[ce]);
            oom = oom || ct.oom[ce];
            const QString reason = q(c.str(ct.reason[ce]));
            if (!reason.isEmpty() && !reasons.contains(reason))
                reasons << reason;
            cells.insert(c.incident.identity(ct.identity[ce]).display);
        }
        std::string app = c.apps.instanceAppLabel(guid);
        if (app.empty() && crash.apps.size() == 1)
            app = *crash.apps.begin();
        f.title = FindingText::tr("Instance %1 of %2 crashed or exited at %3: %4")
                      .arg(q(shortId(guid)), app.empty() ? FindingText::tr("an unknown app") : q(app),
                           clock(crashedAt), countPhrase(f));
        f.explanation =
            (oom ? FindingText::tr("The container ran out of memory. ") : QString()) +
            FindingText::tr(
                "The instance's container on %1 crashed or exited at %2 UTC, within two minutes of failures "
                "at its address: the router kept sending requests to it until it was unregistered or pruned. "
                "Look at the app's crash reason and logs (cf events, cf logs --recent). Reasons: %3.")
                .arg(joined(cells, 2), clock(crashedAt),
                     reasons.isEmpty() ? FindingText::tr("none logged") : reasons.join(QStringLiteral("; ")));
        // The window's cursor goes to the crash itself (kept inside the replayed span by finish);
        // the requests are around it.
        f.cursor = crashedAt;
        finish(c, f);
        for (std::uint32_t ce : f.evidence.containerEvents) {
            f.from = f.from == kNoTime ? ct.time[ce] : std::min(f.from, ct.time[ce]);
            f.to = f.to == kNoTime ? ct.time[ce] : std::max(f.to, ct.time[ce]);
        }
        c.out.push_back(std::move(f));
    }
}

} // namespace rs::findings
