#include "core/formats/lrps.h"
#include "samplefiles.h"

#include <QtTest>

#include <sstream>
#include <string>

using namespace rs;

namespace {

// `cfdot actual-lrps | jq .` of a crashed and an evacuating instance. One raw string per
// line: moc loses its way in multi-line raw strings.
constexpr const char* kPrettyLines[] = {
    R"j({)j",
    R"j(  "process_guid": "pg-1",)j",
    R"j(  "index": 1,)j",
    R"j(  "domain": "cf-apps",)j",
    R"j(  "instance_guid": "",)j",
    R"j(  "cell_id": "",)j",
    R"j(  "address": "",)j",
    R"j(  "ports": null,)j",
    R"j(  "preferred_address": "UNKNOWN",)j",
    R"j(  "crash_count": 3,)j",
    R"j(  "crash_reason": "APP/PROC/WEB: Exited with status 137 (out of memory)",)j",
    R"j(  "state": "CRASHED",)j",
    R"j(  "since": 1606398382633028601,)j",
    R"j(  "modification_tag": {)j",
    R"j(    "epoch": "6f053c37-e593-4438-4002-4d783a96da57",)j",
    R"j(    "index": 9)j",
    R"j(  },)j",
    R"j(  "presence": "ORDINARY",)j",
    R"j(  "availability_zone": "z1")j",
    R"j(})j",
    R"j({)j",
    R"j(  "process_guid": "pg-2",)j",
    R"j(  "index": 0,)j",
    R"j(  "domain": "cf-apps",)j",
    R"j(  "instance_guid": "ig-2",)j",
    R"j(  "cell_id": "cell-2",)j",
    R"j(  "address": "10.0.2.2",)j",
    R"j(  "ports": [)j",
    R"j(    {)j",
    R"j(      "container_port": 8080,)j",
    R"j(      "host_port": 61010,)j",
    R"j(      "container_tls_proxy_port": 61001,)j",
    R"j(      "host_tls_proxy_port": 61012)j",
    R"j(    })j",
    R"j(  ],)j",
    R"j(  "instance_address": "10.255.2.2",)j",
    R"j(  "preferred_address": "INSTANCE",)j",
    R"j(  "crash_count": 0,)j",
    R"j(  "state": "RUNNING",)j",
    R"j(  "since": 1606398382000000000,)j",
    R"j(  "presence": "EVACUATING",)j",
    R"j(  "OptionalRoutable": {)j",
    R"j(    "routable": false)j",
    R"j(  },)j",
    R"j(  "availability_zone": "z2")j",
    R"j(})j",
};

std::string pretty()
{
    std::string text;
    for (const char* line : kPrettyLines)
        text.append(line).push_back('\n');
    return text;
}

constexpr const char* kGroup =
    R"j({"instance":{"process_guid":"pg-3","index":0,"domain":"cf-apps","instance_guid":"ig-new","cell_id":"cell-b",)j"
    R"j("address":"10.0.3.4","ports":[{"container_port":8080,"host_port":61020}],"state":"RUNNING","since":1,)j"
    R"j("presence":"ORDINARY"},"evacuating":{"process_guid":"pg-3","index":0,"domain":"cf-apps",)j"
    R"j("instance_guid":"ig-old","cell_id":"cell-a","address":"10.0.3.3","ports":[{"container_port":8080,"host_port":61030}],)j"
    R"j("state":"RUNNING","since":2,"presence":"ORDINARY"}})j";

} // namespace

class TestLrps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void staleRouteDetectorSample();
    void prettyPrinted();
    void lrpGroups();
    void arrayAndCapture();
    void damage();
    void hostileInput();
    void detection();
};

void TestLrps::staleRouteDetectorSample()
{
    const LrpResult result = parseActualLrps(test::sampleBytes("lrps-stale-route-detector-unit.jsonl"));
    QCOMPARE(result.documents, std::size_t(3));
    QCOMPARE(result.rows.size(), std::size_t(3));
    QVERIFY(result.issues.empty());

    const LrpRow& row = result.rows[0];
    QCOMPARE(row.processGuid,
             std::string("0079a672-c0c4-46f3-a77f-412f35d0b32b-25022c53-b820-435c-b2d8-cd4f2d9e29cb"));
    QCOMPARE(row.index, 0);
    QCOMPARE(row.domain, std::string("cf-apps"));
    QCOMPARE(row.instanceGuid, std::string("01c8092c-ce02-469e-65df-0368"));
    QCOMPARE(row.cellId, std::string("9f592063-12b9-4544-a161-6cf389840c35"));
    QCOMPARE(row.address, std::string("10.223.32.36"));
    QCOMPARE(row.ports.size(), std::size_t(2));
    QCOMPARE(row.ports[0].containerPort, 8080u);
    QCOMPARE(row.ports[0].hostPort, 61048u);
    QCOMPARE(row.ports[0].containerTlsProxyPort, 61001u);
    QCOMPARE(row.ports[0].hostTlsProxyPort, 61050u);
    QCOMPARE(row.ports[1].containerPort, 2222u);
    QCOMPARE(row.ports[1].hostPort, 61049u);
    QCOMPARE(row.ports[1].containerTlsProxyPort, 61002u);
    QCOMPARE(row.ports[1].hostTlsProxyPort, 61051u);
    QCOMPARE(row.instanceAddress, std::string("10.255.57.25"));
    QCOMPARE(row.preferredAddress, std::string("HOST"));
    QCOMPARE(row.crashCount, 0);
    QCOMPARE(row.state, std::string("RUNNING"));
    QCOMPARE(row.since, TimeNs(1605773993281003611));
    QCOMPARE(row.presence, std::string("ORDINARY"));
    QCOMPARE(row.routable, Tri::Unknown);
    QVERIFY(!row.evacuating);
    QCOMPARE(row.crashReason, std::string());

    QCOMPARE(result.rows[1].instanceGuid, std::string("daadd3a7-d11a-4754-54c2-692a"));
    QCOMPARE(result.rows[1].ports[0].hostTlsProxyPort, 61062u);
    QCOMPARE(result.rows[1].since, TimeNs(1605773280280989062));
    QCOMPARE(result.rows[2].address, std::string("10.223.48.19"));
    QCOMPARE(result.rows[2].cellId, std::string("d670b3d6-1d80-454d-bd35-70335ea9b095"));
    QCOMPARE(result.rows[2].since, TimeNs(1605834322039361140));
}

