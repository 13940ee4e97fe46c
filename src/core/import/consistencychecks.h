#pragma once

#include "core/formats/detect.h"
#include "core/import/fileparser.h"
#include "core/store/incident.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

// Translation context of the details the import's checks write into its report.
struct ConsistencyText {
    Q_DECLARE_TR_FUNCTIONS(ConsistencyText)
};

namespace rs {

// Checks of what a bundle says about itself, once its files are parsed. None of them drops a
// good record; each finding is reported (ImportReport::problems or a skip group) so that the
// user knows what to distrust.

struct ConsistencyLimits {
    // Lines may trail the line above them by this much before they count as out of order:
    // Gorouter's goroutines take their timestamps before they queue for the log writer.
    DurationNs outOfOrderTolerance = 5LL * 1'000'000'000;
    // The bundle's span is the run of record times around their median without a gap longer
    // than this; records farther than this outside it are reported (a clock at 1970, a year
    // guessed wrong) and left out of the incident's span. A month: logs not rotated for weeks
    // are ordinary, a clock off by more than that is not.
    DurationNs farGap = 31LL * 24 * 3600 * 1'000'000'000;
    // A router whose registrations are logged this much earlier or later than the other routers'
    // has its clock reported; NATS delivers one registration to every router within milliseconds.
    DurationNs clockSkewThreshold = 1'000'000'000;
    std::size_t clockSkewMinSamples = 5;
};

// Parser-side, per file: a skipped first line that starts in the middle of a record, or a
// skipped last line without its newline, is a copytruncate artefact (the file was copied while
// being written), reported as SkipReason::PartialLine instead of as a malformed line.
// It looks at the file's first and last lines only (EdgeLines).
void markPartialLines(ParsedFile& parsed, const EdgeLines& edges, const KindGuess& guess,
                      const ParseOptions& options);

// After the merge and computeSpan(): out-of-order lines, timestamps far outside the bundle's
// span (the incident span is narrowed to exclude them), and clock skew between routers.
void checkConsistency(Incident& incident, const ConsistencyLimits& limits = {});

} // namespace rs
