#include "core/diagnosis/appjoin.h"

#include "core/diagnosis/appnames.h"
#include "core/diagnosis/correlation.h"
#include "core/formats/accesslog.h"
#include "core/formats/traceheaders.h"
#include "core/formats/wrappers.h"
#include "core/store/incident.h"
#include "core/util/textshape.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace rs {
namespace {

constexpr std::array<std::string_view, 4> kAppJoinIds = {"none", "id", "near", "ambiguous"};

// The trace ids Gorouter logged for a request: x_b3_traceid, and the trace part of a
// traceparent or b3 header logged through extra_headers_to_log.
void traceIdsOf(const AccessRecord& record, std::vector<std::string>& out)
{
    out.clear();
    for (const ExtraField& e : record.extras) {
        std::string_view value = e.value;
        if (value.empty() || value == "-")
            continue;
        if (e.name == "traceparent") {
            // Only a real traceparent: a bare id here is not Gorouter's trace.
            if (const std::string_view trace = traceparentTraceId(value); trace.size() != value.size())
                out.push_back(asciiLowered(trace));
        } else if (e.name == "x_b3_traceid") {
            out.push_back(asciiLowered(value));
        } else if (e.name == "b3") {
            out.push_back(asciiLowered(b3TraceId(value)));
        }
    }
}

// Which app each app row belongs to, as a request app guid.
std::vector<StringPool::Id> resolveApps(const Incident& incident)
{
    const AppLogTable& a = incident.tables.apps;
    const RequestTable& q = incident.tables.requests;
    std::unordered_set<StringPool::Id> requestApps(q.appId.begin(), q.appId.end());
    requestApps.erase(StringPool::kEmpty);
    // `cf logs APP` names the app; Gorouter logs its guid.
    const AppDirectory directory(incident);
    std::unordered_map<std::string, StringPool::Id> guidOfName;
    for (const StringPool::Id guid : requestApps) {
        const std::string_view name = directory.appName(incident.str(guid));
        if (!name.empty())
            guidOfName.emplace(std::string(name), guid);
    }
    // A file without header or drain names is about the app of its own RTR lines.
    std::map<FileIndex, std::map<StringPool::Id, std::size_t>> votes;
    for (std::size_t row = 0; row < a.size(); ++row)
        votes[a.source.file[row]];
    for (std::size_t row = 0; row < q.size(); ++row)
        if (q.appId[row] != StringPool::kEmpty)
            if (const auto it = votes.find(q.source.file[row]); it != votes.end())
                ++it->second[q.appId[row]];
    std::map<FileIndex, StringPool::Id> fileApp;
    for (const auto& [file, counts] : votes) {
        const auto best = std::max_element(counts.begin(), counts.end(),
                                           [](const auto& x, const auto& y) { return x.second < y.second; });
        fileApp[file] = best == counts.end() ? StringPool::kEmpty : best->first;
    }
    std::vector<StringPool::Id> out(a.size(), StringPool::kEmpty);
    for (std::size_t row = 0; row < a.size(); ++row) {
        const StringPool::Id named = a.app[row];
        if (requestApps.contains(named)) {
            out[row] = named;
            continue;
        }
        std::string_view name = incident.str(named);
        auto it = guidOfName.find(std::string(name));
        // A drain's host name "org.space.app".
        if (it == guidOfName.end() && name.rfind('.') != std::string_view::npos)
            it = guidOfName.find(std::string(name.substr(name.rfind('.') + 1)));
        out[row] = it != guidOfName.end() ? it->second : fileApp[a.source.file[row]];
    }
    return out;
}

struct Group {
    std::vector<std::uint32_t> rows; // requests by start
    DurationNs longest = 0;
};

std::uint64_t groupKey(StringPool::Id app, StringPool::Id index)
{
    return (static_cast<std::uint64_t>(app) << 32) | index;
}

DurationNs spanOf(const RequestTable& q, std::size_t row)
{
    return std::max<DurationNs>(0, q.responseTime[row]);
}

// Apps often log the path they served ("GET /orders/42 200 12ms"): of several requests in flight
// on the instance, the only one whose path (with its query) the text holds is the line's. When
// none or several do, the candidates stay as they were (ambiguous).
void keepNamedPath(const Incident& incident, std::string_view text, std::vector<std::uint32_t>& candidates,
                   AccessLogParser& parser, AccessRecord& record)
{
    const RequestTable& q = incident.tables.requests;
    std::uint32_t named = kNoAppRow;
    std::size_t matches = 0;
    for (const std::uint32_t r : candidates) {
        // The interned URI when the table has it: re-reading the candidates' lines costs an
        // inflate from a checkpoint each in a nested gzip bundle (minutes for a 20-minute one).
        RawLine line;
        std::string_view uri;
        if (q.hasUri()) {
            uri = incident.str(q.uri[r]);
        } else {
            line = incident.rawLine(q.source, r); // the record points into it
            if (parser.parse(unwrap(line.view()).payload, record))
                continue;
            uri = record.uri;
        }
        // A path alone ("/") names nothing; it must end where a path ends in the text.
        if (uri.size() < 2)
            continue;
        for (std::size_t at = text.find(uri); at != std::string_view::npos; at = text.find(uri, at + 1)) {
            const std::size_t end = at + uri.size();
            const char next = end < text.size() ? text[end] : ' ';
            if (next == ' ' || next == '"' || next == '\'' || next == ',' || next == '\\') {
                ++matches;
                named = r;
                break;
            }
        }
    }
    if (matches == 1)
        candidates.assign(1, named);
}

} // namespace

