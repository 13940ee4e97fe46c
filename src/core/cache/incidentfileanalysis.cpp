// The analysis of a saved incident, written and read back (incidentfileanalysis.h).
#include "core/cache/incidentfileanalysis.h"

#include "core/cache/incidentfilebytes.h"
#include "core/cache/incidentfilereader.h"
#include "core/cache/incidentfilewriter.h"
#include "core/query/analysis.h"

#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace rs::cache::detail {

// The last enumerator of the analysis' enums (validEnum).
template <> struct LastOf<ErrorClass> {
    static constexpr ErrorClass value = ErrorClass::RouterPanic;
};
static_assert(static_cast<std::size_t>(ErrorClass::RouterPanic) + 1 == kErrorClassCount);
template <> struct LastOf<rs::Source> {
    static constexpr rs::Source value = rs::Source::Infrastructure;
};
static_assert(static_cast<std::size_t>(rs::Source::Infrastructure) + 1 == kSourceCount);
template <> struct LastOf<Evidence> {
    static constexpr Evidence value = Evidence::StatusCode;
};
template <> struct LastOf<LbJoin> {
    static constexpr LbJoin value = LbJoin::Ambiguous;
};
template <> struct LastOf<LbClass> {
    static constexpr LbClass value = LbClass::ConnectionError;
};
static_assert(static_cast<std::size_t>(LbClass::ConnectionError) + 1 == kLbClassCount);
template <> struct LastOf<AppJoin> {
    static constexpr AppJoin value = AppJoin::Ambiguous;
};
template <> struct LastOf<FindingKind> {
    static constexpr FindingKind value = FindingKind::AppErrors;
};
template <> struct LastOf<Severity> {
    static constexpr Severity value = Severity::Critical;
};
template <> struct LastOf<Impact> {
    static constexpr Impact value = Impact::Other;
};
template <> struct LastOf<CountUnit> {
    static constexpr CountUnit value = CountUnit::LbRequests;
};
template <> struct LastOf<StaleReason> {
    static constexpr StaleReason value = StaleReason::InstanceIdMismatch;
};
template <> struct LastOf<Confidence> {
    static constexpr Confidence value = Confidence::Likely;
};

