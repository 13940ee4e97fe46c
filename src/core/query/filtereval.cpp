#include "core/query/filtereval.h"

#include "core/diagnosis/errorclass.h"
#include "core/diagnosis/lbjoin.h"
#include "core/formats/wrappers.h"
#include "core/query/filterfields.h"
#include "core/util/poolscan.h"
#include "core/util/textsearch.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <re2/re2.h>
#include <thread>

namespace rs {

namespace {

using Range = std::pair<std::int64_t, std::int64_t>;

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

int costOf(Access access)
{
    return access == Access::Column || access == Access::PoolId || access == Access::Router ? 0
           : access == Access::RawLine                                                      ? 2
                                                                                            : 1;
}

// `uriColumn`: the requests table interns the URI (RequestTable::hasUri()).
Access accessOf(const FilterNode& n, bool uriColumn)
{
    if (filterfields::isLbField(n.field))
        return Access::Lb;
    switch (n.field) {
    case FilterField::Time:
    case FilterField::Status:
    case FilterField::ResponseTime:
    case FilterField::GorouterTime:
    case FilterField::FailedAttempts:
    case FilterField::Class:
    case FilterField::Source:
        return Access::Column;
    case FilterField::Router:
        return Access::Router;
    case FilterField::Host:
    case FilterField::Method:
    case FilterField::Backend:
    case FilterField::App:
    case FilterField::RouterError:
        return Access::PoolId;
    case FilterField::Instance:
        return n.op == FilterOp::Eq || n.op == FilterOp::Ne || n.op == FilterOp::In ? Access::Row
                                                                                    : Access::PoolId;
    case FilterField::VcapRequestId:
        return Access::Row;
    case FilterField::AttemptCount: // a column of the diagnosis
        return Access::Column;
    case FilterField::Uri:
    case FilterField::Path:
    case FilterField::Query:
        return uriColumn ? Access::PoolId : Access::RawLine;
    case FilterField::AttemptBackend:
    case FilterField::AttemptClass:
    case FilterField::AttemptError:
        return Access::Attempt;
    default:
        return Access::RawLine;
    }
}

bool isListOp(FilterOp op)
{
    return op == FilterOp::Eq || op == FilterOp::Ne || op == FilterOp::In;
}

// What a uri, path or query term reads of an interned URI; other fields read the whole string.
std::string_view partOf(FilterField field, std::string_view text)
{
    if (field == FilterField::Path)
        return text.substr(0, text.find('?'));
    if (field == FilterField::Query) {
        const auto mark = text.find('?');
        return mark == std::string_view::npos ? std::string_view() : text.substr(mark + 1);
    }
    return text;
}

// Skips a character class starting at pattern[i] == '[': the index after its ']', or npos when
// it never closes (RE2 rejected such a pattern already, but the scan must not run off).
std::size_t afterClass(std::string_view pattern, std::size_t i)
{
    ++i;
    if (i < pattern.size() && pattern[i] == '^')
        ++i;
    if (i < pattern.size() && pattern[i] == ']') // a leading ']' is a member
        ++i;
    for (; i < pattern.size(); ++i) {
        if (pattern[i] == '\\')
            ++i;
        else if (pattern[i] == ']')
            return i + 1;
    }
    return std::string_view::npos;
}

// Skips a group starting at pattern[i] == '(': the index after its ')', or npos.
std::size_t afterGroup(std::string_view pattern, std::size_t i)
{
    int depth = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '\\') {
            i += 2;
        } else if (c == '[') {
            i = afterClass(pattern, i);
            if (i == std::string_view::npos)
                return i;
        } else {
            if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0)
                return i + 1;
            ++i;
        }
    }
    return std::string_view::npos;
}

// Skips a quantifier at pattern[i] (`*`, `+`, `?`, `{n,m}`, each perhaps lazy `?`).
std::size_t afterQuantifier(std::string_view pattern, std::size_t i)
{
    if (i < pattern.size() && pattern[i] == '{') {
        const auto close = pattern.find('}', i);
        i = close == std::string_view::npos ? pattern.size() : close + 1;
    } else if (i < pattern.size() && std::string_view("*+?").find(pattern[i]) != std::string_view::npos) {
        ++i;
    } else {
        return i;
    }
    return i < pattern.size() && pattern[i] == '?' ? i + 1 : i;
}

// A `|` outside every group and class (or a group or class that never closes): the pattern is then
// an alternation, and no literal of one side is required.
bool alternatesAtTopLevel(std::string_view pattern)
{
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '|')
            return true;
        if (c == '\\')
            i += 2;
        else if (c == '(' || c == '[')
            i = c == '(' ? afterGroup(pattern, i) : afterClass(pattern, i);
        else
            ++i;
        if (i == std::string_view::npos)
            return true;
    }
    return false;
}

bool isQuantifier(std::string_view pattern, std::size_t i)
{
    return i < pattern.size() && std::string_view("*+?{").find(pattern[i]) != std::string_view::npos;
}

} // namespace

