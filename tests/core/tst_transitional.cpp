// Access records of the transitional releases (2013–2017) and of current opt-in settings, in
// lines made for each variation FORMATS.md §1.4, §1.7 and §2.1 describe: every field optional,
// the tail as generic key:value pairs, spacing and redaction as pasted, epoch-seconds timestamps.
#include "core/formats/accesslog.h"
#include "core/util/timeparse.h"

#include <QTest>

using namespace rs;

namespace {

QByteArray qb(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestTransitional : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transitionalRecordsParse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("era");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("remote");
        QTest::addColumn<QByteArray>("requestId");
        QTest::addColumn<QByteArray>("appIndex");

        // rr 0.137 (2016): `index:` with a space after the colon, as the corpus shows it.
        QTest::newRow("2016 index: with a space")
            << QByteArray(
                   "app.example.com - [14/06/2016:09:10:11.100 +0000] \"GET / HTTP/1.1\" 200 0 17 \"-\" "
                   "\"curl/7.43.0\" 10.0.0.5:51234 x_forwarded_for:\"203.0.113.9\" "
                   "x_forwarded_proto:\"https\" "
                   "vcap_request_id:5f1c9a3e-1b2c-4d5e-6f70-8192a3b4c5d6 response_time:0.023411 "
                   "app_id:3f3d1d2a-6b7c-4d8e-9f01-234567890abc index: 0")
            << QByteArray("dmy_millis_bare_2016") << QByteArray("2016-06-14T09:10:11.100000000Z") << 200
            << QByteArray("10.0.0.5:51234") << QByteArray("5f1c9a3e-1b2c-4d5e-6f70-8192a3b4c5d6")
            << QByteArray("0");
        // rr 0.137: `index:` written with an empty string (no index known) at the end of the line.
        QTest::newRow("2016 empty index at the end")
            << QByteArray(
                   "app.example.com - [14/06/2016:09:10:11.100 +0000] \"GET / HTTP/1.1\" 404 0 17 \"-\" "
                   "\"curl/7.43.0\" 10.0.0.5:51234 x_forwarded_for:\"-\" x_forwarded_proto:\"-\" "
                   "vcap_request_id:abc response_time:0.001 app_id:- index:")
            << QByteArray("dmy_millis_bare_2016") << QByteArray("2016-06-14T09:10:11.100000000Z") << 404
            << QByteArray("10.0.0.5:51234") << QByteArray("abc") << QByteArray();
        // 2014: one byte count, vcap_request (unquoted), second-precision day/month/year.
        QTest::newRow("2014 vcap_request, one count")
            << QByteArray("app.example.com - [14/06/2014:09:10:11 +0000] \"GET / HTTP/1.1\" 200 17 \"-\" "
                          "\"curl/7.30\" "
                          "10.0.0.5:51234 vcap_request:abc-1 response_time:0.023411000 app_id:x")
            << QByteArray("dmy_seconds_2014") << QByteArray("2014-06-14T09:10:11.000000000Z") << 200
            << QByteArray("10.0.0.5:51234") << QByteArray("abc-1") << QByteArray();
        // 2017 ISO with offset; addresses redacted by whoever pasted the line.
        QTest::newRow("2017 redacted addresses")
            << QByteArray(
                   "app.example.com - [2017-06-14T09:10:11.100+0000] \"GET / HTTP/1.1\" 502 0 67 \"-\" "
                   "\"curl\" "
                   "\"REDACTED\" \"x.x.x.x:61001\" x_forwarded_for:\"REDACTED\" x_forwarded_proto:\"https\" "
                   "vcap_request_id:\"id-2017\" response_time:0.5 app_id:\"a\" app_index:\"1\"")
            << QByteArray("iso_offset_2017") << QByteArray("2017-06-14T09:10:11.100000000Z") << 502
            << QByteArray("REDACTED") << QByteArray("id-2017") << QByteArray("1");
        // Both addresses left out of a pasted line: the tail still names its fields.
        QTest::newRow("2017 addresses missing")
            << QByteArray("app.example.com - [2017-06-14T09:10:11.100+0000] \"GET / HTTP/1.1\" 200 0 67 "
                          "\"-\" \"curl\" "
                          "x_forwarded_for:\"-\" x_forwarded_proto:\"https\" vcap_request_id:\"id-missing\" "
                          "response_time:0.5 app_id:\"a\" app_index:\"2\"")
            << QByteArray("iso_offset_2017") << QByteArray("2017-06-14T09:10:11.100000000Z") << 200
            << QByteArray() << QByteArray("id-missing") << QByteArray("2");
        // Spacing changed by terminals and editors: several spaces between fields, a space after a
        // key's colon before a quoted value.
        QTest::newRow("2017 double spaces")
            << QByteArray(
                   "app.example.com - [2017-06-14T09:10:11.100+0000] \"GET / HTTP/1.1\"  200  0  67  \"-\"  "
                   "\"curl\"  \"10.0.0.5:1\"  \"10.0.16.4:2\"  x_forwarded_for:\"-\"  vcap_request_id: "
                   "\"id-spaces\" response_time:0.5 app_id:\"a\" app_index:\"3\"")
            << QByteArray("iso_offset_2017") << QByteArray("2017-06-14T09:10:11.100000000Z") << 200
            << QByteArray("10.0.0.5:1") << QByteArray("id-spaces") << QByteArray("3");
        // `router.logging.format.timestamp: unix-epoch` (current releases), with fraction …
        QTest::newRow("unix-epoch with fraction")
            << QByteArray(
                   "app.example.com - [1613683352.355501523] \"GET / HTTP/1.1\" 200 0 62 \"-\" \"curl\" "
                   "\"35.191.2.80:51628\" \"10.0.1.11:61002\" x_forwarded_for:\"-\" "
                   "x_forwarded_proto:\"http\" "
                   "vcap_request_id:\"id-epoch\" response_time:0.011962 gorouter_time:0.000467 app_id:\"a\" "
                   "app_index:\"0\" instance_id:\"i\" x_cf_routererror:\"-\"")
            << QByteArray("unix_epoch") << QByteArray("2021-02-18T21:22:32.355501523Z") << 200
            << QByteArray("35.191.2.80:51628") << QByteArray("id-epoch") << QByteArray("0");
        // … and without.
        QTest::newRow("unix-epoch whole seconds")
            << QByteArray(
                   "app.example.com - [1613683352] \"GET / HTTP/1.1\" 200 0 62 \"-\" \"curl\" \"1.2.3.4:5\" "
                   "\"-\" x_forwarded_for:\"-\" vcap_request_id:\"id-epoch-s\" response_time:0.011962 "
                   "gorouter_time:0.000467 app_id:\"a\" app_index:\"0\" x_cf_routererror:\"-\"")
            << QByteArray("unix_epoch") << QByteArray("2021-02-18T21:22:32.000000000Z") << 200
            << QByteArray("1.2.3.4:5") << QByteArray("id-epoch-s") << QByteArray("0");
    }

