// Captures that interleave programs or wrap every line: bosh logs -f (with and without tail
// headers), bosh ssh captures of route dumps, rsyslog files, cf logs with app lines.
#include "core/import/importer.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <map>

using namespace rs;

namespace {

const std::string kAccess =
    R"(app.example.com - [2018-06-26T11:34:30.412+0000] "GET /x HTTP/1.1" 502 0 67 "-" "curl/7.1" "10.165.17.1:56975" "192.168.120.38:61012" x_forwarded_for:"10.5.73.200" x_forwarded_proto:"https" vcap_request_id:"fd2940bb-dd8e-44fe-6439-3ab14c2b0aef" response_time:0.004082213 app_id:"574947ff-1b7f-409f-955f-442b5a1831bb" app_index:"2")";
const std::string kEvent =
    R"({"log_level":3,"timestamp":1530813550.92134,"message":"backend-endpoint-failed","source":"vcap.gorouter","data":{"route-endpoint":{"ApplicationId":"","Addr":"10.0.32.15:60099","Tags":null,"RouteServiceUrl":""},"error":"dial tcp 10.0.32.15:60099: getsockopt: connection refused"}})";

std::shared_ptr<Incident> importText(const std::string& name, const std::string& text)
{
    static QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return Importer().importPaths({path});
}

std::map<std::string, int> requestsPerRouter(const Incident& incident)
{
    std::map<std::string, int> counts;
    for (std::size_t i = 0; i < incident.tables.requests.size(); ++i)
        ++counts[incident.identity(incident.tables.requests.identity[i]).display];
    return counts;
}

} // namespace

class TestCaptures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boshLogsFollowWithTailHeaders();
    void boshLogsFollowQuietMixesKinds();
    void boshSshCaptureOfARouteDump();
    void rsyslogFileKeepsGorouterLines();
    void cfLogsAppLinesAreNotProblems();
};

void TestCaptures::boshLogsFollowWithTailHeaders()
{
    const std::string text =
        "router/0: stdout | \n"
        "router/0: stdout | ==> /var/vcap/sys/log/gorouter/access.log <==\n"
        "router/0: stdout | " +
        kAccess +
        "\n"
        "router/1: stdout | " +
        kAccess +
        "\n"
        "router/0: stdout | \n"
        "router/0: stdout | ==> /var/vcap/sys/log/gorouter/gorouter.log <==\n"
        "router/0: stdout | [2018-07-05 17:59:10+0000] " +
        kEvent +
        "\n"
        "router/0: stdout | ==> /var/vcap/sys/log/gorouter/access.log <==\n"
        "router/0: stdout | app.example.com - [2018-06-26T11:34:30.412+0000] \"GET /x HTTP/1.1\" 50\n";
    const auto incident = importText("bosh-logs-f.txt", text);
    const FileReport& file = incident->report.files.front();
    QCOMPARE(file.kind, FileKind::AccessLog);
    QCOMPARE(incident->tables.requests.size(), std::size_t{2});
    QCOMPARE(incident->tables.events.size(), std::size_t{1});
    const auto perRouter = requestsPerRouter(*incident);
    QCOMPARE(perRouter.at("router/0"), 1);
    QCOMPARE(perRouter.at("router/1"), 1);
    QCOMPARE(incident->identity(incident->tables.events.identity[0]).display, std::string("router/0"));
    // The cut access line under a gorouter tail header is a problem, not someone else's line.
    QCOMPARE(file.skippedLines(), std::uint64_t{1});
    QCOMPARE(file.skipped.front().examples.front().line, std::uint64_t{9});
}

void TestCaptures::boshLogsFollowQuietMixesKinds()
{
    const std::string text =
        "router/d60e75ac-5459-49f8-b029-543579d74ed0: stdout | " + kEvent +
        "\n"
        "router/d60e75ac-5459-49f8-b029-543579d74ed0: stdout | " +
        kAccess +
        "\n"
        "router/d60e75ac-5459-49f8-b029-543579d74ed0: stderr | 2018/07/05 18:20:54 http: proxy error: dial "
        "tcp 10.0.16.17:61002: connect: connection refused\n"
        "router/d60e75ac-5459-49f8-b029-543579d74ed0: stdout | Starting health checker\n";
    const auto incident = importText("bosh-logs-fq.txt", text);
    QCOMPARE(incident->tables.requests.size(), std::size_t{1});
    QCOMPARE(incident->tables.events.size(), std::size_t{1});
    QCOMPARE(incident->tables.stderrLines.size(), std::size_t{1});
    const FileReport& file = incident->report.files.front();
    QCOMPARE(file.skippedLines(), std::uint64_t{0});
    QCOMPARE(file.foreignLines, std::uint64_t{1});
    QCOMPARE(file.foreignExample.line, std::uint64_t{4});
    QCOMPARE(incident->identity(incident->tables.requests.identity[0]).display,
             std::string("router/d60e75ac-5459-49f8-b029-543579d74ed0"));
    QVERIFY(!incident->report.hasProblems());
}

