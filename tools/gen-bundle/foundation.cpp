#include "foundation.h"

#include "ids.h"
#include "jsonwriter.h"
#include "textbuf.h"

#include <algorithm>

namespace rs::gen {

int World::ownerOf(int cell, std::uint16_t port, TimeNs t) const
{
    if (port < 61000)
        return -1;
    const int block = (port - 61000) / 4;
    for (int id : instancesByCell[static_cast<std::size_t>(cell)]) {
        const Instance& inst = instances[static_cast<std::size_t>(id)];
        if (inst.block == block && inst.listening(t))
            return id;
    }
    return -1;
}

namespace {

std::string instanceTags(const World& w, const App& app, int index, const std::string& guid)
{
    OutBuf b(512);
    JsonWriter j(b, JsonWriter::Style::GoCompact);
    j.beginObject();
    j.key("app_id");
    j.string(app.guid);
    j.key("app_name");
    j.string(app.name);
    j.key("component");
    j.string("route-emitter");
    j.key("instance_id");
    j.string(std::to_string(index));
    j.key("organization_id");
    j.string(app.orgGuid);
    j.key("organization_name");
    j.string(app.orgName);
    j.key("process_id");
    j.string(app.guid);
    j.key("process_instance_id");
    j.string(guid);
    j.key("process_type");
    j.string("web");
    j.key("source_id");
    j.string(app.guid);
    j.key("space_id");
    j.string(app.spaceGuid);
    j.key("space_name");
    j.string(app.spaceName);
    j.endObject();
    (void)w;
    return std::string(b.view());
}

void addPlatformRoute(World& w, const std::string& uri, const std::string& host, RouteKind kind,
                      std::vector<int> eps, double weight)
{
    Route r;
    r.uri = uri;
    r.host = host;
    r.kind = kind;
    r.platformEps = std::move(eps);
    r.weight = weight;
    w.routes.push_back(std::move(r));
}

int addPlatformEp(World& w, Rng& rng, std::uint32_t ip, std::uint16_t port, bool tls, const std::string& san,
                  const std::string& component)
{
    PlatformEp ep;
    ep.ip = ip;
    ep.port = port;
    ep.tls = tls;
    ep.privateInstanceId = uuidV4(rng);
    ep.san = san;
    ep.tagsJson = "{\"component\":\"" + component + "\"}";
    w.platformEps.push_back(std::move(ep));
    return static_cast<int>(w.platformEps.size()) - 1;
}

// Every registration the route emitters and route_registrar send during the window. The
// initial table (registrations before t0) is rebuilt by each router from the same rules.
void buildRegistrations(World& w)
{
    auto ticks = [&](int route, EpRef ep, TimeNs from, TimeNs until, TimeNs phase) {
        if (from < w.t0) {
            // Already registered: the periodic emits continue at the emitter's phase.
            from = w.t0 + ((phase - w.t0) % w.registerInterval + w.registerInterval) % w.registerInterval;
        } else {
            w.regMsgs.push_back({from, route, ep, false});
            const TimeNs sincePhase =
                ((from - phase) % w.registerInterval + w.registerInterval) % w.registerInterval;
            from += w.registerInterval - sincePhase;
        }
        for (TimeNs t = from; t < until && t < w.t1; t += w.registerInterval)
            w.regMsgs.push_back({t, route, ep, false});
    };
    for (std::size_t i = 0; i < w.instances.size(); ++i) {
        const Instance& inst = w.instances[i];
        const CellVm& cell = w.cells[static_cast<std::size_t>(inst.cell)];
        const App& app = w.apps[static_cast<std::size_t>(inst.app)];
        TimeNs until = std::min(inst.unregistered, app.deletedAt);
        if (inst.stopKind == StopKind::CellLost)
            until = std::min(until, cell.down.from);
        const EpRef ref{EpKind::Instance, static_cast<std::int32_t>(i)};
        for (int route : app.routes) {
            ticks(route, ref, inst.registerFrom, until, cell.emitterPhase);
            if (inst.unregistered != kNever && inst.unregistered >= w.t0 && inst.unregistered < w.t1)
                w.regMsgs.push_back({inst.unregistered, route, ref, true});
        }
    }
    for (std::size_t r = 0; r < w.routes.size(); ++r) {
        for (int ep : w.routes[r].platformEps) {
            const TimeNs phase = w.t0 + (static_cast<TimeNs>(ep) * 7919 * kMs) % w.registerInterval;
            ticks(static_cast<int>(r), {EpKind::Platform, ep}, w.t0 - kSecond, w.t1, phase);
        }
    }
    for (std::size_t s = 0; s < w.strayEps.size(); ++s) {
        const Instance& inst = w.instances[static_cast<std::size_t>(w.strayEps[s].instance)];
        const App& app = w.apps[static_cast<std::size_t>(inst.app)];
        const TimeNs phase = w.cells[static_cast<std::size_t>(inst.cell)].emitterPhase + 3 * kSecond;
        ticks(app.routes.front(), {EpKind::Stray, static_cast<std::int32_t>(s)}, w.t0 - kSecond, w.t1, phase);
    }
    std::stable_sort(w.regMsgs.begin(), w.regMsgs.end(),
                     [](const RegMsg& a, const RegMsg& b) { return a.t < b.t; });
}

} // namespace

int addInstance(World& w, Rng& rng, Placement& placement, int app, int index, int cell, TimeNs created,
                TimeNs healthy, TimeNs registerFrom)
{
    Instance inst;
    inst.app = app;
    inst.index = index;
    inst.guid = diegoGuid(rng);
    inst.cell = cell;
    inst.block = placement.pools[static_cast<std::size_t>(cell)].allocate();
    inst.created = created;
    inst.healthy = healthy;
    inst.registerFrom = registerFrom;
    inst.overlayIp =
        ip4(10, 255, static_cast<int>(rng.between(1, 250)), static_cast<int>(rng.between(2, 250)));
    inst.tagsJson = instanceTags(w, w.apps[static_cast<std::size_t>(app)], index, inst.guid);
    inst.modificationEpochSeed = rng.next();
    w.instances.push_back(std::move(inst));
    w.instancesByCell[static_cast<std::size_t>(cell)].push_back(static_cast<int>(w.instances.size()) - 1);
    return static_cast<int>(w.instances.size()) - 1;
}

World buildWorld(const GenOptions& options)
{
    World w;
    w.options = options;
    w.era = options.era;
    w.t0 = options.start;
    w.t1 = options.start + static_cast<TimeNs>(options.minutes) * 60 * kSecond;
    w.bundleTime = w.t1 + 37 * kSecond;
    Rng rng(options.seed, 0);

    for (int r = 0; r < options.routers; ++r) {
        RouterVm vm;
        vm.uuid = uuidV4(rng);
        vm.index = r;
        vm.ip = ip4(10, 0, 1, 10 + r % 200) + static_cast<std::uint32_t>(r / 200) * 256;
        w.routers.push_back(std::move(vm));
    }
    for (int c = 0; c < options.cells; ++c) {
        CellVm vm;
        vm.uuid = uuidV4(rng);
        vm.index = c;
        vm.ip =
            ip4(10, 0, c % 2 == 0 ? 16 : 32, 5 + (c / 2) % 200) + static_cast<std::uint32_t>(c / 400) * 256;
        vm.az = c % 2 == 0 ? "z1" : "z2";
        vm.emitterPhase = w.t0 + static_cast<TimeNs>(rng.below(20'000'000'000ULL));
        w.cells.push_back(std::move(vm));
    }
    w.instancesByCell.resize(w.cells.size());
    w.lbIps = {ip4(10, 0, 0, 4), ip4(10, 0, 0, 5), ip4(10, 0, 0, 6)};
    w.unknownHosts = {"35.243.162.217:80",        "www.example.com",
                      "old-app.apps.example.com", "10.0.1.10",
                      "test.apps.example.com",    "app-0.apps.example.com",
                      "autodiscover.example.com", "APP-1.APPS.EXAMPLE.COM.evil.example"};

    const char* orgNames[2] = {"acme", "platform-team"};
    const char* spaceNames[3] = {"prod", "staging", "batch"};
    for (auto& g : w.orgGuids)
        g = uuidV4(rng);
    for (auto& g : w.spaceGuids)
        g = uuidV4(rng);

    for (int a = 0; a < options.apps; ++a) {
        App app;
        app.guid = uuidV4(rng);
        app.versionGuid = uuidV4(rng);
        app.processGuid = app.guid + "-" + app.versionGuid;
        app.name = "app-" + std::to_string(a + 1);
        const int org = a % 5 == 4 ? 1 : 0;
        const int space = a % 3;
        app.orgGuid = w.orgGuids[org];
        app.orgName = orgNames[org];
        app.spaceGuid = w.spaceGuids[space];
        app.spaceName = spaceNames[space];
        app.serviceMs = rng.between(15.0, 180.0);
        app.weight = rng.between(2.0, 10.0);
        Route route;
        route.uri = app.name + ".apps.example.com";
        route.host = route.uri;
        route.app = a;
        w.routes.push_back(std::move(route));
        app.routes.push_back(static_cast<int>(w.routes.size()) - 1);
        w.apps.push_back(std::move(app));
    }
    Roles& roles = w.roles;
    w.apps[static_cast<std::size_t>(roles.web)].weight = 30;
    w.apps[static_cast<std::size_t>(roles.web)].serviceMs = 35;
    w.apps[static_cast<std::size_t>(roles.crashMulti)].weight = 14;
    w.apps[static_cast<std::size_t>(roles.crashSingle)].weight = 7;
    w.apps[static_cast<std::size_t>(roles.staleHit)].weight = 0;  // only the incident's own clients
    w.apps[static_cast<std::size_t>(roles.staleIdle)].weight = 0; // nobody calls it: stale stays
    w.apps[static_cast<std::size_t>(roles.deleted)].weight = 6;
    {
        // The web app also serves /admin through a route service (exercises \u0026 in dumps).
        Route admin;
        admin.uri = "app-1.apps.example.com/admin";
        admin.host = "app-1.apps.example.com";
        admin.app = roles.web;
        admin.routeServiceUrl = "https://rs-auth.apps.example.com/check?tenant=acme&mode=strict";
        w.routes.push_back(std::move(admin));
        roles.adminRoute = static_cast<int>(w.routes.size()) - 1;
        w.apps[static_cast<std::size_t>(roles.web)].routes.push_back(roles.adminRoute);
    }
    for (std::size_t r = 0; r < w.routes.size(); ++r)
        if (w.routes[r].app >= 0 && static_cast<int>(r) != roles.adminRoute)
            w.routes[r].weight = w.apps[static_cast<std::size_t>(w.routes[r].app)].weight;

    const int api0 = addPlatformEp(w, rng, ip4(10, 0, 8, 10), 9024, false, "", "CloudController");
    const int api1 = addPlatformEp(w, rng, ip4(10, 0, 8, 11), 9024, false, "", "CloudController");
    const int uaa0 = addPlatformEp(w, rng, ip4(10, 0, 8, 20), 8443, true, "uaa.service.cf.internal", "uaa");
    const int uaa1 = addPlatformEp(w, rng, ip4(10, 0, 8, 21), 8443, true, "uaa.service.cf.internal", "uaa");
    const int dop0 =
        addPlatformEp(w, rng, ip4(10, 0, 8, 30), 8081, true, "doppler.service.cf.internal", "doppler");
    const int dop1 =
        addPlatformEp(w, rng, ip4(10, 0, 8, 31), 8081, true, "doppler.service.cf.internal", "doppler");
    addPlatformRoute(w, "api.sys.example.com", "api.sys.example.com", RouteKind::Api, {api0, api1}, 8);
    addPlatformRoute(w, "uaa.sys.example.com", "uaa.sys.example.com", RouteKind::Uaa, {uaa0, uaa1}, 3);
    addPlatformRoute(w, "login.sys.example.com", "login.sys.example.com", RouteKind::Uaa, {uaa0, uaa1}, 2);
    addPlatformRoute(w, "doppler.sys.example.com", "doppler.sys.example.com:4443", RouteKind::Doppler,
                     {dop0, dop1}, 0.5);

    // Initial placement. On cell 1 the idle app's first instance takes the first port block
    // and its second the last one, so that after cell 1 is recreated the first address is
    // handed to another instance and the last stays free (see scenario.cpp).
    Placement placement;
    placement.pools.resize(w.cells.size());
    struct Want {
        int app, index, cell;
    };
    std::vector<Want> wants;
    const int c0 = 0, c1 = 1;
    wants.push_back({roles.staleIdle, 0, c1});
    for (int i : {0, 1})
        wants.push_back({roles.staleHit, i, c1});
    wants.push_back({roles.web, 0, c0});
    wants.push_back({roles.web, 1, c1});
    wants.push_back({roles.web, 2, c0});
    wants.push_back({roles.crashMulti, 0, c0});
    wants.push_back({roles.crashMulti, 1, c1});
    wants.push_back({roles.crashMulti, 2, c0});
    wants.push_back({roles.crashSingle, 0, c0});
    wants.push_back({roles.deleted, 0, c0});
    wants.push_back({roles.deleted, 1, c0});
    wants.push_back({roles.staleIdle, 2, c0});
    for (int a = 6; a < options.apps; ++a) {
        const int count = static_cast<int>(rng.between(1, 6));
        for (int i = 0; i < count; ++i)
            wants.push_back({a, i, static_cast<int>(rng.below(static_cast<std::uint64_t>(options.cells)))});
    }
    wants.push_back({roles.staleIdle, 1, c1});
    for (const Want& want : wants) {
        const TimeNs created = w.t0 - static_cast<TimeNs>(rng.between(3600, 3 * 86400)) * kSecond -
                               static_cast<TimeNs>(rng.below(1'000'000'000ULL));
        addInstance(w, rng, placement, want.app, want.index, want.cell, created,
                    created + 6 * kSecond + 212 * kMs, created + 7 * kSecond + 388 * kMs);
    }

    buildScenario(w, rng, placement);

    w.faultsByApp.resize(w.apps.size());
    w.faultsByRoute.resize(w.routes.size());
    for (std::size_t f = 0; f < w.faults.size(); ++f) {
        if (w.faults[f].app >= 0)
            w.faultsByApp[static_cast<std::size_t>(w.faults[f].app)].push_back(static_cast<int>(f));
        if (w.faults[f].platformRoute >= 0)
            w.faultsByRoute[static_cast<std::size_t>(w.faults[f].platformRoute)].push_back(
                static_cast<int>(f));
    }
    buildRegistrations(w);
    return w;
}

} // namespace rs::gen
