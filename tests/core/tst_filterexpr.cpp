// parseFilterExpression(): the documented example and every operator give the expected
// Filter; bad expressions name the byte position and what was wrong.
#include "core/diagnosis/errorclass.h"
#include "core/query/classnames.h"
#include "core/query/filterexpr.h"
#include "core/util/timeparse.h"
#include "filtertext.h"

#include <QTest>

using namespace rs;
using rs::test::failed;
using rs::test::parsed;

namespace {

std::uint8_t cls(std::string_view id)
{
    return *query::classValue(id);
}

TimeNs t(int h, int mi, int s, int nanos = 0)
{
    return makeTimeUtc(2026, 10, 14, h, mi, s, nanos);
}

} // namespace

class TestFilterExpr : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyExpressionIsEmptyFilter();
    void documentedExample();
    void timeOperators();
    void statusOperators();
    void stringFields();
    void classAndSource();
    void text();
    void repeatedFieldsIntersect();
    void errors_data();
    void errors();
    void helpMentionsEveryField();
    void precedence();
    void symbolsAndKeywordsAreTheSame();
    void simpleTermsFoldIntoMembers();
    void everyFieldParses();
    void valuesBecomeRanges();
    void deepNestingIsAnError();
};

void TestFilterExpr::emptyExpressionIsEmptyFilter()
{
    QVERIFY(parsed("").isEmpty());
    QVERIFY(parsed("   ").isEmpty());
}

void TestFilterExpr::documentedExample()
{
    const Filter f =
        parsed("status>=500 and class in (dial, hostname_mismatch) and backend=10.0.16.5:61012 and "
               "time>=2026-10-14T09:08:00Z");
    Filter expected;
    expected.statuses = {{500, 999}};
    expected.classes = {cls("dial"), cls("hostname_mismatch")};
    expected.backends = {"10.0.16.5:61012"};
    expected.from = t(9, 8, 0);
    QVERIFY(f == expected);
    // Keywords and field names in any case, spaces anywhere between tokens.
    QVERIFY(parsed("STATUS >= 500 AND Class IN ( Dial ,HOSTNAME_MISMATCH ) and backend = \"10.0.16.5:61012\" "
                   "and time >= 2026-10-14T09:08:00Z") == expected);
}

void TestFilterExpr::timeOperators()
{
    QCOMPARE(parsed("time>=2026-10-14T09:08:00Z").from, t(9, 8, 0));
    QCOMPARE(parsed("time>2026-10-14T09:08:00Z").from, t(9, 8, 0) + 1);
    QCOMPARE(parsed("time<2026-10-14T09:08:00Z").to, t(9, 8, 0));
    QCOMPARE(parsed("time<=2026-10-14T09:08:00Z").to, t(9, 8, 0) + 1);
    QCOMPARE(parsed("time<=2026-10-14T09:08:00Z").from, kNoTime);
    const Filter second = parsed("time=2026-10-14T09:08:00Z");
    QCOMPARE(second.from, t(9, 8, 0));
    QCOMPARE(second.to, t(9, 8, 1));
    const Filter millis = parsed("time=2026-10-14T11:08:00.250+02:00");
    QCOMPARE(millis.from, t(9, 8, 0, 250'000'000));
    QCOMPARE(millis.to, t(9, 8, 0, 251'000'000));
    QCOMPARE(parsed("time>=\"2026-10-14 09:08:00.5Z\"").from, t(9, 8, 0, 500'000'000));
    const Filter range = parsed("time>=2026-10-14T09:00:00Z and time<2026-10-14T10:00:00Z");
    QCOMPARE(range.from, t(9, 0, 0));
    QCOMPARE(range.to, t(10, 0, 0));
    // A second bound on the same side keeps the narrower one.
    QCOMPARE(parsed("time>=2026-10-14T09:00:00Z and time>=2026-10-14T09:30:00Z").from, t(9, 30, 0));
}

