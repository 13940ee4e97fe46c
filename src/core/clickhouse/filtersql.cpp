#include "core/clickhouse/filtersql.h"

#include "core/clickhouse/sqlquote.h"
#include "core/diagnosis/errorclass.h"
#include "core/query/filterplan.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClickHouseFilterText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseFilterText)
};

namespace rs::clickhouse {
namespace {

constexpr std::string_view kTimeNs = "(toInt64(toUInt32(time)) * 1000000000 + time_ns)";
constexpr std::string_view kTimePresent = "(toUInt32(time) != 0 OR time_ns != 0)";
// The latest time DateTime holds, in nanoseconds.
constexpr std::int64_t kMaxStoredNs =
    std::int64_t{std::numeric_limits<std::uint32_t>::max()} * 1'000'000'000 + 999'999'999;

// Thrown from any depth when a field has no column; filterToSql() turns it into the error.
struct Unsupported {
    QString message;
};

bool isListOp(FilterOp op)
{
    return op == FilterOp::Eq || op == FilterOp::Ne || op == FilterOp::In;
}

class Compiler {
public:
    explicit Compiler(std::string_view database)
        : m_database(isPlainIdentifier(database) ? database : std::string_view())
    {}

    std::vector<std::string> literals;

    std::string quote(std::string_view value)
    {
        literals.emplace_back(value);
        return quoteString(value);
    }

    std::string list(const std::vector<std::string>& values)
    {
        std::string out;
        for (const auto& v : values) {
            if (!out.empty())
                out += ", ";
            out += quote(v);
        }
        return out;
    }

    std::string filter(const Filter& f)
    {
        if (f.rows)
            throw Unsupported{ClickHouseFilterText::tr(
                                  "a list of rows (%1) names rows of a local incident, not of ClickHouse")
                                  .arg(QString::fromStdString(f.rowsLabel))};
        if (!f.text.empty())
            throw Unsupported{unsupportedField("text")};
        std::vector<std::string> terms;
        if (f.from != kNoTime || f.to != kNoTime)
            terms.push_back(timeRangeSql(f.from, f.to));
        if (!f.routers.empty())
            terms.push_back(routerList(f.routers));
        if (!f.hosts.empty())
            terms.push_back(memberList("host", f.hosts));
        if (!f.apps.empty())
            terms.push_back(memberList("app_id", f.apps));
        if (!f.backends.empty())
            terms.push_back(memberList("backend", f.backends));
        if (!f.instances.empty())
            terms.push_back(instanceList(f.instances));
        if (!f.statuses.empty()) {
            std::vector<std::string> any;
            for (const StatusRange& r : f.statuses)
                any.push_back("(status >= " + std::to_string(r.from) +
                              " AND status <= " + std::to_string(r.to) + ")");
            terms.push_back(joined(any, " OR "));
        }
        if (!f.classes.empty())
            terms.push_back("class IN (" + enumList(f.classes, true) + ")");
        if (!f.sources.empty())
            terms.push_back("source IN (" + enumList(f.sources, false) + ")");
        if (f.expression)
            terms.push_back(node(*f.expression.root));
        return terms.empty() ? std::string("1") : joined(terms, " AND ");
    }

private:
    std::string_view m_database;

    // The request has a failed attempt for which `condition` (over the attempts table) holds.
    std::string anyAttempt(const FilterNode& n, const std::string& condition) const
    {
        if (m_database.empty())
            throw Unsupported{unsupportedField(filterFieldInfo(n.field).name)};
        return "((bundle, router, request_key) GLOBAL IN (SELECT bundle, router, request_key FROM " +
               std::string(m_database) + ".attempts WHERE " + condition + "))";
    }

    static std::string joined(const std::vector<std::string>& terms, std::string_view op)
    {
        if (terms.size() == 1)
            return terms.front();
        std::string out = "(";
        for (std::size_t i = 0; i < terms.size(); ++i) {
            if (i != 0)
                out += op;
            out += terms[i];
        }
        return out + ")";
    }

    static QString unsupportedField(std::string_view name)
    {
        return ClickHouseFilterText::tr(
                   "the field '%1' is not stored in ClickHouse's requests table; filter on "
                   "it in a local incident (routescope summary PATH)")
            .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    }

    // A Filter member (hosts, apps, backends): the exact values; "-" or "" is the field missing.
    std::string memberList(std::string_view column, const std::vector<std::string>& values)
    {
        std::vector<std::string> present;
        bool missing = false;
        for (const auto& v : values) {
            if (v.empty() || v == "-")
                missing = true;
            else
                present.push_back(v);
        }
        std::vector<std::string> any;
        if (!present.empty())
            any.push_back(std::string(column) + " IN (" + list(present) + ")");
        if (missing)
            any.push_back("empty(" + std::string(column) + ")");
        return joined(any, " OR ");
    }

