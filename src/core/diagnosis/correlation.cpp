#include "core/diagnosis/correlation.h"

#include "core/util/memorytrace.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <utility>

namespace rs {

namespace {

// Gorouter writes the access log and gorouter.log from one process and one clock, so an event
// of a request lies inside the request's window up to the access log's resolution (old
// releases log the start in milliseconds). Anything looser only adds false candidates.
constexpr DurationNs kTolerance = 5'000'000;
// Go's standard log writes whole seconds: a stderr proxy error's time is the request's end
// truncated to the second.
constexpr DurationNs kStderrResolution = 1'000'000'000;

bool isAttemptMessage(RouterMessage m)
{
    return m == RouterMessage::BackendEndpointFailed || m == RouterMessage::RouteServiceConnectionFailed;
}

// Messages that carry the error a request finally failed with, without being an attempt.
bool isFinalMessage(RouterMessage m)
{
    return m == RouterMessage::EndpointFailed || m == RouterMessage::BackendRequestTimeout;
}

// A request's end: its start plus its response time (none when not logged). Computed where needed
// instead of a column of every request's end, which cost 8 bytes per request at the peak.
TimeNs requestEnd(const RequestTable& q, std::uint32_t row)
{
    return q.start[row] + std::max<DurationNs>(0, q.responseTime[row]);
}

// The request row of each (request id, router) that events carry: the first row with both, kNoRow
// when none. Indexes the events' keys (a few per failed request) and passes over the requests once,
// instead of indexing every request: a table of every request was 2–4 slots of 4 bytes per
// request, the largest allocation of the diagnosis (256 MiB at 21 M requests).
class EventKeyRows {
public:
    // `keys`: the events' (id, router), repeats allowed; ids are never empty.
    EventKeyRows(const RequestTable& q, const std::vector<std::pair<RequestId, IdentityIndex>>& keys)
    {
        std::size_t capacity = 16;
        while (capacity < keys.size() * 2)
            capacity <<= 1;
        m_mask = capacity - 1;
        m_slots.assign(capacity, kNoKey);
        for (const auto& [id, identity] : keys) {
            std::size_t s = slotOf(id, identity);
            if (m_slots[s] == kNoKey) {
                m_slots[s] = static_cast<std::uint32_t>(m_keys.size());
                m_keys.push_back({id, identity, kNoRow});
            }
        }
        if (m_keys.empty())
            return;
        for (std::size_t row = 0; row < q.size(); ++row) {
            const RequestId& id = q.requestId[row];
            if (id.empty())
                continue;
            const std::uint32_t key = m_slots[slotOf(id, q.identity[row])];
            // A duplicated line (rotation overlap) keeps the first row.
            if (key != kNoKey && m_keys[key].row == kNoRow)
                m_keys[key].row = static_cast<std::uint32_t>(row);
        }
    }

    std::uint32_t row(const RequestId& id, IdentityIndex identity) const
    {
        const std::uint32_t key = m_slots[slotOf(id, identity)];
        return key == kNoKey ? kNoRow : m_keys[key].row;
    }

private:
    static constexpr std::uint32_t kNoKey = ~std::uint32_t{0};
    struct Key {
        RequestId id;
        IdentityIndex identity;
        std::uint32_t row;
    };

    // The key's slot, or the free slot where it would go.
    std::size_t slotOf(const RequestId& id, IdentityIndex identity) const
    {
        for (std::size_t s = hash(id, identity) & m_mask;; s = (s + 1) & m_mask) {
            const std::uint32_t key = m_slots[s];
            if (key == kNoKey || (m_keys[key].id == id && m_keys[key].identity == identity))
                return s;
        }
    }

    static std::size_t hash(const RequestId& id, IdentityIndex identity)
    {
        std::uint64_t h = RequestIdHash{}(id) ^ (std::uint64_t{identity} * 0xC2B2AE3D27D4EB4Full);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 32;
        return static_cast<std::size_t>(h);
    }

