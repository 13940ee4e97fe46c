// App log lines ([APP/PROC/WEB/n] in cf logs output and drains): the parser's fields and ids,
// and the importer reading them by content beside the [RTR/n] access lines of the same output.
#include "core/formats/applog.h"
#include "core/formats/detect.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

bool parseLine(std::string_view line, AppLogLine& out)
{
    const Unwrapped u = unwrap(line);
    return applog::parse(u.logSource, u.stream, u.wrapperTime, u.payload, out);
}

// A `cf logs APP` output: the header, app lines, and Gorouter's access lines for the app.
constexpr std::string_view kCfLogs =
    "Retrieving logs for app orders in org acme / space prod as admin...\n"
    "\n"
    "   2026-12-06T10:15:02.11+0000 [APP/PROC/WEB/0] OUT Started GET \"/orders/42\" "
    "x_vcap_request_id=7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b\n"
    "   2026-12-06T10:15:02.15+0000 [RTR/1] OUT orders.example.com - [2026-12-06T10:15:02.100000000Z] "
    "\"GET /orders/42 HTTP/1.1\" 500 0 120 \"-\" \"curl/8.5\" \"10.0.0.5:51234\" \"10.0.16.5:61012\" "
    "x_forwarded_for:\"198.51.100.7\" x_forwarded_proto:\"https\" "
    "vcap_request_id:\"7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b\" response_time:0.050000 gorouter_time:0.000100 "
    "app_id:\"5a1b2c3d-0000-4000-8000-000000000001\" app_index:\"0\" instance_id:\"-\" "
    "x_cf_routererror:\"-\" x_b3_traceid:\"-\" x_b3_spanid:\"-\" x_b3_parentspanid:\"-\" b3:\"-\"\n"
    "   2026-12-06T10:15:02.14+0000 [APP/PROC/WEB/0] ERR java.lang.NullPointerException: order 42\n"
    "   2026-12-06T10:15:03.00+0000 [APP/PROC/WEB/1] OUT healthy\n";

} // namespace

class TestAppLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sources_data();
    void sources();
    void fields();
    void drain();
    void requestIds_data();
    void requestIds();
    void traceIds_data();
    void traceIds();
    void errors_data();
    void errors();
    void header();
    void detectedByContent();
    void importedBesideAccessLines();
};

void TestAppLog::sources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("app");
    QTest::addColumn<int>("instance");
    QTest::addColumn<QString>("type");
    QTest::newRow("web process") << "APP/PROC/WEB/3" << true << 3 << "WEB";
    QTest::newRow("old cli") << "APP/0" << true << 0 << "";
    QTest::newRow("task") << "APP/TASK/migrate/0" << true << 0 << "migrate";
    QTest::newRow("bare") << "APP" << true << -1 << "";
    QTest::newRow("router") << "RTR/0" << false << -1 << "";
    QTest::newRow("staging") << "STG/0" << false << -1 << "";
    QTest::newRow("api") << "API/1" << false << -1 << "";
    QTest::newRow("appish") << "APPLE/0" << false << -1 << "";
    // fuzz_applog: a long last part once overflowed the index sum.
    QTest::newRow("long index") << QStringLiteral("APP/PROC/WEB/") + QString(400, QLatin1Char('9')) << true
                                << -1 << "WEB";
    QTest::newRow("seven digits") << "APP/PROC/WEB/1234567" << true << -1 << "WEB";
    QTest::newRow("six digits") << "APP/PROC/WEB/123456" << true << 123456 << "WEB";
    QTest::newRow("letters") << "APP/PROC/WEB/zz" << true << -1 << "WEB";
}

void TestAppLog::sources()
{
    QFETCH(QString, source);
    QFETCH(bool, app);
    QFETCH(int, instance);
    QFETCH(QString, type);
    const std::string s = source.toStdString();
    QCOMPARE(applog::isAppSource(s), app);
    AppLogLine line;
    QCOMPARE(applog::parse(s, "OUT", 5, "hello", line), app);
    if (!app)
        return;
    QCOMPARE(line.instance, instance);
    QCOMPARE(QString::fromUtf8(line.processType.data(), static_cast<int>(line.processType.size())), type);
    QCOMPARE(line.time, TimeNs{5});
    QCOMPARE(line.text, std::string_view("hello"));
}