    // The router's display name, or for list operators its id: what follows the first '/' of
    // "router/<id>".
    std::string routerEquals(std::string_view value)
    {
        const std::string q = quote(value);
        return "(router = " + q +
               " OR (position(router, '/') > 0 AND substring(router, position(router, '/') + 1, "
               "length(router)) = " +
               q + "))";
    }

    std::string routerList(const std::vector<std::string>& values)
    {
        std::vector<std::string> any;
        for (const auto& v : values)
            any.push_back(routerEquals(v));
        return joined(any, " OR ");
    }

    // "app_id/instance_id", "app_id/app_index" or a bare instance_id, as failuresByInstance() hands
    // them out; "-" or "" on either side is missing.
    std::string instanceEquals(std::string_view value)
    {
        const auto missingOr = [](std::string_view v) { return v == "-" ? std::string_view() : v; };
        const auto slash = value.find('/');
        if (slash == std::string_view::npos)
            return "instance_id = " + quote(missingOr(value));
        const std::string_view app = missingOr(value.substr(0, slash));
        const std::string_view instance = missingOr(value.substr(slash + 1));
        const std::string qa = quote(app);
        const std::string qi = quote(instance);
        return "(app_id = " + qa + " AND (instance_id = " + qi +
               " OR (empty(instance_id) AND app_index = " + qi + ")))";
    }

    std::string instanceList(const std::vector<std::string>& values)
    {
        std::vector<std::string> any;
        for (const auto& v : values)
            any.push_back(instanceEquals(v));
        return joined(any, " OR ");
    }

    std::string enumList(const std::vector<std::uint8_t>& ids, bool classes)
    {
        std::vector<std::string> names;
        for (const auto id : ids) {
            if (classes ? id < kErrorClassCount : id < kSourceCount)
                names.emplace_back(classes ? errorClassId(static_cast<ErrorClass>(id))
                                           : sourceId(static_cast<Source>(id)));
        }
        return names.empty() ? std::string("''") : list(names);
    }

    std::string node(const FilterNode& n)
    {
        switch (n.kind) {
        case FilterNode::Kind::And:
        case FilterNode::Kind::Or: {
            std::vector<std::string> children;
            for (const auto& child : n.children)
                children.push_back(node(child));
            return joined(children, n.kind == FilterNode::Kind::And ? " AND " : " OR ");
        }
        case FilterNode::Kind::Not:
            return "(NOT " + node(n.children.front()) + ")";
        case FilterNode::Kind::Compare:
            break;
        }
        const std::string positive = compare(n);
        return n.op == FilterOp::Ne ? "(NOT " + positive + ")" : positive;
    }

    // The positive predicate of a comparison (`=` for `!=`).
    std::string compare(const FilterNode& n)
    {
        switch (n.field) {
        case FilterField::Time:
            return number(n, kTimeNs, kTimePresent);
        case FilterField::Status:
            if (n.op == FilterOp::Exists)
                return "(status != 0)";
            return number(n, "status", "1");
        case FilterField::ResponseTime:
            return number(n, "response_time_ns", "(response_time_ns != -1)");
        case FilterField::GorouterTime:
            return number(n, "(toInt64(gorouter_time_us) * 1000)", "(gorouter_time_us >= 0)");
        case FilterField::FailedAttempts:
            return number(n, "failed_attempts", "(failed_attempts >= 0)");
        case FilterField::AttemptCount:
            return number(n, "attempts", "1");
        case FilterField::Class:
            return "(class IN (" + enumList(n.ids, true) + "))";
        case FilterField::Source:
            return "(source IN (" + enumList(n.ids, false) + "))";
        case FilterField::Router:
            if (isListOp(n.op)) {
                std::vector<std::string> any;
                for (const auto& v : n.values)
                    any.push_back(routerEquals(v));
                return joined(any, " OR ");
            }
            return text(n, "router");
        case FilterField::Instance:
            if (isListOp(n.op)) {
                std::vector<std::string> any;
                for (const auto& v : n.values)
                    any.push_back(instanceEquals(v));
                return joined(any, " OR ");
            }
            return text(n, "instance_id");
        case FilterField::Host:
            return text(n, "host");
        case FilterField::Method:
            return text(n, "method");
        case FilterField::Backend:
            return text(n, "backend");
        case FilterField::App:
            return text(n, "app_id");
        case FilterField::RouterError:
            return text(n, "router_error");
        case FilterField::VcapRequestId:
            return text(n, "request_id");
        case FilterField::Uri:
            return text(n, "uri");
        case FilterField::Path:
            return text(n, "if(position(uri, '?') > 0, substring(uri, 1, position(uri, '?') - 1), uri)");
        case FilterField::Query:
            return text(
                n, "if(position(uri, '?') > 0, substring(uri, position(uri, '?') + 1, length(uri)), '')");
        case FilterField::AttemptBackend:
            return anyAttempt(n, text(n, "endpoint"));
        case FilterField::AttemptError:
            return anyAttempt(n, text(n, "error"));
        case FilterField::AttemptClass:
            // The class of the attempt's error text, as pushed; an attempt without one has none.
            return anyAttempt(n, "(notEmpty(error) AND class IN (" + enumList(n.ids, true) + "))");
        default:
            break;
        }
        if (n.field == FilterField::Header)
            throw Unsupported{unsupportedField("header." + n.header)};
        throw Unsupported{unsupportedField(filterFieldInfo(n.field).name)};
    }

