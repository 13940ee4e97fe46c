// Error classes (DESIGN.md §5): ids, sources, Go error texts as Gorouter logs them
// (FORMATS.md §2.4) and the explanations shown to support engineers.
#include "core/diagnosis/errorclass.h"
#include "core/diagnosis/explanations.h"

#include <QTest>

using namespace rs;

Q_DECLARE_METATYPE(rs::ErrorClass)

class TestClassification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idsRoundTrip();
    void sources();
    void errorTexts_data();
    void errorTexts();
    void routerErrors_data();
    void routerErrors();
    void explanations();
};

void TestClassification::idsRoundTrip()
{
    const char* const expected[kErrorClassCount] = {"ok",
                                                    "recovered",
                                                    "app_response",
                                                    "dial",
                                                    "tls_to_non_tls_backend",
                                                    "hostname_mismatch",
                                                    "untrusted_cert",
                                                    "remote_rejected_cert",
                                                    "remote_handshake_failure",
                                                    "handshake_timeout",
                                                    "expired_cert",
                                                    "connection_reset",
                                                    "backend_eof",
                                                    "incomplete_request",
                                                    "backend_timeout",
                                                    "client_cancelled",
                                                    "endpoint_failure_other",
                                                    "unknown_route",
                                                    "no_endpoints",
                                                    "empty_host",
                                                    "invalid_instance_header",
                                                    "connection_limit",
                                                    "route_service",
                                                    "request_too_large",
                                                    "router_panic"};
    for (std::size_t i = 0; i < kErrorClassCount; ++i) {
        const auto cls = static_cast<ErrorClass>(i);
        QCOMPARE(errorClassId(cls), std::string_view(expected[i]));
        QCOMPARE(errorClassFromId(errorClassId(cls)), std::optional<ErrorClass>(cls));
    }
    QCOMPARE(errorClassFromId("nonsense"), std::optional<ErrorClass>());
    const char* const sources[kSourceCount] = {
        "none", "client", "client_or_app", "app", "app_or_platform", "platform", "infrastructure"};
    for (std::size_t i = 0; i < kSourceCount; ++i) {
        const auto source = static_cast<Source>(i);
        QCOMPARE(sourceId(source), std::string_view(sources[i]));
        QCOMPARE(sourceFromId(sources[i]), std::optional<Source>(source));
    }
    QCOMPARE(sourceFromId("cloud"), std::optional<Source>());
}

void TestClassification::sources()
{
    // The "source" column of DESIGN.md §5, row by row.
    const Source expected[kErrorClassCount] = {
        Source::None,          Source::None,          Source::App,           Source::AppOrPlatform,
        Source::Platform,      Source::Platform,      Source::Platform,      Source::Platform,
        Source::Platform,      Source::Platform,      Source::Platform,      Source::App,
        Source::App,           Source::AppOrPlatform, Source::App,           Source::ClientOrApp,
        Source::AppOrPlatform, Source::AppOrPlatform, Source::AppOrPlatform, Source::Client,
        Source::Client,        Source::AppOrPlatform, Source::Platform,      Source::Client,
        Source::Platform};
    for (std::size_t i = 0; i < kErrorClassCount; ++i)
        QCOMPARE(sourceOf(static_cast<ErrorClass>(i)), expected[i]);
}