void TestAppLog::fields()
{
    AppLogLine line;
    QVERIFY(parseLine("   2026-12-06T10:15:02.11+0000 [APP/PROC/WEB/2] ERR boom: it broke\r", line));
    QCOMPARE(line.instance, 2);
    QCOMPARE(line.stream, AppStream::Err);
    QCOMPARE(line.text, std::string_view("boom: it broke"));
    // 2026-12-06T10:15:02.11Z in ns.
    QCOMPARE(line.time, TimeNs{1796552102110000000});
    QVERIFY(parseLine("2026-12-06T10:15:02.11+0000 [APP/PROC/WEB/0] OUT ok", line));
    QCOMPARE(line.stream, AppStream::Out);
    // Router lines are never app lines.
    QVERIFY(!parseLine("2026-12-06T10:15:02.11+0000 [RTR/0] OUT host - [x] \"GET / HTTP/1.1\" 200", line));
    QVERIFY(!parseLine("plain text without a wrapper", line));
}

void TestAppLog::drain()
{
    // RFC 5424 from a syslog drain: HOSTNAME org.space.app, APP-NAME the app guid, PROCID the source.
    AppLogLine line;
    const Unwrapped u = unwrap("<14>1 2026-12-06T10:15:02.118000+00:00 acme.prod.orders "
                               "5a1b2c3d-0000-4000-8000-000000000001 [APP/PROC/WEB/1] - - listening on 8080");
    QCOMPARE(u.logSource, std::string_view("APP/PROC/WEB/1"));
    QVERIFY(applog::parse(u.logSource, u.stream, u.wrapperTime, u.payload, line));
    QCOMPARE(line.instance, 1);
    QCOMPARE(line.text, std::string_view("listening on 8080"));
}

void TestAppLog::requestIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    const QString id = QStringLiteral("7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b");
    QTest::newRow("json") << R"({"msg":"done","vcap_request_id":"7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b"})"
                          << id;
    QTest::newRow("header") << "X-Vcap-Request-Id: 7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b GET /" << id;
    QTest::newRow("key=value") << "request_id=7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b status=500" << id;
    QTest::newRow("camel") << "requestId='7F3E9C1A-2B4D-4E6F-8A1B-3C5D7E9F0A2B'"
                           << "7F3E9C1A-2B4D-4E6F-8A1B-3C5D7E9F0A2B";
    QTest::newRow("unnamed uuid") << "order 7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b shipped"
                                  << "";
    QTest::newRow("instance guid far from key")
        << "request handled by instance guid 7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b"
        << "";
    QTest::newRow("too long") << "request_id=7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2bff"
                              << "";
    QTest::newRow("short") << "request_id=7f3e9c1a-2b4d"
                           << "";
}

void TestAppLog::requestIds()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    const std::string s = text.toStdString();
    QCOMPARE(QString::fromStdString(std::string(applog::findVcapRequestId(s))), id);
}

void TestAppLog::traceIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    const QString t32 = QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736");
    QTest::newRow("traceparent") << "traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
                                 << t32;
    QTest::newRow("spring")
        << "INFO [orders,4bf92f3577b34da6a3ce929d0e0e4736] traceId=4bf92f3577b34da6a3ce929d0e0e4736 x" << t32;
    QTest::newRow("b3 header") << "b3: 4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1" << t32;
    QTest::newRow("x-b3 64-bit") << "X-B3-TraceId: 463ac35c9f6413ad"
                                 << "463ac35c9f6413ad";
    QTest::newRow("json") << R"({"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"})" << t32;
    QTest::newRow("wrong length") << "traceId=4bf92f3577b34da6a3ce9"
                                  << "";
    QTest::newRow("b3 without span") << "b3=4bf92f3577b34da6a3ce929d0e0e4736 ok"
                                     << "";
    QTest::newRow("nothing") << "GET /orders 200 12ms"
                             << "";
}

void TestAppLog::traceIds()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    const std::string s = text.toStdString();
    QCOMPARE(QString::fromStdString(std::string(applog::findTraceId(s))), id);
}

