// The parts of the ClickHouse source that need no server: quoteString's inverse and the literal
// scanner the fuzz target relies on, the compiler's shapes for empty filters and ranges, the
// request cursor's text form, and the timeline's bucket widths.
#include "core/clickhouse/filtersql.h"
#include "core/clickhouse/overview.h"
#include "core/clickhouse/requestpage.h"
#include "core/clickhouse/sqlquote.h"
#include "core/query/filterexpr.h"

#include <QTest>

using namespace rs;
using namespace rs::clickhouse;

class TestClickHouseFilterSql : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unquoteInvertsQuote()
    {
        std::string every;
        for (int b = 0; b < 256; ++b)
            every += static_cast<char>(b);
        for (const std::string& value :
             {every, std::string(), std::string("'"), std::string("\\"), std::string("'; DROP TABLE x; --"),
              std::string("a\0b", 3), std::string("\xc3\x28\xff")}) {
            QCOMPARE(unquoteString(quoteString(value)), std::optional(value));
            const auto literals = sqlStringLiterals("x = " + quoteString(value) + " AND y IN (" +
                                                    quoteString(value) + ", " + quoteString("z") + ")");
            QVERIFY(literals);
            QCOMPARE(*literals, (std::vector<std::string>{value, value, "z"}));
        }
    }

    void malformedLiteralsAreRefused()
    {
        for (const std::string_view bad :
             {"'abc", "abc'", "'a'b'", "'\\n'", "'\\x4'", "'\\xzz'", "'a\\'", "'tab\there'", "''''"})
            QVERIFY2(!unquoteString(bad), std::string(bad).c_str());
        // Back to back, quoted identifiers, an unterminated literal: not what our generators write.
        for (const std::string_view bad : {"a = 'x''y'", "\"col\" = 1", "`col` = 1", "a = 'x"})
            QVERIFY2(!sqlStringLiterals(bad), std::string(bad).c_str());
        QCOMPARE(sqlStringLiterals("a = 1"), std::optional(std::vector<std::string>{}));
    }

    void emptyFiltersAndRanges()
    {
        QCOMPARE(filterToSql(Filter{}).where, std::optional<std::string>("1"));
        QCOMPARE(timeRangeSql(10, 10), std::string("0"));
        QCOMPARE(timeRangeSql(kNoTime, -5), std::string("0"));
        const std::string range = timeRangeSql(1'760'432'880'123'456'789, 1'760'432'881'000'000'000);
        QVERIFY2(range.find("toDateTime(1760432880, 'UTC')") != std::string::npos, range.c_str());
        QVERIFY2(range.find(">= 1760432880123456789") != std::string::npos, range.c_str());
        QVERIFY2(range.find("<= 1760432880999999999") != std::string::npos, range.c_str()); // [from, to)
        // A filter's own time terms and members go in as well.
        auto parsed = parseFilterExpression("time >= 2026-10-14T09:00:00Z and host = a.example");
        QVERIFY(std::holds_alternative<Filter>(parsed));
        const FilterSql sql = filterToSql(std::get<Filter>(parsed));
        QVERIFY(sql.where);
        QCOMPARE(sql.literals, (std::vector<std::string>{"a.example"}));
        QVERIFY2(sql.where->find("host IN ('a.example')") != std::string::npos, sql.where->c_str());
    }

    void cursorTextRoundTrips()
    {
        RequestCursor cursor;
        cursor.time = 1'760'432'880'123'456'789;
        cursor.key = 18'000'000'000'000'000'000ull;
        cursor.bundle = "0123456789abcdef";
        cursor.file = std::string("dir/it's . a\0file\xff", 19);
        cursor.offset = 42;
        QCOMPARE(RequestCursor::parse(cursor.text()), std::optional(cursor));
        for (const std::string_view bad : {"", "1.2.3.ab", "x.2.3.ab.00", "1.2.3.AB.00", "1.2.3.ab.0",
                                           "-1.2.3.ab.00", "1.2.3.ab.zz", "1.2.3.a'b.00"})
            QVERIFY2(!RequestCursor::parse(bad), std::string(bad).c_str());
    }

    void bucketWidthsFollowTheSpan()
    {
        constexpr TimeNs s = 1'000'000'000;
        QCOMPARE(overviewBucketWidth(0, 300 * s), 1 * s);
        QCOMPARE(overviewBucketWidth(0, 3600 * s), 15 * s);
        QCOMPARE(overviewBucketWidth(0, 24 * 3600 * s), 300 * s);
        QCOMPARE(overviewBucketWidth(0, 7 * 24 * 3600 * s), 3600 * s);
        QCOMPARE(overviewBucketWidth(0, 30 * 24 * 3600 * s), 3 * 3600 * s);
        QCOMPARE(overviewBucketWidth(0, 365 * 24 * 3600 * s), 48 * 3600 * s);
        QCOMPARE(overviewBucketWidth(0, 10 * 365 * 24 * 3600 * s), 168 * 3600 * s);
    }
};

QTEST_GUILESS_MAIN(TestClickHouseFilterSql)
#include "tst_clickhousefiltersql.moc"
