// The incident script: which app breaks how and when. Every incident gets its own start
// time in the first part of the window; the stale-route story (a router's NATS outage
// while a cell is recreated) needs the last ~4 minutes so that its leftovers are still in
// the route dumps taken at the end.
#include "foundation.h"

#include <algorithm>

namespace rs::gen {

namespace {

class ScenarioBuilder {
public:
    ScenarioBuilder(World& world, Rng& rng, Placement& placement)
        : m_w(world)
        , m_rng(rng)
        , m_placement(placement)
        , m_busyUntil(world.apps.size(), world.t0)
    {
        for (int a = 0; a < static_cast<int>(world.apps.size()); ++a)
            if (a == m_w.roles.web || a == m_w.roles.crashMulti || a == m_w.roles.crashSingle || a >= 6)
                m_targets.push_back(a);
    }

    void build();

private:
    TimeNs at(double fraction) const
    {
        return m_w.t0 + static_cast<TimeNs>(static_cast<double>(m_region) * fraction);
    }
    TimeNs scaled(double seconds) const
    {
        // Incident durations shrink with short windows so that they stay one after the other.
        const double cap = static_cast<double>(m_region) / kSecond * 0.06;
        return static_cast<TimeNs>(std::max(8.0, std::min(seconds, cap)) * kSecond);
    }
    // Pruning failures empty the pool; the busiest app would drown the rest in no_endpoints.
    int pickTarget(TimeNs start, TimeNs end, bool allowWeb = true);
    int appRoute(int app) const { return m_w.apps[static_cast<std::size_t>(app)].routes.front(); }
    void fault(int app, FaultKind kind, TimeNs from, TimeNs to, double p, double rps,
               PathKind path = PathKind::Normal, double postShare = 0.1, int instanceIndex = -1);
    void traffic(int route, TimeNs from, TimeNs to, double rps, Special special = Special::None,
                 PathKind path = PathKind::Normal, double postShare = 0.1, double decay = 0);
    void crash(TimeNs tc);
    void deleteApp(TimeNs tu);
    void staleStory();
    std::vector<int> liveInstances(int app, TimeNs t) const;

