#include "app/charts/legendstrip.h"

#include "app/charts/qcustomplot.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace rs {
namespace {

constexpr int kSwatchWidth = 14;
constexpr int kSwatchHeight = 9;
constexpr int kPadding = 4;
constexpr int kSpacing = 12;

} // namespace

LegendStrip::LegendStrip(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setAccessibleName(tr("Legend"));
}

void LegendStrip::setEntriesFrom(QCustomPlot* plot)
{
    m_entries.clear();
    for (int i = 0; i < plot->plottableCount(); ++i) {
        const QCPAbstractPlottable* plottable = plot->plottable(i);
        if (plottable->name().isEmpty())
            continue;
        Entry entry;
        entry.name = plottable->name();
        if (const auto* graph = qobject_cast<const QCPGraph*>(plottable);
            graph && graph->lineStyle() == QCPGraph::lsNone) {
            entry.swatch = Swatch::Marker;
            entry.color = graph->scatterStyle().brush().color();
        } else if (graph) {
            entry.swatch = Swatch::Line;
            entry.color = graph->pen().color();
        } else {
            entry.color = plottable->brush().color();
        }
        m_entries.push_back(entry);
    }
    setToolTip(names().join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QStringList LegendStrip::names() const
{
    QStringList out;
    for (const Entry& entry : m_entries)
        out << entry.name;
    return out;
}

int LegendStrip::entryWidth(const Entry& entry) const
{
    return kSwatchWidth + kPadding + fontMetrics().horizontalAdvance(entry.name) + kSpacing;
}

QString LegendStrip::moreText(int hidden) const
{
    return tr("+%n more", nullptr, hidden);
}

int LegendStrip::fitting(int width) const
{
    const int n = static_cast<int>(m_entries.size());
    int used = kPadding;
    for (int i = 0; i < n; ++i) {
        used += entryWidth(m_entries[static_cast<std::size_t>(i)]);
        const int reserve = i + 1 < n ? fontMetrics().horizontalAdvance(moreText(n - i - 1)) : 0;
        if (used - kSpacing + reserve > width)
            return i;
    }
    return n;
}

int LegendStrip::shownCount() const
{
    return fitting(width());
}

QSize LegendStrip::sizeHint() const
{
    int width = kPadding;
    for (const Entry& entry : m_entries)
        width += entryWidth(entry);
    return {width, fontMetrics().height() + 4};
}

QSize LegendStrip::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 4};
}

void LegendStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int shown = shownCount();
    const int middle = height() / 2;
    int x = kPadding;
    for (int i = 0; i < shown; ++i) {
        const Entry& entry = m_entries[static_cast<std::size_t>(i)];
        const QRect swatch(x, middle - kSwatchHeight / 2, kSwatchWidth, kSwatchHeight);
        switch (entry.swatch) {
        case Swatch::Box:
            painter.fillRect(swatch, entry.color);
            break;
        case Swatch::Line:
            painter.setPen(QPen(entry.color, 2));
            painter.drawLine(swatch.left(), middle, swatch.right(), middle);
            break;
        case Swatch::Marker:
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.color);
            painter.drawEllipse(swatch.center(), kSwatchHeight / 2, kSwatchHeight / 2);
            break;
        }
        x += kSwatchWidth + kPadding;
        painter.setPen(palette().color(QPalette::WindowText));
        const int textWidth = fontMetrics().horizontalAdvance(entry.name);
        painter.drawText(QRect(x, 0, textWidth, height()), Qt::AlignVCenter | Qt::AlignLeft, entry.name);
        x += textWidth + kSpacing;
    }
    const int hidden = static_cast<int>(m_entries.size()) - shown;
    if (hidden > 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(x, 0, width() - x, height()), Qt::AlignVCenter | Qt::AlignLeft,
                         moreText(hidden));
    }
}

} // namespace rs
