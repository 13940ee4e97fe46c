#include "core/query/filterformat.h"

#include "core/query/classnames.h"
#include "core/query/filterfields.h"
#include "core/query/filtersets.h"
#include "core/util/timeparse.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace rs {
namespace {

bool needsQuotes(std::string_view value)
{
    if (value.empty())
        return true;
    for (const char c : value) {
        if (c == ' ' || c == '\t' || c == '(' || c == ')' || c == ',' || c == '"' || c == '=' || c == '!' ||
            c == '<' || c == '>' || c == '~' || static_cast<unsigned char>(c) < 0x20)
            return true;
    }
    if (value.find("&&") != std::string_view::npos || value.find("||") != std::string_view::npos)
        return true;
    // A bare keyword would read as the keyword.
    const std::string word = filterfields::lower(value);
    return word == "and" || word == "or" || word == "not" || word == "in" || word == "matches" ||
           word == "exists";
}

std::string quoted(std::string_view value)
{
    if (!needsQuotes(value))
        return std::string(value);
    return quotedFilterValue(value);
}

void addList(std::vector<std::string>& terms, const char* field, const std::vector<std::string>& values)
{
    if (values.empty())
        return;
    if (values.size() == 1) {
        terms.push_back(std::string(field) + '=' + quoted(values.front()));
        return;
    }
    std::string term = std::string(field) + " in (";
    for (std::size_t i = 0; i < values.size(); ++i)
        term += (i ? ", " : "") + quoted(values[i]);
    terms.push_back(term + ')');
}

// The codes of [from, to] as the fewest values: whole classes (5xx) where a block of 100 fits,
// single codes elsewhere.
std::vector<std::string> statusValues(int from, int to)
{
    std::vector<std::string> values;
    for (int s = from; s <= to;) {
        if (s % 100 == 0 && s >= 100 && s + 99 <= to) {
            values.push_back(std::to_string(s / 100) + "xx");
            s += 100;
        } else {
            values.push_back(std::to_string(s++));
        }
    }
    return values;
}

// Written so that it folds back to the very same set: either the allowed values as one list, or
// the hull of the allowed codes (status>=a, status<=b) minus each excluded value inside it
// (status!=x), whichever is shorter. `status != 200` stays `status!=200`.
void addStatuses(std::vector<std::string>& terms, std::vector<StatusRange> ranges)
{
    if (ranges.empty())
        return;
    std::sort(ranges.begin(), ranges.end(),
              [](const StatusRange& a, const StatusRange& b) { return a.from < b.from; });
    std::vector<std::string> allowed;
    for (const auto& range : ranges) {
        auto part = statusValues(range.from, range.to);
        allowed.insert(allowed.end(), part.begin(), part.end());
    }
    std::vector<std::string> hullTerms;
    const int lo = ranges.front().from, hi = ranges.back().to;
    if (lo > 0)
        hullTerms.push_back("status>=" + std::to_string(lo));
    if (hi < 999)
        hullTerms.push_back("status<=" + std::to_string(hi));
    for (std::size_t i = 1; i < ranges.size(); ++i)
        for (const auto& value : statusValues(ranges[i - 1].to + 1, ranges[i].from - 1))
            hullTerms.push_back("status!=" + value);
    if (hullTerms.size() < allowed.size()) {
        terms.insert(terms.end(), hullTerms.begin(), hullTerms.end());
        return;
    }
    if (allowed.size() == 1)
        terms.push_back("status=" + allowed.front());
    else
        addList(terms, "status", allowed);
}

template <std::size_t N>
void addIds(std::vector<std::string>& terms, FilterField field, const std::vector<std::uint8_t>& values,
            const std::array<std::string_view, N>& ids)
{
    const std::string name(filterFieldInfo(field).name);
    if (const FilterValueSet* set = values.size() > 1 ? filterValueSetOf(field, values) : nullptr) {
        terms.push_back(name + " in " + std::string(set->name));
        return;
    }
    std::vector<std::string> names;
    for (const auto v : values) {
        if (v < ids.size())
            names.emplace_back(ids[v]);
    }
    addList(terms, name.c_str(), names);
}

std::string formatCompare(const FilterNode& node)
{
    std::string field = node.field == FilterField::Header ? "header." + node.header
                                                          : std::string(filterFieldInfo(node.field).name);
    const std::string op(filterOpText(node.op));
    switch (node.op) {
    case FilterOp::Exists:
        return field + " exists";
    case FilterOp::Matches:
        // Always quoted: a regex is rarely a bare token, and reads better as one string.
        return field + " matches " + quotedFilterValue(node.values.front());
    case FilterOp::In: {
        if (node.values.size() == 1 && findFilterValueSet(node.field, node.values.front()) != nullptr)
            return field + " in " + filterfields::lower(node.values.front());
        std::string out = field + " in (";
        for (std::size_t i = 0; i < node.values.size(); ++i)
            out += (i ? ", " : "") + (node.values[i] == "-" ? std::string("-") : quoted(node.values[i]));
        return out + ')';
    }
    default:
        return field + op + (node.values.front() == "-" ? std::string("-") : quoted(node.values.front()));
    }
}

} // namespace