// Literals every match of `pattern` contains, its start and the longest other run, so that the
// many strings without them are rejected by a prefix compare or memmem instead of a call into RE2
// (~50 ns each, most of a regex filter's time over millions of distinct URIs):
// `customers/[0-9a-f]+0/addresses` gives "0/addresses", `^/api/v[12]/orders` "/api/v" at the
// start and "/orders". Only the pattern's top-level sequence is read (groups and classes are
// skipped whole), and conservatively: a `|` outside groups, any flag group, a letter escape other
// than \d \w \s \b (and their capitals) or a non-ASCII byte give up or end the scan; a character
// followed by `*`, `?` or `{` is optional and ends a run, one followed by `+` is kept and ends it.
RegexNeedle regexNeedle(std::string_view pattern)
{
    if (alternatesAtTopLevel(pattern))
        return {};
    for (auto at = pattern.find("(?"); at != std::string_view::npos; at = pattern.find("(?", at + 2))
        if (at + 2 >= pattern.size() || pattern[at + 2] != ':')
            return {};
    RegexNeedle best;
    std::string run;
    bool runAtStart = false;
    std::size_t i = 0;
    if (pattern.starts_with('^')) {
        runAtStart = true;
        i = 1;
    }
    const auto endRun = [&] {
        if (runAtStart)
            best.prefix = run;
        else if (run.size() > best.inner.size())
            best.inner = run;
        run.clear();
        runAtStart = false;
    };
    while (i < pattern.size()) {
        const auto c = static_cast<unsigned char>(pattern[i]);
        if (c >= 0x80)
            break;
        if (c == '(' || c == '[') {
            endRun();
            i = c == '(' ? afterGroup(pattern, i) : afterClass(pattern, i);
            if (i == std::string_view::npos)
                break;
            i = afterQuantifier(pattern, i);
            continue;
        }
        if (std::string_view(".^$*+?{}").find(static_cast<char>(c)) != std::string_view::npos) {
            endRun();
            i = afterQuantifier(pattern, i + 1);
            continue;
        }
        char literal = static_cast<char>(c);
        std::size_t next = i + 1;
        if (c == '\\') {
            const auto escaped = i + 1 < pattern.size() ? static_cast<unsigned char>(pattern[i + 1]) : 0;
            if (escaped == 0 || escaped >= 0x80 || std::isspace(escaped))
                break;
            if (std::isalnum(escaped)) {
                if (std::string_view("dDwWsSbB").find(static_cast<char>(escaped)) == std::string_view::npos)
                    break; // \x41, \Q…\E, \pL, \1: more than one character of pattern
                endRun();
                i = afterQuantifier(pattern, i + 2);
                continue;
            }
            literal = static_cast<char>(escaped);
            next = i + 2;
        }
        if (isQuantifier(pattern, next)) {
            if (pattern[next] == '+')
                run += literal;
            endRun();
            i = afterQuantifier(pattern, next);
            continue;
        }
        run += literal;
        i = next;
    }
    endRun();
    return best;
}

namespace {

// A header name as written in the filter (lower case, `_`) against a key of the line.
bool sameHeader(std::string_view wanted, std::string_view key)
{
    return wanted.size() == key.size() &&
           std::equal(wanted.begin(), wanted.end(), key.begin(), [](char w, char k) {
               const char lowered = static_cast<char>(std::tolower(static_cast<unsigned char>(k)));
               return w == lowered || (w == '_' && k == '-');
           });
}

} // namespace

struct BoundExpression::Node {
    FilterNode::Kind kind = FilterNode::Kind::Compare;
    std::vector<Node> children;
    const FilterNode* source = nullptr;
    Access access = Access::Column;
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

