// Field spans of raw lines: each role covers exactly its field in real sample lines of every
// access-log era and wrapper, gorouter/lager JSON and stderr lines; spans are sorted, disjoint
// and inside the line for any input, truncated or garbage.
#include "core/formats/accesslog.h"
#include "core/formats/fieldspans.h"
#include "core/formats/wrappers.h"
#include "samplefiles.h"

#include <QTest>

#include <random>
#include <string>
#include <tuple>
#include <vector>

using rs::FileKind;
using rs::fields::FieldRole;
using rs::fields::FieldSpan;
using rs::fields::fieldSpans;

namespace {

// The text of the nth span with `role`; "<none>" when there is none.
std::string textOf(std::string_view line, const std::vector<FieldSpan>& spans, FieldRole role, int nth = 0)
{
    for (const FieldSpan& span : spans) {
        if (span.role == role && nth-- == 0)
            return std::string(line.substr(span.offset, span.length));
    }
    return "<none>";
}

// The value span that belongs to `key`.
std::string valueOf(std::string_view line, const std::vector<FieldSpan>& spans, std::string_view key)
{
    for (const FieldSpan& span : spans) {
        if (span.role != FieldRole::Key && span.key == key)
            return std::string(line.substr(span.offset, span.length));
    }
    return "<none>";
}

const FieldSpan* spanWithKey(const std::vector<FieldSpan>& spans, std::string_view key)
{
    for (const FieldSpan& span : spans) {
        if (span.role != FieldRole::Key && span.key == key)
            return &span;
    }
    return nullptr;
}

// The guarantees every caller relies on; a description of the first violation, empty if none.
std::string violation(std::string_view line, const std::vector<FieldSpan>& spans)
{
    std::size_t end = 0;
    for (const FieldSpan& span : spans) {
        if (span.length == 0)
            return "empty span at " + std::to_string(span.offset);
        if (span.offset > line.size() || span.length > line.size() - span.offset)
            return "span [" + std::to_string(span.offset) + ", +" + std::to_string(span.length) +
                   ") outside a line of " + std::to_string(line.size());
        if (span.offset < end)
            return "span at " + std::to_string(span.offset) + " overlaps or precedes the previous one";
        end = std::size_t{span.offset} + span.length;
    }
    return {};
}

struct SampleFile {
    const char* name;
    FileKind kind;
};

const std::vector<SampleFile> kSampleFiles = {
    {"access-file-2017-2019-iso-millis.log", FileKind::AccessLog},
    {"access-file-2019-plus-iso-nanos.log", FileKind::AccessLog},
    {"access-gorouter-unit-test-expectations.log", FileKind::AccessLog},
    {"access-parser-fixtures-handedited.log", FileKind::AccessLog},
    {"access-via-cf-logs.log", FileKind::AccessLog},
    {"access-via-syslog-drain-rfc5424.log", FileKind::AccessLog},
    {"gorouter-log-bracket-prefixed-2017-2018.log", FileKind::GorouterLog},
    {"gorouter-stdout-lager-2016.log", FileKind::GorouterLog},
    {"gorouter-stdout-zap-rfc3339.log", FileKind::GorouterLog},
    {"gorouter-stderr-go-log.log", FileKind::GorouterStderr},
    {"diego-lager-rep-bbs.log", FileKind::LagerLog},
};

const std::vector<FileKind> kKinds = {FileKind::AccessLog, FileKind::GorouterLog, FileKind::GorouterStderr,
                                      FileKind::LagerLog, FileKind::Unknown};

std::string sampleLine(const char* file, std::size_t number)
{
    const std::vector<std::string> lines = rs::test::sampleLines(file);
    return number - 1 < lines.size() ? lines[number - 1] : std::string();
}

} // namespace

class TestFieldSpans : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accessFieldsOfEachEra_data();
    void accessFieldsOfEachEra();
    void accessSpansAgreeWithTheParsedRecord();
    void wrappersAreOnePrefixSpan();
    void truncatedAccessLineKeepsWhatWasRead();
    void jsonLinesOfEachEra();
    void stderrLine();
    void everySampleLineIsWellFormed();
    void truncationsAndGarbageStayInBounds();
};

