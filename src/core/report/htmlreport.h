#pragma once

#include "core/report/reportdocument.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace rs {

// The report as one self-contained HTML file: styles inline, charts as inline SVG (by chart
// kind; a chart without SVG is left out), no scripts and nothing fetched from the network;
// prints on A4. Every text of the document is escaped, so log text never becomes markup.
QByteArray renderHtmlReport(const ReportDocument& document, const QMap<QString, QByteArray>& chartSvg = {});

} // namespace rs