    std::vector<Key> m_keys;
    std::vector<std::uint32_t> m_slots; // index into m_keys, kNoKey: free
    std::size_t m_mask = 0;
};

// Requests of each router (and app) sorted by start, with the running maximum of their ends,
// so that "every request whose window contains t" is a short backward scan. Per app because a
// retry stays within one route's pool, and long requests of busy apps would otherwise make
// every scan long.
class TimeIndex {
public:
    // Over `rows` only: every request for id-less attempts, the few failed ones for stderr.
    TimeIndex(const RequestTable& q, std::vector<std::uint32_t> rows, bool byApp)
        : m_q(q)
        , m_rows(std::move(rows))
        , m_byApp(byApp)
    {
        std::sort(m_rows.begin(), m_rows.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (q.identity[a] != q.identity[b])
                return q.identity[a] < q.identity[b];
            if (app(a) != app(b))
                return app(a) < app(b);
            if (q.start[a] != q.start[b])
                return q.start[a] < q.start[b];
            return a < b;
        });
        m_maxEnd.resize(m_rows.size());
        TimeNs running = kNoTime;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const std::uint32_t row = m_rows[i];
            if (i == 0 || q.identity[row] != m_groups.back().identity || app(row) != m_groups.back().app) {
                if (!m_groups.empty())
                    m_groups.back().end = static_cast<std::uint32_t>(i);
                m_groups.push_back({q.identity[row], app(row), static_cast<std::uint32_t>(i), 0});
                running = kNoTime;
            }
            running = std::max(running, requestEnd(q, row));
            m_maxEnd[i] = running;
        }
        if (!m_groups.empty())
            m_groups.back().end = static_cast<std::uint32_t>(m_rows.size());
    }

    // Calls fn(row) for every request of `identity` (and `appId` unless it is empty) with
    // start ≤ latestStart and end ≥ earliestEnd.
    template <typename Fn>
    void scan(IdentityIndex identity, StringPool::Id appId, TimeNs latestStart, TimeNs earliestEnd,
              Fn&& fn) const
    {
        const bool oneApp = m_byApp && appId != StringPool::kEmpty;
        auto g = std::lower_bound(m_groups.begin(), m_groups.end(), identity,
                                  [&](const Group& x, IdentityIndex i) {
                                      return x.identity < i || (x.identity == i && oneApp && x.app < appId);
                                  });
        for (; g != m_groups.end() && g->identity == identity; ++g) {
            if (oneApp && g->app != appId)
                break;
            scanGroup(*g, latestStart, earliestEnd, fn);
        }
    }

private:
    struct Group {
        IdentityIndex identity;
        StringPool::Id app;
        std::uint32_t begin, end;
    };

    StringPool::Id app(std::uint32_t row) const { return m_byApp ? m_q.appId[row] : StringPool::kEmpty; }

    template <typename Fn>
    void scanGroup(const Group& g, TimeNs latestStart, TimeNs earliestEnd, Fn& fn) const
    {
        const auto begin = m_rows.begin() + g.begin;
        const auto end = m_rows.begin() + g.end;
        auto hi = std::upper_bound(begin, end, latestStart,
                                   [&](TimeNs t, std::uint32_t row) { return t < m_q.start[row]; });
        for (auto it = hi; it != begin;) {
            --it;
            if (m_maxEnd[static_cast<std::size_t>(it - m_rows.begin())] < earliestEnd)
                break;
            if (requestEnd(m_q, *it) >= earliestEnd)
                fn(*it);
        }
    }

    const RequestTable& m_q;
    std::vector<std::uint32_t> m_rows;
    std::vector<Group> m_groups;
    std::vector<TimeNs> m_maxEnd;
    bool m_byApp;
};

struct Link {
    std::uint32_t row;
    std::uint32_t event;
};

// The address a dial error names ("dial tcp 10.0.1.11:61002: connect: …"), else empty.
std::string_view dialAddress(std::string_view error)
{
    const auto pos = error.find("dial tcp ");
    if (pos == std::string_view::npos)
        return {};
    std::string_view rest = error.substr(pos + 9);
    const auto colonSpace = rest.find(": ");
    return colonSpace == std::string_view::npos ? std::string_view() : rest.substr(0, colonSpace);
}

ErrorClass classFromStatus(std::uint16_t status, bool hasBackend, bool endpointFailure)
{
    switch (status) {
    case 499:
        return ErrorClass::ClientCancelled;
    case 496:
        return ErrorClass::RemoteRejectedCert;
    case 526:
        return ErrorClass::UntrustedCert;
    default:
        break;
    }
    if (endpointFailure)
        return status == 525 ? ErrorClass::TlsToNonTlsBackend : ErrorClass::EndpointFailureOther;
    if (hasBackend)
        return status == 0 ? ErrorClass::Ok : ErrorClass::AppResponse;
    switch (status) {
    case 404:
        return ErrorClass::UnknownRoute;
    case 503:
        return ErrorClass::NoEndpoints;
    case 400:
        return ErrorClass::EmptyHost;
    case 431:
        return ErrorClass::RequestTooLarge;
    default:
        return ErrorClass::EndpointFailureOther;
    }
}

} // namespace

