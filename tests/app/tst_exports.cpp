// Exports from the command line, checked for real content: `routescope chart` writes PNGs of
// the asked size and scale, SVG that parses and holds the series, CSV equal to the aggregates,
// a one-page PDF; `routescope report` writes a PDF and an HTML report with charts, with the
// title and the filter, and log text never becomes markup. Chart exports (issue 12): PDF text
// no smaller than the report's body text, legends never clipped, a log axis when asked, the
// timeline's visible range and nothing else.
#include "app/charts/qcustomplot.h"
#include "app/charts/timelineplot.h"
#include "app/export/chartexport.h"
#include "app/filter/viewdata.h"
#include "appfixture.h"
#include "core/report/incidentreport.h"
#include "core/report/reportdocument.h"
#include "core/util/timeparse.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

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

// The lines of a PDF (poppler's pdftotext -bbox-layout): their text and the height of their
// letters in points. A line set upwards (a vertical axis title) is taller than wide: its
// letters' height is its width.
struct PdfLine {
    QString text;
    double textHeight = 0;
};

std::vector<PdfLine> pdfLines(const QString& pdf)
{
    const QString html =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    std::vector<PdfLine> lines;
    QXmlStreamReader xml(html);
    QRectF box;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("line")) {
            const auto a = xml.attributes();
            box = QRectF(
                QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                QPointF(a.value(QLatin1String("xMax")).toDouble(),
                        a.value(QLatin1String("yMax")).toDouble()));
            lines.push_back({});
        } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("word") &&
                   !lines.empty()) {
            const QString word = xml.readElementText();
            lines.back().text += (lines.back().text.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("line") &&
                   !lines.empty()) {
            const bool upwards = box.height() > box.width() && lines.back().text.size() >= 3;
            lines.back().textHeight = upwards ? box.width() : box.height();
        }
    }
    return lines;
}

// The texts of an SVG with the point each is drawn at, through the transforms of the groups
// around it (QSvgGenerator writes matrix() transforms on <g> elements).
struct SvgText {
    QString text;
    QPointF at;
};

QTransform svgMatrix(QStringView transform)
{
    static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
    const auto match = matrix.match(transform);
    if (!match.hasMatch())
        return {};
    const QStringList v =
        match.captured(1).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (v.size() != 6)
        return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(),
                      v[5].toDouble());
}

std::vector<SvgText> svgTexts(const QByteArray& svg, QRectF* viewBox = nullptr)
{
    std::vector<SvgText> texts;
    std::vector<QTransform> stack{QTransform()};
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("svg") && viewBox) {
                const QStringList v = a.value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
                if (v.size() == 4)
                    *viewBox = QRectF(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble());
            }
            if (xml.name() == QLatin1String("g")) {
                stack.push_back(svgMatrix(a.value(QLatin1String("transform"))) * stack.back());
            } else if (xml.name() == QLatin1String("text")) {
                const QPointF at(a.value(QLatin1String("x")).toDouble(),
                                 a.value(QLatin1String("y")).toDouble());
                const QTransform transform = stack.back();
                texts.push_back({xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(),
                                 transform.map(at)});
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g")) {
            stack.pop_back();
        }
    }
    return texts;
}