void TestFilterExpr::statusOperators()
{
    QCOMPARE(parsed("status=502").statuses, (std::vector<StatusRange>{{502, 502}}));
    QCOMPARE(parsed("status==502").statuses, (std::vector<StatusRange>{{502, 502}}));
    QCOMPARE(parsed("status=5xx").statuses, (std::vector<StatusRange>{{500, 599}}));
    QCOMPARE(parsed("status=5XX").statuses, (std::vector<StatusRange>{{500, 599}}));
    QCOMPARE(parsed("status!=200").statuses, (std::vector<StatusRange>{{0, 199}, {201, 999}}));
    QCOMPARE(parsed("status!=2xx").statuses, (std::vector<StatusRange>{{0, 199}, {300, 999}}));
    QCOMPARE(parsed("status>=500").statuses, (std::vector<StatusRange>{{500, 999}}));
    QCOMPARE(parsed("status>499").statuses, (std::vector<StatusRange>{{500, 999}}));
    QCOMPARE(parsed("status>4xx").statuses, (std::vector<StatusRange>{{500, 999}}));
    QCOMPARE(parsed("status<=399").statuses, (std::vector<StatusRange>{{0, 399}}));
    QCOMPARE(parsed("status<400").statuses, (std::vector<StatusRange>{{0, 399}}));
    QCOMPARE(parsed("status in (502, 503, 4xx)").statuses,
             (std::vector<StatusRange>{{400, 499}, {502, 503}}));
    QCOMPARE(parsed("status=0").statuses, (std::vector<StatusRange>{{0, 0}}));
}

void TestFilterExpr::stringFields()
{
    const Filter f =
        parsed("router=router/0 and host in (a.example.com, \"b.example.com\") and app=6f1c-2a and "
               "instance in (i-1, app/0) and backend=-");
    QCOMPARE(f.routers, std::vector<std::string>{"router/0"});
    QCOMPARE(f.hosts, (std::vector<std::string>{"a.example.com", "b.example.com"}));
    QCOMPARE(f.apps, std::vector<std::string>{"6f1c-2a"});
    QCOMPARE(f.instances, (std::vector<std::string>{"i-1", "app/0"}));
    QCOMPARE(f.backends, std::vector<std::string>{"-"});
    // Quoted values keep spaces and operators; \" and \\ are the escapes.
    const std::string quoted = "host=\"we ird=\\\"x\\\"\\\\\""; // host="we ird=\"x\"\\"
    QCOMPARE(parsed(quoted).hosts, std::vector<std::string>{"we ird=\"x\"\\"});
    // Values are case-sensitive even where keywords are not.
    QCOMPARE(parsed("HOST=A.Example.com").hosts, std::vector<std::string>{"A.Example.com"});
}

void TestFilterExpr::classAndSource()
{
    QCOMPARE(parsed("class=router_panic").classes, std::vector<std::uint8_t>{cls("router_panic")});
    QCOMPARE(parsed("class in (OK, recovered)").classes,
             (std::vector<std::uint8_t>{cls("ok"), cls("recovered")}));
    QCOMPARE(parsed("source=app_or_platform").sources,
             std::vector<std::uint8_t>{*query::sourceValue("app_or_platform")});
    QCOMPARE(parsed("source in (client, platform)").sources,
             (std::vector<std::uint8_t>{*query::sourceValue("client"), *query::sourceValue("platform")}));
    // Every id in the table parses to its own value.
    for (std::size_t i = 0; i < kErrorClassCount; ++i)
        QCOMPARE(parsed("class=" + std::string(query::kErrorClassIds[i])).classes,
                 std::vector<std::uint8_t>{static_cast<std::uint8_t>(i)});
}

void TestFilterExpr::text()
{
    QCOMPARE(parsed("text~\"dial tcp 10.0.16.5\"").text, std::string("dial tcp 10.0.16.5"));
    QCOMPARE(parsed("text=curl").text, std::string("curl"));
    QCOMPARE(parsed("text ~ \"say \\\"hi\\\"\"").text, std::string("say \"hi\""));
}

void TestFilterExpr::repeatedFieldsIntersect()
{
    QCOMPARE(parsed("status>=500 and status<504").statuses, (std::vector<StatusRange>{{500, 503}}));
    QCOMPARE(parsed("status in (502, 503) and status!=503").statuses, (std::vector<StatusRange>{{502, 502}}));
    QCOMPARE(parsed("host in (a, b) and host=b").hosts, std::vector<std::string>{"b"});
    QCOMPARE(parsed("class in (dial, ok) and class in (ok, recovered)").classes,
             std::vector<std::uint8_t>{cls("ok")});
    QCOMPARE(parsed("host in (a, a, b)").hosts, (std::vector<std::string>{"a", "b"}));
}