void TestClassification::errorTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorClass>("cls");
    auto row = [](const char* text, ErrorClass cls) {
        QTest::newRow(text) << QString::fromUtf8(text) << cls;
    };
    row("dial tcp 10.0.1.11:61002: connect: connection refused", ErrorClass::Dial);
    row("dial tcp 10.0.1.11:61002: i/o timeout", ErrorClass::Dial);
    row("dial tcp 10.0.1.11:61002: connect: no route to host", ErrorClass::Dial);
    row("dial tcp 10.0.1.11:61002: getsockopt: connection refused", ErrorClass::Dial);
    row("tls: first record does not look like a TLS handshake", ErrorClass::TlsToNonTlsBackend);
    row("x509: certificate is valid for 7d3c1a4e-aaaa-bbbb-cccc-111111111111, not "
        "0f9e8d7c-aaaa-bbbb-cccc-222222222222",
        ErrorClass::HostnameMismatch);
    row("tls: failed to verify certificate: x509: certificate is valid for a-guid, not b-guid",
        ErrorClass::HostnameMismatch);
    row("x509:certificate is valid for a-guid, not b-guid", ErrorClass::HostnameMismatch);
    row("x509: certificate is not valid for any names, but wanted to match b-guid",
        ErrorClass::HostnameMismatch);
    row("x509: certificate signed by unknown authority", ErrorClass::UntrustedCert);
    row("tls: failed to verify certificate: x509: certificate signed by unknown authority",
        ErrorClass::UntrustedCert);
    row("x509:certificate signed by unknown authority", ErrorClass::UntrustedCert);
    row("remote error: tls: bad certificate", ErrorClass::RemoteRejectedCert);
    row("remote error: tls: unknown certificate authority", ErrorClass::RemoteRejectedCert);
    row("remote error: tls: certificate required", ErrorClass::RemoteRejectedCert);
    row("remote error: tls: handshake failure", ErrorClass::RemoteHandshakeFailure);
    row("net/http: TLS handshake timeout", ErrorClass::HandshakeTimeout);
    row("x509: certificate has expired or is not yet valid: current time 2024-04-03T10:00:00Z is after "
        "2024-04-03T09:00:00Z",
        ErrorClass::ExpiredCert);
    row("tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time "
        "2024-04-03T10:00:00Z is before 2024-04-03T11:00:00Z",
        ErrorClass::ExpiredCert);
    row("read tcp 10.0.4.5:43210->10.0.16.5:61012: read: connection reset by peer",
        ErrorClass::ConnectionReset);
    row("EOF", ErrorClass::BackendEof);
    row("unexpected EOF", ErrorClass::BackendEof);
    row("EOF (via idempotent request)", ErrorClass::BackendEof);
    row("incomplete request (http: ContentLength=512 with Body length 0)", ErrorClass::IncompleteRequest);
    row("incomplete request (EOF)", ErrorClass::IncompleteRequest);
    row("incomplete request (context canceled)", ErrorClass::ClientCancelled);
    row("incomplete request (dial tcp 10.0.1.11:61002: connect: connection refused)", ErrorClass::Dial);
    row("context deadline exceeded", ErrorClass::BackendTimeout);
    row("net/http: timeout awaiting response headers", ErrorClass::BackendTimeout);
    row("context canceled", ErrorClass::ClientCancelled);
    row("context canceled (EOF)", ErrorClass::ClientCancelled);
    row("net/http: request canceled", ErrorClass::EndpointFailureOther);
    row("http: server closed idle connection", ErrorClass::EndpointFailureOther);
    row("net/http: HTTP/1.x transport connection broken: malformed HTTP response \"\\x00\\x00\"",
        ErrorClass::EndpointFailureOther);
    row("readLoopPeekFailLocked: read: something odd", ErrorClass::EndpointFailureOther);
}

void TestClassification::errorTexts()
{
    QFETCH(QString, text);
    QFETCH(ErrorClass, cls);
    const std::string utf8 = text.toStdString();
    QCOMPARE(errorClassId(classifyErrorText(utf8)), errorClassId(cls));
    // The same text inside x_cf_routererror decides the same way.
    QCOMPARE(classifyRouterError("endpoint_failure (" + utf8 + ")"), std::optional<ErrorClass>(cls));
}

void TestClassification::routerErrors_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("cls"); // -1: decides nothing
    auto row = [](const char* value, int cls) { QTest::newRow(value) << QString::fromUtf8(value) << cls; };
    row("unknown_route", int(ErrorClass::UnknownRoute));
    row("no_endpoints", int(ErrorClass::NoEndpoints));
    row("empty_host", int(ErrorClass::EmptyHost));
    row("invalid_cf_app_instance_header", int(ErrorClass::InvalidInstanceHeader));
    row("invalid_cf_process_instance_header", int(ErrorClass::InvalidInstanceHeader));
    row("Connection Limit Reached", int(ErrorClass::ConnectionLimit));
    row("route_service_unsupported", int(ErrorClass::RouteService));
    row("expired_route_service_signature", int(ErrorClass::RouteService));
    row("invalid_route_service_signature", int(ErrorClass::RouteService));
    row("max-request-size-exceeded", int(ErrorClass::RequestTooLarge));
    row("unknown_failure", int(ErrorClass::RouterPanic));
    row("endpoint_failure (EOF (via idempotent request))", int(ErrorClass::BackendEof));
    row("endpoint_failure", -1);
    row("deprecated-semicolon-params", -1);
    row("-", -1);
    row("", -1);
}

void TestClassification::routerErrors()
{
    QFETCH(QString, value);
    QFETCH(int, cls);
    const std::optional<ErrorClass> got = classifyRouterError(value.toStdString());
    QCOMPARE(got.has_value(), cls >= 0);
    if (got)
        QCOMPARE(static_cast<int>(*got), cls);
    if (!value.isEmpty() && value != QStringLiteral("-"))
        QVERIFY2(!routerErrorExplanation(value.toStdString()).isEmpty(), qPrintable(value));
}

void TestClassification::explanations()
{
    QSet<QString> titles;
    for (std::size_t i = 0; i < kErrorClassCount; ++i) {
        const auto cls = static_cast<ErrorClass>(i);
        QVERIFY2(!classTitle(cls).isEmpty(), errorClassId(cls).data());
        QVERIFY2(classExplanation(cls).size() > 60, errorClassId(cls).data());
        titles.insert(classTitle(cls));
    }
    QCOMPARE(titles.size(), static_cast<qsizetype>(kErrorClassCount));
    for (std::size_t i = 0; i < kSourceCount; ++i)
        QVERIFY(!sourceTitle(static_cast<Source>(i)).isEmpty());
    QVERIFY(routerErrorExplanation("nonsense").isEmpty());
    QVERIFY(!routerErrorExplanation("endpoint_failure (dial tcp 1.2.3.4:5: i/o timeout)").isEmpty());
}

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
