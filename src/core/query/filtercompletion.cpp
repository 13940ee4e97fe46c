#include "core/query/filtercompletion.h"

#include "core/diagnosis/appnames.h"
#include "core/query/classnames.h"
#include "core/query/filterfields.h"
#include "core/query/filterformat.h"
#include "core/query/filterlexer.h"
#include "core/query/filtersets.h"
#include "core/store/incident.h"

#include <algorithm>
#include <numeric>
#include <span>

namespace rs {
namespace {

using filterfields::lower;

using filterlex::Token;
using filterlex::TokenKind;

// The tokens before the cursor, as the parser splits them; a string still open ends the text.
std::vector<Token> tokensOf(std::string_view text)
{
    std::vector<Token> out;
    filterlex::Lexer lexer(text, filterlex::Lexer::Mode::Forgiving);
    for (Token token = lexer.next(); token.kind != TokenKind::End; token = lexer.next())
        out.push_back(std::move(token));
    return out;
}

bool isWord(const Token& t, std::string_view keyword)
{
    return t.kind == TokenKind::Word && lower(t.text) == keyword;
}

// `and`, `or` (also && and ||, which the lexer reads as those words), `not` or `!`: a term follows.
bool beginsTerm(const Token& t)
{
    return isWord(t, "and") || isWord(t, "or") || isWord(t, "not") ||
           (t.kind == TokenKind::Op && t.text == "!");
}

const FilterFieldInfo* fieldWord(const Token& t)
{
    return t.kind == TokenKind::Word ? filterfields::findField(t.text) : nullptr;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && lower(text.substr(0, prefix.size())) == lower(prefix);
}

bool containsNoCase(std::string_view text, std::string_view part)
{
    return lower(text).find(lower(part)) != std::string::npos;
}

// Values of a pool-id column, most frequent first.
template <typename Label>
std::vector<FilterCandidate> countIds(std::span<const StringPool::Id> column, std::size_t poolSize,
                                      Label label, std::size_t limit)
{
    std::vector<std::uint64_t> counts(poolSize, 0);
    for (const auto id : column) {
        if (id < counts.size())
            ++counts[id];
    }
    std::vector<std::uint32_t> ids;
    for (std::uint32_t id = 1; id < counts.size(); ++id) { // 0 is the empty string: nothing logged
        if (counts[id] > 0)
            ids.push_back(id);
    }
    std::stable_sort(ids.begin(), ids.end(), [&counts](auto a, auto b) { return counts[a] > counts[b]; });
    if (ids.size() > limit)
        ids.resize(limit);
    std::vector<FilterCandidate> out;
    for (const auto id : ids) {
        FilterCandidate candidate = label(id);
        candidate.count = counts[id];
        if (!candidate.text.empty() && candidate.text != "-")
            out.push_back(std::move(candidate));
    }
    return out;
}

template <std::size_t N>
std::vector<FilterCandidate> idsWithSets(FilterField field, const std::array<std::string_view, N>& ids)
{
    std::vector<FilterCandidate> out;
    for (const auto& set : filterValueSets()) {
        if (findFilterValueSet(field, set.name) == &set)
            out.push_back({std::string(set.name), std::string(set.meaning), 0});
    }
    for (const auto id : ids)
        out.push_back({std::string(id), {}, 0});
    return out;
}

// Status classes (5xx) then codes, with their counts; values outside 100–999 are "no status".
template <typename T> std::vector<FilterCandidate> statuses(const Column<T>& column)
{
    std::vector<std::uint64_t> counts(1000, 0);
    for (const auto s : column) {
        if (s >= 100 && s <= 999)
            ++counts[static_cast<std::size_t>(s)];
    }
    std::vector<FilterCandidate> out;
    for (int cls = 1; cls <= 5; ++cls) {
        std::uint64_t n = 0;
        for (int s = cls * 100; s < cls * 100 + 100; ++s)
            n += counts[static_cast<std::size_t>(s)];
        if (n > 0)
            out.push_back({std::to_string(cls) + "xx", {}, n});
    }
    for (std::size_t s = 100; s < 1000; ++s) {
        if (counts[s] > 0)
            out.push_back({std::to_string(s), {}, counts[s]});
    }
    return out;
}

} // namespace

std::vector<FilterCandidate> filterValueCandidates(const Incident& incident, FilterField field,
                                                   std::size_t limit)
{
    const auto& r = incident.tables.requests;
    const std::size_t poolSize = incident.tables.strings.size();
    const auto plain = [&incident](StringPool::Id id) {
        return FilterCandidate{formatFilterValue(incident.str(id)), {}, 0};
    };
    switch (field) {
    case FilterField::Host:
        return countIds(r.host, poolSize, plain, limit);
    case FilterField::Method:
        return countIds(r.method, poolSize, plain, limit);
    case FilterField::Backend:
        return countIds(r.backend, poolSize, plain, limit);
    case FilterField::Instance:
        return countIds(r.instanceId, poolSize, plain, limit);
    case FilterField::RouterError:
        return countIds(r.routerError, poolSize, plain, limit);
    case FilterField::App: {
        const AppDirectory apps(incident);
        return countIds(
            r.appId, poolSize,
            [&](StringPool::Id id) {
                return FilterCandidate{formatFilterValue(incident.str(id)),
                                       std::string(apps.appName(incident.str(id))), 0};
            },
            limit);
    }
    case FilterField::Router: {
        std::vector<std::uint64_t> counts(incident.tables.identities.size(), 0);
        for (const auto identity : r.identity) {
            if (identity < counts.size())
                ++counts[identity];
        }
        std::vector<std::size_t> order(counts.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&counts](auto a, auto b) { return counts[a] > counts[b]; });
        std::vector<FilterCandidate> out;
        for (const auto i : order) {
            if (counts[i] == 0 || out.size() >= limit)
                break;
            out.push_back({formatFilterValue(incident.tables.identities[i].display), {}, counts[i]});
        }
        return out;
    }
    case FilterField::Status:
        return statuses(r.status);
    case FilterField::LbStatus: // counted over the LB's rows: the join is the diagnosis'
        return statuses(incident.tables.lb.status);
    case FilterField::LbTargetStatus:
        return statuses(incident.tables.lb.targetStatus);
    case FilterField::LbTarget:
        return countIds(incident.tables.lb.target, poolSize, plain, limit);
    case FilterField::LbKind:
        return idsWithSets(field, query::kLbKindIds);
    case FilterField::Class:
    case FilterField::AttemptClass:
        return idsWithSets(field, query::kErrorClassIds);
    case FilterField::Source:
        return idsWithSets(field, query::kSourceIds);
    default:
        return {};
    }
}

