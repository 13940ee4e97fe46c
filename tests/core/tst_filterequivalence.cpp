// select() with general expressions against a brute-force reading of the same rows: random
// expressions over a generated bundle are built here as small trees, written out as text, parsed
// by the product and selected; the same trees are evaluated row by row by this file's own
// evaluator (columns, the diagnosis and the re-parsed access line read directly). Both must
// agree on every row.
#include "core/diagnosis/errorclass.h"
#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"
#include "core/util/timeparse.h"
#include "generatedbundle.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <random>

using namespace rs;

namespace {

// One row's fields as the brute force reads them: "" for a text the line lacks, -1 for a number.
struct RowFields {
    std::string router, routerId, host, method, uri, protocol, userAgent, referer, remote, forwardedFor,
        backend, app, instance, routerError, requestId, traceId, raw;
    std::int64_t time = 0, status = 0, responseTime = -1, gorouterTime = -1, bytesSent = -1,
                 failedAttempts = -1;
    std::string errorClass, source;
    std::vector<std::string> attemptBackends, attemptErrors, attemptClasses;
};

bool containsNoCase(std::string_view hay, std::string_view needle)
{
    const auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return it != hay.end();
}

// A condition of the test's own: its text and its meaning on one row.
struct Condition {
    std::string text;
    std::function<bool(const RowFields&)> holds;
};

class Generator {
public:
    Generator(const std::vector<RowFields>& rows, std::uint64_t seed)
        : m_rows(rows)
        , m_random(seed)
    {}

    Condition expression(int depth)
    {
        const int pick = depth <= 0 ? 0 : static_cast<int>(m_random() % 4);
        if (pick == 0)
            return leaf();
        if (pick == 1) {
            Condition inner = expression(depth - 1);
            const bool bang = m_random() % 2 == 0;
            return {(bang ? "!(" : "not (") + inner.text + ")",
                    [h = inner.holds](const RowFields& r) { return !h(r); }};
        }
        Condition a = expression(depth - 1), b = expression(depth - 1);
        const bool isAnd = pick == 2;
        const bool symbol = m_random() % 3 == 0;
        const std::string op = isAnd ? (symbol ? " && " : " and ") : (symbol ? " || " : " or ");
        auto both = [ha = a.holds, hb = b.holds, isAnd](const RowFields& r) {
            return isAnd ? ha(r) && hb(r) : ha(r) || hb(r);
        };
        return {"(" + a.text + op + b.text + ")", both};
    }

private:
    const RowFields& someRow() { return m_rows[m_random() % m_rows.size()]; }
    using Text = std::string RowFields::*;
    Condition equals(const char* field, Text member)
    {
        const std::string v = someRow().*member;
        return {std::string(field) + "=" + (v.empty() ? std::string("-") : quotedFilterValue(v)),
                [v, member](const RowFields& r) { return r.*member == v; }};
    }
    Condition contains(const char* field, Text member)
    {
        std::string v = someRow().*member;
        if (v.size() > 4)
            v = v.substr(m_random() % (v.size() - 3), 3);
        if (v.empty())
            v = "a";
        return {std::string(field) + " ~ " + quotedFilterValue(v), [v, member](const RowFields& r) {
                    return !(r.*member).empty() && containsNoCase(r.*member, v);
                }};
    }
    Condition exists(const char* field, Text member)
    {
        return {std::string(field) + " exists",
                [member](const RowFields& r) { return !(r.*member).empty(); }};
    }
    Condition number(const char* field, std::int64_t RowFields::*member, const char* unit, std::int64_t scale)
    {
        const std::int64_t pivot = std::max<std::int64_t>(0, someRow().*member) / scale;
        const int op = static_cast<int>(m_random() % 3);
        const std::string value = std::to_string(pivot) + unit;
        const std::int64_t v = pivot * scale;
        if (op == 0)
            return {std::string(field) + " > " + value,
                    [v, member](const RowFields& r) { return r.*member >= 0 && r.*member > v; }};
        if (op == 1)
            return {std::string(field) + "<=" + value,
                    [v, member](const RowFields& r) { return r.*member >= 0 && r.*member <= v; }};
        return {std::string(field) + " != " + value,
                [v, member](const RowFields& r) { return r.*member != v; }};
    }
    Condition inList(const char* field, std::vector<std::string> RowFields::*member)
    {
        std::vector<std::string> values;
        for (const RowFields* r : {&someRow(), &someRow(), &someRow()})
            for (const auto& v : r->*member)
                if (!v.empty()) {
                    values.push_back(v);
                    break;
                }
        if (values.empty())
            values.push_back(field == std::string("attempt.class") ? "dial" : "10.0.0.1:1");
        std::string text = std::string(field) + " in (";
        for (std::size_t i = 0; i < values.size(); ++i)
            text += (i ? ", " : "") + quotedFilterValue(values[i]);
        return {text + ")", [values, member](const RowFields& r) {
                    for (const auto& a : r.*member)
                        if (std::find(values.begin(), values.end(), a) != values.end())
                            return true;
                    return false;
                }};
    }

