#pragma once

// What the filter bar offers while the user types: field names, the operators a field takes,
// and the values the incident holds for it. Plain data, so that it is tested without widgets.

#include "core/query/filterplan.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

class Incident;

struct FilterCandidate {
    std::string text;        // what is inserted, quoted where a bare token would not read back
    std::string note;        // shown beside it: an app's name (log data, not for translation)
    std::uint64_t count = 0; // requests with the value; 0 where not counted
    bool operator==(const FilterCandidate&) const = default;
};

// The values of `field` in the incident, most frequent first, at most `limit`: hosts, methods,
// backends, apps (guid, the app's name as note), instances, routers, router errors, and the
// classes and sources (with their named sets). Empty for fields without a finite vocabulary
// (times, numbers, free text).
std::vector<FilterCandidate> filterValueCandidates(const Incident& incident, FilterField field,
                                                   std::size_t limit = 500);

struct FilterCompletionContext {
    enum class Kind { Field, Operator, Value, Keyword };
    Kind kind = Kind::Field;
    FilterField field = FilterField::Host; // Operator and Value: the field being written
    std::size_t replaceFrom = 0;           // the word under the cursor: [replaceFrom, cursor)
    std::string prefix;                    // that word, unescaped
};

// What belongs at `cursor` (a byte offset) of a partly typed expression.
FilterCompletionContext filterCompletionContext(std::string_view text, std::size_t cursor);

// The candidates for `context`, those starting with its prefix (case-insensitive) first, then
// those containing it. Values need the incident; without one only fields, operators, keywords,
// classes and sources are offered.
std::vector<FilterCandidate> filterCompletions(const FilterCompletionContext& context,
                                               const Incident* incident, std::size_t limit = 200);

// Those of `candidates` that start with `prefix` (case-insensitive, quotes ignored), then those
// that contain it, at most `limit`.
std::vector<FilterCandidate> narrowFilterCandidates(const std::vector<FilterCandidate>& candidates,
                                                    std::string_view prefix, std::size_t limit = 200);

} // namespace rs
