// The incident report as PDF: real text (pdftotext finds it), a table of contents with page
// numbers, "page n of m" footers, charts drawn as vectors, and log text shown literally.
#include "app/report/pdfreport.h"
#include "appfixture.h"
#include "archivewriter.h"
#include "core/import/importer.h"
#include "core/report/incidentreport.h"

#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

// Draws text into the chart's box: if pdftotext reads it back, the chart is vector content.
bool fakeChart(const QString& kind, QPainter& painter, const QRectF& rect)
{
    if (kind == QStringLiteral("latency"))
        return false;
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
    painter.drawText(rect, Qt::AlignCenter, QStringLiteral("CHART-%1").arg(kind));
    return true;
}

} // namespace

class TestPdfReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed; ./dev test installs it");
    }
    void sampleReportHasTextContentsAndPages();
    void logTextIsLiteral();
    void tablesWrapBetweenWordsOnly();
};

void TestPdfReport::sampleReportHasTextContentsAndPages()
{
    const auto analysis = test::sampleAnalysis();
    const ReportDocument doc = buildIncidentReport(*analysis, {});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(writePdfReport(doc, path, fakeChart, &error), qPrintable(error));
    const int pages = pageCount(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.contains(doc.title));
    QVERIFY(text.contains(QStringLiteral("Contents")));
    for (const auto& section : doc.sections)
        QVERIFY2(text.contains(section.title), qPrintable(section.title));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("CHART-timeline")));
    QVERIFY(text.contains(QStringLiteral("CHART-backends")));
    QVERIFY(!text.contains(QStringLiteral("CHART-latency")));
    // The first findings' titles are searchable text (titles may wrap at table edges, so
    // compare the first words).
    for (std::size_t i = 0; i < 3 && i < analysis->findings.size(); ++i) {
        const QString start = analysis->findings[i].title.section(QLatin1Char(' '), 0, 3);
        QVERIFY2(text.contains(start), qPrintable(start));
    }
    // The contents list the appendix on a later page than the summary.
    const QStringList lines = text.split(QLatin1Char('\n'));
    int summaryPage = 0, appendixPage = 0;
    for (const QString& line : lines) {
        const QString trimmed = line.simplified();
        if (trimmed.startsWith(doc.sections.front().title + QLatin1Char(' ')) && summaryPage == 0)
            summaryPage = trimmed.section(QLatin1Char(' '), -1).toInt();
        if (trimmed.startsWith(doc.sections.back().title) && appendixPage == 0)
            appendixPage = trimmed.section(QLatin1Char(' '), -1).toInt();
    }
    QVERIFY(summaryPage >= 1);
    QVERIFY2(appendixPage > summaryPage,
             qPrintable(QStringLiteral("%1 %2").arg(summaryPage).arg(appendixPage)));
    QVERIFY(appendixPage <= pages);
}

void TestPdfReport::logTextIsLiteral()
{
    std::string log;
    for (int i = 0; i < 2; ++i) {
        log +=
            "<script>alert(1)</script> - [2026-10-14T09:00:0" + std::to_string(i) +
            ".000000000Z] \"GET / HTTP/1.1\" 502 0 67 \"-\" \"agent\" \"10.0.0.1:5000\" \"10.0.16.5:61012\" "
            "x_forwarded_for:\"-\" x_forwarded_proto:\"https\" "
            "vcap_request_id:\"0b0b0b0b-1111-2222-3333-44444444444" +
            std::to_string(i) +
            "\" response_time:0.1 gorouter_time:0.0001 app_id:\"app\" app_index:\"0\" "
            "x_cf_routererror:\"endpoint_failure (<b>dial</b> tcp: connect: connection refused)\"\n";
    }
    const auto analysis = analyse(Importer().importBytes(
        "hostile.tgz", bytesFromString(test::makeArchive({{"router/0/gorouter/access.log", log}},
                                                         test::ArchiveFormat::TarGz))));
    QVERIFY(analysis && analysis->incident->tables.requests.size() == 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
    QVERIFY(writePdfReport(buildIncidentReport(*analysis, {}), path, {}));
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    // Table cells wrap long words (and pdftotext interleaves the columns of a wrapped row);
    // what matters is that the characters are there, unchanged.
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    compact.remove(QChar(0x200B)); // the tables' break opportunities
    QVERIFY(compact.contains(QStringLiteral("<script>alert(1)")));
    // A cell may now wrap after the slash of "</script>"; both parts are there, unchanged.
    QVERIFY(compact.contains(QStringLiteral("</script>")) ||
            (compact.contains(QStringLiteral("alert(1)</")) && compact.contains(QStringLiteral("script>"))));
    QVERIFY(compact.contains(QStringLiteral("<b>dial</b>")));
}

// Narrow columns full of long hosts, paths and words: every line of the PDF holds whole words
// or whole parts of a token (cut after a slash, dot, hyphen or underscore), never a piece cut
// inside a word ("recovere" / "d", "orders.apps.exa" / "mple.com").
void TestPdfReport::tablesWrapBetweenWordsOnly()
{
    const QStringList values{QStringLiteral("orders.apps.example.com"), QStringLiteral("recovered"),
                             QStringLiteral("/v2/checkout/confirm-payment"),
                             QStringLiteral("hostname_mismatch"), QStringLiteral("10.0.16.10:61004")};
    ReportTable table;
    for (int c = 0; c < 8; ++c)
        table.header << QStringLiteral("Column%1").arg(c);
    for (int r = 0; r < 6; ++r) {
        QStringList row;
        for (int c = 0; c < 8; ++c)
            row << values[(r + c) % values.size()];
        table.rows.push_back(row);
    }
    ReportDocument doc;
    doc.title = QStringLiteral("Wrap");
    doc.sections.push_back({QStringLiteral("t"), QStringLiteral("Table"), {table}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wrap.pdf"));
    QVERIFY(writePdfReport(doc, path, {}));
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());
    // What may stand on a line: a value's parts between break points, consecutive.
    QSet<QString> allowed;
    for (const QString& value : values) {
        QList<qsizetype> cuts{0};
        for (qsizetype i = 0; i + 1 < value.size(); ++i) {
            if (QStringLiteral("/.-_:").contains(value[i]))
                cuts << i + 1;
        }
        cuts << value.size();
        for (qsizetype a = 0; a < cuts.size(); ++a) {
            for (qsizetype b = a + 1; b < cuts.size(); ++b)
                allowed.insert(value.mid(cuts[a], cuts[b] - cuts[a]));
        }
    }
    int checked = 0, wrapped = 0;
    for (QString token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        token.remove(QChar(0x200B));
        if (token.startsWith(QStringLiteral("Column")) || token == QStringLiteral("Wrap") ||
            token == QStringLiteral("Table") || token == QStringLiteral("Contents") ||
            token == QStringLiteral("Page") || token == QStringLiteral("of") || token.toInt() > 0)
            continue;
        QVERIFY2(allowed.contains(token), qPrintable(QStringLiteral("cut inside a word: ") + token));
        ++checked;
        wrapped += values.contains(token) ? 0 : 1;
    }
    QVERIFY(checked >= 48);
    // The columns are narrow: some tokens did wrap (at a break point), so lines were cut.
    QVERIFY(wrapped > 0);
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
