// Load-balancer request logs (docs/LOADBALANCERS.md): one example per format and per failure,
// written from the vendors' field specifications; detection by content; no record from other
// programs' lines; import of plain, gzip and archived LB files with raw lines.
#include "archivewriter.h"
#include "core/diagnosis/correlation.h"
#include "core/diagnosis/lbjoin.h"
#include "core/formats/detect.h"
#include "core/formats/lblog.h"
#include "core/formats/lbrecords.h"
#include "core/formats/wrappers.h"
#include "core/import/importer.h"
#include "core/util/bytebuffer.h"
#include "core/util/timeparse.h"
#include "samplefiles.h"

#include <QTest>

using namespace rs;

namespace {

constexpr DurationNs kMs = 1'000'000;

// HAProxy `option httplog` through rsyslog (RFC 3164 header), captured Host and X-Forwarded-For.
const std::string kHaOk =
    "Dec  6 10:15:02 haproxy-0 haproxy[2814]: 203.0.113.25:51544 [06/Dec/2026:10:15:02.118] https-in~ "
    "http-routers/node1 4/0/1/35/41 200 1532 - - ---- 14/14/2/1/0 0/0 {app.example.com|203.0.113.25} {} "
    "\"GET /orders?page=2 HTTP/1.1\"";
// Server timeout while waiting for the response headers (`timeout server`): 504, Tr -1.
const std::string kHaTimeout = "198.51.100.7:40112 [06/Dec/2026:10:16:00.004] https-in~ http-routers/node0 "
                               "2/0/0/-1/30002 504 194 - - sH-- 20/20/5/2/0 0/0 \"POST /reports HTTP/1.1\"";
// Connection refused by the server, three retries: 503, Tc -1.
const std::string kHaRefused = "198.51.100.8:40113 [06/Dec/2026:10:16:01.500] https-in~ http-routers/node2 "
                               "1/0/-1/-1/3003 503 216 - - SC-- 3/3/0/0/+3 0/0 \"GET / HTTP/1.1\"";
// No server available in the backend.
const std::string kHaNoServer =
    "198.51.100.9:40114 [06/Dec/2026:10:16:02.000] https-in~ http-routers/<NOSRV> "
    "0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 \"GET /health HTTP/1.1\"";
// A custom log-format: the default HTTP fields, then %si:%sp and %ID (unique-id-header X-Request-Id).
const std::string kHaCustom =
    "<134>Dec  6 10:15:03 haproxy-1 haproxy[2815]: 203.0.113.26:51545 [06/Dec/2026:10:15:03.250] https-in~ "
    "http-routers/node0 3/0/0/12/15 404 120 - - ---- 9/9/1/1/0 0/0 {app.example.com|203.0.113.26, 10.0.0.9} "
    "\"GET /missing HTTP/1.1\" 10.0.16.5:80 4f1c2a9e-7b3d-4c5e-9f10-112233445566";

// AWS ALB (https listener), every field to classification_reason.
const std::string kAlbOk =
    "https 2026-12-06T10:15:02.170841Z app/cf-routers/5f1a2b3c4d5e6f70 203.0.113.25:51544 10.0.16.5:80 0.001 "
    "0.045 0.000 200 200 412 1532 \"GET https://app.example.com:443/orders?page=2 HTTP/1.1\" \"curl/8.5.0\" "
    "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 "
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/cf-routers/0a1b2c3d4e5f6a7b "
    "\"Root=1-6576b1de-0a1b2c3d4e5f6a7b8c9d0e1f\" \"app.example.com\" "
    "\"arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555\" 1 "
    "2026-12-06T10:15:02.124000Z \"forward\" \"-\" \"-\" \"10.0.16.5:80\" \"200\" \"-\" \"-\"";
// The target never answered within the idle timeout: 504, target status and times -1.
const std::string kAlbTimeout =
    "https 2026-12-06T10:17:00.125000Z app/cf-routers/5f1a2b3c4d5e6f70 198.51.100.7:40112 10.0.16.6:80 0.000 "
    "-1 -1 504 - 388 0 \"POST https://app.example.com:443/reports HTTP/1.1\" \"Go-http-client/1.1\" "
    "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 "
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/cf-routers/0a1b2c3d4e5f6a7b "
    "\"Root=1-6576b21c-1a2b3c4d5e6f708192a3b4c5\" \"app.example.com\" \"-\" 1 2026-12-06T10:16:00.125000Z "
    "\"forward\" \"-\" \"-\" \"10.0.16.6:80\" \"-\" \"-\" \"-\"";
// No healthy target: 503 without a target.
const std::string kAlbNoTarget =
    "http 2026-12-06T10:18:00.000500Z app/cf-routers/5f1a2b3c4d5e6f70 198.51.100.9:1234 - -1 -1 -1 503 - 120 "
    "340 \"GET http://app.example.com:80/ HTTP/1.1\" \"curl/8.5.0\" - - "
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/cf-routers/0a1b2c3d4e5f6a7b "
    "\"Root=1-6576b258-2b3c4d5e6f708192a3b4c5d6\" \"-\" \"-\" 1 2026-12-06T10:18:00.000000Z \"forward\" "
    "\"-\" "
    "\"-\" \"-\" \"-\" \"-\" \"-\"";
// The connection to the target failed: 502 with a target, no target status, target time -1.
const std::string kAlbRefused =
    "https 2026-12-06T10:18:01.003000Z app/cf-routers/5f1a2b3c4d5e6f70 198.51.100.10:5555 10.0.16.7:80 0.000 "
    "-1 -1 502 - 300 277 \"GET https://app.example.com:443/ HTTP/1.1\" \"curl/8.5.0\" "
    "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 "
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/cf-routers/0a1b2c3d4e5f6a7b "
    "\"Root=1-6576b259-3c4d5e6f708192a3b4c5d6e7\" \"app.example.com\" \"-\" 1 2026-12-06T10:18:01.001000Z "
    "\"forward\" \"-\" \"-\" \"10.0.16.7:80\" \"-\" \"-\" \"-\"";

// Classic ELB (HTTPS listener).
const std::string kElbOk =
    "2026-12-06T10:15:02.124000Z cf-elb 203.0.113.25:51544 10.0.16.5:80 0.000041 0.045112 0.000023 200 200 0 "
    "1532 \"GET https://app.example.com:443/orders?page=2 HTTP/1.1\" \"curl/8.5.0\" "
    "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2";
const std::string kElbTimeout =
    "2026-12-06T10:16:00.000000Z cf-elb 198.51.100.7:40112 10.0.16.6:80 0.000041 -1 "
    "-1 504 - 388 0 \"POST https://app.example.com:443/reports HTTP/1.1\" "
    "\"Go-http-client/1.1\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2";

// Google Cloud external Application Load Balancer, one LogEntry per line as exported.
const std::string kGcpTimeout =
    R"({"insertId":"1b2c3d4e5f","jsonPayload":{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_timeout","backendTargetProjectNumber":"projects/123456789012"},"httpRequest":{"requestMethod":"POST","requestUrl":"https://app.example.com/reports?year=2026","requestSize":"388","status":504,"responseSize":"194","userAgent":"Go-http-client/1.1","remoteIp":"198.51.100.7","serverIp":"10.0.16.6","latency":"30.002117s","protocol":"HTTP/1.1"},"resource":{"type":"http_load_balancer","labels":{"forwarding_rule_name":"cf-https","url_map_name":"cf-map","target_proxy_name":"cf-proxy","backend_service_name":"cf-routers","zone":"global","project_id":"cf-prod"}},"timestamp":"2026-12-06T10:16:00.004000Z","severity":"ERROR","logName":"projects/cf-prod/logs/requests","trace":"projects/cf-prod/traces/0af7651916cd43dd8448eb211c80319c","receiveTimestamp":"2026-12-06T10:16:31.100000Z"})";