namespace {

constexpr std::uint8_t kJoinFlagBits = JoinedById | JoinedByTime | Ambiguous | AttemptCountMismatch;

// ---- columns -----------------------------------------------------------------------------------
// Every column of the diagnosis is written whole, even those that hold "none" in most rows (no
// attempt, no stderr line, no LB row): read back, each is a view of the mapped file. Expanding
// them from their set rows instead cost half a second of fresh, zeroed memory at 10 M requests.

template <typename T> bool readDense(Reader& r, Column<T>& out, std::size_t size)
{
    if (!r.column(out))
        return false;
    if (out.size() != size)
        return r.fail("an analysis column's length differs from its table's");
    return true;
}

template <typename E> bool allValid(const Column<E>& column)
{
    return std::all_of(column.begin(), column.end(), [](E v) { return validEnum(v); });
}

// Every value below `limit`, or `none`.
bool allBelow(const Column<std::uint32_t>& column, std::size_t limit, std::uint32_t none)
{
    return std::all_of(column.begin(), column.end(),
                       [limit, none](std::uint32_t v) { return v == none || v < limit; });
}

bool allBelow(const Column<std::uint32_t>& column, std::size_t limit)
{
    return std::all_of(column.begin(), column.end(), [limit](std::uint32_t v) { return v < limit; });
}

// ---- routes and findings -----------------------------------------------------------------------

void putText(Encoder& e, const QString& text)
{
    e.str(text.toStdString());
}

QString takeText(Decoder& d)
{
    return QString::fromStdString(d.str());
}

// A row of a route snapshot, checked against the snapshots.
class SnapshotRows {
public:
    explicit SnapshotRows(const RecordTables& t)
        : m_snapshots(t.routeSnapshots)
    {}
    bool valid(std::size_t snapshot, std::size_t row) const
    {
        return snapshot < m_snapshots.size() && row < m_snapshots[snapshot].rows.size();
    }

private:
    const std::vector<RouteSnapshot>& m_snapshots;
};

void encodeRoutes(Encoder& e, const RouteAnalysis& routes)
{
    e.u64(routes.stale.size());
    for (const StaleEndpoint& s : routes.stale) {
        e.u32(s.router);
        e.str(s.route);
        e.str(s.address);
        e.str(s.instanceId);
        e.str(s.ownerInstanceId);
        e.e(s.reason);
        e.e(s.confidence);
        putText(e, s.note);
        e.u64(s.snapshotRow);
        e.u64(s.snapshot);
        e.u32(s.file);
        e.i64(s.since);
        e.str(s.ownerAppName);
    }
    e.u64(routes.diffs.size());
    for (const RouterDiffEntry& diff : routes.diffs) {
        e.str(diff.route);
        e.str(diff.address);
        e.str(diff.instanceId);
        e.u32s(diff.presentOn);
        e.u32s(diff.absentOn);
    }
    e.u64(routes.flapping.size());
    for (const Flapping& f : routes.flapping) {
        e.u32(f.router);
        e.str(f.route);
        e.str(f.address);
        e.raw(std::int32_t{f.prunes});
        e.raw(std::int32_t{f.registrations});
        e.i64(f.first);
        e.i64(f.last);
    }
}

void decodeRoutes(Decoder& d, const Incident& incident, RouteAnalysis& routes)
{
    const RecordTables& t = incident.tables;
    const SnapshotRows snapshots(t);
    routes.stale.resize(d.count(64));
    for (StaleEndpoint& s : routes.stale) {
        s.router = d.index(t.identities.size());
        s.route = d.str();
        s.address = d.str();
        s.instanceId = d.str();
        s.ownerInstanceId = d.str();
        s.reason = d.e<StaleReason>();
        s.confidence = d.e<Confidence>();
        s.note = takeText(d);
        s.snapshotRow = static_cast<std::size_t>(d.u64());
        s.snapshot = static_cast<std::size_t>(d.u64());
        if (!snapshots.valid(s.snapshot, s.snapshotRow))
            d.fail();
        s.file = d.index(incident.report.files.size());
        s.since = d.i64();
        s.ownerAppName = d.str();
    }
    routes.diffs.resize(d.count(40));
    for (RouterDiffEntry& diff : routes.diffs) {
        diff.route = d.str();
        diff.address = d.str();
        diff.instanceId = d.str();
        diff.presentOn = d.indices(t.identities.size());
        diff.absentOn = d.indices(t.identities.size());
    }
    routes.flapping.resize(d.count(44));
    for (Flapping& f : routes.flapping) {
        f.router = d.index(t.identities.size());
        f.route = d.str();
        f.address = d.str();
        f.prunes = d.i32();
        f.registrations = d.i32();
        f.first = d.i64();
        f.last = d.i64();
    }
}

void encodeFindings(Encoder& e, const std::vector<Finding>& findings)
{
    e.u64(findings.size());
    for (const Finding& f : findings) {
        e.str(f.id);
        e.e(f.kind);
        e.e(f.severity);
        putText(e, f.title);
        putText(e, f.explanation);
        e.u64(f.count);
        e.i64(f.from);
        e.i64(f.to);
        e.u32s(f.evidence.requests);
        e.u32s(f.evidence.events);
        e.u32s(f.evidence.containerEvents);
        e.u64(f.evidence.routeRows.size());
        for (const auto& [snapshot, row] : f.evidence.routeRows) {
            e.u32(snapshot);
            e.u32(row);
        }
        e.u32s(f.evidence.lbRows);
        e.e(f.impact);
        e.e(f.unit);
        for (const std::uint64_t n : {f.counts.requests, f.counts.clientFailures, f.counts.recovered,
                                      f.counts.endpoints, f.counts.lbRequests})
            e.u64(n);
        e.flag(f.certain);
        e.flag(f.evidenceCapped);
        e.i64(f.cursor);
        e.u64(f.endpoints.size());
        for (const FindingEndpoint& endpoint : f.endpoints) {
            e.u32(endpoint.router);
            e.str(endpoint.route);
            e.str(endpoint.address);
        }
    }
}

void decodeFindings(Decoder& d, const Incident& incident, std::vector<Finding>& findings)
{
    const RecordTables& t = incident.tables;
    const SnapshotRows snapshots(t);
    findings.resize(d.count(100));
    for (Finding& f : findings) {
        f.id = d.str();
        f.kind = d.e<FindingKind>();
        f.severity = d.e<Severity>();
        f.title = takeText(d);
        f.explanation = takeText(d);
        f.count = d.u64();
        f.from = d.i64();
        f.to = d.i64();
        f.evidence.requests = d.indices(t.requests.size());
        f.evidence.events = d.indices(t.events.size());
        f.evidence.containerEvents = d.indices(t.containers.size());
        f.evidence.routeRows.resize(d.count(8));
        for (auto& [snapshot, row] : f.evidence.routeRows) {
            snapshot = d.u32();
            row = d.u32();
            if (!snapshots.valid(snapshot, row))
                d.fail();
        }
        f.evidence.lbRows = d.indices(t.lb.size());
        f.impact = d.e<Impact>();
        f.unit = d.e<CountUnit>();
        for (std::uint64_t* n : {&f.counts.requests, &f.counts.clientFailures, &f.counts.recovered,
                                 &f.counts.endpoints, &f.counts.lbRequests})
            *n = d.u64();
        f.certain = d.flag();
        f.evidenceCapped = d.flag();
        f.cursor = d.i64();
        f.endpoints.resize(d.count(20));
        for (FindingEndpoint& endpoint : f.endpoints) {
            endpoint.router = d.index(t.identities.size());
            endpoint.route = d.str();
            endpoint.address = d.str();
        }
    }
}

// ---- the diagnosis -----------------------------------------------------------------------------

void writeDiagnosis(Writer& w, const Diagnosis& d)
{
    w.column(d.errorClass);
    w.column(d.source);
    w.column(d.evidence);
    w.column(d.joinFlags);
    w.column(d.attemptsBegin);
    w.column(d.attemptsCount);
    w.column(d.evidenceText);
    w.column(d.finalEvent);
    w.column(d.stderrLine);
    w.column(d.attemptEvents);

    w.column(d.lb.request);
    w.column(d.lb.join);
    w.column(d.lb.lbClass);
    w.column(d.lb.lbOfRequest);

    w.column(d.app.request);
    w.column(d.app.join);
    w.column(d.app.appId);
    w.column(d.app.rows);
    w.column(d.app.rowsBegin);
}

bool readRequestColumns(Reader& r, const Incident& incident, Diagnosis& d)
{
    const RecordTables& t = incident.tables;
    const std::size_t n = t.requests.size();
    if (!readDense(r, d.errorClass, n) || !readDense(r, d.source, n) || !readDense(r, d.evidence, n) ||
        !readDense(r, d.joinFlags, n))
        return false;
    // Checked through a const reference: a non-const column's begin() would copy the view.
    const Diagnosis& read = d;
    if (!allValid(read.errorClass) || !allValid(read.source) || !allValid(read.evidence) ||
        !std::all_of(read.joinFlags.begin(), read.joinFlags.end(),
                     [](std::uint8_t v) { return (v & ~kJoinFlagBits) == 0; }))
        return r.fail("an analysis value beyond its enumeration");
    if (!readDense(r, d.attemptsBegin, n) || !readDense(r, d.attemptsCount, n) ||
        !readDense(r, d.evidenceText, n) || !readDense(r, d.finalEvent, n) ||
        !readDense(r, d.stderrLine, n) || !r.column(d.attemptEvents))
        return false;
    for (std::size_t row = 0; row < n; ++row)
        if (std::uint64_t{read.attemptsBegin[row]} + read.attemptsCount[row] > read.attemptEvents.size())
            return r.fail("a request's attempts beyond the attempt list");
    if (!allBelow(d.attemptEvents, t.events.size()) || !allBelow(d.finalEvent, t.events.size(), kNoRow) ||
        !allBelow(d.stderrLine, t.stderrLines.size(), kNoRow) || !allBelow(d.evidenceText, t.strings.size()))
        return r.fail("an analysis row or string out of range");
    return true;
}

// `appRowsPerRequest`, `lbRowPerRequest`: whether the diagnosis had those columns (an incident
// without app or LB lines has none).
bool readJoins(Reader& r, const Incident& incident, Diagnosis& d, bool appRowsPerRequest,
               bool lbRowPerRequest)
{
    const RecordTables& t = incident.tables;
    const std::size_t n = t.requests.size();
    if (!readDense(r, d.lb.request, t.lb.size()) || !readDense(r, d.lb.join, t.lb.size()) ||
        !readDense(r, d.lb.lbClass, t.lb.size()) || !readDense(r, d.lb.lbOfRequest, lbRowPerRequest ? n : 0))
        return false;
    if (!allValid(d.lb.join) || !allValid(d.lb.lbClass) || !allBelow(d.lb.request, n, kNoLbRow) ||
        !allBelow(d.lb.lbOfRequest, t.lb.size(), kNoLbRow))
        return r.fail("a load-balancer join out of range");

    if (!readDense(r, d.app.request, t.apps.size()) || !readDense(r, d.app.join, t.apps.size()) ||
        !readDense(r, d.app.appId, t.apps.size()) || !r.column(d.app.rows) ||
        !readDense(r, d.app.rowsBegin, appRowsPerRequest ? n + 1 : 0))
        return false;
    if (!allValid(d.app.join) || !allBelow(d.app.request, n, kNoAppRow) ||
        !allBelow(d.app.appId, t.strings.size()) || !allBelow(d.app.rows, t.apps.size()))
        return r.fail("an app-log join out of range");
    // rowsBegin: from 0, never down, to the end of the app rows (rowsOf() slices by it).
    if (appRowsPerRequest) {
        const auto& begins = d.app.rowsBegin;
        if (begins.front() != 0 || begins.back() != d.app.rows.size() ||
            std::adjacent_find(begins.begin(), begins.end(), std::greater<>()) != begins.end())
            return r.fail("the app rows of the requests do not add up");
    } else if (!d.app.rows.empty()) {
        return r.fail("app rows without their requests");
    }
    return true;
}

} // namespace