void TestFilterExpr::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const char* expression, int position, const char* message) {
        QTest::newRow(name) << QString::fromUtf8(expression) << position << QString::fromUtf8(message);
    };
    row("unknown field", "stauts>=500", 0, "unknown field 'stauts' at 0; did you mean 'status'?");
    row("unknown field no guess", "banana=1", 0, "unknown field 'banana' at 0");
    row("field not stored", "status=502 and org=acme", 15,
        "field 'org' is not available at 15; org and space names are not in the logs RouteScope reads");
    row("app name not stored", "app_name=shop", 0,
        "field 'app_name' is not available at 0; app names are not stored per request; use app=<app guid>");
    row("missing value", "status >= ", 10, "expected a value after '>=' at 10");
    row("missing value before and", "status>= and host=a", 9, "expected a value after '>=' at 9");
    row("unknown class", "status>=500 and class=dail", 22,
        "unknown class 'dail' at 22; did you mean 'dial'?");
    row("unknown class in list", "class in (dial, hostname_mismatc)", 16,
        "unknown class 'hostname_mismatc' at 16; did you mean 'hostname_mismatch'?");
    row("unknown class no guess", "class=banana", 6, "unknown class 'banana' at 6");
    row("unknown source", "source=plattform", 7, "unknown source 'plattform' at 7; did you mean 'platform'?");
    row("bad status", "status=5zz", 7,
        "invalid status '5zz' at 7; expected a code like 502 or a class like 5xx");
    row("status too big", "status=1000", 7,
        "invalid status '1000' at 7; expected a code like 502 or a class like 5xx");
    row("bad time", "time>=yesterday", 6,
        "invalid time 'yesterday' at 6; expected e.g. 2026-10-14T09:08:00Z");
    row("operator not allowed", "host>=a", 4,
        "operator '>=' does not apply to 'host' at 4; 'host' takes = != in ~ matches exists");
    row("tilde on status", "status~5", 6,
        "operator '~' does not apply to 'status' at 6; 'status' takes = != >= > <= < in exists");
    row("tilde on class", "class ~ dial", 6,
        "operator '~' does not apply to 'class' at 6; 'class' takes = != in");
    row("matches on time", "time matches \"x\"", 5,
        "operator 'matches' does not apply to 'time' at 5; 'time' takes >= > <= < =");
    row("in on time", "time in (2026-10-14T09:08:00Z)", 5,
        "operator 'in' does not apply to 'time' at 5; 'time' takes >= > <= < =");
    row("no operator", "host a", 5,
        "expected an operator after 'host' at 5; 'host' takes = != in ~ matches exists");
    row("no operator for header", "header.X_B3_TraceId", 19,
        "expected an operator after 'header.x_b3_traceid' at 19; 'header.x_b3_traceid' takes = != in ~ "
        "matches "
        "exists");
    row("bang", "status!500", 6, "unknown operator '!' at 6; use '!='");
    row("junk after term", "status=502 host=a", 11, "expected 'and', 'or' or the end, found 'host' at 11");
    row("dangling or", "status=502 or ", 14, "expected a condition after 'or' at 14");
    row("dangling ||", "status=502 ||", 13, "expected a condition after 'or' at 13");
    row("dangling not", "not ", 4, "expected a condition after 'not' at 4");
    row("unmatched close", "status=502)", 10, "unmatched ')' at 10");
    row("unclosed open", "(status=502 or host=a", 21, "expected ')' to close the '(' from 0 at 21");
    row("empty parentheses", "host=a and ()", 12, "expected a condition between '(' and ')' at 12");
    row("bad duration no unit", "response_time > 2", 16,
        "invalid duration '2' at 16; expected a number and a unit: 250ms, 2s, 1.5m (ns us ms s m h)");
    row("bad duration unit", "gorouter_time<=5sec", 15,
        "invalid duration '5sec' at 15; expected a number and a unit: 250ms, 2s, 1.5m (ns us ms s m h)");
    row("bad duration fraction", "response_time>1.s", 14,
        "invalid duration '1.s' at 14; expected a number and a unit: 250ms, 2s, 1.5m (ns us ms s m h)");
    row("bad number", "bytes_sent >= 1k", 14, "invalid number '1k' at 14; expected a whole number like 1024");
    row("negative number", "attempt.count = -2", 16,
        "invalid number '-2' at 16; expected a whole number like 1024");
    row("missing with order", "response_time > -", 16, "'-' (missing) only compares with = != in at 16");
    row("bad address", "backend=10.0.16:61012", 8,
        "invalid address '10.0.16:61012' at 8; expected IP:port like 10.0.16.5:61012 (or '-' for missing)");
    row("bad port", "remote in (10.0.0.1:80, 10.0.0.1:99999)", 24,
        "invalid address '10.0.0.1:99999' at 24; expected IP:port like 10.0.16.5:61012 (or '-' for missing)");
    row("attempt backend host name", "attempt.backend = cell-1", 18,
        "invalid address 'cell-1' at 18; expected IP:port like 10.0.16.5:61012 (or '-' for missing)");
    row("bad regex", "uri matches \"(a\"", 12, "invalid regex \"(a\" at 12: missing ): (a");
    row("unknown attempt class", "attempt.class=dail", 14,
        "unknown class 'dail' at 14; did you mean 'dial'?");
    row("keyword as value", "host = or", 7, "expected a value after '=' at 7");
    row("empty text in or", "host=a or text~\"\"", 15, "text needs a non-empty value at 15");
    row("dangling and", "status=502 and ", 15, "expected a condition after 'and' at 15");
    row("field is a string", "\"status\"=1", 0, "expected a field name at 0");
    row("in without paren", "host in a", 8, "expected '(' after 'in' at 8");
    row("unclosed list", "host in (a, b", 13, "expected ',' or ')' at 13");
    row("empty list", "host in ()", 9, "expected a value at 9");
    row("unterminated string", "host=\"abc", 5, "unterminated string at 5");
    row("contradiction", "status=502 and status=503", 15,
        "this 'status' condition excludes everything the earlier ones allow at 15; use 'status in (502, "
        "503)' "
        "for either");
    row("host contradiction", "host=a and host=b", 11,
        "this 'host' condition excludes everything the earlier ones allow at 11; use 'host in (a, b)' for "
        "either");
    row("empty time range", "time>=2026-10-14T10:00:00Z and time<2026-10-14T09:00:00Z", 31,
        "this 'time' condition leaves an empty time range with the earlier ones at 31");
    row("two texts", "text~a and text~b", 11, "only one text condition is allowed at 11");
    row("empty text", "text~\"\"", 5, "text needs a non-empty value at 5");
    row("lb takes exists only", "lb = haproxy", 3,
        "operator '=' does not apply to 'lb' at 3; 'lb' takes exists");
    row("unknown lb kind", "lb.kind = nginx", 10,
        "unknown load balancer 'nginx' at 10; expected haproxy, aws_alb, aws_elb, gcp_http or azure_appgw");
    row("lb kind typo", "lb.kind in (haproxi)", 12,
        "unknown load balancer 'haproxi' at 12; did you mean 'haproxy'?");
    row("lb status class", "lb.status = 5zz", 12,
        "invalid status '5zz' at 12; expected a code like 502 or a class like 5xx");
    row("lb status missing ordered", "lb.target_status >= -", 20,
        "'-' (missing) only compares with = != in at 20");
    row("lb target host name", "lb.target = router-0", 12,
        "invalid address 'router-0' at 12; expected IP:port like 10.0.16.5:61012 (or '-' for missing)");
    row("lb time", "lb.time > 2s", 0,
        "field 'lb.time' is not available at 0; the load balancer's total time is lb.response_time");
    row("lb response time unit", "lb.response_time > 2", 19,
        "invalid duration '2' at 19; expected a number and a unit: 250ms, 2s, 1.5m (ns us ms s m h)");
    row("tilde on lb kind", "lb.kind ~ alb", 8,
        "operator '~' does not apply to 'lb.kind' at 8; 'lb.kind' takes = != in");
    row("lb field typo", "lb.stauts=502", 0, "unknown field 'lb.stauts' at 0; did you mean 'lb.status'?");
}

