#pragma once

// Private to src/core/query: how a BoundExpression holds its terms, shared by the binding
// (filterbind.cpp), the verdicts resolved before evaluation (filterresolve.cpp) and the evaluation
// (filtereval.cpp).

#include "core/query/filtereval.h"
#include "core/query/sequenceregex.h"
#include "core/util/textsearch.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <re2/re2.h>
#include <string>
#include <utility>
#include <vector>

namespace rs {

namespace filtereval_detail {

// Where a comparison's field lives, which decides how (and how early) it is evaluated.
enum class Access : std::uint8_t {
    Column,  // a numeric column of the requests table or the diagnosis
    PoolId,  // an interned string column: a byte table by pool id
    Router,  // the identity column: a byte table by identity
    Attempt, // the request's failed attempts (events rows)
    Row,     // per row, but without re-parsing: instance pairs, request ids
    Lb,      // the load-balancer row joined to the request (lb, lb.*)
    RawLine, // re-read from the access line (uri, headers, bytes, text)
};

inline int costOf(Access access)
{
    return access == Access::Column || access == Access::PoolId || access == Access::Router ? 0
           : access == Access::RawLine                                                      ? 2
                                                                                            : 1;
}

inline bool isListOp(FilterOp op)
{
    return op == FilterOp::Eq || op == FilterOp::Ne || op == FilterOp::In;
}

// What a uri, path or query term reads of an interned URI; other fields read the whole string.
inline std::string_view partOf(FilterField field, std::string_view text)
{
    if (field == FilterField::Path)
        return text.substr(0, text.find('?'));
    if (field == FilterField::Query) {
        const auto mark = text.find('?');
        return mark == std::string_view::npos ? std::string_view() : text.substr(mark + 1);
    }
    return text;
}

// The interned column of a PoolId term.
inline const Column<StringPool::Id>& poolColumn(const RequestTable& t, FilterField field)
{
    switch (field) {
    case FilterField::Host:
        return t.host;
    case FilterField::Method:
        return t.method;
    case FilterField::Backend:
        return t.backend;
    case FilterField::App:
        return t.appId;
    case FilterField::Instance:
        return t.instanceId;
    case FilterField::RouterError:
        return t.routerError;
    default:
        return t.uri;
    }
}

} // namespace filtereval_detail

struct BoundExpression::Node {
    FilterNode::Kind kind = FilterNode::Kind::Compare;
    std::vector<Node> children;
    const FilterNode* source = nullptr;
    filtereval_detail::Access access = filtereval_detail::Access::Column;
    int cost = 0;
    bool negate = false; // `!=`: the positive `=` inverted
    // Every leaf re-reads the access line: evaluated row by row, so the terms of one row share
    // the one parse the Scratch keeps instead of each re-parsing the line across the block.
    bool onlyRawLine = false;
    bool rowWise = false;
    // PoolId, Router: by id; Column enums: by value. A `lazy` table (pool ids) holds kUnknown until
    // a row needs the id's verdict: a regex or a substring then runs once per distinct string that
    // occurs where it matters, not once per row nor once per string of the pool (which holds
    // millions of URIs). Filled by whichever thread meets the id first, through atomic_ref: two
    // threads at most compute the same verdict twice, and both write the same byte.
    static constexpr std::uint8_t kUnknown = 2;
    mutable std::vector<std::uint8_t> table;
    // A complete table of a large pool again, one bit per id: millions of ids take megabytes as bytes
    // but fit the core's cache as bits, and a column of millions of rows reads it at random.
    std::vector<std::uint64_t> bits;
    // A lazy URI term with a literal to scan for (poolscan.h): once its rows have asked for more
    // verdicts than a scan of the pool costs, the rest come from one (see compareColumn).
    struct LateScan {
        std::string literal;
        bool foldCase = false;
        std::atomic<std::size_t> computed{0};
        std::once_flag once;
        std::atomic<bool> ready{false};
        std::vector<std::uint64_t> bits;
    };
    std::unique_ptr<LateScan> lateScan;
    bool lazy = false;
    const StringPool* pool = nullptr; // lazy: where the ids' texts are
    // Lazy terms on one column of an `and`/`or` merged into one (mergeSameColumn): the verdict
    // combines the terms', each with its negation (eager terms have theirs baked in the table).
    std::vector<Node> terms;
    bool mergeOr = false;
    std::vector<std::uint8_t> attemptClassTable;                         // attempt.class: by ErrorClass value
    std::vector<std::pair<StringPool::Id, StringPool::Id>> appInstances; // instance app/x forms
    std::vector<RequestId> requestIds;
    std::optional<CaseInsensitiveSearch> search; // ~, and `text`
    RegexNeedle regexNeedle;                     // matches: a literal every match contains
    std::optional<SequenceRegex> sequence;       // matches, when the pattern is one: RE2 not called

