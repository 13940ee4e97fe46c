// What the filter bar offers while typing: the context at the cursor (field, operator, value,
// keyword) and the values a generated incident really holds, counted and most frequent first.
#include "core/diagnosis/appnames.h"
#include "core/import/importer.h"
#include "core/query/analysis.h"
#include "core/query/classnames.h"
#include "core/query/filtercompletion.h"
#include "core/query/filterexpr.h"
#include "generatedbundle.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace rs;

Q_DECLARE_METATYPE(rs::FilterCompletionContext::Kind)
Q_DECLARE_METATYPE(rs::FilterField)

namespace {

std::vector<std::string> texts(const std::vector<FilterCandidate>& candidates)
{
    std::vector<std::string> out;
    for (const auto& c : candidates)
        out.push_back(c.text);
    return out;
}

bool contains(const std::vector<std::string>& values, const std::string& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

class TestFilterCompletion : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void context_data();
    void context();
    void fieldNamesByPrefix();
    void operatorsOfTheField();
    void hostsAreTheIncidentsCounted();
    void routersAndAppsComeFromTheIncident();
    void classesOfferNamedSets();
    void everyCandidateCompletesToAValidFilter();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Analysis> m_analysis;
};

void TestFilterCompletion::initTestCase()
{
    const QJsonObject truth = test::generateBundle(
        m_dir.path(), {QStringLiteral("--minutes"), QStringLiteral("2"), QStringLiteral("--rps"),
                       QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5"),
                       QStringLiteral("--layout"), QStringLiteral("dir"), QStringLiteral("--no-gzip")});
    QVERIFY(!truth.isEmpty());
    m_analysis = analyse(Importer().importPaths({m_dir.path().toStdString()}));
    QVERIFY(m_analysis);
    QVERIFY(m_analysis->incident->tables.requests.size() > 100);
}

void TestFilterCompletion::context_data()
{
    using Kind = FilterCompletionContext::Kind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<FilterField>("field");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("replaceFrom");
    // The cursor is at the end of `text`.
    QTest::newRow("empty") << "" << Kind::Field << FilterField::Host << "" << 0;
    QTest::newRow("typing a field") << "sta" << Kind::Field << FilterField::Host << "sta" << 0;
    QTest::newRow("after a field") << "status " << Kind::Operator << FilterField::Status << "" << 7;
    QTest::newRow("after an operator") << "host=" << Kind::Value << FilterField::Host << "" << 5;
    QTest::newRow("value prefix") << "host = api" << Kind::Value << FilterField::Host << "api" << 7;
    QTest::newRow("two-char operator") << "status>=5" << Kind::Value << FilterField::Status << "5" << 8;
    QTest::newRow("after and") << "status=502 and b" << Kind::Field << FilterField::Host << "b" << 15;
    QTest::newRow("after &&") << "status=502&&ba" << Kind::Field << FilterField::Host << "ba" << 12;
    QTest::newRow("after not") << "not (cl" << Kind::Field << FilterField::Host << "cl" << 5;
    QTest::newRow("after !") << "!cl" << Kind::Field << FilterField::Host << "cl" << 1;
    QTest::newRow("after !=") << "method != G" << Kind::Value << FilterField::Method << "G" << 10;
    QTest::newRow("after || and !") << "status=502 || !ho" << Kind::Field << FilterField::Host << "ho" << 15;
    QTest::newRow("after a value") << "host=a.example.com " << Kind::Keyword << FilterField::Host << "" << 19;
    QTest::newRow("in list start") << "class in (di" << Kind::Value << FilterField::Class << "di" << 10;
    QTest::newRow("in list next") << "class in (dial, host" << Kind::Value << FilterField::Class << "host"
                                  << 16;
    QTest::newRow("named set spot") << "class in " << Kind::Value << FilterField::Class << "" << 9;
    QTest::newRow("open quote") << "host=\"my ap" << Kind::Value << FilterField::Host << "my ap" << 5;
    QTest::newRow("attempt field") << "attempt.class " << Kind::Operator << FilterField::AttemptClass << ""
                                   << 14;
}

void TestFilterCompletion::context()
{
    QFETCH(QString, text);
    QFETCH(FilterCompletionContext::Kind, kind);
    QFETCH(FilterField, field);
    QFETCH(QString, prefix);
    QFETCH(int, replaceFrom);
    const std::string t = text.toStdString();
    const FilterCompletionContext c = filterCompletionContext(t, t.size());
    QCOMPARE(c.kind, kind);
    if (kind == FilterCompletionContext::Kind::Operator || kind == FilterCompletionContext::Kind::Value)
        QCOMPARE(c.field, field);
    QCOMPARE(QString::fromStdString(c.prefix), prefix);
    QCOMPARE(c.replaceFrom, std::size_t(replaceFrom));
}

void TestFilterCompletion::fieldNamesByPrefix()
{
    const auto got = texts(filterCompletions(filterCompletionContext("re", 2), nullptr));
    // Prefix matches first (referer, remote, response_time), then those containing "re".
    QVERIFY(got.size() >= 4);
    QCOMPARE(got[0], std::string("referer"));
    QCOMPARE(got[1], std::string("remote"));
    QCOMPARE(got[2], std::string("response_time"));
    QVERIFY(contains(got, "bytes_received"));
    QVERIFY(!contains(got, "host"));
}

void TestFilterCompletion::operatorsOfTheField()
{
    QCOMPARE(texts(filterCompletions(filterCompletionContext("class ", 6), nullptr)),
             (std::vector<std::string>{"=", "!=", "in"}));
    const auto time = texts(filterCompletions(filterCompletionContext("time ", 5), nullptr));
    QVERIFY(contains(time, ">="));
    QVERIFY(!contains(time, "~"));
}

void TestFilterCompletion::hostsAreTheIncidentsCounted()
{
    const Incident& incident = *m_analysis->incident;
    std::map<std::string, std::uint64_t> expected;
    for (const auto id : incident.tables.requests.host) {
        const std::string host(incident.str(id));
        if (!host.empty() && host != "-")
            ++expected[host];
    }
    QVERIFY(expected.size() >= 2);
    const auto hosts = filterValueCandidates(incident, FilterField::Host);
    QCOMPARE(hosts.size(), expected.size());
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        QVERIFY2(expected.count(hosts[i].text), hosts[i].text.c_str());
        QCOMPARE(hosts[i].count, expected[hosts[i].text]);
        if (i > 0)
            QVERIFY(hosts[i - 1].count >= hosts[i].count);
    }
    // The prefix narrows to the hosts that start with it.
    const std::string first = hosts.front().text.substr(0, 3);
    const std::string text = "host=" + first;
    for (const auto& c : filterCompletions(filterCompletionContext(text, text.size()), &incident))
        QVERIFY(QString::fromStdString(c.text).contains(QString::fromStdString(first), Qt::CaseInsensitive));
}

