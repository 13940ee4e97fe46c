#include "core/query/rawsearch.h"

#include "core/query/linescan.h"
#include "core/util/textsearch.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <string>
#include <unordered_map>

namespace rs {
namespace {

// Rows of a table whose raw line matches, as a byte per row: each row's line read on its own.
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

// The same from the lines a scan of the files found (per file index). A row is at the start of
// its line (what parsers record), so whether its raw line matches is the line's first hit within
// what Incident::rawLine shows (at most kMaxLine bytes). A row starting inside a line (none of
// today's parsers records one) is read on its own: its line's hits may lie before it.
std::vector<std::uint8_t> matchLines(const Incident& incident, const Provenance& source, std::size_t rows,
                                     const std::vector<std::vector<MatchedLine>>& lines,
                                     const CaseInsensitiveSearch& search, std::uint64_t& hits)
{
    std::vector<std::uint8_t> matched(rows, 0);
    const std::vector<std::size_t>& ends = source.file.runEnds();
    const std::vector<FileIndex>& files = source.file.runFiles();
    std::size_t row = 0;
    for (std::size_t run = 0; run < ends.size(); ++run) {
        const std::size_t runEnd = std::min(ends[run], rows);
        if (files[run] >= lines.size() || lines[files[run]].empty()) {
            row = runEnd;
            continue;
        }
        const std::vector<MatchedLine>& found = lines[files[run]];
        // The first line starting after the row's offset. Rows of a file ascend by offset, so it
        // moves on; a row that goes back (a table filled from two passes) searches again.
        std::size_t after = 0;
        std::uint64_t previous = 0;
        for (; row < runEnd; ++row) {
            const std::uint64_t offset = source.offset[row];
            if (offset < previous)
                after = static_cast<std::size_t>(
                    std::upper_bound(found.begin(), found.end(), offset,
                                     [](std::uint64_t o, const MatchedLine& l) { return o < l.start; }) -
                    found.begin());
            while (after < found.size() && found[after].start <= offset)
                ++after;
            previous = offset;
            if (after == 0)
                continue;
            const MatchedLine& line = found[after - 1];
            bool hit = false;
            if (offset == line.start)
                hit = line.firstHitEnd != MatchedLine::kNoHit &&
                      line.firstHitEnd <= std::min<std::uint64_t>(line.end, offset + RawText::kMaxLine);
            else if (offset < line.end)
                hit = search.foundIn(incident.rawLine(source, row).view());
            if (hit) {
                matched[row] = 1;
                ++hits;
            }
        }
    }
    return matched;
}

// Every file a table row comes from, by file index (null for the others).
std::vector<const RawText*> textsOfRows(const Incident& incident)
{
    std::vector<const RawText*> texts(incident.fileText.size(), nullptr);
    const RecordTables& t = incident.tables;
    for (const Provenance* source :
         {&t.requests.source, &t.events.source, &t.stderrLines.source, &t.containers.source, &t.lager.source})
        for (const FileIndex file : source->file.runFiles())
            if (file < texts.size())
                texts[file] = incident.fileText[file].get();
    return texts;
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
                               const RawSearchOptions& options)
{
    RawSearchResult result;
    if (text.empty())
        return result;
    const CaseInsensitiveSearch search(text);
    const RecordTables& t = incident.tables;
    const RequestTable& r = t.requests;
    const bool joined = diagnosis.size() == r.size();

    LineScanResult scanned;
    if (!options.perLine) {
        scanned = scanLines(textsOfRows(incident), text,
                            {options.threads, options.progress, options.cancel, options.pieceBytes});
        result.textBytes = scanned.bytes;
        if (scanned.cancelled) {
            result.cancelled = true;
            return result;
        }
    }
    const auto match = [&](const Provenance& source, std::size_t rows, std::uint64_t& hits) {
        return options.perLine ? matchRows(incident, source, rows, search, hits)
                               : matchLines(incident, source, rows, scanned.lines, search, hits);
    };
    std::vector<std::uint8_t> events = match(t.events.source, t.events.size(), result.eventLines);
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
    std::vector<std::uint8_t> stderrs = match(t.stderrLines.source, t.stderrLines.size(), result.stderrLines);
    const std::vector<std::uint8_t> containers =
        match(t.containers.source, t.containers.size(), result.cellLines);
    const std::vector<std::uint8_t> lager = match(t.lager.source, t.lager.size(), result.cellLines);
    const std::vector<std::uint8_t> access = match(r.source, r.size(), result.accessLines);
    // A matched line becomes 2 once a request is found joined to it.
    const auto joins = [](std::vector<std::uint8_t>& matched, std::uint32_t row) {
        if (row == kNoRow || row >= matched.size() || matched[row] == 0)
            return false;
        matched[row] = 2;
        return true;
    };
    for (std::size_t row = 0; row < r.size(); ++row) {
        bool hit = false;
        if (access[row] != 0) {
            hit = true;
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
            if (result.unjoined.size() < options.maxUnjoined)
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