const std::string kGcpOk =
    R"({"insertId":"2c3d","jsonPayload":{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"response_sent_by_backend"},"httpRequest":{"requestMethod":"GET","requestUrl":"https://app.example.com/","status":200,"remoteIp":"203.0.113.25","serverIp":"10.0.16.5","latency":"0.041s"},"resource":{"type":"http_load_balancer"},"timestamp":"2026-12-06T10:15:02.118Z"})";

// Azure Application Gateway v2 access log record, one per line.
const std::string kAzureTimeout =
    R"({"time":"2026-12-06T10:16:00.0040000Z","resourceId":"/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/CF/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/CF-AGW","operationName":"ApplicationGatewayAccess","category":"ApplicationGatewayAccessLog","properties":{"instanceId":"appgw_1","clientIP":"198.51.100.7","clientPort":40112,"httpMethod":"POST","originalRequestUriWithArgs":"/reports?year=2026","requestUri":"/reports","requestQuery":"year=2026","userAgent":"Go-http-client/1.1","httpStatus":504,"httpVersion":"HTTP/1.1","receivedBytes":388,"sentBytes":194,"timeTaken":30.002,"sslEnabled":"on","host":"app.example.com","originalHost":"app.example.com","serverRouted":"10.0.16.6:80","serverStatus":"-","serverResponseLatency":"-","error_info":"ERRORINFO_UPSTREAM_TIMED_OUT","transactionId":"8d5c1f0e2b7a4c3d9e6f1a2b3c4d5e6f"}})";
