#include "core/formats/lagerlog.h"
#include "samplefiles.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace rs;
using rs::test::sampleLines;

namespace {

constexpr const char* kProcessGuid =
    "f26411c9-25d6-448b-98be-146807c39ccc-0a3c7a57-6d4a-4e0c-8d60-6bb3c4f6e2b1";
constexpr const char* kInstanceGuid = "6dc000c9-3d6a-47fa-717f-6101";
constexpr const char* kOperation =
    "rep.executing-container-operation.ordinary-lrp-processor.process-reserved-container.run-container.";

// The data a rep line deep in a container operation carries: lager sessions accumulate it.
std::string repData(const std::string& extra)
{
    return std::string(R"("data":{"container-guid":")") + kInstanceGuid +
           R"(","container-state":"reserved","lrp-key":{"process_guid":")" + kProcessGuid +
           R"(","index":2,"domain":"cf-apps"},"lrp-instance-key":{"instance_guid":")" + kInstanceGuid +
           R"(","cell_id":"cell-z1-0"},"guid":")" + kInstanceGuid + R"(","session":"5.1.2.3")" + extra + "}";
}

std::string repLine(const std::string& level, const std::string& message, const std::string& extra = {})
{
    return R"({"timestamp":"2024-05-06T07:08:09.123456789Z","level":")" + level +
           R"(","source":"rep","message":")" + message + R"(",)" + repData(extra) + "}";
}

} // namespace

class TestLagerLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void diegoSample();
    void containerLifecycle();
    void containerEventFilters();
    void legacyContainerGuid();
    void bbsCrash();
    void malformedInput();
    void detection();
};

void TestLagerLog::diegoSample()
{
    const auto lines = sampleLines("diego-lager-rep-bbs.log");
    QCOMPARE(lines.size(), std::size_t(3));
    LagerLogParser parser;
    LagerRecord r;
    ContainerEvent c;
    bool isContainer = true;

    QCOMPARE(parser.parse(lines[0], r, c, isContainer), std::optional<SkipReason>());
    QVERIFY(!isContainer);
    QCOMPARE(r.time, TimeNs(1522171784100530624));
    QCOMPARE(r.level, LogLevel::Info);
    QCOMPARE(r.source, std::string_view("rep"));
    QCOMPARE(r.message, std::string_view("rep.started"));
    QCOMPARE(r.error, std::string_view());

    QCOMPARE(parser.parse(lines[1], r, c, isContainer), std::optional<SkipReason>());
    QCOMPARE(r.time, TimeNs(1522108623585894300));
    QCOMPARE(r.level, LogLevel::Info);
    QCOMPARE(r.message, std::string_view("rep.started"));

    QCOMPARE(parser.parse(lines[2], r, c, isContainer), std::optional<SkipReason>());
    QCOMPARE(r.time, TimeNs(1573159518942850421));
    QCOMPARE(r.level, LogLevel::Error);
    QCOMPARE(r.source, std::string_view("bbs"));
    QCOMPARE(r.message, std::string_view("bbs.exited-with-failure"));
    QVERIFY(r.error.starts_with(
        "Exit trace for group:\nlock exited with error: rpc error: code = DeadlineExceeded"));
    QVERIFY(r.error.ends_with("\nperiodic-filedescript-(truncated)"));
    QVERIFY(!isContainer);
}

