#pragma once

// Which Gorouter generation wrote a line, and whether all of the line agrees on it
// (FORMATS §1.7): a line mixing the traits of two eras was edited by hand.

#include "core/formats/accesslog.h"
#include "core/formats/skipreason.h"

#include <optional>

namespace rs::access {

// What the tokenizer saw of a line's era.
struct EraEvidence {
    bool dayMonthYear = false; // "[02/01/2006:15:04:05…" rather than ISO
    bool dmyFraction = false;  // … with fractional seconds
    bool zulu = false;         // ISO timestamp ending in Z
    bool epoch = false;        // epoch seconds (`unix-epoch`, a choice of current releases)
    bool quotedGroup = false;  // one of the fields rr 0.142 started quoting was quoted…
    bool bareGroup = false;    // … or written bare
    bool nanosKeys = false;    // a key that only exists since rr 0.196
};

AccessEra eraOf(const EraEvidence& evidence);

// InconsistentFields when the evidence contradicts itself.
std::optional<SkipReason> checkEra(const EraEvidence& evidence);

} // namespace rs::access
