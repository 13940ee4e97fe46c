// A customer line whose quoted values hold a raw NUL and invalid UTF-8 (a torn write, a hostile
// client): it is imported as a request, counted under its own reason in the import report, and
// every output of the real binary (exit status 1: the kept line is an input problem it reports) (requests as
// text, CSV and JSON lines, summary JSON, the chart CSV, the HTML and PDF reports) shows those bytes as
// escapeForDisplay writes them, never raw.
#include "core/util/textescape.h"
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

using Run = rs::test::ProcessRun;

Run run(const QString& program, const QStringList& arguments)
{
    return rs::test::runProcess(program, arguments);
}

// Raw bytes in four quoted values: the request line, the User-Agent, the backend and the
// vcap_request_id.
const std::string kUri("/p\0q\xff", 5);
const std::string kBackend("10.0.16.5:61\0\xff", 14);
const std::string kRequestId("bad\0id\xfe", 7);
const std::string kAgent("curl/8\0\xc3", 8);

std::string line(int second, const std::string& uri, const std::string& agent, const std::string& id,
                 int status, const std::string& backend = "10.0.16.5:61012")
{
    return "app.example.com - [2026-10-14T09:00:0" + std::to_string(second) + ".000000000Z] \"GET " + uri +
           " HTTP/1.1\" " + std::to_string(status) + " 0 67 \"-\" \"" + agent + "\" \"10.0.0.1:5000\" \"" +
           backend +
           "\" x_forwarded_for:\"1.2.3.4\" x_forwarded_proto:\"https\" "
           "vcap_request_id:\"" +
           id +
           "\" response_time:0.010000 gorouter_time:0.000100 app_id:\"a\" app_index:\"0\" instance_id:\"i\" "
           "x_cf_routererror:\"endpoint_failure (dial tcp 10.0.16.5:61012: connect: connection refused)\"\n";
}

// app_index:"0<NUL>": a value that is valid UTF-8 but for its NUL.
std::string withNulIndex(std::string text)
{
    const std::string plain = "app_index:\"0\"";
    return text.replace(text.find(plain), plain.size(), std::string("app_index:\"0\0\"", 14));
}

QByteArray bytes(const std::string& text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// No byte of the output is a NUL, and the whole output is valid UTF-8 (the 0xFF, 0xFE and the lone
// lead byte 0xC3 of the input are gone).
bool clean(const QByteArray& output)
{
    return !output.contains('\0') &&
           rs::isValidUtf8(std::string_view(output.constData(), static_cast<std::size_t>(output.size())));
}

} // namespace

class TestRawBytes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keptAndCountedUnderItsOwnReason();
    void requestsEscapeEveryFormat();
    void reportsEscape();
    void chartCsvEscapes();

private:
    QTemporaryDir m_dir;
    QString m_log;
    QByteArray m_uri, m_id, m_backend; // what escapeForDisplay makes of the raw values
};

void TestRawBytes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.path() + QStringLiteral("/access.log");
    QFile file(m_log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes(line(1, "/ok", "curl/8", "766afb19-1779-4bb9-65d4-f01306f9f912", 200) +
                     withNulIndex(line(2, kUri, kAgent, kRequestId, 502, kBackend)) +
                     line(3, "/ok", "curl/8", "766afb19-1779-4bb9-65d4-f01306f9f913", 200)));
    file.close();
    m_uri = bytes(rs::escapeForDisplay(kUri));
    m_id = bytes(rs::escapeForDisplay(kRequestId));
    m_backend = bytes(rs::escapeForDisplay(kBackend));
    QCOMPARE(m_uri, QByteArray("/p\\x00q\\xff"));
    QCOMPARE(m_id, QByteArray("bad\\x00id\\xfe"));
}