void TestLagerLog::containerLifecycle()
{
    LagerLogParser parser;
    LagerRecord r;
    ContainerEvent c;
    bool isContainer = false;
    const std::string op = kOperation;
    struct Case {
        std::string line;
        ContainerEventKind kind;
        int exitStatus;
        const char* reason;
        bool oom;
        LogLevel level;
    };
    const Case cases[] = {
        {repLine("info", op + "containerstore-create.starting"), ContainerEventKind::Creating, -1, "", false,
         LogLevel::Info},
        {repLine("info", op + "containerstore-create.complete"), ContainerEventKind::Created, -1, "", false,
         LogLevel::Info},
        {repLine("info",
                 "rep.executing-container-operation.ordinary-lrp-processor.process-running-container.bbs-"
                 "start-actual-lrp",
                 R"(,"net_info":{"address":"10.0.1.11","ports":[{"container_port":8080,"host_port":61002}],)"
                 R"("instance_address":"10.255.1.2","preferred_address":"HOST"},"routable":true)"),
         ContainerEventKind::Running, -1, "", false, LogLevel::Info},
        {repLine("info", op + "containerstore-run.node-run.action.run-step.process-exit",
                 R"(,"process":"f1e2","exitStatus":137,"cancelled":false)"),
         ContainerEventKind::Exited, 137, "", false, LogLevel::Info},
        {repLine("error",
                 op + "containerstore-run.node-run.action.run-step.run-step-failed-with-nonzero-status-code",
                 R"j(,"error":"Exit status 137 (out of memory)","status-code":137)j"),
         ContainerEventKind::Crashed, 137, "Exit status 137 (out of memory)", true, LogLevel::Error},
        {repLine("error",
                 op + "containerstore-run.node-run.action.codependent-step.run-step.run-step-failed-with-"
                      "nonzero-status-code",
                 R"(,"error":"Exit status 1","status-code":1)"),
         ContainerEventKind::Crashed, 1, "Exit status 1", false, LogLevel::Error},
        {repLine("info", op + "containerstore-run.node-run.health-check-step.transitioned-to-healthy"),
         ContainerEventKind::Healthy, -1, "", false, LogLevel::Info},
        {repLine("info", op + "containerstore-run.node-run.health-check-step.transitioned-to-unhealthy"),
         ContainerEventKind::Unhealthy, -1, "", false, LogLevel::Info},
        {repLine(
             "info", op + "containerstore-run.node-run.health-check-step.timed-out-before-healthy",
             R"(,"step-error":"Failed to make TCP connection to port 8080: connect: connection refused")"),
         ContainerEventKind::NeverHealthy, -1,
         "Failed to make TCP connection to port 8080: connect: connection refused", false, LogLevel::Info},
        {repLine("info", "rep.stop-lrp-instance.containerstore-stop.starting", R"(,"Guid":"ignored")"),
         ContainerEventKind::Stopping, -1, "", false, LogLevel::Info},
        {repLine("info",
                 "rep.executing-container-operation.ordinary-lrp-processor.process-completed-container."
                 "delete-container.containerstore.destroy.complete"),
         ContainerEventKind::Destroyed, -1, "", false, LogLevel::Info},
    };
    for (const Case& t : cases) {
        QCOMPARE(parser.parse(t.line, r, c, isContainer), std::optional<SkipReason>());
        QVERIFY2(isContainer, t.line.c_str());
        QCOMPARE(c.kind, t.kind);
        QCOMPARE(c.time, TimeNs(1714979289123456789));
        QCOMPARE(c.instanceGuid, std::string_view(kInstanceGuid));
        QCOMPARE(c.processGuid, std::string_view(kProcessGuid));
        QCOMPARE(c.exitStatus, t.exitStatus);
        QCOMPARE(c.reason, std::string_view(t.reason));
        QCOMPARE(c.oom, t.oom);
        QCOMPARE(r.level, t.level);
        QCOMPARE(r.source, std::string_view("rep"));
    }
    QCOMPARE(containerEventId(ContainerEventKind::NeverHealthy), std::string_view("never_healthy"));
    QCOMPARE(containerEventId(ContainerEventKind::Crashed), std::string_view("crashed"));

    // Epoch form, numeric level, only the container store's own data.
    const std::string epoch =
        std::string(R"({"timestamp":"1522171784.100530624","source":"rep","message":")") + op +
        R"(containerstore-stop.starting","log_level":1,"data":{"Guid":"abc-123"}})";
    QVERIFY(!parser.parse(epoch, r, c, isContainer));
    QVERIFY(isContainer);
    QCOMPARE(c.kind, ContainerEventKind::Stopping);
    QCOMPARE(c.time, TimeNs(1522171784100530624));
    QCOMPARE(c.instanceGuid, std::string_view("abc-123"));
    QCOMPARE(c.processGuid, std::string_view());
    QCOMPARE(r.level, LogLevel::Info);
}

