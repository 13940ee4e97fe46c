#pragma once

#include "options.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rs::gen {

struct Interval {
    TimeNs from = kNever;
    TimeNs to = kNever;
    bool contains(TimeNs t) const { return t >= from && t < to; }
};

struct RouterVm {
    std::string uuid;
    int index = 0;
    std::uint32_t ip = 0;
    std::vector<Interval> natsDown; // NATS outages: no registry messages, pruning suspended
    TimeNs dumpAt = 0;              // when retrieve-local-routes was run
};

struct CellVm {
    std::string uuid;
    int index = 0;
    std::uint32_t ip = 0;
    std::string az;
    Interval down; // VM unreachable (restart); its route emitter is dead meanwhile
    TimeNs emitterPhase = 0;
};

struct App {
    std::string guid, name, versionGuid, processGuid;
    std::string orgGuid, orgName, spaceGuid, spaceName;
    std::vector<int> routes;
    double weight = 1;     // share of background traffic
    double serviceMs = 40; // mean backend service time
    TimeNs deletedAt = kNever;
};

enum class StopKind : std::uint8_t { None, Crash, Stop, CellLost };

// One container (one Diego instance guid). A restart makes a new Instance.
struct Instance {
    int app = 0;
    int index = 0;
    std::string guid;
    int cell = 0;
    int block = 0; // port block: host port 61000+4b, ssh +1, TLS proxy +2, ssh TLS +3
    TimeNs created = 0;
    TimeNs healthy = 0;      // listening, and the emitter may register it from registerFrom
    TimeNs registerFrom = 0; // first registration (later than healthy when the emitter lags)
    TimeNs stopped = kNever;
    TimeNs unregistered = kNever; // emitter's unregister; kNever when nobody sent one
    StopKind stopKind = StopKind::None;
    int crashCount = 0;
    std::uint32_t overlayIp = 0;
    std::string tagsJson; // route-emitter tags, Go-compact with sorted keys
    std::uint64_t modificationEpochSeed = 0;

    std::uint16_t hostPort() const { return static_cast<std::uint16_t>(61000 + 4 * block); }
    std::uint16_t tlsPort() const { return static_cast<std::uint16_t>(61000 + 4 * block + 2); }
    bool listening(TimeNs t) const { return t >= healthy && t < stopped; }
};

enum class RouteKind : std::uint8_t { App, Api, Uaa, Doppler };

struct Route {
    std::string uri;  // key in the route table: host or host/path
    std::string host; // Host header as clients send it
    int app = -1;     // -1: platform route (empty app id)
    RouteKind kind = RouteKind::App;
    std::vector<int> platformEps;
    std::string routeServiceUrl;
    double weight = 0; // background share
};

// A platform component registered by route_registrar (Cloud Controller, UAA, Doppler).
struct PlatformEp {
    std::uint32_t ip = 0;
    std::uint16_t port = 0;
    bool tls = false;
    std::string privateInstanceId, san, tagsJson;
};

// An endpoint whose port is not its instance's: planted to give the dumps a port_mismatch.
struct StrayEp {
    int instance = 0;
    std::uint16_t port = 0;
};

enum class EpKind : std::uint8_t { Instance, Platform, Stray };

struct EpRef {
    EpKind kind = EpKind::Instance;
    std::int32_t id = 0;
    bool operator==(const EpRef&) const = default;
};

struct RegMsg {
    TimeNs t = 0;
    int route = 0;
    EpRef ep;
    bool unregister = false;
};

enum class FaultKind : std::uint8_t {
    Refused,          // nothing listens (component restart)
    NonTls,           // backend answers plain HTTP on the TLS port
    Untrusted,        // certificate from an unknown CA
    RemoteBadCert,    // backend rejects gorouter's client certificate
    RemoteHandshake,  // no common cipher suite
    HandshakeTimeout, // overloaded proxy never finishes the handshake
    Expired,          // certificate issued by a cell whose clock is behind
    KeepAliveRace,    // backend closes idle keep-alive connections first
    Incomplete,       // request body shorter than its Content-Length
    Timeout,          // slow endpoint beyond the request timeout
    ClientCancel,     // slow endpoint, clients give up
    Malformed,        // instance speaks h2c to an HTTP/1.1 client
};

// Path shapes; faults of the slow kinds only hit the matching shape.
enum class PathKind : std::uint8_t { Any, Normal, Report, Search, Upload };

struct Fault {
    Interval when;
    int app = -1;           // app whose instances misbehave, or
    int platformRoute = -1; // a platform route whose endpoints do
    int instanceIndex = -1; // -1: every instance
    FaultKind kind = FaultKind::Refused;
    double p = 1.0;
    PathKind path = PathKind::Any;
};

enum class Special : std::uint8_t {
    None,
    EmptyHost,
    InvalidInstanceHeader,
    TooLarge,
    Panic,
    RsUnsupported,
    RsBadSignature,
    ConnLimit,
    UnknownHost,
};

// Extra client traffic an incident injects on every router (on top of the background), so
// each class shows up whatever --rps is.
struct TrafficSpec {
    Interval when;
    double rps = 0.5;
    int route = -1;
    Special special = Special::None;
    PathKind path = PathKind::Normal;
    double postShare = 0.1;
    double decaySeconds = 0; // rate falls off exponentially (clients giving up)
    bool forceFirst = true;  // the first request on each router always meets the fault
};

struct Roles {
    int web = 0, crashMulti = 1, crashSingle = 2, staleHit = 3, staleIdle = 4, deleted = 5;
    int adminRoute = -1;   // web's route-service path route
    int crashedAtEnd = -1; // instance whose LRP is CRASHED in the cfdot capture
};

struct World {
    GenOptions options;
    Era era = Era::Current;
    TimeNs t0 = 0, t1 = 0;
    std::string deployment = "cf-prod";
    std::vector<RouterVm> routers;
    std::vector<CellVm> cells;
    std::vector<App> apps;
    std::vector<Instance> instances;
    std::vector<Route> routes;
    std::vector<PlatformEp> platformEps;
    std::vector<StrayEp> strayEps;
    std::vector<RegMsg> regMsgs; // sorted by time
    std::vector<Fault> faults;
    std::vector<std::vector<int>> faultsByApp;   // indices into faults
    std::vector<std::vector<int>> faultsByRoute; // platform faults
    std::vector<TrafficSpec> traffic;
    std::vector<std::vector<int>> instancesByCell;
    std::vector<std::uint32_t> lbIps;
    std::vector<std::string> unknownHosts;
    Roles roles;
    std::string orgGuids[2], spaceGuids[3];
    TimeNs requestTimeout = 60 * kSecond;
    TimeNs dialTimeout = 5 * kSecond;
    TimeNs handshakeTimeout = 10 * kSecond;
    TimeNs registerInterval = 20 * kSecond;
    TimeNs staleThreshold = 120 * kSecond;
    TimeNs pruneInterval = 30 * kSecond;
    TimeNs retryAfterFailure = 30 * kSecond;
    TimeNs bundleTime = 0; // when `bosh logs` ran: archive names and mtimes

    // The running instance listening on cell:port at t, or -1.
    int ownerOf(int cell, std::uint16_t port, TimeNs t) const;
    bool cellDown(int cell, TimeNs t) const { return cells[static_cast<std::size_t>(cell)].down.contains(t); }
};

} // namespace rs::gen
