// App lines ([APP/PROC/WEB/n] and the like) carried by log-pipeline envelopes and exports:
// firehose-to-syslog JSON, drain events exported as JSON, Python dicts, Splunk `_raw`, Loki
// logcli text and JSON, CSV message columns. Each gives one app row with the envelope's facts
// (app, instance, stream, time), the raw line it came from, and a join to its request; RTR
// envelopes beside them stay requests, once; other programs' lines give neither. Also Azure
// Application Gateway's pretty-printed {"records":[…]} export, one LB row per record.
#include "core/diagnosis/appjoin.h"
#include "core/diagnosis/correlation.h"
#include "core/formats/accesslog.h"
#include "core/formats/applog.h"
#include "core/formats/envelope.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"
#include "envelopequoting.h"
#include "generatedbundle.h"
#include "importfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace rs;
using rs::test::csv;
using rs::test::json;
using rs::test::python;

namespace {

constexpr std::string_view kAppGuid = "cabd9e08-384e-4689-b868-1ba3d5d838bf";
// 2021-02-18T21:22:32.360Z: inside the request below (it starts at .3555 and takes 12 ms).
constexpr TimeNs kAppTime = 1613683352360000000;

std::string record(const std::string& id, int appIndex = 1)
{
    return "orders.example.com - [2021-02-18T21:22:32.355501523Z] \"GET /orders/42 HTTP/1.1\" 500 0 62 \"-\" "
           "\"curl/7.54.0\" \"35.191.2.80:51628\" \"10.0.1.11:61002\" x_forwarded_for:\"142.105.202.35\" "
           "x_forwarded_proto:\"http\" vcap_request_id:\"" +
           id + "\" response_time:0.011962 gorouter_time:0.000467 app_id:\"" + std::string(kAppGuid) +
           "\" app_index:\"" + std::to_string(appIndex) +
           "\" x_cf_routererror:\"-\" x_b3_traceid:\"9d30688835227cf3\"";
}

// firehose-to-syslog's JSON for one Loggregator envelope (without cf_app_id when `appGuid` is empty).
std::string firehose(std::string_view sourceType, std::string_view instance, std::string_view stream,
                     std::string_view text, std::int64_t nanos = kAppTime,
                     std::string_view appGuid = kAppGuid, std::string_view appName = "orders")
{
    const std::string guid =
        appGuid.empty() ? std::string() : "\"cf_app_id\":\"" + std::string(appGuid) + "\",";
    return "{" + guid + "\"cf_app_name\":\"" + std::string(appName) +
           "\",\"cf_org_name\":\"acme\",\"cf_space_name\":\"prod\",\"event_type\":\"LogMessage\","
           "\"message_type\":\"" +
           std::string(stream) + "\",\"msg\":\"" + json(text) +
           "\\n\",\"origin\":\"rep\",\"source_instance\":\"" + std::string(instance) +
           "\",\"source_type\":\"" + std::string(sourceType) + "\",\"timestamp\":" + std::to_string(nanos) +
           "}";
}

const std::string kRequestId = "7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b";

// What the app wrote: a quote (escaped by every envelope) and the request's id.
std::string appText()
{
    return "java.lang.IllegalStateException: order \"42\" failed vcap_request_id=" + kRequestId;
}

std::shared_ptr<Incident> importText(const std::string& name, const std::string& bytes)
{
    return Importer().importBytes(name, bytesFromString(bytes));
}

// Every app row as "instance|stream|text", and every request's id read again from its raw line.
std::multiset<std::string> appRows(const Incident& incident)
{
    std::multiset<std::string> rows;
    const AppLogTable& a = incident.tables.apps;
    for (std::size_t row = 0; row < a.size(); ++row)
        rows.insert(std::to_string(a.instance[row]) + "|" + std::string(appStreamId(a.stream[row])) + "|" +
                    std::string(a.text(incident.rawLine(a.source, row).view(), row)));
    return rows;
}

std::multiset<std::string> requestIds(const Incident& incident)
{
    std::multiset<std::string> ids;
    const RequestTable& t = incident.tables.requests;
    AccessLogParser parser;
    AccessRecord r;
    for (std::size_t row = 0; row < t.size(); ++row) {
        const std::string id = incident.requestIdText(t.requestId[row]);
        const RawLine line = incident.rawLine(t.source, row); // the record points into it
        if (parser.parse(unwrap(line.view()).payload, r) || std::string(r.vcapRequestId) != id)
            ids.insert("unreadable:" + id);
        else
            ids.insert(id);
    }
    return ids;
}

} // namespace