void TestFieldSpans::accessFieldsOfEachEra_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("responseTime");

    const QString none = QStringLiteral("<none>");
    QTest::newRow("2014 bare, vcap_request")
        << QStringLiteral("access-gorouter-unit-test-expectations.log") << 1
        << QStringLiteral("FakeRequestHost") << QStringLiteral("01/01/2000:00:00:00 +0000")
        << QStringLiteral("200") << QStringLiteral("http://example.com/request")
        << QStringLiteral("FakeUserAgent") << QStringLiteral("FakeRemoteAddr") << none
        << QStringLiteral("abc-123-xyz-pdq") << QStringLiteral("60.000000000");
    QTest::newRow("2016 hand-edited, one address")
        << QStringLiteral("access-parser-fixtures-handedited.log") << 1
        << QStringLiteral("parser.64.78.234.207.xip.io") << QStringLiteral("15/07/2016:09:26:25 +0000")
        << QStringLiteral("200") << QStringLiteral("/some/http")
        << QStringLiteral("Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/51.0.2704.103 Safari/537.36")
        << QStringLiteral("192.168.111.21:35826") << none
        << QStringLiteral("831e54f1-f09f-4971-6856-9fdd502d4ae3") << QStringLiteral("0.005328859");
    QTest::newRow("2017 iso millis") << QStringLiteral("access-file-2017-2019-iso-millis.log") << 1
                                     << QStringLiteral("service.apps-domain.example.com")
                                     << QStringLiteral("2019-01-28T22:15:02.499+0000")
                                     << QStringLiteral("200") << QStringLiteral("/v1/some/resource")
                                     << QStringLiteral("Apache-HttpClient/4.3.3 (java 1.5)")
                                     << QStringLiteral("10.224.16.182:63326")
                                     << QStringLiteral("10.224.28.75:61022")
                                     << QStringLiteral("e1604ad1-002c-48ff-6c44-f360e3096911")
                                     << QStringLiteral("0.007799583");
    QTest::newRow("2019 nanos") << QStringLiteral("access-file-2019-plus-iso-nanos.log") << 5
                                << QStringLiteral("www.example.com")
                                << QStringLiteral("2024-05-21T15:40:13.892179798Z") << QStringLiteral("200")
                                << QStringLiteral("/articles/ssdfws")
                                << QStringLiteral("python-requests/2.26.0")
                                << QStringLiteral("20.191.2.244:52238")
                                << QStringLiteral("10.88.195.81:61222")
                                << QStringLiteral("766afb19-1779-4bb9-65d4-f01306f9f912")
                                << QStringLiteral("0.191835");
    QTest::newRow("cf logs, 499") << QStringLiteral("access-via-cf-logs.log") << 3
                                  << QStringLiteral("dora-shubha.superman.cf-app.com")
                                  << QStringLiteral("2017-10-30T19:36:38.492+0000") << QStringLiteral("499")
                                  << QStringLiteral("/delay/10") << QStringLiteral("curl/7.35.0")
                                  << QStringLiteral("127.0.0.1:6334") << QStringLiteral("10.0.16.16:61004")
                                  << QStringLiteral("9f9b5740-430e-4731-7dea-468320eafaec")
                                  << QStringLiteral("5.002285898");
    QTest::newRow("syslog drain rfc5424")
        << QStringLiteral("access-via-syslog-drain-rfc5424.log") << 1 << QStringLiteral("example.com")
        << QStringLiteral("2021-12-24T22:20:01.429164095Z") << QStringLiteral("304")
        << QStringLiteral("/styles.css")
        << QStringLiteral("Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:95.0) Gecko/20100101 Firefox/95.0")
        << QStringLiteral("some-remote-host") << QStringLiteral("some-backend-host")
        << QStringLiteral("some-request-id") << QStringLiteral("0.008452");
}