void TestFilterExpr::errors()
{
    QFETCH(QString, expression);
    QFETCH(int, position);
    QFETCH(QString, message);
    const FilterParseError error = failed(expression.toStdString());
    QCOMPARE(QString::fromStdString(error.message), message);
    QCOMPARE(error.position, static_cast<std::size_t>(position));
}

void TestFilterExpr::helpMentionsEveryField()
{
    const std::string help = filterExpressionHelp();
    for (const auto& field : filterFields())
        QVERIFY2(help.find("  " + std::string(field.name) + " ") != std::string::npos, field.name.data());
    for (const char* word :
         {"router_panic", "hostname_mismatch", "app_or_platform", "matches", "exists", "&&"})
        QVERIFY2(help.find(word) != std::string::npos, word);
    // Every example in the help parses.
    const auto examples = help.find("Examples:\n");
    QVERIFY(examples != std::string::npos);
    int count = 0;
    for (auto begin = help.find('\n', examples) + 1; begin < help.size();
         begin = help.find('\n', begin) + 1) {
        const std::string line = help.substr(begin + 2, help.find('\n', begin) - begin - 2);
        const auto result = parseFilterExpression(line);
        QVERIFY2(std::holds_alternative<Filter>(result), line.c_str());
        ++count;
    }
    QCOMPARE(count, 6); // the last one names a set
}

