// Access records inside envelopes and exports (firehose JSON, syslog-wrapped JSON, drain event
// exports, Python dicts, Splunk/Kibana/Loki exports), and after prefixes nobody listed: found by
// the record's shape, parsed by the strict parser, highlighted at their place in the raw line.
#include "core/formats/accesslog.h"
#include "core/formats/envelope.h"
#include "core/formats/fieldspans.h"
#include "core/formats/wrappers.h"
#include "core/util/timeparse.h"

#include <QFile>
#include <QTest>

#include <string>

using namespace rs;

namespace {

// A 2017-era record (ISO milliseconds, rr 0.143–0.195), as a router wrote it.
constexpr std::string_view kInner =
    "myapp.example.com - [2017-06-14T09:10:11.100+0000] \"GET /health?x=\\\"q\\\" HTTP/1.1\" 200 0 17 \"-\" "
    "\"curl/7.54.0\" \"10.0.0.5:51234\" \"10.0.16.4:61001\" x_forwarded_for:\"203.0.113.9, 10.0.0.5\" "
    "x_forwarded_proto:\"https\" vcap_request_id:\"5f1c9a3e-1b2c-4d5e-6f70-8192a3b4c5d6\" "
    "response_time:0.023411 app_id:\"3f3d1d2a-6b7c-4d8e-9f01-234567890abc\" app_index:\"0\"";

QByteArray qb(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string jsonEscaped(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

std::string pythonEscaped(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

std::string csvEscaped(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out;
}

std::string firehoseJson(std::string_view record, std::string_view instance = "0")
{
    return "{\"cf_app_id\":\"3f3d1d2a-6b7c-4d8e-9f01-234567890abc\",\"cf_app_name\":\"myapp\",\"cf_org_"
           "name\":\"myorg\","
           "\"cf_origin\":\"firehose\",\"cf_space_name\":\"dev\",\"event_type\":\"LogMessage\",\"level\":"
           "\"info\","
           "\"message_type\":\"OUT\",\"msg\":\"" +
           jsonEscaped(record) + "\\n\",\"origin\":\"gorouter\",\"source_instance\":\"" +
           std::string(instance) +
           "\",\"source_type\":\"RTR\",\"time\":\"2017-06-14T09:10:11Z\",\"timestamp\":1497431411123456789}";
}

AccessRecord parsed(std::string_view payload, bool& ok)
{
    static AccessLogParser parser;
    AccessRecord record;
    ok = !parser.parse(payload, record).has_value();
    return record;
}

} // namespace

class TestEnvelopes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void envelopesGiveTheRecordBack_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("wrapper");
        const std::string json = jsonEscaped(kInner);
        QTest::newRow("firehose-to-syslog JSON") << qb(firehoseJson(kInner)) << int(EnvelopeStyle::Json)
                                                 << QByteArray("msg") << QByteArray("json:msg");
        QTest::newRow("same after RFC 3164 header from doppler")
            << qb("<14>2017-06-14T09:10:11Z 10.0.0.7 doppler[2114]: " + firehoseJson(kInner))
            << int(EnvelopeStyle::Json) << QByteArray("msg") << QByteArray("syslog_rfc3164+json:msg");
        QTest::newRow("same after RFC 5424 header")
            << qb("<14>1 2017-06-14T09:10:11.000Z doppler-0 doppler 2114 - - " + firehoseJson(kInner))
            << int(EnvelopeStyle::Json) << QByteArray("msg") << QByteArray("syslog_rfc5424+json:msg");
        QTest::newRow("same in an rsyslog file, no PRI")
            << qb("Jun 14 09:10:11 10.0.0.7 doppler[2114]: " + firehoseJson(kInner))
            << int(EnvelopeStyle::Json) << QByteArray("msg") << QByteArray("syslog_rfc3164+json:msg");
        QTest::newRow("drain event exported as JSON")
            << qb("{\"facility\":1,\"severity\":6,\"timestamp\":1497431411123,\"hostname\":\"myorg.dev."
                  "myapp\","
                  "\"appname\":\"3f3d1d2a-6b7c-4d8e-9f01-234567890abc\",\"procid\":\"[RTR/"
                  "1]\",\"message\":\"" +
                  json + "\\n\"}")
            << int(EnvelopeStyle::Json) << QByteArray("message") << QByteArray("json:message");
        QTest::newRow("Python dict dump")
            << qb("{'date': 1497431411123, 'message': '" + pythonEscaped(kInner) +
                  "\\n', 'sourceType': 'RTR', 'sourceId': '0', 'messageType': 'OUT'}")
            << int(EnvelopeStyle::PythonRepr) << QByteArray("message") << QByteArray("python_dict:message");
        QTest::newRow("Splunk JSON export")
            << qb("{\"preview\":false,\"result\":{\"_serial\":\"0\",\"host\":\"router-0\",\"_raw\":\"" +
                  json + "\",\"_time\":\"2017-06-14T09:10:11.100+00:00\"}}")
            << int(EnvelopeStyle::Json) << QByteArray("_raw") << QByteArray("json:_raw");
        QTest::newRow("docker/fluentd log key")
            << qb("{\"log\":\"" + json + "\\n\",\"stream\":\"stdout\",\"time\":\"2017-06-14T09:10:11.2Z\"}")
            << int(EnvelopeStyle::Json) << QByteArray("log") << QByteArray("json:log");
        QTest::newRow("Loki logcli jsonl")
            << qb("{\"labels\":{\"source_type\":\"RTR\"},\"line\":\"" + json +
                  "\",\"timestamp\":\"2017-06-14T09:10:11.1Z\"}")
            << int(EnvelopeStyle::Json) << QByteArray("line") << QByteArray("json:line");
        QTest::newRow("pretty JSON member")
            << qb("    \"message\": \"" + json + "\",") << int(EnvelopeStyle::Json) << QByteArray("message")
            << QByteArray("json:message");
        QTest::newRow("Kibana CSV row")
            << qb("\"Jun 14, 2017 @ 09:10:11.100\",\"" + csvEscaped(kInner) + "\",router/0")
            << int(EnvelopeStyle::Csv) << QByteArray() << QByteArray("csv:column2");
        QTest::newRow("TSV row") << qb("2017-06-14T09:10:11Z\t" + std::string(kInner) + "\trouter/0")
                                 << int(EnvelopeStyle::Bare) << QByteArray() << QByteArray("tsv:column2");
        QTest::newRow("Loki logcli text")
            << qb("2017-06-14T09:10:11Z {app=\"myapp\", source_type=\"RTR\"} " + std::string(kInner))
            << int(EnvelopeStyle::Bare) << QByteArray() << QByteArray("loki_logcli");
    }

    void envelopesGiveTheRecordBack()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, style);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, wrapper);
        const std::string_view view(line.constData(), static_cast<std::size_t>(line.size()));
        const Unwrapped u = unwrap(view);
        QCOMPARE(int(u.embedded.style), style);
        QCOMPARE(qb(u.embedded.key), key);
        QCOMPARE(qb(u.payload), qb(kInner));
        QCOMPARE(QByteArray::fromStdString(wrapperId(u)), wrapper);
        bool ok = false;
        const AccessRecord r = parsed(u.payload, ok);
        QVERIFY(ok);
        QCOMPARE(qb(r.uri), QByteArray("/health?x=\"q\""));
        QCOMPARE(qb(r.vcapRequestId), QByteArray("5f1c9a3e-1b2c-4d5e-6f70-8192a3b4c5d6"));
        QCOMPARE(r.era, AccessEra::Iso2017);
    }

    // Highlighting: every span of the record lands on the same field in the raw envelope line.
    void spansPointIntoTheEnvelope_data() { envelopesGiveTheRecordBack_data(); }
    void spansPointIntoTheEnvelope()
    {
        QFETCH(QByteArray, line);
        const std::string_view view(line.constData(), static_cast<std::size_t>(line.size()));
        const auto spans = fields::fieldSpans(FileKind::AccessLog, view);
        QByteArray host, request, vcap, uri;
        for (const auto& s : spans) {
            const QByteArray text = qb(view.substr(s.offset, s.length));
            if (s.role == fields::FieldRole::Host)
                host = text;
            else if (s.role == fields::FieldRole::RequestId)
                vcap = text;
            else if (s.role == fields::FieldRole::Uri)
                uri = text;
        }
        QCOMPARE(host, QByteArray("myapp.example.com"));
        QCOMPARE(vcap, QByteArray("5f1c9a3e-1b2c-4d5e-6f70-8192a3b4c5d6"));
        // The URI as it is written in the envelope: escaped once more by JSON/Python/CSV.
        QVERIFY2(uri.startsWith("/health?x=") && uri.size() > 12, uri.constData());
        QVERIFY(!spans.empty());
        QCOMPARE(spans.front().role, fields::FieldRole::Prefix);
        for (std::size_t i = 1; i < spans.size(); ++i)
            QVERIFY(spans[i].offset >= spans[i - 1].offset + spans[i - 1].length);
    }

    void envelopeFactsAreRead()
    {
        const std::string line = firehoseJson(kInner, "3");
        const EnvelopeFacts f = envelopeFacts(line, EnvelopeStyle::Json);
        QCOMPARE(qb(f.appId), QByteArray("3f3d1d2a-6b7c-4d8e-9f01-234567890abc"));
        QCOMPARE(qb(f.appName), QByteArray("myapp"));
        QCOMPARE(qb(f.orgName), QByteArray("myorg"));
        QCOMPARE(qb(f.spaceName), QByteArray("dev"));
        QCOMPARE(qb(f.sourceType), QByteArray("RTR"));
        QCOMPARE(qb(f.sourceInstance), QByteArray("3"));
        QCOMPARE(qb(f.origin), QByteArray("gorouter"));
        QCOMPARE(formatTimeUtc(f.time), std::string("2017-06-14T09:10:11.000000000Z"));

        const std::string drain = "{\"timestamp\":1497431411123,\"procid\":\"[RTR/2]\",\"message\":\"x\"}";
        const EnvelopeFacts d = envelopeFacts(drain, EnvelopeStyle::Json);
        QCOMPARE(qb(d.sourceType), QByteArray("RTR"));
        QCOMPARE(qb(d.sourceInstance), QByteArray("2"));
        QCOMPARE(formatTimeUtc(d.time), std::string("2017-06-14T09:10:11.123000000Z"));

        const std::string python =
            "{'date': 1497431411123, 'message': 'x', 'sourceType': 'RTR', 'sourceId': '1'}";
        const EnvelopeFacts p = envelopeFacts(python, EnvelopeStyle::PythonRepr);
        QCOMPARE(qb(p.sourceInstance), QByteArray("1"));
        QCOMPARE(formatTimeUtc(p.time), std::string("2017-06-14T09:10:11.123000000Z"));
    }

    // Search results and one-line arrays: every record, each found again from its own field.
    void severalRecordsInOneLine()
    {
        const std::string second = std::string(kInner).replace(kInner.find("5f1c9a3e"), 8, "7a7a7a7a");
        const std::string line =
            "[{\"message\":\"" + jsonEscaped(kInner) + "\"},{\"message\":\"" + jsonEscaped(second) + "\"}]";
        Unwrapped u = unwrap(line);
        QCOMPARE(qb(u.payload), qb(kInner));
        QVERIFY(unwrapNext(line, u.embedded.end, u));
        QCOMPARE(qb(u.payload), qb(second));
        const std::size_t at = u.embedded.fieldAt;
        QVERIFY(line.compare(at, 11, "\"message\":\"") == 0);
        // Re-read from where the provenance points: the same record comes back first.
        QCOMPARE(qb(unwrap(std::string_view(line).substr(at)).payload), qb(second));
        QVERIFY(!unwrapNext(line, u.embedded.end, u));
    }

    void unknownPrefixesFoundByShape_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("RFC 3164 without PRI, IP host, padded job/index tag")
            << QByteArray("Jun 14 09:10:11 10.0.16.9 gorouter  [job=router index=0]  ");
        QTest::newRow("console time-only before [RTR.n] without stream")
            << QByteArray("09:10:11.10 [RTR.1]  ");
        QTest::newRow("cut -f of a TSV, leading space") << QByteArray("\t  ");
        QTest::newRow("kubectl timestamps") << QByteArray("2017-06-14T09:10:11.100000000Z stdout F ");
    }

    void unknownPrefixesFoundByShape()
    {
        QFETCH(QByteArray, prefix);
        const std::string line = prefix.toStdString() + std::string(kInner);
        const Unwrapped u = unwrap(line);
        QCOMPARE(qb(u.payload), qb(kInner));
        QCOMPARE(u.embedded.style, EnvelopeStyle::Bare);
        if (u.outer == WrapperKind::UnknownPrefix)
            QCOMPARE(qb(u.unknownPrefix), prefix);
    }

    // Real lines of other programs (tests/data/samples, provenance in SOURCES.md), and lines that
    // merely contain "- [": none becomes a record.
    void noFalseRecords_data()
    {
        QTest::addColumn<QByteArray>("line");
        for (const char* name :
             {"gorouter-stdout-zap-rfc3339.log", "gorouter-log-bracket-prefixed-2017-2018.log",
              "gorouter-stderr-go-log.log", "gorouter-stdout-lager-2016.log", "diego-lager-rep-bbs.log",
              "lrps-stale-route-detector-unit.jsonl",
              "routes-gorouter-pool-marshal-test-expectations.jsonl"}) {
            QFile file(QStringLiteral(ROUTESCOPE_TEST_DATA "/samples/") + QString::fromLatin1(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            int n = 0;
            while (!file.atEnd()) {
                const QByteArray line = file.readLine().trimmed();
                ++n;
                if (!line.isEmpty())
                    QTest::addRow("%s:%d", name, n) << line;
            }
        }
        QTest::newRow("shell prompt") << QByteArray("user@host:~$ ls - [2017-06-14] \"x\" 200 0 \"a\" \"b\"");
        QTest::newRow("diff hunk") << QByteArray("- [2017-06-14T09:10:11Z] removed \"GET / HTTP/1.1\" 200");
        QTest::newRow("markdown list")
            << QByteArray("* note - [2019-10-31T00:11:09.329+0000] \"GET / HTTP/1.1\" was slow, see ticket");
        QTest::newRow("json message with a dash bracket")
            << QByteArray("{\"message\":\"retry - [1] attempt\",\"data\":{\"x - [2\":\"y\"}}");
    }

    void noFalseRecords()
    {
        QFETCH(QByteArray, line);
        const std::string_view view(line.constData(), static_cast<std::size_t>(line.size()));
        const Unwrapped u = unwrap(view);
        QCOMPARE(u.embedded.style, EnvelopeStyle::None);
        EmbeddedRecord e;
        QVERIFY(!findEmbeddedRecord(view, 0, e));
    }

    // The search stops after kMaxPrefixBytes: a record behind a longer prefix is not looked for.
    void prefixSearchIsBounded()
    {
        const std::string near = std::string(kMaxPrefixBytes - 40, 'x') + " " + std::string(kInner);
        QCOMPARE(unwrap(near).embedded.style, EnvelopeStyle::Bare);
        const std::string far = std::string(kMaxPrefixBytes + 10, 'x') + " " + std::string(kInner);
        QCOMPARE(unwrap(far).embedded.style, EnvelopeStyle::None);
    }

    void decodingMapsEveryByte()
    {
        const std::string line = "{\"msg\":\"a\\\"b\\u00e9c\\n\"}";
        EmbeddedRecord e;
        e.style = EnvelopeStyle::Json;
        e.begin = 8;
        e.end = line.size() - 2;
        std::string text;
        std::vector<std::uint32_t> map;
        decodeEmbedded(line, e, text, &map);
        QCOMPARE(qb(text), QByteArray("a\"b\xC3\xA9"
                                      "c"));
        QCOMPARE(map.size(), text.size() + 1);
        QCOMPARE(map[0], 8u);  // a
        QCOMPARE(map[1], 9u);  // \" starts at 9
        QCOMPARE(map[2], 11u); // b
        QCOMPARE(map[3], 12u); // both bytes of é come from \u00e9
        QCOMPARE(map[4], 12u);
        QCOMPARE(map[5], 18u); // c
        QCOMPARE(map[6], 19u); // the dropped \n: one past the text
    }
};

QTEST_GUILESS_MAIN(TestEnvelopes)
#include "tst_envelopes.moc"