std::string_view evidenceId(Evidence evidence)
{
    switch (evidence) {
    case Evidence::None:
        return "none";
    case Evidence::RouterErrorText:
        return "router_error";
    case Evidence::LastAttemptError:
        return "last_attempt";
    case Evidence::StatusCode:
        return "status";
    }
    return "none";
}

Diagnosis diagnose(const Incident& incident)
{
    const RequestTable& q = incident.tables.requests;
    const RouterEventTable& ev = incident.tables.events;
    const StderrTable& se = incident.tables.stderrLines;
    const std::size_t n = q.size();

    Diagnosis d;
    d.errorClass.assign(n, ErrorClass::Ok);
    d.source.assign(n, Source::None);
    d.evidence.assign(n, Evidence::None);
    d.attemptsBegin.assign(n, 0);
    d.attemptsCount.assign(n, 0);
    d.joinFlags.assign(n, 0);
    d.evidenceText.assign(n, 0);
    d.finalEvent.assign(n, kNoRow);
    d.stderrLine.assign(n, kNoRow);

    // A request Gorouter itself failed could own its final error; one the router answered
    // without an endpoint (unknown route, …) or that succeeded cannot.
    auto routerDecided = [&](std::size_t row) {
        const std::optional<ErrorClass> c = classifyRouterError(incident.str(q.routerError[row]));
        return c && !isEndpointFailure(*c);
    };
    auto mayHaveFailed = [&](std::size_t row) {
        const std::uint16_t status = q.status[row];
        return (status == 0 || status >= 400) && q.backend[row] != StringPool::kEmpty && !routerDecided(row);
    };

    // 1. Events with a request id join the request with that id on the same router.
    std::vector<Link> links;
    std::vector<std::uint32_t> idless;
    {
        std::vector<std::uint32_t> withId;
        std::vector<std::pair<RequestId, IdentityIndex>> keys;
        for (std::size_t e = 0; e < ev.size(); ++e) {
            const RouterMessage m = ev.message[e];
            if (!isAttemptMessage(m) && !isFinalMessage(m))
                continue;
            const auto event = static_cast<std::uint32_t>(e);
            if (ev.requestId[e].empty()) {
                idless.push_back(event);
                continue;
            }
            withId.push_back(event);
            keys.emplace_back(ev.requestId[e], ev.identity[e]);
        }
        const EventKeyRows rows(q, keys);
        for (const std::uint32_t event : withId) {
            const std::uint32_t row = rows.row(ev.requestId[event], ev.identity[event]);
            if (row == kNoRow)
                continue;
            d.joinFlags[row] |= JoinedById;
            if (isAttemptMessage(ev.message[event]))
                links.push_back({row, event});
            else
                d.finalEvent[row] = event;
        }
    }

    traceMemory("diagnose: joined by id");

    // 2. Events without an id: router + endpoint + time window, and only where Gorouter's
    // behaviour allows it: the access log names the last endpoint, so an attempt at that
    // endpoint must be the request's final failure (ending with it), and an attempt at another
    // endpoint must have been retriable (a later attempt happened).
    std::vector<std::uint32_t> candidates;
    if (!idless.empty()) {
        std::vector<std::uint32_t> all(n);
        std::iota(all.begin(), all.end(), 0u);
        const TimeIndex byTime(q, std::move(all), true);
        // When each request's current attempt began: its start, or its latest failed attempt's
        // time for the few owners of one (a map: a copy of every start was 8 bytes per request).
        std::unordered_map<std::uint32_t, TimeNs> attemptReady;
        const auto ready = [&](std::uint32_t row) {
            const auto it = attemptReady.find(row);
            return it != attemptReady.end() ? it->second : q.start[row];
        };
        std::sort(idless.begin(), idless.end(), [&](std::uint32_t a, std::uint32_t b) {
            return ev.time[a] != ev.time[b] ? ev.time[a] < ev.time[b] : a < b;
        });
        for (const std::uint32_t e : idless) {
            const TimeNs t = ev.time[e];
            const StringPool::Id endpoint = ev.endpoint[e];
            const StringPool::Id app = ev.appId[e];
            const bool attempt = isAttemptMessage(ev.message[e]);
            const bool retriable = isRetriable(classifyErrorText(incident.str(ev.error[e])));
            candidates.clear();
            byTime.scan(ev.identity[e], app, t + kTolerance, t - kTolerance, [&](std::uint32_t row) {
                if (q.start[row] - kTolerance > t)
                    return;
                // A retry stays within the route's pool: same app (or none for platform routes).
                if (app != StringPool::kEmpty && q.appId[row] != app)
                    return;
                const bool atLast = endpoint == q.backend[row];
                const TimeNs end = requestEnd(q, row);
                const bool endsHere = end - t <= kTolerance && t - end <= kTolerance;
                if (atLast) {
                    if (!endsHere || !mayHaveFailed(row))
                        return;
                } else if (!attempt || !retriable || q.backend[row] == StringPool::kEmpty) {
                    return;
                }
                candidates.push_back(row);
            });
            if (candidates.empty())
                continue;
            // Several candidates: all are flagged, and the event goes to the request whose
            // current attempt fits the error best. A candidate's attempt began at its start or at
            // its previous failed attempt (`ready`). Fast failures (refused dial, TLS alerts) end
            // right after their attempt began: the latest-ready candidate. Failures that wait
            // for a fixed timeout end in the order their attempts began: the earliest-ready one.
            const std::string_view error = incident.str(ev.error[e]);
            const ErrorClass cls = classifyErrorText(error);
            const bool slow =
                cls == ErrorClass::HandshakeTimeout || cls == ErrorClass::BackendTimeout ||
                (cls == ErrorClass::Dial && error.find("i/o timeout") != std::string_view::npos);
            std::uint32_t owner = candidates.front();
            for (const std::uint32_t row : candidates) {
                if (candidates.size() > 1)
                    d.joinFlags[row] |= Ambiguous;
                const TimeNs a = ready(row), b = ready(owner);
                if ((slow ? a < b : a > b) || (a == b && row < owner))
                    owner = row;
            }
            attemptReady[owner] = std::max(ready(owner), t);
            d.joinFlags[owner] |= JoinedByTime;
            if (attempt)
                links.push_back({owner, e});
            else
                d.finalEvent[owner] = e;
        }
    }

    traceMemory("diagnose: joined by time");

    // Stderr proxy errors: one per request that finally failed, no id, no endpoint (except in
    // dial errors), time in whole seconds. Only failed requests without a better source use them.
    // Every failed request is a candidate (a line belongs to exactly one of them, explained or
    // not), so that a line is never pinned on the wrong one because its owner had events.
    std::vector<std::uint32_t> failedRows;
    if (se.size() > 0) {
        for (std::size_t row = 0; row < n; ++row)
            if (mayHaveFailed(row))
                failedRows.push_back(static_cast<std::uint32_t>(row));
    }
    if (!failedRows.empty()) {
        const TimeIndex byTime(q, std::move(failedRows), false);
        for (std::size_t s = 0; s < se.size(); ++s) {
            if (se.kind[s] != StderrKind::ProxyError)
                continue;
            const TimeNs t = se.time[s];
            const std::string_view error = incident.str(se.error[s]);
            const std::string_view addr = dialAddress(error);
            const StringPool::Id addrId =
                addr.empty() ? StringPool::kEmpty : incident.tables.strings.find(addr);
            candidates.clear();
            byTime.scan(se.identity[s], StringPool::kEmpty, t + kStderrResolution + kTolerance,
                        t - kTolerance, [&](std::uint32_t row) {
                            if (requestEnd(q, row) > t + kStderrResolution + kTolerance ||
                                !mayHaveFailed(row))
                                return;
                            if (!addr.empty() && q.backend[row] != addrId)
                                return;
                            candidates.push_back(row);
                        });
            if (candidates.size() == 1) {
                d.stderrLine[candidates.front()] = static_cast<std::uint32_t>(s);
                d.joinFlags[candidates.front()] |= JoinedByTime;
            }
        }
    }

    traceMemory("diagnose: joined stderr");

    // 3. Attempts per request, in attempt order (then time: old releases log no attempt number).
    std::sort(links.begin(), links.end(), [&](const Link& a, const Link& b) {
        if (a.row != b.row)
            return a.row < b.row;
        if (ev.attempt[a.event] != ev.attempt[b.event])
            return ev.attempt[a.event] < ev.attempt[b.event];
        if (ev.time[a.event] != ev.time[b.event])
            return ev.time[a.event] < ev.time[b.event];
        return a.event < b.event;
    });
    d.attemptEvents.resize(links.size());
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Link& l = links[i];
        d.attemptEvents[i] = l.event;
        if (d.attemptsCount[l.row] == 0)
            d.attemptsBegin[l.row] = static_cast<std::uint32_t>(i);
        if (d.attemptsCount[l.row] < 0xFFFF)
            ++d.attemptsCount[l.row];
    }

    // 4. Classification: router error text, then the last attempt's error, then the status.
    for (std::size_t row = 0; row < n; ++row) {
        const std::uint16_t status = q.status[row];
        const std::uint16_t count = d.attemptsCount[row];
        const std::uint32_t last = count ? d.attemptEvents[d.attemptsBegin[row] + count - 1u] : kNoRow;
        const std::int8_t failed = q.failedAttempts[row];
        if (failed >= 0 && failed != count)
            d.joinFlags[row] |= AttemptCountMismatch;

        ErrorClass cls = ErrorClass::Ok;
        Evidence evidence = Evidence::StatusCode;
        StringPool::Id text = StringPool::kEmpty;
        const std::string_view routerError = incident.str(q.routerError[row]);
        if (status != 0 && status < 400) {
            const bool retried = count > 0 || failed > 0;
            cls = retried ? ErrorClass::Recovered : ErrorClass::Ok;
            if (last != kNoRow) {
                evidence = Evidence::LastAttemptError;
                text = ev.error[last];
            }
        } else if (const std::optional<ErrorClass> decided = classifyRouterError(routerError)) {
            cls = *decided;
            evidence = Evidence::RouterErrorText;
            text = q.routerError[row];
        } else {
            const bool bareFailure = routerError.starts_with("endpoint_failure");
            const bool hasBackend = q.backend[row] != StringPool::kEmpty;
            if (d.finalEvent[row] != kNoRow) {
                text = ev.error[d.finalEvent[row]];
            } else if (last != kNoRow &&
                       (bareFailure || !hasBackend || ev.endpoint[last] == q.backend[row])) {
                text = ev.error[last];
            } else if (d.stderrLine[row] != kNoRow) {
                text = se.error[d.stderrLine[row]];
            }
            if (text != StringPool::kEmpty) {
                cls = classifyErrorText(incident.str(text));
                evidence = Evidence::LastAttemptError;
            } else {
                cls = classFromStatus(status, hasBackend, bareFailure);
                if (bareFailure) {
                    evidence = Evidence::RouterErrorText;
                    text = q.routerError[row];
                }
            }
        }
        d.errorClass[row] = cls;
        d.source[row] = sourceOf(cls);
        d.evidence[row] = evidence;
        d.evidenceText[row] = text;
    }
    traceMemory("diagnose: classified");
    joinLoadBalancers(incident, d);
    traceMemory("diagnose: load balancers");
    joinAppLogs(incident, d);
    traceMemory("diagnose: app logs");
    return d;
}

