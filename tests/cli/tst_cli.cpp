// Runs the real routescope binary: the summary and requests commands, their formats and
// their exit statuses (DESIGN.md §7).
#include "cli/requests.h"
#include "processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = rs::test::routescopeBinary();
const QString kSamples = QStringLiteral(ROUTESCOPE_TEST_DATA "/samples");

using Run = rs::test::ProcessRun;

Run routescope(const QStringList& arguments)
{
    return rs::test::runRoutescope(arguments);
}

QString cleanDir(QTemporaryDir& dir)
{
    QFile file(dir.path() + QStringLiteral("/access.log"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(
        R"LOG(app.example.com - [2026-10-14T09:00:01.000000000Z] "GET /a?b=1 HTTP/1.1" 502 0 67 "-" "curl/8" "10.0.0.1:5000" "10.0.16.5:61012" x_forwarded_for:"1.2.3.4" x_forwarded_proto:"https" vcap_request_id:"766afb19-1779-4bb9-65d4-f01306f9f912" response_time:0.010000 gorouter_time:0.000100 app_id:"a" app_index:"0" instance_id:"i" x_cf_routererror:"endpoint_failure (dial tcp 10.0.16.5:61012: connect: connection refused)"
api.example.com - [2026-10-14T09:00:02.000000000Z] "POST /v3/apps HTTP/1.1" 201 10 20 "-" "=cmd|' /C calc'!A0" "10.0.0.1:5001" "10.0.32.7:9022" x_forwarded_for:"1.2.3.4" x_forwarded_proto:"https" vcap_request_id:"766afb19-1779-4bb9-65d4-f01306f9f913" response_time:0.020000 gorouter_time:0.000100 app_id:"-" app_index:"-" instance_id:"-" x_cf_routererror:"-"
)LOG");
    return dir.path();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void summaryJsonDescribesEveryFile();
    void summaryTextOnCleanInputExitsZero();
    void requestsCsvHasTheDesignColumns();
    void requestsJsonLinesAreObjects();
    void usageErrorsExitTwo();
    void missingPathIsAnInputProblem();
    void csvFieldsAreQuotedAndGuarded();
    void filterSelectsRequestsAndPointsAtErrors();
    void attemptsListEveryJoinedFailure();
    void helpFilterPrintsTheGrammar();
    void generalExpressionsSelectRequests();
};

void TestCli::summaryJsonDescribesEveryFile()
{
    const Run run = routescope({QStringLiteral("summary"), kSamples, QStringLiteral("--json")});
    RS_COMPARE_EXIT(run, 1); // the samples hold edited and redacted lines
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(root.value(QStringLiteral("requests")).toInt() >= 44);
    QVERIFY(root.value(QStringLiteral("events")).toInt() >= 19);
    QVERIFY(root.value(QStringLiteral("seconds")).toDouble() > 0);
    QVERIFY(root.value(QStringLiteral("bytes")).toDouble() > 10000);
    bool sawRedacted = false;
    bool sawIgnored = false;
    for (const auto& value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        for (const char* key : {"path", "kind", "router", "lines", "records", "skipped"})
            QVERIFY2(file.contains(QLatin1String(key)), key);
        if (file.value(QStringLiteral("path"))
                .toString()
                .endsWith(QStringLiteral("gorouter-stdout-zap-rfc3339.log"))) {
            const QJsonObject group = file.value(QStringLiteral("skipped")).toArray().first().toObject();
            QCOMPARE(group.value(QStringLiteral("reason")).toString(), QStringLiteral("json_invalid"));
            QCOMPARE(group.value(QStringLiteral("count")).toInt(), 2);
            QVERIFY(group.value(QStringLiteral("examples"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .contains(QStringLiteral("REDACTED")));
            sawRedacted = true;
        }
        if (file.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("SOURCES.md"))) {
            QCOMPARE(
                file.value(QStringLiteral("ignored")).toObject().value(QStringLiteral("reason")).toString(),
                QStringLiteral("unknown_format"));
            sawIgnored = true;
        }
    }
    QVERIFY(sawRedacted);
    QVERIFY(sawIgnored);
}

void TestCli::summaryTextOnCleanInputExitsZero()
{
    QTemporaryDir dir;
    const Run run = routescope({QStringLiteral("summary"), cleanDir(dir)});
    RS_COMPARE_EXIT(run, 0);
    QVERIFY(run.out.contains("Requests      2"));
    QVERIFY(run.out.contains("502: 1"));
    QVERIFY(run.out.contains("endpoint_failure (dial tcp"));
}

void TestCli::requestsCsvHasTheDesignColumns()
{
    QTemporaryDir dir;
    const Run run = routescope({QStringLiteral("requests"), cleanDir(dir), QStringLiteral("--csv")});
    RS_COMPARE_EXIT(run, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             QByteArray("router,start,host,method,uri,status,backend,vcap_request_id,response_time,"
                        "gorouter_time,app_id,app_index,instance_id,router_error,failed_attempts,attempts,"
                        "error_class,source,evidence,file,offset"));
    QVERIFY(
        lines[1].contains(",2026-10-14T09:00:01.000000000Z,app.example.com,GET,/a?b=1,502,10.0.16.5:61012,"
                          "766afb19-1779-4bb9-65d4-f01306f9f912,0.010000,0.000100,a,0,i,"));
    QVERIFY(lines[2].contains(",POST,/v3/apps,201,10.0.32.7:9022,"));
    QVERIFY(lines[1].contains(",1,dial,app_or_platform,") || lines[1].contains(",-,-,dial,app_or_platform,"));
    QVERIFY(lines[1].contains(
        "x_cf_routererror: endpoint_failure (dial tcp 10.0.16.5:61012: connect: connection refused)"));
    QVERIFY(lines[2].contains(",0.000100,-,-,-,-,-,-,ok,none,"));
}

void TestCli::requestsJsonLinesAreObjects()
{
    QTemporaryDir dir;
    const Run run = routescope({QStringLiteral("requests"), cleanDir(dir), QStringLiteral("--jsonl")});
    RS_COMPARE_EXIT(run, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 502);
    QCOMPARE(first.value(QStringLiteral("response_time")).toDouble(), 0.01);
    QCOMPARE(first.value(QStringLiteral("uri")).toString(), QStringLiteral("/a?b=1"));
    QCOMPARE(first.value(QStringLiteral("error_class")).toString(), QStringLiteral("dial"));
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("app_or_platform"));
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QVERIFY(second.value(QStringLiteral("app_id")).isNull());
    QVERIFY(second.value(QStringLiteral("offset")).toInt() > 100);
}

void TestCli::usageErrorsExitTwo()
{
    QCOMPARE(routescope({QStringLiteral("summary")}).exitCode, 2);
    QCOMPARE(routescope({QStringLiteral("summary"), kSamples, QStringLiteral("--csv")}).exitCode, 2);
    QCOMPARE(routescope({QStringLiteral("diagnose")}).exitCode, 2);
    QCOMPARE(routescope({QStringLiteral("diagnose"), kSamples, QStringLiteral("--filter"),
                         QStringLiteral("status=502")})
                 .exitCode,
             2);
    const Run bad = routescope({QStringLiteral("requests"), kSamples, QStringLiteral("--bogus")});
    RS_COMPARE_EXIT(bad, 2);
    QVERIFY(bad.err.contains("--bogus"));
    QVERIFY(bad.out.isEmpty());
}

void TestCli::missingPathIsAnInputProblem()
{
    const Run run = routescope(
        {QStringLiteral("summary"), QStringLiteral("/nonexistent/bundle.tgz"), QStringLiteral("--json")});
    RS_COMPARE_EXIT(run, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray problems = root.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toObject().value(QStringLiteral("issue")).toString(),
             QStringLiteral("unreadable"));
}

void TestCli::csvFieldsAreQuotedAndGuarded()
{
    std::string out;
    rs::cli::appendCsvField(out, "a,b", true);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("\"a,b\""));
    out.clear();
    rs::cli::appendCsvField(out, "say \"hi\"", true);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("\"say \"\"hi\"\"\""));
    out.clear();
    rs::cli::appendCsvField(out, "=cmd|' /C calc'!A0", true);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("'=cmd|' /C calc'!A0"));
    out.clear();
    rs::cli::appendCsvField(out, "-1", true);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("-1"));
    out.clear();
    rs::cli::appendCsvField(out, std::string_view("a\x01z", 3), true);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("a\\x01z"));
}

