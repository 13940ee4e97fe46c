#include "core/query/filterexpr.h"

#include "core/query/classnames.h"
#include "core/util/timeparse.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <charconv>
#include <optional>

namespace rs {
namespace {

enum class TokenKind { Word, String, Op, LParen, RParen, Comma, End };

struct Token {
    TokenKind kind = TokenKind::End;
    std::string text; // words and strings unescaped; operators as written
    std::size_t position = 0;
};

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsBareToken(char c)
{
    return isSpace(c) || c == '(' || c == ')' || c == ',' || c == '"' || c == '=' || c == '!' || c == '<' ||
           c == '>' || c == '~';
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

template <std::size_t N>
std::string suggestion(const std::array<std::string_view, N>& ids, std::string_view wrong)
{
    const std::string w = lower(wrong);
    std::string_view best;
    std::size_t bestDistance = 3; // beyond two edits a guess is more confusing than helpful
    for (const auto id : ids) {
        const std::size_t d = editDistance(w, id);
        if (d < bestDistance) {
            bestDistance = d;
            best = id;
        }
    }
    return best.empty() ? std::string() : "; did you mean '" + std::string(best) + "'?";
}

struct ParseFailure {
    FilterParseError error;
};

[[noreturn]] void fail(std::size_t position, const std::string& what, const std::string& tail = {})
{
    throw ParseFailure{{position, what + " at " + std::to_string(position) + tail}};
}

class Lexer {
public:
    explicit Lexer(std::string_view text)
        : m_text(text)
    {}

    Token next()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
        Token token;
        token.position = m_pos;
        if (m_pos >= m_text.size())
            return token;
        const char c = m_text[m_pos];
        if (c == '(' || c == ')' || c == ',') {
            token.kind = c == '(' ? TokenKind::LParen : c == ')' ? TokenKind::RParen : TokenKind::Comma;
            token.text = std::string(1, c);
            ++m_pos;
            return token;
        }
        if (c == '"')
            return quoted(token);
        if (c == '=' || c == '!' || c == '<' || c == '>' || c == '~') {
            token.kind = TokenKind::Op;
            std::size_t length = 1;
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=' && c != '~')
                length = 2;
            token.text = std::string(m_text.substr(m_pos, length));
            m_pos += length;
            if (token.text == "!")
                fail(token.position, "unknown operator '!'", "; use '!='");
            if (token.text == "==")
                token.text = "=";
            return token;
        }
        token.kind = TokenKind::Word;
        const std::size_t begin = m_pos;
        while (m_pos < m_text.size() && !endsBareToken(m_text[m_pos]))
            ++m_pos;
        token.text = std::string(m_text.substr(begin, m_pos - begin));
        return token;
    }

private:
    Token quoted(Token& token)
    {
        token.kind = TokenKind::String;
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size() &&
                (m_text[m_pos + 1] == '"' || m_text[m_pos + 1] == '\\'))
                ++m_pos;
            token.text += m_text[m_pos++];
        }
        if (m_pos >= m_text.size())
            fail(token.position, "unterminated string");
        ++m_pos;
        return token;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

enum class Field { Time, Status, Router, Host, App, Backend, Instance, Class, Source, Text };

struct FieldInfo {
    std::string_view name;
    Field field;
    std::string_view ops; // space-separated, "in" included where a list is allowed
};

constexpr FieldInfo kFields[] = {
    {"time", Field::Time, ">= > <= < ="},  {"status", Field::Status, "= != >= > <= < in"},
    {"router", Field::Router, "= in"},     {"host", Field::Host, "= in"},
    {"app", Field::App, "= in"},           {"backend", Field::Backend, "= in"},
    {"instance", Field::Instance, "= in"}, {"class", Field::Class, "= in"},
    {"source", Field::Source, "= in"},     {"text", Field::Text, "~ ="},
};

bool allows(const FieldInfo& info, std::string_view op)
{
    std::string_view ops = info.ops;
    while (!ops.empty()) {
        const auto space = ops.find(' ');
        if (ops.substr(0, space) == op)
            return true;
        ops = space == std::string_view::npos ? std::string_view() : ops.substr(space + 1);
    }
    return false;
}

struct Value {
    std::string text;
    std::size_t position = 0;
};

using StatusSet = std::bitset<1000>;

// "502" or "5xx" as the inclusive range it names.
StatusRange statusValue(const Value& v)
{
    const std::string s = lower(v.text);
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

StatusSet statusSet(std::string_view op, const std::vector<Value>& values)
{
    StatusSet set;
    const auto fill = [&set](int from, int to) {
        for (int s = std::max(from, 0); s <= std::min(to, 999); ++s)
            set.set(static_cast<std::size_t>(s));
    };
    for (const auto& v : values) {
        const StatusRange r = statusValue(v);
        if (op == "=" || op == "in") {
            fill(r.from, r.to);
        } else if (op == "!=") {
            fill(0, r.from - 1);
            fill(r.to + 1, 999);
        } else if (op == ">=") {
            fill(r.from, 999);
        } else if (op == ">") {
            fill(r.to + 1, 999);
        } else if (op == "<=") {
            fill(0, r.to);
        } else {
            fill(0, r.from - 1);
        }
    }
    return set;
}

// The precision a timestamp was written with: 1 s, or 10^-n s for n fraction digits.
DurationNs timePrecision(std::string_view s)
{
    const auto dot = s.find('.');
    if (dot == std::string_view::npos)
        return 1'000'000'000;
    std::size_t digits = 0;
    while (dot + 1 + digits < s.size() && std::isdigit(static_cast<unsigned char>(s[dot + 1 + digits])))
        ++digits;
    DurationNs precision = 1'000'000'000;
    for (std::size_t i = 0; i < std::min<std::size_t>(digits, 9); ++i)
        precision /= 10;
    return precision;
}

// Intersects a value list with what earlier terms of the same field allowed.
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

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_lexer(text)
    {
        advance();
    }

    Filter parse()
    {
        if (m_token.kind != TokenKind::End) {
            term();
            while (m_token.kind != TokenKind::End) {
                const std::string word = lower(m_token.text);
                if (m_token.kind == TokenKind::Word && word == "or")
                    fail(m_token.position, "'or' is not supported",
                         "; list alternatives of one field instead: status in (502, 503)");
                if (m_token.kind != TokenKind::Word || word != "and")
                    fail(m_token.position, "expected 'and' or the end, found '" + m_token.text + "'");
                advance();
                if (m_token.kind == TokenKind::End)
                    fail(m_token.position, "expected a condition after 'and'");
                term();
            }
        }
        return finish();
    }

private:
    void advance() { m_token = m_lexer.next(); }

    void term()
    {
        if (m_token.kind != TokenKind::Word)
            fail(m_token.position, "expected a field name");
        const std::string name = lower(m_token.text);
        const auto* info = std::find_if(std::begin(kFields), std::end(kFields),
                                        [&name](const FieldInfo& f) { return f.name == name; });
        if (info == std::end(kFields))
            fail(m_token.position, "unknown field '" + m_token.text + "'");
        const std::size_t termPosition = m_token.position;
        advance();

        std::string op;
        if (m_token.kind == TokenKind::Op)
            op = m_token.text;
        else if (m_token.kind == TokenKind::Word && lower(m_token.text) == "in")
            op = "in";
        else
            fail(m_token.position, "expected an operator after '" + std::string(info->name) + "'",
                 "; '" + std::string(info->name) + "' takes " + std::string(info->ops));
        if (!allows(*info, op))
            fail(m_token.position,
                 "operator '" + op + "' does not apply to '" + std::string(info->name) + "'",
                 "; '" + std::string(info->name) + "' takes " + std::string(info->ops));
        advance();

        std::vector<Value> values;
        if (op == "in") {
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
        } else {
            values.push_back(value("expected a value after '" + op + "'"));
        }
        apply(info->field, op, values, termPosition);
    }

    Value value(const std::string& expectation)
    {
        // A bare "and" is the keyword: `status>= and …` lacks a value rather than asking for
        // status "and". Quoted, it is a value like any other.
        if ((m_token.kind != TokenKind::Word && m_token.kind != TokenKind::String) ||
            (m_token.kind == TokenKind::Word && lower(m_token.text) == "and"))
            fail(m_token.position, expectation);
        Value v{m_token.text, m_token.position};
        advance();
        return v;
    }

    void apply(Field field, const std::string& op, const std::vector<Value>& values, std::size_t position)
    {
        switch (field) {
        case Field::Time:
            time(op, values.front(), position);
            return;
        case Field::Status: {
            const StatusSet set = statusSet(op, values);
            m_statuses = m_statuses ? (*m_statuses & set) : set;
            if (m_statuses->none())
                contradiction(position, "status", "status in (502, 503)");
            return;
        }
        case Field::Router:
            strings(m_routers, values, position, "router");
            return;
        case Field::Host:
            strings(m_hosts, values, position, "host");
            return;
        case Field::App:
            strings(m_apps, values, position, "app");
            return;
        case Field::Backend:
            strings(m_backends, values, position, "backend");
            return;
        case Field::Instance:
            strings(m_instances, values, position, "instance");
            return;
        case Field::Class:
            ids(m_classes, values, position, "class", query::kErrorClassIds, query::classValue);
            return;
        case Field::Source:
            ids(m_sources, values, position, "source", query::kSourceIds, query::sourceValue);
            return;
        case Field::Text:
            if (m_text)
                fail(position, "only one text condition is allowed");
            if (values.front().text.empty())
                fail(values.front().position, "text needs a non-empty value");
            m_text = values.front().text;
            return;
        }
    }

    [[noreturn]] static void contradiction(std::size_t position, const std::string& field,
                                           const std::string& example)
    {
        fail(position, "this '" + field + "' condition excludes everything the earlier ones allow",
             "; use '" + example + "' for either");
    }

    void time(const std::string& op, const Value& v, std::size_t position)
    {
        const TimeNs t = parseRfc3339(v.text);
        if (t == kNoTime)
            fail(v.position, "invalid time '" + v.text + "'", "; expected e.g. 2026-10-14T09:08:00Z");
        TimeNs from = kNoTime, to = kNoTime;
        if (op == ">=")
            from = t;
        else if (op == ">")
            from = t + 1;
        else if (op == "<=")
            to = t + 1;
        else if (op == "<")
            to = t;
        else {
            from = t;
            to = t + timePrecision(v.text);
        }
        if (from != kNoTime)
            m_from = m_from == kNoTime ? from : std::max(m_from, from);
        if (to != kNoTime)
            m_to = m_to == kNoTime ? to : std::min(m_to, to);
        if (m_from != kNoTime && m_to != kNoTime && m_from >= m_to)
            fail(position, "this 'time' condition leaves an empty time range with the earlier ones");
    }

    void strings(std::optional<std::vector<std::string>>& current, const std::vector<Value>& values,
                 std::size_t position, const std::string& field)
    {
        std::vector<std::string> texts;
        for (const auto& v : values)
            texts.push_back(v.text);
        intersect(current, std::move(texts));
        if (current->empty())
            contradiction(position, field, field + " in (a, b)");
    }

    template <std::size_t N, typename Lookup>
    void ids(std::optional<std::vector<std::uint8_t>>& current, const std::vector<Value>& values,
             std::size_t position, const std::string& field, const std::array<std::string_view, N>& names,
             Lookup lookup)
    {
        std::vector<std::uint8_t> numbers;
        for (const auto& v : values) {
            const auto id = lookup(v.text);
            if (!id)
                fail(v.position, "unknown " + field + " '" + v.text + "'", suggestion(names, v.text));
            numbers.push_back(*id);
        }
        intersect(current, std::move(numbers));
        if (current->empty())
            contradiction(position, field,
                          field + " in (" + std::string(names[3]) + ", " + std::string(names[4]) + ")");
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

    Lexer m_lexer;
    Token m_token;
    TimeNs m_from = kNoTime, m_to = kNoTime;
    std::optional<StatusSet> m_statuses;
    std::optional<std::vector<std::string>> m_routers, m_hosts, m_apps, m_backends, m_instances;
    std::optional<std::vector<std::uint8_t>> m_classes, m_sources;
    std::optional<std::string> m_text;
};

} // namespace

std::variant<Filter, FilterParseError> parseFilterExpression(std::string_view text)
{
    // Exceptions stay inside: the parser unwinds from any depth on the first error, and
    // callers only ever see the variant.
    try {
        return Parser(text).parse();
    } catch (const ParseFailure& failure) {
        return failure.error;
    }
}

std::string filterExpressionHelp()
{
    std::string help = R"(Filter expressions (--filter EXPR)

  EXPR   := TERM [and TERM]...
  TERM   := FIELD OP VALUE | FIELD in (VALUE, VALUE, ...)
  VALUE  := bare-word | "double-quoted string"   (\" and \\ escape inside quotes)

Fields and operators (field names and keywords are case-insensitive):
  time      >= > <= < =        RFC 3339 time: 2026-10-14T09:08:00Z, 2026-10-14T11:08:00.250+02:00
                               (= covers the precision written: a whole second without a fraction)
  status    = != >= > <= < in  a code (502), a status class (5xx), 0 for "no status"
  router    = in               router/0, router/<uuid>, or the id alone
  host      = in               exact host name
  app       = in               exact app id
  backend   = in               exact backend address, e.g. 10.0.16.5:61012
  instance  = in               instance id, or app_id/instance_id, or app_id/app_index
  class     = in               error class id (see below)
  source    = in               none, client, client_or_app, app, app_or_platform, platform
  text      ~ =                case-insensitive substring of the raw access-log line

For host, app, backend and instance, "-" matches lines where the field is missing.
There is no "or": list the alternatives of one field with "in". All terms must hold, so a
field given twice narrows it (status>=500 and status<504 is 500 to 503); terms that leave
nothing to match, or a second text term, are errors.

Error classes:
)";
    std::string line = " ";
    for (const auto id : query::kErrorClassIds) {
        if (line.size() + id.size() + 1 > 88) {
            help += line + '\n';
            line = " ";
        }
        line += ' ';
        line += id;
    }
    help += line + "\n\nExample:\n  status>=500 and class in (dial, hostname_mismatch) and "
                   "backend=10.0.16.5:61012 and time>=2026-10-14T09:08:00Z\n";
    return help;
}

} // namespace rs