    void transitionalRecordsParse()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, era);
        QFETCH(QByteArray, start);
        QFETCH(int, status);
        QFETCH(QByteArray, remote);
        QFETCH(QByteArray, requestId);
        QFETCH(QByteArray, appIndex);
        AccessLogParser parser;
        AccessRecord r;
        const auto failure =
            parser.parse(std::string_view(line.constData(), static_cast<std::size_t>(line.size())), r);
        QVERIFY2(!failure, failure ? skipReasonId(*failure).data() : "");
        QCOMPARE(qb(accessEraId(r.era)), era);
        QCOMPARE(QByteArray::fromStdString(formatTimeUtc(r.start)), start);
        QCOMPARE(r.status, status);
        QCOMPARE(qb(r.remoteAddr), remote);
        QCOMPARE(qb(r.vcapRequestId), requestId);
        QCOMPARE(qb(r.appIndex), appIndex);
    }

    // Opt-in fields of current releases: local_address is read, an unknown key (SAP BTP's
    // x_cf_true_client_ip) stays an extra header, in line order.
    void optInFieldsStayExtraHeaders()
    {
        const std::string line =
            "app.example.com - [2025-02-18T21:22:32.355501523Z] \"GET / HTTP/1.1\" 200 0 62 \"-\" \"curl\" "
            "\"35.191.2.80:51628\" \"10.0.1.11:61002\" x_forwarded_for:\"-\" x_forwarded_proto:\"http\" "
            "vcap_request_id:\"id\" response_time:0.011962 gorouter_time:0.000467 app_id:\"a\" "
            "app_index:\"0\" "
            "instance_id:\"i\" failed_attempts:1 failed_attempts_time:0.002 dns_time:0.000000 "
            "dial_time:0.000889 "
            "tls_time:0.007050 backend_time:0.009 local_address:\"10.0.1.4:40112\" x_cf_routererror:\"-\" "
            "x_cf_true_client_ip:\"203.0.113.9\" tls_sni:\"-\"";
        AccessLogParser parser;
        AccessRecord r;
        QVERIFY(!parser.parse(line, r));
        QCOMPARE(qb(r.localAddress), QByteArray("10.0.1.4:40112"));
        QCOMPARE(r.failedAttempts, 1);
        QCOMPARE(r.extras.size(), std::size_t{2});
        QCOMPARE(qb(r.extras[0].name), QByteArray("x_cf_true_client_ip"));
        QCOMPARE(qb(r.extras[0].value), QByteArray("203.0.113.9"));
        QCOMPARE(qb(r.extras[1].name), QByteArray("tls_sni"));
    }

    // Tolerance does not swallow what is not a record, nor hand-edited hybrids.
    void toleranceHasLimits_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("day/month/year with gorouter_time")
            << QByteArray(
                   "a - [14/06/2016:09:10:11.100 +0000] \"GET / HTTP/1.1\" 200 0 1 \"-\" \"c\" 1.2.3.4:5 "
                   "vcap_request_id:x response_time:0.1 gorouter_time:0.1 app_id:y")
            << QByteArray("inconsistent_fields");
        QTest::newRow("no addresses and no tail")
            << QByteArray("a - [2017-06-14T09:10:11.100+0000] \"GET / HTTP/1.1\" 200 0 1 \"-\" \"c\"")
            << QByteArray("access_line_malformed");
        QTest::newRow("epoch with letters")
            << QByteArray("a - [1613683352.35x] \"GET / HTTP/1.1\" 200 0 1 \"-\" \"c\" \"1.2.3.4:5\"")
            << QByteArray("access_timestamp_invalid");
        QTest::newRow("free text after a key's space")
            << QByteArray(
                   "a - [2017-06-14T09:10:11.100+0000] \"GET / HTTP/1.1\" 200 0 1 \"-\" \"c\" \"1.2.3.4:5\" "
                   "note: see below for details")
            << QByteArray("access_field_invalid");
    }

    void toleranceHasLimits()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, reason);
        AccessLogParser parser;
        AccessRecord r;
        const auto failure =
            parser.parse(std::string_view(line.constData(), static_cast<std::size_t>(line.size())), r);
        QVERIFY(failure.has_value());
        QCOMPARE(qb(skipReasonId(*failure)), reason);
    }
};

QTEST_GUILESS_MAIN(TestTransitional)
#include "tst_transitional.moc"