void TestLagerLog::containerEventFilters()
{
    LagerLogParser parser;
    LagerRecord r;
    ContainerEvent c;
    bool isContainer = true;
    const std::string op = kOperation;
    // Health-check and proxy processes exit all the time; they are not the app's process.
    QVERIFY(!parser.parse(repLine("info",
                                  op + "containerstore-run.node-run.readiness-check.run-step.process-exit",
                                  R"(,"exitStatus":1)"),
                          r, c, isContainer));
    QVERIFY(!isContainer);
    QVERIFY(
        !parser.parse(repLine("info", op + "containerstore-run.node-run.monitor-run.run-step.process-exit",
                              R"(,"exitStatus":0)"),
                      r, c, isContainer));
    QVERIFY(!isContainer);
    QVERIFY(!parser.parse(repLine("info", op + "containerstore-run.node-run.action.run-step.running"), r, c,
                          isContainer));
    QVERIFY(!isContainer);
    QCOMPARE(r.message, std::string_view(op + "containerstore-run.node-run.action.run-step.running"));
    // A lifecycle message that names no container is only a record.
    QVERIFY(!parser.parse(
        R"({"timestamp":"2024-05-06T07:08:09Z","level":"info","source":"rep","message":"rep.x.containerstore-create.starting","data":{}})",
        r, c, isContainer));
    QVERIFY(!isContainer);
}

void TestLagerLog::legacyContainerGuid()
{
    LagerLogParser parser;
    LagerRecord r;
    ContainerEvent c;
    bool isContainer = false;
    // Until 2016 the container guid was "<process_guid>-<instance_guid>".
    const std::string line =
        std::string(R"({"timestamp":"1453995405.666825771","source":"rep","message":")") + kOperation +
        R"(containerstore-create.starting","log_level":1,"data":{"container-guid":")" + kProcessGuid + "-" +
        kInstanceGuid + R"(","lrp-key":{"process_guid":")" + kProcessGuid +
        R"(","index":0,"domain":"cf-apps"}}})";
    QVERIFY(!parser.parse(line, r, c, isContainer));
    QVERIFY(isContainer);
    QCOMPARE(c.kind, ContainerEventKind::Creating);
    QCOMPARE(c.instanceGuid, std::string_view(kInstanceGuid));
    QCOMPARE(c.processGuid, std::string_view(kProcessGuid));
}

void TestLagerLog::bbsCrash()
{
    LagerLogParser parser;
    LagerRecord r;
    ContainerEvent c;
    bool isContainer = false;
    const std::string line =
        std::string(R"({"timestamp":"2019-11-07T20:45:18.942850421Z","level":"info","source":"bbs",)") +
        R"("message":"bbs.request.crash-actual-lrp.db-crash-actual-lrp.crash-actual-lrp.starting","data":{)" +
        R"("actual_lrp_instance_key":{"instance_guid":")" + kInstanceGuid + R"(","cell_id":"cell-1"},)" +
        R"("actual_lrp_key":{"process_guid":")" + kProcessGuid +
        R"(","index":1,"domain":"cf-apps"},"session":"418.1"}})";
    QVERIFY(!parser.parse(line, r, c, isContainer));
    QVERIFY(isContainer);
    QCOMPARE(c.kind, ContainerEventKind::Crashed);
    QCOMPARE(c.time, TimeNs(1573159518942850421));
    QCOMPARE(c.instanceGuid, std::string_view(kInstanceGuid));
    QCOMPARE(c.processGuid, std::string_view(kProcessGuid));
    QCOMPARE(c.exitStatus, -1);
    // The handler's own "starting" carries no keys and is no event.
    QVERIFY(!parser.parse(
        R"({"timestamp":"2019-11-07T20:45:18.9Z","level":"debug","source":"bbs","message":"bbs.request.crash-actual-lrp.starting","data":{"session":"418"}})",
        r, c, isContainer));
    QVERIFY(!isContainer);
    QCOMPARE(r.level, LogLevel::Debug);
}

