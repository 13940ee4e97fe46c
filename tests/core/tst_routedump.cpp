#include "core/formats/routedump.h"
#include "samplefiles.h"

#include <QtTest>

#include <sstream>
#include <string>

using namespace rs;

namespace {

const RouteEndpointRow* findRow(const RouteDumpResult& result, const std::string& address)
{
    for (const RouteEndpointRow& row : result.rows) {
        if (row.address == address)
            return &row;
    }
    return nullptr;
}

// jq output. One raw string per line: moc loses its way in multi-line raw strings.
constexpr const char* kPrettyLines[] = {
    R"j({)j",
    R"j(  "a.example.com": [)j",
    R"j(    {)j",
    R"j(      "address": "10.0.1.2:61001",)j",
    R"j(      "availability_zone": "z1",)j",
    R"j(      "protocol": "http2",)j",
    R"j(      "tls": true,)j",
    R"j(      "ttl": 120,)j",
    R"j(      "tags": {)j",
    R"j(        "app_id": "app-1",)j",
    R"j(        "app_name": "shop",)j",
    R"j(        "component": "route-emitter",)j",
    R"j(        "instance_id": "2",)j",
    R"j(        "organization_name": "org",)j",
    R"j(        "process_instance_id": "pi-1",)j",
    R"j(        "process_type": "web",)j",
    R"j(        "space_name": "dev")j",
    R"j(      },)j",
    R"j(      "private_instance_id": "pi-1",)j",
    R"j(      "server_cert_domain_san": "pi-1")j",
    R"j(    })j",
    R"j(  ],)j",
    R"j(  "empty.example.com": [],)j",
    R"j(  "svc.example.com/path": [)j",
    R"j(    {)j",
    R"j(      "address": "10.0.1.3:8080",)j",
    R"j(      "tls": false,)j",
    R"j(      "ttl": 120,)j",
    R"j(      "route_service_url": "https://rs.example.com/?a=1\u0026b=2",)j",
    R"j(      "tags": {"component": "uaa"},)j",
    R"j(      "isolation_segment": "iso-1",)j",
    R"j(      "load_balancing_algorithm": "least-connection")j",
    R"j(    })j",
    R"j(  ])j",
    R"j(})j",
};

std::string pretty()
{
    std::string text;
    for (const char* line : kPrettyLines)
        text.append(line).push_back('\n');
    return text;
}

} // namespace

class TestRouteDump : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void staleRouteDetectorSample();
    void poolMarshalSample();
    void prettyPrinted();
    void boshSshCapture();
    void severalDocumentsAndDamage();
    void notARouteTable();
    void hostileInput();
    void detection();
};

void TestRouteDump::staleRouteDetectorSample()
{
    const RouteDumpResult result = parseRouteDump(test::sampleBytes("routes-stale-route-detector-unit.json"));
    QCOMPARE(result.documents, std::size_t(1));
    QCOMPARE(result.routes, std::size_t(2));
    QCOMPARE(result.rows.size(), std::size_t(7));
    QVERIFY(result.issues.empty());

    const RouteEndpointRow& doppler = result.rows[0];
    QCOMPARE(doppler.route, std::string("*.doppler.system.pcf.com"));
    QCOMPARE(doppler.address, std::string("10.223.32.20:8081"));
    QCOMPARE(doppler.tls, Tri::True);
    QCOMPARE(doppler.ttl, 120);
    QVERIFY(!doppler.hasTags);
    QCOMPARE(doppler.privateInstanceId, std::string("8ddb510a-71ae-4fa9-6058-b4db302e2b18"));
    QCOMPARE(doppler.serverCertDomainSan, std::string("doppler.service.cf.internal"));
    QCOMPARE(result.rows[5].address, std::string("10.223.48.16:8081"));
    QCOMPARE(result.rows[5].route, std::string("*.doppler.system.pcf.com"));

    const RouteEndpointRow& app = result.rows[6];
    QCOMPARE(app.route, std::string("myapp.apps.pcf.com"));
    QCOMPARE(app.address, std::string("10.223.32.39:61086"));
    QCOMPARE(app.tls, Tri::True);
    QVERIFY(app.hasTags);
    QCOMPARE(app.tagAppId, std::string("bbfd13e9-17b1-4f3e-9c71-a48243de0d20"));
    QCOMPARE(app.tagAppName, std::string("myapp"));
    QCOMPARE(app.tagComponent, std::string("route-emitter"));
    QCOMPARE(app.tagInstanceIndex, std::string("0"));
    QCOMPARE(app.tagOrgName, std::string("myorg"));
    QCOMPARE(app.tagProcessInstanceId, std::string("a62d2f03-307f-49c3-66fa-1778"));
    QCOMPARE(app.tagProcessType, std::string("web"));
    QCOMPARE(app.tagSpaceName, std::string("myspace"));
    QCOMPARE(app.privateInstanceId, std::string("a62d2f03-307f-49c3-66fa-1778"));
    QCOMPARE(app.serverCertDomainSan, std::string("a62d2f03-307f-49c3-66fa-1778"));
    QCOMPARE(app.protocol, std::string());
}

