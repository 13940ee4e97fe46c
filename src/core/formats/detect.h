#pragma once

#include "core/formats/filekind.h"

#include <cstddef>
#include <string_view>

namespace rs {

// What the first lines of a file say about it (FORMATS.md §0). Kinds are decided by content,
// never by name: rotated, renamed and captured files are common in support bundles.
struct KindGuess {
    FileKind kind = FileKind::Unknown;
    bool empty = false;               // no non-blank line
    bool binary = false;              // bytes that are not log text
    bool mixed = false;               // a capture (bosh logs -f, syslog, cf logs) interleaving programs:
                                      // each line is classified and parsed as its own kind
    bool envelopes = false;           // records inside envelope/export fields or after unknown
                                      // prefixes: every line is searched for them (and is "mixed")
    bool boshFollow = false;          // bosh logs -f lines: `==> path <==` state runs line to line
    std::string_view captureInstance; // bosh -f / bosh ssh instance ("router/0") of the first line
    bool otherGoLog = false;          // Go `log` lines of a component other than Gorouter (e.g. loggregator)
    std::size_t leadingNul = 0;       // NUL bytes before the text (copytruncate hole); detected after them
    std::size_t votes = 0;            // sampled lines that agreed with `kind`
    std::size_t sampled = 0;          // non-blank lines sampled
};

// detectKind() reads at most this many bytes from the start of a file (after leading NULs).
inline constexpr std::size_t kDetectHeadBytes = 256 * 1024;

KindGuess detectKind(std::string_view bytes);

// Kind of one line's payload (after unwrap()); Unknown when it is none of ours.
FileKind classifyPayload(std::string_view payload);

} // namespace rs