void TestFilterCompletion::routersAndAppsComeFromTheIncident()
{
    const Incident& incident = *m_analysis->incident;
    std::set<std::string> routers, apps;
    for (std::size_t row = 0; row < incident.tables.requests.size(); ++row) {
        routers.insert(incident.identity(incident.tables.requests.identity[row]).display);
        const std::string app(incident.str(incident.tables.requests.appId[row]));
        if (!app.empty() && app != "-")
            apps.insert(app);
    }
    const auto routerCandidates = filterValueCandidates(incident, FilterField::Router);
    QCOMPARE(routerCandidates.size(), routers.size());
    for (const auto& c : routerCandidates)
        QVERIFY(routers.count(c.text));
    const auto appCandidates = filterValueCandidates(incident, FilterField::App);
    QCOMPARE(appCandidates.size(), apps.size());
    const AppDirectory directory(incident);
    bool named = false;
    for (const auto& c : appCandidates) {
        QVERIFY(apps.count(c.text));
        QCOMPARE(c.note, std::string(directory.appName(c.text)));
        named = named || !c.note.empty();
    }
    QVERIFY2(named, "the generated bundle names its apps in the route dumps");
}

void TestFilterCompletion::classesOfferNamedSets()
{
    const auto classes = texts(filterCompletions(filterCompletionContext("class in ", 9), nullptr));
    QCOMPARE(classes.front(), std::string("failures"));
    QVERIFY(contains(classes, "platform_errors"));
    QVERIFY(contains(classes, "dial"));
    QVERIFY(!contains(classes, "platform_side")); // a source set
    const auto sources = texts(filterCompletions(filterCompletionContext("source=", 7), nullptr));
    QVERIFY(contains(sources, "platform_side"));
    QVERIFY(contains(sources, "infrastructure"));
    QVERIFY(!contains(sources, "failures"));
    // The load balancers' kinds, and the lb.* field names among the fields.
    const auto kinds = texts(filterCompletions(filterCompletionContext("lb.kind = a", 11), nullptr));
    QCOMPARE(kinds, (std::vector<std::string>{"aws_alb", "aws_elb", "azure_appgw", "haproxy"}));
    const auto fields = texts(filterCompletions(filterCompletionContext("status=502 and lb.", 18), nullptr));
    for (const char* name :
         {"lb.status", "lb.target_status", "lb.target", "lb.kind", "lb.error", "lb.response_time"})
        QVERIFY2(contains(fields, name), name);
}

void TestFilterCompletion::everyCandidateCompletesToAValidFilter()
{
    // Whatever the popup offers, taken as is, parses.
    const Incident& incident = *m_analysis->incident;
    for (const std::string field : {"host", "router", "app", "backend", "instance", "method", "status",
                                    "class", "source", "router_error"}) {
        const std::string prefix = field + "=";
        const auto candidates = filterCompletions(filterCompletionContext(prefix, prefix.size()), &incident);
        QVERIFY2(!candidates.empty(), field.c_str());
        for (const auto& c : candidates) {
            const std::string text = prefix + c.text;
            const auto parsed = parseFilterExpression(text);
            QVERIFY2(std::holds_alternative<Filter>(parsed), text.c_str());
        }
    }
}

QTEST_GUILESS_MAIN(TestFilterCompletion)
#include "tst_filtercompletion.moc"
