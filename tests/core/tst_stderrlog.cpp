#include "core/formats/stderrlog.h"
#include "samplefiles.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace rs;
using rs::test::sampleLines;

class TestStderrLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sample();
    void handshakeErrors();
    void ctlPrefix();
    void panicsAndContinuations();
    void otherAndMalformed();
    void detection();
};

void TestStderrLog::sample()
{
    const auto lines = sampleLines("gorouter-stderr-go-log.log");
    QCOMPARE(lines.size(), std::size_t(4));
    const GorouterStderrParser parser;
    StderrRecord r;
    const TimeNs times[] = {1712182247000000000, 1712182247000000000, 1712182241000000000,
                            1712182243000000000};
    const char* errors[] = {
        "tls: failed to verify certificate: x509: certificate is not valid for any names, but wanted to "
        "match "
        "a-different-instance-id",
        "tls: failed to verify certificate: x509: certificate is not valid for any names, but wanted to "
        "match "
        "e4423ece-f93e-4267-79d9-245adce04c14",
        "tls: failed to verify certificate: x509: certificate is not valid for any names, but wanted to "
        "match "
        "6eeca750-ab0e-4fe0-64da-1e82b286d0cd",
        "net/http: TLS handshake timeout",
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        QCOMPARE(parser.parse(lines[i], r), std::optional<SkipReason>());
        QCOMPARE(r.time, times[i]);
        QCOMPARE(r.kind, StderrKind::ProxyError);
        QCOMPARE(r.error, std::string_view(errors[i]));
        QCOMPARE(r.message, std::string_view(lines[i]).substr(20));
        QCOMPARE(r.peer, std::string_view());
        QVERIFY(!GorouterStderrParser::isContinuation(lines[i]));
    }
}

void TestStderrLog::handshakeErrors()
{
    const GorouterStderrParser parser;
    StderrRecord r;
    QVERIFY(!parser.parse("2024/04/03 22:10:47 http: TLS handshake error from 10.0.0.12:53512: EOF", r));
    QCOMPARE(r.kind, StderrKind::TlsHandshakeError);
    QCOMPARE(r.peer, std::string_view("10.0.0.12:53512"));
    QCOMPARE(r.error, std::string_view("EOF"));
    QVERIFY(!parser.parse("2024/04/03 22:10:47 http: TLS handshake error from [2001:db8::1]:443: remote "
                          "error: tls: bad certificate",
                          r));
    QCOMPARE(r.peer, std::string_view("[2001:db8::1]:443"));
    QCOMPARE(r.error, std::string_view("remote error: tls: bad certificate"));
    // Lmicroseconds and CRLF.
    QVERIFY(!parser.parse("2024/04/03 22:10:47.123456 http: TLS handshake error from 1.2.3.4:5: EOF\r", r));
    QCOMPARE(r.time, TimeNs(1712182247123456000));
    QCOMPARE(r.error, std::string_view("EOF"));
}

void TestStderrLog::ctlPrefix()
{
    const GorouterStderrParser parser;
    StderrRecord r;
    QVERIFY(!parser.parse(
        "[2018-07-05 17:59:10+0000] 2018/07/05 17:59:10 http: proxy error: dial tcp 10.0.32.15:60099: "
        "getsockopt: connection refused",
        r));
    QCOMPARE(r.time, TimeNs(1530813550000000000));
    QCOMPARE(r.kind, StderrKind::ProxyError);
    QCOMPARE(r.error, std::string_view("dial tcp 10.0.32.15:60099: getsockopt: connection refused"));
    QVERIFY(
        !parser.parse("[2018-07-05 17:59:10.123456+0000] panic: runtime error: invalid memory address", r));
    QCOMPARE(r.kind, StderrKind::Panic);
    QCOMPARE(r.time, TimeNs(1530813550123456000));
    QCOMPARE(r.error, std::string_view("runtime error: invalid memory address"));
    QVERIFY(GorouterStderrParser::isContinuation("[2018-07-05 17:59:10+0000] goroutine 1 [running]:"));
    QVERIFY(GorouterStderrParser::looksLikeGoLogLine("[2018-07-05 17:59:10+0000] 2018/07/05 17:59:10 x"));
}

