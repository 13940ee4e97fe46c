#include "core/query/classnames.h"
#include "core/query/filterfields.h"
#include "core/query/filterformat.h"

#include <algorithm>
#include <bitset>
#include <optional>

namespace rs::filterfields {
namespace {

using Range = std::pair<std::int64_t, std::int64_t>;
constexpr std::int64_t kMin = FilterNode::kMin, kMax = FilterNode::kMax;

// The conjunction of `node`'s top level, in order.
void conjuncts(FilterNode& node, std::vector<FilterNode>& out)
{
    if (node.kind != FilterNode::Kind::And) {
        out.push_back(std::move(node));
        return;
    }
    for (auto& child : node.children)
        conjuncts(child, out);
}

template <typename T> void intersect(std::optional<std::vector<T>>& current, std::vector<T> values)
{
    std::vector<T> unique;
    for (auto& v : values) {
        if (std::find(unique.begin(), unique.end(), v) == unique.end())
            unique.push_back(std::move(v));
    }
    if (!current) {
        current = std::move(unique);
        return;
    }
    std::erase_if(*current, [&unique](const T& v) {
        return std::find(unique.begin(), unique.end(), v) == unique.end();
    });
}

// Folds the top-level conjunction's simple terms into the Filter members that the chips, the
// zoom and the time cursor edit; what they cannot say stays one expression, ANDed with them.
class Folder {
public:
    Filter fold(std::optional<FilterNode> root)
    {
        std::vector<FilterNode> terms;
        if (root)
            conjuncts(*root, terms);
        std::vector<FilterNode> rest;
        for (auto& term : terms) {
            if (!absorb(term))
                rest.push_back(std::move(term));
        }
        Filter filter = finish();
        if (!rest.empty()) {
            FilterNode node;
            if (rest.size() == 1) {
                node = std::move(rest.front());
            } else {
                node.kind = FilterNode::Kind::And;
                node.children = std::move(rest);
            }
            filter.expression.text = formatFilterNode(node);
            filter.expression.root = std::make_shared<const FilterNode>(std::move(node));
        }
        return filter;
    }

private:
    static bool memberOp(FilterOp op) { return op == FilterOp::Eq || op == FilterOp::In; }

    bool absorb(const FilterNode& n)
    {
        if (n.kind != FilterNode::Kind::Compare)
            return false;
        switch (n.field) {
        case FilterField::Time:
            time(n);
            return true;
        case FilterField::Status:
            if (n.op == FilterOp::Exists)
                return false;
            status(n);
            return true;
        case FilterField::Router:
            return memberOp(n.op) && strings(m_routers, n, "router");
        case FilterField::Host:
            return memberOp(n.op) && strings(m_hosts, n, "host");
        case FilterField::App:
            return memberOp(n.op) && strings(m_apps, n, "app");
        case FilterField::Backend:
            return memberOp(n.op) && strings(m_backends, n, "backend");
        case FilterField::Instance:
            return memberOp(n.op) && strings(m_instances, n, "instance");
        case FilterField::Class:
            return memberOp(n.op) && ids(m_classes, n, "class", query::kErrorClassIds);
        case FilterField::Source:
            return memberOp(n.op) && ids(m_sources, n, "source", query::kSourceIds);
        case FilterField::Text:
            if (n.op == FilterOp::Matches)
                return false;
            if (m_text)
                fail(n.position, "only one text condition is allowed");
            m_text = n.values.front();
            return true;
        default:
            return false;
        }
    }

    [[noreturn]] static void contradiction(std::size_t position, const std::string& field,
                                           const std::string& example)
    {
        fail(position, "this '" + field + "' condition excludes everything the earlier ones allow",
             "; use '" + example + "' for either");
    }

    void time(const FilterNode& n)
    {
        const auto [lo, hi] = n.ranges.empty() ? Range{kMax, kMax} : n.ranges.front();
        if (lo != kMin + 1)
            m_from = m_from == kNoTime ? lo : std::max(m_from, lo);
        if (hi != kMax)
            m_to = m_to == kNoTime ? hi + 1 : std::min(m_to, hi + 1);
        if (n.ranges.empty() || (m_from != kNoTime && m_to != kNoTime && m_from >= m_to))
            fail(n.position, "this 'time' condition leaves an empty time range with the earlier ones");
    }

    void status(const FilterNode& n)
    {
        std::bitset<1000> set;
        for (const auto& [from, to] : n.ranges)
            for (auto s = std::max<std::int64_t>(from, 0); s <= std::min<std::int64_t>(to, 999); ++s)
                set.set(static_cast<std::size_t>(s));
        if (n.op == FilterOp::Ne)
            set.flip();
        m_statuses = m_statuses ? (*m_statuses & set) : set;
        if (m_statuses->none())
            contradiction(n.position, "status", "status in (502, 503)");
    }

    static bool strings(std::optional<std::vector<std::string>>& current, const FilterNode& n,
                        const std::string& field)
    {
        intersect(current, n.values);
        if (current->empty())
            contradiction(n.position, field, field + " in (a, b)");
        return true;
    }

    template <typename Names>
    static bool ids(std::optional<std::vector<std::uint8_t>>& current, const FilterNode& n,
                    const std::string& field, const Names& names)
    {
        intersect(current, n.ids);
        if (current->empty())
            contradiction(n.position, field,
                          field + " in (" + std::string(names[3]) + ", " + std::string(names[4]) + ")");
        return true;
    }

    Filter finish() const
    {
        Filter filter;
        filter.from = m_from;
        filter.to = m_to;
        filter.routers = m_routers.value_or(std::vector<std::string>{});
        filter.hosts = m_hosts.value_or(std::vector<std::string>{});
        filter.apps = m_apps.value_or(std::vector<std::string>{});
        filter.backends = m_backends.value_or(std::vector<std::string>{});
        filter.instances = m_instances.value_or(std::vector<std::string>{});
        filter.classes = m_classes.value_or(std::vector<std::uint8_t>{});
        filter.sources = m_sources.value_or(std::vector<std::uint8_t>{});
        filter.text = m_text.value_or(std::string{});
        if (m_statuses) {
            // Back to the fewest ranges: runs of allowed codes.
            for (int s = 0; s < 1000; ++s) {
                if (!m_statuses->test(static_cast<std::size_t>(s)))
                    continue;
                int e = s;
                while (e + 1 < 1000 && m_statuses->test(static_cast<std::size_t>(e + 1)))
                    ++e;
                filter.statuses.push_back({s, e});
                s = e;
            }
        }
        return filter;
    }

    TimeNs m_from = kNoTime, m_to = kNoTime;
    std::optional<std::bitset<1000>> m_statuses;
    std::optional<std::vector<std::string>> m_routers, m_hosts, m_apps, m_backends, m_instances;
    std::optional<std::vector<std::uint8_t>> m_classes, m_sources;
    std::optional<std::string> m_text;
};

} // namespace

Filter foldTerms(std::optional<FilterNode> root)
{
    return Folder().fold(std::move(root));
}

} // namespace rs::filterfields