namespace {

const FilterNode& root(const Filter& filter)
{
    if (!filter.expression)
        qFatal("no expression");
    return *filter.expression.root;
}

using Kind = FilterNode::Kind;

} // namespace

void TestFilterExpr::precedence()
{
    // and binds tighter than or.
    const Filter a = parsed("method=GET or method=POST and uri=a");
    QCOMPARE(root(a).kind, Kind::Or);
    QCOMPARE(root(a).children.size(), std::size_t{2});
    QCOMPARE(root(a).children[0].kind, Kind::Compare);
    QCOMPARE(root(a).children[1].kind, Kind::And);
    QCOMPARE(root(a).children[1].children[1].field, FilterField::Uri);
    // Parentheses override it; the canonical text keeps them only where needed.
    const Filter b = parsed("(method=GET or method=POST) and uri=a");
    QCOMPARE(root(b).kind, Kind::And);
    QCOMPARE(root(b).children[0].kind, Kind::Or);
    QCOMPARE(b.expression.text, std::string("(method=GET or method=POST) and uri=a"));
    QCOMPARE(parsed("((method=GET)) or (uri=a and protocol=x)").expression.text,
             std::string("method=GET or uri=a and protocol=x"));
    // not binds tightest: to the next term, or to a parenthesised group.
    const Filter c = parsed("not method=GET and uri=a");
    QCOMPARE(root(c).kind, Kind::And);
    QCOMPARE(root(c).children[0].kind, Kind::Not);
    QCOMPARE(root(c).children[0].children[0].field, FilterField::Method);
    const Filter d = parsed("not (method=GET and uri=a)");
    QCOMPARE(root(d).kind, Kind::Not);
    QCOMPARE(root(d).children[0].kind, Kind::And);
    QCOMPARE(d.expression.text, std::string("not (method=GET and uri=a)"));
    QCOMPARE(root(parsed("not not method=GET")).children[0].kind, Kind::Not);
    // Chains flatten: a or b or c is one `or` of three.
    QCOMPARE(root(parsed("uri=a or uri=b or uri=c")).children.size(), std::size_t{3});
}

void TestFilterExpr::symbolsAndKeywordsAreTheSame()
{
    QCOMPARE(parsed("!method=GET || uri=a && protocol=x").expression.text,
             parsed("not method=GET or uri=a and protocol=x").expression.text);
    QCOMPARE(parsed("NOT Method=GET OR URI=a").expression.text, std::string("not method=GET or uri=a"));
    // && inside a bare token ends it; a single & stays in the value.
    QCOMPARE(root(parsed("query=a&b||uri=c")).children[0].values, std::vector<std::string>{"a&b"});
    // Values are case-sensitive even where keywords are not; quoted keywords are values.
    QCOMPARE(root(parsed("method=\"or\" or method=Get")).children[0].values, std::vector<std::string>{"or"});
    QCOMPARE(root(parsed("method=\"or\" or method=Get")).children[1].values, std::vector<std::string>{"Get"});
}