void TestCli::filterSelectsRequestsAndPointsAtErrors()
{
    QTemporaryDir dir;
    const QString input = cleanDir(dir);
    const Run dial =
        routescope({QStringLiteral("requests"), input, QStringLiteral("--csv"), QStringLiteral("--filter"),
                    QStringLiteral("status>=500 and class in (dial, hostname_mismatch)")});
    RS_COMPARE_EXIT(dial, 0);
    const QList<QByteArray> lines = dial.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[1].contains(",502,"));
    const Run none = routescope({QStringLiteral("requests"), input, QStringLiteral("--filter"),
                                 QStringLiteral("time>=2026-10-14T09:00:03Z")});
    QCOMPARE(none.out.trimmed().split('\n').size(), 1); // the header only

    const Run bad = routescope({QStringLiteral("requests"), input, QStringLiteral("--filter"),
                                QStringLiteral("status>=500 and clas=dial")});
    RS_COMPARE_EXIT(bad, 2);
    QVERIFY(bad.err.contains("unknown field 'clas' at 16"));
    QVERIFY(bad.err.contains("\n                  ^")); // two spaces of indent, then 16 to the caret
    QVERIFY(bad.out.isEmpty());
}

void TestCli::attemptsListEveryJoinedFailure()
{
    const Run run = routescope({QStringLiteral("requests"),
                                QStringLiteral(ROUTESCOPE_TEST_DATA "/../../resources/sample-incident.tgz"),
                                QStringLiteral("--jsonl"), QStringLiteral("--filter"),
                                QStringLiteral("class=recovered")});
    RS_COMPARE_EXIT(run, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() > 10);
    for (const QByteArray& line : lines) {
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        QCOMPARE(request.value(QStringLiteral("error_class")).toString(), QStringLiteral("recovered"));
        QVERIFY(request.value(QStringLiteral("status")).toInt() < 400);
        // A recovered request failed at least once before: the attempt names its endpoint and error.
        const QString attempts = request.value(QStringLiteral("attempts")).toString();
        QVERIFY2(attempts.startsWith(QStringLiteral("#1 ")), qPrintable(attempts));
        QVERIFY(attempts.contains(QStringLiteral("retriable")));
        QVERIFY(attempts.contains(QStringLiteral(": ")));
    }
}