    // The positive predicate (`=` for `!=`) on one value of a text field; "" is missing.
    // `regex`: the term's own (the default), or a copy a thread of its own uses (RE2 takes a lock
    // on every match, which threads sharing one object contend for).
    bool matchesRegex(std::string_view s, const RE2* regex = nullptr) const
    {
        const std::string& inner = regexNeedle.inner;
        return s.starts_with(regexNeedle.prefix) &&
               (inner.empty() || memmem(s.data(), s.size(), inner.data(), inner.size()) != nullptr) &&
               RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), regex ? *regex : *source->regex);
    }

    bool matchesText(std::string_view s, const RE2* regex = nullptr) const
    {
        const FilterNode& n = *source;
        if (n.field == FilterField::Text) // the raw line: never "missing"
            return n.op == FilterOp::Matches ? matchesRegex(s, regex) : search->foundIn(s);
        if (s.empty())
            return isListOp(n.op) && n.matchesMissing;
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
            return matchesText(partOf(source->field, pool->view(id)), regex) ? 1 : 0;
        for (const Node& t : terms) {
            const bool v = t.lazy ? t.matchesText(partOf(t.source->field, pool->view(id))) != t.negate
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

BoundExpression::Scratch::Scratch() = default;
BoundExpression::Scratch::~Scratch() = default;

std::uint8_t* BoundExpression::Scratch::mask(std::size_t level)
{
    while (m_masks.size() <= level)
        m_masks.push_back(std::make_unique<std::array<std::uint8_t, kBlock>>());
    return m_masks[level]->data();
}

namespace {

// Resolves the strings of one node against the incident, recursively.
class Binder {
public:
    Binder(const Incident& incident, bool attempts)
        : m_incident(incident)
        , m_attempts(attempts)
    {}

    void bind(const FilterNode& source, BoundExpression::Node& node)
    {
        node.kind = source.kind;
        node.source = &source;
        if (source.kind != FilterNode::Kind::Compare) {
            node.children.resize(source.children.size());
            node.onlyRawLine = true;
            for (std::size_t i = 0; i < source.children.size(); ++i) {
                bind(source.children[i], node.children[i]);
                node.cost = std::max(node.cost, node.children[i].cost);
                node.onlyRawLine = node.onlyRawLine && node.children[i].onlyRawLine;
            }
            if (node.kind == FilterNode::Kind::Not)
                return;
            mergeSameColumn(node);
            if (node.children.size() == 1) {
                BoundExpression::Node only = std::move(node.children.front());
                node = std::move(only);
                return;
            }
            // The cheap terms first: an `and` runs the costly ones only where the cheap ones
            // held, an `or` only where they did not. Stable, so equal costs keep their order.
            std::stable_sort(node.children.begin(), node.children.end(),
                             [](const auto& a, const auto& b) { return a.cost < b.cost; });
            groupRawLineTerms(node);
            return;
        }
        node.access = accessOf(source, m_incident.tables.requests.hasUri());
        node.cost = costOf(node.access);
        node.onlyRawLine = node.access == Access::RawLine;
        node.negate = source.op == FilterOp::Ne;
        if (source.op == FilterOp::Contains || source.field == FilterField::Text)
            node.search.emplace(source.values.empty() ? std::string_view() : source.values.front());
        if (source.op == FilterOp::Matches && source.regex)
            node.regexNeedle = rs::regexNeedle(source.regex->pattern());
        const auto& pool = m_incident.tables.strings;
        switch (node.access) {
        case Access::PoolId:
            if (isListOp(source.op) && source.field != FilterField::Path &&
                source.field != FilterField::Query) {
                // Exact values: their ids, found once.
                node.table.assign(pool.size(), 0);
                node.table[StringPool::kEmpty] = node.matchesText({}) ? 1 : 0;
                for (const auto& value : source.values)
                    if (const StringPool::Id id = pool.find(value); id != StringPool::kEmpty)
                        node.table[id] = 1;
            } else {
                makeLazy(node);
            }
            return;
        case Access::Router: {
            const auto& identities = m_incident.tables.identities;
            node.table.resize(identities.size());
            for (std::size_t i = 0; i < identities.size(); ++i) {
                const bool byId =
                    isListOp(source.op) && !identities[i].id.empty() && node.matchesText(identities[i].id);
                node.table[i] = byId || node.matchesText(identities[i].display) ? 1 : 0;
            }
            return;
        }
        case Access::Column:
            if (source.field == FilterField::Class || source.field == FilterField::Source) {
                node.table.assign(256, 0);
                for (const auto id : source.ids)
                    node.table[id] = 1;
            }
            return;
        case Access::Attempt:
            bindAttempt(source, node);
            return;
        case Access::Row:
            if (source.field == FilterField::Instance)
                bindInstance(source, node);
            else if (isListOp(source.op))
                for (const auto& value : source.values) {
                    // An id the incident never saw matches no row (not the rows without an id).
                    const RequestId id = value == "-" ? RequestId{} : findRequestId(value, pool);
                    if (!id.empty())
                        node.requestIds.push_back(id);
                }
            return;
        case Access::Lb:
            if (source.field == FilterField::LbTarget || source.field == FilterField::LbError)
                makeLazy(node);
            else if (source.field == FilterField::LbKind) {
                node.table.assign(256, 0);
                for (const auto id : source.ids)
                    node.table[id] = 1;
            }
            return;
        case Access::RawLine:
            return;
        }
    }

private:
    // A lazy term runs a regex or a search on its first rows: after the exact terms, so that they
    // narrow the rows (and the distinct values) it reads.
    void makeLazy(BoundExpression::Node& node) const
    {
        node.lazy = true;
        node.cost = std::max(node.cost, 1);
        node.pool = &m_incident.tables.strings;
        node.table.assign(node.pool->size(), BoundExpression::Node::kUnknown);
    }

    // Terms of one `and`/`or` on the same interned column become one table: `host=a or host=b or
    // host=c` is then one pass over the host column, not three and the masks between them.
    // Two or more children of an `and`/`or` that only re-read the line become one row-wise child
    // (the whole node when that is all it has). They sort last, so the order of terms stays.
    static void groupRawLineTerms(BoundExpression::Node& node)
    {
        const auto first = std::find_if(node.children.begin(), node.children.end(),
                                        [](const auto& child) { return child.onlyRawLine; });
        const auto count =
            std::count_if(first, node.children.end(), [](const auto& child) { return child.onlyRawLine; });
        if (count < 2 || count != node.children.end() - first)
            return;
        if (first == node.children.begin()) {
            node.rowWise = true;
            return;
        }
        BoundExpression::Node group;
        group.kind = node.kind;
        group.cost = node.cost;
        group.onlyRawLine = true;
        group.rowWise = true;
        group.children.assign(std::make_move_iterator(first), std::make_move_iterator(node.children.end()));
        node.children.erase(first, node.children.end());
        node.children.push_back(std::move(group));
    }

    void mergeSameColumn(BoundExpression::Node& node) const
    {
        const bool isOr = node.kind == FilterNode::Kind::Or;
        std::vector<BoundExpression::Node> kept;
        for (auto& child : node.children) {
            const auto mergeable = [&child](const BoundExpression::Node& k) {
                return k.kind == FilterNode::Kind::Compare && k.access == Access::PoolId &&
                       child.kind == FilterNode::Kind::Compare && child.access == Access::PoolId &&
                       k.source->field == child.source->field;
            };
            const auto target = std::find_if(kept.begin(), kept.end(), mergeable);
            if (target == kept.end()) {
                kept.push_back(std::move(child));
                continue;
            }
            bakeNegation(*target);
            bakeNegation(child);
            if (!target->lazy && !child.lazy) {
                for (std::size_t id = 0; id < target->table.size(); ++id)
                    target->table[id] =
                        isOr ? (target->table[id] | child.table[id]) : (target->table[id] & child.table[id]);
                continue;
            }
            // A lazy term: one lazy node whose verdict combines the terms'.
            if (target->terms.empty()) {
                BoundExpression::Node merged;
                merged.source = target->source;
                merged.access = Access::PoolId;
                merged.lazy = true;
                merged.cost = 1;
                merged.mergeOr = isOr;
                merged.pool = &m_pool;
                merged.table.assign(m_pool.size(), BoundExpression::Node::kUnknown);
                merged.terms.push_back(std::move(*target));
                *target = std::move(merged);
            }
            target->terms.push_back(std::move(child));
        }
        node.children = std::move(kept);
    }

    // Eager tables only: a lazy term keeps its negation for compute().
    static void bakeNegation(BoundExpression::Node& node)
    {
        if (!node.negate || node.lazy)
            return;
        for (auto& v : node.table)
            v ^= 1;
        node.negate = false;
    }

    void bindAttempt(const FilterNode& source, BoundExpression::Node& node)
    {
        const auto& pool = m_incident.tables.strings;
        if (source.field == FilterField::AttemptBackend || source.field == FilterField::AttemptError) {
            makeLazy(node);
        } else if (source.field == FilterField::AttemptClass && m_attempts) {
            // The class of each error text, once per distinct text of the attempts' events.
            node.table.assign(pool.size(), 0);
            std::vector<std::uint8_t> known(pool.size(), 0);
            std::array<std::uint8_t, 256> wanted{};
            for (const auto id : source.ids)
                wanted[id] = 1;
            const auto& errors = m_incident.tables.events.error;
            for (std::size_t e = 0; e < errors.size(); ++e) {
                const StringPool::Id id = errors[e];
                if (known[id] || id == StringPool::kEmpty)
                    continue;
                known[id] = 1;
                node.table[id] = wanted[static_cast<std::uint8_t>(classifyErrorText(pool.view(id)))];
            }
        }
    }

    void bindInstance(const FilterNode& source, BoundExpression::Node& node)
    {
        // The keys failuresByInstance() hands out: instance_id, app_id/instance_id, app_id/app_index.
        const auto& pool = m_incident.tables.strings;
        node.table.assign(pool.size(), 0);
        const auto idOf = [&pool](std::string_view text, bool& found) {
            found = text.empty() || text == "-";
            if (found)
                return StringPool::kEmpty;
            const StringPool::Id id = pool.find(text);
            found = id != StringPool::kEmpty;
            return id;
        };
        for (const auto& value : source.values) {
            const auto slash = value.find('/');
            bool found = false;
            if (slash == std::string::npos) {
                const StringPool::Id id = idOf(value, found);
                if (found)
                    node.table[id] = 1;
                continue;
            }
            bool appFound = false;
            const StringPool::Id app = idOf(std::string_view(value).substr(0, slash), appFound);
            const StringPool::Id instance = idOf(std::string_view(value).substr(slash + 1), found);
            if (appFound && found)
                node.appInstances.emplace_back(app, instance);
        }
    }

    const Incident& m_incident;
    const StringPool& m_pool = m_incident.tables.strings;
    bool m_attempts;
};

// The interned column of a PoolId term.
const std::vector<StringPool::Id>& poolColumn(const RequestTable& t, FilterField field)
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

// Below this many 64-id words of the pool (~64 k strings) a second thread costs more than it saves.
constexpr std::size_t kParallelIdWords = 1024;

// Verdicts a lazy URI term computes one by one (~100 ns each, a cache miss per string) before the
// rest come from a scan of the pool (~30 ms over 3.8 M URIs).
constexpr std::size_t kLateScanAfter = 200'000;

// Pools beyond this many ids read their verdicts from bits (Node::bits) once complete.
constexpr std::size_t kBitsFromIds = std::size_t{1} << 20;

// Called once a lazy table is complete (ids no row holds may stay unknown: they read as 0).
void finishResolved(BoundExpression::Node& node)
{
    node.lazy = false;
    if (node.table.size() < kBitsFromIds)
        return;
    node.bits.assign((node.table.size() + 63) / 64, 0);
    for (std::size_t id = 0; id < node.table.size(); ++id)
        node.bits[id >> 6] |= std::uint64_t{node.table[id] & 1u} << (id & 63);
}

// The literal every string a lazy URI term holds for must contain ("" when there is none): the
// substring of `~`, the longer of a regex's required literals.
std::string_view requiredLiteral(const BoundExpression::Node& node)
{
    if (!node.terms.empty())
        return {};
    const FilterNode& source = *node.source;
    if (source.op == FilterOp::Contains)
        return source.values.empty() ? std::string_view() : std::string_view(source.values.front());
    if (source.op == FilterOp::Matches) {
        const RegexNeedle& needle = node.regexNeedle;
        return needle.inner.size() >= needle.prefix.size() ? needle.inner : needle.prefix;
    }
    if (source.op == FilterOp::Exists && source.field == FilterField::Query)
        return "?";
    return {};
}

// The literal a lazy term on the URI column can be scanned for, and whether case is folded; empty
// when it has none (or is not on that column).
std::pair<std::string, bool> scanLiteral(const BoundExpression::Node& node)
{
    const FilterField field = node.source->field;
    if (!node.lazy || node.access != Access::PoolId ||
        (field != FilterField::Uri && field != FilterField::Path && field != FilterField::Query))
        return {};
    std::string literal(requiredLiteral(node));
    const bool foldCase = node.source->op == FilterOp::Contains;
    if (!canScanFor(literal, foldCase))
        return {};
    return {std::move(literal), foldCase};
}

// Every pool id's verdict on `node` into `bits`, from one pass over the pool's bytes: the real test
// runs only on the strings holding `literal` (the others cannot match), on every core, each thread
// in whole words of its own and with its own copy of the regex.
void scanVerdicts(const BoundExpression::Node& node, const std::string& literal, bool foldCase,
                  std::vector<std::uint64_t>& bits)
{
    const StringPool& pool = *node.pool;
    const auto ids = static_cast<StringPool::Id>(pool.size());
    bits.assign((ids + 63) / 64, 0);
    bits[0] = node.compute(StringPool::kEmpty);
    const auto scanIds = [&](StringPool::Id first, StringPool::Id last) {
        std::optional<RE2> ownRegex;
        if (const RE2* shared = node.source->regex.get())
            ownRegex.emplace(shared->pattern(), shared->options());
        const RE2* regex = ownRegex ? &*ownRegex : nullptr;
        forEachIdContaining(pool, first, last, literal, foldCase, [&node, &bits, regex](StringPool::Id id) {
            bits[id >> 6] |= std::uint64_t{node.compute(id, regex)} << (id & 63);
        });
    };
    const std::size_t threads =
        ids / 64 < kParallelIdWords ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t slice = (ids / threads + 64) & ~std::size_t{63};
    const auto bound = [ids](std::size_t i) {
        return static_cast<StringPool::Id>(std::min<std::size_t>(ids, i));
    };
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < threads; ++i)
        workers.emplace_back(scanIds, bound(i * slice), bound((i + 1) * slice));
    scanIds(0, bound(slice));
    for (std::thread& worker : workers)
        worker.join();
}

// For a term on the URI column (millions of distinct strings, most without the term's literal)
// that every row reaches: its verdicts from a scan at once. False when it has no literal.
bool resolveByPoolScan(BoundExpression::Node& node)
{
    auto [literal, foldCase] = scanLiteral(node);
    if (literal.empty())
        return false;
    // Every string the scan hands on holds the literal: a regex on the whole URI need not look for
    // it again (the verdicts are complete afterwards, so nothing else reads the needle).
    if (node.source->field == FilterField::Uri && literal == node.regexNeedle.inner)
        node.regexNeedle.inner.clear();
    scanVerdicts(node, literal, foldCase, node.bits);
    node.lazy = false;
    node.table = {}; // the bits hold every verdict
    node.lateScan.reset();
    return true;
}

// Lazy URI terms that a scan can resolve get their LateScan (terms merged into one node have none:
// their verdict combines several tests).
void prepareLateScans(BoundExpression::Node& node)
{
    for (BoundExpression::Node& child : node.children)
        prepareLateScans(child);
    auto [literal, foldCase] = scanLiteral(node);
    if (literal.empty() || !node.terms.empty())
        return;
    node.lateScan = std::make_unique<BoundExpression::Node::LateScan>();
    node.lateScan->literal = std::move(literal);
    node.lateScan->foldCase = foldCase;
}

// A lazy term that every row reaches (the expression's first term, and nothing narrows before
// it) needs the verdict of every id of its column: found here at once, in id order, so that the
// pool's views and texts are read front to back instead of one cache miss per distinct string in
// row order. The table is then complete: plain byte reads, no unknown to look for.
// `scanOnly`: a later child of an `or`, which the rows its earlier children reject reach (most rows,
// when those are narrow): resolved only when a pool scan can, whose cost does not grow with rows.
void resolveEveryId(BoundExpression::Node& node, const RequestTable& t, bool scanOnly = false)
{
    if (node.kind == FilterNode::Kind::Not || node.kind == FilterNode::Kind::And ||
        node.kind == FilterNode::Kind::Or) {
        if (node.rowWise || node.children.empty())
            return;
        resolveEveryId(node.children.front(), t, scanOnly);
        if (node.kind == FilterNode::Kind::Or)
            for (std::size_t i = 1; i < node.children.size(); ++i)
                resolveEveryId(node.children[i], t, true);
        return;
    }
    if (!node.lazy || node.access != Access::PoolId)
        return;
    if (resolveByPoolScan(node) || scanOnly)
        return;
    std::vector<std::uint64_t> used((node.table.size() + 63) / 64, 0);
    for (const StringPool::Id id : poolColumn(t, node.source->field))
        used[id >> 6] |= std::uint64_t{1} << (id & 63);
    const auto resolveWords = [&node, &used](std::size_t first, std::size_t last) {
        for (std::size_t word = first; word < last; ++word)
            for (std::uint64_t bits = used[word]; bits != 0; bits &= bits - 1) {
                const auto id =
                    static_cast<StringPool::Id>(word * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
                node.table[id] = node.compute(id);
            }
    };
    // Millions of distinct URIs at ~50 ns each (RE2, or a search): the cores share them. Each
    // thread writes the bytes of its own ids only.
    const std::size_t threads = used.size() < kParallelIdWords
                                    ? 1
                                    : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t slice = (used.size() + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < threads; ++i)
        workers.emplace_back(resolveWords, std::min(used.size(), i * slice),
                             std::min(used.size(), (i + 1) * slice));
    resolveWords(0, std::min(used.size(), slice));
    for (std::thread& worker : workers)
        worker.join();
    finishResolved(node); // ids of no row keep kUnknown, which no row reads
}

template <typename T, typename Pred> void fill(std::uint8_t* out, const T* column, std::size_t n, Pred pred)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<std::uint8_t>(pred(column[i]));
}

} // namespace

BoundExpression::BoundExpression(const Incident& incident, const FilterNode& root, ClassColumns classes,
                                 bool everyRow)
    : m_incident(incident)
    , m_classes(classes)
    , m_root(std::make_unique<Node>())
{
    const std::size_t rows = incident.tables.requests.size();
    m_attempts = classes.attemptsBegin.size() == rows && classes.attemptsCount.size() == rows;
    m_lbJoined = classes.lbOfRequest.size() == rows;
    Binder(incident, m_attempts).bind(root, *m_root);
    prepareLateScans(*m_root);
    if (everyRow)
        resolveEveryId(*m_root, incident.tables.requests);
}

BoundExpression::~BoundExpression() = default;

void BoundExpression::narrow(std::size_t begin, std::size_t n, std::uint8_t* mask, Scratch& scratch) const
{
    std::uint8_t* out = scratch.mask(0);
    evaluate(*m_root, begin, n, mask, out, 1, scratch);
    std::copy_n(out, n, mask);
}

void BoundExpression::evaluate(const Node& node, std::size_t begin, std::size_t n, const std::uint8_t* care,
                               std::uint8_t* out, std::size_t level, Scratch& scratch) const
{
    const auto none = [n](const std::uint8_t* m) {
        return std::all_of(m, m + n, [](std::uint8_t v) { return v == 0; });
    };
    if (node.rowWise) {
        for (std::size_t i = 0; i < n; ++i)
            out[i] = care[i] ? static_cast<std::uint8_t>(matchesRow(node, begin + i, scratch)) : 0;
        return;
    }
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        if (costOf(node.access) == 0) {
            compareColumn(node, begin, n, care, out);
            const std::uint8_t flip = node.negate ? 1 : 0;
            for (std::size_t i = 0; i < n; ++i)
                out[i] = static_cast<std::uint8_t>((out[i] ^ flip) & care[i]);
        } else if (node.access == Access::Attempt && m_attempts) {
            // Most requests have no failed attempt: no call for them.
            const std::uint16_t* count = m_classes.attemptsCount.data() + begin;
            for (std::size_t i = 0; i < n; ++i)
                out[i] = care[i] ? static_cast<std::uint8_t>(
                                       (count[i] != 0 && compareRow(node, begin + i, scratch)) != node.negate)
                                 : 0;
        } else {
            for (std::size_t i = 0; i < n; ++i)
                out[i] = care[i]
                             ? static_cast<std::uint8_t>(compareRow(node, begin + i, scratch) != node.negate)
                             : 0;
        }
        return;
    case FilterNode::Kind::Not: {
        std::uint8_t* inner = scratch.mask(level);
        evaluate(node.children.front(), begin, n, care, inner, level + 1, scratch);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = static_cast<std::uint8_t>(care[i] & (inner[i] ^ 1));
        return;
    }
    case FilterNode::Kind::And: {
        evaluate(node.children.front(), begin, n, care, out, level, scratch);
        std::uint8_t* next = scratch.mask(level);
        for (std::size_t c = 1; c < node.children.size() && !none(out); ++c) {
            evaluate(node.children[c], begin, n, out, next, level + 1, scratch);
            std::copy_n(next, n, out);
        }
        return;
    }
    case FilterNode::Kind::Or: {
        evaluate(node.children.front(), begin, n, care, out, level, scratch);
        std::uint8_t* rest = scratch.mask(level);
        std::uint8_t* hit = scratch.mask(level + 1);
        for (std::size_t c = 1; c < node.children.size(); ++c) {
            for (std::size_t i = 0; i < n; ++i)
                rest[i] = static_cast<std::uint8_t>(care[i] & (out[i] ^ 1));
            if (none(rest))
                break;
            evaluate(node.children[c], begin, n, rest, hit, level + 2, scratch);
            for (std::size_t i = 0; i < n; ++i)
                out[i] |= hit[i];
        }
        return;
    }
    }
}

