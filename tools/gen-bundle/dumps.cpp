#include "dumps.h"

#include "ids.h"
#include "jsonwriter.h"
#include "rng.h"

#include <algorithm>
#include <map>

namespace rs::gen {

namespace {

int epInstance(const World& w, EpRef ref)
{
    if (ref.kind == EpKind::Instance)
        return ref.id;
    if (ref.kind == EpKind::Stray)
        return w.strayEps[static_cast<std::size_t>(ref.id)].instance;
    return -1;
}

bool aliveAt(const Instance& inst, TimeNs t)
{
    return inst.created <= t && t < inst.stopped;
}

} // namespace

std::string routeDumpJson(const World& w, const RouterDump& dump)
{
    std::vector<int> routes = dump.routes;
    std::sort(routes.begin(), routes.end(), [&](int a, int b) {
        return w.routes[static_cast<std::size_t>(a)].uri < w.routes[static_cast<std::size_t>(b)].uri;
    });
    OutBuf b(1 << 16);
    JsonWriter j(b, JsonWriter::Style::GoCompact);
    j.beginObject();
    for (int r : routes) {
        const Route& route = w.routes[static_cast<std::size_t>(r)];
        j.key(route.uri);
        j.beginArray();
        for (const DumpEntry& e : dump.entries) {
            if (e.route != r)
                continue;
            j.beginObject();
            j.key("address");
            j.string(addrText(e.ip, e.port));
            const int id = epInstance(w, e.ep);
            const Instance* inst = id >= 0 ? &w.instances[static_cast<std::size_t>(id)] : nullptr;
            const PlatformEp* plat =
                e.ep.kind == EpKind::Platform ? &w.platformEps[static_cast<std::size_t>(e.ep.id)] : nullptr;
            if (w.era == Era::Current) {
                j.key("availability_zone");
                j.string(inst ? w.cells[static_cast<std::size_t>(inst->cell)].az : std::string());
            }
            if (w.era != Era::Pre2019) {
                j.key("protocol");
                j.string(w.era == Era::Current ? "http1" : "");
            }
            j.key("tls");
            j.boolean(e.tls);
            j.key("ttl");
            j.number(120);
            if (!route.routeServiceUrl.empty()) {
                j.key("route_service_url");
                j.string(route.routeServiceUrl);
            }
            j.key("tags");
            j.raw(inst ? inst->tagsJson : plat->tagsJson);
            j.key("private_instance_id");
            j.string(inst ? inst->guid : plat->privateInstanceId);
            const std::string& san = inst ? inst->guid : plat->san;
            if (!san.empty()) {
                j.key("server_cert_domain_san");
                j.string(san);
            }
            j.endObject();
        }
        j.endArray();
    }
    j.endObject();
    b.put('\n');
    return std::string(b.view());
}

std::string routeDumpPretty(const std::string& compact)
{
    OutBuf b(compact.size() * 2);
    jqPretty(compact, b);
    b.put('\n'); // jq ends its output with a newline
    return std::string(b.view());
}

std::string actualLrpsNdjson(const World& w)
{
    const TimeNs at = w.t1;
    struct Lrp {
        int app, index, instance;
        bool crashed;
    };
    std::map<std::pair<std::string, int>, Lrp> lrps; // process guid, index
    for (std::size_t i = 0; i < w.instances.size(); ++i) {
        const Instance& inst = w.instances[i];
        const App& app = w.apps[static_cast<std::size_t>(inst.app)];
        if (app.deletedAt <= at || inst.created > at)
            continue;
        const auto key = std::make_pair(app.processGuid, inst.index);
        if (aliveAt(inst, at)) {
            lrps[key] = {inst.app, inst.index, static_cast<int>(i), false};
        } else if (inst.stopKind == StopKind::Crash && !lrps.count(key)) {
            lrps[key] = {inst.app, inst.index, static_cast<int>(i), true};
        } else if (inst.stopKind == StopKind::Crash && lrps[key].crashed &&
                   w.instances[static_cast<std::size_t>(lrps[key].instance)].stopped < inst.stopped) {
            lrps[key] = {inst.app, inst.index, static_cast<int>(i), true};
        }
    }
    // A crash that was followed by a restart is not CRASHED: drop crashed entries that a
    // later live instance of the same index replaced (the map keeps the live one).
    OutBuf b(1 << 16);
    for (const auto& [key, lrp] : lrps) {
        const Instance& inst = w.instances[static_cast<std::size_t>(lrp.instance)];
        const CellVm& cell = w.cells[static_cast<std::size_t>(inst.cell)];
        Rng rng(inst.modificationEpochSeed);
        JsonWriter j(b, JsonWriter::Style::GoCompact);
        j.beginObject();
        j.key("process_guid");
        j.string(key.first);
        j.key("index");
        j.number(lrp.index);
        j.key("domain");
        j.string("cf-apps");
        j.key("instance_guid");
        j.string(lrp.crashed ? std::string() : inst.guid);
        j.key("cell_id");
        j.string(lrp.crashed ? std::string() : cell.uuid);
        j.key("address");
        j.string(lrp.crashed ? std::string() : ipText(cell.ip));
        j.key("ports");
        if (lrp.crashed) {
            j.null();
        } else {
            j.beginArray();
            for (int k = 0; k < 2; ++k) {
                j.beginObject();
                j.key("container_port");
                j.number(k == 0 ? 8080 : 2222);
                j.key("host_port");
                j.number(inst.hostPort() + k);
                j.key("container_tls_proxy_port");
                j.number(61001 + k);
                j.key("host_tls_proxy_port");
                j.number(inst.tlsPort() + k);
                j.endObject();
            }
            j.endArray();
            j.key("instance_address");
            j.string(ipText(inst.overlayIp));
        }
        if (w.era != Era::Pre2019) {
            j.key("preferred_address");
            j.string(lrp.crashed ? "UNKNOWN" : "HOST");
        }
        j.key("crash_count");
        j.number(inst.crashCount);
        if (lrp.crashed) {
            j.key("crash_reason");
            j.string("APP/PROC/WEB: Exited with status 137 (out of memory)");
        }
        j.key("state");
        j.string(lrp.crashed ? "CRASHED" : inst.healthy <= at ? "RUNNING" : "CLAIMED");
        j.key("since");
        j.number(lrp.crashed ? inst.stopped : inst.healthy);
        j.key("modification_tag");
        j.beginObject();
        j.key("epoch");
        j.string(uuidV4(rng));
        j.key("index");
        j.number(static_cast<std::int64_t>(2 + rng.below(30)));
        j.endObject();
        if (w.era != Era::Pre2019) {
            j.key("presence");
            j.string("ORDINARY");
        }
        if (w.era == Era::Current) {
            j.key("OptionalRoutable");
            j.beginObject();
            j.key("routable");
            j.boolean(!lrp.crashed);
            j.endObject();
            j.key("availability_zone");
            j.string(lrp.crashed ? std::string() : cell.az);
        }
        j.endObject();
        b.put('\n');
    }
    return std::string(b.view());
}

void findStaleAndDiffs(const World& w, const std::vector<RouterDump>& dumps, TruthDoc& doc)
{
    const TimeNs at = w.t1;
    for (std::size_t r = 0; r < dumps.size(); ++r) {
        const std::string router = "router/" + w.routers[r].uuid;
        for (const DumpEntry& e : dumps[r].entries) {
            const int id = epInstance(w, e.ep);
            if (id < 0)
                continue; // platform components are not in the LRPs
            const Instance& inst = w.instances[static_cast<std::size_t>(id)];
            int owner = -1;
            for (std::size_t c = 0; c < w.cells.size() && owner < 0; ++c)
                if (w.cells[c].ip == e.ip)
                    for (int cand : w.instancesByCell[c]) {
                        const Instance& o = w.instances[static_cast<std::size_t>(cand)];
                        if (aliveAt(o, at) && w.apps[static_cast<std::size_t>(o.app)].deletedAt > at &&
                            (o.hostPort() == e.port || o.tlsPort() == e.port))
                            owner = cand;
                    }
            std::string reason, ownerGuid;
            if (owner >= 0 && owner != id) {
                reason = "address_reused";
                ownerGuid = w.instances[static_cast<std::size_t>(owner)].guid;
            } else if (owner == id) {
                continue;
            } else if (aliveAt(inst, at)) {
                reason = "port_mismatch";
            } else {
                reason = "instance_missing";
            }
            doc.stale.push_back({router, w.routes[static_cast<std::size_t>(e.route)].uri,
                                 addrText(e.ip, e.port), inst.guid, reason, ownerGuid});
        }
    }
    // (route, address) present on some routers but not all.
    std::map<std::pair<std::string, std::string>, std::pair<std::string, std::vector<bool>>> seen;
    for (std::size_t r = 0; r < dumps.size(); ++r)
        for (const DumpEntry& e : dumps[r].entries) {
            auto& slot = seen[{w.routes[static_cast<std::size_t>(e.route)].uri, addrText(e.ip, e.port)}];
            if (slot.second.empty())
                slot.second.resize(dumps.size(), false);
            slot.second[r] = true;
            const int id = epInstance(w, e.ep);
            slot.first = id >= 0 ? w.instances[static_cast<std::size_t>(id)].guid
                                 : w.platformEps[static_cast<std::size_t>(e.ep.id)].privateInstanceId;
        }
    for (const auto& [key, value] : seen) {
        const auto& present = value.second;
        if (std::all_of(present.begin(), present.end(), [](bool p) { return p; }))
            continue;
        RouterDiff diff;
        diff.route = key.first;
        diff.address = key.second;
        diff.instanceId = value.first;
        for (std::size_t r = 0; r < present.size(); ++r)
            (present[r] ? diff.presentOn : diff.absentOn).push_back("router/" + w.routers[r].uuid);
        doc.diffs.push_back(std::move(diff));
    }
}

} // namespace rs::gen
