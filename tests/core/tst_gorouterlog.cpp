#include "core/formats/gorouterlog.h"
#include "samplefiles.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace rs;
using rs::test::sampleLines;

class TestGorouterLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void zapRfc3339Sample();
    void bracketPrefixedSample();
    void prefixCenturiesAwayFromTheJsonTime();
    void lager2016Sample();
    void zap2025KeyOrder();
    void epochFloatPrecision();
    void goStenoEra();
    void lagerRfc3339Era();
    void catalogueMessages();
    void unknownMessageStillParsed();
    void escapesAndBlanks();
    void resetBetweenLines();
    void malformedInput();
    void hostileInput();
    void detection();
    void messageIds();
};

void TestGorouterLog::zapRfc3339Sample()
{
    const auto lines = sampleLines("gorouter-stdout-zap-rfc3339.log");
    QCOMPARE(lines.size(), std::size_t(12));
    GorouterLogParser parser;
    RouterEvent e;

    // The doc author replaced parts of route-endpoint with a bare REDACTED token.
    QCOMPARE(parser.parse(lines[0], e), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse(lines[1], e), std::optional(SkipReason::JsonInvalid));

    struct Expected {
        TimeNs time;
        RouterMessage message;
        const char* uri;
        const char* backend;
    };
    const Expected expected[] = {
        {1598569183462087363, RouterMessage::RouteRegistered, "a.springgreen.cf-app.com", ""},
        {1598569183462279999, RouterMessage::EndpointRegistered, "a.springgreen.cf-app.com",
         "10.0.1.11:61002"},
        {1598569199350998043, RouterMessage::EndpointRegistered, "a.springgreen.cf-app.com",
         "10.0.1.11:61006"},
        {1598569199351131999, RouterMessage::EndpointRegistered, "foo.springgreen.cf-app.com",
         "10.0.1.11:61006"},
        {1598569227122616625, RouterMessage::EndpointUnregistered, "a.springgreen.cf-app.com",
         "10.0.1.11:61006"},
        {1598569227123043785, RouterMessage::EndpointUnregistered, "foo.springgreen.cf-app.com",
         "10.0.1.11:61006"},
        {1598569246702876112, RouterMessage::EndpointUnregistered, "a.springgreen.cf-app.com",
         "10.0.1.11:61002"},
        {1598569246703133349, RouterMessage::RouteUnregistered, "a.springgreen.cf-app.com", ""},
        {1648565887588298046, RouterMessage::RouteRegistered, "go-fail.cfapps.SOME_CF_DOMAIN", ""},
        {1648565887588419206, RouterMessage::EndpointRegistered, "go-fail.cfapps.SOME_CF_DOMAIN",
         "10.36.64.5:61003"},
    };
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const auto reason = parser.parse(lines[i + 2], e);
        QVERIFY2(!reason, qPrintable(QStringLiteral("line %1").arg(i + 3)));
        QCOMPARE(e.time, expected[i].time);
        QCOMPARE(e.message, expected[i].message);
        QCOMPARE(e.era, JsonLogEra::Zap);
        QCOMPARE(e.level, LogLevel::Info);
        QCOMPARE(e.source, std::string_view("vcap.gorouter.registry"));
        QCOMPARE(e.uri, std::string_view(expected[i].uri));
        QCOMPARE(e.backend, std::string_view(expected[i].backend));
        QCOMPARE(e.prefixTime, kNoTime);
        if (!e.backend.empty()) {
            QCOMPARE(e.modificationIndex, std::int64_t(0));
            QCOMPARE(e.isolationSegment, std::string_view("-"));
            QCOMPARE(e.isTls, Tri::True);
        }
    }
    QCOMPARE(e.action, std::string_view("endpoint-registered"));
    QCOMPARE(e.applicationId, std::string_view("f26411c9-25d6-448b-98be-146807c39ccc"));
    QCOMPARE(e.privateInstanceId, std::string_view("6dc000c9-3d6a-47fa-717f-6101"));
    QCOMPARE(e.serverCertDomainSan, std::string_view("6dc000c9-3d6a-47fa-717f-6101"));
    QCOMPARE(e.protocol, std::string_view("http1"));
}

void TestGorouterLog::prefixCenturiesAwayFromTheJsonTime()
{
    // Their difference does not fit in 64 bits: it must saturate (no overflow), and the line is
    // the hand-made kind, not one Gorouter wrote.
    GorouterLogParser parser;
    RouterEvent e;
    const std::string line =
        R"([1680-01-01 00:00:00+0000] {"log_level":1,"timestamp":"2260-01-01T00:00:00.000000000Z","message":"route-registered","source":"vcap.gorouter.registry","data":{"uri":"a.example.com"}})";
    QCOMPARE(parser.parse(line, e), std::optional(SkipReason::InconsistentFields));
}