bool BoundExpression::matchesRow(const Node& node, std::size_t row, Scratch& scratch) const
{
    const auto matches = [&](const Node& child) { return matchesRow(child, row, scratch); };
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        return compareRow(node, row, scratch) != node.negate;
    case FilterNode::Kind::Not:
        return !matches(node.children.front());
    case FilterNode::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(), matches);
    case FilterNode::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(), matches);
    }
    return false;
}

void BoundExpression::compareColumn(const Node& node, std::size_t b, std::size_t n, const std::uint8_t* care,
                                    std::uint8_t* out) const
{
    const RequestTable& t = m_incident.tables.requests;
    const FilterNode& s = *node.source;
    if (node.access == Access::PoolId) {
        const StringPool::Id* ids = poolColumn(t, s.field).data() + b;
        if (!node.bits.empty()) {
            const std::uint64_t* bits = node.bits.data();
            fill(out, ids, n, [bits](StringPool::Id v) { return (bits[v >> 6] >> (v & 63)) & 1; });
            return;
        }
        if (!node.lazy) {
            const std::uint8_t* table = node.table.data();
            fill(out, ids, n, [table](StringPool::Id v) { return table[v]; });
            return;
        }
        Node::LateScan* late = node.lateScan.get();
        const auto fromBits = [&] {
            const std::uint64_t* bits = late->bits.data();
            for (std::size_t i = 0; i < n; ++i)
                out[i] = static_cast<std::uint8_t>(care[i] & (bits[ids[i] >> 6] >> (ids[i] & 63)) & 1);
        };
        if (late && late->ready.load(std::memory_order_acquire)) {
            fromBits();
            return;
        }
        // First the ids whose verdict is unknown, among the rows that matter; then their verdicts
        // one after the other (in a pool of millions of strings each view and each text is a
        // cache miss, which the regex would otherwise wait for); then one byte per row.
        std::uint8_t* table = node.table.data();
        const auto load = [table](StringPool::Id id) {
            return std::atomic_ref<std::uint8_t>(table[id]).load(std::memory_order_relaxed);
        };
        std::array<StringPool::Id, kBlock> pending;
        std::size_t count = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (care[i] && load(ids[i]) == Node::kUnknown)
                pending[count++] = ids[i];
        // Past what a scan of the pool costs (~2 M bytes of pool per verdict asked), the rest of
        // the verdicts come from one; threads that get here meanwhile wait for it.
        if (late && late->computed.fetch_add(count, std::memory_order_relaxed) + count > kLateScanAfter) {
            std::call_once(late->once, [&] {
                scanVerdicts(node, late->literal, late->foldCase, late->bits);
                late->ready.store(true, std::memory_order_release);
            });
            fromBits();
            return;
        }
        if (count != 0) {
            // The views in a tight loop of independent loads (the misses overlap), then each text
            // fetched a few ids ahead of its regex.
            std::vector<std::string_view> views(count);
            for (std::size_t j = 0; j < count; ++j)
                views[j] = node.pool->view(pending[j]);
            constexpr std::size_t kAhead = 8;
            for (std::size_t j = 0; j < std::min(count, kAhead); ++j)
                __builtin_prefetch(views[j].data());
            for (std::size_t j = 0; j < count; ++j) {
                if (j + kAhead < count)
                    __builtin_prefetch(views[j + kAhead].data());
                node.verdict(pending[j]);
            }
        }
        // Rows that do not matter read the first row's byte (cached) instead of a random one.
        for (std::size_t i = 0; i < n; ++i)
            out[i] = static_cast<std::uint8_t>(load(ids[care[i] ? i : 0]) & care[i] & 1);
        return;
    }
    if (node.access == Access::Router) {
        const auto& table = node.table;
        fill(out, t.identity.data() + b, n,
             [&table](IdentityIndex v) { return v < table.size() && table[v] != 0; });
        return;
    }
    // Numeric columns: one range is the common case and vectorises; lists loop over ranges.
    const auto numeric = [&](const auto* column, auto value, auto present) {
        if (s.op != FilterOp::Exists && !s.matchesMissing && s.ranges.size() == 1) {
            // Branch-free on purpose (bools as ints) so the loop vectorises; clang forbids
            // capturing structured bindings, hence the plain locals.
            const std::int64_t lo = s.ranges.front().first;
            const std::int64_t hi = s.ranges.front().second;
            fill(out, column + b, n,
                 [&](auto v) { return (int{present(v)} & int{value(v) >= lo} & int{value(v) <= hi}) != 0; });
            return;
        }
        fill(out, column + b, n, [&](auto v) { return node.matchesNumber(value(v), present(v)); });
    };
    const auto same = [](auto v) { return static_cast<std::int64_t>(v); };
    switch (s.field) {
    case FilterField::Time:
        numeric(t.start.data(), same, [](TimeNs v) { return v != kNoTime; });
        return;
    case FilterField::Status:
        if (s.op == FilterOp::Exists)
            fill(out, t.status.data() + b, n, [](std::uint16_t v) { return v != 0; });
        else
            numeric(t.status.data(), same, [](std::uint16_t) { return true; });
        return;
    case FilterField::ResponseTime:
        numeric(t.responseTime.data(), same, [](DurationNs v) { return v != kNoDuration; });
        return;
    case FilterField::GorouterTime:
        numeric(
            t.gorouterTimeUs.data(), [](std::int32_t v) { return std::int64_t{v} * 1000; },
            [](std::int32_t v) { return v >= 0; });
        return;
    case FilterField::FailedAttempts:
        numeric(t.failedAttempts.data(), same, [](std::int8_t v) { return v >= 0; });
        return;
    case FilterField::AttemptCount:
        if (!m_attempts) { // no diagnosis: no attempt term holds
            std::fill_n(out, n, std::uint8_t{0});
            return;
        }
        numeric(m_classes.attemptsCount.data(), same, [](std::uint16_t) { return true; });
        return;
    case FilterField::Class:
    case FilterField::Source: {
        const auto column = s.field == FilterField::Class ? m_classes.errorClass : m_classes.source;
        if (column.size() != t.size()) { // no diagnosis: no class matches
            std::fill_n(out, n, std::uint8_t{0});
            return;
        }
        const std::uint8_t* table = node.table.data();
        fill(out, column.data() + b, n, [table](std::uint8_t v) { return table[v]; });
        return;
    }
    default:
        std::fill_n(out, n, std::uint8_t{0});
        return;
    }
}

