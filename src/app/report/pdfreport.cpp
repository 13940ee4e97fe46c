#include "app/report/pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <variant>

// lupdate needs the context outside the namespace.
struct PdfReportText {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

namespace rs {
namespace {

constexpr int kChartObjectType = QTextFormat::UserObject + 1;
constexpr int kChartKindProperty = QTextFormat::UserProperty + 1;
constexpr int kResolution = 300;

// Charts are text objects that paint themselves, so the PDF keeps them as vectors.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit ChartObject(const ReportChartPainter& painter, qreal width)
        : m_painter(painter)
        , m_width(width)
    {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override
    {
        return {m_width, m_width * 0.42};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        if (m_painter) {
            painter->save();
            m_painter(format.property(kChartKindProperty).toString(), *painter, rect);
            painter->restore();
        }
    }

private:
    const ReportChartPainter& m_painter;
    qreal m_width;
};

struct Formats {
    QTextCharFormat title, subtitle, heading, subheading, body, summary, small, tableHeader, tableCell;
};

Formats makeFormats()
{
    Formats f;
    const QString family = QStringLiteral("DejaVu Sans");
    f.body.setFontFamilies({family});
    f.body.setFontPointSize(9.5);
    // Ligatures would turn "fi" into one glyph that text search and copy no longer find.
    f.body.setFontStyleStrategy(QFont::PreferNoShaping);
    f.title = f.body;
    f.title.setFontPointSize(20);
    f.title.setFontWeight(QFont::Bold);
    f.subtitle = f.body;
    f.subtitle.setFontPointSize(11);
    f.subtitle.setForeground(QColor(0x4a, 0x4e, 0x55));
    f.heading = f.body;
    f.heading.setFontPointSize(14);
    f.heading.setFontWeight(QFont::Bold);
    f.subheading = f.body;
    f.subheading.setFontPointSize(10.5);
    f.subheading.setFontWeight(QFont::Bold);
    f.summary = f.body;
    f.summary.setFontPointSize(11);
    f.small = f.body;
    f.small.setFontPointSize(8);
    f.small.setForeground(QColor(0x4a, 0x4e, 0x55));
    f.tableCell = f.body;
    f.tableCell.setFontPointSize(7.5);
    f.tableHeader = f.tableCell;
    f.tableHeader.setFontWeight(QFont::Bold);
    return f;
}

QTextBlockFormat spaced(qreal top, qreal bottom = 2)
{
    QTextBlockFormat b;
    b.setTopMargin(top);
    b.setBottomMargin(bottom);
    return b;
}

} // namespace

QString withBreakOpportunities(const QString& text)
{
    // Hosts, paths and class ids are long tokens: a zero-width space after a slash, dot,
    // hyphen, underscore or colon lets the line break there, between the parts, instead of
    // inside a word. Not after the last character, and not inside numbers ("1.5", "-3").
    static const QString kAfter = QStringLiteral("/.-_:");
    static const QChar kBreak(0x200B);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += text[i];
        if (i + 1 < text.size() && kAfter.contains(text[i]) && !text[i + 1].isSpace() &&
            !(text[i + 1].isDigit() && (i == 0 || text[i - 1].isDigit() || text[i - 1].isSpace())))
            out += kBreak;
    }
    return out;
}

namespace {

void insertTable(QTextCursor& cursor, const ReportTable& table, const Formats& f)
{
    const int columns = static_cast<int>(table.header.size());
    if (columns == 0)
        return;
    QTextTableFormat format;
    format.setHeaderRowCount(1); // repeated on every page the table spans
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* t = cursor.insertTable(static_cast<int>(table.rows.size()) + 1, columns, format);
    const auto put = [&](int row, int column, const QString& text, const QTextCharFormat& cf) {
        QTextTableCell cell = t->cellAt(row, column);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat bf;
        if (std::find(table.numericColumns.begin(), table.numericColumns.end(), column) !=
            table.numericColumns.end())
            bf.setAlignment(Qt::AlignRight);
        c.setBlockFormat(bf);
        // insertText takes the text as plain characters: log text never becomes markup.
        c.insertText(withBreakOpportunities(text), cf);
        if (row == 0)
            cell.setFormat([&] {
                QTextCharFormat bg = cell.format();
                bg.setBackground(QColor(0xee, 0xf0, 0xf3));
                return bg;
            }());
    };
    for (int c = 0; c < columns; ++c)
        put(0, c, table.header[c], f.tableHeader);
    for (int r = 0; r < static_cast<int>(table.rows.size()); ++r) {
        const QStringList& row = table.rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < columns && c < row.size(); ++c)
            put(r + 1, c, row[c], f.tableCell);
    }
    cursor.movePosition(QTextCursor::End);
    if (!table.caption.isEmpty()) {
        cursor.insertBlock(spaced(2, 6));
        cursor.insertText(table.caption, f.small);
    }
}

struct Built {
    QTextTable* toc = nullptr;
    std::vector<QTextBlock> headings; // one per section
};

Built build(QTextDocument& doc, const ReportDocument& report, const Formats& f, bool haveCharts,
            const ReportChartPainter& charts)
{
    Built built;
    QTextCursor cursor(&doc);
    cursor.setBlockFormat(spaced(0, 4));
    cursor.insertText(report.title, f.title);
    cursor.insertBlock(spaced(0, 4));
    cursor.insertText(report.subtitle, f.subtitle);
    for (const QString& fact : report.facts) {
        cursor.insertBlock(spaced(0, 0));
        cursor.insertText(fact, f.small);
    }
    cursor.insertBlock(spaced(14, 4));
    cursor.insertText(PdfReportText::tr("Contents"), f.heading);
    cursor.insertBlock();
    QTextTableFormat tocFormat;
    tocFormat.setBorder(0);
    tocFormat.setCellPadding(1);
    tocFormat.setWidth(QTextLength(QTextLength::PercentageLength, 60));
    built.toc = cursor.insertTable(static_cast<int>(report.sections.size()), 2, tocFormat);
    for (int i = 0; i < static_cast<int>(report.sections.size()); ++i) {
        built.toc->cellAt(i, 0).firstCursorPosition().insertText(
            report.sections[static_cast<std::size_t>(i)].title, f.body);
        // Filled once the layout knows the pages; the width is reserved now so nothing moves.
        built.toc->cellAt(i, 1).firstCursorPosition().insertText(QStringLiteral("000"), f.body);
    }
    cursor.movePosition(QTextCursor::End);

    for (const ReportSection& section : report.sections) {
        cursor.insertBlock(spaced(16, 4));
        built.headings.push_back(cursor.block());
        cursor.insertText(section.title, f.heading);
        for (const ReportBlock& block : section.blocks) {
            if (const auto* p = std::get_if<ReportParagraph>(&block)) {
                cursor.insertBlock(spaced(4, 4));
                cursor.insertText(p->text, p->emphasis ? f.summary : f.body);
            } else if (const auto* h = std::get_if<ReportSubheading>(&block)) {
                QTextBlockFormat bf = spaced(10, 2);
                bf.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                cursor.insertBlock(bf);
                cursor.insertText(h->text, f.subheading);
            } else if (const auto* t = std::get_if<ReportTable>(&block)) {
                cursor.insertBlock(spaced(2, 2));
                insertTable(cursor, *t, f);
            } else if (const auto* c = std::get_if<ReportChart>(&block)) {
                if (!haveCharts)
                    continue;
                // Ask first: a chart with nothing to draw leaves no empty frame.
                QPicture probe;
                QPainter probePainter(&probe);
                const bool drawable = charts(c->kind, probePainter, QRectF(0, 0, 800, 336));
                probePainter.end();
                if (!drawable)
                    continue;
                cursor.insertBlock(spaced(6, 0));
                QTextCharFormat object;
                object.setObjectType(kChartObjectType);
                object.setProperty(kChartKindProperty, c->kind);
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
                cursor.insertBlock(spaced(0, 6));
                cursor.insertText(c->title, f.small);
            }
        }
    }
    return built;
}

} // namespace

