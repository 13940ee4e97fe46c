#include "app/requests/searchresults.h"

#include "core/query/rawsearch.h"
#include "core/util/textescape.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

// lupdate needs the context outside the namespace.
struct SearchResultsText {
    Q_DECLARE_TR_FUNCTIONS(SearchResultsText)
};

namespace rs {
namespace {

// Lines of the tool tip that quote unjoined hits.
constexpr std::size_t kQuotedHits = 5;

} // namespace

QString rawLineKindName(RawLineKind kind)
{
    switch (kind) {
    case RawLineKind::RouterEvent:
        return SearchResultsText::tr("gorouter event");
    case RawLineKind::Stderr:
        return SearchResultsText::tr("gorouter stderr");
    case RawLineKind::ContainerEvent:
    case RawLineKind::CellLog:
        return SearchResultsText::tr("cell log");
    }
    return {};
}

QString searchFieldToolTip()
{
    return SearchResultsText::tr("Shows requests whose raw lines contain this text (case-insensitive): the "
                                 "access-log line, the gorouter events and stderr lines joined to the "
                                 "request, and the error classes of the request and its failed attempts");
}

PanelSearch searchRawLinesForPanel(const Analysis& analysis, const std::string& text,
                                   const std::function<void(double fraction)>& progress,
                                   const std::atomic<bool>* cancel)
{
    PanelSearch out;
    if (text.empty() || !analysis.incident)
        return out;
    RawSearchOptions options;
    options.maxUnjoined = kListedUnjoinedHits;
    options.cancel = cancel;
    if (progress)
        options.progress = [&progress](std::uint64_t done, std::uint64_t total) {
            progress(total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0);
        };
    RawSearchResult found = searchRawLines(*analysis.incident, analysis.diagnosis, text, options);
    if (found.cancelled) {
        out.cancelled = true;
        return out;
    }
    out.rows = std::make_shared<const std::vector<std::uint32_t>>(found.requests);
    const QLocale locale;
    QStringList lines;
    lines << SearchResultsText::tr("“%1” is in %2 access-log lines, %3 gorouter events, %4 stderr lines and "
                                   "%5 cell-log lines; %6 requests have a matching line.")
                 .arg(QString::fromStdString(escapeForDisplay(text, 200)),
                      locale.toString(qulonglong(found.accessLines)),
                      locale.toString(qulonglong(found.eventLines)),
                      locale.toString(qulonglong(found.stderrLines)),
                      locale.toString(qulonglong(found.cellLines)),
                      locale.toString(qulonglong(found.requests.size())));
    if (found.unjoinedTotal > 0) {
        lines << SearchResultsText::tr("%1 matching lines belong to no request, for example:")
                     .arg(locale.toString(qulonglong(found.unjoinedTotal)));
        for (std::size_t i = 0; i < std::min(kQuotedHits, found.unjoined.size()); ++i)
            lines << QStringLiteral("%1: %2").arg(
                rawLineKindName(found.unjoined[i].kind),
                QString::fromStdString(
                    escapeForDisplay(rawLineOf(*analysis.incident, found.unjoined[i]).view(), 240)));
    }
    out.summary = lines.join(QLatin1Char('\n'));
    out.unjoined = std::move(found.unjoined);
    out.unjoinedTotal = found.unjoinedTotal;
    return out;
}

} // namespace rs