void TestGorouterLog::bracketPrefixedSample()
{
    const auto lines = sampleLines("gorouter-log-bracket-prefixed-2017-2018.log");
    QCOMPARE(lines.size(), std::size_t(8));
    GorouterLogParser parser;
    RouterEvent e;

    // A 2017 ctl prefix around a 2019 rfc3339 timestamp: assembled by hand for the docs.
    QCOMPARE(parser.parse(lines[0], e), std::optional(SkipReason::InconsistentFields));

    QVERIFY(!parser.parse(lines[1], e));
    QCOMPARE(e.prefixTime, TimeNs(1485989648000000000));
    QCOMPARE(e.time, TimeNs(1485989648089580800));
    QCOMPARE(e.level, LogLevel::Debug);
    QCOMPARE(e.era, JsonLogEra::Zap);
    QCOMPARE(e.source, std::string_view("vcap.Gorouter.registry"));
    QCOMPARE(e.message, RouterMessage::EndpointRegistered);
    QCOMPARE(e.uri, std::string_view("0-*.login.bosh-lite.com"));
    QCOMPARE(e.backend, std::string_view("10.123.0.134:8080"));
    QCOMPARE(e.modificationIndex, std::int64_t(0));
    QCOMPARE(e.isTls, Tri::Unknown);

    QVERIFY(!parser.parse(lines[2], e));
    QCOMPARE(e.prefixTime, TimeNs(1530813550000000000));
    QCOMPARE(e.time, TimeNs(1530813550921340000));
    QCOMPARE(e.level, LogLevel::Error);
    QCOMPARE(e.message, RouterMessage::BackendEndpointFailed);
    QCOMPARE(e.action, std::string_view("backend-endpoint-failed"));
    QCOMPARE(e.source, std::string_view("vcap.gorouter"));
    QCOMPARE(e.endpointAddr, std::string_view("10.0.32.15:60099"));
    QCOMPARE(e.applicationId, std::string_view(""));
    QCOMPARE(e.processInstanceId, std::string_view(""));
    QCOMPARE(e.error, std::string_view("dial tcp 10.0.32.15:60099: getsockopt: connection refused"));
    QCOMPARE(e.attempt, -1);
    QCOMPARE(e.retriable, Tri::Unknown);
    QCOMPARE(e.dialTime, kNoDuration);

    QVERIFY(!parser.parse(lines[3], e));
    QCOMPARE(e.time, TimeNs(1530814854435983400));
    QCOMPARE(e.endpointAddr, std::string_view("10.0.16.17:61002"));
    QCOMPARE(e.error,
             std::string_view("x509:certificate is valid for 53079ca3-c4fe-4910-78b9-c1a6, not xxx"));

    const TimeNs times[] = {1521484784397380400, 1521484784399478700, 1521484784401572700,
                            1521484784401626800};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(!parser.parse(lines[4 + i], e));
        QCOMPARE(e.prefixTime, TimeNs(1521484784000000000));
        QCOMPARE(e.time, times[i]);
        QCOMPARE(e.level, LogLevel::Error);
        QCOMPARE(e.source, std::string_view("vcap.gorouter.proxy"));
        QCOMPARE(e.error, std::string_view("dial tcp 127.0.0.1:80: getsockopt: connection refused"));
        QCOMPARE(e.message,
                 i < 3 ? RouterMessage::RouteServiceConnectionFailed : RouterMessage::EndpointFailed);
    }
}

