#include "core/diagnosis/lbjoin.h"

#include "core/diagnosis/correlation.h"
#include "core/formats/accesslog.h"
#include "core/formats/traceheaders.h"
#include "core/formats/wrappers.h"
#include "core/store/incident.h"
#include "core/util/fnv.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <unordered_map>

namespace rs {
namespace {

constexpr std::array<std::string_view, kLbClassCount> kLbClassIds = {"none", "lb_no_backend_response",
                                                                     "lb_timeout", "lb_connection_error"};

// Clocks of the LB and the router VMs differ by NTP's error, and HAProxy logs milliseconds.
constexpr DurationNs kClockTolerance = 100'000'000;
// How far outside the LB rows' span Gorouter requests are read for the join.
constexpr DurationNs kSpanMargin = 120'000'000'000;
// A target address is taken to be a router once this share of its confident joins agree.
constexpr std::size_t kMinVotes = 3;

// The IP of "ip:port", "[v6]:port" or a bare IP.
std::string_view ipOf(std::string_view address, LbKind kind)
{
    if (address.starts_with('[')) {
        const auto close = address.find(']');
        return close == std::string_view::npos ? address : address.substr(1, close - 1);
    }
    const auto colon = address.rfind(':');
    if (colon == std::string_view::npos)
        return address;
    // IPv4 "a.b.c.d:port"; HAProxy writes IPv6 peers without brackets, port last.
    if (address.find(':') == colon || kind == LbKind::HaProxy)
        return address.substr(0, colon);
    return address;
}

std::uint32_t hopHash(std::string_view ip)
{
    return static_cast<std::uint32_t>(fnv1a(ip) >> 16);
}

// "Root=1-…" out of an X-Amzn-Trace-Id ("Self=…;Root=…;Sampled=1"): ALB adds Self when the
// header came in already, so the Root part is what both sides share.
std::string_view amznRoot(std::string_view value)
{
    const auto root = value.find("Root=");
    if (root == std::string_view::npos)
        return value;
    const std::string_view rest = value.substr(root);
    return rest.substr(0, rest.find(';'));
}

enum IdKind : std::size_t { Amzn, RequestIdKind, Trace, kIdKinds };

struct Gorouter {
    std::uint32_t row = 0;
    TimeNs start = 0, end = 0;
    std::uint32_t hopsBegin = 0, hopsCount = 0;
};

struct Facts {
    std::vector<Gorouter> requests;  // requests inside the LB rows' span, in row order
    std::vector<std::uint32_t> hops; // hopHash of every X-Forwarded-For hop
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> byKey; // method+URL -> requests
    std::array<std::unordered_map<std::string, std::vector<std::uint32_t>>, kIdKinds> byId;
    std::array<bool, kIdKinds> logged{}; // Gorouter logs this header at all
};

std::uint64_t requestKey(std::string_view method, std::uint64_t urlHash)
{
    return fnv1a(method, urlHash * 0x9E3779B97F4A7C15ull);
}

Facts gorouterFacts(const Incident& incident, TimeNs lo, TimeNs hi)
{
    const RequestTable& q = incident.tables.requests;
    Facts f;
    AccessLogParser parser;
    AccessRecord record;
    for (std::size_t row = 0; row < q.size(); ++row) {
        if (q.start[row] == kNoTime || q.start[row] < lo || q.start[row] > hi)
            continue;
        const RawLine line = incident.rawLine(q.source, row); // the record points into it
        if (parser.parse(unwrap(line.view()).payload, record))

            continue;
        const auto index = static_cast<std::uint32_t>(f.requests.size());
        Gorouter g;
        g.row = static_cast<std::uint32_t>(row);
        g.start = q.start[row];
        g.end = addClamped(q.start[row], std::max<DurationNs>(0, q.responseTime[row]));
        g.hopsBegin = static_cast<std::uint32_t>(f.hops.size());
        for (std::string_view xff = record.xForwardedFor; !xff.empty();) {
            const auto comma = xff.find(',');
            std::string_view hop = xff.substr(0, comma);
            while (hop.starts_with(' '))
                hop.remove_prefix(1);
            while (hop.ends_with(' '))
                hop.remove_suffix(1);
            if (!hop.empty())
                f.hops.push_back(hopHash(hop));
            xff = comma == std::string_view::npos ? std::string_view{} : xff.substr(comma + 1);
        }
        g.hopsCount = static_cast<std::uint32_t>(f.hops.size()) - g.hopsBegin;
        f.requests.push_back(g);
        f.byKey[requestKey(record.method, lbUrlHash(record.uri))].push_back(index);
        for (const ExtraField& e : record.extras) {
            if (e.value.empty() || e.value == "-")
                continue;
            std::size_t kind = kIdKinds;
            std::string_view id = e.value;
            if (e.name == "x_amzn_trace_id") {
                kind = Amzn;
                id = amznRoot(id);
            } else if (e.name == "x_request_id") {
                kind = RequestIdKind;
            } else if (e.name == "traceparent") {
                kind = Trace;
                id = traceparentTraceId(id);
            }
            if (kind == kIdKinds)
                continue;
            f.logged[kind] = true;
            f.byId[kind][std::string(id)].push_back(index);
        }
    }
    return f;
}

struct LbView {
    TimeNs start = 0;
    TimeNs latestForward = 0; // the latest a router can have received the request
    TimeNs end = kNoTime;     // when the LB had the target's whole response; kNoTime if it never did
    std::uint64_t key = 0;
    std::uint32_t clientHop = 0;
    bool hasClient = false;
};

LbView viewOf(const Incident& incident, std::size_t row)
{
    const LbTable& lb = incident.tables.lb;
    LbView v;
    v.start = lb.start[row];
    DurationNs forward = 0;
    if (lb.request[row] != kNoDuration)
        forward = lb.request[row] + std::max<DurationNs>(0, lb.connect[row]);
    else if (lb.total[row] != kNoDuration)
        forward = lb.total[row];
    v.latestForward = addClamped(v.start, forward + kClockTolerance);
    if (lb.targetStatus[row] != kNoTargetStatus && lb.total[row] != kNoDuration)
        v.end = addClamped(v.start, lb.total[row] + kClockTolerance);
    v.key = requestKey(incident.str(lb.method[row]), lb.urlHash[row]);
    const std::string_view client = ipOf(incident.str(lb.client[row]), lb.kind[row]);
    v.hasClient = !client.empty();
    v.clientHop = hopHash(client);
    return v;
}

bool hasHop(const Facts& f, const Gorouter& g, std::uint32_t hop)
{
    const auto begin = f.hops.begin() + g.hopsBegin;
    return std::find(begin, begin + g.hopsCount, hop) != begin + g.hopsCount;
}

// Requests of `f` that fit LB row `row` by method, URL, client and time; `router`, when set, must
// be the request's router.
std::vector<std::uint32_t> candidates(const Incident& incident, const Facts& f, const LbView& v,
                                      std::optional<IdentityIndex> router)
{
    std::vector<std::uint32_t> out;
    const auto it = f.byKey.find(v.key);
    if (it == f.byKey.end())
        return out;
    const RequestTable& q = incident.tables.requests;
    const TimeNs earliest = subClamped(v.start, kClockTolerance);
    const auto& list = it->second; // in row order; rows of one file are in time order, not all
    for (const std::uint32_t index : list) {
        const Gorouter& g = f.requests[index];
        if (g.start < earliest || g.start > v.latestForward)
            continue;
        if (v.end != kNoTime && g.end > v.end)
            continue;
        if (v.hasClient && g.hopsCount > 0 && !hasHop(f, g, v.clientHop))
            continue;
        if (router && q.identity[g.row] != *router)
            continue;
        out.push_back(index);
    }
    return out;
}

bool isFailureStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

} // namespace

std::string_view lbClassId(LbClass cls)
{
    const auto i = static_cast<std::size_t>(cls);
    return i < kLbClassIds.size() ? kLbClassIds[i] : kLbClassIds[0];
}

std::optional<LbClass> lbClassFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kLbClassIds.size(); ++i)
        if (kLbClassIds[i] == id)
            return static_cast<LbClass>(i);
    return std::nullopt;
}