void TestFieldSpans::accessFieldsOfEachEra()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    const std::string text = sampleLine(file.toUtf8().constData(), static_cast<std::size_t>(line));
    QVERIFY(!text.empty());
    const std::vector<FieldSpan> spans = fieldSpans(FileKind::AccessLog, text);
    QCOMPARE(violation(text, spans), std::string());

    QFETCH(QString, host);
    QFETCH(QString, timestamp);
    QFETCH(QString, status);
    QFETCH(QString, uri);
    QFETCH(QString, userAgent);
    QFETCH(QString, client);
    QFETCH(QString, backend);
    QFETCH(QString, requestId);
    QFETCH(QString, responseTime);
    for (const auto& [role, expected] :
         {std::pair{FieldRole::Host, host}, std::pair{FieldRole::Timestamp, timestamp},
          std::pair{FieldRole::Status, status}, std::pair{FieldRole::Uri, uri},
          std::pair{FieldRole::UserAgent, userAgent}, std::pair{FieldRole::ClientAddress, client},
          std::pair{FieldRole::BackendAddress, backend}, std::pair{FieldRole::RequestId, requestId},
          std::pair{FieldRole::ResponseTime, responseTime}}) {
        // The role in the compared text says which one differs.
        const QString name = QString::fromUtf8(rs::fields::fieldRoleId(role));
        QCOMPARE(name + QLatin1Char('=') + QString::fromStdString(textOf(text, spans, role)),
                 name + QLatin1Char('=') + expected);
    }
    // Keys name themselves, and their values name the key they belong to.
    const FieldSpan* idSpan =
        spanWithKey(spans, file.contains(QStringLiteral("unit-test")) ? "vcap_request" : "vcap_request_id");
    QVERIFY(idSpan != nullptr);
    QCOMPARE(idSpan->role, FieldRole::RequestId);
    QCOMPARE(textOf(text, spans, FieldRole::Method),
             std::string(file.contains(QStringLiteral("unit-test")) ? "FakeRequestMethod" : "GET"));
}