void TestFilterExpr::simpleTermsFoldIntoMembers()
{
    const Filter a = parsed("status>=500 and (host=a or host=b)");
    QCOMPARE(a.statuses, (std::vector<StatusRange>{{500, 999}}));
    QVERIFY(a.hosts.empty());
    QCOMPARE(a.expression.text, std::string("host=a or host=b"));
    const Filter b = parsed("host=a and not status=502 and backend=-");
    QCOMPARE(b.hosts, std::vector<std::string>{"a"});
    QCOMPARE(b.backends, std::vector<std::string>{"-"});
    QCOMPARE(b.expression.text, std::string("not status=502"));
    // What the members cannot say stays in the expression, whatever its place.
    const Filter c = parsed("class != dial and status exists and text matches \"x+\" and host ~ shop");
    QVERIFY(c.classes.empty() && c.statuses.empty() && c.text.empty() && c.hosts.empty());
    QCOMPARE(root(c).children.size(), std::size_t{4});
    // Only the top-level conjunction counts the text terms.
    const Filter d = parsed("text~a and (text~b or host=c)");
    QCOMPARE(d.text, std::string("a"));
    QCOMPARE(d.expression.text, std::string("text~b or host=c"));
    // A pure conjunction of old terms has no expression at all: chips show all of it.
    QVERIFY(!parsed("status=502 and host in (a, b) and time>=2026-10-14T09:08:00Z").expression);
    // Two filters with the same expression text are equal; another text is not.
    QVERIFY(parsed("uri=a or uri=b") == parsed("(uri=a) || uri=b"));
    QVERIFY(!(parsed("uri=a or uri=b") == parsed("uri=b or uri=a")));
    QVERIFY(!parsed("uri=a or uri=b").isEmpty());
}

void TestFilterExpr::everyFieldParses()
{
    for (const auto& info : filterFields()) {
        const std::string name =
            info.field == FilterField::Header ? std::string("header.x_b3_traceid") : std::string(info.name);
        std::string sample;
        switch (info.type) {
        case FieldType::Time:
            sample = name + " < 2026-10-14T09:08:00Z";
            break;
        case FieldType::Status:
            sample = name + " in (5xx, 404)";
            break;
        case FieldType::Number:
            sample = name + " >= 10";
            break;
        case FieldType::Duration:
            sample = name + " > 250ms";
            break;
        case FieldType::Enum:
            sample = name + (info.field == FilterField::Source   ? " = app"
                             : info.field == FilterField::LbKind ? " in (haproxy, alb)"
                                                                 : " in (dial, ok)");
            break;
        case FieldType::Address:
            sample = name + " = 10.0.16.5:61012";
            break;
        case FieldType::Text:
            sample = name + " ~ abc";
            break;
        }
        if (info.ops == "exists") // lb: joined to a load balancer's line or not
            sample = name + " exists";
        // Under `not`, every field reaches the expression (none folds into a member).
        const Filter f = parsed("not (" + sample + ")");
        QCOMPARE(root(f).kind, Kind::Not);
        const FilterNode& term = root(f).children[0];
        QVERIFY2(term.field == info.field, sample.c_str());
        QVERIFY2(term.position == 5, sample.c_str());
        // The canonical text reads back as the same term.
        QCOMPARE(parsed(f.expression.text).expression.text, f.expression.text);
    }
}

