// appendCsvField (core/report/csv.h): RFC 4180 quoting and the guard against spreadsheet
// formulas in log values, now in core so that the window's exports need not borrow the CLI.
#include "core/report/csv.h"

#include <QTest>

using namespace rs;

class TestCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fields_data();
    void fields();
};

void TestCsv::fields_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("fromLog");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("api.example.com") << true << QByteArray("api.example.com");
    QTest::newRow("comma") << QByteArray("a,b") << true << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << true << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QByteArray("a\nb") << false << QByteArray("\"a\nb\"");
    QTest::newRow("formula") << QByteArray("=1+2") << true << QByteArray("'=1+2");
    QTest::newRow("at") << QByteArray("@SUM(A1)") << true << QByteArray("'@SUM(A1)");
    QTest::newRow("negative number stays") << QByteArray("-1") << true << QByteArray("-1");
    QTest::newRow("dash word") << QByteArray("-cmd") << true << QByteArray("'-cmd");
    // Our own values (not from a log) are trusted: a leading = is kept as is.
    QTest::newRow("own value") << QByteArray("=x") << false << QByteArray("=x");
}

void TestCsv::fields()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, fromLog);
    QFETCH(QByteArray, expected);
    std::string out = "x,";
    appendCsvField(out, std::string_view(value.constData(), static_cast<std::size_t>(value.size())), fromLog);
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("x,") + expected);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