bool BoundExpression::compareLb(const Node& node, std::size_t row) const
{
    // Without an LB row every lb.* field is missing: `= -` and `!=` hold, the rest does not.
    const FilterNode& s = *node.source;
    const LbTable& lb = m_incident.tables.lb;
    const std::uint32_t lbRow = m_lbJoined ? m_classes.lbOfRequest[row] : kNoLbRow;
    const bool joined = lbRow != kNoLbRow && lbRow < lb.size();
    switch (s.field) {
    case FilterField::Lb:
        return joined;
    case FilterField::LbStatus: {
        const bool present = joined && lb.status[lbRow] != 0;
        return node.matchesNumber(present ? lb.status[lbRow] : 0, present);
    }
    case FilterField::LbTargetStatus: {
        const bool present = joined && lb.targetStatus[lbRow] >= 0;
        return node.matchesNumber(present ? lb.targetStatus[lbRow] : 0, present);
    }
    case FilterField::LbResponseTime: {
        const bool present = joined && lb.total[lbRow] != kNoDuration;
        return node.matchesNumber(present ? lb.total[lbRow] : 0, present);
    }
    case FilterField::LbTarget:
        return joined ? node.verdict(lb.target[lbRow]) != 0 : node.matchesText({});
    case FilterField::LbError:
        return joined ? node.verdict(lb.termination[lbRow]) != 0 : node.matchesText({});
    case FilterField::LbKind:
        return joined && node.table[static_cast<std::uint8_t>(lb.kind[lbRow])] != 0;
    default:
        return false;
    }
}