bool writePdfReport(const ReportDocument& report, const QString& path, const ReportChartPainter& charts,
                    QString* error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = PdfReportText::tr("Cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter pdf(path);
    pdf.setResolution(kResolution);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 18), QPageLayout::Millimeter);
    pdf.setTitle(report.title);
    pdf.setCreator(QStringLiteral("RouteScope"));
    if (!paintReport(report, pdf, charts)) {
        if (error)
            *error = PdfReportText::tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool paintReport(const ReportDocument& report, QPagedPaintDevice& device, const ReportChartPainter& charts)
{
    const int dpi = device.logicalDpiY();
    const QRectF page = device.pageLayout().paintRectPixels(dpi);

    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    // Lines break between words only (and at the break opportunities the tables add), never
    // inside one: "recovered" stays whole.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    doc.setDocumentMargin(0);
    const Formats formats = makeFormats();
    // Built before the document has a layout: a layout would be redone after every insertion.
    const Built built = build(doc, report, formats, static_cast<bool>(charts), charts);
    ChartObject chartObject(charts, page.width());
    doc.documentLayout()->registerHandler(kChartObjectType, &chartObject);
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(page.size());

    // Page numbers of the sections, now that the layout is known.
    const qreal pageHeight = page.height();
    const int pages = doc.pageCount();
    for (std::size_t i = 0; i < built.headings.size(); ++i) {
        const QRectF rect = doc.documentLayout()->blockBoundingRect(built.headings[i]);
        const int number = static_cast<int>(rect.top() / pageHeight) + 1;
        QTextCursor cell = built.toc->cellAt(static_cast<int>(i), 1).firstCursorPosition();
        cell.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        cell.setBlockFormat(right);
        cell.insertText(QString::number(number), formats.body);
    }

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    const qreal mm = dpi / 25.4;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -p * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * pageHeight, page.width(), pageHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x4a, 0x4e, 0x55));
        const QRectF footer(0, pageHeight + 4 * mm, page.width(), 6 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, report.title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         PdfReportText::tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    painter.end();
    return true;
}

} // namespace rs

#include "pdfreport.moc"