void TestFieldSpans::accessSpansAgreeWithTheParsedRecord()
{
    int checked = 0;
    for (const SampleFile& file : kSampleFiles) {
        if (file.kind != FileKind::AccessLog)
            continue;
        for (const std::string& line : rs::test::sampleLines(file.name)) {
            rs::AccessLogParser parser;
            rs::AccessRecord record;
            if (parser.parse(rs::unwrap(line).payload, record))
                continue;
            const std::vector<FieldSpan> spans = fieldSpans(FileKind::AccessLog, line);
            const std::string status = textOf(line, spans, FieldRole::Status);
            if (record.status != 0)
                QCOMPARE(status, std::to_string(record.status));
            else
                QVERIFY2(status == "-" || status == "MissingResponseStatusCode", status.c_str());
            QCOMPARE(textOf(line, spans, FieldRole::Host), std::string(record.host));
            if (!record.vcapRequestId.empty())
                QCOMPARE(textOf(line, spans, FieldRole::RequestId), std::string(record.vcapRequestId));
            if (!record.routerError.empty())
                QCOMPARE(textOf(line, spans, FieldRole::RouterError), std::string(record.routerError));
            if (!record.appId.empty())
                QCOMPARE(textOf(line, spans, FieldRole::AppId), std::string(record.appId));
            // Every extra header is a key with its value (as written: compared where no escape
            // makes the written text differ from the value).
            for (const rs::ExtraField& extra : record.extras) {
                const std::string written = valueOf(line, spans, extra.name);
                if (written.find('\\') == std::string::npos)
                    QCOMPARE(written, std::string(extra.value));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 30);
}

void TestFieldSpans::wrappersAreOnePrefixSpan()
{
    for (const char* file : {"access-via-cf-logs.log", "access-via-syslog-drain-rfc5424.log"}) {
        for (const std::string& line : rs::test::sampleLines(file)) {
            const rs::Unwrapped u = rs::unwrap(line);
            if (u.outer == rs::WrapperKind::None || u.payload.empty())
                continue;
            const std::vector<FieldSpan> spans = fieldSpans(FileKind::AccessLog, line);
            QVERIFY(!spans.empty());
            QCOMPARE(spans.front().role, FieldRole::Prefix);
            QCOMPARE(spans.front().offset, 0u);
            QCOMPARE(std::size_t{spans.front().length},
                     static_cast<std::size_t>(u.payload.data() - line.data()));
            QCOMPARE(textOf(line, spans, FieldRole::Prefix, 1), std::string("<none>"));
        }
    }
    const std::string cf = sampleLine("access-via-cf-logs.log", 3);
    QCOMPARE(textOf(cf, fieldSpans(FileKind::AccessLog, cf), FieldRole::Prefix),
             std::string("   2017-10-30T12:36:43.49-0700 [RTR/0] OUT "));
    // bosh logs -f, also around syslog around a JSON line and a stderr line: one prefix span.
    const std::string access = sampleLine("access-file-2019-plus-iso-nanos.log", 5);
    const std::string zap = sampleLine("gorouter-stdout-zap-rfc3339.log", 3);
    for (const auto& [prefix, record, kind] :
         {std::tuple{std::string("router/0: stdout | "), access, FileKind::AccessLog},
          std::tuple{std::string("router/1: stdout | <14>1 2025-01-10T09:08:07Z vm vcap.gorouter 7 - "), zap,
                     FileKind::GorouterLog},
          std::tuple{std::string("router/d60e75ac-5459-49f8-b029-543579d74ed0: stderr | "),
                     sampleLine("gorouter-stderr-go-log.log", 4), FileKind::GorouterStderr}}) {
        const std::string line = prefix + record;
        const std::vector<FieldSpan> spans = fieldSpans(kind, line);
        QCOMPARE(violation(line, spans), std::string());
        QCOMPARE(textOf(line, spans, FieldRole::Prefix), prefix);
        QCOMPARE(textOf(line, spans, FieldRole::Prefix, 1), std::string("<none>"));
        QCOMPARE(textOf(line, spans, FieldRole::Timestamp),
                 textOf(record, fieldSpans(kind, record), FieldRole::Timestamp));
        QCOMPARE(spans.size(), fieldSpans(kind, record).size() + 1);
    }

    // The same line with no kind given is classified on its own.
    QCOMPARE(fieldSpans(FileKind::Unknown, cf), fieldSpans(FileKind::AccessLog, cf));
}

void TestFieldSpans::truncatedAccessLineKeepsWhatWasRead()
{
    const std::string full = sampleLine("access-file-2019-plus-iso-nanos.log", 5);
    const std::string cut = full.substr(0, full.find("python-requests") + 6); // inside the user agent
    const std::vector<FieldSpan> spans = fieldSpans(FileKind::AccessLog, cut);
    QCOMPARE(violation(cut, spans), std::string());
    QCOMPARE(textOf(cut, spans, FieldRole::Host), std::string("www.example.com"));
    QCOMPARE(textOf(cut, spans, FieldRole::Status), std::string("200"));
    QCOMPARE(textOf(cut, spans, FieldRole::UserAgent), std::string("<none>"));
}

void TestFieldSpans::jsonLinesOfEachEra()
{
    // Pre-BPM ctl prefix, epoch-number timestamp, null Tags.
    const std::string bracket = sampleLine("gorouter-log-bracket-prefixed-2017-2018.log", 3);
    auto spans = fieldSpans(FileKind::GorouterLog, bracket);
    QCOMPARE(violation(bracket, spans), std::string());
    QCOMPARE(textOf(bracket, spans, FieldRole::Prefix), std::string("[2018-07-05 17:59:10+0000] "));
    QCOMPARE(textOf(bracket, spans, FieldRole::Level), std::string("3"));
    QCOMPARE(textOf(bracket, spans, FieldRole::Timestamp), std::string("1530813550.92134"));
    QCOMPARE(textOf(bracket, spans, FieldRole::Message), std::string("backend-endpoint-failed"));
    QCOMPARE(textOf(bracket, spans, FieldRole::BackendAddress), std::string("10.0.32.15:60099"));
    QCOMPARE(textOf(bracket, spans, FieldRole::ErrorText),
             std::string("dial tcp 10.0.32.15:60099: getsockopt: connection refused"));
    QCOMPARE(valueOf(bracket, spans, "Tags"), std::string("null"));
    QCOMPARE(spanWithKey(spans, "Tags")->role, FieldRole::Literal);
    QCOMPARE(textOf(bracket, spans, FieldRole::Key, 0), std::string("log_level"));
    QCOMPARE(spans[1].role, FieldRole::Key); // after the prefix: keys and values in line order
    QCOMPARE(spans[2].role, FieldRole::Level);

    // Lager 2016: string epoch, nested data, arrays.
    const std::string lager = sampleLine("gorouter-stdout-lager-2016.log", 1);
    spans = fieldSpans(FileKind::GorouterLog, lager);
    QCOMPARE(violation(lager, spans), std::string());
    QCOMPARE(textOf(lager, spans, FieldRole::Timestamp), std::string("1476379410.654025555"));
    QCOMPARE(textOf(lager, spans, FieldRole::Message),
             std::string("vcap.gorouter.proxy.request-handler.backend-endpoint-failed"));
    QCOMPARE(textOf(lager, spans, FieldRole::Host), std::string("some.host.com"));
    QCOMPARE(textOf(lager, spans, FieldRole::Uri), std::string("/client"));
    QCOMPARE(textOf(lager, spans, FieldRole::ClientAddress), std::string("someip:port"));
    QCOMPARE(textOf(lager, spans, FieldRole::ErrorText), std::string("dial tcp someip:port: i/o timeout"));
    QCOMPARE(valueOf(lager, spans, "session"), std::string("4.54820166"));

    // Zap: string timestamp, booleans.
    const std::string zap = sampleLine("gorouter-stdout-zap-rfc3339.log", 12);
    spans = fieldSpans(FileKind::GorouterLog, zap);
    QCOMPARE(violation(zap, spans), std::string());
    QCOMPARE(textOf(zap, spans, FieldRole::Timestamp), std::string("2022-03-29T14:58:07.588419206Z"));
    QCOMPARE(textOf(zap, spans, FieldRole::AppId), std::string("f26411c9-25d6-448b-98be-146807c39ccc"));
    QCOMPARE(textOf(zap, spans, FieldRole::InstanceId), std::string("6dc000c9-3d6a-47fa-717f-6101"));
    QCOMPARE(valueOf(zap, spans, "isTLS"), std::string("true"));
    QCOMPARE(valueOf(zap, spans, "index"), std::string("0"));
    QCOMPARE(spanWithKey(spans, "index")->role, FieldRole::NumberValue);

    // A router error value gets its role wherever a component logs it; escapes stay as written.
    const std::string routerError =
        R"json({"log_level":2,"timestamp":1.5,"message":"x","source":"s","data":{"x_cf_routererror":"endpoint_failure (EOF)","body":"a\"b"}})json";
    spans = fieldSpans(FileKind::GorouterLog, routerError);
    QCOMPARE(textOf(routerError, spans, FieldRole::RouterError), std::string("endpoint_failure (EOF)"));
    QCOMPARE(valueOf(routerError, spans, "body"), std::string(R"(a\"b)"));

    // Diego lager rfc3339: named level, escaped newlines inside the error.
    const std::string diego = sampleLine("diego-lager-rep-bbs.log", 3);
    spans = fieldSpans(FileKind::LagerLog, diego);
    QCOMPARE(violation(diego, spans), std::string());
    QCOMPARE(textOf(diego, spans, FieldRole::Level), std::string("error"));
    QCOMPARE(textOf(diego, spans, FieldRole::Message), std::string("bbs.exited-with-failure"));
    QVERIFY(textOf(diego, spans, FieldRole::ErrorText).starts_with(R"(Exit trace for group:\nlock exited)"));
}

