// A filter written as an expression reads back as the same filter: reports and exports state
// their filter in the grammar users type.
#include "core/query/classnames.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"
#include "core/util/timeparse.h"

#include <QTest>

#include <set>

using namespace rs;

namespace {

std::set<int> codes(const std::vector<StatusRange>& ranges)
{
    std::set<int> out;
    for (const auto& r : ranges) {
        for (int s = r.from; s <= r.to; ++s)
            out.insert(s);
    }
    return out;
}

Filter reparsed(const Filter& filter)
{
    const std::string text = formatFilterExpression(filter);
    auto parsed = parseFilterExpression(text);
    if (const auto* error = std::get_if<FilterParseError>(&parsed)) {
        qWarning("%s -> %s", text.c_str(), error->message.c_str());
        return {};
    }
    return std::get<Filter>(parsed);
}

} // namespace

class TestFilterFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyFilterIsEmptyText();
    void roundTrips_data();
    void roundTrips();
    void rowsAreDescribedNotParsed();
    void expressionsRoundTrip_data();
    void expressionsRoundTrip();
};

void TestFilterFormat::emptyFilterIsEmptyText()
{
    QCOMPARE(formatFilterExpression({}), std::string());
}

void TestFilterFormat::roundTrips_data()
{
    QTest::addColumn<int>("which");
    for (int i = 0; i < 9; ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i;
}

void TestFilterFormat::roundTrips()
{
    QFETCH(int, which);
    Filter f;
    switch (which) {
    case 0:
        f.from = makeTimeUtc(2026, 10, 14, 9, 8, 0, 123'456'789);
        f.to = makeTimeUtc(2026, 10, 14, 9, 10, 0, 0);
        break;
    case 1:
        f.statuses = {{500, 599}};
        break;
    case 2:
        f.statuses = {{502, 502}, {400, 499}, {0, 0}};
        break;
    case 3:
        f.statuses = {{200, 450}};
        break;
    case 4:
        f.hosts = {"api.example.com", "with space.example.com", "quote\"and\\slash", "and"};
        f.backends = {"10.0.16.5:61012"};
        break;
    case 5:
        f.classes = {*query::classValue("dial"), *query::classValue("hostname_mismatch")};
        f.sources = {*query::sourceValue("platform")};
        break;
    case 6:
        f.routers = {"router/0"};
        f.apps = {"-"};
        f.instances = {"app-guid/3", "inst-1"};
        break;
    case 7:
        f.text = "context canceled (client)";
        break;
    case 8:
        f.from = makeTimeUtc(2026, 10, 14, 9, 0, 0, 0);
        f.statuses = {{503, 503}};
        f.classes = {*query::classValue("no_endpoints")};
        f.text = "x";
        break;
    }
    const Filter back = reparsed(f);
    QVERIFY2(!back.isEmpty(), formatFilterExpression(f).c_str());
    QCOMPARE(back.from, f.from);
    QCOMPARE(back.to, f.to);
    QCOMPARE(back.routers, f.routers);
    QCOMPARE(back.hosts, f.hosts);
    QCOMPARE(back.apps, f.apps);
    QCOMPARE(back.backends, f.backends);
    QCOMPARE(back.instances, f.instances);
    QVERIFY(codes(back.statuses) == codes(f.statuses));
    QCOMPARE(std::set<std::uint8_t>(back.classes.begin(), back.classes.end()),
             std::set<std::uint8_t>(f.classes.begin(), f.classes.end()));
    QCOMPARE(back.sources, f.sources);
    QCOMPARE(back.text, f.text);
}

void TestFilterFormat::rowsAreDescribedNotParsed()
{
    Filter f;
    f.statuses = {{502, 502}};
    f.rows = std::make_shared<const std::vector<std::uint32_t>>(std::vector<std::uint32_t>{1, 2, 3});
    f.rowsLabel = "finding stale_routes";
    const std::string text = formatFilterExpression(f);
    QCOMPARE(text, std::string("status=502; the 3 requests of finding stale_routes"));
    QVERIFY(std::holds_alternative<FilterParseError>(parseFilterExpression(text)));
}

void TestFilterFormat::expressionsRoundTrip_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("canonical");
    const auto row = [](const char* expression, const char* canonical) {
        QTest::newRow(expression) << QString::fromUtf8(expression) << QString::fromUtf8(canonical);
    };
    row("status >= 500 AND (host = a || host = b)", "status>=500 and (host=a or host=b)");
    row("not (uri ~ \"/api\" and method = POST) or protocol exists",
        "not (uri~/api and method=POST) or protocol exists");
    row("! ! referer = -", "not not referer=-");
    row("response_time > 2s and response_time <= 2500ms", "response_time>2s and response_time<=2500ms");
    row("uri matches '^/a\\d+\"x'", "");
    row("uri matches \"^/a\\\\d+\\\"x\"", "uri matches \"^/a\\\\d+\\\"x\"");
    row("header.X_B3_TraceId in (abc, \"and\", \"a b\", \"x&&y\", or2)",
        "header.x_b3_traceid in (abc, \"and\", \"a b\", \"x&&y\", or2)");
    row("attempt.error ~ x509 or attempt.count >= 2 or attempt.class in (dial, expired_cert) or "
        "attempt.backend = 10.0.1.2:61000",
        "attempt.error~x509 or attempt.count>=2 or attempt.class in (dial, expired_cert) or "
        "attempt.backend=10.0.1.2:61000");
    row("class != dial and source in (app, platform) and time >= 2026-10-14T09:08:00Z",
        "time>=2026-10-14T09:08:00.000000000Z and source in (app, platform) and class!=dial");
    // Excluded statuses stay exclusions (they were dropped from the text, found by fuzz_filterexpr).
    row("status != 200", "status!=200");
    row("status != 1 and status != 3xx", "status!=1 and status!=3xx");
    row("status != 0", "status>=1");
    row("status >= 500 and status != 503", "status>=500 and status!=503");
    row("status in (0, 4xx, 502)", "status in (0, 4xx, 502)");
    row("text ~ \"dial tcp\" and (text matches \"x509|EOF\" or vcap_request_id = -)",
        "text~\"dial tcp\" and (text matches \"x509|EOF\" or vcap_request_id=-)");
}

void TestFilterFormat::expressionsRoundTrip()
{
    QFETCH(QString, expression);
    QFETCH(QString, canonical);
    const auto first = parseFilterExpression(expression.toStdString());
    if (canonical.isEmpty()) { // not an expression: single quotes are not string delimiters
        QVERIFY(std::holds_alternative<FilterParseError>(first));
        return;
    }
    QVERIFY2(std::holds_alternative<Filter>(first),
             std::get_if<FilterParseError>(&first) ? std::get<FilterParseError>(first).message.c_str() : "");
    const Filter f = std::get<Filter>(first);
    const std::string text = formatFilterExpression(f);
    QCOMPARE(QString::fromStdString(text), canonical);
    // expression -> filter -> expression -> filter: the same filter, the same text.
    const Filter back = reparsed(f);
    QVERIFY(back == f);
    QCOMPARE(formatFilterExpression(back), text);
    QCOMPARE(back.statuses, f.statuses);
    QCOMPARE(back.from, f.from);
}

QTEST_GUILESS_MAIN(TestFilterFormat)
#include "tst_filterformat.moc"
