#include "core/util/timeparse.h"

#include <QTest>

#include <random>

using rs::DurationNs;
using rs::kNoDuration;
using rs::kNoTime;
using rs::TimeNs;

namespace {

constexpr TimeNs kSecond = 1'000'000'000;

// Expected values below were computed independently (Python datetime), in whole seconds.
constexpr TimeNs at(std::int64_t epochSeconds, std::int64_t nanos = 0)
{
    return epochSeconds * kSecond + nanos;
}

std::string_view sv(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

class TestTimeParse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accessTimestampEveryEra_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<TimeNs>("expected");
        // ≤ 2016: day/month/year, seconds
        QTest::newRow("dmy seconds") << QByteArray("01/01/2000:00:00:00 +0000") << at(946684800);
        QTest::newRow("dmy seconds -0600") << QByteArray("12/02/2016:10:33:12 -0600") << at(1455294792);
        // rr 0.133: milliseconds
        QTest::newRow("dmy millis") << QByteArray("27/06/2016:07:43:54.569 +0000")
                                    << at(1467013434, 569'000'000);
        // rr 0.143: ISO, numeric offset
        QTest::newRow("iso millis +0000")
            << QByteArray("2019-01-28T22:15:02.499+0000") << at(1548713702, 499'000'000);
        QTest::newRow("iso millis -0700")
            << QByteArray("2017-10-30T12:36:43.490-0700") << at(1509392203, 490'000'000);
        QTest::newRow("iso +05:30") << QByteArray("2018-06-26T17:09:30.412+05:30")
                                    << at(1530013170, 412'000'000);
        // rr 0.196: nanoseconds, literal Z
        QTest::newRow("iso nanos Z") << QByteArray("2024-11-06T07:19:15.665422060Z")
                                     << at(1730877555, 665'422'060);
        QTest::newRow("iso 3 digits Z")
            << QByteArray("2020-02-29T23:59:59.042Z") << at(1583020799, 42'000'000);
        QTest::newRow("no fraction Z") << QByteArray("2000-01-01T00:00:00Z") << at(946684800);
        QTest::newRow("1 digit") << QByteArray("2000-01-01T00:00:00.5Z") << at(946684800, 500'000'000);
        QTest::newRow("2 digits") << QByteArray("2000-01-01T00:00:00.49-0000") << at(946684800, 490'000'000);
        QTest::newRow("6 digits") << QByteArray("2000-01-01T00:00:00.000123Z") << at(946684800, 123'000);
        QTest::newRow("9 digits") << QByteArray("2000-01-01T00:00:00.000000001Z") << at(946684800, 1);
        QTest::newRow("more than 9 digits truncated")
            << QByteArray("2000-01-01T00:00:00.1234567899Z") << at(946684800, 123'456'789);
        QTest::newRow("offset crosses midnight")
            << QByteArray("2019-12-14T00:33:32.35-0800") << at(1576312412, 350'000'000);
    }

    void accessTimestampEveryEra()
    {
        QFETCH(QByteArray, text);
        QFETCH(TimeNs, expected);
        QCOMPARE(rs::parseAccessTimestamp(sv(text)), expected);
    }

    void accessTimestampRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dash") << QByteArray("-");
        QTest::newRow("month 13") << QByteArray("2019-13-01T00:00:00.000Z");
        QTest::newRow("day 32") << QByteArray("2019-01-32T00:00:00.000Z");
        QTest::newRow("29 Feb non-leap") << QByteArray("2019-02-29T00:00:00.000Z");
        QTest::newRow("29 Feb 1900") << QByteArray("1900-02-29T00:00:00Z");
        QTest::newRow("29 Feb 2100") << QByteArray("2100-02-29T00:00:00Z");
        QTest::newRow("31 April") << QByteArray("30/04/2019:00:00:00 +0000").replace("30/04", "31/04");
        QTest::newRow("hour 24") << QByteArray("2019-01-01T24:00:00Z");
        QTest::newRow("minute 60") << QByteArray("2019-01-01T00:60:00Z");
        QTest::newRow("second 60") << QByteArray("2019-01-01T00:00:60Z");
        QTest::newRow("no zone") << QByteArray("2019-01-01T00:00:00.000");
        QTest::newRow("dmy no zone") << QByteArray("01/01/2000:00:00:00");
        QTest::newRow("dot without digits") << QByteArray("2019-01-01T00:00:00.Z");
        QTest::newRow("trailing junk") << QByteArray("2019-01-01T00:00:00Zx");
        QTest::newRow("zone hour 24") << QByteArray("2019-01-01T00:00:00+2400");
        QTest::newRow("letters") << QByteArray("2019-0a-01T00:00:00Z");
        QTest::newRow("dmy with T") << QByteArray("01/01/2000T00:00:00 +0000");
        QTest::newRow("nanos layout, bad digit") << QByteArray("2024-11-06T07:19:15.66542206xZ");
        QTest::newRow("nanos layout, bad month") << QByteArray("2024-00-06T07:19:15.665422060Z");
        QTest::newRow("out of int64 range") << QByteArray("2300-01-01T00:00:00Z");
        QTest::newRow("before 1678") << QByteArray("1600-01-01T00:00:00Z");
    }

