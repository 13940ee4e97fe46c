#pragma once

#include "accesslog.h"
#include "gorouterlog.h"
#include "logsink.h"
#include "model.h"
#include "rng.h"
#include "traffic.h"
#include "truth.h"

#include <queue>

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace rs::gen {

// One endpoint as a router's table holds it at dump time.
struct DumpEntry {
    int route = 0;
    EpRef ep;
    std::uint32_t ip = 0;
    std::uint16_t port = 0;
    bool tls = false;
};

struct RouterDump {
    TimeNs at = 0;
    std::vector<int> routes; // pools that exist, empty ones included
    std::vector<DumpEntry> entries;
};

struct RouterLogs {
    RotatingLog* access = nullptr;
    RotatingLog* out = nullptr; // gorouter.stdout.log / gorouter.log
    RotatingLog* err = nullptr; // gorouter.stderr.log / gorouter.err.log
};

// Runs one router through the window: its route table (registrations, TTL pruning, NATS
// outages, prune-on-failure), every client request with its attempts, and all lines the
// router writes. Requests are resolved against the world (who listens where, which
// faults apply) so the logs and the ground truth agree by construction.
class RouterSim {
public:
    RouterSim(const World& world, int router, RouterLogs logs, TruthPart& truth);
    ~RouterSim();
    void run();
    const RouterDump& dump() const { return m_dump; }

private:
    struct TEp {
        EpRef ref;
        std::uint32_t ip = 0;
        std::uint16_t port = 0;
        bool tls = false;
        TimeNs lastUpdate = 0;
        TimeNs ineligibleUntil = 0;
    };
    struct Pool {
        bool exists = false;
        std::vector<TEp> eps;
        std::uint32_t rr = 0;
    };
    struct Event {
        TimeNs t;
        std::uint64_t seq;
        bool err;
        std::string line;
        bool operator>(const Event& o) const { return t != o.t ? t > o.t : seq > o.seq; }
    };
    struct Pending { // deferred table change caused by a failed attempt
        TimeNs t;
        std::uint64_t seq;
        int route;
        EpRef ep;
        bool prune;
        bool operator>(const Pending& o) const { return t != o.t ? t > o.t : seq > o.seq; }
    };
    struct Done {
        TimeNs end;
        std::uint64_t seq;
        std::uint32_t slot;
        bool operator>(const Done& o) const { return end != o.end ? end > o.end : seq > o.seq; }
    };
    struct Attempt {
        AttemptErr err = AttemptErr::None;
        TimeNs duration = 0, dial = 0, tls = 0;
        bool reused = false;
        int owner = -1;
    };
    struct IncidentStream {
        const TrafficSpec* spec;
        TimeNs next;
        bool forcedDone;
    };

    void buildInitialTable();
    TEp makeEp(EpRef ref, TimeNs t) const;
    EpLog epLog(EpRef ref, int route) const;
    TEp* find(Pool& pool, EpRef ref);

    void request(TimeNs t, int route, Special special, PathKind kind, double postShare, bool force);
    void routerError(Req& req, std::uint16_t status, Cls cls, std::string_view value, std::string_view body);
    Attempt evaluate(const TEp& ep, int route, TimeNs at, Req& req, bool force);
    bool applyFault(const Fault& f, const Instance* owner, int platformIndex, TimeNs at, Req& req, bool force,
                    Attempt& a);
    int select(Pool& pool, TimeNs t, const EpRef* tried, int ntried);
    void finishRequest(std::uint32_t slot);
    void recordTruth(const Req& req);

    void onRegistration(const RegMsg& msg);
    void pruneTick(TimeNs t);
    void natsChange(TimeNs t, bool down);
    void applyPending(const Pending& p);
    void takeDump(TimeNs t);
    void sampleTable(TimeNs t);
    void finishTableTruth();

    void emit(TimeNs t, bool err, std::string line);
    void flushUntil(TimeNs t);
    bool natsDown(TimeNs t) const;

    const World& m_w;
    int m_router;
    const RouterVm& m_vm;
    RouterLogs m_logs;
    TruthPart& m_truth;
    Rng m_rng;
    ClientModel m_client;
    AccessLogWriter m_accessWriter;
    GorouterLogWriter m_logWriter;
    std::vector<Pool> m_pools;
    std::vector<Req> m_slots;
    std::vector<std::uint32_t> m_freeSlots;
    std::priority_queue<Done, std::vector<Done>, std::greater<>> m_done;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_pending;
    std::uint64_t m_seq = 0;
    std::vector<double> m_routeCdf; // background route choice; last slot = unknown hosts
    RouterDump m_dump;
    bool m_pruneSuspendLogged = false;
    std::string m_routerName;
    std::string m_localIp;
    // Route-table truth: sample times, keys (route, address) ever held, and keys whose
    // membership changed without a log line or whose address another instance took over.
    std::vector<TimeNs> m_samples;
    std::set<std::pair<int, std::string>> m_everHeld, m_silent;
    std::map<std::pair<int, std::string>, TimeNs> m_replacedAt;
};

} // namespace rs::gen