std::string evidenceText(const Incident& incident, const Diagnosis& d, std::size_t row)
{
    const RequestTable& q = incident.tables.requests;
    const RouterEventTable& ev = incident.tables.events;
    const std::string_view text = incident.str(d.evidenceText[row]);
    std::string out;
    switch (d.evidence[row]) {
    case Evidence::None:
        break;
    case Evidence::RouterErrorText:
        out = "x_cf_routererror: ";
        out += text;
        break;
    case Evidence::LastAttemptError: {
        if (d.finalEvent[row] != kNoRow && ev.error[d.finalEvent[row]] == d.evidenceText[row]) {
            out = routerMessageId(ev.message[d.finalEvent[row]]);
            out += ": ";
        } else if (d.attemptsCount[row] > 0) {
            const std::uint32_t last = d.attemptEvents[d.attemptsBegin[row] + d.attemptsCount[row] - 1u];
            const int attempt = ev.attempt[last] > 0 ? ev.attempt[last] : d.attemptsCount[row];
            out = "attempt " + std::to_string(attempt) + ": ";
        } else {
            out = "proxy error: ";
        }
        out += text;
        break;
    }
    case Evidence::StatusCode:
        out = "status " + std::to_string(q.status[row]);
        break;
    }
    return out;
}

} // namespace rs
