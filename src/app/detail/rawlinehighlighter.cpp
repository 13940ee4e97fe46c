#include "app/detail/rawlinehighlighter.h"

#include <QTextDocument>

#include <cmath>

namespace rs {
namespace {

using fields::FieldRole;

struct RoleStyle {
    int hue; // -1: no hue (grey)
    int saturation;
    bool bold = false;
    bool italic = false;
};

// Hues group related fields: addresses blue-cyan, identities violet, errors red, times teal,
// numbers brown. The lightness is found per palette (see roleColor()).
RoleStyle styleOf(FieldRole role)
{
    switch (role) {
    case FieldRole::Prefix:
        return {-1, 0, false, true};
    case FieldRole::Timestamp:
        return {175, 160};
    case FieldRole::Host:
        return {215, 200, true};
    case FieldRole::Method:
        return {280, 150, true};
    case FieldRole::Uri:
        return {210, 170};
    case FieldRole::Protocol:
        return {-1, 0};
    case FieldRole::Status:
        return {20, 220, true};
    case FieldRole::Bytes:
        return {30, 120};
    case FieldRole::Referer:
        return {95, 140};
    case FieldRole::UserAgent:
        return {125, 140};
    case FieldRole::ClientAddress:
        return {190, 180};
    case FieldRole::BackendAddress:
        return {320, 170, true};
    case FieldRole::RequestId:
        return {45, 200};
    case FieldRole::ResponseTime:
        return {30, 200, true};
    case FieldRole::AppId:
    case FieldRole::InstanceId:
        return {260, 150};
    case FieldRole::RouterError:
        return {0, 220, true};
    case FieldRole::Key:
        return {220, 60};
    case FieldRole::StringValue:
        return {135, 150};
    case FieldRole::NumberValue:
        return {25, 150};
    case FieldRole::Literal:
        return {290, 150};
    case FieldRole::Level:
        return {50, 200, true};
    case FieldRole::Message:
        return {230, 120, true};
    case FieldRole::ErrorText:
        return {0, 200};
    }
    return {-1, 0};
}

double relativeLuminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The colour of `hue` closest to mid lightness that is readable on `base`.
QColor readableColor(int hue, int saturation, const QColor& base)
{
    const bool darkBase = base.lightness() < 128;
    const int step = darkBase ? 6 : -6;
    for (int lightness = darkBase ? 150 : 110; lightness >= 0 && lightness <= 255; lightness += step) {
        const QColor color = QColor::fromHsl(hue < 0 ? 0 : hue, hue < 0 ? 0 : saturation, lightness);
        if (RawLineHighlighter::contrastRatio(color, base) >= 4.5)
            return color;
    }
    return darkBase ? QColor(Qt::white) : QColor(Qt::black);
}

QTextCharFormat formatOf(const QColor& color, bool bold, bool italic)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

RawLineHighlighter::RawLineHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void RawLineHighlighter::setLineSpans(int blockNumber, std::vector<DisplaySpan> spans)
{
    m_lines[blockNumber] = std::move(spans);
}

void RawLineHighlighter::setHeaderBlock(int blockNumber)
{
    m_headers.insert(blockNumber);
}

void RawLineHighlighter::clearBlocks()
{
    m_lines.clear();
    m_headers.clear();
}

double RawLineHighlighter::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor RawLineHighlighter::roleColor(FieldRole role, const QPalette& palette)
{
    const RoleStyle style = styleOf(role);
    return readableColor(style.hue, style.saturation, palette.color(QPalette::Base));
}

void RawLineHighlighter::setPalette(const QPalette& palette)
{
    m_palette = palette;
    for (std::size_t i = 0; i < m_formats.size(); ++i) {
        const auto role = static_cast<FieldRole>(i);
        const RoleStyle style = styleOf(role);
        m_formats[i] = formatOf(roleColor(role, palette), style.bold, style.italic);
    }
    const QColor base = palette.color(QPalette::Base);
    m_statusFormats = {formatOf(readableColor(120, 200, base), true, false),
                       formatOf(readableColor(35, 230, base), true, false),
                       formatOf(readableColor(0, 230, base), true, false)};
    m_headerFormat = formatOf(readableColor(-1, 0, base), false, true);
    rehighlight();
}

QTextCharFormat RawLineHighlighter::roleFormat(FieldRole role) const
{
    const auto index = static_cast<std::size_t>(role);
    return index < m_formats.size() ? m_formats[index] : QTextCharFormat();
}

void RawLineHighlighter::highlightBlock(const QString& text)
{
    const int block = currentBlock().blockNumber();
    if (m_headers.count(block) != 0) {
        setFormat(0, static_cast<int>(text.size()), m_headerFormat);
        return;
    }
    const auto it = m_lines.find(block);
    if (it == m_lines.end())
        return;
    const auto size = static_cast<int>(text.size());
    for (const DisplaySpan& span : it->second) {
        // The table belongs to the text it was made for; a stale entry must not format past it.
        if (span.start < 0 || span.length <= 0 || span.start >= size)
            continue;
        const int length = std::min(span.length, size - span.start);
        if (span.role == FieldRole::Status) {
            const QChar first = text.at(span.start);
            const std::size_t cls = first == QLatin1Char('2') || first == QLatin1Char('3') ? 0
                                    : first == QLatin1Char('4')                            ? 1
                                                                                           : 2;
            setFormat(span.start, length, m_statusFormats[cls]);
        } else {
            setFormat(span.start, length, roleFormat(span.role));
        }
    }
}

} // namespace rs
