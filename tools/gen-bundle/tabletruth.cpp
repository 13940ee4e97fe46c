#include "tabletruth.h"

#include <algorithm>
#include <set>

namespace rs::gen {

namespace {

bool alive(const Instance& inst, TimeNs t)
{
    return inst.created <= t && t < inst.stopped;
}

// Running at the end in the cfdot capture (CLAIMED or RUNNING with ports).
bool inCapture(const World& w, const Instance& inst)
{
    return alive(inst, w.t1) && w.apps[static_cast<std::size_t>(inst.app)].deletedAt > w.t1;
}

} // namespace

std::vector<TimeNs> tableSampleTimes(const World& w)
{
    TimeNs limit = w.t1;
    for (const RouterVm& r : w.routers)
        limit = std::min(limit, r.dumpAt);
    limit -= kSecond;
    std::vector<TimeNs> out;
    const auto add = [&](TimeNs t) {
        if (t > w.t0 + kSecond && t < limit)
            out.push_back(t);
    };
    for (int k = 1; k < 10; ++k)
        add(w.t0 + (limit - w.t0) * k / 10);
    for (const Instance& inst : w.instances) {
        if (inst.stopKind == StopKind::Crash && inst.stopped < w.t1) {
            add(inst.stopped - kSecond); // before the crash: nothing stale yet
            add(inst.stopped + kSecond);
        }
        if (inst.created > w.t0 && inst.created < w.t1) {
            add(inst.healthy - kSecond); // before a new container takes an address
            add(inst.healthy + kSecond);
        }
    }
    // Just after re-registrations of endpoints of stopped instances: back after a prune.
    int reRegistrations = 0;
    for (const RegMsg& m : w.regMsgs) {
        if (m.unregister || m.ep.kind != EpKind::Instance || reRegistrations >= 12)
            continue;
        const Instance& inst = w.instances[static_cast<std::size_t>(m.ep.id)];
        if (m.t >= inst.stopped) {
            add(m.t + kMs);
            ++reRegistrations;
        }
    }
    for (const RouterVm& r : w.routers)
        for (const Interval& down : r.natsDown)
            add(down.to + 5 * kSecond);
    // Before an address is reused: the last moment its earlier holder ran (nothing stale yet,
    // on the routers that will miss its removal too).
    for (const Instance& next : w.instances) {
        if (next.created <= w.t0 || next.created >= w.t1)
            continue;
        for (const int other : w.instancesByCell[static_cast<std::size_t>(next.cell)]) {
            const Instance& earlier = w.instances[static_cast<std::size_t>(other)];
            if (&earlier != &next && earlier.stopped <= next.created && earlier.block == next.block)
                add(earlier.stopped - kSecond);
        }
    }
    // Just after the first registrations a router hears when NATS is back, from instances
    // started while it was away: where it missed removals, the new holder of an address
    // registers beside the stale entry.
    int afterOutage = 0;
    for (const RouterVm& r : w.routers)
        for (const Interval& down : r.natsDown) {
            std::set<int> seen;
            for (const RegMsg& m : w.regMsgs) {
                if (m.t < down.to || m.unregister || m.ep.kind != EpKind::Instance || afterOutage >= 8)
                    continue;
                const Instance& inst = w.instances[static_cast<std::size_t>(m.ep.id)];
                if (inst.created >= down.from && inst.created < down.to && seen.insert(m.ep.id).second) {
                    add(m.t + kMs);
                    ++afterOutage;
                }
            }
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string staleReasonAt(const World& w, EpRef ep, std::uint32_t ip, std::uint16_t port, TimeNs at)
{
    int id = -1;
    if (ep.kind == EpKind::Instance)
        id = ep.id;
    else if (ep.kind == EpKind::Stray)
        id = w.strayEps[static_cast<std::size_t>(ep.id)].instance;
    if (id < 0)
        return "none"; // platform components are not LRPs
    const Instance& inst = w.instances[static_cast<std::size_t>(id)];
    for (std::size_t c = 0; c < w.cells.size(); ++c) {
        if (w.cells[c].ip != ip)
            continue;
        for (const int other : w.instancesByCell[c]) {
            const Instance& o = w.instances[static_cast<std::size_t>(other)];
            if (other != id && inCapture(w, o) && o.healthy <= at &&
                (o.hostPort() == port || o.tlsPort() == port))
                return "address_reused";
        }
    }
    if (at >= inst.stopped) {
        if (inst.stopKind == StopKind::CellLost) {
            // Known once the other routers pruned it for want of registrations.
            const TimeNs pruned = inst.stopped + w.staleThreshold + w.pruneInterval + 2 * kSecond;
            return at >= pruned ? "instance_missing" : "";
        }
        return "instance_missing";
    }
    if (inst.unregistered <= at && !inCapture(w, inst))
        return "instance_missing"; // unregistered on the other routers, and gone from the LRPs
    if (inCapture(w, inst) && inst.healthy <= at && port != inst.hostPort() && port != inst.tlsPort())
        return "port_mismatch";
    return "none";
}

} // namespace rs::gen