void TestCaptures::boshSshCaptureOfARouteDump()
{
    const std::string text =
        "Using environment '10.0.0.6' as client 'admin'\n"
        "Task 4511. Done\n"
        "router/0: stderr | Unauthorized use is strictly prohibited. All access and use may be monitored and "
        "recorded.\n"
        "router/0: stdout | "
        "{\"myapp.apps.pcf.com\":[{\"address\":\"10.223.32.39:61086\",\"tls\":true,\"ttl\":120,"
        "\"tags\":{\"app_id\":\"bbfd13e9\",\"process_instance_id\":\"a62d2f03-307f-49c3-66fa-1778\"},"
        "\"private_instance_id\":\"a62d2f03-307f-49c3-66fa-1778\"}]}\n"
        "router/0: stderr | Connection to 10.0.1.12 closed.\n"
        "Succeeded\n";
    const auto incident = importText("routes.txt", text);
    const FileReport& file = incident->report.files.front();
    QCOMPARE(file.kind, FileKind::RouteDump);
    QCOMPARE(incident->tables.routeSnapshots.size(), std::size_t{1});
    const RouteSnapshot& snapshot = incident->tables.routeSnapshots.front();
    QCOMPARE(snapshot.rows.size(), std::size_t{1});
    QCOMPARE(snapshot.rows.front().address, std::string("10.223.32.39:61086"));
    QCOMPARE(incident->identity(snapshot.identity).display, std::string("router/0"));
}

void TestCaptures::rsyslogFileKeepsGorouterLines()
{
    const std::string text =
        "Jun 26 11:34:31 router-vm vcap.gorouter[4242]: " + kAccess +
        "\n"
        "Jun 26 11:34:31 router-vm vcap.gorouter[4242]: \n"
        "Jun 26 11:34:32 router-vm CRON[777]: (root) CMD (/usr/sbin/logrotate /etc/logrotate.conf)\n"
        "Jun 26 11:34:33 router-vm vcap.gorouter[4242]: app.example.com - [2018-06-26T11:34:30.412+0000] "
        "\"GET\n"
        "<14>2018-06-26T11:34:34Z router-vm vcap.gorouter[4242]: " +
        kAccess + "\n";
    const auto incident = importText("syslog", text);
    const FileReport& file = incident->report.files.front();
    QCOMPARE(file.kind, FileKind::AccessLog);
    QCOMPARE(incident->tables.requests.size(), std::size_t{2});
    QCOMPARE(file.foreignLines, std::uint64_t{1});
    QCOMPARE(file.skippedLines(), std::uint64_t{1}); // the cut gorouter line
}

void TestCaptures::cfLogsAppLinesAreNotProblems()
{
    const std::string text = "2018-06-26T17:09:30.41+0530 [RTR/3] OUT " + kAccess +
                             "\n"
                             "2018-06-26T17:09:30.41+0530 [RTR/3] OUT \n"
                             "2018-06-26T17:09:30.45+0530 [APP/PROC/WEB/0] OUT Completed 200 OK in 12ms\n"
                             "2018-06-26T17:09:31.00+0530 [CELL/0] OUT Container became healthy\n";
    const auto incident = importText("cf-logs.txt", text);
    const FileReport& file = incident->report.files.front();
    QCOMPARE(incident->tables.requests.size(), std::size_t{1});
    QCOMPARE(incident->identity(incident->tables.requests.identity[0]).display, std::string("router/3"));
    // The app's line is kept as what the app said (an app_log row); the cell's is another program's.
    QCOMPARE(incident->tables.apps.size(), std::size_t{1});
    QCOMPARE(incident->tables.apps.instance[0], std::int16_t{0});
    QCOMPARE(file.foreignLines, std::uint64_t{1});
    QVERIFY(!incident->report.hasProblems());
}

QTEST_GUILESS_MAIN(TestCaptures)
#include "tst_captures.moc"
