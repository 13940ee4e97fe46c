// Whole files of envelopes, exports and transitional records through the Importer: every record
// once, provenance that finds the record again, the router named by the envelope, the file's
// variant in the report, and records with raw NUL / invalid UTF-8 kept and counted.
#include "core/formats/accesslog.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"
#include "envelopequoting.h"
#include "importfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace rs;
using rs::test::csv;
using rs::test::escaped;
using rs::test::json;
using rs::test::python;

namespace {

std::string record(const std::string& id, const std::string& host = "app.example.com")
{
    return host +
           " - [2021-02-18T21:22:32.355501523Z] \"GET /p?q=\\\"x\\\" HTTP/1.1\" 200 0 62 \"-\" "
           "\"curl/7.54.0\" "
           "\"35.191.2.80:51628\" \"10.0.1.11:61002\" x_forwarded_for:\"142.105.202.35\" "
           "x_forwarded_proto:\"http\" vcap_request_id:\"" +
           id +
           "\" response_time:0.011962 gorouter_time:0.000467 app_id:\"cabd9e08-384e-4689-b868-1ba3d5d838bf\" "
           "app_index:\"0\" x_cf_routererror:\"-\" x_b3_traceid:\"9d30688835227cf3\"";
}

std::string firehose(const std::string& id, int instance)
{
    return "{\"cf_app_id\":\"cabd9e08-384e-4689-b868-1ba3d5d838bf\",\"message_type\":\"OUT\",\"msg\":\"" +
           json(record(id)) + "\\n\",\"origin\":\"gorouter\",\"source_instance\":\"" +
           std::to_string(instance) + "\",\"source_type\":\"RTR\",\"timestamp\":1613683352367000000}";
}

// Every request's id, and a check that its raw line, unwrapped and parsed again, is that request.
std::multiset<std::string> idsRereadFromRawLines(const Incident& incident)
{
    std::multiset<std::string> ids;
    const RequestTable& t = incident.tables.requests;
    AccessLogParser parser;
    AccessRecord r;
    for (std::size_t row = 0; row < t.size(); ++row) {
        const std::string id = incident.requestIdText(t.requestId[row]);
        const RawLine raw = incident.rawLine(t.source, row); // the record points into it
        if (parser.parse(unwrap(raw.view()).payload, r) || std::string(r.vcapRequestId) != id)
            ids.insert("unreadable:" + id);
        else
            ids.insert(id);
    }
    return ids;
}

const VariantEntry* entry(const std::vector<VariantEntry>& list, std::string_view id)
{
    for (const VariantEntry& e : list) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestEnvelopeImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mixedFileImportsEveryRecordOnce()
    {
        QTemporaryDir dir;
        // BOM, CRLF, bare lines, envelopes of several kinds, a line of another program, a one-line
        // JSON array holding two records, the empty message Loggregator sends after each record.
        std::string bytes = "\xEF\xBB\xBF" + record("id-bare-1") + "\r\n";
        bytes += firehose("id-firehose", 3) + "\r\n";
        bytes += "<14>2021-02-18T21:22:33Z 10.0.0.7 doppler[2114]: " + firehose("id-syslog-json", 1) + "\r\n";
        bytes += "2021-02-18T13:22:32.36-0800 [RTR/2] OUT " + record("id-cflogs") + "\r\n";
        bytes += "2021-02-18T13:22:32.36-0800 [RTR/2] OUT \r\n";
        bytes += "{'date': 1613683352367, 'message': '" + escaped(record("id-python"), '\'', '\\') +
                 "\\n', 'sourceType': 'RTR', 'sourceId': '0'}\r\n";
        bytes += "{\"log_level\":1,\"timestamp\":\"2021-02-18T21:22:33.1Z\",\"message\":\"route-registered\","
                 "\"source\":\"vcap.gorouter.registry\",\"data\":{\"uri\":\"a.example.com\"}}\r\n";
        bytes += "[{\"message\":\"" + json(record("id-array-1")) + "\"},{\"message\":\"" +
                 json(record("id-array-2")) + "\"}]\r\n";
        bytes += record("id-bare-2") + "\r\n";
        const auto incident = test::importFile(dir.filePath(QStringLiteral("capture.txt")), bytes);
        QVERIFY(incident);
        const std::multiset<std::string> expected = {"id-bare-1",  "id-firehose", "id-syslog-json",
                                                     "id-cflogs",  "id-python",   "id-array-1",
                                                     "id-array-2", "id-bare-2"};
        QCOMPARE(idsRereadFromRawLines(*incident), expected);
        QCOMPARE(incident->report.files.size(), std::size_t{1});
        const FileReport& file = incident->report.files.front();
        QCOMPARE(file.kind, FileKind::AccessLog);
        QCOMPARE(file.skippedLines(), std::uint64_t{0});
        // The gorouter JSON line is a router event of its own in a capture that mixes programs.
        QCOMPARE(incident->tables.events.size(), std::size_t{1});
        const FileVariant& v = file.variant;
        QVERIFY(entry(v.wrappers, "json:msg"));
        QCOMPARE(entry(v.wrappers, "json:msg")->count, std::uint64_t{1});
        QVERIFY(entry(v.wrappers, "syslog_rfc3164+json:msg"));
        QVERIFY(entry(v.wrappers, "python_dict:message"));
        QCOMPARE(entry(v.wrappers, "json:message")->count, std::uint64_t{2});
        QCOMPARE(entry(v.wrappers, "cf_logs")->count, std::uint64_t{1});
        QCOMPARE(entry(v.wrappers, "none")->count, std::uint64_t{2});
        QCOMPARE(entry(v.eras, "iso_nanos_z_2019")->count, std::uint64_t{8});

        // The firehose envelope names its router by BOSH index, as [RTR/N] does.
        const RequestTable& t = incident->tables.requests;
        std::map<std::string, std::string> routerOf;
        for (std::size_t row = 0; row < t.size(); ++row)
            routerOf[incident->requestIdText(t.requestId[row])] = incident->identity(t.identity[row]).display;
        QCOMPARE(routerOf["id-firehose"], std::string("router/3"));
        QCOMPARE(routerOf["id-syslog-json"], std::string("router/1"));
        QCOMPARE(routerOf["id-cflogs"], std::string("router/2"));
    }

    // Cut into pieces or not, the same records and the same variant.
    void envelopeFilesChunkLikeBareFiles()
    {
        QTemporaryDir dir;
        std::string bytes;
        for (int i = 0; i < 400; ++i)
            bytes += firehose("id-" + std::to_string(i), i % 4) + "\n";
        const auto whole = test::importFile(dir.filePath(QStringLiteral("a/firehose.json")), bytes);
        const auto pieces = test::importFile(dir.filePath(QStringLiteral("b/firehose.json")), bytes, 4096, 2);
        QVERIFY(whole && pieces);
        QCOMPARE(whole->tables.requests.size(), std::size_t{400});
        QCOMPARE(pieces->tables.requests.size(), std::size_t{400});
        QCOMPARE(idsRereadFromRawLines(*whole), idsRereadFromRawLines(*pieces));
        const FileVariant& a = whole->report.files.front().variant;
        const FileVariant& b = pieces->report.files.front().variant;
        QCOMPARE(entry(a.wrappers, "json:msg")->count, std::uint64_t{400});
        QCOMPARE(entry(b.wrappers, "json:msg")->count, std::uint64_t{400});
        QCOMPARE(entry(b.wrappers, "json:msg")->example.line, std::uint64_t{1});
        QCOMPARE(entry(a.fields, "header:x_b3_traceid")->count, std::uint64_t{400});
        QCOMPARE(entry(b.fields, "header:x_b3_traceid")->count, std::uint64_t{400});
    }

    // Kibana/OpenSearch CSV: a header, quoted fields with "" escapes, a message that ends with the
    // newline Loggregator kept (inside the quotes), and a column with a line break of its own.
    void csvExportImports()
    {
        QTemporaryDir dir;
        std::string bytes = "\"@timestamp\",message,\"cf_app_name\"\n";
        bytes +=
            "\"Feb 18, 2021 @ 21:22:32.367\",\"" + escaped(record("id-csv-1"), '"', '"') + "\n\",myapp\n";
        bytes += "\"Feb 18, 2021 @ 21:22:33.367\",\"" + escaped(record("id-csv-2"), '"', '"') +
                 "\",\"two\nlines\"\n";
        const auto incident = test::importFile(dir.filePath(QStringLiteral("export.csv")), bytes);
        QVERIFY(incident);
        QCOMPARE(idsRereadFromRawLines(*incident), (std::multiset<std::string>{"id-csv-1", "id-csv-2"}));
        const FileReport& file = incident->report.files.front();
        QCOMPARE(file.skippedLines(), std::uint64_t{0});
        QCOMPARE(entry(file.variant.wrappers, "csv:column2")->count, std::uint64_t{2});
    }

    void unknownPrefixesAreNamedInTheReport()
    {
        QTemporaryDir dir;
        std::string bytes;
        for (int i = 0; i < 3; ++i)
            bytes += "Feb 18 21:22:3" + std::to_string(i) +
                     " 10.0.16.9 gorouter  [job=router index=" + std::to_string(i) + "]  " +
                     record("id-p" + std::to_string(i)) + "\n";
        bytes += "Feb 18 21:22:39 10.0.16.9 rep  [job=diego_cell index=0]  rep - [sent 3 metrics] to "
                 "\"loggregator\" 200 ok\n";
        const auto incident = test::importFile(dir.filePath(QStringLiteral("messages")), bytes);
        QVERIFY(incident);
        QCOMPARE(incident->tables.requests.size(), std::size_t{3});
        const FileReport& file = incident->report.files.front();
        QCOMPARE(file.variant.prefixes.size(), std::size_t{1});
        const VariantEntry& prefix = file.variant.prefixes.front();
        QCOMPARE(prefix.count, std::uint64_t{3});
        QCOMPARE(prefix.id, std::string("a 9 9:9:9 9.9.9.9 a  [a=a a=9]  "));
        QCOMPARE(prefix.example.line, std::uint64_t{1});
        QVERIFY(entry(file.variant.wrappers, "unknown_prefix"));
        QCOMPARE(file.foreignLines + file.skippedLines(), std::uint64_t{1});
    }

    void rawBytesInQuotedValuesAreKept()
    {
        QTemporaryDir dir;
        std::string nul = record("id-nul");
        nul.replace(nul.find("curl/7.54.0"), 4, std::string("cu\0l", 4));
        std::string utf8 = record("id-utf8");
        utf8.replace(utf8.find("curl/7.54.0"), 4, "cu\xFFl");
        const std::string bytes =
            record("id-ok") + "\n" + nul + "\n" + utf8 + "\n" + std::string("x\0 - [", 6) + "\n";
        const auto incident = test::importFile(dir.filePath(QStringLiteral("access.log")), bytes);
        QVERIFY(incident);
        QCOMPARE(idsRereadFromRawLines(*incident),
                 (std::multiset<std::string>{"id-ok", "id-nul", "id-utf8"}));
        const FileReport& file = incident->report.files.front();
        std::uint64_t kept = 0;
        std::uint64_t binary = 0;
        for (const SkipGroup& g : file.skipped) {
            if (g.reason == SkipReason::KeptWithRawBytes) {
                kept = g.count;
                QCOMPARE(g.examples.front().line, std::uint64_t{2});
                QVERIFY(g.examples.front().text.find('\0') == std::string::npos); // shown escaped
            }
            if (g.reason == SkipReason::BinaryData)
                binary = g.count;
        }
        QCOMPARE(kept, std::uint64_t{2});
        QCOMPARE(binary, std::uint64_t{1});              // a NUL before the request: not a record
        QCOMPARE(file.skippedLines(), std::uint64_t{1}); // kept lines are not lost lines
    }
};

QTEST_GUILESS_MAIN(TestEnvelopeImport)
#include "tst_envelopeimport.moc"