void TestGorouterLog::lager2016Sample()
{
    const auto lines = sampleLines("gorouter-stdout-lager-2016.log");
    QCOMPARE(lines.size(), std::size_t(2));
    GorouterLogParser parser;
    RouterEvent e;

    QVERIFY(!parser.parse(lines[0], e));
    QCOMPARE(e.era, JsonLogEra::LagerEpoch);
    QCOMPARE(e.time, TimeNs(1476379410654025555));
    QCOMPARE(e.level, LogLevel::Error); // lager 2 = error, not zap's warn
    QCOMPARE(e.source, std::string_view("vcap.gorouter"));
    QCOMPARE(e.action, std::string_view("backend-endpoint-failed"));
    QCOMPARE(e.message, RouterMessage::BackendEndpointFailed);
    QCOMPARE(e.host, std::string_view("some.host.com"));
    QCOMPARE(e.path, std::string_view("/client"));
    QCOMPARE(e.remoteAddr, std::string_view("someip:port"));
    QCOMPARE(e.error, std::string_view("dial tcp someip:port: i/o timeout"));
    QCOMPARE(e.endpointAddr, std::string_view("someip:port"));
    QCOMPARE(e.applicationId, std::string_view("appguid"));

    QVERIFY(!parser.parse(lines[1], e));
    QCOMPARE(e.era, JsonLogEra::LagerEpoch);
    QCOMPARE(e.time, TimeNs(1453995405666825771));
    QCOMPARE(e.level, LogLevel::Info);
    QCOMPARE(e.source, std::string_view("gorouter.stdout"));
    QCOMPARE(e.action, std::string_view("Request Handler"));
    QCOMPARE(e.message, RouterMessage::RequestHandler);
    QCOMPARE(e.host, std::string_view("doesnotexist.bosh-lite.com"));
    QCOMPARE(e.path, std::string_view("/"));
    QCOMPARE(e.remoteAddr, std::string_view("10.244.0.21:41550"));
    QCOMPARE(e.error, std::string_view(""));
}

void TestGorouterLog::zap2025KeyOrder()
{
    // 2025 order: RE, attempt, vcap_request_id, num-endpoints, …, local-address, error, retriable.
    const std::string line =
        R"({"log_level":3,"timestamp":"2025-03-01T10:00:00.123456789Z","message":"backend-endpoint-failed",)"
        R"("source":"vcap.gorouter.proxy","data":{"route-endpoint":{"ApplicationId":"a1b2","Addr":"10.0.4.7:61010",)"
        R"("Tags":{"app_id":"a1b2","app_name":"shop","component":"route-emitter","instance_id":"3",)"
        R"("process_instance_id":"5f1c-77aa","process_type":"web"},"RouteServiceUrl":"","AZ":"z2"},"attempt":2,)"
        R"("vcap_request_id":"0c9e-41f3","num-endpoints":4,"got-connection":true,"wrote-headers":true,)"
        R"("conn-reused":true,"dns-lookup-time":0,"dial-time":0.001234567,"tls-handshake-time":0.0105,)"
        R"j("local-address":"10.0.16.5:43210","error":"EOF (via idempotent request)","retriable":false}})j";
    GorouterLogParser parser;
    RouterEvent e;
    QVERIFY(!parser.parse(line, e));
    QCOMPARE(e.time, TimeNs(1740823200123456789));
    QCOMPARE(e.level, LogLevel::Error);
    QCOMPARE(e.message, RouterMessage::BackendEndpointFailed);
    QCOMPARE(e.endpointAddr, std::string_view("10.0.4.7:61010"));
    QCOMPARE(e.applicationId, std::string_view("a1b2"));
    QCOMPARE(e.processInstanceId, std::string_view("5f1c-77aa"));
    QCOMPARE(e.instanceIndex, std::string_view("3"));
    QCOMPARE(e.attempt, 2);
    QCOMPARE(e.vcapRequestId, std::string_view("0c9e-41f3"));
    QCOMPARE(e.numEndpoints, 4);
    QCOMPARE(e.gotConnection, Tri::True);
    QCOMPARE(e.wroteHeaders, Tri::True);
    QCOMPARE(e.connReused, Tri::True);
    QCOMPARE(e.dnsTime, DurationNs(0));
    QCOMPARE(e.dialTime, DurationNs(1234567));
    QCOMPARE(e.tlsTime, DurationNs(10500000));
    QCOMPARE(e.localAddress, std::string_view("10.0.16.5:43210"));
    QCOMPARE(e.error, std::string_view("EOF (via idempotent request)"));
    QCOMPARE(e.retriable, Tri::False);

    // The 2018–2024 order of the same keys gives the same event.
    const std::string older =
        R"({"log_level":3,"timestamp":1554761639.7473993,"message":"backend-endpoint-failed","source":"vcap.gorouter",)"
        R"("data":{"route-endpoint":{"ApplicationId":"a1b2","Addr":"10.0.4.7:61010","Tags":null,"RouteServiceUrl":""},)"
        R"("error":"dial tcp 10.0.4.7:61010: connect: connection refused","attempt":1,"vcap_request_id":"77-88",)"
        R"("retriable":true,"num-endpoints":2,"got-connection":false,"wrote-headers":false,"conn-reused":false,)"
        R"("dns-lookup-time":0,"dial-time":0.5,"tls-handshake-time":0}})";
    QVERIFY(!parser.parse(older, e));
    QCOMPARE(e.time, TimeNs(1554761639747399300));
    QCOMPARE(e.error, std::string_view("dial tcp 10.0.4.7:61010: connect: connection refused"));
    QCOMPARE(e.attempt, 1);
    QCOMPARE(e.retriable, Tri::True);
    QCOMPARE(e.numEndpoints, 2);
    QCOMPARE(e.gotConnection, Tri::False);
    QCOMPARE(e.dialTime, DurationNs(500000000));
    QCOMPARE(e.processInstanceId, std::string_view(""));
    QCOMPARE(e.localAddress, std::string_view(""));
}

