#include "core/report/htmlreport.h"

#include <QCoreApplication>

// lupdate needs the context outside the namespace.
struct HtmlReportText {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

namespace rs {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// QSvgGenerator writes a standalone document; inline SVG starts at the <svg> element.
QString inlineSvg(const QByteArray& svg)
{
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return {};
    return QString::fromUtf8(svg.mid(start));
}

const char* kStyle = R"(
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; color: #1d1f23;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #c9ccd1; padding-bottom: 0.2em; margin-top: 1.8em; }
h3 { font-size: 11pt; margin: 1.2em 0 0.3em; }
.subtitle { font-size: 11pt; color: #4a4e55; }
.facts { color: #4a4e55; margin: 0.2em 0; }
.summary { font-size: 11pt; background: #f3f5f8; border-left: 4px solid #3574f0; padding: 0.6em 1em; }
nav ol { columns: 2; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.2em; font-size: 8.5pt; }
th, td { border: 1px solid #d5d8dd; padding: 2px 5px; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #eef0f3; }
td.num { text-align: right; white-space: nowrap; }
.caption { color: #4a4e55; font-size: 8.5pt; margin-bottom: 0.8em; }
figure { margin: 0.8em 0; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; }
figcaption { color: #4a4e55; font-size: 8.5pt; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; }
               tr { page-break-inside: avoid; } @page { size: A4; margin: 15mm; } }
)";

void writeTable(QString& out, const ReportTable& table)
{
    out += QStringLiteral("<table>\n<thead><tr>");
    for (const QString& h : table.header)
        out += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : table.rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c) {
            const bool numeric = std::find(table.numericColumns.begin(), table.numericColumns.end(), c) !=
                                 table.numericColumns.end();
            out += (numeric ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>")) + esc(row[c]) +
                   QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
    if (!table.caption.isEmpty())
        out += QStringLiteral("<p class=\"caption\">") + esc(table.caption) + QStringLiteral("</p>\n");
}

} // namespace

QByteArray renderHtmlReport(const ReportDocument& document, const QMap<QString, QByteArray>& chartSvg)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n")
               .arg(HtmlReportText::tr("en", "HTML lang attribute of the report"));
    // No scripts, no remote content: the file is safe to open from a customer's mail.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; img-src data:\"/>\n");
    out += QStringLiteral("<title>") + esc(document.title) + QStringLiteral("</title>\n<style>") +
           QString::fromLatin1(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>") + esc(document.title) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p class=\"subtitle\">") + esc(document.subtitle) + QStringLiteral("</p>\n");
    for (const QString& fact : document.facts)
        out += QStringLiteral("<p class=\"facts\">") + esc(fact) + QStringLiteral("</p>\n");

    out += QStringLiteral("<nav><h2>") + esc(HtmlReportText::tr("Contents")) + QStringLiteral("</h2><ol>\n");
    for (const ReportSection& section : document.sections)
        out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(esc(section.id), esc(section.title));
    out += QStringLiteral("</ol></nav>\n");

    for (const ReportSection& section : document.sections) {
        out += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n").arg(esc(section.id), esc(section.title));
        for (const ReportBlock& block : section.blocks) {
            if (const auto* p = std::get_if<ReportParagraph>(&block)) {
                out += (p->emphasis ? QStringLiteral("<p class=\"summary\">") : QStringLiteral("<p>")) +
                       esc(p->text) + QStringLiteral("</p>\n");
            } else if (const auto* t = std::get_if<ReportTable>(&block)) {
                writeTable(out, *t);
            } else if (const auto* h = std::get_if<ReportSubheading>(&block)) {
                out += QStringLiteral("<h3>") + esc(h->text) + QStringLiteral("</h3>\n");
            } else if (const auto* c = std::get_if<ReportChart>(&block)) {
                const QString svg = inlineSvg(chartSvg.value(c->kind));
                if (svg.isEmpty())
                    continue;
                out += QStringLiteral("<figure>\n") + svg + QStringLiteral("\n<figcaption>") + esc(c->title) +
                       QStringLiteral("</figcaption>\n</figure>\n");
            }
        }
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace rs