void TestRouteDump::poolMarshalSample()
{
    const RouteDumpResult result =
        parseRouteDump(test::sampleBytes("routes-gorouter-pool-marshal-test-expectations.jsonl"));
    QCOMPARE(result.documents, std::size_t(17));
    QCOMPARE(result.routes, std::size_t(17));
    QCOMPARE(result.rows.size(), std::size_t(26));
    QVERIFY(result.issues.empty());
    for (const RouteEndpointRow& row : result.rows) {
        QCOMPARE(row.route, std::string());
        QCOMPARE(row.ttl, -1);
    }

    const RouteEndpointRow& first = result.rows[0];
    QCOMPARE(first.address, std::string("1.2.3.4:5678"));
    QCOMPARE(first.availabilityZone, std::string("az-meow"));
    QCOMPARE(first.protocol, std::string("http1"));
    QCOMPARE(first.tls, Tri::False);
    QCOMPARE(first.routeServiceUrl, std::string("https://my-rs.com"));
    QVERIFY(!first.hasTags);
    const RouteEndpointRow& second = result.rows[1];
    QCOMPARE(second.address, std::string("5.6.7.8:5678"));
    QCOMPARE(second.availabilityZone, std::string());
    QCOMPARE(second.protocol, std::string("http2"));
    QCOMPARE(second.tls, Tri::True);
    QCOMPARE(second.privateInstanceId, std::string("pvt_test_instance_id"));
    QCOMPARE(second.serverCertDomainSan, std::string("pvt_test_san"));
    QCOMPARE(second.loadBalancingAlgorithm, std::string("lb-meow"));
    QCOMPARE(second.routeServiceUrl, std::string());

    QVERIFY(result.rows[2].hasTags); // {"some-key":"some-value"}
    QCOMPARE(result.rows[2].tagAppId, std::string());
    QVERIFY(result.rows[3].hasTags); // {}
    // The 2015 line: no tls, no tags key at all.
    const RouteEndpointRow& oldest = result.rows.back();
    QCOMPARE(oldest.address, std::string("5.6.7.8:5678"));
    QCOMPARE(oldest.tls, Tri::Unknown);
    QVERIFY(!oldest.hasTags);
}

void TestRouteDump::prettyPrinted()
{
    const RouteDumpResult result = parseRouteDump(pretty());
    QCOMPARE(result.documents, std::size_t(1));
    QCOMPARE(result.routes, std::size_t(3));
    QCOMPARE(result.rows.size(), std::size_t(2));
    QVERIFY(result.issues.empty());
    const RouteEndpointRow* shop = findRow(result, "10.0.1.2:61001");
    QVERIFY(shop);
    QCOMPARE(shop->route, std::string("a.example.com"));
    QCOMPARE(shop->availabilityZone, std::string("z1"));
    QCOMPARE(shop->tagInstanceIndex, std::string("2"));
    QCOMPARE(shop->tagProcessInstanceId, std::string("pi-1"));
    const RouteEndpointRow* svc = findRow(result, "10.0.1.3:8080");
    QVERIFY(svc);
    QCOMPARE(svc->route, std::string("svc.example.com/path"));
    QCOMPARE(svc->routeServiceUrl, std::string("https://rs.example.com/?a=1&b=2"));
    QCOMPARE(svc->tls, Tri::False);
    QCOMPARE(svc->tagComponent, std::string("uaa"));
    QCOMPARE(svc->isolationSegment, std::string("iso-1"));
    QCOMPARE(svc->loadBalancingAlgorithm, std::string("least-connection"));
}

