// The pieces of the ClickHouse push that need no server: the one quoting function, identifiers,
// the clickhouse:// URL, RowBinary encoding, the server's error text, and the schema in
// docs/CLICKHOUSE.md being the one the code creates.
#include "core/clickhouse/client.h"
#include "core/clickhouse/pushrows.h"
#include "core/clickhouse/rangeincident.h"
#include "core/clickhouse/rowbinary.h"
#include "core/clickhouse/schema.h"
#include "core/clickhouse/sqlquote.h"

#include <QFile>
#include <QTest>

using namespace rs;
using namespace rs::clickhouse;

class TestClickHouseQuote : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotesString_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("quoted");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("'abc'");
        QTest::newRow("empty") << QByteArray("") << QByteArray("''");
        QTest::newRow("quote") << QByteArray("it's") << QByteArray("'it\\'s'");
        QTest::newRow("injection") << QByteArray("'; DROP TABLE requests; --")
                                   << QByteArray("'\\'; DROP TABLE requests; --'");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("'a\\\\b'");
        QTest::newRow("backslash before quote") << QByteArray("\\'") << QByteArray("'\\\\\\''");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("'a\\x00b'");
        QTest::newRow("tab newline cr") << QByteArray("\t\n\r") << QByteArray("'\\x09\\x0A\\x0D'");
        QTest::newRow("del") << QByteArray("\x7f") << QByteArray("'\\x7F'");
        QTest::newRow("invalid utf-8 passes") << QByteArray("\xff\xfe\xc3") << QByteArray("'\xff\xfe\xc3'");
        QTest::newRow("utf-8 passes") << QByteArray("caf\xc3\xa9") << QByteArray("'caf\xc3\xa9'");
        QTest::newRow("double quote and backquote") << QByteArray("\"`") << QByteArray("'\"`'");
    }
    void quotesString()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, quoted);
        const std::string out =
            quoteString(std::string_view(value.constData(), static_cast<std::size_t>(value.size())));
        QCOMPARE(QByteArray::fromStdString(out), quoted);
    }

    // Whatever the input, the literal is one token: it opens and closes with a quote, and no
    // quote inside is unescaped.
    void quotedLiteralNeverEndsEarly()
    {
        std::string every;
        for (int b = 0; b < 256; ++b)
            every += static_cast<char>(b);
        for (const std::string& value : {every, std::string("\\\\''\\'"), std::string(1000, '\'')}) {
            const std::string out = quoteString(value);
            QVERIFY(out.size() >= 2 && out.front() == '\'' && out.back() == '\'');
            for (std::size_t i = 1; i + 1 < out.size(); ++i) {
                if (out[i] == '\\') {
                    ++i; // the escaped byte
                    continue;
                }
                QVERIFY2(out[i] != '\'', "an unescaped quote inside the literal");
                QVERIFY(static_cast<unsigned char>(out[i]) >= 0x20 && out[i] != 0x7F);
            }
        }
    }

    void plainIdentifiers()
    {
        QVERIFY(isPlainIdentifier("routescope"));
        QVERIFY(isPlainIdentifier("_fleet_2"));
        QVERIFY(!isPlainIdentifier(""));
        QVERIFY(!isPlainIdentifier("2fleet"));
        QVERIFY(!isPlainIdentifier("a-b"));
        QVERIFY(!isPlainIdentifier("a.b"));
        QVERIFY(!isPlainIdentifier("a`b"));
        QVERIFY(!isPlainIdentifier("a b"));
        QVERIFY(!isPlainIdentifier(std::string(65, 'a')));
    }

    void parsesUrl()
    {
        const auto full = parseEndpointUrl(QStringLiteral("clickhouse://alice@ch.example:9123/fleet"));
        QVERIFY2(full.endpoint, qPrintable(full.error));
        QCOMPARE(full.endpoint->host, QStringLiteral("ch.example"));
        QCOMPARE(full.endpoint->port, quint16(9123));
        QCOMPARE(full.endpoint->user, QStringLiteral("alice"));
        QCOMPARE(full.endpoint->database, std::string("fleet"));
        const auto bare = parseEndpointUrl(QStringLiteral("clickhouse://10.0.0.5/routescope"));
        QVERIFY(bare.endpoint);
        QCOMPARE(bare.endpoint->port, quint16(8123));
        QCOMPARE(bare.endpoint->user, QStringLiteral("default"));
        for (const char* bad :
             {"http://host/db", "clickhouse://host", "clickhouse://host/", "clickhouse://host/a-b",
              "clickhouse://host/db?x=1", "clickhouse://u:secret@host/db", "clickhouse:///db",
              "clickhouse://host/db;DROP"}) {
            const auto parsed = parseEndpointUrl(QString::fromLatin1(bad));
            QVERIFY2(!parsed.endpoint, bad);
            QVERIFY(!parsed.error.isEmpty());
        }
        QVERIFY(parseEndpointUrl(QStringLiteral("clickhouse://u:secret@host/db"))
                    .error.contains(QStringLiteral("ROUTESCOPE_CLICKHOUSE_PASSWORD")));
        QVERIFY(!full.endpoint->tls);
        QVERIFY(!bare.endpoint->tls);
    }

    // clickhouses:// is HTTPS: port 8443 unless given; the same rules otherwise. Other schemes
    // (https://, clickhouse+tls://) are refused, not read as plain HTTP.
    void parsesTlsUrl()
    {
        const auto bare = parseEndpointUrl(QStringLiteral("clickhouses://ch.example/fleet"));
        QVERIFY2(bare.endpoint, qPrintable(bare.error));
        QVERIFY(bare.endpoint->tls);
        QCOMPARE(bare.endpoint->port, quint16(8443));
        QCOMPARE(bare.endpoint->user, QStringLiteral("default"));
        QCOMPARE(bare.endpoint->database, std::string("fleet"));
        QVERIFY(bare.endpoint->caFile.isEmpty());
        const auto full = parseEndpointUrl(QStringLiteral("clickhouses://alice@10.0.0.5:9443/routescope"));
        QVERIFY2(full.endpoint, qPrintable(full.error));
        QVERIFY(full.endpoint->tls);
        QCOMPARE(full.endpoint->port, quint16(9443));
        QCOMPARE(full.endpoint->user, QStringLiteral("alice"));
        QCOMPARE(endpointDisplay(*full.endpoint),
                 QStringLiteral("clickhouses://alice@10.0.0.5:9443/routescope"));
        QCOMPARE(endpointDisplay(*parseEndpointUrl(QStringLiteral("clickhouse://h/db")).endpoint),
                 QStringLiteral("clickhouse://default@h:8123/db"));
        for (const char* bad :
             {"https://host:8443/db", "clickhouse+tls://host/db", "clickhousess://host/db",
              "clickhouses://host", "clickhouses://u:secret@host/db", "clickhouses://host/db?x=1"}) {
            const auto parsed = parseEndpointUrl(QString::fromLatin1(bad));
            QVERIFY2(!parsed.endpoint, bad);
            QVERIFY(!parsed.error.isEmpty());
        }
        QVERIFY(isClickHouseUrl("clickhouse://h/db"));
        QVERIFY(isClickHouseUrl("clickhouses://h/db"));
        QVERIFY(!isClickHouseUrl("https://h/db"));
        QVERIFY(!isClickHouseUrl("bundle.tgz"));
    }

    void rowBinaryRoundTrips()
    {
        RowBinaryWriter writer;
        const std::string hostile("a\0'\\\t\n\xff", 7);
        writer.string(hostile);
        writer.string(std::string(300, 'x')); // a two-byte length
        writer.number<std::uint16_t>(502);
        writer.number<std::int64_t>(-1);
        writer.time(1'700'000'000'123'456'789);
        writer.time(kNoTime);
        writer.endRow();
        QCOMPARE(writer.rows(), std::size_t{1});
        QCOMPARE(static_cast<unsigned char>(writer.bytes()[0]), 7u);
        RowBinaryReader reader(writer.bytes());
        QCOMPARE(reader.string(), std::optional(hostile));
        QCOMPARE(reader.string(), std::optional(std::string(300, 'x')));
        QCOMPARE(reader.number<std::uint16_t>(), std::optional<std::uint16_t>(502));
        QCOMPARE(reader.number<std::int64_t>(), std::optional<std::int64_t>(-1));
        QCOMPARE(reader.number<std::uint32_t>(), std::optional<std::uint32_t>(1'700'000'000));
        QCOMPARE(reader.number<std::uint32_t>(), std::optional<std::uint32_t>(123'456'789));
        QCOMPARE(reader.number<std::uint32_t>(), std::optional<std::uint32_t>(0));
        QCOMPARE(reader.number<std::uint32_t>(), std::optional<std::uint32_t>(0));
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.string());
    }

    void readerRejectsTruncatedInput()
    {
        RowBinaryReader longer(std::string_view("\x05"
                                                "abc"));
        QVERIFY(!longer.string());
        RowBinaryReader endless(std::string_view("\xff\xff\xff"));
        QVERIFY(!endless.varUInt());
    }

    void extractsServerMessage()
    {
        int code = 0;
        const QString old =
            serverMessage(QByteArrayLiteral("Code: 60, e.displayText() = DB::Exception: Table rs.nope "
                                            "doesn't exist., e.what() = DB::Exception\n"),
                          &code);
        QCOMPARE(code, 60);
        QCOMPARE(old, QStringLiteral("DB::Exception: Table rs.nope doesn't exist."));
        const QString current = serverMessage(
            QByteArrayLiteral("Code: 62. DB::Exception: Syntax error: failed at position 1. (SYNTAX_ERROR)"),
            &code);
        QCOMPARE(code, 62);
        QVERIFY(current.startsWith(QStringLiteral("Code: 62. DB::Exception: Syntax error")));
        const QString garbage =
            serverMessage(QByteArray("\x1b[31m\0boom", 10) + QByteArray(5000, 'x'), &code);
        QCOMPARE(code, 0);
        QVERIFY(!garbage.contains(QChar(0x1b)));
        QVERIFY(!garbage.contains(QChar(0)));
        QVERIFY(garbage.size() < 1000);
    }

    void requestKeysSpread()
    {
        // The sampling key must use its whole range: SAMPLE 1/2 keeps keys below 2^63.
        std::size_t low = 0;
        for (int i = 0; i < 4000; ++i) {
            const std::string id = "0b0e3d0c-1f2a-4c3b-8d7e-" + std::to_string(100000000000 + i);
            low += requestKeyOf(id) < (std::uint64_t{1} << 63) ? 1 : 0;
        }
        QVERIFY2(low > 1800 && low < 2200, qPrintable(QString::number(low)));
        QCOMPARE(requestKeyOf("same"), requestKeyOf("same"));
        QVERIFY(provenanceKeyOf("b", "f", 1) != provenanceKeyOf("b", "f", 2));
    }

    // docs/CLICKHOUSE.md shows the statements --create runs, verbatim.
    void docsHoldTheSchema()
    {
        QFile doc(QStringLiteral(ROUTESCOPE_SOURCE_DIR "/docs/CLICKHOUSE.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        for (const TableSchema& t : schema()) {
            const std::string local = createTableStatement(t, "routescope");
            QVERIFY2(text.contains(QByteArray::fromStdString(local)), local.c_str());
            const std::string distributed =
                createDistributedStatement(t, "routescope", "fleet", "routescope_local", "routescope_local");
            QVERIFY2(text.contains(QByteArray::fromStdString(distributed)), distributed.c_str());
        }
    }

    void schemaAvoidsWhat1816Lacks()
    {
        QCOMPARE(schema().size(), std::size_t{10});
        for (const std::string& statement : createStatements("routescope")) {
            for (const char* missing : {"DateTime64", "LowCardinality", "Nullable", "CODEC", "TTL "})
                QVERIFY2(statement.find(missing) == std::string::npos, statement.c_str());
        }
        for (const char* sampled : {"requests", "attempts", "router_events"}) {
            const TableSchema& t = table(sampled);
            QCOMPARE(t.sampleBy, std::string_view("request_key"));
            QVERIFY(t.orderBy.find("request_key") != std::string_view::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestClickHouseQuote)
#include "tst_clickhousequote.moc"