void TestCli::helpFilterPrintsTheGrammar()
{
    const Run run = routescope({QStringLiteral("help"), QStringLiteral("filter")});
    RS_COMPARE_EXIT(run, 0);
    QVERIFY(run.out.startsWith("Filter expressions"));
    QVERIFY(!run.out.contains("Usage:"));
    for (const char* word : {"attempt.error", "response_time", "header.<name>", "matches", "exists", "5xx"})
        QVERIFY2(run.out.contains(word), word);
    // Plain `help` still prints the usage, which names `help filter`.
    const Run usage = routescope({QStringLiteral("help")});
    QVERIFY(usage.out.contains("Usage:"));
    QVERIFY(usage.out.contains("routescope help filter"));
}

void TestCli::generalExpressionsSelectRequests()
{
    const QString sample = QStringLiteral(ROUTESCOPE_TEST_DATA "/../../resources/sample-incident.tgz");
    const auto rows = [&](const QString& filter) {
        const Run run = routescope({QStringLiteral("requests"), sample, QStringLiteral("--jsonl"),
                                    QStringLiteral("--filter"), filter});
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(filter), run.err.constData());
        std::vector<QJsonObject> out;
        for (const QByteArray& line : run.out.trimmed().split('\n'))
            if (!line.isEmpty())
                out.push_back(QJsonDocument::fromJson(line).object());
        return out;
    };
    const auto recovered = rows(QStringLiteral("class=recovered"));
    const auto failed502 = rows(QStringLiteral("status=502"));
    const auto either = rows(QStringLiteral("class=recovered or status=502"));
    QVERIFY(!recovered.empty() && !failed502.empty());
    // Recovered requests end below 400, so the two sets are disjoint and `or` is their union.
    QCOMPARE(either.size(), recovered.size() + failed502.size());
    for (const QJsonObject& r : either)
        QVERIFY(r.value(QStringLiteral("error_class")).toString() == QStringLiteral("recovered") ||
                r.value(QStringLiteral("status")).toInt() == 502);
    // Every recovered request failed at least once: the attempt field agrees.
    QCOMPARE(rows(QStringLiteral("class=recovered and attempt.count >= 1")).size(), recovered.size());
    QCOMPARE(rows(QStringLiteral("class=recovered and not attempt.count >= 1")).size(), std::size_t{0});
    // Events take the simple terms only, and say so.
    const Run events = routescope(
        {QStringLiteral("events"), sample, QStringLiteral("--filter"), QStringLiteral("host=a or host=b")});
    RS_COMPARE_EXIT(events, 2);
    QVERIFY(events.err.contains("joined by 'and'"));
    // A bad duration points at its byte.
    const Run bad = routescope({QStringLiteral("requests"), sample, QStringLiteral("--filter"),
                                QStringLiteral("response_time > 2")});
    RS_COMPARE_EXIT(bad, 2);
    QVERIFY(bad.err.contains("invalid duration '2' at 16"));
    QVERIFY(bad.err.contains("\n                  ^"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