void TestRouteDump::boshSshCapture()
{
    const std::string prefix = "router/0a1b2c3d-1111-2222-3333-444455556666: ";
    const std::string capture =
        "Using environment '10.0.0.5' as client 'admin'\n\nUsing deployment 'cf'\n\nTask 123. Done\n" +
        prefix + "stderr | Unauthorized use is strictly prohibited. All access and use may be monitored.\n" +
        prefix +
        R"(stdout | {"a.example.com":[{"address":"10.0.1.2:61001","tls":true,"ttl":120,"tags":null}],"b.example.com":[]})" +
        "\n" + prefix + "stderr | Connection to 10.0.0.5 closed.\n\nSucceeded\n";
    const RouteDumpResult result = parseRouteDump(capture);
    QCOMPARE(result.documents, std::size_t(1));
    QCOMPARE(result.routes, std::size_t(2));
    QCOMPARE(result.rows.size(), std::size_t(1));
    QVERIFY(result.issues.empty());
    QCOMPARE(result.rows[0].address, std::string("10.0.1.2:61001"));
    QCOMPARE(result.rows[0].route, std::string("a.example.com"));

    // `| jq .` through bosh ssh: every pretty line carries the prefix.
    std::string captured;
    std::istringstream lines(pretty());
    std::string line;
    while (std::getline(lines, line))
        captured += "router/0: stdout | " + line + "\r\n";
    captured += "router/0: stderr | Connection to 10.0.0.5 closed.\r\n";
    const RouteDumpResult fromPretty = parseRouteDump("Using environment 'x' as user 'y'\n" + captured);
    QCOMPARE(fromPretty.documents, std::size_t(1));
    QCOMPARE(fromPretty.rows.size(), std::size_t(2));
    QCOMPARE(fromPretty.routes, std::size_t(3));
    QVERIFY(fromPretty.issues.empty());
    QVERIFY(looksLikeRouteDump(captured));

    // A document cut short inside the capture is reported at its offset in the input.
    const std::string cut =
        "Task 1 done\n" + prefix + R"(stdout | {"a.example.com":[{"address":"10.0.1.2:61001")" + "\n";
    const RouteDumpResult truncated = parseRouteDump(cut);
    QCOMPARE(truncated.rows.size(), std::size_t(0));
    QCOMPARE(truncated.issues.size(), std::size_t(1));
    QCOMPARE(truncated.issues[0].reason, SkipReason::JsonTruncated);
    QCOMPARE(truncated.issues[0].offset, std::string("Task 1 done\n").size() + prefix.size() + 9);
}

void TestRouteDump::severalDocumentsAndDamage()
{
    const std::string one = R"({"a.example.com":[{"address":"10.0.0.1:1","ttl":120}]})";
    const std::string two =
        R"({"b.example.com":[{"address":"10.0.0.2:2","ttl":120},{"address":"10.0.0.3:3"}]})";
    const std::string garbage = "curl: (7) Failed to connect to 127.0.0.1 port 8082: Connection refused";
    const std::string text = one + "\n" + garbage + "\n" + two + "\n" + one.substr(0, 30);
    const RouteDumpResult result = parseRouteDump(text);
    QCOMPARE(result.documents, std::size_t(2));
    QCOMPARE(result.routes, std::size_t(2));
    QCOMPARE(result.rows.size(), std::size_t(3));
    QCOMPARE(result.issues.size(), std::size_t(2));
    QCOMPARE(result.issues[0].reason, SkipReason::JsonInvalid);
    QCOMPARE(result.issues[0].offset, one.size() + 1);
    QCOMPARE(result.issues[0].example, garbage);
    QCOMPARE(result.issues[1].reason, SkipReason::JsonTruncated);
    QCOMPARE(result.issues[1].offset, one.size() + garbage.size() + two.size() + 3);

    // Concatenated without separators, and a cut document followed by a good one.
    const RouteDumpResult glued = parseRouteDump(one + two + "\n" + two.substr(0, 40) + "\n" + one);
    QCOMPARE(glued.documents, std::size_t(3));
    QCOMPARE(glued.rows.size(), std::size_t(4));
    QCOMPARE(glued.issues.size(), std::size_t(1));
    QCOMPARE(glued.issues[0].reason, SkipReason::JsonTruncated);

    // Invalid JSON with balanced brackets; an endpoint without address.
    const RouteDumpResult invalid = parseRouteDump(R"({"a":[{"address":REDACTED}]})"
                                                   "\n"
                                                   R"({"b":[{"ttl":1},{"address":"10.0.0.9:9"}]})");
    QCOMPARE(invalid.documents, std::size_t(1));
    QCOMPARE(invalid.rows.size(), std::size_t(1));
    QCOMPARE(invalid.issues.size(), std::size_t(2));
    QCOMPARE(invalid.issues[0].reason, SkipReason::JsonInvalid);
    QCOMPARE(invalid.issues[1].reason, SkipReason::RecordInvalid);
    QCOMPARE(invalid.issues[1].example, std::string(R"({"ttl":1})"));

    const RouteDumpResult empty = parseRouteDump("{}");
    QCOMPARE(empty.documents, std::size_t(1));
    QCOMPARE(empty.routes, std::size_t(0));
    QVERIFY(empty.rows.empty());
    QVERIFY(empty.issues.empty());
    QVERIFY(parseRouteDump("").issues.empty());
    QVERIFY(parseRouteDump(" \n\t\n").issues.empty());
}