void TestFilterExpr::valuesBecomeRanges()
{
    using Ranges = std::vector<std::pair<std::int64_t, std::int64_t>>;
    const auto term = [](std::string_view text) {
        return root(parsed("not " + std::string(text))).children[0];
    };
    constexpr std::int64_t max = FilterNode::kMax, min = FilterNode::kMin + 1;
    QCOMPARE(term("response_time > 1.5s").ranges, (Ranges{{1'500'000'001, max}}));
    QCOMPARE(term("gorouter_time <= 250ms").ranges, (Ranges{{min, 250'000'000}}));
    QCOMPARE(term("response_time = 100us").ranges, (Ranges{{100'000, 100'000}}));
    QCOMPARE(term("response_time < 2m").ranges, (Ranges{{min, 119'999'999'999}}));
    QCOMPARE(term("response_time >= 1h").ranges, (Ranges{{3'600'000'000'000, max}}));
    QCOMPARE(term("response_time != 7ns").ranges, (Ranges{{7, 7}}));
    QCOMPARE(term("response_time != 7ns").op, FilterOp::Ne);
    QCOMPARE(term("status != 5xx").ranges, (Ranges{{500, 599}}));
    QCOMPARE(term("status < 4xx").ranges, (Ranges{{0, 399}}));
    QCOMPARE(term("status = -").ranges, (Ranges{{0, 0}}));
    QCOMPARE(term("attempt.count in (1, 3)").ranges, (Ranges{{1, 1}, {3, 3}}));
    QCOMPARE(term("time = 2026-10-14T09:08:00.25Z").ranges,
             (Ranges{{t(9, 8, 0, 250'000'000), t(9, 8, 0, 259'999'999)}}));
    QCOMPARE(term("time > 2026-10-14T09:08:00Z").ranges, (Ranges{{t(9, 8, 0) + 1, max}}));
    QVERIFY(term("bytes_sent = -").matchesMissing);
    QVERIFY(term("bytes_sent = -").ranges.empty());
    QVERIFY(term("backend in (-, 10.0.0.1:80)").matchesMissing);
    QVERIFY(term("backend in (\"[fd00::1]:8080\", fd00::2, 10.0.0.1)").values.size() == 3);
    QCOMPARE(term("attempt.class in (dial, expired_cert)").ids,
             (std::vector<std::uint8_t>{cls("dial"), cls("expired_cert")}));
    QVERIFY(term("uri matches \"^/api/v[12]/\"").regex != nullptr);
    QCOMPARE(term("header.X_B3_TraceId exists").header, std::string("x_b3_traceid"));
    QCOMPARE(term("header.X_B3_TraceId exists").op, FilterOp::Exists);
    // The load balancer's fields: statuses as status, but "-" is missing, not 0.
    QCOMPARE(term("lb.status = 5xx").field, FilterField::LbStatus);
    QCOMPARE(term("lb.status = 5xx").ranges, (Ranges{{500, 599}}));
    QCOMPARE(term("lb.status < 4xx").ranges, (Ranges{{0, 399}}));
    QVERIFY(!term("lb.status < 4xx").matchesMissing);
    QVERIFY(term("lb.target_status = -").matchesMissing);
    QVERIFY(term("lb.target_status = -").ranges.empty());
    QCOMPARE(term("lb.target_status in (-, 502)").ranges, (Ranges{{502, 502}}));
    QVERIFY(term("lb.target_status in (-, 502)").matchesMissing);
    QCOMPARE(term("LB.Response_Time > 2s").field, FilterField::LbResponseTime);
    QCOMPARE(term("lb.response_time > 2s").ranges, (Ranges{{2'000'000'001, max}}));
    QCOMPARE(term("lb.kind in (haproxy, alb, AWS_ELB)").ids,
             (std::vector<std::uint8_t>{static_cast<std::uint8_t>(LbKind::HaProxy),
                                        static_cast<std::uint8_t>(LbKind::AwsAlb),
                                        static_cast<std::uint8_t>(LbKind::AwsElb)}));
    QCOMPARE(term("lb.kind = gcp").ids,
             std::vector<std::uint8_t>{static_cast<std::uint8_t>(LbKind::GcpHttp)});
    QCOMPARE(term("lb.kind = azure_appgw").ids,
             std::vector<std::uint8_t>{static_cast<std::uint8_t>(LbKind::AzureAppGw)});
    QCOMPARE(term("lb.error ~ sD").op, FilterOp::Contains);
    QVERIFY(term("lb.target in (-, 10.0.1.4:80)").matchesMissing);
    QCOMPARE(term("lb exists").field, FilterField::Lb);
    QCOMPARE(term("lb exists").op, FilterOp::Exists);
    // Never folded into the Filter's members: lb.* terms stay in the expression.
    const Filter top = parsed("lb.status = 502 and status = 502 and source = infrastructure");
    QCOMPARE(top.statuses.size(), std::size_t{1});
    QCOMPARE(top.sources, std::vector<std::uint8_t>{static_cast<std::uint8_t>(Source::Infrastructure)});
    QVERIFY(top.expression);
    QCOMPARE(top.expression.text, std::string("lb.status=502"));
}

void TestFilterExpr::deepNestingIsAnError()
{
    const std::string deep = std::string(100, '(') + "host=a" + std::string(100, ')');
    const FilterParseError error = failed(deep);
    QCOMPARE(error.position, std::size_t{64});
    QCOMPARE(error.message, std::string("the expression nests more than 64 levels at 64"));
    const std::string nots(200, '!');
    QCOMPARE(failed(nots + "host=a").position, std::size_t{64});
    // Sixty levels are fine.
    QVERIFY(std::holds_alternative<Filter>(
        parseFilterExpression(std::string(60, '(') + "host=a" + std::string(60, ')'))));
}

QTEST_GUILESS_MAIN(TestFilterExpr)
#include "tst_filterexpr.moc"
