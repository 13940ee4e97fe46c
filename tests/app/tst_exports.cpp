// Exports from the command line, checked for real content: `routescope chart` writes PNGs of
// the asked size and scale, SVG that parses and holds the series, CSV equal to the aggregates,
// a one-page PDF; `routescope report` writes a PDF and an HTML report with charts, with the
// title and the filter, and log text never becomes markup.
#include "app/filter/viewdata.h"
#include "appfixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace rs;

namespace {

const QString kBinary = QStringLiteral(ROUTESCOPE_BINARY_DIR "/routescope");
const QString kSample = QStringLiteral(ROUTESCOPE_TEST_DATA "/../../resources/sample-incident.tgz");

struct Run {
    int exitCode = -1;
    QString err;
};

Run routescope(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must go offscreen on its own
    process.setProcessEnvironment(env);
    process.start(kBinary, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::vector<QStringList> csvRows(const QString& csv)
{
    std::vector<QStringList> rows;
    for (const QString& line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.push_back(line.split(QLatin1Char(',')));
    return rows;
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(kBinary)); }
    void pngHasTheAskedSizeAndScale();
    void svgParsesAndHoldsTheSeries();
    void csvMatchesTheAggregates();
    void chartPdfIsOnePage();
    void reportPdfAndHtml();
    void reportInEveryLanguage();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestExports::pngHasTheAskedSizeAndScale()
{
    for (const int scale : {1, 2, 3}) {
        const QString out = m_dir.filePath(QStringLiteral("timeline%1.png").arg(scale));
        const Run run =
            routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"),
                        QStringLiteral("timeline"), QStringLiteral("-o"), out, QStringLiteral("--width"),
                        QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("300"),
                        QStringLiteral("--scale"), QString::number(scale)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(800 * scale, 300 * scale));
        // Not blank: the bars put many colours on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 8);
    }
}

void TestExports::svgParsesAndHoldsTheSeries()
{
    const QString out = m_dir.filePath(QStringLiteral("backends.svg"));
    const Run run = routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"),
                                QStringLiteral("backends"), QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            texts << xml.text().toString().trimmed();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // The top failing backend is a tick label of the chart.
    const auto data = computeViewData(test::sampleAnalysis(), {});
    QString top;
    for (const auto& row : data->backends) {
        if (row.key != "-") {
            top = QString::fromStdString(row.key);
            break;
        }
    }
    // Labelled with its app name where the inputs tell, the address beside it.
    QVERIFY(
        std::any_of(texts.begin(), texts.end(), [&top](const QString& text) { return text.contains(top); }));
    QVERIFY(texts.contains(QStringLiteral("Failed requests")));
}

void TestExports::csvMatchesTheAggregates()
{
    const auto data = computeViewData(test::sampleAnalysis(), {});
    const QString backends = m_dir.filePath(QStringLiteral("backends.csv"));
    QCOMPARE(routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"),
                         QStringLiteral("backends"), QStringLiteral("-o"), backends})
                 .exitCode,
             0);
    const auto rows = csvRows(readText(backends));
    QCOMPARE(rows.front().mid(0, 2), (QStringList{QStringLiteral("backend"), QStringLiteral("failed")}));
    QCOMPARE(rows.size() - 1, std::min<std::size_t>(20, data->backends.size()));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i][0], QString::fromStdString(data->backends[i - 1].key));
        QCOMPARE(rows[i][1].toULongLong(), data->backends[i - 1].total);
    }

    const QString timeline = m_dir.filePath(QStringLiteral("timeline.csv"));
    QCOMPARE(routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"),
                         QStringLiteral("timeline"), QStringLiteral("-o"), timeline,
                         QStringLiteral("--filter"), QStringLiteral("status>=500")})
                 .exitCode,
             0);
    const auto buckets = csvRows(readText(timeline));
    QCOMPARE(buckets.front()[0], QStringLiteral("bucket_start_utc"));
    qulonglong total = 0;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        for (int c = 2; c < 8; ++c)
            total += buckets[i][c].toULongLong();
    }
    Filter failed;
    failed.statuses = {{500, 999}};
    QCOMPARE(total,
             static_cast<qulonglong>(computeViewData(test::sampleAnalysis(), failed)->selection.rows.size()));

    const QString classes = m_dir.filePath(QStringLiteral("classes.csv"));
    QCOMPARE(routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"),
                         QStringLiteral("classes"), QStringLiteral("-o"), classes})
                 .exitCode,
             0);
    qulonglong failures = 0;
    const auto classRows = csvRows(readText(classes));
    for (std::size_t i = 1; i < classRows.size(); ++i)
        failures += classRows[i].last().toULongLong();
    QCOMPARE(failures, static_cast<qulonglong>(data->failures));
}