std::string_view appJoinId(AppJoin join)
{
    const auto index = static_cast<std::size_t>(join);
    return index < kAppJoinIds.size() ? kAppJoinIds[index] : std::string_view{};
}

void joinAppLogs(const Incident& incident, Diagnosis& diagnosis)
{
    const AppLogTable& a = incident.tables.apps;
    const RequestTable& q = incident.tables.requests;
    AppDiagnosis& d = diagnosis.app;
    d = AppDiagnosis{};
    if (a.size() == 0)
        return;
    d.request.assign(a.size(), kNoAppRow);
    d.join.assign(a.size(), AppJoin::None);
    d.appId = resolveApps(incident);

    bool anyVcap = false, anyTrace = false;
    for (std::size_t row = 0; row < a.size(); ++row) {
        anyVcap = anyVcap || !a.vcapRequestId[row].empty();
        anyTrace = anyTrace || a.traceId[row] != StringPool::kEmpty;
    }
    std::unordered_map<RequestId, std::uint32_t, RequestIdHash> byVcap;
    if (anyVcap)
        for (std::size_t row = 0; row < q.size(); ++row)
            if (!q.requestId[row].empty())
                byVcap.emplace(q.requestId[row], static_cast<std::uint32_t>(row));
    std::unordered_map<std::string, std::uint32_t> byTrace;
    if (anyTrace) {
        AccessLogParser parser;
        AccessRecord record;
        std::vector<std::string> ids;
        for (std::size_t row = 0; row < q.size(); ++row) {
            const RawLine line = incident.rawLine(q.source, row); // the record points into it
            if (parser.parse(unwrap(line.view()).payload, record))
                continue;
            traceIdsOf(record, ids);
            for (std::string& id : ids)
                byTrace.emplace(std::move(id), static_cast<std::uint32_t>(row));
        }
    }

    std::unordered_map<std::uint64_t, Group> groups;
    for (std::size_t row = 0; row < q.size(); ++row) {
        if (q.appId[row] == StringPool::kEmpty || q.appIndex[row] == StringPool::kEmpty ||
            q.start[row] == kNoTime)
            continue;
        Group& g = groups[groupKey(q.appId[row], q.appIndex[row])];
        g.rows.push_back(static_cast<std::uint32_t>(row));
        g.longest = std::max(g.longest, spanOf(q, row));
    }
    for (auto& [key, g] : groups)
        std::stable_sort(g.rows.begin(), g.rows.end(),
                         [&q](std::uint32_t x, std::uint32_t y) { return q.start[x] < q.start[y]; });

    // Requests name their instance by the index's interned text ("0", "1", …): looked up once per
    // index, not once per app line.
    std::vector<std::optional<StringPool::Id>> indexIds;
    const auto indexId = [&](std::int16_t instance) {
        const auto at = static_cast<std::size_t>(instance);
        if (at >= indexIds.size())
            indexIds.resize(at + 1);
        if (!indexIds[at])
            indexIds[at] = incident.tables.strings.find(std::to_string(instance));
        return *indexIds[at];
    };
    std::vector<std::uint32_t> candidates;
    AccessLogParser uriParser;
    AccessRecord uriRecord;
    for (std::size_t row = 0; row < a.size(); ++row) {
        std::uint32_t exact = kNoAppRow;
        if (!a.vcapRequestId[row].empty())
            if (const auto it = byVcap.find(a.vcapRequestId[row]); it != byVcap.end())
                exact = it->second;
        if (exact == kNoAppRow && a.traceId[row] != StringPool::kEmpty)
            if (const auto it = byTrace.find(asciiLowered(incident.str(a.traceId[row]))); it != byTrace.end())
                exact = it->second;
        if (exact != kNoAppRow) {
            d.request[row] = exact;
            d.join[row] = AppJoin::ById;
            continue;
        }
        const TimeNs t = a.time[row];
        if (t == kNoTime || a.instance[row] < 0 || d.appId[row] == StringPool::kEmpty)
            continue;
        const StringPool::Id index = indexId(a.instance[row]);
        if (index == StringPool::kEmpty)
            continue;
        const auto g = groups.find(groupKey(d.appId[row], index));
        if (g == groups.end())
            continue;
        // Requests in flight at t: started before t + tolerance, not ended before t - tolerance.
        const std::vector<std::uint32_t>& rows = g->second.rows;
        const TimeNs latestStart = t + kAppNearTolerance;
        const TimeNs earliestStart = t - kAppNearTolerance - g->second.longest;
        auto it = std::upper_bound(rows.begin(), rows.end(), latestStart,
                                   [&q](TimeNs v, std::uint32_t r) { return v < q.start[r]; });
        candidates.clear();
        while (it != rows.begin()) {
            --it;
            if (q.start[*it] < earliestStart)
                break;
            if (q.start[*it] + spanOf(q, *it) + kAppNearTolerance >= t)
                candidates.push_back(*it);
        }
        if (candidates.size() > 1)
            keepNamedPath(incident, a.text(incident.rawLine(a.source, row).view(), row), candidates,
                          uriParser, uriRecord);

        if (candidates.size() == 1) {
            d.request[row] = candidates.front();
            d.join[row] = AppJoin::Near;
        } else if (candidates.size() > 1) {
            d.join[row] = AppJoin::Ambiguous;
        }
    }

    // The reverse, per request, in time order (rows of a file are in time order already, but
    // several files can speak of one request).
    d.rowsBegin.assign(q.size() + 1, 0);
    for (std::size_t row = 0; row < a.size(); ++row)
        if (d.request[row] != kNoAppRow)
            ++d.rowsBegin[d.request[row] + 1];
    for (std::size_t r = 0; r < q.size(); ++r)
        d.rowsBegin[r + 1] += d.rowsBegin[r];
    d.rows.assign(d.rowsBegin.back(), 0);
    std::vector<std::uint32_t> fill(d.rowsBegin.begin(), d.rowsBegin.end() - 1);
    for (std::size_t row = 0; row < a.size(); ++row)
        if (d.request[row] != kNoAppRow)
            d.rows[fill[d.request[row]]++] = static_cast<std::uint32_t>(row);
    for (std::size_t r = 0; r < q.size(); ++r)
        std::stable_sort(d.rows.begin() + d.rowsBegin[r], d.rows.begin() + d.rowsBegin[r + 1],
                         [&a](std::uint32_t x, std::uint32_t y) { return a.time[x] < a.time[y]; });
}

} // namespace rs