const AccessRecord* BoundExpression::record(std::size_t row, Scratch& scratch) const
{
    if (scratch.m_parsedRow != row) {
        scratch.m_parsedRow = row;
        // The record points into the line: the scratch keeps it.
        scratch.m_line = m_incident.rawLine(m_incident.tables.requests.source, row);
        scratch.m_parsedOk =
            !scratch.m_parser.parse(unwrap(scratch.m_line.view()).payload, scratch.m_record).has_value();
    }
    return scratch.m_parsedOk ? &scratch.m_record : nullptr;
}

bool BoundExpression::compareRow(const Node& node, std::size_t row, Scratch& scratch) const
{
    const RequestTable& t = m_incident.tables.requests;
    const FilterNode& s = *node.source;
    switch (node.access) {
    case Access::Attempt: {
        if (!m_attempts)
            return false;
        const std::uint32_t first = m_classes.attemptsBegin[row];
        const std::uint16_t count = m_classes.attemptsCount[row];
        const auto& events = m_incident.tables.events;
        for (std::uint32_t a = first; a < first + count && a < m_classes.attemptEvents.size(); ++a) {
            const std::uint32_t event = m_classes.attemptEvents[a];
            if (event >= events.error.size() || event >= events.endpoint.size())
                continue;
            const StringPool::Id id =
                s.field == FilterField::AttemptBackend ? events.endpoint[event] : events.error[event];
            if (node.verdict(id))
                return true;
        }
        return false;
    }
    case Access::Lb:
        return compareLb(node, row);
    case Access::Row:
        if (s.field == FilterField::Instance) {
            if (node.table[t.instanceId[row]])
                return true;
            for (const auto& [app, instance] : node.appInstances)
                if (t.appId[row] == app &&
                    (t.instanceId[row] == instance ||
                     (t.instanceId[row] == StringPool::kEmpty && t.appIndex[row] == instance)))
                    return true;
            return false;
        }
        if (isListOp(s.op)) {
            const RequestId& id = t.requestId[row];
            if (id.empty())
                return s.matchesMissing;
            return std::find(node.requestIds.begin(), node.requestIds.end(), id) != node.requestIds.end();
        }
        return node.matchesText(t.requestId[row].empty()
                                    ? std::string()
                                    : requestIdText(t.requestId[row], m_incident.tables.strings));
    default:
        break;
    }
    if (s.field == FilterField::Text)
        return node.matchesText(m_incident.rawLine(t.source, row).view());

    const AccessRecord* r = record(row, scratch);
    if (r == nullptr) // a line that no longer parses has none of these fields
        return s.kind == FilterNode::Kind::Compare && isListOp(s.op) && s.matchesMissing;
    switch (s.field) {
    case FilterField::BytesReceived:
        return node.matchesNumber(r->bytesReceived, r->bytesReceived >= 0);
    case FilterField::BytesSent:
        return node.matchesNumber(r->bytesSent, r->bytesSent >= 0);
    case FilterField::Uri:
        return node.matchesText(r->uri);
    case FilterField::Path:
        return node.matchesText(r->uri.substr(0, r->uri.find('?')));
    case FilterField::Query: {
        const auto mark = r->uri.find('?');
        return node.matchesText(mark == std::string_view::npos ? std::string_view()
                                                               : r->uri.substr(mark + 1));
    }
    case FilterField::Protocol:
        return node.matchesText(r->proto);
    case FilterField::UserAgent:
        return node.matchesText(r->userAgent);
    case FilterField::Referer:
        return node.matchesText(r->referer);
    case FilterField::Remote:
        return node.matchesText(r->remoteAddr);
    case FilterField::XForwardedFor:
        return node.matchesText(r->xForwardedFor);
    case FilterField::Header: {
        if (s.header == "x_forwarded_proto")
            return node.matchesText(r->xForwardedProto);
        if (s.header == "x_forwarded_for")
            return node.matchesText(r->xForwardedFor);
        for (const auto& extra : r->extras)
            if (sameHeader(s.header, extra.name))
                return node.matchesText(extra.value == "-" ? std::string_view() : extra.value);
        return node.matchesText({});
    }
    default:
        return false;
    }
}

} // namespace rs
