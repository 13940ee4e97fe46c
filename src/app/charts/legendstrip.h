#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;

namespace rs {

// The window's chart legend: one line under the plot whatever the number of series, so the
// plot keeps its height. Entries that do not fit are summed up as "+N more"; the tooltip
// names them all. (Exports keep QCustomPlot's own legend: a picture has no tooltips.)
class LegendStrip : public QWidget {
    Q_OBJECT
public:
    explicit LegendStrip(QWidget* parent = nullptr);

    // One entry per named plottable of `plot`, in its order.
    void setEntriesFrom(QCustomPlot* plot);
    int entryCount() const { return static_cast<int>(m_entries.size()); }
    // Entries drawn in full at the current width.
    int shownCount() const;
    QStringList names() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Swatch { Box, Line, Marker };
    struct Entry {
        QString name;
        QColor color;
        Swatch swatch = Swatch::Box;
    };
    // The entries that fit in `width`, leaving room for the "+N more" text when some do not.
    int fitting(int width) const;
    int entryWidth(const Entry& entry) const;
    QString moreText(int hidden) const;

    std::vector<Entry> m_entries;
};

} // namespace rs