    World& m_w;
    Rng& m_rng;
    Placement& m_placement;
    std::vector<TimeNs> m_busyUntil;
    std::vector<int> m_targets;
    std::size_t m_nextTarget = 0;
    TimeNs m_region = 0;
    TimeNs m_stale = 0;
    int m_crashRestarted = -1;
};

std::vector<int> ScenarioBuilder::liveInstances(int app, TimeNs t) const
{
    std::vector<int> ids;
    for (std::size_t i = 0; i < m_w.instances.size(); ++i) {
        const Instance& inst = m_w.instances[i];
        if (inst.app == app && inst.created <= t && t < inst.stopped)
            ids.push_back(static_cast<int>(i));
    }
    return ids;
}

int ScenarioBuilder::pickTarget(TimeNs start, TimeNs end, bool allowWeb)
{
    for (std::size_t k = 0; k < m_targets.size(); ++k) {
        const int app = m_targets[(m_nextTarget + k) % m_targets.size()];
        if (!allowWeb && app == m_w.roles.web)
            continue;
        if (m_busyUntil[static_cast<std::size_t>(app)] <= start) {
            m_nextTarget = (m_nextTarget + k + 1) % m_targets.size();
            m_busyUntil[static_cast<std::size_t>(app)] = end + 15 * kSecond;
            return app;
        }
    }
    const auto best = std::min_element(m_targets.begin(), m_targets.end(), [&](int a, int b) {
        return m_busyUntil[static_cast<std::size_t>(a)] < m_busyUntil[static_cast<std::size_t>(b)];
    });
    m_busyUntil[static_cast<std::size_t>(*best)] = end + 15 * kSecond;
    return *best;
}

void ScenarioBuilder::traffic(int route, TimeNs from, TimeNs to, double rps, Special special, PathKind path,
                              double postShare, double decay)
{
    TrafficSpec spec;
    spec.when = {from, std::min(to, m_w.t1)};
    spec.rps = rps;
    spec.route = route;
    spec.special = special;
    spec.path = path;
    spec.postShare = postShare;
    spec.decaySeconds = decay;
    if (spec.when.from < spec.when.to)
        m_w.traffic.push_back(spec);
}

void ScenarioBuilder::fault(int app, FaultKind kind, TimeNs from, TimeNs to, double p, double rps,
                            PathKind path, double postShare, int instanceIndex)
{
    Fault f;
    f.when = {from, to};
    f.app = app;
    f.kind = kind;
    f.p = p;
    f.path = path == PathKind::Normal ? PathKind::Any : path;
    f.instanceIndex = instanceIndex;
    m_w.faults.push_back(f);
    traffic(appRoute(app), from, to, rps, Special::None, path, postShare);
}

// An OOM kill on cell 0 takes one instance of a three-instance app and the only instance
// of another. The local route emitter lags behind the BBS events, so it keeps
// re-registering the dead endpoints: gorouter prunes them on the first refused dial and
// gets them back 20 s later (the "pruned and re-registered" pattern), the single-instance
// app answers 502 then 503 no_endpoints, and the multi-instance one recovers by retrying.
void ScenarioBuilder::crash(TimeNs tc)
{
    const TimeNs lag = std::min<TimeNs>(40 * kSecond, std::max<TimeNs>(12 * kSecond, m_region / 20));
    const int multi = m_w.roles.crashMulti;
    const int single = m_w.roles.crashSingle;
    for (int app : {multi, single}) {
        for (int id : liveInstances(app, tc)) {
            Instance& inst = m_w.instances[static_cast<std::size_t>(id)];
            if (inst.cell != 0 || (app == multi && inst.index != 2))
                continue;
            inst.stopped = tc + (app == multi ? 0 : 350 * kMs);
            inst.stopKind = StopKind::Crash;
            inst.unregistered = tc + lag;
            const int index = inst.index;
            const int crashes = inst.crashCount;
            const int fresh = addInstance(m_w, m_rng, m_placement, app, index, 0, tc + 2 * kSecond,
                                          tc + 8 * kSecond, tc + lag + 6 * kSecond);
            m_w.instances[static_cast<std::size_t>(fresh)].crashCount = crashes + 1;
            if (app == multi)
                m_crashRestarted = fresh;
        }
        m_busyUntil[static_cast<std::size_t>(app)] = tc + lag + 30 * kSecond;
        traffic(appRoute(app), tc, tc + lag + 20 * kSecond, 0.8);
    }
    // Cloud Controller restarts on one API VM at the same time: a non-TLS endpoint, so it is
    // marked ineligible instead of pruned.
    const int api = static_cast<int>(std::find_if(m_w.routes.begin(), m_w.routes.end(),
                                                  [](const Route& r) { return r.kind == RouteKind::Api; }) -
                                     m_w.routes.begin());
    Fault f;
    f.when = {tc + 5 * kSecond, tc + 25 * kSecond};
    f.platformRoute = api;
    f.instanceIndex = 0;
    f.kind = FaultKind::Refused;
    m_w.faults.push_back(f);
    traffic(api, f.when.from, f.when.to, 0.6);
}

// `cf delete`: the route goes away while clients keep calling it for a while.
void ScenarioBuilder::deleteApp(TimeNs tu)
{
    const int app = m_w.roles.deleted;
    for (int id : liveInstances(app, tu)) {
        Instance& inst = m_w.instances[static_cast<std::size_t>(id)];
        inst.unregistered = tu;
        inst.stopped = tu + 2 * kSecond;
        inst.stopKind = StopKind::Stop;
    }
    m_w.apps[static_cast<std::size_t>(app)].deletedAt = tu;
    traffic(appRoute(app), tu + kSecond, tu + 150 * kSecond, 1.0, Special::None, PathKind::Normal, 0.1, 45);
}

// Router 0 loses NATS; while it is away cell 1 is recreated. Nobody unregisters the lost
// instances (their emitter died with the VM); the other routers drop them by TTL, but
// router 0 has pruning suspended and refreshes them on reconnect. The recreated cell hands
// out ports from 61000 again, so router 0 keeps endpoints whose addresses now belong to
// other instances: hostname_mismatch 503s for the app that is called, stale entries
// (address_reused, instance_missing) for the idle app nobody calls.
void ScenarioBuilder::staleStory()
{
    const TimeNs end = m_w.t1;
    RouterVm& r0 = m_w.routers.front();
    r0.natsDown.push_back({end - 220 * kSecond, end - 100 * kSecond});
    const TimeNs g0 = end - 210 * kSecond;
    const TimeNs back = g0 + 60 * kSecond;
    CellVm& cell1 = m_w.cells[1];
    cell1.down = {g0, back};

    std::vector<int> lost;
    for (int id : m_w.instancesByCell[1]) {
        Instance& inst = m_w.instances[static_cast<std::size_t>(id)];
        if (inst.created <= g0 && g0 < inst.stopped) {
            inst.stopped = g0;
            inst.stopKind = StopKind::CellLost;
            lost.push_back(id);
        }
    }
    std::vector<std::pair<int, int>> lrps; // app, index: the LRPs the auctioneer re-places
    for (int id : lost)
        lrps.emplace_back(m_w.instances[static_cast<std::size_t>(id)].app,
                          m_w.instances[static_cast<std::size_t>(id)].index);
    for (std::size_t i = lrps.size(); i > 1; --i)
        std::swap(lrps[i - 1], lrps[m_rng.below(i)]);
    m_placement.pools[1].reset();
    for (std::size_t k = 0; k < lrps.size(); ++k) {
        // All but one go back to cell 1 (lowest blocks again); the last lands on cell 0,
        // which keeps the highest old block of cell 1 unused.
        const int cell = k + 1 < lrps.size() ? 1 : 0;
        const TimeNs created =
            back + (5 + 3 * static_cast<TimeNs>(k)) * kSecond + static_cast<TimeNs>(m_rng.below(900'000'000));
        addInstance(m_w, m_rng, m_placement, lrps[k].first, lrps[k].second, cell, created,
                    created + 6 * kSecond, created + 7 * kSecond);
    }
    traffic(appRoute(m_w.roles.staleHit), back + 28 * kSecond, end, 0.4);
}

void ScenarioBuilder::build()
{
    const TimeNs window = m_w.t1 - m_w.t0;
    m_stale = window >= 420 * kSecond ? 220 * kSecond : 0;
    m_region = window - m_stale;
    const Era era = m_w.era;
    const bool current = era == Era::Current;
    const bool pre2019 = era == Era::Pre2019;
    const int web = m_w.roles.web;

    // Planted port mismatch: a registration for the idle app's cell-0 instance that carries
    // a port the instance never had. Refreshed all along, so every router keeps it.
    {
        int idle = -1;
        for (int id : liveInstances(m_w.roles.staleIdle, m_w.t0))
            if (m_w.instances[static_cast<std::size_t>(id)].cell == 0)
                idle = id;
        const int block = m_placement.pools[0].peekNext() + 400;
        m_w.strayEps.push_back({idle, static_cast<std::uint16_t>(61000 + 4 * block + 2)});
    }

    if (!pre2019)
        traffic(-1, at(0.03), at(0.03) + scaled(15), 0.4, Special::EmptyHost);
    crash(at(0.06));

    struct Tls {
        double f;
        FaultKind kind;
        double seconds;
    };
    for (const Tls& t : {Tls{0.13, FaultKind::NonTls, 30}, Tls{0.18, FaultKind::Untrusted, 30},
                         Tls{0.23, FaultKind::RemoteBadCert, 30}, Tls{0.33, FaultKind::HandshakeTimeout, 40},
                         Tls{0.38, FaultKind::Expired, 40}}) {
        const TimeNs from = at(t.f);
        const TimeNs to = from + scaled(t.seconds);
        fault(pickTarget(from, to, false), t.kind, from, to, 1.0, 0.5);
    }
    {
        // UAA after a cipher-suite change: a platform route, so the source is the platform.
        const int uaa =
            static_cast<int>(std::find_if(m_w.routes.begin(), m_w.routes.end(),
                                          [](const Route& r) { return r.kind == RouteKind::Uaa; }) -
                             m_w.routes.begin());
        Fault f;
        f.when = {at(0.28), at(0.28) + scaled(25)};
        f.platformRoute = uaa;
        f.kind = FaultKind::RemoteHandshake;
        m_w.faults.push_back(f);
        traffic(uaa, f.when.from, f.when.to, 0.5);
    }
    {
        const TimeNs from = at(0.44), to = from + scaled(45);
        fault(pickTarget(from, to), FaultKind::KeepAliveRace, from, to, 0.45, 1.0, PathKind::Normal, 0.3);
    }
    if (current) {
        const TimeNs from = at(0.50), to = from + scaled(30);
        fault(pickTarget(from, to), FaultKind::Incomplete, from, to, 0.7, 0.6, PathKind::Upload, 1.0);
    }
    {
        const TimeNs from = at(0.55), to = from + scaled(60);
        fault(pickTarget(from, to), FaultKind::Timeout, from, to, 0.85, 0.3, PathKind::Report, 0.0);
    }
    {
        const TimeNs from = at(0.61), to = from + scaled(45);
        fault(pickTarget(from, to), FaultKind::ClientCancel, from, to, 0.7, 0.8, PathKind::Search, 0.0);
    }
    {
        const TimeNs from = at(0.67), to = from + scaled(30);
        fault(pickTarget(from, to), FaultKind::Malformed, from, to, 1.0, 1.0, PathKind::Normal, 0.1, 0);
    }
    deleteApp(at(0.72));
    if (!pre2019) {
        traffic(appRoute(web), at(0.78), at(0.78) + scaled(15), 0.4, Special::InvalidInstanceHeader);
        const TimeNs from = at(0.82), to = from + scaled(20);
        traffic(appRoute(pickTarget(from, to)), from, to, 1.5, Special::ConnLimit);
        traffic(m_w.roles.adminRoute, at(0.86), at(0.86) + scaled(20), 0.4, Special::RsUnsupported);
        if (current)
            traffic(m_w.roles.adminRoute, at(0.86), at(0.86) + scaled(20), 0.4, Special::RsBadSignature);
        if (current)
            traffic(appRoute(web), at(0.90), at(0.90) + scaled(12), 0.4, Special::TooLarge);
        const TimeNs pf = at(0.94), pt = pf + scaled(10);
        traffic(appRoute(pickTarget(pf, pt)), pf, pt, 0.3, Special::Panic);
    }

    const TimeNs end = m_w.t1;
    if (m_stale > 0) {
        staleStory();
        // The restarted instance of the crash incident dies again and is left CRASHED.
        if (m_crashRestarted >= 0) {
            Instance& inst = m_w.instances[static_cast<std::size_t>(m_crashRestarted)];
            inst.stopped = end - 60 * kSecond;
            inst.stopKind = StopKind::Crash;
            inst.unregistered = end - 35 * kSecond;
            inst.crashCount += 1;
            m_w.roles.crashedAtEnd = m_crashRestarted;
        }
    }
    // A scale-up seconds before the end: registered after some routers' dumps were taken.
    if (window >= 60 * kSecond) {
        int index = 0;
        for (const Instance& inst : m_w.instances)
            if (inst.app == web)
                index = std::max(index, inst.index + 1);
        addInstance(m_w, m_rng, m_placement, web, index, 0, end - 14 * kSecond, end - 6 * kSecond,
                    end - 4 * kSecond);
    }
    const int routers = static_cast<int>(m_w.routers.size());
    for (int r = 0; r < routers; ++r)
        m_w.routers[static_cast<std::size_t>(r)].dumpAt = end - 2 * kSecond - (routers - 1 - r) * 4 * kSecond;
}

} // namespace

void buildScenario(World& world, Rng& rng, Placement& placement)
{
    ScenarioBuilder(world, rng, placement).build();
}

} // namespace rs::gen
