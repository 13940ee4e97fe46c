#pragma once

#include "core/query/filter.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace rs {

class FilterStack;

// The current filter, always visible: back/forward/reset buttons and one removable chip per
// piece of the filter. Clicking a chip's × pushes the filter without that piece.
class FilterChipsBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterChipsBar(FilterStack* filters, QWidget* parent = nullptr);

    // The chips' labels, in order (for tests and accessibility).
    QStringList chipLabels() const;
    // The style sheet of a chip in the current palette (the chips follow theme switches).
    static QString chipStyleSheet(const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild(const Filter& filter);

    FilterStack* m_filters;
    QHBoxLayout* m_chips;
    QLabel* m_emptyLabel;
};

} // namespace rs