void TestLrps::prettyPrinted()
{
    const LrpResult result = parseActualLrps(pretty());
    QCOMPARE(result.documents, std::size_t(2));
    QCOMPARE(result.rows.size(), std::size_t(2));
    QVERIFY(result.issues.empty());
    const LrpRow& crashed = result.rows[0];
    QCOMPARE(crashed.processGuid, std::string("pg-1"));
    QCOMPARE(crashed.index, 1);
    QCOMPARE(crashed.state, std::string("CRASHED"));
    QCOMPARE(crashed.crashCount, 3);
    QCOMPARE(crashed.crashReason, std::string("APP/PROC/WEB: Exited with status 137 (out of memory)"));
    QVERIFY(crashed.ports.empty());
    QCOMPARE(crashed.instanceGuid, std::string());
    QCOMPARE(crashed.since, TimeNs(1606398382633028601));
    QCOMPARE(crashed.availabilityZone, std::string("z1"));
    QVERIFY(!crashed.evacuating);
    const LrpRow& moving = result.rows[1];
    QCOMPARE(moving.presence, std::string("EVACUATING"));
    QVERIFY(moving.evacuating);
    QCOMPARE(moving.routable, Tri::False);
    QCOMPARE(moving.ports.size(), std::size_t(1));
    QCOMPARE(moving.ports[0].hostTlsProxyPort, 61012u);
    QCOMPARE(moving.preferredAddress, std::string("INSTANCE"));
    QCOMPARE(moving.availabilityZone, std::string("z2"));
}

void TestLrps::lrpGroups()
{
    const LrpResult result =
        parseActualLrps(std::string(kGroup) + "\n" +
                        R"({"instance":{"process_guid":"pg-4","index":2,"state":"UNCLAIMED",)"
                        R"("placement_error":"found no compatible cell"},"evacuating":null})");
    QCOMPARE(result.documents, std::size_t(2));
    QCOMPARE(result.rows.size(), std::size_t(3));
    QVERIFY(result.issues.empty());
    QCOMPARE(result.rows[0].instanceGuid, std::string("ig-new"));
    QVERIFY(!result.rows[0].evacuating);
    QCOMPARE(result.rows[1].instanceGuid, std::string("ig-old"));
    QVERIFY(result.rows[1].evacuating);
    QCOMPARE(result.rows[1].ports[0].hostPort, 61030u);
    QCOMPARE(result.rows[1].ports[0].hostTlsProxyPort, 0u);
    QCOMPARE(result.rows[2].processGuid, std::string("pg-4"));
    QCOMPARE(result.rows[2].index, 2);
    QCOMPARE(result.rows[2].placementError, std::string("found no compatible cell"));
}

void TestLrps::arrayAndCapture()
{
    const std::string lines = test::sampleBytes("lrps-stale-route-detector-unit.jsonl");
    std::string array = "[";
    std::istringstream in(lines);
    std::string line;
    std::string capture = "Using environment '10.0.0.5' as client 'admin'\nTask 7 done\n";
    while (std::getline(in, line)) {
        if (array.size() > 1)
            array += ",\n";
        array += line;
        capture += "diego_cell/3: stdout | " + line + "\n";
    }
    array += "]";
    capture += "diego_cell/3: stderr | Connection to 10.0.0.5 closed.\n";

    const LrpResult fromArray = parseActualLrps(array);
    QCOMPARE(fromArray.documents, std::size_t(1));
    QCOMPARE(fromArray.rows.size(), std::size_t(3));
    QVERIFY(fromArray.issues.empty());
    QCOMPARE(fromArray.rows[2].instanceGuid, std::string("60bd91a3-a27f-404c-736a-48ca"));

    const LrpResult fromCapture = parseActualLrps(capture);
    QCOMPARE(fromCapture.documents, std::size_t(3));
    QCOMPARE(fromCapture.rows.size(), std::size_t(3));
    QVERIFY(fromCapture.issues.empty());
    QCOMPARE(fromCapture.rows[0].cellId, std::string("9f592063-12b9-4544-a161-6cf389840c35"));
    QVERIFY(looksLikeActualLrps(capture));
    QVERIFY(looksLikeActualLrps(array));
}