void TestStderrLog::panicsAndContinuations()
{
    const GorouterStderrParser parser;
    StderrRecord r;
    QVERIFY(!parser.parse(
        "panic: runtime error: invalid memory address or nil pointer dereference [recovered]", r));
    QCOMPARE(r.kind, StderrKind::Panic);
    QCOMPARE(r.time, kNoTime);
    QCOMPARE(r.error, std::string_view(
                          "runtime error: invalid memory address or nil pointer dereference [recovered]"));
    QVERIFY(!parser.parse("fatal error: concurrent map writes", r));
    QCOMPARE(r.kind, StderrKind::Panic);
    QCOMPARE(r.error, std::string_view("concurrent map writes"));
    QVERIFY(!parser.parse(
        "2024/04/03 22:10:47 http: panic serving 10.0.0.1:4242: runtime error: slice bounds", r));
    QCOMPARE(r.kind, StderrKind::Panic);
    QCOMPARE(r.peer, std::string_view("10.0.0.1:4242"));
    QCOMPARE(r.error, std::string_view("runtime error: slice bounds"));

    const char* continuations[] = {
        "goroutine 1 [running]:",
        "goroutine 18 gp=0xc000102a80 m=5 mp=0xc000100008 [running]:",
        "\t/usr/local/go/src/net/http/server.go:1898 +0x1d4",
        "main.main()",
        "net/http.(*conn).serve(0xc000120000, {0x9c4e18, 0xc000114000})",
        "panic({0x8a3b40?, 0xc0000a6018?})",
        "created by net/http.(*Server).Serve in goroutine 1",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b1c3a]",
        "",
        "   ",
        "exit status 2",
        "...additional frames elided...",
    };
    for (const char* line : continuations) {
        QVERIFY2(GorouterStderrParser::isContinuation(line), line);
        QVERIFY2(!GorouterStderrParser::looksLikeGoLogLine(line), line);
    }
    QCOMPARE(parser.parse("goroutine 1 [running]:", r), std::optional(SkipReason::StderrUnrecognised));
    QVERIFY(!GorouterStderrParser::isContinuation("panic: boom"));
    QVERIFY(!GorouterStderrParser::isContinuation("2024/04/03 22:10:47 main.go(12)"));
    QVERIFY(!GorouterStderrParser::isContinuation("something else entirely"));
}

void TestStderrLog::otherAndMalformed()
{
    const GorouterStderrParser parser;
    StderrRecord r;
    QVERIFY(
        !parser.parse("2024/04/03 22:10:47 http: Accept error: accept tcp [::]:443: too many open files", r));
    QCOMPARE(r.kind, StderrKind::Other);
    QCOMPARE(r.message, std::string_view("http: Accept error: accept tcp [::]:443: too many open files"));
    QCOMPARE(r.error, std::string_view());
    QVERIFY(!parser.parse("2024/04/03 22:10:47", r));
    QCOMPARE(r.message, std::string_view());

    QCOMPARE(parser.parse("hello", r), std::optional(SkipReason::StderrUnrecognised));
    QCOMPARE(parser.parse("", r), std::optional(SkipReason::StderrUnrecognised));
    QCOMPARE(parser.parse("2024/13/45 22:10:47 x", r), std::optional(SkipReason::TimestampInvalid));
    QCOMPARE(parser.parse("2024/04/03 25:10:47 x", r), std::optional(SkipReason::TimestampInvalid));
    QCOMPARE(parser.parse("[2018-99-05 17:59:10+0000] 2018/07/05 17:59:10 x", r),
             std::optional(SkipReason::TimestampInvalid));
    QCOMPARE(parser.parse(R"({"log_level":1,"timestamp":1})", r),
             std::optional(SkipReason::StderrUnrecognised));
    std::string nul = "2024/04/03 22:10:47 a";
    nul.push_back('\0');
    nul += "b";
    QVERIFY(!parser.parse(nul, r));
    QCOMPARE(r.message.size(), std::size_t(3));
    QVERIFY(!parser.parse("2024/04/03 22:10:47 " + std::string(1 << 20, 'x'), r));
    QCOMPARE(r.message.size(), std::size_t(1 << 20));
}

void TestStderrLog::detection()
{
    for (const std::string& line : sampleLines("gorouter-stderr-go-log.log"))
        QVERIFY(GorouterStderrParser::looksLikeGoLogLine(line));
    QVERIFY(GorouterStderrParser::looksLikeGoLogLine("2024/04/03 22:10:47"));
    QVERIFY(GorouterStderrParser::looksLikeGoLogLine("2024/04/03 22:10:47.000001 x"));
    QVERIFY(!GorouterStderrParser::looksLikeGoLogLine("2024/04/03 22:10:47x"));
    QVERIFY(!GorouterStderrParser::looksLikeGoLogLine("2024-04-03 22:10:47 x"));
    QVERIFY(!GorouterStderrParser::looksLikeGoLogLine(R"({"log_level":1})"));
    QVERIFY(!GorouterStderrParser::looksLikeGoLogLine(""));
}

QTEST_APPLESS_MAIN(TestStderrLog)
#include "tst_stderrlog.moc"
