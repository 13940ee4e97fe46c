#include "core/diagnosis/errorclass.h"
#include "core/query/filterfields.h"
#include "core/query/filternode.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace rs::filtereval_detail {

namespace {

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
        if (source.op == FilterOp::Matches && source.regex) {
            node.regexNeedle = rs::regexNeedle(source.regex->pattern());
            node.sequence = SequenceRegex::compile(source.regex->pattern());
        }
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

} // namespace

void bindExpression(const Incident& incident, bool attempts, const FilterNode& source,
                    BoundExpression::Node& node)
{
    Binder(incident, attempts).bind(source, node);
}

} // namespace rs::filtereval_detail