    // The positive predicate (`=` for `!=`) on one value of a text field; "" is missing.
    // `regex`: the term's own (the default), or a copy a thread of its own uses (RE2 takes a lock
    // on every match, which threads sharing one object contend for).
    bool matchesRegex(std::string_view s, const RE2* regex = nullptr) const
    {
        const std::string& inner = regexNeedle.inner;
        if (!s.starts_with(regexNeedle.prefix) ||
            (!inner.empty() && memmem(s.data(), s.size(), inner.data(), inner.size()) == nullptr))
            return false;
        if (sequence)
            return sequence->partialMatch(s);
        return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), regex ? *regex : *source->regex);
    }

    bool matchesText(std::string_view s, const RE2* regex = nullptr) const
    {
        const FilterNode& n = *source;
        if (n.field == FilterField::Text) // the raw line: never "missing"
            return n.op == FilterOp::Matches ? matchesRegex(s, regex) : search->foundIn(s);
        if (s.empty())
            return filtereval_detail::isListOp(n.op) && n.matchesMissing;
        switch (n.op) {
        case FilterOp::Contains:
            return search->foundIn(s);
        case FilterOp::Matches:
            return matchesRegex(s, regex);
        case FilterOp::Exists:
            return true;
        default:
            return std::find(n.values.begin(), n.values.end(), s) != n.values.end();
        }
    }

    // The positive predicate on one pool id (lazy nodes; without negation, but a merged node's
    // terms each with theirs).
    std::uint8_t compute(StringPool::Id id, const RE2* regex = nullptr) const
    {
        if (terms.empty())
            return matchesText(filtereval_detail::partOf(source->field, pool->view(id)), regex) ? 1 : 0;
        for (const Node& t : terms) {
            const bool v =
                t.lazy ? t.matchesText(filtereval_detail::partOf(t.source->field, pool->view(id))) != t.negate
                       : t.table[id] != 0;
            if (v == mergeOr)
                return v ? 1 : 0;
        }
        return mergeOr ? 0 : 1;
    }

    // The table's verdict on one id, computed on first use for lazy tables.
    std::uint8_t verdict(StringPool::Id id) const
    {
        if (!bits.empty())
            return (bits[id >> 6] >> (id & 63)) & 1;
        if (!lazy)
            return table[id];
        std::atomic_ref<std::uint8_t> slot(table[id]);
        std::uint8_t v = slot.load(std::memory_order_relaxed);
        if (v == kUnknown) {
            v = compute(id);
            slot.store(v, std::memory_order_relaxed);
        }
        return v;
    }

    // The positive predicate on a numeric value; `present` false is the field missing.
    bool matchesNumber(std::int64_t v, bool present) const
    {
        const FilterNode& n = *source;
        if (n.op == FilterOp::Exists)
            return present;
        if (!present)
            return n.matchesMissing;
        for (const auto& [lo, hi] : n.ranges)
            if (v >= lo && v <= hi)
                return true;
        return false;
    }
};

namespace filtereval_detail {

// Binds `source` to the incident into `node` (filterbind.cpp): the strings it compares resolved
// to tables, its terms ordered and grouped for evaluation. `attempts`: the attempt columns are there.
void bindExpression(const Incident& incident, bool attempts, const FilterNode& source,
                    BoundExpression::Node& node);

// Resolution of verdicts before evaluation (filterresolve.cpp).
void prepareLateScans(BoundExpression::Node& node);
void resolveEveryId(BoundExpression::Node& node, const RequestTable& t, bool scanOnly = false);
void scanVerdicts(const BoundExpression::Node& node, const std::string& literal, bool foldCase,
                  std::vector<std::uint64_t>& bits);

} // namespace filtereval_detail

} // namespace rs
