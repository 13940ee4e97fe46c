#pragma once

#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace rs {

// A report as structure, not markup: the incident report is built once as this and then
// written as HTML or laid out for PDF. Every text is plain (customer log text included);
// each writer escapes it for its own format.
struct ReportParagraph {
    QString text;
    bool emphasis = false; // the summary: set apart, larger
};

struct ReportTable {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> numericColumns; // right-aligned
    QString caption;                 // shown under the table, e.g. "12 more not shown"
};

// A chart the writer draws or embeds: "timeline", "backends", "classes", "latency".
struct ReportChart {
    QString kind;
    QString title;
};

struct ReportSubheading {
    QString text;
};

using ReportBlock = std::variant<ReportParagraph, ReportTable, ReportChart, ReportSubheading>;

struct ReportSection {
    QString id; // stable anchor: "summary", "findings", …
    QString title;
    std::vector<ReportBlock> blocks;
};

struct ReportDocument {
    QString title;
    QString subtitle;  // bundle, span, filter
    QStringList facts; // short lines under the title: "Generated …", "Filter …"
    std::vector<ReportSection> sections;
};

} // namespace rs
