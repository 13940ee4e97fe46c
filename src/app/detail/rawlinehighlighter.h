#pragma once

#include "app/detail/rawlinedisplay.h"
#include "core/formats/fieldspans.h"

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rs {

// Colours raw log lines field by field. A side table says which blocks are raw lines and where
// their fields are (the parsers' spans, moved to the displayed text by displayRawLine()); the
// highlighter never guesses fields from the text itself. Header blocks (file and offset above a
// line) are subdued. Colours derive from the palette: readable on light and dark bases alike.
class RawLineHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit RawLineHighlighter(QTextDocument* document);

    // Register the blocks before the document text changes; setting the text highlights them.
    void setLineSpans(int blockNumber, std::vector<DisplaySpan> spans);
    void setHeaderBlock(int blockNumber);
    void clearBlocks();

    // Recomputes the colours and rehighlights; call on QEvent::PaletteChange.
    void setPalette(const QPalette& palette);

    QTextCharFormat roleFormat(fields::FieldRole role) const;
    // At least 4.5:1 contrast (WCAG AA) against the palette's Base colour.
    static QColor roleColor(fields::FieldRole role, const QPalette& palette);
    static double contrastRatio(const QColor& a, const QColor& b);

protected:
    void highlightBlock(const QString& text) override;

private:
    std::unordered_map<int, std::vector<DisplaySpan>> m_lines;
    std::unordered_set<int> m_headers;
    QPalette m_palette;
    std::array<QTextCharFormat, fields::kFieldRoleCount> m_formats;
    // Status by class: 2xx/3xx, 4xx, 5xx (and anything else).
    std::array<QTextCharFormat, 3> m_statusFormats;
    QTextCharFormat m_headerFormat;
};

} // namespace rs