void TestExports::chartPdfIsOnePage()
{
    const QString out = m_dir.filePath(QStringLiteral("latency.pdf"));
    QCOMPARE(routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"),
                         QStringLiteral("latency"), QStringLiteral("-o"), out})
                 .exitCode,
             0);
    QVERIFY(tool(QStringLiteral("pdfinfo"), {out})
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    QVERIFY(tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")})
                .contains(QStringLiteral("Response time")));
}

void TestExports::reportPdfAndHtml()
{
    const QString title = QStringLiteral("ACME outage <script>alert(1)</script>");
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    Run run = routescope(
        {QStringLiteral("report"), kSample, QStringLiteral("-o"), pdf, QStringLiteral("--title"), title});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.contains(title));
    QVERIFY(text.contains(QStringLiteral("Findings")));
    // The charts are there, with their captions, and drawn as vectors: the PDF holds no image.
    QVERIFY(text.contains(QStringLiteral("Requests over time by status, failures by class")));
    QVERIFY(text.contains(QStringLiteral("Failures per backend by class")));
    const QStringList images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the header lines only

    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    run =
        routescope({QStringLiteral("report"), kSample, QStringLiteral("-o"), html, QStringLiteral("--title"),
                    title, QStringLiteral("--filter"), QStringLiteral("status>=500")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString page = readText(html);
    QVERIFY(page.contains(QStringLiteral("ACME outage &lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!page.contains(QStringLiteral("<script")));
    QVERIFY(page.count(QStringLiteral("<svg")) >= 3);
    QVERIFY(page.contains(QStringLiteral("Filter: status&gt;=500")) ||
            page.contains(QStringLiteral("Filter: status=5xx")));
}

void TestExports::reportInEveryLanguage()
{
    // --lang chooses the report's language whatever the system's; the findings are worded in it.
    const struct {
        const char* code;
        QString heading;
        QString findings;
    } languages[] = {{"de", QStringLiteral("lang=\"de\""), QStringLiteral("Befunde")},
                     {"ja", QStringLiteral("lang=\"ja\""), QStringLiteral("検出事項")},
                     {"en", QStringLiteral("lang=\"en\""), QStringLiteral("Findings")}};
    for (const auto& language : languages) {
        const QString code = QString::fromLatin1(language.code);
        const QString html = m_dir.filePath(QStringLiteral("report-%1.html").arg(code));
        const Run run = routescope(
            {QStringLiteral("report"), kSample, QStringLiteral("-o"), html, QStringLiteral("--lang"), code});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString page = readText(html);
        QVERIFY2(page.contains(language.heading), language.code);
        QVERIFY2(page.contains(language.findings), language.code);
    }
    const QString german = readText(m_dir.filePath(QStringLiteral("report-de.html")));
    QVERIFY(!german.contains(QStringLiteral(">Findings<")));
    QCOMPARE(
        routescope({QStringLiteral("report"), kSample, QStringLiteral("-o"),
                    m_dir.filePath(QStringLiteral("x.html")), QStringLiteral("--lang"), QStringLiteral("fr")})
            .exitCode,
        2);
}

void TestExports::usageErrors()
{
    QCOMPARE(routescope({QStringLiteral("report"), kSample}).exitCode, 2);
    QCOMPARE(routescope({QStringLiteral("report"), kSample, QStringLiteral("-o"), QStringLiteral("x.txt")})
                 .exitCode,
             2);
    QCOMPARE(routescope({QStringLiteral("chart"), kSample, QStringLiteral("-o"), QStringLiteral("x.png")})
                 .exitCode,
             2);
    QCOMPARE(routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"), QStringLiteral("pie"),
                         QStringLiteral("-o"), QStringLiteral("x.png")})
                 .exitCode,
             2);
    QCOMPARE(routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"),
                         QStringLiteral("timeline"), QStringLiteral("-o"), QStringLiteral("x.png"),
                         QStringLiteral("--scale"), QStringLiteral("4")})
                 .exitCode,
             2);
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