void TestGorouterLog::epochFloatPrecision()
{
    GorouterLogParser parser;
    RouterEvent e;
    // A double holds 1554761639.7473993 as …747399330139; the raw digits must win.
    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":1554761639.7473993,"message":"route-registered","source":"vcap.gorouter.registry","data":{"uri":"x"}})",
        e));
    QCOMPARE(e.time, TimeNs(1554761639747399300));
    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":1554761639.123456789,"message":"status","source":"vcap.gorouter","data":{}})",
        e));
    QCOMPARE(e.time, TimeNs(1554761639123456789));
    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":1554761639,"message":"status","source":"s","data":{}})", e));
    QCOMPARE(e.time, TimeNs(1554761639000000000));
}

void TestGorouterLog::goStenoEra()
{
    GorouterLogParser parser;
    RouterEvent e;
    QVERIFY(!parser.parse(
        R"({"timestamp":1453995405.666825771,"process_id":4312,"source":"router.registry","log_level":"debug1",)"
        R"("message":"Registering route","data":{"uri":"a.example.com"},"file":"registry.go","line":42,"method":"Register"})",
        e));
    QCOMPARE(e.era, JsonLogEra::Gosteno);
    QCOMPARE(e.level, LogLevel::Debug);
    QCOMPARE(e.time, TimeNs(1453995405666825771));
    QCOMPARE(e.action, std::string_view("Registering route"));
    QCOMPARE(e.message, RouterMessage::Other);
    QCOMPARE(e.uri, std::string_view("a.example.com"));
    QVERIFY(!parser.parse(
        R"({"timestamp":1453995405.5,"process_id":1,"source":"router","log_level":"warn","message":"x","data":{}})",
        e));
    QCOMPARE(e.level, LogLevel::Warn);
}

void TestGorouterLog::lagerRfc3339Era()
{
    GorouterLogParser parser;
    RouterEvent e;
    QVERIFY(!parser.parse(
        R"({"timestamp":"2019-11-07T20:45:18.942850421Z","level":"error","source":"vcap.gorouter",)"
        R"("message":"vcap.gorouter.proxy.request-handler.status ","data":{"body":"502 Bad Gateway"}})",
        e));
    QCOMPARE(e.era, JsonLogEra::LagerRfc3339);
    QCOMPARE(e.level, LogLevel::Error);
    QCOMPARE(e.time, TimeNs(1573159518942850421));
    QCOMPARE(e.action, std::string_view("status"));
    QCOMPARE(e.message, RouterMessage::Status);
    QCOMPARE(e.body, std::string_view("502 Bad Gateway"));
}