void TestLrps::damage()
{
    const std::string lines = test::sampleBytes("lrps-stale-route-detector-unit.jsonl");
    std::istringstream in(lines);
    std::string first;
    std::string second;
    std::string third;
    std::getline(in, first);
    std::getline(in, second);
    std::getline(in, third);
    // A cut line in the middle, garbage, a record without process guid, a truncated end.
    const std::string text = first + "\n" + second.substr(0, 100) + "\n" + "Error: connection refused\n" +
                             R"({"index":0,"state":"RUNNING"})" + "\n" + third + "\n" + first.substr(0, 50);
    const LrpResult result = parseActualLrps(text);
    QCOMPARE(result.rows.size(), std::size_t(2));
    QCOMPARE(result.documents, std::size_t(3));
    QCOMPARE(result.issues.size(), std::size_t(4));
    QCOMPARE(result.issues[0].reason, SkipReason::JsonTruncated);
    QCOMPARE(result.issues[0].offset, first.size() + 1);
    QCOMPARE(result.issues[0].example.size(), std::size_t(100));
    QCOMPARE(result.issues[1].reason, SkipReason::JsonInvalid);
    QCOMPARE(result.issues[1].example, std::string("Error: connection refused"));
    QCOMPARE(result.issues[2].reason, SkipReason::RecordInvalid);
    QCOMPARE(result.issues[3].reason, SkipReason::JsonTruncated);
    QCOMPARE(result.rows[0].instanceGuid, std::string("01c8092c-ce02-469e-65df-0368"));
    QCOMPARE(result.rows[1].instanceGuid, std::string("60bd91a3-a27f-404c-736a-48ca"));

    const LrpResult wrongTypes = parseActualLrps(
        R"({"process_guid":"p","index":"zero","ports":"none","since":"later","crash_count":-2})");
    QCOMPARE(wrongTypes.rows.size(), std::size_t(1));
    QCOMPARE(wrongTypes.rows[0].index, -1);
    QCOMPARE(wrongTypes.rows[0].since, kNoTime);
    QCOMPARE(wrongTypes.rows[0].crashCount, -2);
    QVERIFY(wrongTypes.rows[0].ports.empty());
    QCOMPARE(parseActualLrps("[1,2]").issues.size(), std::size_t(2));
    QCOMPARE(parseActualLrps("{}").issues.size(), std::size_t(1));
}

void TestLrps::hostileInput()
{
    QVERIFY(!parseActualLrps(std::string(10000, '[')).issues.empty());
    QVERIFY(!parseActualLrps(std::string(10000, '[') + std::string(10000, ']')).issues.empty());
    QVERIFY(!parseActualLrps(std::string(10000, '{')).issues.empty());
    std::string nul = R"({"process_guid":"p","index":0})";
    nul.insert(3, 1, '\0');
    parseActualLrps(nul);
    const std::string huge(4 << 20, 'c');
    const LrpResult big = parseActualLrps(R"({"process_guid":"p","crash_reason":")" + huge + R"("})");
    QCOMPARE(big.rows.size(), std::size_t(1));
    QCOMPARE(big.rows[0].crashReason.size(), huge.size());
    QVERIFY(parseActualLrps("").rows.empty());
    QVERIFY(!parseActualLrps(R"({"process_guid":"p","ports":[{"host_port":99999999999}]})").rows.empty());
}

void TestLrps::detection()
{
    QVERIFY(looksLikeActualLrps(test::sampleBytes("lrps-stale-route-detector-unit.jsonl")));
    QVERIFY(looksLikeActualLrps(pretty()));
    QVERIFY(looksLikeActualLrps(kGroup));
    QVERIFY(looksLikeActualLrps(R"({"instance":{"process_guid")"));
    QVERIFY(!looksLikeActualLrps(test::sampleBytes("routes-stale-route-detector-unit.json")));
    QVERIFY(!looksLikeActualLrps(test::sampleBytes("routes-gorouter-pool-marshal-test-expectations.jsonl")));
    QVERIFY(!looksLikeActualLrps(test::sampleBytes("diego-lager-rep-bbs.log")));
    QVERIFY(!looksLikeActualLrps(test::sampleBytes("gorouter-stdout-zap-rfc3339.log")));
    // A rep line names LRP keys in its data, one level down: not an LRP listing.
    QVERIFY(!looksLikeActualLrps(
        R"({"timestamp":"1.2","source":"rep","message":"rep.x","log_level":1,"data":{"lrp-key":{"process_guid":"p"}}})"));
    QVERIFY(!looksLikeActualLrps(""));
    QVERIFY(!looksLikeActualLrps(std::string(70000, '{')));
}

QTEST_APPLESS_MAIN(TestLrps)
#include "tst_lrps.moc"
