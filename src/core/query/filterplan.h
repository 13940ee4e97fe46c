#pragma once

// The general filter expression (`or`, `not`, parentheses, every field) as a checked tree: values
// are parsed, regexes compiled and numeric comparisons turned into ranges once, when the text is
// parsed. select() binds it to an incident (strings resolved to pool ids) and evaluates it block
// by block over the columns.

#include "core/util/types.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace rs {

enum class FilterField : std::uint8_t {
    Time,
    Status,
    Router,
    Host,
    Method,
    Uri,
    Path,
    Query,
    Protocol,
    UserAgent,
    Referer,
    Remote,
    XForwardedFor,
    Backend,
    App,
    Instance,
    ResponseTime,
    GorouterTime,
    BytesReceived,
    BytesSent,
    FailedAttempts,
    Class,
    Source,
    RouterError,
    Header, // header.<name>: an extra key of the access log's tail
    VcapRequestId,
    Text,
    AttemptBackend,
    AttemptClass,
    AttemptError,
    AttemptCount,
    // The load-balancer row joined to the request (diagnosis/lbjoin.h); missing without one.
    Lb, // `lb exists`: the request has an LB row
    LbStatus,
    LbTargetStatus,
    LbTarget,
    LbKind,
    LbError,
    LbResponseTime,
};

enum class FilterOp : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge, In, Contains, Matches, Exists };

// How a field's values are read and compared.
enum class FieldType : std::uint8_t {
    Time,     // RFC 3339
    Status,   // a code or a class like 5xx; 0 is "no status"
    Number,   // a whole number
    Duration, // a number with a unit: 250ms, 2s
    Enum,     // an error class, a source or a load-balancer kind id
    Text,     // free text, compared exactly (or ~, matches)
    Address,  // free text, but = and in take IP:port only
};

struct FilterFieldInfo {
    std::string_view name;
    FilterField field;
    FieldType type;
    std::string_view ops; // space-separated, as the help and the errors name them
};

// Every field of the grammar, in the order the help lists them (header.<name> is one entry).
const std::vector<FilterFieldInfo>& filterFields();
const FilterFieldInfo& filterFieldInfo(FilterField field);
std::string_view filterOpText(FilterOp op); // "=", "!=", "in", "~", "matches", "exists", …

// One node of the tree. A comparison keeps what was written (for the round trip) and what it
// means: for numbers, times, durations and statuses inclusive ranges of the column's value; for
// texts the values themselves; for classes and sources their numeric ids.
struct FilterNode {
    enum class Kind : std::uint8_t { And, Or, Not, Compare };
    Kind kind = Kind::Compare;
    std::vector<FilterNode> children; // And, Or: two or more; Not: one

    FilterField field = FilterField::Host;
    FilterOp op = FilterOp::Eq;
    std::string header;              // the <name> of header.<name>, lower case
    std::vector<std::string> values; // as written, unescaped
    std::size_t position = 0;        // byte offset of the field name in the source text

    static constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    static constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges; // numeric types: inclusive
    std::vector<std::uint8_t> ids;                             // Enum: the values' ids
    bool matchesMissing = false;           // a value was "-": the field absent from the line
    std::shared_ptr<const re2::RE2> regex; // Matches
};

} // namespace rs