void TestGorouterLog::catalogueMessages()
{
    GorouterLogParser parser;
    RouterEvent e;
    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":"2020-08-27T22:59:43.462087363Z","message":"pruned-route","source":"vcap.gorouter.registry",)"
        R"("data":{"uri":"stale.example.com","endpoints":["10.0.1.2:61001","10.0.1.3:61002"],"isolation_segment":""}})",
        e));
    QCOMPARE(e.message, RouterMessage::PrunedRoute);
    QCOMPARE(e.uri, std::string_view("stale.example.com"));
    QCOMPARE(e.prunedEndpoints.size(), std::size_t(2));
    QCOMPARE(e.prunedEndpoints[0], std::string_view("10.0.1.2:61001"));
    QCOMPARE(e.prunedEndpoints[1], std::string_view("10.0.1.3:61002"));

    QVERIFY(!parser.parse(
        R"({"log_level":3,"timestamp":1600000000.5,"message":"select-endpoint-failed","source":"vcap.gorouter",)"
        R"("data":{"host":"gone.example.com","error":"no endpoints available"}})",
        e));
    QCOMPARE(e.message, RouterMessage::SelectEndpointFailed);
    QCOMPARE(e.host, std::string_view("gone.example.com"));
    QCOMPARE(e.error, std::string_view("no endpoints available"));
    QVERIFY(e.prunedEndpoints.empty());

    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":1600000000.5,"message":"status","source":"vcap.gorouter",)"
        R"("data":{"body":"503 Service Unavailable: Requested route ('x') has no available endpoints."}})",
        e));
    QCOMPARE(e.message, RouterMessage::Status);
    QCOMPARE(e.body,
             std::string_view("503 Service Unavailable: Requested route ('x') has no available endpoints."));

    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":1600000000.5,"message":"route-service-response","source":"vcap.gorouter",)"
        R"("data":{"endpoint":"https://rs.example.com","status-code":200}})",
        e));
    QCOMPARE(e.message, RouterMessage::RouteServiceResponse);
    QCOMPARE(e.routeServiceUrl, std::string_view("https://rs.example.com"));
    QCOMPARE(e.statusCode, 200);

    QVERIFY(!parser.parse(
        R"({"log_level":3,"timestamp":1600000000.5,"message":"prune-failed-endpoint","source":"vcap.gorouter.registry",)"
        R"("data":{"route-endpoint":{"ApplicationId":"ab","Addr":"10.1.1.1:61000","Tags":{"instance_id":"1"},"RouteServiceUrl":""}}})",
        e));
    QCOMPARE(e.message, RouterMessage::PruneFailedEndpoint);
    QCOMPARE(e.endpointAddr, std::string_view("10.1.1.1:61000"));
    QCOMPARE(e.instanceIndex, std::string_view("1"));

    struct Case {
        const char* action;
        RouterMessage message;
    };
    const Case cases[] = {
        {"endpoint-marked-as-ineligible", RouterMessage::EndpointMarkedIneligible},
        {"endpoint-not-unregistered", RouterMessage::EndpointNotUnregistered},
        {"backend", RouterMessage::Backend},
        {"backend-request-timeout", RouterMessage::BackendRequestTimeout},
        {"backend-too-many-response-headers", RouterMessage::TooManyResponseHeaders},
        {"route-service-too-many-response-headers", RouterMessage::TooManyResponseHeaders},
        {"gateway-error-and-original-request-context-cancelled", RouterMessage::GatewayErrorContextCancelled},
        {"unregister-route", RouterMessage::UnregisterRoute},
        {"connection-limit-reached", RouterMessage::ConnectionLimitReached},
        {"deprecated-semicolon-params", RouterMessage::DeprecatedSemicolonParams},
        {"nats-connection-disconnected", RouterMessage::NatsDisconnected},
        {"nats-connection-reconnected", RouterMessage::NatsReconnected},
        {"panic-check", RouterMessage::PanicCheck},
        {"gorouter.started", RouterMessage::Lifecycle},
        {"gorouter.stopping", RouterMessage::Lifecycle},
        {"gorouter.exited", RouterMessage::Lifecycle},
        {"starting", RouterMessage::Lifecycle},
        {"router.drain.timed-out", RouterMessage::Lifecycle},
        {"Draining with 12 outstanding active connections", RouterMessage::Lifecycle},
    };
    for (const Case& c : cases) {
        const std::string line = std::string(R"({"log_level":1,"timestamp":1600000000.5,"message":")") +
                                 c.action + R"(","source":"vcap.gorouter","data":{}})";
        QVERIFY2(!parser.parse(line, e), c.action);
        QCOMPARE(e.message, c.message);
        QCOMPARE(e.action, std::string_view(c.action));
    }
}

void TestGorouterLog::unknownMessageStillParsed()
{
    GorouterLogParser parser;
    RouterEvent e;
    QVERIFY(!parser.parse(
        R"({"log_level":0,"timestamp":"2020-08-27T22:59:43.462087363Z","message":"b3-header-exists","source":"vcap.gorouter",)"
        R"("data":{"b3":"80f198ee56343ba864fe8b2a57d3eff7-e457b5a2e4d86bd1-1"}})",
        e));
    QCOMPARE(e.message, RouterMessage::Other);
    QCOMPARE(e.action, std::string_view("b3-header-exists"));
    QCOMPARE(e.level, LogLevel::Debug);
    QCOMPARE(e.source, std::string_view("vcap.gorouter"));
    QCOMPARE(e.time, TimeNs(1598569183462087363));
    // A missing data object is not an error either.
    QVERIFY(!parser.parse(
        R"({"log_level":6,"timestamp":1600000000,"message":"fatal-thing","source":"vcap.gorouter"})", e));
    QCOMPARE(e.level, LogLevel::Fatal);
}