FilterCompletionContext filterCompletionContext(std::string_view text, std::size_t cursor)
{
    cursor = std::min(cursor, text.size());
    FilterCompletionContext context;
    // The word under the cursor: back to a delimiter, or to an opening quote left open.
    bool inQuote = false;
    std::size_t quoteStart = 0;
    for (std::size_t i = 0; i < cursor; ++i) {
        if (text[i] == '\\' && inQuote) {
            ++i;
        } else if (text[i] == '"') {
            inQuote = !inQuote;
            quoteStart = i;
        }
    }
    std::size_t start = cursor;
    if (inQuote) {
        start = quoteStart;
        context.prefix = std::string(text.substr(quoteStart + 1, cursor - quoteStart - 1));
    } else {
        while (start > 0 && !filterlex::endsBareToken(text, start - 1) && text[start - 1] != '&' &&
               text[start - 1] != '|')
            --start;
        context.prefix = std::string(text.substr(start, cursor - start));
    }
    context.replaceFrom = start;

    const std::vector<Token> tokens = tokensOf(text.substr(0, start));
    const auto at = [&tokens](std::size_t back) -> const Token* {
        return back < tokens.size() ? &tokens[tokens.size() - 1 - back] : nullptr;
    };
    const auto value = [&context](const FilterFieldInfo& info) {
        context.kind = FilterCompletionContext::Kind::Value;
        context.field = info.field;
        return context;
    };
    context.kind = FilterCompletionContext::Kind::Field;
    const Token* last = at(0);
    if (last == nullptr || beginsTerm(*last))
        return context;
    // Inside `field in (a, b, `: walk back to the parenthesis.
    if (last->kind == TokenKind::LParen || last->kind == TokenKind::Comma) {
        std::size_t back = 0;
        while (at(back) && at(back)->kind != TokenKind::LParen)
            ++back;
        const Token* in = at(back + 1);
        const Token* field = at(back + 2);
        if (at(back) && in && field && isWord(*in, "in")) {
            if (const FilterFieldInfo* info = fieldWord(*field))
                return value(*info);
        }
        return context;
    }
    const Token* before = at(1);
    const bool comparison = last->kind == TokenKind::Op && last->text != "!";
    if ((comparison || isWord(*last, "in") || isWord(*last, "matches")) && before) {
        if (const FilterFieldInfo* info = fieldWord(*before))
            return value(*info);
    }
    const bool termStart = before == nullptr || before->kind == TokenKind::LParen || beginsTerm(*before);
    if (const FilterFieldInfo* info = termStart ? fieldWord(*last) : nullptr) {
        context.kind = FilterCompletionContext::Kind::Operator;
        context.field = info->field;
        return context;
    }
    context.kind = FilterCompletionContext::Kind::Keyword;
    return context;
}