void TestLagerLog::malformedInput()
{
    LagerLogParser parser;
    LagerRecord r;
    ContainerEvent c;
    bool isContainer = false;
    const auto lines = sampleLines("diego-lager-rep-bbs.log");
    const std::string& good = lines[2];
    for (std::size_t cut = 1; cut < good.size(); cut += 11)
        QCOMPARE(parser.parse(std::string_view(good).substr(0, cut), r, c, isContainer),
                 std::optional(SkipReason::JsonTruncated));
    QCOMPARE(parser.parse("", r, c, isContainer), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse("not json", r, c, isContainer), std::optional(SkipReason::JsonInvalid));
    QCOMPARE(parser.parse("[]", r, c, isContainer), std::optional(SkipReason::JsonNotObject));
    QCOMPARE(parser.parse("{}", r, c, isContainer), std::optional(SkipReason::JsonMissingField));
    QCOMPARE(parser.parse(R"({"timestamp":"soon","source":"rep","message":"m","log_level":1,"data":{}})", r,
                          c, isContainer),
             std::optional(SkipReason::TimestampInvalid));
    QCOMPARE(
        parser.parse(
            R"({"timestamp":"1522171784.1","source":"rep","message":"m","log_level":1,"data":{"x":REDACTED}})",
            r, c, isContainer),
        std::optional(SkipReason::JsonInvalid));
    QVERIFY(parser.parse(std::string(10000, '['), r, c, isContainer).has_value());
    QVERIFY(parser.parse(std::string(10000, '{'), r, c, isContainer).has_value());
    const std::string deep =
        R"({"timestamp":"1522171784.1","source":"rep","message":"m","log_level":1,"data":{"lrp-key":)" +
        std::string(4000, '{') + std::string(4000, '}') + "}}";
    parser.parse(deep, r, c, isContainer); // either outcome, no crash
    std::string nul = R"({"timestamp":"1522171784.1","source":"rep","message":"m)";
    nul.push_back('\0');
    nul += R"(","log_level":1,"data":{}})";
    parser.parse(nul, r, c, isContainer);
    const std::string huge =
        R"({"timestamp":"1522171784.1","source":"rep","message":"m","log_level":2,"data":{"error":")" +
        std::string(4 << 20, 'e') + R"("}})";
    QVERIFY(!parser.parse(huge, r, c, isContainer));
    QCOMPARE(r.error.size(), std::size_t(4 << 20));
    QCOMPARE(r.level, LogLevel::Error);
}

void TestLagerLog::detection()
{
    for (const std::string& line : sampleLines("diego-lager-rep-bbs.log"))
        QVERIFY(LagerLogParser::looksLikeLagerLine(line));
    for (const std::string& line : sampleLines("gorouter-stdout-lager-2016.log"))
        QVERIFY(LagerLogParser::looksLikeLagerLine(line));
    for (const std::string& line : sampleLines("gorouter-stdout-zap-rfc3339.log"))
        QVERIFY(!LagerLogParser::looksLikeLagerLine(line));
    for (const std::string& line : sampleLines("gorouter-stderr-go-log.log"))
        QVERIFY(!LagerLogParser::looksLikeLagerLine(line));
    for (const std::string& line : sampleLines("lrps-stale-route-detector-unit.jsonl"))
        QVERIFY(!LagerLogParser::looksLikeLagerLine(line));
    QVERIFY(!LagerLogParser::looksLikeLagerLine(""));
}

QTEST_APPLESS_MAIN(TestLagerLog)
#include "tst_lagerlog.moc"