void TestFieldSpans::stderrLine()
{
    const std::string proxy = sampleLine("gorouter-stderr-go-log.log", 4);
    auto spans = fieldSpans(FileKind::GorouterStderr, proxy);
    QCOMPARE(violation(proxy, spans), std::string());
    QCOMPARE(textOf(proxy, spans, FieldRole::Timestamp), std::string("2024/04/03 22:10:43"));
    QCOMPARE(textOf(proxy, spans, FieldRole::Message), std::string("http: proxy error"));
    QCOMPARE(textOf(proxy, spans, FieldRole::ErrorText), std::string("net/http: TLS handshake timeout"));

    const std::string handshake =
        "[2019-02-01 10:00:00+0000] 2019/02/01 10:00:00 http: TLS handshake error from 10.0.0.9:4242: EOF";
    spans = fieldSpans(FileKind::GorouterStderr, handshake);
    QCOMPARE(violation(handshake, spans), std::string());
    QCOMPARE(textOf(handshake, spans, FieldRole::Prefix), std::string("[2019-02-01 10:00:00+0000] "));
    QCOMPARE(textOf(handshake, spans, FieldRole::Timestamp), std::string("2019/02/01 10:00:00"));
    QCOMPARE(textOf(handshake, spans, FieldRole::Message), std::string("http: TLS handshake error from"));
    QCOMPARE(textOf(handshake, spans, FieldRole::ClientAddress), std::string("10.0.0.9:4242"));
    QCOMPARE(textOf(handshake, spans, FieldRole::ErrorText), std::string("EOF"));
}