    Condition leaf()
    {
        switch (m_random() % 22) {
        case 0:
            return equals("host", &RowFields::host);
        case 1:
            return contains("host", &RowFields::host);
        case 2: {
            const std::int64_t s = someRow().status;
            return {"status >= " + std::to_string(s), [s](const RowFields& r) { return r.status >= s; }};
        }
        case 3: {
            const std::int64_t c = someRow().status / 100;
            return {"status=" + std::to_string(c) + "xx",
                    [c](const RowFields& r) { return r.status / 100 == c; }};
        }
        case 4:
            return equals("backend", &RowFields::backend);
        case 5:
            return equals("method", &RowFields::method);
        case 6:
            return contains("uri", &RowFields::uri);
        case 7: {
            const std::string first = someRow().uri.substr(0, 3);
            std::string pattern = "^";
            for (const char c : first) {
                if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)))
                    pattern += '\\';
                pattern += c;
            }
            return {"path matches " + quotedFilterValue(pattern), [first](const RowFields& r) {
                        const std::string path = r.uri.substr(0, r.uri.find('?'));
                        return !path.empty() && path.starts_with(first);
                    }};
        }
        case 8:
            return number("response_time", &RowFields::responseTime, "ms", 1'000'000);
        case 9:
            return number("bytes_sent", &RowFields::bytesSent, "", 1);
        case 10: {
            const std::string c = someRow().errorClass;
            return {"class = " + c, [c](const RowFields& r) { return r.errorClass == c; }};
        }
        case 11: {
            const std::string s = someRow().source;
            return {"source != " + s, [s](const RowFields& r) { return r.source != s; }};
        }
        case 12: {
            const std::string id = someRow().routerId;
            return {"router = " + id,
                    [id](const RowFields& r) { return r.routerId == id || r.router == id; }};
        }
        case 13: {
            const std::int64_t n = static_cast<std::int64_t>(m_random() % 3);
            return {"attempt.count >= " + std::to_string(n), [n](const RowFields& r) {
                        return static_cast<std::int64_t>(r.attemptErrors.size()) >= n;
                    }};
        }
        case 14: {
            const std::string needle = m_random() % 2 ? "x509" : "dial tcp";
            return {"attempt.error ~ " + quotedFilterValue(needle), [needle](const RowFields& r) {
                        return std::any_of(r.attemptErrors.begin(), r.attemptErrors.end(),
                                           [&](const std::string& e) { return containsNoCase(e, needle); });
                    }};
        }
        case 15:
            return inList("attempt.class", &RowFields::attemptClasses);
        case 16:
            return inList("attempt.backend", &RowFields::attemptBackends);
        case 17:
            return exists("header.x_b3_traceid", &RowFields::traceId);
        case 18:
            return contains("user_agent", &RowFields::userAgent);
        case 19:
            return equals("vcap_request_id", &RowFields::requestId);
        case 20: {
            std::string raw = someRow().raw;
            const std::string needle =
                raw.size() > 20 ? raw.substr(10 + m_random() % (raw.size() - 16), 5) : "GET";
            return {"text ~ " + quotedFilterValue(needle),
                    [needle](const RowFields& r) { return containsNoCase(r.raw, needle); }};
        }
        default:
            return number("failed_attempts", &RowFields::failedAttempts, "", 1);
        }
    }

    const std::vector<RowFields>& m_rows;
    std::mt19937_64 m_random;
};

} // namespace

class TestFilterEquivalence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void randomExpressionsMatchBruteForce();
    void termsOnOneColumnCombine();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Analysis> m_analysis;
    std::vector<RowFields> m_rows;
};

