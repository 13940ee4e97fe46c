#include "core/util/gounquote.h"

#include <QTest>

#include <cstdint>
#include <random>
#include <string>

using namespace std::string_view_literals;

namespace {

// Go strconv.Quote for byte strings (ASCII printable kept, everything else escaped), to
// round-trip random bytes through goUnquote.
std::string goQuote(std::string_view raw)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c >= 0x20 && c < 0x7F) {
                out += static_cast<char>(c);
            } else {
                out += "\\x";
                out += kHex[c >> 4];
                out += kHex[c & 15];
            }
        }
    }
    out += '"';
    return out;
}

std::string unquote(std::string_view quoted, bool* ok = nullptr)
{
    std::string out;
    const bool result = rs::goUnquote(quoted, out);
    if (ok)
        *ok = result;
    return out;
}

} // namespace

class TestGoUnquote : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void skipFindsClosingQuote_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("escaped");
        QTest::newRow("simple") << QByteArray("\"abc\" rest") << qint64(5) << false;
        QTest::newRow("empty string") << QByteArray("\"\" x") << qint64(2) << false;
        QTest::newRow("escaped quote") << QByteArray("\"a\\\"b\" x") << qint64(6) << true;
        QTest::newRow("escaped backslash then close") << QByteArray("\"a\\\\\" x") << qint64(5) << true;
        QTest::newRow("escape across SIMD chunk")
            << QByteArray("\"0123456789abcd\\\"efghijklmnopqrstuvwxyz\\\\\" tail") << qint64(42) << true;
        QTest::newRow("long plain") << QByteArray("\"" + QByteArray(100, 'x') + "\" y") << qint64(102)
                                    << false;
        QTest::newRow("unterminated") << QByteArray("\"abc") << qint64(-1) << false;
        QTest::newRow("ends in escaped quote") << QByteArray("\"abc\\\"") << qint64(-1) << true;
        QTest::newRow("ends in lone backslash") << QByteArray("\"abc\\") << qint64(-1) << true;
        QTest::newRow("not quoted") << QByteArray("abc\"") << qint64(-1) << false;
        QTest::newRow("empty") << QByteArray() << qint64(-1) << false;
        QTest::newRow("lone quote") << QByteArray("\"") << qint64(-1) << false;
    }

    void skipFindsClosingQuote()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        QFETCH(bool, escaped);
        const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
        const std::size_t want = expected < 0 ? std::string_view::npos : static_cast<std::size_t>(expected);
        QCOMPARE(rs::skipGoQuoted(view), want);
        bool hasEscape = !escaped;
        QCOMPARE(rs::skipGoQuoted(view, hasEscape), want);
        if (expected >= 0)
            QCOMPARE(hasEscape, escaped);
    }

    void unquoteEscapes()
    {
        QCOMPARE(unquote("\"plain text\""), "plain text"sv);
        QCOMPARE(unquote("\"\""), ""sv);
        QCOMPARE(unquote("\"a\\\"b\\\\c\""), "a\"b\\c"sv);
        QCOMPARE(unquote("\"\\n\\t\\r\\a\\b\\f\\v\""), "\n\t\r\a\b\f\v"sv);
        QCOMPARE(unquote("\"\\x41\\x7a\""), "Az"sv);
        QCOMPARE(unquote("\"\\101\\060\""), "A0"sv);
        QCOMPARE(unquote("\"if_match \\\"737060cd\\\"\""), "if_match \"737060cd\""sv);
    }

    void unquoteInvalidUtf8ByteEscape()
    {
        bool ok = false;
        const std::string out = unquote("\"a\\xffb\\xC3\"", &ok);
        QVERIFY(ok);
        QCOMPARE(out, std::string("a\xff"
                                  "b\xc3"));
        QCOMPARE(unquote("\"\\377\""), std::string("\xff"));
    }

    void unquoteUnicodeEscapes()
    {
        QCOMPARE(unquote("\"caf\\u00e9\""), "caf\xc3\xa9"sv);
        QCOMPARE(unquote("\"\\u20AC\""), "\xe2\x82\xac"sv);
        QCOMPARE(unquote("\"\\U0001F600\""), "\xf0\x9f\x98\x80"sv);
        QCOMPARE(unquote("\"\\u0000\""), std::string(1, '\0'));
        // Printable non-ASCII is written verbatim by Go and passes through.
        QCOMPARE(unquote("\"gr\xc3\xbc\xc3\x9f\""), "gr\xc3\xbc\xc3\x9f"sv);
    }

    void unquoteMalformedKeepsBestEffort_data()
    {
        QTest::addColumn<QByteArray>("quoted");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown escape") << QByteArray("\"a\\qb\"") << QByteArray("a\\qb");
        QTest::newRow("single quote escape") << QByteArray("\"it\\'s\"") << QByteArray("it\\'s");
        QTest::newRow("short hex") << QByteArray("\"\\x4\"") << QByteArray("\\x4");
        QTest::newRow("bad hex") << QByteArray("\"\\xzz\"") << QByteArray("\\xzz");
        QTest::newRow("octal > 255") << QByteArray("\"\\400\"") << QByteArray("\\400");
        QTest::newRow("surrogate") << QByteArray("\"\\uD800x\"") << QByteArray("\\uD800x");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\"\\U00110000\"") << QByteArray("\\U00110000");
        QTest::newRow("trailing backslash") << QByteArray("\"abc\\\"") << QByteArray("abc\\");
        QTest::newRow("unterminated") << QByteArray("\"abc") << QByteArray("abc");
        QTest::newRow("no quotes") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("raw quote inside") << QByteArray("\"a\"b\"") << QByteArray("a\"b");
    }

    void unquoteMalformedKeepsBestEffort()
    {
        QFETCH(QByteArray, quoted);
        QFETCH(QByteArray, expected);
        std::string out;
        QVERIFY(!rs::goUnquote(std::string_view(quoted.constData(), static_cast<std::size_t>(quoted.size())),
                               out));
        QCOMPARE(QByteArray::fromStdString(out), expected);
    }

    void unquoteAppendsToExistingContent()
    {
        std::string out = "prefix|";
        QVERIFY(rs::goUnquote("\"v\\\"1\"", out));
        QVERIFY(rs::goUnquote("\"v2\"", out));
        QCOMPARE(out, "prefix|v\"1v2"sv);
    }

    // Random bytes quoted the way Go does come back unchanged, and the body never grows: the
    // access-log parser relies on that to keep views into one reserved buffer.
    void roundTripRandomBytes()
    {
        std::mt19937 rng(42);
        for (int i = 0; i < 2000; ++i) {
            std::string raw(rng() % 80, '\0');
            for (char& c : raw)
                c = static_cast<char>(rng() % 4 == 0 ? "\"\\\n\t"[rng() % 4]
                                                     : static_cast<char>(rng() % 256));
            const std::string quoted = goQuote(raw);
            std::string out;
            QVERIFY(rs::goUnquote(quoted, out));
            QCOMPARE(out, raw);
            QVERIFY(out.size() <= quoted.size());
            QCOMPARE(rs::skipGoQuoted(quoted + " tail"), quoted.size());
        }
    }

    void unquoteNeverLongerThanInput()
    {
        std::mt19937 rng(7);
        static constexpr char kAlphabet[] = "\\\"xuU0123456789abcdefABCDEFnrt'q ";
        for (int i = 0; i < 5000; ++i) {
            std::string quoted = "\"";
            const std::size_t length = rng() % 40;
            for (std::size_t k = 0; k < length; ++k)
                quoted += kAlphabet[rng() % (sizeof kAlphabet - 1)];
            if (rng() % 2)
                quoted += '"';
            std::string out;
            rs::goUnquote(quoted, out);
            QVERIFY2(out.size() <= quoted.size(), quoted.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestGoUnquote)
#include "tst_gounquote.moc"
