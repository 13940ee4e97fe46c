#pragma once

#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace rs {

// A matching raw line that no request is joined to: a registration, a prune, a stderr line
// without a request, a cell's container event or lager line.
enum class RawLineKind : std::uint8_t { RouterEvent, Stderr, ContainerEvent, CellLog };

struct RawHit {
    RawLineKind kind{};
    std::uint32_t row = 0; // in the table of its kind (events, stderrLines, containers, lager)
    bool operator==(const RawHit&) const = default;
};

struct RawSearchResult {
    // Requests whose access line matches, or that a matching event or stderr line is joined to
    // (a failed attempt, the event that carried the final error, the stderr proxy error);
    // ascending.
    std::vector<std::uint32_t> requests;
    // How many lines matched, by where they are; classMatches: requests whose access line did
    // not match but whose error class id did.
    std::uint64_t accessLines = 0, eventLines = 0, stderrLines = 0, cellLines = 0, classMatches = 0;
    // Matching lines joined to no request, in table order (events, stderr, containers, lager),
    // at most `maxUnjoined`; unjoinedTotal counts them all.
    std::vector<RawHit> unjoined;
    std::uint64_t unjoinedTotal = 0;
    std::uint64_t textBytes = 0; // of the files read through
    bool cancelled = false;      // stopped by RawSearchOptions::cancel: nothing else is set
};

struct RawSearchOptions {
    std::size_t maxUnjoined = 1000;
    unsigned threads = 0; // reading the files; 0: one per core
    // Text bytes read of all; called from the reading threads (never two at once), at most about a
    // thousand times.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr; // checked after every block read
    // Reads each row's line on its own (Incident::rawLine) instead of streaming the files: the
    // reference the streamed search is tested against, and what it measures itself by.
    bool perLine = false;
    std::uint64_t pieceBytes = 0; // LineScanOptions::pieceBytes
};

// Searches every raw line of the incident for `text` with the semantics of Filter::text (ASCII
// case-insensitive substring): access lines, gorouter events, gorouter stderr, and the cells'
// logs. The error class ids shown beside the lines count as part of them: a request's class,
// and the class of a router event's error text (so "hostname" finds hostname_mismatch
// attempts, whose Go error never says "hostname"). Empty text finds nothing.
// The files are streamed once, in large blocks, on all cores (core/query/linescan.h), and the
// lines found are mapped to rows by their provenance.
RawSearchResult searchRawLines(const Incident& incident, const Diagnosis& diagnosis, std::string_view text,
                               const RawSearchOptions& options);
inline RawSearchResult searchRawLines(const Incident& incident, const Diagnosis& diagnosis,
                                      std::string_view text, std::size_t maxUnjoined = 1000)
{
    RawSearchOptions options;
    options.maxUnjoined = maxUnjoined;
    return searchRawLines(incident, diagnosis, text, options);
}

// The raw line of a hit.
RawLine rawLineOf(const Incident& incident, const RawHit& hit);

} // namespace rs