void TestFilterEquivalence::initTestCase()
{
    const QJsonObject truth = test::generateBundle(
        m_dir.path(), {QStringLiteral("--minutes"), QStringLiteral("3"), QStringLiteral("--rps"),
                       QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("11"),
                       QStringLiteral("--layout"), QStringLiteral("dir"), QStringLiteral("--no-gzip")});
    QVERIFY(!truth.isEmpty());
    m_analysis = analyse(Importer().importPaths({m_dir.path().toStdString()}));
    QVERIFY(m_analysis);
    const Incident& incident = *m_analysis->incident;
    const RequestTable& t = incident.tables.requests;
    const Diagnosis& d = m_analysis->diagnosis;
    QVERIFY(t.size() > 500);
    AccessLogParser parser;
    AccessRecord record;
    std::size_t withAttempts = 0;
    for (std::size_t row = 0; row < t.size(); ++row) {
        RowFields f;
        const IdentityInfo& identity = incident.identity(t.identity[row]);
        f.router = identity.display;
        f.routerId = identity.id.empty() ? identity.display : identity.id;
        f.raw = incident.rawLine(t.source, row).str();
        QVERIFY(!parser.parse(unwrap(f.raw).payload, record).has_value());
        f.host = record.host;
        f.method = record.method;
        f.uri = record.uri;
        f.userAgent = record.userAgent;
        f.backend = record.backend;
        f.requestId = record.vcapRequestId;
        f.bytesSent = record.bytesSent;
        for (const auto& extra : record.extras)
            if (extra.name == "x_b3_traceid" && extra.value != "-")
                f.traceId = extra.value;
        f.time = t.start[row];
        f.status = t.status[row];
        f.responseTime = t.responseTime[row] == kNoDuration ? -1 : t.responseTime[row];
        f.failedAttempts = t.failedAttempts[row];
        f.errorClass = errorClassId(d.errorClass[row]);
        f.source = sourceId(d.source[row]);
        const auto& events = incident.tables.events;
        for (std::uint32_t a = 0; a < d.attemptsCount[row]; ++a) {
            const std::uint32_t event = d.attemptEvents[d.attemptsBegin[row] + a];
            f.attemptBackends.emplace_back(incident.str(events.endpoint[event]));
            const std::string error(incident.str(events.error[event]));
            f.attemptErrors.push_back(error);
            if (!error.empty())
                f.attemptClasses.emplace_back(errorClassId(classifyErrorText(error)));
        }
        withAttempts += f.attemptErrors.empty() ? 0 : 1;
        m_rows.push_back(std::move(f));
    }
    // The bundle must exercise the attempt fields, or half the leaves prove nothing.
    QVERIFY(withAttempts > 5);
}

void TestFilterEquivalence::randomExpressionsMatchBruteForce()
{
    Generator generator(m_rows, 20261206);
    const Incident& incident = *m_analysis->incident;
    int tested = 0, nonTrivial = 0, attempts = 0;
    while (tested < 50) {
        QVERIFY(++attempts < 500);
        const Condition c = generator.expression(3);
        const auto parsed = parseFilterExpression(c.text);
        if (const auto* error = std::get_if<FilterParseError>(&parsed)) {
            // Terms ANDed at the top level that exclude each other are rejected on purpose.
            QVERIFY2(error->message.find("excludes everything") != std::string::npos ||
                         error->message.find("empty time range") != std::string::npos ||
                         error->message.find("only one text") != std::string::npos,
                     (c.text + ": " + error->message).c_str());
            continue;
        }
        const Selection selection = select(incident, std::get<Filter>(parsed), m_analysis->classColumns());
        std::vector<std::uint32_t> expected;
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            if (c.holds(m_rows[row]))
                expected.push_back(static_cast<std::uint32_t>(row));
        QVERIFY2(selection.rows == expected, (c.text + ": " + std::to_string(selection.rows.size()) +
                                              " selected, " + std::to_string(expected.size()) + " expected")
                                                 .c_str());
        nonTrivial += !expected.empty() && expected.size() < m_rows.size() ? 1 : 0;
        ++tested;
    }
    // Most expressions must split the rows, or equality would be cheap.
    QVERIFY2(nonTrivial >= 30, std::to_string(nonTrivial).c_str());
}

// Sibling terms on one interned column are merged into one table when bound: negations, `and`
// and `or` must survive the merge.
void TestFilterEquivalence::termsOnOneColumnCombine()
{
    const std::string a = m_rows[0].host, b = m_rows[m_rows.size() / 2].host;
    QVERIFY(a != b);
    const std::vector<Condition> cases = {
        {"host=\"" + a + "\" or host=\"" + b + "\" or method=POST",
         [&](const RowFields& r) { return r.host == a || r.host == b || r.method == "POST"; }},
        {"host != \"" + a + "\" and not host=\"" + b + "\" and host ~ app",
         [&](const RowFields& r) { return r.host != a && r.host != b && containsNoCase(r.host, "app"); }},
        {"(host=\"" + a + "\" or host != \"" + b + "\") and status=2xx",
         [&](const RowFields& r) { return (r.host == a || r.host != b) && r.status / 100 == 2; }},
        {"not (host=\"" + a + "\" or host=\"" + b + "\")",
         [&](const RowFields& r) { return r.host != a && r.host != b; }},
    };
    for (const Condition& c : cases) {
        const auto parsed = parseFilterExpression(c.text);
        QVERIFY2(std::holds_alternative<Filter>(parsed), c.text.c_str());
        const Selection selection =
            select(*m_analysis->incident, std::get<Filter>(parsed), m_analysis->classColumns());
        std::vector<std::uint32_t> expected;
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            if (c.holds(m_rows[row]))
                expected.push_back(static_cast<std::uint32_t>(row));
        QVERIFY2(!expected.empty() && expected.size() < m_rows.size(), c.text.c_str());
        QVERIFY2(selection.rows == expected, c.text.c_str());
    }
}

QTEST_GUILESS_MAIN(TestFilterEquivalence)
#include "tst_filterequivalence.moc"
