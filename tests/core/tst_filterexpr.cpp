// parseFilterExpression(): the documented example and every operator give the expected
// Filter; bad expressions name the byte position and what was wrong.
#include "core/diagnosis/errorclass.h"
#include "core/query/classnames.h"
#include "core/query/filterexpr.h"
#include "core/util/timeparse.h"

#include <QTest>

using namespace rs;

namespace {

std::uint8_t cls(std::string_view id)
{
    return *query::classValue(id);
}

Filter parsed(std::string_view text)
{
    auto result = parseFilterExpression(text);
    if (const auto* error = std::get_if<FilterParseError>(&result))
        qFatal("'%s' failed: %s", std::string(text).c_str(), error->message.c_str());
    return std::get<Filter>(result);
}

FilterParseError failed(std::string_view text)
{
    auto result = parseFilterExpression(text);
    if (std::holds_alternative<Filter>(result))
        return {static_cast<std::size_t>(-1), "parsed"};
    return std::get<FilterParseError>(result);
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
    row("unknown field", "stauts>=500", 0, "unknown field 'stauts' at 0");
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
        "operator '>=' does not apply to 'host' at 4; 'host' takes = in");
    row("tilde on status", "status~5", 6,
        "operator '~' does not apply to 'status' at 6; 'status' takes = != >= > <= < in");
    row("in on time", "time in (2026-10-14T09:08:00Z)", 5,
        "operator 'in' does not apply to 'time' at 5; 'time' takes >= > <= < =");
    row("no operator", "host a", 5, "expected an operator after 'host' at 5; 'host' takes = in");
    row("bang", "status!500", 6, "unknown operator '!' at 6; use '!='");
    row("or", "status=502 or status=503", 11,
        "'or' is not supported at 11; list alternatives of one field instead: status in (502, 503)");
    row("junk after term", "status=502 host=a", 11, "expected 'and' or the end, found 'host' at 11");
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
    for (const char* word : {"time", "status", "router", "host", "app", "backend", "instance", "class",
                             "source", "text", "router_panic", "hostname_mismatch", "app_or_platform"})
        QVERIFY2(help.find(word) != std::string::npos, word);
    // The example in the help parses.
    const auto example = help.find("status>=500 and class in");
    QVERIFY(example != std::string::npos);
    const std::string line = help.substr(example, help.find('\n', example) - example);
    QVERIFY(std::holds_alternative<Filter>(parseFilterExpression(line)));
}

QTEST_GUILESS_MAIN(TestFilterExpr)
#include "tst_filterexpr.moc"