class TestEnvelopeApps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appLineInsideEachEnvelope_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("shownText"); // the app's text as the raw line holds it
        QTest::addColumn<int>("stream");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QByteArray>("app"); // the app the row names ("" when the envelope does not)
        const std::string text = appText();
        const auto qb = [](const std::string& s) { return QByteArray::fromStdString(s); };
        const auto err = static_cast<int>(AppStream::Err);
        const auto out = static_cast<int>(AppStream::Out);
        // cf logs prints hundredths of a second.
        const qint64 cfTime = kAppTime;
        const std::string cfLine = "   2021-02-18T21:22:32.36+0000 [APP/PROC/WEB/1] ERR " + text;
        const std::string drainLine = "<11>1 2021-02-18T21:22:32.360+00:00 acme.prod.orders " +
                                      std::string(kAppGuid) + " [APP/PROC/WEB/1] - - " + text;

        QTest::newRow("firehose-to-syslog JSON")
            << qb(firehose("APP/PROC/WEB", "1", "ERR", text)) << qb(json(text)) << err << qint64(kAppTime)
            << qb(std::string(kAppGuid));
        QTest::newRow("firehose after doppler's syslog header")
            << qb("<14>2021-02-18T21:22:33Z 10.0.0.7 doppler[2114]: " +
                  firehose("APP/PROC/WEB", "1", "OUT", text))
            << qb(json(text)) << out << qint64(kAppTime) << qb(std::string(kAppGuid));
        QTest::newRow("firehose, old APP source") << qb(firehose("APP", "1", "ERR", text)) << qb(json(text))
                                                  << err << qint64(kAppTime) << qb(std::string(kAppGuid));
        QTest::newRow("drain event exported as JSON")
            << qb("{\"facility\":1,\"severity\":3,\"timestamp\":1613683352360,\"hostname\":\"acme.prod."
                  "orders\","
                  "\"appname\":\"" +
                  std::string(kAppGuid) + "\",\"procid\":\"[APP/PROC/WEB/1]\",\"message\":\"" + json(text) +
                  "\\n\"}")
            << qb(json(text)) << err << qint64(kAppTime) << qb(std::string(kAppGuid));
        QTest::newRow("Python dict dump")
            << qb("{'app_id': '" + std::string(kAppGuid) + "', 'date': 1613683352360, 'message': '" +
                  python(text) + "\\n', 'messageType': 'OUT', 'sourceId': '1', 'sourceType': 'APP/PROC/WEB'}")
            << qb(python(text)) << out << qint64(kAppTime) << qb(std::string(kAppGuid));
        QTest::newRow("Splunk _raw with a cf logs line")
            << qb("{\"preview\":false,\"result\":{\"_raw\":\"" + json(cfLine) +
                  "\",\"_time\":\"2021-02-18T21:22:32.360+00:00\"}}")
            << qb(json(text)) << err << cfTime << QByteArray();
        QTest::newRow("Splunk _raw with a drain line")
            << qb("{\"result\":{\"_raw\":\"" + json(drainLine) + "\",\"host\":\"syslog-0\"}}")
            << qb(json(text)) << int(AppStream::Unknown) << qint64(kAppTime) << qb(std::string(kAppGuid));
        QTest::newRow("Loki logcli text")
            << qb("2021-02-18T21:22:32Z {app=\"orders\", space=\"prod\"} " + cfLine) << qb(text) << err
            << cfTime << QByteArray();
        QTest::newRow("Loki logcli jsonl")
            << qb("{\"labels\":{\"app\":\"orders\"},\"line\":\"" + json(cfLine) +
                  "\",\"timestamp\":\"2021-02-18T21:22:32.36Z\"}")
            << qb(json(text)) << err << cfTime << QByteArray();
        QTest::newRow("Kibana CSV message column")
            << qb("\"Feb 18, 2021 @ 21:22:32.360\",\"" + csv(cfLine) + "\",orders") << qb(csv(text)) << err
            << cfTime << QByteArray();
    }

    // One app row with the envelope's facts, its raw line, and the request joined by its id.
    void appLineInsideEachEnvelope()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, shownText);
        QFETCH(int, stream);
        QFETCH(qint64, time);
        QFETCH(QByteArray, app);
        const std::string bytes = record(kRequestId) + "\r\n" + line.toStdString() + "\r\n";
        const auto incident = importText("export.log", bytes);
        QVERIFY(incident);
        const AppLogTable& a = incident->tables.apps;
        QCOMPARE(a.size(), std::size_t{1});
        QCOMPARE(incident->tables.requests.size(), std::size_t{1});
        QCOMPARE(incident->report.skippedLines(), std::uint64_t{0});
        QCOMPARE(a.instance[0], std::int16_t{1});
        QCOMPARE(static_cast<int>(a.stream[0]), stream);
        QCOMPARE(a.time[0], TimeNs{time});
        QCOMPARE(a.error[0], std::uint8_t{1}); // the exception
        QCOMPARE(incident->str(a.app[0]),
                 std::string_view(app.constData(), static_cast<std::size_t>(app.size())));
        QCOMPARE(incident->requestIdText(a.vcapRequestId[0]), kRequestId);
        // Provenance: the whole envelope line, and the app's text inside it as written there.
        const RawLine rawLine = incident->rawLine(a.source, 0);
        const std::string_view raw = rawLine.view();
        QCOMPARE(raw, std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
        QCOMPARE(a.text(raw, 0),
                 std::string_view(shownText.constData(), static_cast<std::size_t>(shownText.size())));
        // The join still finds the request: by the id the app logged.
        const Diagnosis d = diagnose(*incident);
        QCOMPARE(d.app.size(), std::size_t{1});
        QCOMPARE(d.app.join[0], AppJoin::ById);
        QCOMPARE(d.app.request[0], std::uint32_t{0});
        QCOMPARE(incident->str(d.app.appId[0]), kAppGuid);
    }

    // Without an id, the near join needs the envelope's app and instance index: instance 1 joins
    // the request of app_index 1, instance 2 of the same app does not.
    void nearJoinUsesTheEnvelopesInstance()
    {
        const std::string bytes = record(kRequestId, 1) + "\n" +
                                  firehose("APP/PROC/WEB", "1", "OUT", "handled GET /orders/42") + "\n" +
                                  firehose("APP/PROC/WEB", "2", "OUT", "handled GET /health") + "\n";
        const auto incident = importText("firehose.json", bytes);
        QVERIFY(incident);
        const AppLogTable& a = incident->tables.apps;
        QCOMPARE(a.size(), std::size_t{2});
        QCOMPARE(a.instance[0], std::int16_t{1});
        QCOMPARE(a.instance[1], std::int16_t{2});
        QCOMPARE(a.error[0], std::uint8_t{0});
        const Diagnosis d = diagnose(*incident);
        QCOMPARE(d.app.join[0], AppJoin::Near);
        QCOMPARE(d.app.request[0], std::uint32_t{0});
        QCOMPARE(d.app.join[1], AppJoin::None);
    }

    // An app's envelope whose text has the shape of an access line (nginx's, an app logging its
    // own requests) is the app's line, not a Gorouter request.
    void accessShapedAppTextStaysTheApps()
    {
        const std::string nginx =
            "orders.example.com - [18/Feb/2021:21:22:32 +0000] \"GET / HTTP/1.1\" 200 612 "
            "\"-\" \"curl/7.54.0\"";
        const auto incident = importText("firehose.json", firehose("APP/PROC/WEB", "3", "OUT", nginx) + "\n");
        QVERIFY(incident);
        QCOMPARE(incident->tables.requests.size(), std::size_t{0});
        QCOMPARE(incident->tables.apps.size(), std::size_t{1});
        QCOMPARE(incident->tables.apps.instance[0], std::int16_t{3});
        QCOMPARE(incident->tables.apps.time[0], kAppTime);
    }

    // Envelopes with RTR and APP payloads, bare lines, other programs' envelopes, CRLF and a BOM:
    // every record once, whether the file is read whole or in pieces on two threads.
    void mixedFileImportsEveryRecordOnce()
    {
        const std::string text = appText();
        std::string bytes = "\xEF\xBB\xBF" + record("id-bare-1") + "\r\n";
        bytes += firehose("RTR", "3", "OUT", record("id-firehose")) + "\r\n";
        bytes += firehose("APP/PROC/WEB", "0", "OUT", "app-firehose") + "\r\n";
        bytes += "<14>2021-02-18T21:22:33Z 10.0.0.7 doppler[2114]: " +
                 firehose("RTR", "1", "OUT", record("id-syslog")) + "\r\n";
        bytes += "<14>2021-02-18T21:22:33Z 10.0.0.7 doppler[2114]: " +
                 firehose("APP/PROC/WEB", "1", "ERR", "app-syslog-json") + "\r\n";
        bytes += "   2021-02-18T21:22:32.36+0000 [RTR/2] OUT " + record("id-cflogs") + "\r\n";
        bytes += "   2021-02-18T21:22:32.36+0000 [APP/PROC/WEB/2] OUT app-cflogs\r\n";
        bytes += "{'date': 1613683352360, 'message': '" + python(record("id-python")) +
                 "\\n', 'sourceType': 'RTR', 'sourceId': '0'}\r\n";
        bytes +=
            "{'date': 1613683352360, 'message': 'app-python\\n', 'sourceType': 'APP/PROC/WEB', 'sourceId': "
            "'3', 'messageType': 'ERR'}\r\n";
        bytes += "{\"facility\":1,\"severity\":6,\"timestamp\":1613683352360,\"appname\":\"" +
                 std::string(kAppGuid) +
                 "\",\"procid\":\"[APP/PROC/WEB/4]\",\"message\":\"app-drain\\n\"}\r\n";
        bytes +=
            "{\"result\":{\"_raw\":\"2021-02-18T21:22:32.36+0000 [APP/PROC/WEB/5] ERR app-splunk\"}}\r\n";
        // One JSON array line: a request, then an app line, then a request.
        bytes += "[{\"message\":\"" + json(record("id-array-1")) +
                 "\"},{\"message\":\"2021-02-18T21:22:32.36+0000 [APP/PROC/WEB/6] OUT "
                 "app-array\"},{\"message\":\"" +
                 json(record("id-array-2")) + "\"}]\r\n";
        // Other programs through the same pipeline: never app rows, never requests.
        bytes += firehose("CELL", "0", "OUT", "Cell 6f1c… creating container for instance 2b1e…") + "\r\n";
        bytes += firehose("API", "1", "OUT", "Updated app with guid " + std::string(kAppGuid)) + "\r\n";
        bytes += "   2021-02-18T21:22:32.36+0000 [STG/0] OUT Downloading build artifacts cache...\r\n";
        bytes += "{\"result\":{\"_raw\":\"2021-02-18T21:22:32.36+0000 [CELL/0] OUT Stopping instance\"}}\r\n";
        bytes += "2021-02-18T13:22:32.36-0800 [RTR/2] OUT \r\n";
        bytes += record("id-bare-2") + "\r\n";

        const std::multiset<std::string> ids = {"id-bare-1", "id-firehose", "id-syslog",  "id-cflogs",
                                                "id-python", "id-array-1",  "id-array-2", "id-bare-2"};
        const std::multiset<std::string> apps = {
            "0|OUT|app-firehose", "1|ERR|app-syslog-json", "2|OUT|app-cflogs", "3|ERR|app-python",
            "4|OUT|app-drain",    "5|ERR|app-splunk",      "6|OUT|app-array"};
        QTemporaryDir dir;
        const auto whole =
            test::importFile(dir.filePath(QStringLiteral("a/capture.txt")), bytes, 16u << 20, 0);
        const auto pieces = test::importFile(dir.filePath(QStringLiteral("b/capture.txt")), bytes, 300, 2);
        for (const auto& incident : {whole, pieces}) {
            QVERIFY(incident);
            QCOMPARE(requestIds(*incident), ids);
            QCOMPARE(appRows(*incident), apps);
            QCOMPARE(incident->report.files.size(), std::size_t{1});
            QCOMPARE(incident->report.files.front().skippedLines(), std::uint64_t{0});
            // The four lines of other programs are counted as such.
            QCOMPARE(incident->report.files.front().foreignLines, std::uint64_t{4});
        }
    }

    // An envelope-only file of app lines (no RTR line in it) is found by content as app logs.
    void appEnvelopeFileIsDetected()
    {
        std::string bytes;
        for (int i = 0; i < 50; ++i)
            bytes += firehose("APP/PROC/WEB", std::to_string(i % 3), i % 5 == 0 ? "ERR" : "OUT",
                              "line " + std::to_string(i), kAppTime + i * 1'000'000) +
                     "\n";
        const auto incident = importText("firehose.json", bytes);
        QVERIFY(incident);
        QCOMPARE(incident->report.files.front().kind, FileKind::AppLog);
        QCOMPARE(incident->tables.apps.size(), std::size_t{50});
        QCOMPARE(incident->report.files.front().skippedLines(), std::uint64_t{0});
        QCOMPARE(incident->tables.apps.time[49], kAppTime + 49 * 1'000'000);
        QCOMPARE(incident->tables.apps.stream[5], AppStream::Err);
    }

    // Lines of other programs (rep, bbs, gorouter's JSON and stderr, route dumps, LRPs), bare and
    // inside every envelope, give no app row and no request.
    void otherProgramsGiveNoAppRows()
    {
        QDirIterator it(QStringLiteral(ROUTESCOPE_TEST_DATA "/samples"), {QStringLiteral("*")}, QDir::Files);
        std::size_t files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            if (name.startsWith(QStringLiteral("access")) || name.endsWith(QStringLiteral(".md")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            std::string bytes;
            for (const QByteArray& raw : file.readAll().split('\n')) {
                const std::string line = raw.trimmed().toStdString();
                if (line.empty())
                    continue;
                bytes += line + "\n";
                bytes += "{\"message\":\"" + json(line) + "\\n\",\"timestamp\":1613683352360}\n";
                bytes += firehose("CELL", "0", "OUT", line) + "\n";
                bytes += "{'message': '" + python(line) + "', 'sourceType': 'API'}\n";
                bytes += "{\"result\":{\"_raw\":\"" + json(line) + "\"}}\n";
                bytes += "2021-02-18T21:22:32Z {job=\"diego_cell\"} " + line + "\n";
                bytes += "\"Feb 18, 2021 @ 21:22:32.360\",\"" + csv(line) + "\",rep\n";
            }
            const auto incident = importText(name.toStdString(), bytes);
            QVERIFY(incident);
            QVERIFY2(incident->tables.apps.size() == 0, qPrintable(name));
            QVERIFY2(incident->tables.requests.size() == 0, qPrintable(name));
            ++files;
        }
        QVERIFY(files >= 6);
    }

    // gen-bundle's `cf logs` outputs, every line re-wrapped as firehose-to-syslog JSON: the same app
    // rows and the same joins as the bare lines give.
    void generatedAppLogsInFirehoseEnvelopes()
    {
        QTemporaryDir bare;
        const QJsonObject truth = test::generateBundle(
            bare.path(), {QStringLiteral("--minutes"), QStringLiteral("2"), QStringLiteral("--rps"),
                          QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("7"),
                          QStringLiteral("--app-logs"), QStringLiteral("on"), QStringLiteral("--layout"),
                          QStringLiteral("dir"), QStringLiteral("--no-gzip")});
        QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
        // A copy of the bundle whose `cf logs` outputs are rewritten line by line as firehose JSON.
        QTemporaryDir wrapped;
        std::size_t appLines = 0;
        QDirIterator it(bare.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = wrapped.filePath(QDir(bare.path()).relativeFilePath(path));
            QDir().mkpath(QFileInfo(target).path());
            if (!QFileInfo(path).fileName().startsWith(QStringLiteral("cf-logs-"))) {
                QVERIFY(QFile::copy(path, target));
                continue;
            }
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = in.readAll().split('\n');
            // The app's name, as firehose-to-syslog writes it into every envelope: from the header.
            const std::string name(applog::cfLogsHeaderApp(lines.value(0).toStdString()));
            QVERIFY(!name.empty());
            std::string out;
            for (const QByteArray& raw : lines) {
                const std::string line = raw.toStdString();
                const Unwrapped u = unwrap(line);
                if (!u.cfLogs || u.wrapperTime == kNoTime) {
                    out += "\n"; // the header goes: the envelopes name the app
                    continue;
                }
                const std::size_t slash = u.logSource.rfind('/');
                const bool app = u.logSource.starts_with("APP");
                appLines += app ? 1 : 0;
                out += firehose(app ? u.logSource.substr(0, slash) : std::string_view("RTR"),
                                u.logSource.substr(slash + 1), u.stream, u.payload, u.wrapperTime, {}, name) +
                       "\n";
            }
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(out.data(), static_cast<qint64>(out.size()));
        }
        QVERIFY(appLines > 100);
        const auto a = Importer().importPaths({bare.path().toStdString()});
        const auto b = Importer().importPaths({wrapped.path().toStdString()});
        QVERIFY(a && b);
        QCOMPARE(b->report.skippedLines(), std::uint64_t{0});
        QCOMPARE(b->tables.apps.size(), appLines);
        QCOMPARE(a->tables.apps.size(), appLines);
        // Joined the same way: per app row (both in file and line order), the join and the request id.
        const Diagnosis da = diagnose(*a);
        const Diagnosis db = diagnose(*b);
        std::map<std::string, std::size_t> joinsA, joinsB;
        const auto key = [](const Incident& incident, const Diagnosis& d, std::size_t row) {
            const std::uint32_t request = d.app.request[row];
            const std::string id = request == kNoAppRow
                                       ? std::string("-")
                                       : incident.requestIdText(incident.tables.requests.requestId[request]);
            return std::string(appJoinId(d.app.join[row])) + ":" + id + ":" +
                   std::to_string(incident.tables.apps.instance[row]) + ":" +
                   std::to_string(incident.tables.apps.time[row]);
        };
        for (std::size_t row = 0; row < a->tables.apps.size(); ++row)
            ++joinsA[key(*a, da, row)];
        for (std::size_t row = 0; row < b->tables.apps.size(); ++row)
            ++joinsB[key(*b, db, row)];
        QCOMPARE(joinsB, joinsA);
        std::size_t byId = 0;
        for (const AppJoin join : db.app.join)
            byId += join == AppJoin::ById ? 1 : 0;
        QVERIFY(byId > 10);
    }

    // fuzz_envelope: 13-digit milliseconds past 2262 overflowed the conversion to nanoseconds.
    void epochsPastTheNanosecondRangeAreNoTime()
    {
        QCOMPARE(envelopeFacts("{\"date\":9613683352360}", EnvelopeStyle::Json).time, kNoTime);
        QCOMPARE(envelopeFacts("{\"timestamp\":9999999999999999}", EnvelopeStyle::Json).time, kNoTime);
        QCOMPARE(envelopeFacts("{\"date\":9223372036854}", EnvelopeStyle::Json).time,
                 TimeNs{9'223'372'036'854'000'000});
        QCOMPARE(envelopeFacts("{'date': 1613683352360}", EnvelopeStyle::PythonRepr).time, kAppTime);
    }

    // fuzz_envelope: a record found from `from` took the text before `from` as its key, so its
    // provenance pointed back at the record before it.
    void recordsFoundLaterNeverPointBack()
    {
        const std::string_view line = "[\" - [2\":\" - [2] \\\"\"";
        EmbeddedRecord e;
        QVERIFY(findEmbeddedRecord(line, 0, e));
        QCOMPARE(e.fieldAt, std::size_t{1});
        const std::size_t from = e.end;
        QVERIFY(findEmbeddedRecord(line, from, e));
        QVERIFY(e.fieldAt >= from);
        QCOMPARE(e.begin, std::size_t{10});
    }

    // Azure Application Gateway's export as written to storage: one pretty-printed document.
    void azurePrettyDocumentImports()
    {
        const std::string bytes =
            "{\n"
            "  \"records\": [\n"
            "    {\n"
            "      \"time\": \"2026-12-06T10:16:00.0040000Z\",\n"
            "      \"resourceId\": "
            "\"/SUBSCRIPTIONS/0000/RESOURCEGROUPS/CF/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/"
            "CF-AGW\",\n"
            "      \"operationName\": \"ApplicationGatewayAccess\",\n"
            "      \"category\": \"ApplicationGatewayAccessLog\",\n"
            "      \"properties\": {\n"
            "        \"instanceId\": \"appgw_1\",\n"
            "        \"clientIP\": \"198.51.100.7\",\n"
            "        \"clientPort\": 40112,\n"
            "        \"httpMethod\": \"POST\",\n"
            "        \"originalRequestUriWithArgs\": \"/reports?year=2026\",\n"
            "        \"userAgent\": \"Go-http-client/1.1 {\\\"x\\\": [1]}\",\n"
            "        \"httpStatus\": 504,\n"
            "        \"timeTaken\": 30.002,\n"
            "        \"host\": \"app.example.com\",\n"
            "        \"serverRouted\": \"10.0.16.6:80\",\n"
            "        \"serverStatus\": \"-\",\n"
            "        \"error_info\": \"ERRORINFO_UPSTREAM_TIMED_OUT\",\n"
            "        \"transactionId\": \"8d5c1f0e2b7a4c3d9e6f1a2b3c4d5e6f\"\n"
            "      }\n"
            "    },\n"
            "    {\"time\": \"2026-12-06T10:15:02.1180000Z\", \"operationName\": "
            "\"ApplicationGatewayAccess\", \"category\": \"ApplicationGatewayAccessLog\", \"properties\": "
            "{\"clientIP\": \"203.0.113.25\", \"httpMethod\": \"GET\", \"requestUri\": \"/orders\", "
            "\"httpStatus\": 200, \"timeTaken\": 0.041, \"host\": \"app.example.com\", \"serverRouted\": "
            "\"10.0.16.5:80\", \"serverStatus\": \"200\"}},\n"
            "    {\n"
            "      \"time\": \"2026-12-06T10:15:03.0000000Z\",\n"
            "      \"operationName\": \"ApplicationGatewayAccess\",\n"
            "      \"category\": \"ApplicationGatewayAccessLog\",\n"
            "      \"properties\": {\n"
            "        \"clientIP\": \"203.0.113.26\",\n"
            "        \"httpMethod\": \"GET\",\n"
            "        \"requestUri\": \"/a]}\",\n"
            "        \"httpStatus\": 502,\n"
            "        \"timeTaken\": 0.002,\n"
            "        \"host\": \"app.example.com\",\n"
            "        \"serverRouted\": \"10.0.16.5:80\",\n"
            "        \"serverStatus\": \"-\"\n"
            "      }\n"
            "    }\n"
            "  ]\n"
            "}\n";
        const auto incident = importText("PT1H.json", bytes);
        QVERIFY(incident);
        QCOMPARE(incident->report.files.front().kind, FileKind::LbLog);
        QCOMPARE(incident->report.skippedLines(), std::uint64_t{0});
        const LbTable& lb = incident->tables.lb;
        QCOMPARE(lb.size(), std::size_t{3});
        QCOMPARE(lb.status[0], std::uint16_t{504});
        QCOMPARE(lb.status[1], std::uint16_t{200});
        QCOMPARE(lb.status[2], std::uint16_t{502});
        QCOMPARE(incident->str(lb.requestId[0]), std::string_view("8d5c1f0e2b7a4c3d9e6f1a2b3c4d5e6f"));
        // Provenance: each record's first line.
        QCOMPARE(lb.source.offset[0], std::uint64_t(bytes.find("    {\n")));
        QCOMPARE(lb.source.offset[1], std::uint64_t(bytes.find("    {\"time\"")));
        QCOMPARE(lb.source.offset[2], std::uint64_t(bytes.rfind("    {\n")));
        QCOMPARE(incident->rawLine(lb.source, 0).view(), std::string_view("    {"));
        // A document cut short keeps the records before the cut and says where it stopped.
        const std::size_t cut = bytes.rfind("\"serverRouted\"");
        const auto truncated = importText("PT1H.json", bytes.substr(0, cut));
        QVERIFY(truncated);
        QCOMPARE(truncated->tables.lb.size(), std::size_t{2});
        QCOMPARE(truncated->report.skippedLines(), std::uint64_t{1});
        QCOMPARE(truncated->report.files.front().skipped.front().reason, SkipReason::JsonTruncated);
    }
};

QTEST_GUILESS_MAIN(TestEnvelopeApps)
#include "tst_envelopeapps.moc"