void TestAppLog::errors_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("error");
    QTest::newRow("stderr") << "ERR"
                            << "anything" << true;
    QTest::newRow("go panic") << "OUT"
                              << "panic: runtime error: index out of range" << true;
    QTest::newRow("java") << "OUT"
                          << "java.lang.IllegalStateException: closed" << true;
    QTest::newRow("python") << "OUT"
                            << "Traceback (most recent call last):" << true;
    QTest::newRow("json level") << "OUT"
                                << R"({"level":"error","msg":"db down"})" << true;
    QTest::newRow("info") << "OUT"
                          << "GET /orders 200 12ms" << false;
}

void TestAppLog::errors()
{
    QFETCH(QString, stream);
    QFETCH(QString, text);
    QFETCH(bool, error);
    const std::string s = stream.toStdString(), t = text.toStdString();
    AppLogLine line;
    QVERIFY(applog::parse("APP/PROC/WEB/0", s, 0, t, line));
    QCOMPARE(applog::isErrorLine(line), error);
}

void TestAppLog::header()
{
    QCOMPARE(applog::cfLogsHeaderApp("Retrieving logs for app orders in org acme / space prod as admin..."),
             std::string_view("orders"));
    QCOMPARE(applog::cfLogsHeaderApp("Retrieving logs for app  in org x"), std::string_view());
    QCOMPARE(applog::cfLogsHeaderApp("2026 Retrieving logs for app orders in org acme"), std::string_view());
}

void TestAppLog::detectedByContent()
{
    const std::string onlyApp = "2026-12-06T10:15:02.11+0000 [APP/PROC/WEB/0] OUT one\n"
                                "2026-12-06T10:15:02.12+0000 [APP/PROC/WEB/1] ERR two\n";
    const KindGuess guess = detectKind(onlyApp);
    QCOMPARE(guess.kind, FileKind::AppLog);
    QVERIFY(guess.mixed);
    // A Gorouter JSON line in the text of an app line is still the app's.
    const std::string quoted =
        "2026-12-06T10:15:02.11+0000 [APP/PROC/WEB/0] OUT "
        R"({"log_level":1,"timestamp":1796552102.1,"message":"vcap-request-id","source":"vcap.gorouter"})"
        "\n";
    QCOMPARE(detectKind(quoted).kind, FileKind::AppLog);
}

void TestAppLog::importedBesideAccessLines()
{
    QTemporaryDir dir;
    for (const bool gzip : {false, true}) {
        const QString path =
            dir.filePath(gzip ? QStringLiteral("orders.log.gz") : QStringLiteral("orders.log"));
        QByteArray bytes(kCfLogs.data(), static_cast<qsizetype>(kCfLogs.size()));
        if (gzip) {
            // qCompress is zlib, not gzip: write the plain file and gzip it with the system tool.
            QFile plain(dir.filePath(QStringLiteral("orders-gz.log")));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write(bytes);
            plain.close();
            QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-n"), plain.fileName()}), 0);
            QVERIFY(QFile::rename(plain.fileName() + QStringLiteral(".gz"), path));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const auto incident = Importer().importPaths({path.toStdString()});
        QCOMPARE(incident->tables.requests.size(), std::size_t{1});
        const AppLogTable& apps = incident->tables.apps;
        QCOMPARE(apps.size(), std::size_t{3});
        QCOMPARE(incident->report.files.front().kind, FileKind::AppLog);
        QCOMPARE(incident->report.skippedLines(), std::uint64_t{0});
        QCOMPARE(incident->str(apps.app[0]), std::string_view("orders"));
        QCOMPARE(apps.instance[0], std::int16_t{0});
        QCOMPARE(apps.instance[2], std::int16_t{1});
        QCOMPARE(apps.stream[1], AppStream::Err);
        QCOMPARE(apps.error[1], std::uint8_t{1});
        QCOMPARE(apps.error[2], std::uint8_t{0});
        QCOMPARE(apps.text(incident->rawLine(apps.source, 1).view(), 1),
                 std::string_view("java.lang.NullPointerException: order 42"));
        QCOMPARE(incident->requestIdText(apps.vcapRequestId[0]),
                 std::string("7f3e9c1a-2b4d-4e6f-8a1b-3c5d7e9f0a2b"));
        QVERIFY(apps.vcapRequestId[2].empty());
    }
}

QTEST_GUILESS_MAIN(TestAppLog)
#include "tst_applog.moc"