void writeAnalysis(Writer& w, const Analysis* analysis)
{
    Encoder marker;
    marker.flag(analysis != nullptr);
    if (analysis == nullptr) {
        w.section(marker.bytes);
        return;
    }
    const Diagnosis& d = analysis->diagnosis;
    marker.str(analysis->language);
    marker.u64(d.size());
    marker.u64(d.lb.neverReached);
    marker.u64(d.lb.ambiguousFailures);
    marker.u64(d.lb.statusDisagreements);
    marker.flag(!d.app.rowsBegin.empty());
    marker.flag(!d.lb.lbOfRequest.empty());
    w.section(marker.bytes);
    writeDiagnosis(w, d);
    Encoder rest;
    encodeRoutes(rest, analysis->routes);
    encodeFindings(rest, analysis->findings);
    w.section(rest.bytes);
}

bool readAnalysis(Reader& r, const Incident& incident, std::shared_ptr<Analysis>& out)
{
    std::string bytes;
    if (!r.next(bytes))
        return false;
    Decoder marker(bytes);
    if (!marker.flag())
        return marker.ok() && marker.atEnd() ? true : r.fail("the analysis marker does not decode");
    auto analysis = std::make_shared<Analysis>();
    Diagnosis& d = analysis->diagnosis;
    analysis->language = marker.str();
    const std::uint64_t requests = marker.u64();
    d.lb.neverReached = marker.u64();
    d.lb.ambiguousFailures = marker.u64();
    d.lb.statusDisagreements = marker.u64();
    const bool appRowsPerRequest = marker.flag();
    const bool lbRowPerRequest = marker.flag();
    if (!marker.ok() || !marker.atEnd() || requests != incident.tables.requests.size())
        return r.fail("the analysis marker does not decode or counts other requests");
    if (!readRequestColumns(r, incident, d) ||
        !readJoins(r, incident, d, appRowsPerRequest, lbRowPerRequest) || !r.next(bytes))
        return false;
    Decoder rest(bytes);
    decodeRoutes(rest, incident, analysis->routes);
    decodeFindings(rest, incident, analysis->findings);
    if (!rest.ok() || !rest.atEnd())
        return r.fail("the routes and findings do not decode or index nothing");
    out = std::move(analysis);
    return true;
}

} // namespace rs::cache::detail