void TestGorouterLog::escapesAndBlanks()
{
    GorouterLogParser parser;
    RouterEvent e;
    // Go's encoding/json escapes <>&; zap escapes quotes and backslashes.
    QVERIFY(!parser.parse(
        R"({"log_level":3,"timestamp":1600000000.5,"message":"backend-endpoint-failed","source":"vcap.gorouter",)"
        R"("data":{"error":"x509: \"bad\" \u003cname\u003e \\ end","vcap_request_id":"id"}})",
        e));
    QCOMPARE(e.error, std::string_view(R"(x509: "bad" <name> \ end)"));
    QCOMPARE(e.vcapRequestId, std::string_view("id"));
    // Blanks between tokens and a CRLF line end.
    QVERIFY(!parser.parse("{ \"log_level\" : 1 , \"timestamp\" : \"2020-08-27T22:59:43.462087363Z\" , "
                          "\"message\" : \"route-registered\" ,"
                          " \"source\" : \"vcap.gorouter.registry\" , \"data\" : { \"uri\" : \"a.b\" } }\r",
                          e));
    QCOMPARE(e.message, RouterMessage::RouteRegistered);
    QCOMPARE(e.uri, std::string_view("a.b"));
    QCOMPARE(e.source, std::string_view("vcap.gorouter.registry"));
}

void TestGorouterLog::resetBetweenLines()
{
    GorouterLogParser parser;
    RouterEvent e;
    QVERIFY(!parser.parse(
        R"([2018-07-05 17:59:10+0000] {"log_level":3,"timestamp":1530813550.92134,"message":"backend-endpoint-failed","source":"vcap.gorouter",)"
        R"("data":{"route-endpoint":{"ApplicationId":"a","Addr":"1.2.3.4:5","Tags":{"process_instance_id":"p","instance_id":"0"},"RouteServiceUrl":"r"},)"
        R"("error":"e","attempt":1,"vcap_request_id":"v","retriable":true,"num-endpoints":1,"got-connection":false,)"
        R"("wrote-headers":false,"conn-reused":false,"dns-lookup-time":0,"dial-time":0,"tls-handshake-time":0,"local-address":"l",)"
        R"("uri":"u","backend":"b","application_id":"a","instance_id":"i","server_cert_domain_san":"s","protocol":"http1",)"
        R"("modification_tag":{"guid":"","index":3},"isolation_segment":"-","isTLS":true,"Host":"h","Path":"/p",)"
        R"("RemoteAddr":"r","body":"b","endpoints":["x"],"status-code":502}})",
        e));
    QVERIFY(
        !parser.parse(R"({"log_level":1,"timestamp":1600000000,"message":"m","source":"s","data":{}})", e));
    RouterEvent blank;
    blank.time = e.time;
    blank.level = e.level;
    blank.action = e.action;
    blank.source = e.source;
    QCOMPARE(e.prefixTime, blank.prefixTime);
    QCOMPARE(e.era, blank.era);
    QCOMPARE(e.message, blank.message);
    const std::string_view RouterEvent::*views[] = {&RouterEvent::error,
                                                    &RouterEvent::vcapRequestId,
                                                    &RouterEvent::uri,
                                                    &RouterEvent::backend,
                                                    &RouterEvent::endpointAddr,
                                                    &RouterEvent::applicationId,
                                                    &RouterEvent::processInstanceId,
                                                    &RouterEvent::instanceIndex,
                                                    &RouterEvent::privateInstanceId,
                                                    &RouterEvent::serverCertDomainSan,
                                                    &RouterEvent::host,
                                                    &RouterEvent::path,
                                                    &RouterEvent::remoteAddr,
                                                    &RouterEvent::body,
                                                    &RouterEvent::routeServiceUrl,
                                                    &RouterEvent::isolationSegment,
                                                    &RouterEvent::protocol,
                                                    &RouterEvent::localAddress};
    for (const auto member : views)
        QVERIFY(e.*member == blank.*member);
    QCOMPARE(e.attempt, -1);
    QCOMPARE(e.numEndpoints, -1);
    QCOMPARE(e.statusCode, -1);
    QCOMPARE(e.modificationIndex, std::int64_t(-1));
    QCOMPARE(e.retriable, Tri::Unknown);
    QCOMPARE(e.gotConnection, Tri::Unknown);
    QCOMPARE(e.wroteHeaders, Tri::Unknown);
    QCOMPARE(e.connReused, Tri::Unknown);
    QCOMPARE(e.isTls, Tri::Unknown);
    QCOMPARE(e.dnsTime, kNoDuration);
    QCOMPARE(e.dialTime, kNoDuration);
    QCOMPARE(e.tlsTime, kNoDuration);
    QVERIFY(e.prunedEndpoints.empty());
}

