#pragma once

#include "core/store/rawtext.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <string_view>
#include <vector>

namespace rs {

// A line of a file's text that holds the needle, or that was too long to keep whole while
// streaming (then only its first RawText::kMaxLine bytes were searched).
struct MatchedLine {
    static constexpr std::uint64_t kNoHit = std::numeric_limits<std::uint64_t>::max();

    std::uint64_t start = 0;       // its first byte
    std::uint64_t end = 0;         // the end of its text: before "\n" or "\r\n", or the end of the file
    std::uint64_t firstHitEnd = 0; // one past the needle's first occurrence; kNoHit when none
    bool operator==(const MatchedLine&) const = default;
};

struct LineScanOptions {
    unsigned threads = 0; // 0: one per core
    // Text bytes done of all; called from the workers, at most about a thousand times per scan.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr; // checked after every block read
    std::uint64_t pieceBytes = 0;              // text per piece a worker takes; 0: 64 MiB (tests cut smaller)
};

struct LineScanResult {
    std::vector<std::vector<MatchedLine>> lines; // per text, ascending by start
    std::uint64_t bytes = 0;                     // text searched
    bool cancelled = false;                      // then `lines` is incomplete
};

// Streams every text once, in blocks of RawText::scan, and collects the lines that hold `needle`
// (ASCII case folded, as CaseInsensitiveSearch). Big texts are cut into pieces that the workers
// take in turn, so one huge file uses every core too; a text that cannot be read from an offset
// cheaply (a reopened gzip file before its checkpoints) is one piece. A needle holding a newline is in no
// line. Null texts and texts that cannot be read as imported yield no lines.
LineScanResult scanLines(const std::vector<const RawText*>& texts, std::string_view needle,
                         const LineScanOptions& options = {});

} // namespace rs