void TestFieldSpans::everySampleLineIsWellFormed()
{
    for (const SampleFile& file : kSampleFiles) {
        const std::vector<std::string> lines = rs::test::sampleLines(file.name);
        QVERIFY2(!lines.empty(), file.name);
        for (const std::string& line : lines) {
            const auto spans = fieldSpans(file.kind, line);
            QCOMPARE(violation(line, spans), std::string());
            if (!line.empty())
                QVERIFY2(!spans.empty(), line.c_str());
            for (const FileKind kind : kKinds)
                QCOMPARE(violation(line, fieldSpans(kind, line)), std::string());
        }
    }
}

void TestFieldSpans::truncationsAndGarbageStayInBounds()
{
    std::mt19937 random(20261124);
    const auto check = [](const std::string& line) {
        for (const FileKind kind : kKinds) {
            const std::string problem = violation(line, fieldSpans(kind, line));
            if (!problem.empty()) {
                qWarning("kind %d, line %s", static_cast<int>(kind), line.c_str());
                return problem;
            }
        }
        return std::string();
    };
    for (const SampleFile& file : kSampleFiles) {
        for (const std::string& line : rs::test::sampleLines(file.name)) {
            // Every truncation, as copytruncate and partial writes leave them.
            for (std::size_t n = 0; n < line.size(); ++n)
                QCOMPARE(check(line.substr(0, n)), std::string());
            // Bytes replaced by what breaks tokenizers: quotes, backslashes, braces, NUL, high bytes.
            static constexpr char kNasty[] = {'"', '\\', '{',  '}',    '[',    ']',
                                              ':', ' ',  '\0', '\xff', '\xc3', '\r'};
            for (int round = 0; round < 40 && !line.empty(); ++round) {
                std::string mutated = line;
                const int edits = 1 + static_cast<int>(random() % 4);
                for (int e = 0; e < edits; ++e)
                    mutated[random() % mutated.size()] = kNasty[random() % sizeof kNasty];
                QCOMPARE(check(mutated), std::string());
            }
        }
    }
    // Random bytes, deep nesting, a very long line.
    for (int round = 0; round < 300; ++round) {
        std::string garbage(random() % 300, '\0');
        for (char& c : garbage)
            c = static_cast<char>(random() % 256);
        QCOMPARE(check(garbage), std::string());
    }
    QCOMPARE(check(std::string(100000, '[')), std::string());
    QCOMPARE(check("{\"a\":" + std::string(5000, '[') + std::string(5000, ']') + "}"), std::string());
    QCOMPARE(check(std::string(200000, '{') + "\"x\":1"), std::string());
    const std::string longLine = sampleLine("access-file-2019-plus-iso-nanos.log", 5);
    QCOMPARE(check(longLine + " x_long:\"" + std::string(1 << 20, 'a') + "\""), std::string());
}

QTEST_GUILESS_MAIN(TestFieldSpans)
#include "tst_fieldspans.moc"
