#pragma once

// Shared by the rule families of findings_*.cpp; not part of the core's interface.

#include "core/diagnosis/appnames.h"
#include "core/diagnosis/findings.h"

#include <QCoreApplication>

#include <set>
#include <string>
#include <string_view>
#include <vector>

// Translation context of the findings' texts. Declared outside any namespace so that lupdate
// and the runtime agree on its name.
struct FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
};

namespace rs::findings {

inline constexpr TimeNs kSecond = 1'000'000'000;
inline constexpr TimeNs kMinute = 60 * kSecond;

QString q(std::string_view text);
QString clock(TimeNs time); // HH:mm:ss UTC
// Ok, recovered and app responses are the app's or nobody's business; everything else is a
// request that Gorouter could not serve (an endpoint failure or a router error).
bool isFailure(ErrorClass cls);
// A failure the client received: a 499 is logged when the client had already gone.
bool isClientFailure(ErrorClass cls);
// At most `limit` items, then "… (n more)".
QString joined(const std::set<std::string>& items, std::size_t limit = 5);
// Event uris may carry a path ("app.example.com/api"): the host part names the route's host.
std::string_view uriHost(std::string_view uri);
bool isRemoval(RouterMessage m);
// Appends `row` to an evidence list unless it holds kMaxFindingEvidence rows already.
inline void cappedPush(std::vector<std::uint32_t>& list, std::size_t row)
{
    if (list.size() < kMaxFindingEvidence)
        list.push_back(static_cast<std::uint32_t>(row));
}

struct Context;
// The routers' display names, at most three and "… (n more)".
QString routerNames(const Context& c, const std::set<IdentityIndex>& routers);

struct Context {
    const Incident& incident;
    const Diagnosis& diagnosis;
    const RouteAnalysis& routes;
    const AppDirectory& apps;
    std::vector<Finding>& out;

    const RequestTable& requests() const { return incident.tables.requests; }
    std::string_view str(StringPool::Id id) const { return incident.str(id); }
    ErrorClass cls(std::size_t row) const { return diagnosis.errorClass[row]; }
    // The failed attempts (rows of the events table) of a request.
    template <typename F> void forAttempts(std::size_t row, F&& f) const
    {
        const std::uint32_t begin = diagnosis.attemptsBegin[row];
        for (std::uint32_t i = 0; i < diagnosis.attemptsCount[row]; ++i)
            f(diagnosis.attemptEvents[begin + i]);
    }
};

// Sets a finding's request evidence from every row it covers (any order, duplicates allowed):
// the rows sorted and capped, counts.requests/clientFailures/recovered, count and impact.
void setRequests(const Context& c, Finding& f, std::vector<std::uint32_t> rows);
// For findings about endpoints without requests of their own: count and unit are endpoints.
void setEndpointCount(Finding& f, std::uint64_t endpoints);
// What the finding counts, in words: "1,907 requests failed for clients",
// "371 requests recovered after a failed attempt", "4 endpoints".
QString countPhrase(const Finding& f);
// Finishes a finding the rules filled: sorted evidence lists, the time range and cursor from the
// requests when the rule set none, no critical severity for what clients never saw, and a
// sentence on what it counts appended to the explanation.
void finish(const Context& c, Finding& f);

// The rule families.
void concentration(Context& c);                            // findings_backends.cpp
void keepAlive(Context& c);                                // findings_backends.cpp
void clientCancellations(Context& c);                      // findings_backends.cpp
void staleRoutes(Context& c);                              // findings_routes.cpp
void routerDiffs(Context& c);                              // findings_routes.cpp
void flapping(Context& c);                                 // findings_routes.cpp
void tlsFailures(Context& c);                              // findings_tls.cpp
void clockDrift(Context& c);                               // findings_tls.cpp
void bursts(Context& c, ErrorClass cls, FindingKind kind); // findings_bursts.cpp
void containerCrashes(Context& c);                         // findings_cells.cpp
void changePoint(Context& c);                              // findings_changepoint.cpp
void loadBalancers(Context& c);                            // findings_lb.cpp
void appErrors(Context& c);                                // findings_app.cpp

} // namespace rs::findings
