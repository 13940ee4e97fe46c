// Findings from the load balancers in front of Gorouter: failures no router saw, and statuses
// the LB and Gorouter disagree on (the troubleshooting guide's first question: infrastructure,
// platform or app?).
#include "core/diagnosis/findings_rules.h"

#include <QStringList>

#include <array>
#include <map>

namespace rs::findings {
namespace {

QString lbClassTitle(LbClass cls)
{
    switch (cls) {
    case LbClass::Timeout:
        return FindingText::tr("timed out waiting for a router");
    case LbClass::ConnectionError:
        return FindingText::tr("could not connect to a router");
    case LbClass::NoBackendResponse:
    case LbClass::None:
        break;
    }
    return FindingText::tr("got no response from a router");
}

void widen(Finding& f, TimeNs t)
{
    if (t == kNoTime)
        return;
    f.from = f.from == kNoTime ? t : std::min(f.from, t);
    f.to = f.to == kNoTime ? t : std::max(f.to, t);
}

void neverReached(Context& c)
{
    const LbTable& lb = c.incident.tables.lb;
    const LbDiagnosis& d = c.diagnosis.lb;
    Finding f;
    std::array<std::uint64_t, kLbClassCount> byClass{};
    std::uint64_t count = 0;
    for (std::size_t row = 0; row < d.size(); ++row) {
        if (d.lbClass[row] == LbClass::None || d.join[row] != LbJoin::None)
            continue;
        ++count;
        ++byClass[static_cast<std::size_t>(d.lbClass[row])];
        cappedPush(f.evidence.lbRows, row);
        widen(f, lb.start[row]);
    }
    if (count == 0)
        return;
    f.id = "lb_answered";
    f.kind = FindingKind::LbAnswered;
    f.severity = Severity::Critical;
    f.unit = CountUnit::LbRequests;
    f.counts.lbRequests = count;
    f.count = count;
    f.impact = Impact::ClientFailures;
    f.evidenceCapped = count > kMaxFindingEvidence;
    f.title = FindingText::tr("%Ln failed request(s) never reached Gorouter (load balancer answered)",
                              nullptr, static_cast<int>(std::min<std::uint64_t>(count, INT32_MAX)));
    QStringList parts;
    for (std::size_t k = 1; k < kLbClassCount; ++k)
        if (byClass[k] > 0)
            parts << FindingText::tr("%L1 %2").arg(byClass[k]).arg(lbClassTitle(static_cast<LbClass>(k)));
    f.explanation =
        FindingText::tr("The load balancer answered these requests with 502, 503 or 504 itself, and no "
                        "Gorouter access line belongs to them: the traffic did not reach a router (%1). Look "
                        "at the load balancer's health checks and the routers' availability (drains, "
                        "restarts, network) in that time; the apps are not the cause.")
            .arg(parts.join(QStringLiteral(", ")));
    if (d.ambiguousFailures > 0)
        f.explanation +=
            QLatin1Char(' ') +
            FindingText::tr("%Ln more LB-answered failure(s) fitted several router requests and are "
                            "not counted.",
                            nullptr,
                            static_cast<int>(std::min<std::uint64_t>(d.ambiguousFailures, INT32_MAX)));
    finish(c, f);
    c.out.push_back(std::move(f));
}

void statusDiffers(Context& c)
{
    const LbDiagnosis& d = c.diagnosis.lb;
    const LbTable& lb = c.incident.tables.lb;
    std::vector<std::uint32_t> rows;
    std::uint64_t lbAnswered = 0, failedForClients = 0;
    for (std::size_t row = 0; row < d.size(); ++row) {
        if (!d.disagrees(c.incident, row))
            continue;
        rows.push_back(d.request[row]);
        lbAnswered += d.lbClass[row] != LbClass::None ? 1 : 0;
        // The client got the LB's status, whatever Gorouter logged.
        failedForClients += lb.status[row] >= 500 ? 1 : 0;
    }
    if (rows.empty())
        return;
    Finding f;
    f.id = "lb_status_differs";
    f.kind = FindingKind::LbStatusDiffers;
    f.severity = Severity::Warning;
    setRequests(c, f, rows);
    f.counts.clientFailures = std::min<std::uint64_t>(failedForClients, f.counts.requests);
    f.counts.recovered = std::min(f.counts.recovered, f.counts.requests - f.counts.clientFailures);
    f.impact = f.counts.clientFailures > 0 ? Impact::ClientFailures : f.impact;
    f.title = FindingText::tr("Load balancer and Gorouter disagree on the status of %Ln request(s)", nullptr,
                              static_cast<int>(std::min<std::uint64_t>(f.count, INT32_MAX)));
    f.explanation = FindingText::tr(
        "The load balancer sent these clients another status than the one Gorouter logged for the same "
        "request. %Ln of them the load balancer answered on its own (a timeout or a lost connection while "
        "Gorouter still waited for the app): compare the load balancer's timeouts with Gorouter's and the "
        "app's response times.",
        nullptr, static_cast<int>(std::min<std::uint64_t>(lbAnswered, INT32_MAX)));
    finish(c, f);
    c.out.push_back(std::move(f));
}

// A target the LB could not connect to (or that closed before answering) again and again is a
// router that was down or unreachable for the LB: one finding per target, from its first such
// failure to its last. Timeouts are left out: a slow app makes them through a healthy router.
void unhealthyTargets(Context& c)
{
    constexpr std::size_t kMinFailures = 3;
    const LbTable& lb = c.incident.tables.lb;
    const LbDiagnosis& d = c.diagnosis.lb;
    std::map<StringPool::Id, std::vector<std::uint32_t>> byTarget;
    for (std::size_t row = 0; row < d.size(); ++row)
        if (lb.target[row] != StringPool::kEmpty &&
            (d.lbClass[row] == LbClass::ConnectionError || d.lbClass[row] == LbClass::NoBackendResponse))
            byTarget[lb.target[row]].push_back(static_cast<std::uint32_t>(row));
    for (const auto& [target, rows] : byTarget) {
        if (rows.size() < kMinFailures)
            continue;
        Finding f;
        f.id = "lb_target_unhealthy:" + std::string(c.str(target));
        f.kind = FindingKind::LbTargetUnhealthy;
        f.severity = Severity::Critical;
        f.unit = CountUnit::LbRequests;
        f.counts.lbRequests = rows.size();
        f.count = rows.size();
        f.impact = Impact::ClientFailures;
        f.evidenceCapped = rows.size() > kMaxFindingEvidence;
        for (const std::uint32_t row : rows) {
            cappedPush(f.evidence.lbRows, row);
            widen(f, lb.start[row]);
        }
        f.title = FindingText::tr("LB target %1 (a router) unhealthy from %2 to %3")
                      .arg(q(c.str(target)), clock(f.from), clock(f.to));
        f.explanation = FindingText::tr(
            "The load balancer could not get a response from this target %Ln time(s): connections refused or "
            "closed before an answer. The router behind it was stopped, draining, restarting or unreachable "
            "while the load balancer still sent it traffic; compare with the router's own logs and the load "
            "balancer's health-check settings.",
            nullptr, static_cast<int>(std::min<std::size_t>(rows.size(), INT32_MAX)));
        finish(c, f);
        c.out.push_back(std::move(f));
    }
}

} // namespace

void loadBalancers(Context& c)
{
    if (c.diagnosis.lb.size() == 0)
        return;
    neverReached(c);
    statusDiffers(c);
    unhealthyTargets(c);
}

} // namespace rs::findings