    void accessTimestampRejects()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(rs::parseAccessTimestamp(sv(text)), kNoTime);
    }

    void leapYears()
    {
        QCOMPARE(rs::parseRfc3339("2020-02-29T23:59:59Z"), at(1583020799));
        QCOMPARE(rs::parseRfc3339("2000-02-29T00:00:00Z") + 86400 * kSecond,
                 rs::parseRfc3339("2000-03-01T00:00:00Z"));
        QCOMPARE(rs::parseRfc3339("2100-03-01T00:00:00Z"), at(4107542400));
        QCOMPARE(rs::parseRfc3339("1900-03-01T00:00:00Z"), at(-2203891200));
        QCOMPARE(rs::makeTimeUtc(2024, 2, 29, 0, 0, 0, 0) + 86400 * kSecond,
                 rs::makeTimeUtc(2024, 3, 1, 0, 0, 0, 0));
        QCOMPARE(rs::makeTimeUtc(2023, 2, 29, 0, 0, 0, 0), kNoTime);
    }

    void rfc3339Variants()
    {
        QCOMPARE(rs::parseRfc3339("2018-07-05T17:59:10Z"), at(1530813550));
        QCOMPARE(rs::parseRfc3339("2018-07-05 17:59:10Z"), at(1530813550));
        QCOMPARE(rs::parseRfc3339("2018-07-05t17:59:10z"), at(1530813550));
        QCOMPARE(rs::parseRfc3339("2018-07-05T19:59:10.25+02:00"), at(1530813550, 250'000'000));
        QCOMPARE(rs::parseRfc3339("2018-07-05T15:59:10-0200"), at(1530813550));
        QCOMPARE(rs::parseRfc3339("2016-06-27T07:43:54.584+00:00"), at(1467013434, 584'000'000));
        QCOMPARE(rs::parseRfc3339("2021-12-24T22:20:01.438069+00:00"),
                 rs::parseRfc3339("2021-12-24T22:20:01.438069Z"));
        QCOMPARE(rs::parseRfc3339("2018-07-05T17:59:10"), kNoTime);
        QCOMPARE(rs::parseRfc3339("2018/07/05 17:59:10Z"), kNoTime);
    }

    void bracketPrefix()
    {
        QCOMPARE(rs::parseBracketPrefixTime("2018-07-05 17:59:10+0000"), at(1530813550));
        QCOMPARE(rs::parseBracketPrefixTime("[2018-07-05 17:59:10+0000]"), at(1530813550));
        QCOMPARE(rs::parseBracketPrefixTime("2018-07-05 17:59:10.123456+0000"), at(1530813550, 123'456'000));
        QCOMPARE(rs::parseBracketPrefixTime("2026-01-02T15:04:05.123456789Z"), at(1767366245, 123'456'789));
        QCOMPARE(rs::parseBracketPrefixTime("[2018-07-05 17:59:10]"), kNoTime);
    }

    void goLogTime()
    {
        QCOMPARE(rs::parseGoLogTime("2024/04/03 22:10:47"), at(1712182247));
        QCOMPARE(rs::parseGoLogTime("2024/04/03 22:10:47.000123"), at(1712182247, 123'000));
        QCOMPARE(rs::parseGoLogTime("2024/04/03 22:10:47 http:"), kNoTime);
        QCOMPARE(rs::parseGoLogTime("2024-04-03 22:10:47"), kNoTime);
        QCOMPARE(rs::parseGoLogTime("2024/04/31 22:10:47"), kNoTime);
    }

    void epochSeconds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("lager 9 digits") << QByteArray("1476379410.654025555") << qint64(1476379410654025555);
        QTest::newRow("7 digits") << QByteArray("1554761639.7473993") << qint64(1554761639747399300);
        QTest::newRow("integer") << QByteArray("1530813550") << qint64(1530813550000000000);
        QTest::newRow("exponent") << QByteArray("1.5547616397473993e+09") << qint64(1554761639747399300);
        QTest::newRow("exponent upper case") << QByteArray("1.5E9") << qint64(1500000000000000000);
        QTest::newRow("negative exponent") << QByteArray("15e-1") << qint64(1500000000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("more than 9 decimals rounds") << QByteArray("1.0000000005") << qint64(1000000001);
        QTest::newRow("garbage") << QByteArray("abc") << qint64(kNoTime);
        QTest::newRow("empty") << QByteArray() << qint64(kNoTime);
        QTest::newRow("negative") << QByteArray("-1") << qint64(kNoTime);
        QTest::newRow("bare exponent") << QByteArray("1e") << qint64(kNoTime);
        QTest::newRow("two dots") << QByteArray("1.2.3") << qint64(kNoTime);
        QTest::newRow("overflow") << QByteArray("99999999999999999999") << qint64(kNoTime);
        QTest::newRow("huge exponent") << QByteArray("1e400") << qint64(kNoTime);
    }

    void epochSeconds()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        QCOMPARE(rs::parseEpochSeconds(sv(text)), TimeNs(expected));
    }

    void makeTime()
    {
        QCOMPARE(rs::makeTimeUtc(1970, 1, 1, 0, 0, 0, 0), TimeNs(0));
        QCOMPARE(rs::makeTimeUtc(1969, 12, 31, 23, 59, 59, 0), TimeNs(-kSecond));
        QCOMPARE(rs::makeTimeUtc(2000, 1, 1, 0, 0, 0, 1), at(946684800, 1));
        QCOMPARE(rs::makeTimeUtc(2262, 4, 11, 23, 47, 15, 0), at(9223372035));
        QCOMPARE(rs::makeTimeUtc(2262, 4, 11, 23, 47, 17, 0), kNoTime);
        QCOMPARE(rs::makeTimeUtc(1677, 9, 21, 0, 12, 45, 0), at(-9223372035));
        QCOMPARE(rs::makeTimeUtc(1600, 1, 1, 0, 0, 0, 0), kNoTime);
        QCOMPARE(rs::makeTimeUtc(2000, 0, 1, 0, 0, 0, 0), kNoTime);
        QCOMPARE(rs::makeTimeUtc(2000, 1, 1, 0, 0, 0, 1'000'000'000), kNoTime);
        QCOMPARE(rs::makeTimeUtc(2000, 1, 1, -1, 0, 0, 0), kNoTime);
    }

    void secondsDuration_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("%.6f") << QByteArray("0.011962") << qint64(11'962'000);
        QTest::newRow("integer") << QByteArray("60") << qint64(60'000'000'000);
        QTest::newRow("%.9f") << QByteArray("60.000000000") << qint64(60'000'000'000);
        QTest::newRow("shortest float") << QByteArray("120.00641734") << qint64(120'006'417'340);
        QTest::newRow("9 decimals") << QByteArray("0.005328859") << qint64(5'328'859);
        QTest::newRow("zero") << QByteArray("0.000000") << qint64(0);
        QTest::newRow("quoted number") << QByteArray("\"0.5\"") << qint64(500'000'000);
        QTest::newRow("dash") << QByteArray("-") << qint64(kNoDuration);
        QTest::newRow("quoted dash") << QByteArray("\"-\"") << qint64(kNoDuration);
        QTest::newRow("legacy missing") << QByteArray("MissingFinishedAt") << qint64(kNoDuration);
        QTest::newRow("negative") << QByteArray("-0.5") << qint64(kNoDuration);
        QTest::newRow("garbage") << QByteArray("1.2x") << qint64(kNoDuration);
        QTest::newRow("empty") << QByteArray() << qint64(kNoDuration);
    }

    void secondsDuration()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        QCOMPARE(rs::parseSecondsDuration(sv(text)), DurationNs(expected));
    }

    void formatting()
    {
        QCOMPARE(rs::formatTimeUtc(at(1730877555, 665'422'060)),
                 std::string("2024-11-06T07:19:15.665422060Z"));
        QCOMPARE(rs::formatTimeUtc(0), std::string("1970-01-01T00:00:00.000000000Z"));
        QCOMPARE(rs::formatTimeUtc(-1), std::string("1969-12-31T23:59:59.999999999Z"));
        QCOMPARE(rs::formatTimeUtc(at(-2203891200)), std::string("1900-03-01T00:00:00.000000000Z"));
        QCOMPARE(rs::formatTimeUtc(kNoTime), std::string());
        QCOMPARE(rs::formatDurationSeconds(11'962'000), std::string("0.011962"));
        QCOMPARE(rs::formatDurationSeconds(120'006'417'340), std::string("120.006417"));
        QCOMPARE(rs::formatDurationSeconds(1'500), std::string("0.000002"));
        QCOMPARE(rs::formatDurationSeconds(0), std::string("0.000000"));
        QCOMPARE(rs::formatDurationSeconds(kNoDuration), std::string());
    }

    // Every instant between 1678 and 2261 survives format → parse.
    void roundTrip()
    {
        std::mt19937_64 rng(2024);
        const TimeNs low = rs::makeTimeUtc(1678, 1, 1, 0, 0, 0, 0);
        const TimeNs high = rs::makeTimeUtc(2261, 12, 31, 23, 59, 59, 999'999'999);
        std::uniform_int_distribution<TimeNs> pick(low, high);
        for (int i = 0; i < 20000; ++i) {
            const TimeNs t = pick(rng);
            const std::string text = rs::formatTimeUtc(t);
            QCOMPARE(rs::parseRfc3339(text), t);
            QCOMPARE(rs::parseAccessTimestamp(text), t);
        }
    }

    void neverReadsOutOfBounds()
    {
        // Every prefix of every layout: no crash, and no value unless the prefix is complete.
        const char* layouts[] = {"27/06/2016:07:43:54.569 +0000", "2024-11-06T07:19:15.665422060Z",
                                 "2018-06-26T17:09:30.412+05:30", "2024/04/03 22:10:47.000123"};
        for (const char* layout : layouts) {
            const std::string_view full(layout);
            for (std::size_t n = 0; n < full.size(); ++n) {
                const std::string prefix(full.substr(0, n)); // own buffer: ASan sees overreads
                (void)rs::parseAccessTimestamp(prefix);
                (void)rs::parseRfc3339(prefix);
                (void)rs::parseGoLogTime(prefix);
                (void)rs::parseEpochSeconds(prefix);
                (void)rs::parseSecondsDuration(prefix);
            }
        }
        QCOMPARE(rs::parseAccessTimestamp("2024-11-06T07:19:15.665422060"), kNoTime);
    }
};

QTEST_APPLESS_MAIN(TestTimeParse)
#include "tst_timeparse.moc"