    // A text column or expression; '' is missing.
    std::string text(const FilterNode& n, std::string_view column)
    {
        const std::string c(column);
        switch (n.op) {
        case FilterOp::Exists:
            return "notEmpty(" + c + ")";
        case FilterOp::Contains:
            return "(notEmpty(" + c + ") AND positionCaseInsensitive(" + c + ", " +
                   quote(n.values.empty() ? std::string_view() : std::string_view(n.values.front())) +
                   ") > 0)";
        case FilterOp::Matches:
            return "(notEmpty(" + c + ") AND match(" + c + ", " +
                   quote(n.values.empty() ? std::string_view() : std::string_view(n.values.front())) + "))";
        default:
            break;
        }
        std::vector<std::string> any;
        if (!n.values.empty())
            any.push_back("(notEmpty(" + c + ") AND " + c + " IN (" + list(n.values) + "))");
        if (n.matchesMissing)
            any.push_back("empty(" + c + ")");
        return any.empty() ? std::string("0") : joined(any, " OR ");
    }

    // A numeric column with the node's inclusive ranges; `present` false is the field missing.
    static std::string number(const FilterNode& n, std::string_view value, std::string_view present)
    {
        const std::string p(present);
        if (n.op == FilterOp::Exists)
            return p;
        std::vector<std::string> ranges;
        for (const auto& [lo, hi] : n.ranges) {
            std::vector<std::string> bounds;
            if (lo > hi)
                continue;
            if (lo != FilterNode::kMin)
                bounds.push_back(std::string(value) + " >= " + std::to_string(lo));
            if (hi != FilterNode::kMax)
                bounds.push_back(std::string(value) + " <= " + std::to_string(hi));
            ranges.push_back(bounds.empty() ? std::string("1") : joined(bounds, " AND "));
        }
        std::string inRange = ranges.empty() ? std::string("0") : joined(ranges, " OR ");
        std::string out = "(" + p + " AND " + inRange + ")";
        if (n.matchesMissing)
            out = "(" + out + " OR (NOT " + p + "))";
        return out;
    }
};

} // namespace

std::string_view timeNsSql()
{
    return kTimeNs;
}

std::string timeRangeSql(TimeNs from, TimeNs to)
{
    // kNoTime is the smallest int64: a lower bound above it also drops undated rows, as select().
    const std::int64_t lo = std::max<std::int64_t>(from == kNoTime ? 0 : from, 0);
    const std::int64_t hi = to == kNoTime ? kMaxStoredNs : std::min<std::int64_t>(to - 1, kMaxStoredNs);
    if (lo > hi)
        return "0";
    const auto seconds = [](std::int64_t ns) { return std::to_string(ns / 1'000'000'000); };
    return "(" + std::string(kTimePresent) + " AND time >= toDateTime(" + seconds(lo) +
           ", 'UTC') AND time <= toDateTime(" + seconds(hi) + ", 'UTC') AND " + std::string(kTimeNs) +
           " >= " + std::to_string(lo) + " AND " + std::string(kTimeNs) + " <= " + std::to_string(hi) + ")";
}

FilterSql filterToSql(const Filter& filter, std::string_view database)
{
    FilterSql result;
    Compiler compiler(database);
    try {
        result.where = compiler.filter(filter);
        result.literals = std::move(compiler.literals);
    } catch (const Unsupported& unsupported) {
        result.error = unsupported.message;
    }
    return result;
}

} // namespace rs::clickhouse