const std::string kAzureOk =
    R"({"time":"2026-12-06T10:15:02.1180000Z","operationName":"ApplicationGatewayAccess","category":"ApplicationGatewayAccessLog","properties":{"clientIP":"203.0.113.25","clientPort":51544,"httpMethod":"GET","requestUri":"/orders","userAgent":"curl/8.5.0","httpStatus":200,"receivedBytes":412,"sentBytes":1532,"timeTaken":0.041,"host":"app.example.com","serverRouted":"10.0.16.5:80","serverStatus":"200","serverResponseLatency":"0.035","error_info":"ERRORINFO_NO_ERROR"}})";

LbRecord parsed(LbLogParser& parser, const std::string& line)
{
    LbRecord r;
    const auto failure = parser.parse(unwrap(line).payload, r);
    if (failure)
        qWarning("%s: %s", std::string(skipReasonId(*failure)).c_str(), line.c_str());
    return r;
}

std::string t(TimeNs time)
{
    return formatTimeUtc(time);
}

// An incident holding one LB file, for classifyLbRow.
std::shared_ptr<Incident> importLines(const std::string& name, const std::vector<std::string>& lines)
{
    std::string text;
    for (const auto& line : lines)
        text += line + "\n";
    return Importer().importBytes(name, bytesFromString(std::move(text)));
}

} // namespace

class TestLbLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void haproxyHttpLog();
    void haproxyFailures();
    void haproxyCustomFormat();
    void albAccessLog();
    void albFailures();
    void albTimesCenturiesApart();
    void classicElb();
    void gcpRequestLog();
    void azureAccessLog();
    void azureRecordsDocument();
    void detectsEachFormat();
    void noRecordsFromOtherPrograms();
    void otherKindsStillDetected();
    void importsPlainGzipAndArchived();
    void classifiesLbAnsweredFailures();
    void badInputNeverCrashes();
    void joinsByTimeDespiteGorouterTraceparent();
};

void TestLbLog::haproxyHttpLog()
{
    LbLogParser parser;
    const LbRecord r = parsed(parser, kHaOk);
    QCOMPARE(r.kind, LbKind::HaProxy);
    QCOMPARE(r.client, std::string_view("203.0.113.25:51544"));
    QCOMPARE(t(r.start), std::string("2026-12-06T10:15:02.118000000Z"));
    QCOMPARE(r.lbName, std::string_view("https-in~"));
    QCOMPARE(r.target, std::string_view("node1"));
    QCOMPARE(r.request, 4 * kMs);
    QCOMPARE(r.connect, 1 * kMs);
    QCOMPARE(r.response, 35 * kMs);
    QCOMPARE(r.total, 41 * kMs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.targetStatus, 200);
    QCOMPARE(r.bytesOut, std::int64_t{1532});
    QCOMPARE(r.termination, std::string_view("----"));
    QCOMPARE(r.host, std::string_view("app.example.com"));
    QCOMPARE(r.forwardedFor, std::string_view("203.0.113.25"));
    QCOMPARE(r.method, std::string_view("GET"));
    QCOMPARE(r.url, std::string_view("/orders?page=2"));
}

