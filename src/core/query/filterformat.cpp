#include "core/query/filterformat.h"

#include "core/query/classnames.h"
#include "core/util/timeparse.h"

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
    // A bare "and" would read as the keyword.
    return value == "and" || value == "AND" || value == "in" || value == "IN";
}

std::string quoted(std::string_view value)
{
    if (!needsQuotes(value))
        return std::string(value);
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
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

// A status range as values of `status in (…)`, or empty when it is no list of codes and classes.
std::vector<std::string> statusValues(const StatusRange& range)
{
    if (range.from % 100 == 0 && range.to == range.from + 99 && range.from >= 100 && range.from <= 900)
        return {std::to_string(range.from / 100) + "xx"};
    if (range.to - range.from > 20 || range.to < range.from)
        return {};
    std::vector<std::string> codes;
    for (int s = range.from; s <= range.to; ++s)
        codes.push_back(std::to_string(s));
    return codes;
}

void addStatuses(std::vector<std::string>& terms, const std::vector<StatusRange>& ranges)
{
    if (ranges.empty())
        return;
    if (ranges.size() == 1 && statusValues(ranges.front()).empty()) {
        const StatusRange& r = ranges.front();
        terms.push_back("status>=" + std::to_string(r.from));
        terms.push_back("status<=" + std::to_string(r.to));
        return;
    }
    std::vector<std::string> values;
    for (const auto& range : ranges) {
        auto part = statusValues(range);
        values.insert(values.end(), part.begin(), part.end());
    }
    if (values.size() == 1)
        terms.push_back("status=" + values.front());
    else
        addList(terms, "status", values);
}

template <std::size_t N>
void addIds(std::vector<std::string>& terms, const char* field, const std::vector<std::uint8_t>& values,
            const std::array<std::string_view, N>& ids)
{
    std::vector<std::string> names;
    for (const auto v : values) {
        if (v < ids.size())
            names.emplace_back(ids[v]);
    }
    addList(terms, field, names);
}

} // namespace

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
    addIds(terms, "class", filter.classes, query::kErrorClassIds);
    addIds(terms, "source", filter.sources, query::kSourceIds);
    if (!filter.text.empty())
        terms.push_back("text~" + quoted(filter.text));
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

} // namespace rs