void TestGorouterLog::malformedInput()
{
    const auto lines = sampleLines("gorouter-stdout-zap-rfc3339.log");
    GorouterLogParser parser;
    RouterEvent e;
    const std::string& good = lines[3];
    for (std::size_t cut = 1; cut < good.size(); cut += 7)
        QCOMPARE(parser.parse(std::string_view(good).substr(0, cut), e),
                 std::optional(SkipReason::JsonTruncated));
    QCOMPARE(parser.parse(std::string_view(good).substr(0, good.size() / 2), e),
             std::optional(SkipReason::JsonTruncated));

    QCOMPARE(parser.parse("", e), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse("   ", e), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse("hello world", e), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse("{}", e), std::optional(SkipReason::JsonMissingField));
    QCOMPARE(parser.parse("[1,2]", e), std::optional(SkipReason::JsonNotObject));
    QCOMPARE(parser.parse(R"("just a string")", e), std::optional(SkipReason::JsonNotObject));
    QCOMPARE(parser.parse(good + " trailing", e), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse(good + good, e), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse(R"({"log_level":1,"message":"m","source":"s","data":{}})", e),
             std::optional(SkipReason::JsonMissingField));
    QCOMPARE(parser.parse(R"({"log_level":1,"timestamp":1600000000,"source":"s","data":{}})", e),
             std::optional(SkipReason::JsonMissingField));
    QCOMPARE(
        parser.parse(R"({"log_level":1,"timestamp":"yesterday","message":"m","source":"s","data":{}})", e),
        std::optional(SkipReason::TimestampInvalid));
    // Beyond int64 nanoseconds (year 2262), and a minute cache that must not outlive its minute.
    QCOMPARE(parser.parse(R"({"log_level":1,"timestamp":99999999999999999999,"message":"m","data":{}})", e),
             std::optional(SkipReason::TimestampInvalid));
    QCOMPARE(parser.parse(R"({"log_level":1,"timestamp":1e300,"message":"m","data":{}})", e),
             std::optional(SkipReason::TimestampInvalid));
    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":"2020-08-27T22:59:59.999999999Z","message":"m","data":{}})", e));
    QCOMPARE(e.time, TimeNs(1598569199999999999));
    QVERIFY(
        !parser.parse(R"({"log_level":1,"timestamp":"2020-08-27T23:00:00Z","message":"m","data":{}})", e));
    QCOMPARE(e.time, TimeNs(1598569200000000000));
    QVERIFY(
        !parser.parse(R"({"log_level":1,"timestamp":"2020-08-27T23:00:01.5Z","message":"m","data":{}})", e));
    QCOMPARE(e.time, TimeNs(1598569201500000000));
    QVERIFY(!parser.parse(
        R"({"log_level":1,"timestamp":"2020-08-27T23:00:01.5+02:00","message":"m","data":{}})", e));
    QCOMPARE(e.time, TimeNs(1598569201500000000 - 7200LL * 1000000000));
    // Durations that cannot be one keep kNoDuration.
    QVERIFY(!parser.parse(
        R"({"log_level":3,"timestamp":1,"message":"backend-endpoint-failed","data":{"dial-time":-1,"dns-lookup-time":"x","tls-handshake-time":1.5e-05}})",
        e));
    QCOMPARE(e.dialTime, kNoDuration);
    QCOMPARE(e.dnsTime, kNoDuration);
    QCOMPARE(e.tlsTime, DurationNs(15000));
    QCOMPARE(parser.parse(R"({"log_level":1,"timestamp":true,"message":"m","source":"s","data":{}})", e),
             std::optional(SkipReason::TimestampInvalid));
    QCOMPARE(parser.parse(R"([2018-13-45 99:00:00+0000] {"log_level":1,"timestamp":1,"message":"m"})", e),
             std::optional(SkipReason::TimestampInvalid));
    QCOMPARE(parser.parse(
                 R"({"log_level":1,"timestamp":1600000000,"message":"m","source":"s","data":{"a":tru}})", e),
             std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse(R"({"log_level":1,"timestamp":1600000000,"message":"m","data":{"uri":"a",}})", e),
             std::optional(SkipReason::JsonInvalid));
}