void TestRawBytes::keptAndCountedUnderItsOwnReason()
{
    const Run summary = run(kBinary, {QStringLiteral("summary"), m_log, QStringLiteral("--json")});
    QVERIFY2(clean(summary.out), summary.out.constData());
    const QJsonObject json = QJsonDocument::fromJson(summary.out).object();
    QCOMPARE(json.value(QStringLiteral("requests")).toInt(), 3);
    const QJsonArray files = json.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files[0].toObject();
    QCOMPARE(file.value(QStringLiteral("records")).toInt(), 3);
    int kept = 0;
    for (const QJsonValue& group : file.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject g = group.toObject();
        if (g.value(QStringLiteral("reason")).toString() == QStringLiteral("kept_with_raw_bytes")) {
            kept = g.value(QStringLiteral("count")).toInt();
            // The example is the line itself, escaped: the raw request id appears as text.
            const QString example = g.value(QStringLiteral("examples"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("text"))
                                        .toString();
            QVERIFY2(example.contains(QString::fromUtf8(m_id)), qPrintable(example));
        }
    }
    QCOMPARE(kept, 1);
}

void TestRawBytes::requestsEscapeEveryFormat()
{
    // Text for people (TSV).
    const Run text = run(kBinary, {QStringLiteral("requests"), m_log});
    RS_COMPARE_EXIT(text, 1); // the kept line is reported on stderr
    QVERIFY(clean(text.err));
    QVERIFY(clean(text.out));
    QCOMPARE(text.out.count('\n'), 4); // header + 3 requests
    QVERIFY(text.out.contains(m_uri));
    QVERIFY(text.out.contains(m_id));
    QVERIFY(text.out.contains(m_backend));

    // CSV.
    const Run csv = run(kBinary, {QStringLiteral("requests"), m_log, QStringLiteral("--csv")});
    RS_COMPARE_EXIT(csv, 1); // the kept line is reported on stderr
    QVERIFY(clean(csv.err));
    QVERIFY(clean(csv.out));
    QVERIFY(csv.out.contains(m_uri));
    QVERIFY(csv.out.contains(m_id));

    // JSON lines: the decoded values are the escaped text, not the bytes (a NUL written as
    // \u0000 would come back raw).
    const Run jsonl = run(kBinary, {QStringLiteral("requests"), m_log, QStringLiteral("--jsonl")});
    RS_COMPARE_EXIT(jsonl, 1); // the kept line is reported on stderr
    QVERIFY(clean(jsonl.err));
    QVERIFY(clean(jsonl.out));
    QVERIFY2(!jsonl.out.contains("\\u0000"), jsonl.out.constData());
    const QList<QByteArray> rows = jsonl.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 3);
    const QJsonObject row = QJsonDocument::fromJson(rows[1]).object();
    QCOMPARE(row.value(QStringLiteral("uri")).toString(), QString::fromUtf8(m_uri));
    QCOMPARE(row.value(QStringLiteral("vcap_request_id")).toString(), QString::fromUtf8(m_id));
    QCOMPARE(row.value(QStringLiteral("backend")).toString(), QString::fromUtf8(m_backend));
    QCOMPARE(row.value(QStringLiteral("app_index")).toString(), QStringLiteral("0\\x00"));
}

void TestRawBytes::reportsEscape()
{
    // The failed request is the report's only failing one: its request id is in the appendix.
    const QString html = m_dir.path() + QStringLiteral("/report.html");
    const Run htmlRun = run(kBinary, {QStringLiteral("report"), m_log, QStringLiteral("-o"), html});
    QVERIFY2(htmlRun.exitCode == 1, htmlRun.err.constData());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlBytes = htmlFile.readAll();
    QVERIFY(clean(htmlBytes));
    QVERIFY(htmlBytes.contains(m_id));
    QVERIFY(htmlBytes.contains(m_backend));

    const QString pdf = m_dir.path() + QStringLiteral("/report.pdf");
    const Run pdfRun = run(kBinary, {QStringLiteral("report"), m_log, QStringLiteral("-o"), pdf});
    QVERIFY2(pdfRun.exitCode == 1, pdfRun.err.constData());
    const Run pdfText = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (pdfText.exitCode != 0)
        QSKIP("pdftotext (poppler-utils) is not available");
    QVERIFY(clean(pdfText.out));
    QVERIFY2(pdfText.out.contains(m_id), pdfText.out.constData());
}

void TestRawBytes::chartCsvEscapes()
{
    // The backends chart's CSV names the failing request's backend, which holds the raw bytes.
    const QString csv = m_dir.path() + QStringLiteral("/backends.csv");
    const Run chart = run(kBinary, {QStringLiteral("chart"), m_log, QStringLiteral("--kind"),
                                    QStringLiteral("backends"), QStringLiteral("-o"), csv});
    QVERIFY2(chart.exitCode == 1, chart.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(clean(content));
    QVERIFY2(content.contains(m_backend), content.constData());
}

QTEST_GUILESS_MAIN(TestRawBytes)
#include "tst_rawbytes.moc"