std::string formatFilterValue(std::string_view value)
{
    return quoted(value);
}

std::string formatFilterNode(const FilterNode& node)
{
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        return formatCompare(node);
    case FilterNode::Kind::Not: {
        const FilterNode& inner = node.children.front();
        const bool simple = inner.kind == FilterNode::Kind::Compare || inner.kind == FilterNode::Kind::Not;
        return simple ? "not " + formatFilterNode(inner) : "not (" + formatFilterNode(inner) + ")";
    }
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        const bool isAnd = node.kind == FilterNode::Kind::And;
        std::string out;
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            const FilterNode& child = node.children[i];
            // `or` binds looser than `and`: an `or` inside an `and` needs parentheses; an `and`
            // inside an `or` does not, and neither does a child of the same kind (the parser
            // flattens it).
            const bool wrap = isAnd ? child.kind == FilterNode::Kind::Or : false;
            out += i ? (isAnd ? " and " : " or ") : "";
            out += wrap ? "(" + formatFilterNode(child) + ")" : formatFilterNode(child);
        }
        return out;
    }
    }
    return {};
}

std::string formatFilterExpression(const Filter& filter)
{
    std::vector<std::string> terms;
    if (filter.from != kNoTime)
        terms.push_back("time>=" + formatTimeUtc(filter.from));
    if (filter.to != kNoTime)
        terms.push_back("time<" + formatTimeUtc(filter.to));
    addList(terms, "router", filter.routers);
    addList(terms, "host", filter.hosts);
    addList(terms, "app", filter.apps);
    addList(terms, "backend", filter.backends);
    addList(terms, "instance", filter.instances);
    addStatuses(terms, filter.statuses);
    addIds(terms, FilterField::Class, filter.classes, query::kErrorClassIds);
    addIds(terms, FilterField::Source, filter.sources, query::kSourceIds);
    if (!filter.text.empty())
        terms.push_back("text~" + quoted(filter.text));
    if (filter.expression) {
        const bool wrap = !terms.empty() && filter.expression.root->kind == FilterNode::Kind::Or;
        terms.push_back(wrap ? "(" + filter.expression.text + ")" : filter.expression.text);
    }
    std::string out;
    for (std::size_t i = 0; i < terms.size(); ++i)
        out += (i ? " and " : "") + terms[i];
    if (filter.rows) {
        out += out.empty() ? "" : "; ";
        out += "the " + std::to_string(filter.rows->size()) + " requests of " +
               (filter.rowsLabel.empty() ? std::string("a selection") : filter.rowsLabel);
    }
    return out;
}

std::string quotedFilterValue(std::string_view value)
{
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace rs