void TestLbLog::haproxyFailures()
{
    LbLogParser parser;
    LbRecord r = parsed(parser, kHaTimeout);
    QCOMPARE(r.status, 504);
    QCOMPARE(r.targetStatus, kNoTargetStatus);
    QCOMPARE(r.response, kNoDuration);
    QCOMPARE(r.total, 30002 * kMs);
    QCOMPARE(r.termination, std::string_view("sH--"));
    QCOMPARE(r.method, std::string_view("POST"));

    r = parsed(parser, kHaRefused);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.connect, kNoDuration);
    QCOMPARE(r.targetStatus, kNoTargetStatus);
    QCOMPARE(r.termination, std::string_view("SC--"));

    r = parsed(parser, kHaNoServer);
    QCOMPARE(r.status, 503);
    QVERIFY(r.target.empty());
    QCOMPARE(r.request, DurationNs{0}); // Tq 0, Tw -1: received, never queued
}

void TestLbLog::haproxyCustomFormat()
{
    LbLogParser parser;
    const LbRecord r = parsed(parser, kHaCustom);
    QCOMPARE(r.kind, LbKind::HaProxy);
    QCOMPARE(r.target, std::string_view("10.0.16.5:80"));
    QCOMPARE(r.requestId, std::string_view("4f1c2a9e-7b3d-4c5e-9f10-112233445566"));
    QCOMPARE(r.forwardedFor, std::string_view("203.0.113.26"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.targetStatus, 404);
    QCOMPARE(r.url, std::string_view("/missing"));
}

void TestLbLog::albAccessLog()
{
    LbLogParser parser;
    const LbRecord r = parsed(parser, kAlbOk);
    QCOMPARE(r.kind, LbKind::AwsAlb);
    QCOMPARE(r.lbName, std::string_view("app/cf-routers/5f1a2b3c4d5e6f70"));
    // The request's creation time, not the response time the line starts with.
    QCOMPARE(t(r.start), std::string("2026-12-06T10:15:02.124000000Z"));
    QCOMPARE(r.total, DurationNs{46'841'000});
    QCOMPARE(r.request, 1 * kMs);
    QCOMPARE(r.response, 45 * kMs);
    QCOMPARE(r.client, std::string_view("203.0.113.25:51544"));
    QCOMPARE(r.target, std::string_view("10.0.16.5:80"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.targetStatus, 200);
    QCOMPARE(r.bytesIn, std::int64_t{412});
    QCOMPARE(r.method, std::string_view("GET"));
    QCOMPARE(r.host, std::string_view("app.example.com"));
    QCOMPARE(r.url, std::string_view("/orders?page=2"));
    QCOMPARE(r.amznTraceId, std::string_view("Root=1-6576b1de-0a1b2c3d4e5f6a7b8c9d0e1f"));
    QVERIFY(r.termination.empty());
}

void TestLbLog::albFailures()
{
    LbLogParser parser;
    LbRecord r = parsed(parser, kAlbTimeout);
    QCOMPARE(r.status, 504);
    QCOMPARE(r.targetStatus, kNoTargetStatus);
    QCOMPARE(r.response, kNoDuration);
    QCOMPARE(r.total, DurationNs{60'000'000'000});
    r = parsed(parser, kAlbNoTarget);
    QCOMPARE(r.status, 503);
    QVERIFY(r.target.empty());
    QCOMPARE(r.url, std::string_view("/"));
    r = parsed(parser, kAlbRefused);
    QCOMPARE(r.status, 502);
    QCOMPARE(r.target, std::string_view("10.0.16.7:80"));
}

// fuzz_lbaws found the ALB's total time overflowing for a request created centuries before it was
// answered (signed overflow under UBSan): such a line keeps its fields, without a total.
void TestLbLog::albTimesCenturiesApart()
{
    const std::string line =
        R"(http 2226-12-06T10:18:00.000500Z app/cf-routers/5f1a2b3c4d5e6f70 198.51.100.9:1234 - -1 -1 -1 503 - 120 340 )"
        R"("GET http://app.example.com:80/ HTTP/1.1" "curl/8.5.0" - - arn:a:us-east-1:123456789012:targetouters/0a1b2c3d4e5f6a7b )"
        R"("Root=1-6576b258-2b3c4d5e6f708192a3b4c5d6" "-" "-" 0 1881-12-06T10:18:00.000000Z "forward" "-" "-" "-" "-" "-" "-")";
    LbLogParser parser;
    LbRecord r;
    QVERIFY(!parser.parse(unwrap(line).payload, r));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.total, kNoDuration);
    QCOMPARE(t(r.start), std::string("1881-12-06T10:18:00.000000000Z"));
}

void TestLbLog::classicElb()
{
    LbLogParser parser;
    LbRecord r = parsed(parser, kElbOk);
    QCOMPARE(r.kind, LbKind::AwsElb);
    QCOMPARE(r.lbName, std::string_view("cf-elb"));
    QCOMPARE(t(r.start), std::string("2026-12-06T10:15:02.124000000Z"));
    QCOMPARE(r.total, DurationNs{45'176'000});
    QCOMPARE(r.targetStatus, 200);
    QCOMPARE(r.url, std::string_view("/orders?page=2"));
    r = parsed(parser, kElbTimeout);
    QCOMPARE(r.status, 504);
    QCOMPARE(r.targetStatus, kNoTargetStatus);
    QCOMPARE(r.total, kNoDuration);
}

void TestLbLog::gcpRequestLog()
{
    LbLogParser parser;
    LbRecord r = parsed(parser, kGcpTimeout);
    QCOMPARE(r.kind, LbKind::GcpHttp);
    QCOMPARE(t(r.start), std::string("2026-12-06T10:16:00.004000000Z"));
    QCOMPARE(r.status, 504);
    QCOMPARE(r.targetStatus, kNoTargetStatus);
    QCOMPARE(r.termination, std::string_view("backend_timeout"));
    QCOMPARE(r.total, DurationNs{30'002'117'000});
    QCOMPARE(r.client, std::string_view("198.51.100.7"));
    QCOMPARE(r.target, std::string_view("10.0.16.6"));
    QCOMPARE(r.method, std::string_view("POST"));
    QCOMPARE(r.host, std::string_view("app.example.com"));
    QCOMPARE(r.url, std::string_view("/reports?year=2026"));
    QCOMPARE(r.traceparent, std::string_view("0af7651916cd43dd8448eb211c80319c"));
    QCOMPARE(r.lbName, std::string_view("cf-https"));
    r = parsed(parser, kGcpOk);
    QCOMPARE(r.targetStatus, 200);
    QCOMPARE(r.url, std::string_view("/"));
}

void TestLbLog::azureAccessLog()
{
    LbLogParser parser;
    LbRecord r = parsed(parser, kAzureTimeout);
    QCOMPARE(r.kind, LbKind::AzureAppGw);
    QCOMPARE(r.status, 504);
    QCOMPARE(r.targetStatus, kNoTargetStatus);
    QCOMPARE(r.client, std::string_view("198.51.100.7:40112"));
    QCOMPARE(r.target, std::string_view("10.0.16.6:80"));
    QCOMPARE(r.url, std::string_view("/reports?year=2026"));
    QCOMPARE(r.termination, std::string_view("ERRORINFO_UPSTREAM_TIMED_OUT"));
    QCOMPARE(r.total, DurationNs{30'002'000'000});
    QCOMPARE(r.requestId, std::string_view("8d5c1f0e2b7a4c3d9e6f1a2b3c4d5e6f"));
    r = parsed(parser, kAzureOk);
    QCOMPARE(r.targetStatus, 200);
    QCOMPARE(r.response, 35 * kMs);
    QVERIFY(r.termination.empty());

    // Numbers no field can hold count as absent (a double past int's range was undefined
    // behaviour, found by fuzz_lbcloud).
    std::string hostile = kAzureOk;
    for (const auto& [from, to] : {std::pair{"\"httpStatus\":200", "\"httpStatus\":2e86"},
                                   {"\"serverStatus\":\"200\"", "\"serverStatus\":-1e300"},
                                   {"\"clientPort\":51544", "\"clientPort\":70000"},
                                   {"\"sentBytes\":1532", "\"sentBytes\":1e40"}})
        hostile.replace(hostile.find(from), std::string_view(from).size(), to);
    r = parsed(parser, hostile);
    QCOMPARE(r.kind, LbKind::AzureAppGw);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.targetStatus, kNoTargetStatus);
    QCOMPARE(r.client, std::string_view("203.0.113.25"));
    QCOMPARE(r.bytesOut, std::int64_t{-1});
    QCOMPARE(r.bytesIn, std::int64_t{412});
}

// Azure's export wraps many records in one document, {"records":[…]}: each one is a row, read from
// where it starts in the line; quotes and braces inside strings do not end a record.
void TestLbLog::azureRecordsDocument()
{
    std::string quoted = kAzureOk;
    quoted.replace(quoted.find("\"clientIP\""), 0, "\"note\":\"a } and a \\\" ] inside\",");
    const std::string document = "{\"records\": [ " + kAzureTimeout + " ,\n" + quoted + "]}";
    const auto views = lb::azureRecords(document);
    QCOMPARE(views.size(), std::size_t{2});
    QCOMPARE(views[0], std::string_view(kAzureTimeout));
    QCOMPARE(views[1], std::string_view(quoted));
    QVERIFY(lb::azureRecords("{\"value\":[" + kAzureOk + "]}").empty());
    QVERIFY(lb::azureRecords("{\"records\":[" + kAzureOk.substr(0, 40)).empty()); // cut: no record
    // Imported as two rows of one line (the document on one line, as exports write it).
    std::string oneLine = "{\"records\":[" + kAzureTimeout + "," + kAzureOk + "]}\n";
    const auto incident = Importer().importBytes("appgw.json", bytesFromString(oneLine));
    const LbTable& lb = incident->tables.lb;
    QCOMPARE(lb.size(), std::size_t{2});
    QCOMPARE(lb.status[0], std::uint16_t{504});
    QCOMPARE(lb.targetStatus[1], std::int16_t{200});
    QCOMPARE(incident->report.skippedLines(), std::uint64_t{0});
    // Each row points at its own record.
    QVERIFY(incident->rawLine(lb.source, 0).view().starts_with(kAzureTimeout));
    QVERIFY(incident->rawLine(lb.source, 1).view().starts_with(kAzureOk));
}

void TestLbLog::detectsEachFormat()
{
    const std::vector<std::pair<std::string, LbKind>> lines = {
        {kHaOk, LbKind::HaProxy},       {kHaTimeout, LbKind::HaProxy},      {kHaCustom, LbKind::HaProxy},
        {kAlbOk, LbKind::AwsAlb},       {kAlbNoTarget, LbKind::AwsAlb},     {kElbOk, LbKind::AwsElb},
        {kGcpTimeout, LbKind::GcpHttp}, {kAzureTimeout, LbKind::AzureAppGw}};
    for (const auto& [line, kind] : lines) {
        const auto detected = LbLogParser::detect(unwrap(line).payload);
        QVERIFY2(detected.has_value(), line.c_str());
        QCOMPARE(*detected, kind);
        QCOMPARE(classifyPayload(unwrap(line).payload), FileKind::LbLog);
    }
    QCOMPARE(detectKind(kAlbOk + "\n" + kAlbTimeout + "\n").kind, FileKind::LbLog);
    QCOMPARE(detectKind(kGcpOk + "\n" + kGcpTimeout + "\n").kind, FileKind::LbLog);
    const KindGuess ha = detectKind(kHaOk + "\n" + kHaCustom + "\n");
    QCOMPARE(ha.kind, FileKind::LbLog);
    QVERIFY(ha.mixed); // syslog: each line is classified on its own
}

void TestLbLog::noRecordsFromOtherPrograms()
{
    std::vector<std::string> lines;
    for (const char* name :
         {"access-file-2017-2019-iso-millis.log", "access-file-2019-plus-iso-nanos.log",
          "access-gorouter-unit-test-expectations.log", "access-parser-fixtures-handedited.log",
          "access-via-cf-logs.log", "access-via-syslog-drain-rfc5424.log", "diego-lager-rep-bbs.log",
          "gorouter-log-bracket-prefixed-2017-2018.log", "gorouter-stderr-go-log.log",
          "gorouter-stdout-lager-2016.log", "gorouter-stdout-zap-rfc3339.log",
          "lrps-stale-route-detector-unit.jsonl", "routes-gorouter-pool-marshal-test-expectations.jsonl"}) {
        const auto file = test::sampleLines(name);
        QVERIFY2(!file.empty(), name);
        lines.insert(lines.end(), file.begin(), file.end());
    }
    // System syslog lines of a router VM, and garden's lager lines.
    lines.push_back("Dec  6 10:15:01 router-0 CRON[1234]: (root) CMD (/var/vcap/bosh/bin/logrotate)");
    lines.push_back("Dec  6 10:15:01 router-0 kernel: [12345.678901] IPv4: martian source 10.0.16.5 from "
                    "10.0.16.9, on dev eth0");
    lines.push_back(
        "Dec  6 10:15:02 router-0 sshd[999]: Accepted publickey for bosh_abc from 10.0.0.6 port 50022 "
        "ssh2: RSA SHA256:abc");
    lines.push_back(
        R"({"timestamp":"2026-12-06T10:15:02.118Z","level":"info","source":"guardian","message":)"
        R"("guardian.api.garden-server.create.created","data":{"handle":"a1b2","session":"3.1"}})");
    lines.push_back(
        "2026/12/06 10:15:02 http: proxy error: dial tcp 10.0.16.5:61000: connect: connection refused");
    for (const auto& line : lines) {
        const std::string_view payload = unwrap(line).payload;
        QVERIFY2(!LbLogParser::detect(payload).has_value(), line.c_str());
        QVERIFY2(classifyPayload(payload) != FileKind::LbLog, line.c_str());
    }
}

void TestLbLog::otherKindsStillDetected()
{
    QCOMPARE(detectKind(test::sampleBytes("access-file-2019-plus-iso-nanos.log")).kind, FileKind::AccessLog);
    QCOMPARE(detectKind(test::sampleBytes("gorouter-stdout-zap-rfc3339.log")).kind, FileKind::GorouterLog);
    QCOMPARE(detectKind(test::sampleBytes("diego-lager-rep-bbs.log")).kind, FileKind::LagerLog);
    QCOMPARE(detectKind(test::sampleBytes("gorouter-stderr-go-log.log")).kind, FileKind::GorouterStderr);
}

void TestLbLog::importsPlainGzipAndArchived()
{
    const std::string ha = kHaOk + "\n" + kHaTimeout + "\n" + kHaCustom + "\n";
    const std::string alb = kAlbOk + "\n" + kAlbTimeout + "\n" + kAlbNoTarget + "\n";
    const std::string bundle = test::makeArchive(
        {test::Member("haproxy.1b2c/haproxy/haproxy.log", ha),
         test::Member(
             "AWSLogs/123456789012/elasticloadbalancing/us-east-1/2026/12/06/"
             "123456789012_elasticloadbalancing_us-east-1_app.cf-routers_20261206T1015Z_10.0.0.1_x.log.gz",
             test::gzipBytes(alb)),
         test::Member("gcp/requests.json", kGcpTimeout + "\n" + kGcpOk + "\n"),
         test::Member("azure/appgw.json", kAzureTimeout + "\n" + kAzureOk + "\n")},
        test::ArchiveFormat::TarGz);
    const auto incident = Importer().importBytes("lb-bundle.tgz", bytesFromString(bundle));
    const LbTable& lb = incident->tables.lb;
    QCOMPARE(lb.size(), std::size_t{10});
    QCOMPARE(incident->report.skippedLines(), std::uint64_t{0});
    std::size_t albRows = 0;
    for (std::size_t row = 0; row < lb.size(); ++row) {
        const std::string raw = incident->rawLine(lb.source, row).str();
        // The raw line of each row is the line it was parsed from.
        QVERIFY2(raw == kHaOk || raw == kHaTimeout || raw == kHaCustom || raw == kAlbOk ||
                     raw == kAlbTimeout || raw == kAlbNoTarget || raw == kGcpTimeout || raw == kGcpOk ||
                     raw == kAzureTimeout || raw == kAzureOk,
                 raw.c_str());
        if (lb.kind[row] == LbKind::AwsAlb) {
            ++albRows;
            QVERIFY(raw.starts_with("http"));
        }
    }
    QCOMPARE(albRows, std::size_t{3});
    std::size_t lbFiles = 0;
    for (const auto& file : incident->report.files)
        lbFiles += file.kind == FileKind::LbLog ? 1 : 0;
    QCOMPARE(lbFiles, std::size_t{4});
}

void TestLbLog::classifiesLbAnsweredFailures()
{
    const auto incident =
        importLines("lb.log", {kHaOk, kHaTimeout, kHaRefused, kHaNoServer, kAlbOk, kAlbTimeout, kAlbNoTarget,
                               kAlbRefused, kElbTimeout, kGcpTimeout, kGcpOk, kAzureTimeout, kAzureOk});
    const LbTable& lb = incident->tables.lb;
    QCOMPARE(lb.size(), std::size_t{13});
    const std::vector<LbClass> expected = {LbClass::None,
                                           LbClass::Timeout,
                                           LbClass::ConnectionError,
                                           LbClass::NoBackendResponse,
                                           LbClass::None,
                                           LbClass::Timeout,
                                           LbClass::NoBackendResponse,
                                           LbClass::ConnectionError,
                                           LbClass::Timeout,
                                           LbClass::Timeout,
                                           LbClass::None,
                                           LbClass::Timeout,
                                           LbClass::None};
    for (std::size_t row = 0; row < lb.size(); ++row)
        QCOMPARE(lbClassId(classifyLbRow(*incident, row)), lbClassId(expected[row]));
}

void TestLbLog::badInputNeverCrashes()
{
    LbLogParser parser;
    LbRecord r;
    for (const std::string& line : {kHaOk, kAlbOk, kElbOk, kGcpTimeout, kAzureTimeout}) {
        for (std::size_t cut = 0; cut < line.size(); cut += 7) {
            const std::string head = line.substr(0, cut);
            parser.parse(head, r); // may fail, must not crash
            LbLogParser::detect(head);
        }
    }
    QVERIFY(parser
                .parse("1.2.3.4:5 [06/Foo/2026:10:15:02.118] a b/c 1/2/3/4/5 200 1 - - ---- 1/1/1/1/1 0/0 "
                       "\"GET / HTTP/1.1\"",
                       r)
                .has_value());
    QVERIFY(parser.parse("{\"httpRequest\":{}}", r).has_value());
}

// Gorouter writes a traceparent of its own when the LB sent none: a GCP trace id that no access
// line carries must not make the request "never reached"; it joins by time.
void TestLbLog::joinsByTimeDespiteGorouterTraceparent()
{
    const std::string access =
        "app.example.com - [2026-12-06T10:16:00.010000000Z] \"POST /reports?year=2026 HTTP/1.1\" 502 388 67 "
        "\"-\" "
        "\"Go-http-client/1.1\" \"10.0.0.4:51000\" \"10.0.32.5:61002\" x_forwarded_for:\"198.51.100.7, "
        "10.0.0.4\" "
        "x_forwarded_proto:\"https\" vcap_request_id:\"6cb8b8de-bc85-4479-5f90-1c3a52d88d84\" "
        "response_time:60.001000 gorouter_time:0.000200 app_id:\"cabd9e08-384e-4689-b868-1ba3d5d838bf\" "
        "app_index:\"0\" x_cf_routererror:\"endpoint_failure (context deadline exceeded)\" "
        "traceparent:\"00-6cb8b8debc8544795f901c3a52d88d84-5f901c3a52d88d84-01\"";
    const std::string bundle = test::makeArchive({test::Member("router/gorouter/access.log", access + "\n"),
                                                  test::Member("gcp/requests.json", kGcpTimeout + "\n")},
                                                 test::ArchiveFormat::TarGz);
    const auto incident = Importer().importBytes("bundle.tgz", bytesFromString(bundle));
    QCOMPARE(incident->tables.requests.size(), std::size_t{1});
    QCOMPARE(incident->tables.lb.size(), std::size_t{1});
    const Diagnosis d = diagnose(*incident);
    QCOMPARE(lbJoinId(d.lb.join[0]), lbJoinId(LbJoin::ByTime));
    QCOMPARE(d.lb.request[0], std::uint32_t{0});
    QCOMPARE(lbClassId(d.lb.lbClass[0]), lbClassId(LbClass::Timeout));
    QCOMPARE(sourceId(d.source[0]), sourceId(Source::Infrastructure));
    QCOMPARE(d.lb.neverReached, std::uint64_t{0});
    QCOMPARE(d.lb.statusDisagreements, std::uint64_t{1}); // LB 504, Gorouter 502
}

QTEST_GUILESS_MAIN(TestLbLog)
#include "tst_lblog.moc"
