#include "core/query/filterexpr.h"

#include "core/query/classnames.h"
#include "core/query/filterfields.h"
#include "core/query/filterformat.h"
#include "core/query/filterlexer.h"
#include "core/query/filtersets.h"
#include "core/util/timeparse.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <re2/re2.h>

namespace rs {
namespace {

using filterfields::fail;
using filterfields::lower;
using filterfields::ParseFailure;

using filterlex::Lexer;
using filterlex::Token;
using filterlex::TokenKind;

bool isKeyword(const Token& token, std::string_view keyword)
{
    return token.kind == TokenKind::Word && lower(token.text) == keyword;
}

std::optional<FilterOp> opNamed(const Token& token)
{
    if (token.kind == TokenKind::Op) {
        static const std::pair<std::string_view, FilterOp> ops[] = {
            {"=", FilterOp::Eq}, {"!=", FilterOp::Ne}, {"<", FilterOp::Lt},      {"<=", FilterOp::Le},
            {">", FilterOp::Gt}, {">=", FilterOp::Ge}, {"~", FilterOp::Contains}};
        for (const auto& [text, op] : ops)
            if (token.text == text)
                return op;
        return std::nullopt;
    }
    if (isKeyword(token, "in"))
        return FilterOp::In;
    if (isKeyword(token, "matches"))
        return FilterOp::Matches;
    if (isKeyword(token, "exists"))
        return FilterOp::Exists;
    return std::nullopt;
}

struct Value {
    std::string text;
    std::size_t position = 0;
};

bool isListOp(FilterOp op)
{
    return op == FilterOp::Eq || op == FilterOp::Ne || op == FilterOp::In;
}

constexpr std::size_t kMaxDepth = 64;
using Range = std::pair<std::int64_t, std::int64_t>;
constexpr std::int64_t kMin = FilterNode::kMin, kMax = FilterNode::kMax;

// "502" or "5xx" as the inclusive range it names; "-" is "no status", 0.
Range statusValue(const Value& v)
{
    const std::string s = lower(v.text);
    if (s == "-")
        return {0, 0};
    if (s.size() == 3 && s[0] >= '0' && s[0] <= '9' && s[1] == 'x' && s[2] == 'x') {
        const int base = (s[0] - '0') * 100;
        return {base, base + 99};
    }
    int code = -1;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), code);
    if (ec != std::errc() || end != s.data() + s.size() || code < 0 || code > 999)
        fail(v.position, "invalid status '" + v.text + "'", "; expected a code like 502 or a class like 5xx");
    return {code, code};
}

// The ranges a comparison names. `lowest`/`highest` bound the open sides.
std::vector<Range> comparisonRanges(FilterOp op, const std::vector<Range>& values, std::int64_t lowest,
                                    std::int64_t highest)
{
    if (op == FilterOp::Eq || op == FilterOp::Ne || op == FilterOp::In)
        return values;
    const Range v = values.front();
    switch (op) {
    case FilterOp::Lt:
        return v.first <= lowest ? std::vector<Range>{} : std::vector<Range>{{lowest, v.first - 1}};
    case FilterOp::Le:
        return {{lowest, v.second}};
    case FilterOp::Gt:
        return v.second >= highest ? std::vector<Range>{} : std::vector<Range>{{v.second + 1, highest}};
    default:
        return {{v.first, highest}};
    }
}

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_lexer(text)
    {
        advance();
    }

    std::optional<FilterNode> parse()
    {
        if (m_token.kind == TokenKind::End)
            return std::nullopt;
        FilterNode root = orExpr(0);
        if (m_token.kind == TokenKind::RParen)
            fail(m_token.position, "unmatched ')'");
        if (m_token.kind != TokenKind::End)
            fail(m_token.position, "expected 'and', 'or' or the end, found '" + m_token.text + "'");
        return root;
    }

