#include "routersim.h"

#include "ids.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace rs::gen {

namespace {
constexpr int kMaxAttempts = 3;

std::uint32_t bodyBytes(std::string_view body)
{
    return static_cast<std::uint32_t>(body.size() + 1);
}
} // namespace

RouterSim::RouterSim(const World& world, int router, RouterLogs logs, TruthPart& truth)
    : m_w(world)
    , m_router(router)
    , m_vm(world.routers[static_cast<std::size_t>(router)])
    , m_logs(logs)
    , m_truth(truth)
    , m_rng(world.options.seed, 100 + static_cast<std::uint64_t>(router))
    , m_client(world, m_rng)
    , m_accessWriter(world)
    , m_logWriter(world)
    , m_pools(world.routes.size())
    , m_routerName("router/" + m_vm.uuid)
    , m_localIp(ipText(m_vm.ip))
{
    double sum = 0;
    for (const Route& r : m_w.routes)
        m_routeCdf.push_back(sum += r.weight);
    m_routeCdf.push_back(sum += 0.4); // scanners and typos: unknown hosts
    for (double& c : m_routeCdf)
        c /= sum;
    m_slots.reserve(4096);
    buildInitialTable();
    m_samples = tableSampleTimes(world);
}

RouterSim::~RouterSim() = default;

RouterSim::TEp RouterSim::makeEp(EpRef ref, TimeNs t) const
{
    TEp ep;
    ep.ref = ref;
    ep.lastUpdate = t;
    switch (ref.kind) {
    case EpKind::Instance: {
        const Instance& inst = m_w.instances[static_cast<std::size_t>(ref.id)];
        ep.ip = m_w.cells[static_cast<std::size_t>(inst.cell)].ip;
        ep.port = inst.tlsPort();
        ep.tls = true;
        break;
    }
    case EpKind::Platform: {
        const PlatformEp& p = m_w.platformEps[static_cast<std::size_t>(ref.id)];
        ep.ip = p.ip;
        ep.port = p.port;
        ep.tls = p.tls;
        break;
    }
    case EpKind::Stray: {
        const StrayEp& s = m_w.strayEps[static_cast<std::size_t>(ref.id)];
        const Instance& inst = m_w.instances[static_cast<std::size_t>(s.instance)];
        ep.ip = m_w.cells[static_cast<std::size_t>(inst.cell)].ip;
        ep.port = s.port;
        ep.tls = true;
        break;
    }
    }
    return ep;
}

EpLog RouterSim::epLog(EpRef ref, int route) const
{
    EpLog log;
    const TEp ep = makeEp(ref, 0);
    log.ip = ep.ip;
    log.port = ep.port;
    log.tls = ep.tls;
    log.routeServiceUrl = m_w.routes[static_cast<std::size_t>(route)].routeServiceUrl;
    if (ref.kind == EpKind::Platform) {
        const PlatformEp& p = m_w.platformEps[static_cast<std::size_t>(ref.id)];
        log.tags = p.tagsJson;
        log.instanceGuid = p.privateInstanceId;
        log.san = p.san;
        return log;
    }
    const int id =
        ref.kind == EpKind::Stray ? m_w.strayEps[static_cast<std::size_t>(ref.id)].instance : ref.id;
    const Instance& inst = m_w.instances[static_cast<std::size_t>(id)];
    log.appGuid = m_w.apps[static_cast<std::size_t>(inst.app)].guid;
    log.tags = inst.tagsJson;
    log.instanceGuid = inst.guid;
    log.san = inst.guid;
    log.az = m_w.cells[static_cast<std::size_t>(inst.cell)].az;
    return log;
}

RouterSim::TEp* RouterSim::find(Pool& pool, EpRef ref)
{
    for (TEp& ep : pool.eps)
        if (ep.ref == ref)
            return &ep;
    return nullptr;
}

bool RouterSim::natsDown(TimeNs t) const
{
    for (const Interval& i : m_vm.natsDown)
        if (i.contains(t))
            return true;
    return false;
}

