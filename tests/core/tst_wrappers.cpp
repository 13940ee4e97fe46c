#include "core/formats/wrappers.h"
#include "core/util/timeparse.h"

#include <QTest>

#include <string>

using rs::kNoTime;
using rs::unwrap;
using rs::Unwrapped;
using rs::WrapperKind;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kRecord =
    "example.com - [2021-12-24T22:20:01.429164095Z] \"GET /styles.css HTTP/1.1\" 304 0 0 \"-\" \"curl\" "
    "\"10.0.0.1:1\" \"10.0.0.2:2\" x_forwarded_for:\"-\" vcap_request_id:\"id\" response_time:0.008452";

QByteArray qb(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string cat(std::string_view a, std::string_view b)
{
    return std::string(a) + std::string(b);
}

} // namespace

class TestWrappers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bareLinesPassThrough_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("access line") << qb(kRecord);
        QTest::newRow("access line, empty host")
            << QByteArray(" - [2021-12-24T22:20:01.429164095Z] \"GET / HTTP/1.1\"");
        QTest::newRow("access line, IP host")
            << QByteArray("35.243.162.217:80 - [2019-10-31T00:11:09.329+0000] \"GET / HTTP/1.1\" 404");
        QTest::newRow("zap json") << QByteArray("{\"log_level\":1,\"timestamp\":\"2019-07-01T10:00:00Z\"}");
        QTest::newRow("ctl prefix kept")
            << QByteArray("[2018-07-05 17:59:10+0000] {\"log_level\":1,\"timestamp\":1530813550.1}");
        QTest::newRow("go log") << QByteArray("2024/04/03 22:10:47 http: proxy error: dial tcp: i/o timeout");
        QTest::newRow("no space") << QByteArray("REDACTED");
        QTest::newRow("text") << QByteArray("panic: runtime error: invalid memory address");
    }

    void bareLinesPassThrough()
    {
        QFETCH(QByteArray, line);
        const std::string_view view(line.constData(), static_cast<std::size_t>(line.size()));
        const Unwrapped u = unwrap(view);
        QCOMPARE(u.outer, WrapperKind::None);
        QCOMPARE(qb(u.payload), line);
        QCOMPARE(u.payload.data(), view.data());
        QVERIFY(!u.cfLogs && !u.syslog && !u.boshFollow && !u.bom);
        QCOMPARE(u.wrapperTime, kNoTime);
    }

    void carriageReturnDropped()
    {
        const std::string line = std::string(kRecord) + "\r";
        QCOMPARE(qb(unwrap(line).payload), qb(kRecord));
        const Unwrapped u = unwrap("2017-10-30T12:36:43.49-0700 [RTR/0] OUT \r");
        QVERIFY(u.cfLogs);
        QVERIFY(u.payload.empty());
    }

    void boshFollowPrefix()
    {
        const std::string line = cat("router/0: stdout | ", kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::BoshFollow);
        QVERIFY(u.boshFollow);
        QCOMPARE(qb(u.instance), QByteArray("router/0"));
        QCOMPARE(qb(u.stream), QByteArray("stdout"));
        QCOMPARE(qb(u.payload), qb(kRecord));

        const Unwrapped e =
            unwrap("router/d60e75ac-5459-49f8-b029-543579d74ed0: stderr | 2024/04/03 22:10:47 "
                   "http: TLS handshake error from 10.0.0.1:5555: EOF");
        QCOMPARE(e.outer, WrapperKind::BoshFollow);
        QCOMPARE(qb(e.instance), QByteArray("router/d60e75ac-5459-49f8-b029-543579d74ed0"));
        QCOMPARE(qb(e.stream), QByteArray("stderr"));
        QCOMPARE(qb(e.payload),
                 QByteArray("2024/04/03 22:10:47 http: TLS handshake error from 10.0.0.1:5555: EOF"));

        // bosh-cli prefixes empty lines too (tail prints one before each header).
        for (const char* empty : {"router/0: stdout | ", "router/0: stdout |"}) {
            const Unwrapped b = unwrap(empty);
            QVERIFY(b.boshFollow);
            QVERIFY(b.payload.empty());
        }
        const Unwrapped j = unwrap("isolated_router-z1/3: stdout | {\"log_level\":1}");
        QCOMPARE(qb(j.instance), QByteArray("isolated_router-z1/3"));
        QCOMPARE(qb(j.payload), QByteArray("{\"log_level\":1}"));
        // Not a prefix: no slash, or another word than stdout/stderr.
        QCOMPARE(unwrap("router: stdout | x").outer, WrapperKind::None);
        QCOMPARE(unwrap("router/0: stdin | x").outer, WrapperKind::None);
    }

    void tailHeader()
    {
        const Unwrapped u = unwrap("==> /var/vcap/sys/log/gorouter/access.log <==");
        QCOMPARE(u.outer, WrapperKind::TailHeader);
        QCOMPARE(qb(u.tailPath), QByteArray("/var/vcap/sys/log/gorouter/access.log"));
        QVERIFY(u.payload.empty());

        const Unwrapped b =
            unwrap("router/0: stdout | ==> /var/vcap/sys/log/gorouter/gorouter.stdout.log <==");
        QCOMPARE(b.outer, WrapperKind::TailHeader);
        QVERIFY(b.boshFollow);
        QCOMPARE(qb(b.instance), QByteArray("router/0"));
        QCOMPARE(qb(b.tailPath), QByteArray("/var/vcap/sys/log/gorouter/gorouter.stdout.log"));
        QVERIFY(b.payload.empty());
        QCOMPARE(unwrap("==> not a header").outer, WrapperKind::None);
    }

    void cfLogs_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("time"); // UTC, empty when the stamp has no date
        QTest::newRow("2016 PWS") << QByteArray("2016-06-27T07:43:54.584+00:00 [RTR] [OUT] ")
                                  << QByteArray("RTR") << QByteArray("OUT")
                                  << QByteArray("2016-06-27T07:43:54.584000000Z");
        QTest::newRow("offset -0700")
            << QByteArray("2017-10-30T12:36:43.49-0700 [RTR/0] OUT ") << QByteArray("RTR/0")
            << QByteArray("OUT") << QByteArray("2017-10-30T19:36:43.490000000Z");
        QTest::newRow("leading spaces")
            << QByteArray("   2018-06-26T17:09:30.41+0530 [RTR/3] OUT ") << QByteArray("RTR/3")
            << QByteArray("OUT") << QByteArray("2018-06-26T11:39:30.410000000Z");
        QTest::newRow("time only") << QByteArray("10:33:12.70-0600 [RTR/0] OUT ") << QByteArray("RTR/0")
                                   << QByteArray("OUT") << QByteArray();
        QTest::newRow("RTR.1") << QByteArray("2019-01-01T00:00:00.00+0000 [RTR.1] OUT ")
                               << QByteArray("RTR.1") << QByteArray("OUT")
                               << QByteArray("2019-01-01T00:00:00.000000000Z");
        QTest::newRow("app") << QByteArray("2019-01-01T00:00:00.00+0000 [APP/PROC/WEB/0] OUT ")
                             << QByteArray("APP/PROC/WEB/0") << QByteArray("OUT")
                             << QByteArray("2019-01-01T00:00:00.000000000Z");
        QTest::newRow("cell") << QByteArray("2019-01-01T00:00:00.00+0000 [CELL/0] OUT ")
                              << QByteArray("CELL/0") << QByteArray("OUT")
                              << QByteArray("2019-01-01T00:00:00.000000000Z");
        QTest::newRow("api err") << QByteArray("2019-01-01T00:00:00.00+0000 [API/0] ERR ")
                                 << QByteArray("API/0") << QByteArray("ERR")
                                 << QByteArray("2019-01-01T00:00:00.000000000Z");
        QTest::newRow("staging") << QByteArray("2019-01-01T00:00:00.00+0000 [STG/0] OUT ")
                                 << QByteArray("STG/0") << QByteArray("OUT")
                                 << QByteArray("2019-01-01T00:00:00.000000000Z");
        QTest::newRow("padded old CLI")
            << QByteArray("2015-01-01T00:00:00.00+0000 [App/0]      OUT ") << QByteArray("App/0")
            << QByteArray("OUT") << QByteArray("2015-01-01T00:00:00.000000000Z");
    }

    void cfLogs()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, time);
        const std::string line = prefix.toStdString() + std::string(kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::CfLogs);
        QVERIFY(u.cfLogs);
        QCOMPARE(qb(u.logSource), source);
        QCOMPARE(qb(u.stream), stream);
        QCOMPARE(QByteArray::fromStdString(rs::formatTimeUtc(u.wrapperTime)), time);
        QCOMPARE(qb(u.payload), qb(kRecord));
    }

    void cfLogsEmptyMessage()
    {
        // Before rr 0.214 every RTR record was followed by an empty `[RTR/n] OUT ` line.
        for (const char* line :
             {"2017-12-13T14:51:41.11-0700 [RTR/10] OUT ", "2017-12-13T14:51:41.11-0700 [RTR/10] OUT",
              "10:33:12.70-0600 [RTR/0] OUT "}) {
            const Unwrapped u = unwrap(line);
            QCOMPARE(u.outer, WrapperKind::CfLogs);
            QCOMPARE(qb(u.logSource),
                     line[0] == '1' && line[2] == ':' ? QByteArray("RTR/0") : QByteArray("RTR/10"));
            QVERIFY(u.payload.empty());
        }
        // An access line with an empty host keeps its leading space.
        const Unwrapped h =
            unwrap("2017-10-30T12:36:43.49-0700 [RTR/0] OUT  - [2017-10-30T19:36:38.492+0000] \"GET");
        QCOMPARE(qb(h.payload), QByteArray(" - [2017-10-30T19:36:38.492+0000] \"GET"));
    }

    void rfc5424Drain()
    {
        const std::string line =
            cat("<14>1 2021-12-24T22:20:01.438069+00:00 some-hostname some-appname [RTR/0] - [tags@47450 "
                "__v1_type=\"LogMessage\" app_id=\"some-app-id\" origin=\"gorouter\" source_type=\"RTR\" "
                "space_name=\"dev\"] ",
                kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::SyslogRfc5424);
        QVERIFY(u.syslog);
        QCOMPARE(qb(u.syslogHost), QByteArray("some-hostname"));
        QCOMPARE(qb(u.syslogAppName), QByteArray("some-appname"));
        QCOMPARE(qb(u.logSource), QByteArray("RTR/0"));
        QCOMPARE(QByteArray::fromStdString(rs::formatTimeUtc(u.wrapperTime)),
                 QByteArray("2021-12-24T22:20:01.438069000Z"));
        QCOMPARE(qb(u.payload), qb(kRecord));
    }

    void rfc5424EscapedStructuredData()
    {
        const std::string line = cat("<14>1 2021-01-22T07:52:37.98708+08:00 org.space.app d1ceed06 [RTR/5] - "
                                     "[tags@47450 a=\"x\\]y\" b=\"quote \\\" and ] inside\"][meta@1 c=\"\"] ",
                                     kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::SyslogRfc5424);
        QCOMPARE(qb(u.logSource), QByteArray("RTR/5"));
        QCOMPARE(qb(u.syslogHost), QByteArray("org.space.app"));
        QCOMPARE(QByteArray::fromStdString(rs::formatTimeUtc(u.wrapperTime)),
                 QByteArray("2021-01-21T23:52:37.987080000Z"));
        QCOMPARE(qb(u.payload), qb(kRecord));
    }

    void rfc5424WithoutStructuredData()
    {
        const std::string line =
            cat("<14>1 2019-04-12T19:34:43.530045+00:00 suite-xxx.staging.mps 042cbd0f-1a0e [RTR/6] - - ",
                kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::SyslogRfc5424);
        QCOMPARE(qb(u.logSource), QByteArray("RTR/6"));
        QCOMPARE(qb(u.payload), qb(kRecord));
    }

    void rfc5424GorouterWriterWithBom()
    {
        // gorouter >= Dec 2024: no SD at all, BOM before the record.
        const std::string line = "<14>1 2025-01-10T09:08:07Z router-vm-1 vcap.gorouter 4711 - " +
                                 std::string(kBom) + std::string(kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::SyslogRfc5424);
        QVERIFY(u.bom);
        QCOMPARE(qb(u.syslogHost), QByteArray("router-vm-1"));
        QCOMPARE(qb(u.syslogAppName), QByteArray("vcap.gorouter"));
        QVERIFY(u.logSource.empty()); // the PROCID is a pid, not a Loggregator source
        QCOMPARE(QByteArray::fromStdString(rs::formatTimeUtc(u.wrapperTime)),
                 QByteArray("2025-01-10T09:08:07.000000000Z"));
        QCOMPARE(qb(u.payload), qb(kRecord));

        const std::string emptyLine =
            "<14>1 2025-01-10T09:08:07Z router-vm-1 vcap.gorouter 4711 - " + std::string(kBom);
        const Unwrapped empty = unwrap(emptyLine);
        QVERIFY(empty.syslog);
        QVERIFY(empty.payload.empty());
    }

    void rfc3164GoSyslog()
    {
        const std::string network = cat("<14>2018-05-01T10:00:00Z router-vm vcap.gorouter[123]: ", kRecord);
        const Unwrapped n = unwrap(network);
        QCOMPARE(n.outer, WrapperKind::SyslogRfc3164);
        QCOMPARE(qb(n.syslogHost), QByteArray("router-vm"));
        QCOMPARE(qb(n.syslogAppName), QByteArray("vcap.gorouter"));
        QCOMPARE(QByteArray::fromStdString(rs::formatTimeUtc(n.wrapperTime)),
                 QByteArray("2018-05-01T10:00:00.000000000Z"));
        QCOMPARE(qb(n.payload), qb(kRecord));

        // Local unix-socket writer: no hostname, no year.
        const std::string local = cat("<14>Jan  2 15:04:05 vcap.gorouter[123]: ", kRecord);
        const Unwrapped l = unwrap(local);
        QCOMPARE(l.outer, WrapperKind::SyslogRfc3164);
        QVERIFY(l.syslogHost.empty());
        QCOMPARE(qb(l.syslogAppName), QByteArray("vcap.gorouter"));
        QCOMPARE(l.wrapperTime, kNoTime);
        QCOMPARE(qb(l.payload), qb(kRecord));

        // 2018–2024: the record's newline went out as its own, empty, message.
        const Unwrapped e = unwrap("<14>2018-05-01T10:00:00Z router-vm vcap.gorouter[123]: ");
        QVERIFY(e.syslog);
        QVERIFY(e.payload.empty());
    }

    void rsyslogFileLines()
    {
        const std::string traditional = cat("Jan  2 15:04:05 router-vm vcap.gorouter[99]: ", kRecord);
        const Unwrapped t = unwrap(traditional);
        QCOMPARE(t.outer, WrapperKind::SyslogRfc3164);
        QCOMPARE(qb(t.syslogHost), QByteArray("router-vm"));
        QCOMPARE(qb(t.syslogAppName), QByteArray("vcap.gorouter"));
        QCOMPARE(qb(t.payload), qb(kRecord));

        const std::string iso =
            cat("2018-05-01T10:00:00.123456+00:00 router-vm vcap.gorouter[123]: ", kRecord);
        const Unwrapped i = unwrap(iso);
        QCOMPARE(i.outer, WrapperKind::SyslogRfc3164);
        QCOMPARE(qb(i.syslogHost), QByteArray("router-vm"));
        QCOMPARE(QByteArray::fromStdString(rs::formatTimeUtc(i.wrapperTime)),
                 QByteArray("2018-05-01T10:00:00.123456000Z"));
        QCOMPARE(qb(i.payload), qb(kRecord));
    }

    void bomAlone()
    {
        const std::string line = std::string(kBom) + std::string(kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::None);
        QVERIFY(u.bom);
        QCOMPARE(qb(u.payload), qb(kRecord));
    }

    void nestedWrappers()
    {
        // bosh -f outermost, then syslog, then the BOM.
        const std::string line = "router/1: stdout | <14>1 2025-01-10T09:08:07Z vm vcap.gorouter 7 - " +
                                 std::string(kBom) + std::string(kRecord);
        const Unwrapped u = unwrap(line);
        QCOMPARE(u.outer, WrapperKind::BoshFollow);
        QVERIFY(u.boshFollow && u.syslog && u.bom);
        QVERIFY(!u.cfLogs);
        QCOMPARE(qb(u.instance), QByteArray("router/1"));
        QCOMPARE(qb(u.syslogAppName), QByteArray("vcap.gorouter"));
        QCOMPARE(qb(u.payload), qb(kRecord));

        const std::string rsyslog = cat("router/0: stdout | Jan  2 15:04:05 vm vcap.gorouter[9]: ", kRecord);
        const Unwrapped r = unwrap(rsyslog);
        QCOMPARE(r.outer, WrapperKind::BoshFollow);
        QVERIFY(r.syslog);
        QCOMPARE(qb(r.payload), qb(kRecord));
    }

    void hostileInputs()
    {
        const std::string big(1 << 20, '"');
        const std::string nuls("abc\0def\0 - [\0", 13);
        std::string spaces(1 << 20, ' ');
        const std::string angle = "<" + std::string(1 << 16, '9') + ">1 x";
        for (const std::string_view line : {std::string_view(),
                                            std::string_view("-"),
                                            std::string_view("<"),
                                            std::string_view("<14>"),
                                            std::string_view("<14>1"),
                                            std::string_view("<14>1 "),
                                            std::string_view("<14>1 - - - - - ["),
                                            std::string_view("<14>1 - - - - - [a b=\"unterminated"),
                                            std::string_view("<999999>1 x"),
                                            std::string_view("==>"),
                                            std::string_view("==> <=="),
                                            std::string_view("a/b: stdout"),
                                            std::string_view("10:33:12.70-0600 [RTR/0"),
                                            std::string_view("2017-10-30T12:36:43.49-0700 ["),
                                            std::string_view("Jan  2 15:04:05"),
                                            std::string_view("\xEF\xBB"),
                                            std::string_view(big),
                                            std::string_view(nuls),
                                            std::string_view(spaces),
                                            std::string_view(angle)}) {
            const Unwrapped u = unwrap(line);
            // The payload is always a view inside the line.
            QVERIFY(u.payload.empty() || (u.payload.data() >= line.data() &&
                                          u.payload.data() + u.payload.size() <= line.data() + line.size()));
        }
    }
};

QTEST_APPLESS_MAIN(TestWrappers)
#include "tst_wrappers.moc"
