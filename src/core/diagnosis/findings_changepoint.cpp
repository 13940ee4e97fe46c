// The minute the failure rate stepped up, and what changed then.
#include "core/diagnosis/findings_rules.h"

namespace rs::findings {

// The minute where the failure rate stepped up the most: that minute's rate against the three
// minutes before. At least 20 failures in the minute, at least 1.5 times the rate before and
// five points more, so that noise on a quiet incident does not count.
void changePoint(Context& c)
{
    constexpr std::size_t kWindow = 3;
    constexpr std::uint64_t kMinFailures = 20;
    const RequestTable& r = c.requests();
    if (c.incident.begin == kNoTime || r.size() == 0)
        return;
    const TimeNs origin = c.incident.begin - c.incident.begin % kMinute;
    std::vector<std::uint64_t> total, failed;
    for (std::size_t row = 0; row < r.size(); ++row) {
        if (r.start[row] == kNoTime || r.start[row] < origin)
            continue;
        const auto m = static_cast<std::size_t>((r.start[row] - origin) / kMinute);
        if (m >= total.size()) {
            total.resize(m + 1);
            failed.resize(m + 1);
        }
        ++total[m];
        failed[m] += isFailure(c.cls(row)) ? 1 : 0;
    }
    double bestStep = 0;
    std::size_t best = 0;
    double bestBefore = 0, bestAfter = 0;
    for (std::size_t m = 1; m < total.size(); ++m) {
        std::uint64_t tb = 0, fb = 0;
        for (std::size_t k = m >= kWindow ? m - kWindow : 0; k < m; ++k) {
            tb += total[k];
            fb += failed[k];
        }
        const std::uint64_t ta = total[m], fa = failed[m];
        if (tb == 0 || ta == 0 || fa < kMinFailures)
            continue;
        const double before = static_cast<double>(fb) / static_cast<double>(tb);
        const double after = static_cast<double>(fa) / static_cast<double>(ta);
        if (after < 1.5 * before || after - before < 0.05)
            continue;
        if (after - before > bestStep) {
            bestStep = after - before;
            best = m;
            bestBefore = before;
            bestAfter = after;
        }
    }
    if (best == 0)
        return;
    Finding f;
    f.id = std::string(findingKindId(FindingKind::ChangePoint));
    f.kind = FindingKind::ChangePoint;
    f.severity = Severity::Warning;
    f.from = origin + static_cast<TimeNs>(best) * kMinute;
    f.to = f.from + kMinute;
    std::vector<std::uint32_t> rows;
    for (std::size_t row = 0; row < r.size(); ++row)
        if (r.start[row] >= f.from && r.start[row] < f.to && isFailure(c.cls(row)))
            rows.push_back(static_cast<std::uint32_t>(row));
    setRequests(c, f, std::move(rows));
    // The evidence is inclusive: the span ends with the minute's last failure.
    f.to = f.from;
    for (const std::uint32_t row : f.evidence.requests)
        f.to = std::max(f.to, r.start[row]);
    // What changed: route-table changes in that minute and container lifecycle around it.
    const RouterEventTable& e = c.incident.tables.events;
    std::uint64_t registrations = 0, removals = 0, crashes = 0;
    const TimeNs minuteEnd = f.from + kMinute;
    for (std::size_t ev = 0; ev < e.size(); ++ev) {
        if (e.time[ev] < f.from || e.time[ev] >= minuteEnd)
            continue;
        const RouterMessage m = e.message[ev];
        const bool registration =
            m == RouterMessage::EndpointRegistered || m == RouterMessage::RouteRegistered;
        if (!registration && !isRemoval(m))
            continue;
        (registration ? registrations : removals) += 1;
        cappedPush(f.evidence.events, ev);
    }
    const ContainerEventTable& ct = c.incident.tables.containers;
    for (std::size_t ce = 0; ce < ct.size(); ++ce) {
        const ContainerEventKind k = ct.kind[ce];
        if (ct.time[ce] < f.from - kMinute || ct.time[ce] >= minuteEnd)
            continue;
        if (k == ContainerEventKind::Crashed || k == ContainerEventKind::Exited ||
            k == ContainerEventKind::Unhealthy || k == ContainerEventKind::Stopping) {
            ++crashes;
            cappedPush(f.evidence.containerEvents, ce);
        }
    }
    f.title = FindingText::tr("Failure rate stepped up from %1% to %2% at %3: %4")
                  .arg(bestBefore * 100, 0, 'f', 1)
                  .arg(bestAfter * 100, 0, 'f', 1)
                  .arg(clock(f.from), countPhrase(f));
    f.explanation =
        FindingText::tr("In that minute the routers logged %1 registrations and %2 unregistrations or "
                        "prunes, and the cells %3 container crashes, exits or health failures (from "
                        "the minute before). Start the investigation there: what was deployed, "
                        "restarted or scaled at that time.")
            .arg(registrations)
            .arg(removals)
            .arg(crashes);
    finish(c, f);
    c.out.push_back(std::move(f));
}

} // namespace rs::findings
