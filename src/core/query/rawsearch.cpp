#include "core/query/rawsearch.h"

#include "core/util/textsearch.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <string>
#include <unordered_map>

namespace rs {
namespace {

// Rows of a table whose raw line matches, as a byte per row.
std::vector<std::uint8_t> matchRows(const Incident& incident, const Provenance& source, std::size_t rows,
                                    const CaseInsensitiveSearch& search, std::uint64_t& hits)
{
    std::vector<std::uint8_t> matched(rows, 0);
    for (std::size_t row = 0; row < rows; ++row) {
        if (search.foundIn(incident.rawLine(source, row).view())) {
            matched[row] = 1;
            ++hits;
        }
    }
    return matched;
}

} // namespace

RawLine rawLineOf(const Incident& incident, const RawHit& hit)
{
    const RecordTables& t = incident.tables;
    switch (hit.kind) {
    case RawLineKind::RouterEvent:
        return hit.row < t.events.size() ? incident.rawLine(t.events.source, hit.row) : RawLine();
    case RawLineKind::Stderr:
        return hit.row < t.stderrLines.size() ? incident.rawLine(t.stderrLines.source, hit.row) : RawLine();
    case RawLineKind::ContainerEvent:
        return hit.row < t.containers.size() ? incident.rawLine(t.containers.source, hit.row) : RawLine();
    case RawLineKind::CellLog:
        return hit.row < t.lager.size() ? incident.rawLine(t.lager.source, hit.row) : RawLine();
    }
    return {};
}

RawSearchResult searchRawLines(const Incident& incident, const Diagnosis& diagnosis, std::string_view text,
                               std::size_t maxUnjoined)
{
    RawSearchResult result;
    if (text.empty())
        return result;
    const CaseInsensitiveSearch search(text);
    const RecordTables& t = incident.tables;
    const RequestTable& r = t.requests;
    const bool joined = diagnosis.size() == r.size();

    std::vector<std::uint8_t> events =
        matchRows(incident, t.events.source, t.events.size(), search, result.eventLines);
    // The class ids RouteScope derives are searched too: "hostname" finds the attempts whose
    // Go error ("x509: certificate is valid for …") is a hostname_mismatch.
    std::array<bool, kErrorClassCount> classMatches{};
    for (std::size_t cls = 0; cls < kErrorClassCount; ++cls)
        classMatches[cls] = search.foundIn(errorClassId(static_cast<ErrorClass>(cls)));
    if (std::any_of(classMatches.begin(), classMatches.end(), [](bool b) { return b; })) {
        std::unordered_map<StringPool::Id, bool> byError;
        for (std::size_t row = 0; row < t.events.size(); ++row) {
            const StringPool::Id error = t.events.error[row];
            if (events[row] || error == StringPool::kEmpty)
                continue;
            auto [it, added] = byError.try_emplace(error, false);
            if (added)
                it->second = classMatches[static_cast<std::size_t>(classifyErrorText(incident.str(error)))];
            if (it->second) {
                events[row] = 1;
                ++result.eventLines;
            }
        }
    }
    std::vector<std::uint8_t> stderrs =
        matchRows(incident, t.stderrLines.source, t.stderrLines.size(), search, result.stderrLines);
    const std::vector<std::uint8_t> containers =
        matchRows(incident, t.containers.source, t.containers.size(), search, result.cellLines);
    const std::vector<std::uint8_t> lager =
        matchRows(incident, t.lager.source, t.lager.size(), search, result.cellLines);
    // A matched line becomes 2 once a request is found joined to it.
    const auto joins = [](std::vector<std::uint8_t>& matched, std::uint32_t row) {
        if (row == kNoRow || row >= matched.size() || matched[row] == 0)
            return false;
        matched[row] = 2;
        return true;
    };
    for (std::size_t row = 0; row < r.size(); ++row) {
        bool hit = false;
        if (search.foundIn(incident.rawLine(r.source, row).view())) {

            hit = true;
            ++result.accessLines;
        } else if (joined && classMatches[static_cast<std::size_t>(diagnosis.errorClass[row])]) {
            hit = true;
            ++result.classMatches;
        }
        if (joined) {
            const std::uint32_t begin = diagnosis.attemptsBegin[row];
            for (std::uint32_t i = 0; i < diagnosis.attemptsCount[row]; ++i)
                hit = joins(events, diagnosis.attemptEvents[begin + i]) || hit;
            hit = joins(events, diagnosis.finalEvent[row]) || hit;
            hit = joins(stderrs, diagnosis.stderrLine[row]) || hit;
        }
        if (hit)
            result.requests.push_back(static_cast<std::uint32_t>(row));
    }
    const auto unjoined = [&](const std::vector<std::uint8_t>& matched, RawLineKind kind) {
        for (std::size_t row = 0; row < matched.size(); ++row) {
            if (matched[row] != 1)
                continue;
            ++result.unjoinedTotal;
            if (result.unjoined.size() < maxUnjoined)
                result.unjoined.push_back({kind, static_cast<std::uint32_t>(row)});
        }
    };
    unjoined(events, RawLineKind::RouterEvent);
    unjoined(stderrs, RawLineKind::Stderr);
    unjoined(containers, RawLineKind::ContainerEvent);
    unjoined(lager, RawLineKind::CellLog);
    return result;
}

} // namespace rs