void TestRouteDump::notARouteTable()
{
    const RouteDumpResult result = parseRouteDump(R"({"process_guid":"x","index":0})"
                                                  "\n"
                                                  R"("text")"
                                                  "\n"
                                                  "[1,2]");
    QCOMPARE(result.documents, std::size_t(2));
    QVERIFY(result.rows.empty());
    QCOMPARE(result.issues.size(), std::size_t(4));
    QCOMPARE(result.issues[0].reason, SkipReason::RecordInvalid);
    QCOMPARE(result.issues[1].reason, SkipReason::JsonInvalid); // a scalar is no document here
    QCOMPARE(result.issues[2].reason, SkipReason::RecordInvalid);
    QCOMPARE(result.issues[3].reason, SkipReason::RecordInvalid);
}

void TestRouteDump::hostileInput()
{
    QVERIFY(!parseRouteDump(std::string(10000, '[')).issues.empty());
    QVERIFY(!parseRouteDump(std::string(10000, '[') + std::string(10000, ']')).issues.empty());
    QVERIFY(!parseRouteDump(std::string(10000, '{')).issues.empty());
    const std::string deep =
        R"({"a":[{"address":"1.1.1.1:1","tags":)" + std::string(5000, '[') + std::string(5000, ']') + "}]}";
    QCOMPARE(parseRouteDump(deep).rows.size(), std::size_t(0));
    std::string nul = R"({"a":[{"address":"1.1.1.1:1"}]})";
    nul.insert(5, 1, '\0');
    parseRouteDump(nul);
    const std::string huge(4 << 20, 'h');
    const RouteDumpResult big = parseRouteDump(
        R"({")" + huge + R"(":[{"address":"1.1.1.1:1","route_service_url":")" + huge + R"("}]})");
    QCOMPARE(big.rows.size(), std::size_t(1));
    QCOMPARE(big.rows[0].route.size(), huge.size());
    QCOMPARE(big.rows[0].routeServiceUrl.size(), huge.size());
    const RouteDumpResult longGarbage = parseRouteDump(std::string(100000, 'g'));
    QCOMPARE(longGarbage.issues.size(), std::size_t(1));
    QCOMPARE(longGarbage.issues[0].example.size(), std::size_t(200));
    // A cut inside a multi-byte character: the example stays valid UTF-8.
    const RouteDumpResult utf8 = parseRouteDump(std::string(199, 'x') + "\xc3\xa9" + std::string(10, 'x'));
    QCOMPARE(utf8.issues[0].example.size(), std::size_t(199));
    QVERIFY(!parseRouteDump("\"unterminated").issues.empty());
    QVERIFY(!parseRouteDump("]]]]").issues.empty());
}

void TestRouteDump::detection()
{
    QVERIFY(looksLikeRouteDump(test::sampleBytes("routes-stale-route-detector-unit.json")));
    QVERIFY(looksLikeRouteDump(test::sampleBytes("routes-gorouter-pool-marshal-test-expectations.jsonl")));
    QVERIFY(looksLikeRouteDump(pretty()));
    QVERIFY(looksLikeRouteDump(pretty().substr(0, 60))); // head cut inside the first pool
    QVERIFY(looksLikeRouteDump(R"({"a.example.com":[],"b.example.com":[]})"));
    QVERIFY(looksLikeRouteDump(R"({"a.example.com":[],"b.example.com":[{"address":"1.2.3.4:5")"));
    QVERIFY(!looksLikeRouteDump(test::sampleBytes("lrps-stale-route-detector-unit.jsonl")));
    QVERIFY(!looksLikeRouteDump(test::sampleBytes("gorouter-stdout-zap-rfc3339.log")));
    QVERIFY(!looksLikeRouteDump(test::sampleBytes("diego-lager-rep-bbs.log")));
    QVERIFY(!looksLikeRouteDump(test::sampleBytes("gorouter-stderr-go-log.log")));
    QVERIFY(!looksLikeRouteDump("{}"));
    QVERIFY(!looksLikeRouteDump(""));
    QVERIFY(!looksLikeRouteDump(R"({"a":"b","c":[{"address":"1"}]})"));
    QVERIFY(!looksLikeRouteDump(R"([{"process_guid":"p","address":"10.0.0.1"}])"));
    QVERIFY(!looksLikeRouteDump(std::string(70000, '[')));
}

QTEST_APPLESS_MAIN(TestRouteDump)
#include "tst_routedump.moc"