private:
    void advance() { m_token = m_lexer.next(); }

    static FilterNode combine(FilterNode::Kind kind, std::vector<FilterNode> children)
    {
        if (children.size() == 1)
            return std::move(children.front());
        FilterNode node;
        node.kind = kind;
        node.children = std::move(children);
        return node;
    }

    FilterNode orExpr(std::size_t depth)
    {
        std::vector<FilterNode> children;
        children.push_back(andExpr(depth));
        while (isKeyword(m_token, "or")) {
            advance();
            if (m_token.kind == TokenKind::End)
                fail(m_token.position, "expected a condition after 'or'");
            children.push_back(andExpr(depth));
        }
        return combine(FilterNode::Kind::Or, std::move(children));
    }

    FilterNode andExpr(std::size_t depth)
    {
        std::vector<FilterNode> children;
        children.push_back(unary(depth));
        while (isKeyword(m_token, "and")) {
            advance();
            if (m_token.kind == TokenKind::End)
                fail(m_token.position, "expected a condition after 'and'");
            children.push_back(unary(depth));
        }
        return combine(FilterNode::Kind::And, std::move(children));
    }

    FilterNode unary(std::size_t depth)
    {
        if (depth >= kMaxDepth)
            fail(m_token.position, "the expression nests more than 64 levels");
        if (isKeyword(m_token, "not") || (m_token.kind == TokenKind::Op && m_token.text == "!")) {
            advance();
            if (m_token.kind == TokenKind::End)
                fail(m_token.position, "expected a condition after 'not'");
            FilterNode node;
            node.kind = FilterNode::Kind::Not;
            node.children.push_back(unary(depth + 1));
            return node;
        }
        if (m_token.kind == TokenKind::LParen) {
            const std::size_t open = m_token.position;
            advance();
            if (m_token.kind == TokenKind::RParen)
                fail(m_token.position, "expected a condition between '(' and ')'");
            FilterNode inner = orExpr(depth + 1);
            if (m_token.kind != TokenKind::RParen)
                fail(m_token.position, "expected ')' to close the '(' from " + std::to_string(open));
            advance();
            return inner;
        }
        return term();
    }

    FilterNode term()
    {
        if (m_token.kind != TokenKind::Word)
            fail(m_token.position, "expected a field name");
        const FilterFieldInfo* info = filterfields::findField(m_token.text);
        if (info == nullptr) {
            const std::string_view why = filterfields::unavailableField(m_token.text);
            if (!why.empty())
                fail(m_token.position, "field '" + m_token.text + "' is not available",
                     "; " + std::string(why));
            std::vector<std::string_view> names;
            for (const auto& f : filterFields())
                names.push_back(f.name);
            fail(m_token.position, "unknown field '" + m_token.text + "'",
                 filterfields::suggestion(names, m_token.text));
        }
        FilterNode node;
        node.kind = FilterNode::Kind::Compare;
        node.field = info->field;
        node.position = m_token.position;
        const std::string name =
            info->field == FilterField::Header ? lower(m_token.text) : std::string(info->name);
        if (info->field == FilterField::Header)
            node.header = name.substr(7);
        advance();

        const auto takes = "; '" + name + "' takes " + std::string(info->ops);
        if (m_token.kind == TokenKind::Op && m_token.text == "!")
            fail(m_token.position, "unknown operator '!'", "; use '!='");
        const auto op = opNamed(m_token);
        if (!op)
            fail(m_token.position, "expected an operator after '" + name + "'", takes);
        if (!filterfields::allows(*info, filterOpText(*op)))
            fail(m_token.position,
                 "operator '" + std::string(filterOpText(*op)) + "' does not apply to '" + name + "'", takes);
        node.op = *op;
        advance();

        std::vector<Value> values;
        if (node.op == FilterOp::In && m_token.kind == TokenKind::Word && info->type == FieldType::Enum &&
            findFilterValueSet(info->field, m_token.text) != nullptr) {
            // `class in failures`: a named set needs no parentheses.
            values.push_back({m_token.text, m_token.position});
            advance();
        } else if (node.op == FilterOp::In) {
            if (m_token.kind == TokenKind::Word && info->type == FieldType::Enum) {
                std::vector<std::string_view> sets;
                for (const auto& set : filterValueSets()) {
                    if (findFilterValueSet(info->field, set.name) == &set)
                        sets.push_back(set.name);
                }
                fail(m_token.position, "unknown set '" + m_token.text + "'",
                     filterfields::suggestion(sets, m_token.text) + "; or a list: " + name + " in (a, b)");
            }
            if (m_token.kind != TokenKind::LParen)
                fail(m_token.position, "expected '(' after 'in'");
            advance();
            while (true) {
                values.push_back(value("expected a value"));
                if (m_token.kind == TokenKind::RParen)
                    break;
                if (m_token.kind != TokenKind::Comma)
                    fail(m_token.position, "expected ',' or ')'");
                advance();
            }
            advance();
        } else if (node.op != FilterOp::Exists) {
            values.push_back(value("expected a value after '" + std::string(filterOpText(node.op)) + "'"));
        }
        interpret(*info, node, values);
        return node;
    }

    Value value(const std::string& expectation)
    {
        // A bare keyword is the keyword: `status>= and …` lacks a value rather than asking for
        // status "and". Quoted, it is a value like any other.
        if ((m_token.kind != TokenKind::Word && m_token.kind != TokenKind::String) ||
            isKeyword(m_token, "and") || isKeyword(m_token, "or"))
            fail(m_token.position, expectation);
        Value v{m_token.text, m_token.position};
        advance();
        return v;
    }

    // "-" names the missing value (with = != in only); the other values parse as `parse` says.
    template <typename Parse>
    static std::vector<Range> valuesOrMissing(FilterNode& node, const std::vector<Value>& values, Parse parse)
    {
        std::vector<Range> parsed;
        for (const auto& v : values) {
            if (v.text == "-")
                node.matchesMissing = true;
            else
                parsed.push_back(parse(v));
        }
        if (parsed.empty() && !isListOp(node.op))
            fail(values.front().position, "'-' (missing) only compares with = != in");
        return parsed;
    }

    // Reads the values as the field's type says, into what the plan evaluates.
    static void interpret(const FilterFieldInfo& info, FilterNode& node, const std::vector<Value>& values)
    {
        for (const auto& v : values)
            node.values.push_back(v.text);
        if (node.op == FilterOp::Exists)
            return;
        std::vector<Range> parsed;
        switch (info.type) {
        case FieldType::Time:
            for (const auto& v : values) {
                const TimeNs t = parseRfc3339(v.text);
                if (t == kNoTime)
                    fail(v.position, "invalid time '" + v.text + "'", "; expected e.g. 2026-10-14T09:08:00Z");
                // `=` covers the precision written (a whole second without a fraction); the
                // other operators compare with the instant itself.
                const DurationNs span = node.op == FilterOp::Eq ? filterfields::timePrecision(v.text) : 1;
                parsed.push_back({t, t + span - 1});
            }
            node.ranges = comparisonRanges(node.op, parsed, kMin + 1, kMax);
            return;
        case FieldType::Status:
            if (filterfields::isLbField(info.field)) {
                // The LB's statuses are missing rather than 0 when not logged (or no LB row):
                // "-" then names the missing value, as for numbers.
                parsed = valuesOrMissing(node, values, statusValue);
                node.ranges =
                    parsed.empty() ? std::vector<Range>{} : comparisonRanges(node.op, parsed, 0, 999);
                return;
            }
            for (const auto& v : values)
                parsed.push_back(statusValue(v));
            node.ranges = comparisonRanges(node.op, parsed, 0, 999);
            return;
        case FieldType::Number:
        case FieldType::Duration:
            parsed = valuesOrMissing(node, values, [&](const Value& v) { return number(info, v); });
            if (!parsed.empty() || isListOp(node.op))
                node.ranges = comparisonRanges(node.op, parsed, kMin + 1, kMax);
            return;
        case FieldType::Enum:
            for (const auto& v : values) {
                if (const FilterValueSet* set = findFilterValueSet(info.field, v.text)) {
                    for (const auto id : set->ids) {
                        if (std::find(node.ids.begin(), node.ids.end(), id) == node.ids.end())
                            node.ids.push_back(id);
                    }
                    continue;
                }
                const std::uint8_t id = enumValue(info.field, v);
                if (std::find(node.ids.begin(), node.ids.end(), id) == node.ids.end())
                    node.ids.push_back(id);
            }
            return;
        case FieldType::Text:
        case FieldType::Address:
            text(info, node, values);
            return;
        }
    }

    static Range number(const FilterFieldInfo& info, const Value& v)
    {
        if (info.type == FieldType::Duration) {
            const auto d = filterfields::parseDuration(v.text);
            if (!d)
                fail(v.position, "invalid duration '" + v.text + "'",
                     "; expected a number and a unit: 250ms, 2s, 1.5m (ns us ms s m h)");
            return {*d, *d};
        }
        std::int64_t n = 0;
        const auto [end, ec] = std::from_chars(v.text.data(), v.text.data() + v.text.size(), n);
        if (ec != std::errc() || end != v.text.data() + v.text.size() || n < 0)
            fail(v.position, "invalid number '" + v.text + "'", "; expected a whole number like 1024");
        return {n, n};
    }

    static std::uint8_t enumValue(FilterField field, const Value& v)
    {
        if (field == FilterField::LbKind) {
            const auto id = query::lbKindValue(v.text);
            if (!id) {
                const std::string guess = filterfields::suggestion(query::kLbKindIds, v.text);
                fail(v.position, "unknown load balancer '" + v.text + "'",
                     guess.empty() ? "; expected haproxy, aws_alb, aws_elb, gcp_http or azure_appgw" : guess);
            }
            return *id;
        }
        if (field == FilterField::Source) {
            const auto id = query::sourceValue(v.text);
            if (!id)
                fail(v.position, "unknown source '" + v.text + "'",
                     filterfields::suggestion(query::kSourceIds, v.text));
            return *id;
        }
        const auto id = query::classValue(v.text);
        if (!id)
            fail(v.position, "unknown class '" + v.text + "'",
                 filterfields::suggestion(query::kErrorClassIds, v.text));
        return *id;
    }

    static void text(const FilterFieldInfo& info, FilterNode& node, const std::vector<Value>& values)
    {
        for (const auto& v : values) {
            if (info.field == FilterField::Text && v.text.empty())
                fail(v.position, "text needs a non-empty value");
            if (node.op == FilterOp::Matches) {
                RE2::Options options;
                options.set_log_errors(false);
                options.set_max_mem(8 << 20); // a hostile pattern fails to compile instead of eating memory
                auto regex = std::make_shared<RE2>(v.text, options);
                if (!regex->ok())
                    fail(v.position, "invalid regex \"" + v.text + "\"", ": " + regex->error());
                node.regex = std::move(regex);
                continue;
            }
            if (node.op == FilterOp::Contains || info.field == FilterField::Text)
                continue;
            if (v.text == "-") {
                node.matchesMissing = true;
                continue;
            }
            if (info.type == FieldType::Address && !filterfields::isAddress(v.text))
                fail(v.position, "invalid address '" + v.text + "'",
                     "; expected IP:port like 10.0.16.5:61012 (or '-' for missing)");
        }
    }

    Lexer m_lexer;
    Token m_token;
};

} // namespace

std::variant<Filter, FilterParseError> parseFilterExpression(std::string_view text)
{
    // Exceptions stay inside: the parser unwinds from any depth on the first error, and
    // callers only ever see the variant.
    try {
        return filterfields::foldTerms(Parser(text).parse());
    } catch (const ParseFailure& failure) {
        return failure.error;
    }
}

} // namespace rs