std::vector<FilterCandidate> filterCompletions(const FilterCompletionContext& context,
                                               const Incident* incident, std::size_t limit)
{
    std::vector<FilterCandidate> all;
    switch (context.kind) {
    case FilterCompletionContext::Kind::Field:
        for (const auto& field : filterFields())
            all.push_back(
                {field.field == FilterField::Header ? std::string("header.") : std::string(field.name),
                 std::string(field.ops), 0});
        all.push_back({"not", {}, 0});
        break;
    case FilterCompletionContext::Kind::Operator: {
        std::string_view ops = filterFieldInfo(context.field).ops;
        while (!ops.empty()) {
            const auto space = ops.find(' ');
            all.push_back({std::string(ops.substr(0, space)), {}, 0});
            ops = space == std::string_view::npos ? std::string_view() : ops.substr(space + 1);
        }
        break;
    }
    case FilterCompletionContext::Kind::Keyword:
        all = {{"and", {}, 0}, {"or", {}, 0}};
        break;
    case FilterCompletionContext::Kind::Value:
        if (incident != nullptr)
            all = filterValueCandidates(*incident, context.field);
        else if (context.field == FilterField::Class || context.field == FilterField::AttemptClass)
            all = idsWithSets(context.field, query::kErrorClassIds);
        else if (context.field == FilterField::Source)
            all = idsWithSets(context.field, query::kSourceIds);
        else if (context.field == FilterField::LbKind)
            all = idsWithSets(context.field, query::kLbKindIds);
        break;
    }
    return narrowFilterCandidates(all, context.prefix, limit);
}

std::vector<FilterCandidate> narrowFilterCandidates(const std::vector<FilterCandidate>& candidates,
                                                    std::string_view prefix, std::size_t limit)
{
    // Compared without the quotes a value may need.
    const auto bare = [](const std::string& text) {
        return text.size() >= 2 && text.front() == '"' ? std::string_view(text).substr(1)
                                                       : std::string_view(text);
    };
    std::vector<FilterCandidate> out;
    for (const auto& c : candidates) {
        if (out.size() < limit && startsWithNoCase(bare(c.text), prefix))
            out.push_back(c);
    }
    if (prefix.empty())
        return out;
    for (const auto& c : candidates) {
        if (out.size() < limit && !startsWithNoCase(bare(c.text), prefix) &&
            containsNoCase(bare(c.text), prefix))
            out.push_back(c);
    }
    return out;
}

} // namespace rs