std::string_view lbJoinId(LbJoin join)
{
    switch (join) {
    case LbJoin::None:
        return "none";
    case LbJoin::ById:
        return "id";
    case LbJoin::ByTime:
        return "time";
    case LbJoin::Ambiguous:
        return "ambiguous";
    }
    return "none";
}

bool LbDiagnosis::disagrees(const Incident& incident, std::size_t lbRow) const
{
    const std::uint32_t req = request[lbRow];
    if (req == kNoLbRow)
        return false;
    const int lbStatus = incident.tables.lb.status[lbRow];
    const int routerStatus = incident.tables.requests.status[req];
    return lbStatus != 0 && routerStatus != 0 && lbStatus != routerStatus;
}

LbClass classifyLbRow(const Incident& incident, std::size_t row)
{
    const LbTable& lb = incident.tables.lb;
    const int status = lb.status[row];
    if (!isFailureStatus(status) || lb.targetStatus[row] != kNoTargetStatus)
        return LbClass::None;
    const std::string_view term = incident.str(lb.termination[row]);
    const bool noTarget = lb.target[row] == StringPool::kEmpty;
    switch (lb.kind[row]) {
    case LbKind::HaProxy:
        // Termination state: first letter who ended the session (s: server timeout, S: server
        // aborted or refused), second the phase (C: connect, H: headers, D: data).
        if (term.size() >= 2 && term[0] == 's')
            return term[1] == 'C' ? LbClass::ConnectionError : LbClass::Timeout;
        if (noTarget)
            return LbClass::NoBackendResponse;
        if (term.size() >= 2 && term[0] == 'S' && term[1] == 'C')
            return LbClass::ConnectionError;
        if (lb.connect[row] == kNoDuration && status != 504)
            return LbClass::ConnectionError;
        return status == 504 ? LbClass::Timeout : LbClass::NoBackendResponse;
    case LbKind::AwsAlb:
    case LbKind::AwsElb:
        if (status == 504 || contains(term, "Timeout"))
            return LbClass::Timeout;
        if (contains(term, "Connection") ||
            (status == 502 && !noTarget && lb.response[row] == kNoDuration && !contains(term, "Response")))
            return LbClass::ConnectionError;
        return LbClass::NoBackendResponse;
    case LbKind::GcpHttp:
        if (contains(term, "timeout"))
            return LbClass::Timeout;
        if (contains(term, "failed_to_connect"))
            return LbClass::ConnectionError;
        return status == 504 ? LbClass::Timeout : LbClass::NoBackendResponse;
    case LbKind::AzureAppGw:
        if (contains(term, "TIMED_OUT") || contains(term, "TIMEOUT") || status == 504)
            return LbClass::Timeout;
        if (contains(term, "CONNECTION") || contains(term, "BORKED") || contains(term, "REFUSED"))
            return LbClass::ConnectionError;
        return LbClass::NoBackendResponse;
    }
    return LbClass::None;
}