void TestGorouterLog::hostileInput()
{
    GorouterLogParser parser;
    RouterEvent e;
    const std::string deepArray(10000, '[');
    QVERIFY(parser.parse(deepArray, e).has_value());
    const std::string balanced = std::string(10000, '[') + std::string(10000, ']');
    QVERIFY(parser.parse(balanced, e).has_value());
    const std::string deepData =
        R"({"log_level":1,"timestamp":1600000000,"message":"m","source":"s","data":{"x":)" +
        std::string(5000, '[') + std::string(5000, ']') + "}}";
    parser.parse(deepData, e); // either outcome, no crash
    const std::string deepObjects =
        R"({"log_level":1,"timestamp":1600000000,"message":"m","data":)" + std::string(3000, '{') + "}";
    QVERIFY(parser.parse(deepObjects, e).has_value());

    std::string withNul = R"({"log_level":1,"timestamp":1600000000,"message":"m)";
    withNul.push_back('\0');
    withNul += R"(x","source":"s","data":{"error":"a)";
    withNul.push_back('\0');
    withNul += R"(b"}})";
    parser.parse(withNul, e); // NUL inside strings: accepted or rejected, never past the line
    std::string nulOutside = R"({"log_level":1,)";
    nulOutside.push_back('\0');
    nulOutside += R"("timestamp":1600000000,"message":"m"})";
    QVERIFY(parser.parse(nulOutside, e).has_value());

    const std::string huge(8 * 1024 * 1024, 'x');
    const std::string hugeLine =
        R"({"log_level":3,"timestamp":1600000000,"message":"backend-endpoint-failed","source":"s","data":{"error":")" +
        huge + R"("}})";
    QVERIFY(!parser.parse(hugeLine, e));
    QCOMPARE(e.error.size(), huge.size());
    // The parser recovers fully afterwards, with a short line.
    QVERIFY(
        !parser.parse(R"({"log_level":1,"timestamp":1600000000,"message":"m","source":"s","data":{}})", e));
    QCOMPARE(e.time, TimeNs(1600000000000000000));

    const std::string invalidUtf8 =
        "{\"log_level\":1,\"timestamp\":1600000000,\"message\":\"\xff\xfe\",\"data\":{}}";
    QVERIFY(parser.parse(invalidUtf8, e).has_value());
    QVERIFY(parser.parse(std::string(100000, '{'), e).has_value());
    QVERIFY(parser.parse(std::string(100000, '"'), e).has_value());
    QVERIFY(parser.parse(std::string(1, '\0'), e).has_value());
    QVERIFY(parser.parse("[2018-07-05 17:59:10+0000]", e).has_value());
    QVERIFY(parser.parse("[2018-07-05 17:59:10+0000", e).has_value());
}

void TestGorouterLog::detection()
{
    for (const char* name : {"gorouter-stdout-zap-rfc3339.log", "gorouter-log-bracket-prefixed-2017-2018.log",
                             "gorouter-stdout-lager-2016.log"}) {
        for (const std::string& line : sampleLines(name))
            QVERIFY2(GorouterLogParser::looksLikeGorouterLine(line), name);
    }
    for (const std::string& line : sampleLines("diego-lager-rep-bbs.log"))
        QVERIFY(!GorouterLogParser::looksLikeGorouterLine(line));
    for (const std::string& line : sampleLines("gorouter-stderr-go-log.log"))
        QVERIFY(!GorouterLogParser::looksLikeGorouterLine(line));
    QVERIFY(GorouterLogParser::looksLikeGorouterLine(
        R"({"timestamp":1453995405.666825771,"process_id":1,"source":"router.registry","log_level":"info","message":"x"})"));
    QVERIFY(!GorouterLogParser::looksLikeGorouterLine(
        R"({"timestamp":"1522171784.100530624","source":"tcp-router","message":"tcp-router.started","log_level":1,"data":{}})"));
    QVERIFY(!GorouterLogParser::looksLikeGorouterLine(R"({"process_guid":"x","index":0})"));
    QVERIFY(!GorouterLogParser::looksLikeGorouterLine(""));
    QVERIFY(!GorouterLogParser::looksLikeGorouterLine(R"({"log_level":"x"})"));
}

void TestGorouterLog::messageIds()
{
    QCOMPARE(routerMessageId(RouterMessage::BackendEndpointFailed),
             std::string_view("backend_endpoint_failed"));
    QCOMPARE(routerMessageId(RouterMessage::EndpointMarkedIneligible),
             std::string_view("endpoint_marked_ineligible"));
    QCOMPARE(routerMessageId(RouterMessage::Lifecycle), std::string_view("lifecycle"));
    QCOMPARE(routerMessageId(RouterMessage::Other), std::string_view("other"));
    QCOMPARE(logLevelId(LogLevel::Warn), std::string_view("warn"));
    QCOMPARE(routerMessageFromAction("endpoint-registered"), RouterMessage::EndpointRegistered);
    QCOMPARE(routerMessageFromAction("nope"), RouterMessage::Other);
}

QTEST_APPLESS_MAIN(TestGorouterLog)
#include "tst_gorouterlog.moc"