// The table as it stood at t0: everything registered and refreshed before the window.
void RouterSim::buildInitialTable()
{
    const TimeNs t0 = m_w.t0;
    auto add = [&](int route, EpRef ref) {
        Pool& pool = m_pools[static_cast<std::size_t>(route)];
        pool.exists = true;
        pool.eps.push_back(makeEp(ref, t0 - static_cast<TimeNs>(m_rng.below(19'000)) * kMs));
        m_everHeld.insert({route, addrText(pool.eps.back().ip, pool.eps.back().port)});
    };
    for (std::size_t i = 0; i < m_w.instances.size(); ++i) {
        const Instance& inst = m_w.instances[i];
        const App& app = m_w.apps[static_cast<std::size_t>(inst.app)];
        if (inst.registerFrom <= t0 && t0 < inst.unregistered && t0 < inst.stopped && t0 < app.deletedAt)
            for (int route : app.routes)
                add(route, {EpKind::Instance, static_cast<std::int32_t>(i)});
    }
    for (std::size_t r = 0; r < m_w.routes.size(); ++r)
        for (int ep : m_w.routes[r].platformEps)
            add(static_cast<int>(r), {EpKind::Platform, ep});
    for (std::size_t s = 0; s < m_w.strayEps.size(); ++s) {
        const Instance& inst = m_w.instances[static_cast<std::size_t>(m_w.strayEps[s].instance)];
        add(m_w.apps[static_cast<std::size_t>(inst.app)].routes.front(),
            {EpKind::Stray, static_cast<std::int32_t>(s)});
    }
    for (Pool& pool : m_pools)
        pool.rr = static_cast<std::uint32_t>(m_rng.below(std::max<std::size_t>(1, pool.eps.size())));
}

void RouterSim::emit(TimeNs t, bool err, std::string line)
{
    m_events.push({t, m_seq++, err, std::move(line)});
}

void RouterSim::flushUntil(TimeNs t)
{
    while (!m_pending.empty() && m_pending.top().t <= t) {
        const Pending p = m_pending.top();
        m_pending.pop();
        applyPending(p);
    }
    while (!m_done.empty() && m_done.top().end <= t) {
        const std::uint32_t slot = m_done.top().slot;
        m_done.pop();
        finishRequest(slot);
    }
    while (!m_events.empty() && m_events.top().t <= t) {
        const Event& e = m_events.top();
        RotatingLog* log = e.err ? m_logs.err : m_logs.out;
        if (log) {
            log->line(e.t).put(e.line);
            log->done();
        }
        m_events.pop();
    }
}

void RouterSim::finishRequest(std::uint32_t slot)
{
    const Req& r = m_slots[slot];
    if (m_logs.access) {
        OutBuf& buf = m_logs.access->line(r.end);
        m_accessWriter.write(buf, r);
        m_logs.access->done();
    }
    m_freeSlots.push_back(slot);
}

void RouterSim::recordTruth(const Req& r)
{
    if (m_w.options.lb != LbMode::None)
        m_truth.lb.push_back(lbEntryOf(m_w, r, m_router));
    if (m_w.options.appLogs)
        appEntriesOf(m_w, r, m_truth.apps);
    ++m_truth.requests;
    ++m_truth.counts[static_cast<std::size_t>(r.cls)];
    if (r.cls == Cls::Ok || r.cls == Cls::AppResponse)
        return;
    OutBuf& b = m_truth.byId;
    char id[36];
    formatUuid(r.vid.data(), id);
    b.put('"');
    b.put(std::string_view(id, 36));
    b.put("\":{\"class\":\"");
    b.put(classId(r.cls));
    b.put("\",\"source\":\"");
    b.put(classSource(r.cls));
    b.put("\",\"status\":");
    b.putUint(r.status);
    b.put(",\"router\":\"");
    b.put(m_routerName);
    b.put("\",\"backend\":\"");
    if (r.hasBackend)
        b.putAddr(r.backendIp, r.backendPort);
    else
        b.put('-');
    b.put("\",\"failed_attempts\":");
    b.putUint(r.failedAttempts);
    b.put(",\"start\":\"");
    TimeText tt;
    tt.iso9Z(b, r.start);
    b.put("\",\"host\":");
    if (r.special == Special::EmptyHost)
        b.put("\"\"");
    else if (r.route >= 0)
        b.putJson(m_w.routes[static_cast<std::size_t>(r.route)].host);
    else
        b.putJson(m_w.unknownHosts[static_cast<std::size_t>(std::max<int>(0, r.unknownHost))]);
    b.put("}\n");
}

int RouterSim::select(Pool& pool, TimeNs t, const EpRef* tried, int ntried)
{
    const std::size_t n = pool.eps.size();
    int fallback = -1;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (pool.rr + k) % n;
        const TEp& ep = pool.eps[i];
        if (std::find(tried, tried + ntried, ep.ref) != tried + ntried)
            continue;
        if (ep.ineligibleUntil <= t) {
            pool.rr = static_cast<std::uint32_t>(i + 1);
            return static_cast<int>(i);
        }
        if (fallback < 0)
            fallback = static_cast<int>(i);
    }
    if (fallback >= 0)
        pool.rr = static_cast<std::uint32_t>(fallback + 1);
    return fallback;
}

bool RouterSim::applyFault(const Fault& f, const Instance* owner, int platformIndex, TimeNs at, Req& r,
                           bool force, Attempt& a)
{
    if (!f.when.contains(at))
        return false;
    if (f.instanceIndex >= 0 && (owner ? owner->index : platformIndex) != f.instanceIndex)
        return false;
    if (f.path != PathKind::Any && f.path != r.pathKind)
        return false; // slow-path faults only concern the matching endpoint
    const bool hasBody = r.method == Method::Post || r.method == Method::Put;
    if (f.kind == FaultKind::Incomplete && !hasBody)
        return false;
    if (!force && !m_rng.chance(f.p))
        return false;
    const TimeNs handshake = a.dial + a.tls;
    switch (f.kind) {
    case FaultKind::Refused:
        a.err = AttemptErr::DialRefused;
        a.tls = 0;
        a.duration = a.dial;
        break;
    case FaultKind::NonTls:
        a.err = AttemptErr::NonTls;
        a.duration = handshake;
        break;
    case FaultKind::Untrusted:
        a.err = AttemptErr::Untrusted;
        a.duration = handshake;
        break;
    case FaultKind::RemoteBadCert:
        a.err = AttemptErr::RemoteBadCert;
        a.duration = handshake;
        break;
    case FaultKind::RemoteHandshake:
        a.err = AttemptErr::RemoteHandshake;
        a.duration = handshake;
        break;
    case FaultKind::HandshakeTimeout:
        a.err = AttemptErr::HandshakeTimeout;
        a.tls = m_w.handshakeTimeout + static_cast<TimeNs>(m_rng.below(900)) * kUs;
        a.duration = a.dial + a.tls;
        break;
    case FaultKind::Expired:
        a.err = AttemptErr::Expired;
        a.duration = handshake;
        break;
    case FaultKind::KeepAliveRace:
        // Only a pooled connection the backend already closed can fail like this.
        a.reused = true;
        a.dial = a.tls = 0;
        if (idempotent(r.method))
            a.err = m_w.era == Era::Pre2019
                        ? (force || m_rng.chance(0.6) ? AttemptErr::Eof : AttemptErr::ConnReset)
                        : (force || m_rng.chance(0.75) ? AttemptErr::EofIdempotent : AttemptErr::ConnReset);
        else
            a.err = m_rng.chance(0.5) ? AttemptErr::Eof : AttemptErr::ConnReset;
        a.duration = static_cast<TimeNs>(m_rng.between(300, 5000)) * kUs;
        break;
    case FaultKind::Incomplete:
        a.err = AttemptErr::Incomplete;
        a.duration = handshake + static_cast<TimeNs>(m_rng.between(500, 3000)) * kUs;
        break;
    case FaultKind::Timeout:
        a.err = AttemptErr::Timeout;
        a.duration = m_w.requestTimeout - (at - r.start) + static_cast<TimeNs>(m_rng.below(800)) * kUs;
        break;
    case FaultKind::ClientCancel:
        a.err = AttemptErr::Cancel;
        a.duration = static_cast<TimeNs>(m_rng.between(3.0, 15.0) * 1e9);
        break;
    case FaultKind::Malformed:
        a.err = AttemptErr::Malformed;
        a.duration = handshake + static_cast<TimeNs>(m_rng.between(2000, 15000)) * kUs;
        break;
    }
    return true;
}

RouterSim::Attempt RouterSim::evaluate(const TEp& ep, int route, TimeNs at, Req& r, bool force)
{
    Attempt a;
    a.reused = m_rng.chance(0.7);
    a.dial = a.reused ? 0 : static_cast<TimeNs>(m_rng.between(250, 1600)) * kUs;
    a.tls = a.reused || !ep.tls ? 0 : static_cast<TimeNs>(m_rng.between(1500, 7000)) * kUs;
    const Route& rt = m_w.routes[static_cast<std::size_t>(route)];
    if (ep.ref.kind == EpKind::Platform) {
        const auto pos =
            std::find(rt.platformEps.begin(), rt.platformEps.end(), ep.ref.id) - rt.platformEps.begin();
        for (int fi : m_w.faultsByRoute[static_cast<std::size_t>(route)])
            if (applyFault(m_w.faults[static_cast<std::size_t>(fi)], nullptr, static_cast<int>(pos), at, r,
                           force, a))
                return a;
    } else {
        const int expected = ep.ref.kind == EpKind::Stray
                                 ? m_w.strayEps[static_cast<std::size_t>(ep.ref.id)].instance
                                 : ep.ref.id;
        const Instance& inst = m_w.instances[static_cast<std::size_t>(expected)];
        if (m_w.cellDown(inst.cell, at)) {
            a.err = AttemptErr::DialTimeout;
            a.reused = false;
            a.dial = m_w.dialTimeout + static_cast<TimeNs>(m_rng.below(3000)) * kUs;
            a.tls = 0;
            a.duration = a.dial;
            return a;
        }
        a.owner = ep.ref.kind == EpKind::Instance && inst.listening(at) ? expected
                                                                        : m_w.ownerOf(inst.cell, ep.port, at);
        if (a.owner < 0) {
            a.err = AttemptErr::DialRefused;
            a.reused = false;
            a.dial = static_cast<TimeNs>(m_rng.between(150, 1200)) * kUs;
            a.tls = 0;
            a.duration = a.dial;
            return a;
        }
        if (a.owner != expected) {
            a.err = AttemptErr::HostMismatch;
            a.reused = false;
            if (a.dial == 0)
                a.dial = static_cast<TimeNs>(m_rng.between(250, 1600)) * kUs;
            a.tls = static_cast<TimeNs>(m_rng.between(1500, 7000)) * kUs;
            a.duration = a.dial + a.tls;
            return a;
        }
        const Instance& owner = m_w.instances[static_cast<std::size_t>(a.owner)];
        for (int fi : m_w.faultsByApp[static_cast<std::size_t>(owner.app)]) {
            const Fault& f = m_w.faults[static_cast<std::size_t>(fi)];
            if (f.kind != FaultKind::KeepAliveRace && f.kind != FaultKind::Incomplete &&
                f.kind != FaultKind::Timeout && f.kind != FaultKind::ClientCancel &&
                f.kind != FaultKind::Malformed && a.reused) {
                // A TLS failure happens on a fresh connection: pooled ones predate the fault.
                if (f.when.contains(at) && (force || f.when.from + 2 * kSecond < at)) {
                    a.reused = false;
                    a.dial = static_cast<TimeNs>(m_rng.between(250, 1600)) * kUs;
                    a.tls = static_cast<TimeNs>(m_rng.between(1500, 7000)) * kUs;
                }
            }
            if (applyFault(f, &owner, -1, at, r, force, a))
                return a;
        }
    }
    a.duration = a.dial + a.tls + m_client.serviceTime(r, &rt);
    return a;
}

void RouterSim::routerError(Req& r, std::uint16_t status, Cls cls, std::string_view value,
                            std::string_view body)
{
    r.status = status;
    r.cls = cls;
    r.routerError = value;
    r.bytesOut = body.empty() ? 0 : bodyBytes(body);
}

void RouterSim::request(TimeNs t, int route, Special special, PathKind kind, double postShare, bool force)
{
    std::uint32_t slot;
    if (m_freeSlots.empty()) {
        slot = static_cast<std::uint32_t>(m_slots.size());
        m_slots.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_slots[slot] = Req{};
    }
    Req& r = m_slots[slot];
    r.start = t;
    r.special = special;
    r.route = route;
    r.pathKind = kind;
    if (route < 0 && special != Special::EmptyHost) {
        r.special = Special::UnknownHost;
        r.unknownHost = static_cast<std::int16_t>(m_rng.below(m_w.unknownHosts.size()));
    }
    const Route* rt = route >= 0 ? &m_w.routes[static_cast<std::size_t>(route)] : nullptr;
    m_client.fill(r, rt, kind, postShare);
    r.vid = requestIdBytes(m_rng);
    if (m_w.era != Era::Current)
        r.trace64 = m_rng.next();
    const TimeNs pre = static_cast<TimeNs>(m_rng.between(40, 400)) * kUs;
    const TimeNs post = static_cast<TimeNs>(m_rng.between(15, 120)) * kUs;
    const Era era = m_w.era;

    auto finishWithoutBackend = [&] {
        r.end = t + pre + post;
        r.responseTime = r.end - t;
        r.gorouterTime = r.responseTime;
        recordTruth(r);
        m_done.push({r.end, m_seq++, slot});
    };
    std::string statusLine;
    switch (r.special) {
    case Special::EmptyHost:
        routerError(r, 400, Cls::EmptyHost, "empty_host", "400 Bad Request: Request had empty Host header");
        emit(t + pre, false, m_logWriter.status(t + pre, "400 Bad Request: Request had empty Host header"));
        return finishWithoutBackend();
    case Special::InvalidInstanceHeader:
        routerError(r, 400, Cls::InvalidInstanceHeader, "invalid_cf_app_instance_header",
                    "400 Bad Request: Invalid X-CF-App-Instance Header");
        emit(t + pre, false,
             m_logWriter.status(t + pre, "400 Bad Request: Invalid X-CF-App-Instance Header"));
        return finishWithoutBackend();
    case Special::TooLarge:
        r.bytesIn = 0;
        routerError(r, 431, Cls::RequestTooLarge, "max-request-size-exceeded",
                    "431 Request Header Fields Too Large");
        return finishWithoutBackend();
    case Special::Panic:
        routerError(r, 502, Cls::RouterPanic, "unknown_failure", "502 Bad Gateway: Unknown failure");
        emit(t + pre, false,
             m_logWriter.panicCheck(t + pre, rt ? std::string_view(rt->host) : std::string_view()));
        return finishWithoutBackend();
    case Special::RsUnsupported:
        routerError(r, 502, Cls::RouteService, "route_service_unsupported",
                    "502 Bad Gateway: Support for route services is disabled.");
        emit(t + pre, false,
             m_logWriter.status(t + pre, "502 Bad Gateway: Support for route services is disabled."));
        return finishWithoutBackend();
    case Special::RsBadSignature:
        routerError(r, 400, Cls::RouteService, "invalid_route_service_signature",
                    "400 Bad Request: Failed to validate Route Service Signature");
        emit(t + pre, false, m_logWriter.signatureFailed(t + pre));
        emit(t + pre, false,
             m_logWriter.status(t + pre, "400 Bad Request: Failed to validate Route Service Signature"));
        return finishWithoutBackend();
    case Special::ConnLimit:
        routerError(r, 503, Cls::ConnectionLimit, "Connection Limit Reached",
                    "503 Service Unavailable: Connection Limit Reached");
        emit(t + pre, false,
             m_logWriter.status(t + pre, "503 Service Unavailable: Connection Limit Reached"));
        return finishWithoutBackend();
    case Special::UnknownHost:
    case Special::None:
        break;
    }
    Pool* pool = route >= 0 ? &m_pools[static_cast<std::size_t>(route)] : nullptr;
    if (!pool || !pool->exists) {
        const std::string_view host =
            rt ? std::string_view(rt->host)
               : std::string_view(m_w.unknownHosts[static_cast<std::size_t>(r.unknownHost)]);
        r.status = 404;
        r.cls = Cls::UnknownRoute;
        r.routerError = "unknown_route";
        r.bytesOut = static_cast<std::uint32_t>(
            std::string_view("404 Not Found: Requested route ('') does not exist.").size() + host.size() + 1);
        return finishWithoutBackend();
    }
    if (pool->eps.empty()) {
        const std::string body =
            "503 Service Unavailable: Requested route ('" + rt->uri + "') has no available endpoints.";
        r.status = 503;
        r.cls = Cls::NoEndpoints;
        r.routerError = "no_endpoints";
        r.bytesOut = bodyBytes(body);
        emit(t + pre, false, m_logWriter.status(t + pre, body));
        return finishWithoutBackend();
    }

    TimeNs cur = t + pre;
    const TimeNs firstStart = cur;
    TimeNs lastFailedEnd = -1;
    EpRef tried[kMaxAttempts];
    int ntried = 0;
    bool success = false;
    Attempt last;
    const int numEndpoints = static_cast<int>(pool->eps.size());
    for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
        const int idx = select(*pool, cur, tried, ntried);
        if (idx < 0)
            break;
        const TEp ep = pool->eps[static_cast<std::size_t>(idx)];
        tried[ntried++] = ep.ref;
        last = evaluate(ep, route, cur, r, force);
        const TimeNs attemptEnd = cur + last.duration;
        r.hasBackend = true;
        r.backendIp = ep.ip;
        r.backendPort = ep.port;
        if (ep.ref.kind == EpKind::Platform) {
            r.app = -1;
            r.instance = -1;
        } else {
            const int id = ep.ref.kind == EpKind::Stray
                               ? m_w.strayEps[static_cast<std::size_t>(ep.ref.id)].instance
                               : ep.ref.id;
            const Instance& inst = m_w.instances[static_cast<std::size_t>(id)];
            r.app = inst.app;
            r.appIndex = static_cast<std::int16_t>(inst.index);
            r.instance = id;
        }
        if (last.err == AttemptErr::None) {
            success = true;
            r.dnsTime = 0;
            r.dialTime = last.dial;
            r.tlsTime = last.tls;
            r.backendTime = last.duration;
            r.finalErr = AttemptErr::None;
            cur = attemptEnd;
            break;
        }
        ++r.failedAttempts;
        lastFailedEnd = attemptEnd;
        const ErrInfo& info = errInfo(last.err);
        const std::string backend = addrText(ep.ip, ep.port);
        ErrContext ctx;
        ctx.era = era;
        ctx.backend = backend;
        const std::string local = m_localIp + ":" + std::to_string(32768 + m_rng.below(28000));
        ctx.routerAddr = local;
        const EpLog log = epLog(ep.ref, route);
        ctx.expectedName = log.san;
        if (last.owner >= 0)
            ctx.presentedName = m_w.instances[static_cast<std::size_t>(last.owner)].guid;
        ctx.now = attemptEnd;
        ctx.notAfter = attemptEnd - (3600 + static_cast<TimeNs>(m_rng.below(7200))) * kSecond;
        ctx.contentLength = static_cast<int>(r.bytesIn);
        r.finalErr = last.err;
        r.errText = errorText(last.err, ctx);
        r.dnsTime = 0;
        const bool dialError = last.err == AttemptErr::DialRefused || last.err == AttemptErr::DialTimeout;
        r.dialTime = last.dial;
        r.tlsTime = dialError ? -1 : last.tls;
        r.backendTime = -1;
        emit(attemptEnd, false,
             m_logWriter.backendEndpointFailed(attemptEnd, log, r.errText, attempt, r.vid.data(),
                                               info.retriable, numEndpoints,
                                               info.gotConnection || last.reused, info.wroteHeaders,
                                               last.reused, last.dial, dialError ? 0 : last.tls));
        if (ep.tls && info.prunable && era != Era::Pre2019)
            m_pending.push({attemptEnd, m_seq++, route, ep.ref, true});
        else if (info.failable)
            m_pending.push({attemptEnd, m_seq++, route, ep.ref, false});
        cur = attemptEnd + static_cast<TimeNs>(m_rng.between(10, 60)) * kUs;
        if (!info.retriable)
            break;
    }
    r.failedAttemptsTime = r.failedAttempts ? lastFailedEnd - firstStart : -1;
    if (success) {
        m_client.appStatus(r, rt);
        r.cls = r.failedAttempts ? Cls::Recovered : (r.status >= 400 ? Cls::AppResponse : Cls::Ok);
        r.end = cur + post;
    } else {
        const ErrInfo& info = errInfo(r.finalErr);
        r.cls = info.cls;
        r.status = info.status;
        cur = lastFailedEnd;
        r.end = cur + post;
        const std::string_view body = statusBody(info.status);
        r.bytesOut = info.status == 499 ? 0 : bodyBytes(body);
        if (info.status != 499)
            emit(r.end, false, m_logWriter.status(r.end, body));
        if (r.finalErr == AttemptErr::Timeout && era != Era::Pre2019)
            emit(r.end, false, m_logWriter.requestTimeout(r.end, r.vid.data()));
        if (era == Era::Pre2019) {
            emit(r.end, false, m_logWriter.endpointFailed(r.end, epLog(tried[ntried - 1], route), r.errText));
        }
        emit(r.end, true, m_logWriter.stderrLine(r.end, "http: proxy error: " + r.errText));
    }
    r.responseTime = r.end - t;
    r.gorouterTime = pre + post;
    recordTruth(r);
    m_done.push({r.end, m_seq++, slot});
}

void RouterSim::applyPending(const Pending& p)
{
    Pool& pool = m_pools[static_cast<std::size_t>(p.route)];
    TEp* ep = find(pool, p.ep);
    if (!ep)
        return;
    if (p.prune) {
        emit(p.t, false, m_logWriter.routeEndpoint(p.t, "prune-failed-endpoint", epLog(p.ep, p.route)));
        pool.eps.erase(pool.eps.begin() + (ep - pool.eps.data()));
        return;
    }
    ep->ineligibleUntil = p.t + m_w.retryAfterFailure;
    if (m_w.era != Era::Pre2019)
        emit(p.t, false,
             m_logWriter.routeEndpoint(p.t, "endpoint-marked-as-ineligible", epLog(p.ep, p.route)));
}

void RouterSim::onRegistration(const RegMsg& msg)
{
    if (natsDown(msg.t))
        return;
    Pool& pool = m_pools[static_cast<std::size_t>(msg.route)];
    TEp* ep = find(pool, msg.ep);
    const bool logs = m_w.era != Era::Pre2019; // registry lines were debug before rr 0.207
    const std::string& uri = m_w.routes[static_cast<std::size_t>(msg.route)].uri;
    const TEp fresh = makeEp(msg.ep, msg.t);
    const std::pair<int, std::string> key{msg.route, addrText(fresh.ip, fresh.port)};
    if (msg.unregister) {
        if (!ep)
            return;
        if (!logs)
            m_silent.insert(key);
        if (logs)
            emit(msg.t, false, m_logWriter.endpointRegistration(msg.t, false, uri, epLog(msg.ep, msg.route)));
        pool.eps.erase(pool.eps.begin() + (ep - pool.eps.data()));
        if (pool.eps.empty()) {
            pool.exists = false;
            if (logs)
                emit(msg.t, false, m_logWriter.routeEvent(msg.t, "route-unregistered", uri));
        }
        return;
    }
    if (ep) {
        ep->lastUpdate = msg.t;
        return;
    }
    // Gorouter keys a pool by address: another instance registered at an address the pool
    // holds takes the entry over (an update, logged at debug level only).
    for (TEp& held : pool.eps)
        if (held.ip == fresh.ip && held.port == fresh.port) {
            held.ref = msg.ep;
            held.tls = fresh.tls;
            held.lastUpdate = msg.t;
            m_replacedAt.try_emplace(key, msg.t);
            return;
        }
    if (!logs)
        m_silent.insert(key);
    m_everHeld.insert(key);
    if (!pool.exists) {
        pool.exists = true;
        if (logs)
            emit(msg.t, false, m_logWriter.routeEvent(msg.t, "route-registered", uri));
    }
    pool.eps.push_back(fresh);
    if (logs)
        emit(msg.t, false, m_logWriter.endpointRegistration(msg.t, true, uri, epLog(msg.ep, msg.route)));
}

void RouterSim::pruneTick(TimeNs t)
{
    if (natsDown(t)) {
        if (!m_pruneSuspendLogged)
            emit(t, false, m_logWriter.plain(t, 1, "prune-suspended", "vcap.gorouter.registry", ""));
        m_pruneSuspendLogged = true;
        return;
    }
    for (std::size_t r = 0; r < m_pools.size(); ++r) {
        Pool& pool = m_pools[r];
        if (!pool.exists)
            continue;
        std::vector<std::string> pruned;
        auto stale = [&](const TEp& ep) { return ep.lastUpdate + m_w.staleThreshold < t; };
        for (const TEp& ep : pool.eps)
            if (stale(ep))
                pruned.push_back(addrText(ep.ip, ep.port));
        if (pruned.empty())
            continue;
        pool.eps.erase(std::remove_if(pool.eps.begin(), pool.eps.end(), stale), pool.eps.end());
        emit(t, false, m_logWriter.prunedRoute(t, m_w.routes[r].uri, pruned));
        if (pool.eps.empty())
            pool.exists = false;
    }
}

void RouterSim::natsChange(TimeNs t, bool down)
{
    if (down) {
        emit(t, false,
             m_logWriter.plain(t, 1, "nats-connection-disconnected", "vcap.gorouter.nats",
                               "\"host\":\"nats.service.cf.internal:4222\""));
        return;
    }
    emit(t, false,
         m_logWriter.plain(t, 1, "nats-connection-reconnected", "vcap.gorouter.nats",
                           "\"host\":\"nats.service.cf.internal:4222\""));
    // On reconnect gorouter refreshes every endpoint, so nothing is pruned right away:
    // which is how endpoints it never heard being removed survive the outage.
    for (Pool& pool : m_pools)
        for (TEp& ep : pool.eps)
            ep.lastUpdate = t;
    m_pruneSuspendLogged = false;
}

void RouterSim::takeDump(TimeNs t)
{
    m_dump.at = t;
    for (std::size_t r = 0; r < m_pools.size(); ++r) {
        const Pool& pool = m_pools[r];
        if (!pool.exists)
            continue;
        m_dump.routes.push_back(static_cast<int>(r));
        for (const TEp& ep : pool.eps)
            m_dump.entries.push_back({static_cast<int>(r), ep.ref, ep.ip, ep.port, ep.tls});
    }
}

void RouterSim::run()
{
    const TimeNs t0 = m_w.t0, t1 = m_w.t1;
    const double rps = m_w.options.rps;
    auto nextArrival = [&](TimeNs t, double rate) {
        return t + std::max<TimeNs>(1, static_cast<TimeNs>(m_rng.exponential(1e9 / rate)));
    };
    TimeNs nextBg = rps > 0 ? nextArrival(t0, rps) : kNever;
    std::vector<IncidentStream> streams;
    for (const TrafficSpec& spec : m_w.traffic)
        streams.push_back({&spec, nextArrival(spec.when.from, spec.rps), false});
    auto nextIncident = [&] {
        TimeNs best = kNever;
        int which = -1;
        for (std::size_t i = 0; i < streams.size(); ++i)
            if (streams[i].next < best && streams[i].next < streams[i].spec->when.to)
                best = streams[i].next, which = static_cast<int>(i);
        return std::pair<TimeNs, int>(best, which);
    };
    TimeNs incT = kNever;
    int incIdx = -1;
    std::tie(incT, incIdx) = nextIncident();
    std::size_t regCursor = 0;
    TimeNs nextPrune = t0 + static_cast<TimeNs>(m_rng.below(30'000'000'000ULL));
    std::vector<std::pair<TimeNs, bool>> nats;
    for (const Interval& i : m_vm.natsDown) {
        nats.emplace_back(i.from, true);
        nats.emplace_back(i.to, false);
    }
    std::size_t natsCursor = 0;
    TimeNs nextTlsNoise = t0 + static_cast<TimeNs>(m_rng.exponential(15e9));
    TimeNs nextToken = t0 + 97 * kSecond + static_cast<TimeNs>(m_rng.below(1'000'000'000ULL));
    bool dumped = false;
    std::size_t sampleCursor = 0;

    while (true) {
        const TimeNs reg = regCursor < m_w.regMsgs.size() ? m_w.regMsgs[regCursor].t : kNever;
        const TimeNs nat = natsCursor < nats.size() ? nats[natsCursor].first : kNever;
        const TimeNs dump = dumped ? kNever : m_vm.dumpAt;
        const TimeNs sample = sampleCursor < m_samples.size() ? m_samples[sampleCursor] : kNever;
        TimeNs t = std::min({nextBg, incT, reg, nextPrune, nat, nextTlsNoise, nextToken, dump, sample});
        if (t >= t1)
            break;
        flushUntil(t);
        if (t == sample) {
            // After everything else at that instant: a sample shows the table the logs lead to.
            if (nextBg != t && incT != t && reg != t && nextPrune != t && nat != t && nextTlsNoise != t &&
                nextToken != t && dump != t) {
                sampleTable(t);
                ++sampleCursor;
                continue;
            }
        }
        if (t == nat) {
            natsChange(t, nats[natsCursor++].second);
        } else if (t == reg) {
            onRegistration(m_w.regMsgs[regCursor++]);
        } else if (t == dump) {
            takeDump(t);
            dumped = true;
        } else if (t == nextPrune) {
            pruneTick(t);
            nextPrune += m_w.pruneInterval;
        } else if (t == nextTlsNoise) {
            // Load-balancer health checks that close the TLS connection early.
            const std::string text = "http: TLS handshake error from " + ipText(m_w.lbIps[m_rng.below(3)]) +
                                     ":" + std::to_string(m_rng.between(32768, 60999)) + ": EOF";
            emit(t, true, m_logWriter.stderrLine(t, text));
            nextTlsNoise = t + static_cast<TimeNs>(m_rng.exponential(15e9)) + kMs;
        } else if (t == nextToken) {
            emit(t, false,
                 m_logWriter.plain(t, 1, "fetching-token", "vcap.gorouter.route-fetcher",
                                   "\"force-update\":false"));
            emit(t + 3 * kMs, false,
                 m_logWriter.plain(t + 3 * kMs, 1, "successfully-fetched-token",
                                   "vcap.gorouter.route-fetcher", ""));
            nextToken += 600 * kSecond;
        } else if (t == incT) {
            IncidentStream& s = streams[static_cast<std::size_t>(incIdx)];
            const TrafficSpec& spec = *s.spec;
            s.next = nextArrival(t, spec.rps);
            const bool keep =
                spec.decaySeconds <= 0 ||
                m_rng.chance(std::exp(-static_cast<double>(t - spec.when.from) / 1e9 / spec.decaySeconds));
            if (keep) {
                const bool force = spec.forceFirst && !s.forcedDone;
                s.forcedDone = true;
                request(t, spec.route, spec.special, spec.path, spec.postShare, force);
            }
            std::tie(incT, incIdx) = nextIncident();
        } else {
            nextBg = nextArrival(t, rps);
            const double u = m_rng.uniform();
            int route = static_cast<int>(std::lower_bound(m_routeCdf.begin(), m_routeCdf.end(), u) -
                                         m_routeCdf.begin());
            if (route >= static_cast<int>(m_w.routes.size()))
                route = -1;
            if (route >= 0) {
                const Route& rt = m_w.routes[static_cast<std::size_t>(route)];
                if (rt.app >= 0) {
                    const TimeNs deleted = m_w.apps[static_cast<std::size_t>(rt.app)].deletedAt;
                    // Clients of a deleted app give up over a minute or two.
                    if (t > deleted && !m_rng.chance(std::exp(-static_cast<double>(t - deleted) / 60e9)))
                        continue;
                }
            }
            request(t, route, Special::None, PathKind::Normal, 0.1, false);
        }
    }
    flushUntil(kNever);
    if (!dumped)
        takeDump(t1);
    finishTableTruth();
}

void RouterSim::sampleTable(TimeNs t)
{
    std::set<std::pair<int, std::string>> held;
    for (std::size_t r = 0; r < m_pools.size(); ++r)
        for (const TEp& ep : m_pools[r].eps) {
            TableTruthRow row;
            row.at = t;
            row.route = static_cast<int>(r);
            row.address = addrText(ep.ip, ep.port);
            row.present = true;
            row.stale = staleReasonAt(m_w, ep.ref, ep.ip, ep.port, t);
            held.insert({row.route, row.address});
            m_truth.table.push_back(std::move(row));
        }
    for (const auto& key : m_everHeld)
        if (!held.count(key)) {
            TableTruthRow row;
            row.at = t;
            row.route = key.first;
            row.address = key.second;
            row.stale = "none";
            m_truth.table.push_back(std::move(row));
        }
}

void RouterSim::finishTableTruth()
{
    std::set<std::pair<int, std::string>> dumped;
    for (const DumpEntry& e : m_dump.entries)
        dumped.insert({e.route, addrText(e.ip, e.port)});
    // Only current registration lines name the instance; before that, only a dump does.
    const bool eventsNameInstances = m_w.era == Era::Current;
    for (TableTruthRow& row : m_truth.table) {
        const std::pair<int, std::string> key{row.route, row.address};
        row.presenceKnown = !m_silent.count(key);
        const auto replaced = m_replacedAt.find(key);
        row.staleKnown = row.presenceKnown && !row.stale.empty() &&
                         (eventsNameInstances || dumped.count(key)) &&
                         (replaced == m_replacedAt.end() || row.at < replaced->second);
    }
}

} // namespace rs::gen