bool isPowerOfTen(double value)
{
    if (value <= 0)
        return false;
    const double exponent = std::log10(value);
    return std::abs(exponent - std::round(exponent)) < 1e-9;
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
    void chartPdfTextNoSmallerThanBody();
    void legendIsNeverClipped();
    void logScaleExportHasALogAxis();
    void timelineExportSpansTheVisibleRange();
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

// A chart PDF is read beside the report: none of its text is smaller than the report's body
// text. The body's size is measured in the report PDF itself, on its first plain paragraph.
void TestExports::chartPdfTextNoSmallerThanBody()
{
    const QString report = m_dir.filePath(QStringLiteral("body.pdf"));
    Run run = routescope({QStringLiteral("report"), kSample, QStringLiteral("-o"), report});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const ReportDocument document = buildIncidentReport(*test::sampleAnalysis(), {}, {});
    QString paragraph;
    for (const ReportSection& section : document.sections) {
        for (const ReportBlock& block : section.blocks) {
            const auto* p = std::get_if<ReportParagraph>(&block);
            if (paragraph.isEmpty() && p && !p->emphasis && p->text.count(QLatin1Char(' ')) >= 6)
                paragraph = p->text;
        }
    }
    QVERIFY(!paragraph.isEmpty());
    // Its first line in the PDF starts with its first words.
    const QString opening = paragraph.section(QLatin1Char(' '), 0, 2);
    double body = 0;
    for (const PdfLine& line : pdfLines(report)) {
        if (body == 0 && line.text.startsWith(opening))
            body = line.textHeight;
    }
    QVERIFY2(body > 5, qPrintable(opening));

    for (const ChartKind kind :
         {ChartKind::Timeline, ChartKind::Backends, ChartKind::Classes, ChartKind::Latency}) {
        const QString out = m_dir.filePath(QStringLiteral("fonts-%1.pdf").arg(chartKindId(kind)));
        run = routescope({QStringLiteral("chart"), kSample, QStringLiteral("--kind"), chartKindId(kind),
                          QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::vector<PdfLine> lines = pdfLines(out);
        QVERIFY(lines.size() > 5);
        const auto smallest =
            std::min_element(lines.begin(), lines.end(),
                             [](const PdfLine& a, const PdfLine& b) { return a.textHeight < b.textHeight; });
        QVERIFY2(smallest->textHeight >= body,
                 qPrintable(QStringLiteral("%1: \"%2\" is %3 pt high, body text %4 pt")
                                .arg(chartKindId(kind), smallest->text)
                                .arg(smallest->textHeight)
                                .arg(body)));
    }
}

// The legend of every chart lies inside the picture, every entry whole: at the window's export
// size, a wide one, the report's 720×302 and the command line's 800×300, with a per-router
// legend as long as the timeline's gets. The legend takes at most 30 % of the height: past
// that, the entries that count the least leave it and one entry counts them ("+N more").
void TestExports::legendIsNeverClipped()
{
    const auto data = computeViewData(test::sampleAnalysis(), {});
    const QFontMetricsF metrics([] {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(14);
        return font;
    }());
    struct Case {
        ChartKind kind;
        TimelineStack stack;
    };
    const Case cases[] = {{ChartKind::Timeline, TimelineStack::ByClass},
                          {ChartKind::Timeline, TimelineStack::ByRouter},
                          {ChartKind::Timeline, TimelineStack::BySource},
                          {ChartKind::Backends, TimelineStack::ByClass}};
    for (const QSize size : {QSize(1200, 500), QSize(1600, 600), QSize(720, 302), QSize(800, 300)}) {
        for (const Case& c : cases) {
            ChartOptions options;
            options.stack = c.stack;
            const ChartExport chart(c.kind, data, size, options);
            const QString what = QStringLiteral("%1 stack %2 at %3x%4")
                                     .arg(chartKindId(c.kind))
                                     .arg(static_cast<int>(c.stack))
                                     .arg(size.width())
                                     .arg(size.height());
            QCPLegend* legend = chart.plot()->legend;
            QVERIFY2(legend->visible(), qPrintable(what));
            const QRect picture(QPoint(0, 0), size);
            QVERIFY2(picture.contains(legend->outerRect()), qPrintable(what));
            QVERIFY2(
                legend->outerRect().height() <= size.height() * 3 / 10 + 4,
                qPrintable(what + QStringLiteral(": legend %1 px high").arg(legend->outerRect().height())));
            QStringList names;
            int more = 0;
            const QRegularExpression moreEntry(QStringLiteral("^\\+(\\d+) more"));
            for (int i = 0; i < legend->itemCount(); ++i) {
                auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
                if (!item) // an empty cell of the last row
                    continue;
                if (const auto match = moreEntry.match(item->plottable()->name()); match.hasMatch())
                    more = match.captured(1).toInt();
                names << item->plottable()->name();
                const QRect rect = item->outerRect();
                QVERIFY2(legend->outerRect().contains(rect),
                         qPrintable(what + QLatin1Char(' ') + names.back()));
                // As wide as its icon and text want: nothing cut at the right.
                QVERIFY2(rect.width() >= static_cast<QCPLayoutElement*>(item)->minimumOuterSizeHint().width(),
                         qPrintable(what + QLatin1Char(' ') + names.back()));
            }
            // Every plottable with a name has its entry, or is counted in "+N more".
            int named = 0, listed = 0;
            for (int i = 0; i < chart.plot()->plottableCount(); ++i) {
                const QString name = chart.plot()->plottable(i)->name();
                if (name.isEmpty() || moreEntry.match(name).hasMatch())
                    continue;
                ++named;
                listed += names.contains(name) ? 1 : 0;
            }
            QVERIFY2(
                listed + more == named,
                qPrintable(what +
                           QStringLiteral(": %1 listed + %2 more of %3").arg(listed).arg(more).arg(named)));
            QVERIFY2(names.size() >= 2, qPrintable(what));
            // The axis rect keeps room to draw in.
            QVERIFY2(chart.plot()->axisRect()->rect().height() >= 100, qPrintable(what));

            // And in the SVG as written: every entry's text starts and ends inside the view box.
            QRectF viewBox;
            const std::vector<SvgText> texts = svgTexts(chart.svg(), &viewBox);
            QCOMPARE(viewBox, QRectF(picture));
            for (const QString& name : names) {
                const auto text = std::find_if(texts.begin(), texts.end(),
                                               [&name](const SvgText& t) { return t.text == name; });
                QVERIFY2(text != texts.end(), qPrintable(what + QLatin1Char(' ') + name));
                QVERIFY2(viewBox.contains(text->at), qPrintable(what + QLatin1Char(' ') + name));
                QVERIFY2(text->at.x() + metrics.horizontalAdvance(name) <= viewBox.right() + 1,
                         qPrintable(what + QLatin1Char(' ') + name));
                QVERIFY2(text->at.y() + metrics.descent() <= viewBox.bottom() + 1,
                         qPrintable(what + QLatin1Char(' ') + name));
            }
            // The PNG is that picture.
            const QString png = m_dir.filePath(QStringLiteral("legend.png"));
            QVERIFY(chart.save(png));
            QCOMPARE(QImage(png).size(), size);
        }
    }
}

// With logScale every chart counts on a logarithmic axis whose labelled ticks are powers of ten,
// and the SVG carries those labels; without it the axis is linear, from zero.
void TestExports::logScaleExportHasALogAxis()
{
    const auto data = computeViewData(test::sampleAnalysis(), {});
    for (const ChartKind kind :
         {ChartKind::Timeline, ChartKind::Backends, ChartKind::Classes, ChartKind::Latency}) {
        ChartOptions options;
        options.logScale = true;
        const ChartExport chart(kind, data, {1200, 500}, options);
        const QString what = chartKindId(kind);
        std::vector<QCPAxis*> logAxes;
        for (QCPAxis* axis : chart.plot()->axisRect()->axes()) {
            if (axis->visible() && axis->scaleType() == QCPAxis::stLogarithmic)
                logAxes.push_back(axis);
        }
        QVERIFY2(logAxes.size() == 1, qPrintable(what));
        QCPAxis* counts = logAxes.front();
        const QVector<double> ticks = counts->tickVector();
        const QVector<QString> labels = counts->tickVectorLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(what + QStringLiteral(" range %1..%2, %3 ticks, length %4")
                                                          .arg(counts->range().lower)
                                                          .arg(counts->range().upper)
                                                          .arg(ticks.size())
                                                          .arg(counts->axisRect()->height())));
        std::vector<SvgText> texts = svgTexts(chart.svg());
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            if (!counts->range().contains(ticks[i]))
                continue;
            QVERIFY2(isPowerOfTen(ticks[i]), qPrintable(what + QStringLiteral(": %1").arg(ticks[i])));
            QVERIFY2(std::any_of(texts.begin(), texts.end(),
                                 [&](const SvgText& t) { return t.text == labels[i]; }),
                     qPrintable(what + QLatin1Char(' ') + labels[i]));
        }

        const ChartExport linear(kind, data, {1200, 500}, {});
        for (QCPAxis* axis : linear.plot()->axisRect()->axes())
            QVERIFY2(axis->scaleType() == QCPAxis::stLinear, qPrintable(what));
    }
    // The linear timeline's count axis starts at zero, a log one never can.
    const ChartExport linear(ChartKind::Timeline, data, {1200, 500}, {});
    QCOMPARE(linear.plot()->yAxis->range().lower, 0.0);
}

// The timeline exports the range it was given, whatever the data around it: the axis spans it,
// the CSV's buckets cover it and nothing before or after, and count exactly its requests. Without
// a range it is the span of the data, not the hour (or bucket) before it.
void TestExports::timelineExportSpansTheVisibleRange()
{
    const auto data = computeViewData(test::sampleAnalysis(), {});
    const TimeNs first = data->dataFrom(), last = data->dataTo();
    QVERIFY(last - first > 60'000'000'000LL);
    const TimeNs quarter = (last - first) / 4;
    struct Range {
        TimeNs from, to;
    };
    const Range ranges[] = {{first + quarter + 1'234'567, first + 3 * quarter - 7'654'321},
                            {kNoTime, kNoTime}};
    for (const Range& range : ranges) {
        ChartOptions options;
        options.from = range.from;
        options.to = range.to;
        const TimeNs from = range.from == kNoTime ? first : range.from;
        const TimeNs to = range.to == kNoTime ? last : range.to;
        const ChartExport chart(ChartKind::Timeline, data, {1200, 500}, options);
        const QCPRange axis = chart.plot()->xAxis->range();
        // To the microsecond: a double of epoch seconds holds no more.
        QVERIFY(std::llabs(fromPlotTime(axis.lower) - from) < 1000);
        QVERIFY(std::llabs(fromPlotTime(axis.upper) - to) < 1000);
        for (const double tick : chart.plot()->xAxis->tickVector())
            QVERIFY(tick >= axis.lower && tick <= axis.upper);

        const auto rows = csvRows(chart.csv());
        QVERIFY(rows.size() > 2);
        const TimeNs width = static_cast<TimeNs>(std::llround(rows[1][1].toDouble() * 1e9));
        QVERIFY(width > 0);
        std::uint64_t counted = 0;
        TimeNs previous = kNoTime;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const TimeNs start = parseRfc3339(rows[i][0].toStdString());
            QVERIFY2(start != kNoTime, qPrintable(rows[i][0]));
            if (i == 1) // the first bucket holds `from`
                QVERIFY2(start <= from && from < start + width, qPrintable(rows[i][0]));
            else
                QCOMPARE(start - previous, width);
            QVERIFY2(start < to, qPrintable(rows[i][0])); // none wholly after the range
            previous = start;
            for (int c = 2; c < 8; ++c)
                counted += rows[i][c].toULongLong();
        }
        QVERIFY(previous + width >= to); // the last bucket holds the end
        std::uint64_t expected = 0;
        const auto& start = data->incident().tables.requests.start;
        for (const std::uint32_t row : data->selection.rows)
            expected += start[row] >= from && start[row] < to ? 1 : 0;
        QCOMPARE(counted, expected);
        QVERIFY(expected > 0);
    }
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