void joinLoadBalancers(const Incident& incident, Diagnosis& diagnosis)
{
    const LbTable& lb = incident.tables.lb;
    const RequestTable& q = incident.tables.requests;
    LbDiagnosis& out = diagnosis.lb;
    out = LbDiagnosis{};
    out.request.assign(lb.size(), kNoLbRow);
    out.join.assign(lb.size(), LbJoin::None);
    out.lbClass.resize(lb.size());
    // Without LB rows no request has one: lbOfRequest stays empty rather than 4 bytes per request of
    // kNoLbRow (81 MiB at 21 M requests). Its readers take a short column as "none" (filtereval,
    // the request table's LB column and order).
    if (lb.size() > 0)
        out.lbOfRequest.assign(q.size(), kNoLbRow);
    for (std::size_t row = 0; row < lb.size(); ++row)
        out.lbClass[row] = classifyLbRow(incident, row);

    TimeNs lo = kNoTime, hi = kNoTime;
    for (std::size_t row = 0; row < lb.size(); ++row) {
        if (lb.start[row] == kNoTime)
            continue;
        const TimeNs end = addClamped(lb.start[row], std::max<DurationNs>(0, lb.total[row]));
        lo = lo == kNoTime ? lb.start[row] : std::min(lo, lb.start[row]);
        hi = hi == kNoTime ? end : std::max(hi, end);
    }
    Facts facts;
    if (lo != kNoTime && q.size() > 0)
        facts = gorouterFacts(incident, subClamped(lo, kSpanMargin), addClamped(hi, kSpanMargin));

    // 1. Exact ids. An id of a kind Gorouter logs for this LB that no request carries means the
    // request never reached a router: no time join is tried for it.
    std::vector<bool> decided(lb.size(), false);
    std::map<std::pair<StringPool::Id, IdentityIndex>, std::size_t> votes; // (target, router)
    std::map<StringPool::Id, std::size_t> targetVotes;
    const auto vote = [&](std::size_t row, std::uint32_t req) {
        if (lb.target[row] == StringPool::kEmpty)
            return;
        ++votes[{lb.target[row], q.identity[req]}];
        ++targetVotes[lb.target[row]];
    };
    const auto idsOf = [&](std::size_t row) {
        return std::array<std::string_view, kIdKinds>{amznRoot(incident.str(lb.amznTraceId[row])),
                                                      incident.str(lb.requestId[row]),
                                                      traceparentTraceId(incident.str(lb.traceparent[row]))};
    };
    // Gorouter logging a header proves nothing about this LB's ids (it writes a traceparent of its
    // own when none came in): an id kind counts once some LB row's id was found in Gorouter's log.
    std::array<bool, kIdKinds> trusted{};
    for (std::size_t row = 0; row < lb.size(); ++row) {
        const auto ids = idsOf(row);
        for (std::size_t kind = 0; kind < kIdKinds; ++kind)
            if (!trusted[kind] && facts.logged[kind] && !ids[kind].empty() &&
                facts.byId[kind].count(std::string(ids[kind])) > 0)
                trusted[kind] = true;
    }
    for (std::size_t row = 0; row < lb.size(); ++row) {
        const auto ids = idsOf(row);
        for (std::size_t kind = 0; kind < kIdKinds && !decided[row]; ++kind) {
            if (ids[kind].empty() || !trusted[kind])
                continue;
            decided[row] = true;
            const auto it = facts.byId[kind].find(std::string(ids[kind]));
            if (it == facts.byId[kind].end())
                break; // never reached Gorouter
            if (it->second.size() == 1) {
                out.request[row] = facts.requests[it->second.front()].row;
                out.join[row] = LbJoin::ById;
                vote(row, out.request[row]);
            } else {
                out.join[row] = LbJoin::Ambiguous;
            }
        }
    }

    // 2. Time joins: first without knowing which router a target is, to learn it from the
    // unambiguous matches (and the id joins), then again restricted to that router.
    std::vector<LbView> views(lb.size());
    for (std::size_t row = 0; row < lb.size(); ++row) {
        if (decided[row] || lb.start[row] == kNoTime)
            continue;
        views[row] = viewOf(incident, row);
        const auto found = candidates(incident, facts, views[row], std::nullopt);
        if (found.size() == 1)
            vote(row, facts.requests[found.front()].row);
    }
    std::unordered_map<StringPool::Id, IdentityIndex> routerOf;
    for (const auto& [key, count] : votes) {
        const std::size_t all = targetVotes[key.first];
        if (count >= kMinVotes && count * 10 >= all * 9)
            routerOf[key.first] = key.second;
    }
    std::vector<std::uint32_t> claims(facts.requests.size(), 0);
    std::vector<std::uint32_t> chosen(lb.size(), kNoLbRow);
    for (std::size_t row = 0; row < lb.size(); ++row) {
        if (decided[row] || lb.start[row] == kNoTime)
            continue;
        std::optional<IdentityIndex> router;
        if (const auto it = routerOf.find(lb.target[row]); it != routerOf.end())
            router = it->second;
        const auto found = candidates(incident, facts, views[row], router);
        if (found.size() > 1) {
            out.join[row] = LbJoin::Ambiguous;
            for (const std::uint32_t index : found)
                ++claims[index];
        } else if (found.size() == 1) {
            chosen[row] = found.front();
            ++claims[found.front()];
        }
    }
    // A request that fitted two LB rows belongs to neither for certain.
    for (std::size_t row = 0; row < lb.size(); ++row) {
        if (chosen[row] == kNoLbRow)
            continue;
        if (claims[chosen[row]] > 1) {
            out.join[row] = LbJoin::Ambiguous;
            continue;
        }
        out.request[row] = facts.requests[chosen[row]].row;
        out.join[row] = LbJoin::ByTime;
    }

    for (std::size_t row = 0; row < lb.size(); ++row) {
        const std::uint32_t req = out.request[row];
        if (req != kNoLbRow) {
            if (out.lbOfRequest[req] == kNoLbRow)
                out.lbOfRequest[req] = static_cast<std::uint32_t>(row);
            if (out.lbClass[row] != LbClass::None)
                diagnosis.source[req] = Source::Infrastructure;
            if (out.disagrees(incident, row))
                ++out.statusDisagreements;
        } else if (out.lbClass[row] != LbClass::None) {
            if (out.join[row] == LbJoin::Ambiguous)
                ++out.ambiguousFailures;
            else
                ++out.neverReached;
        }
    }
}

} // namespace rs
