#pragma once

#include <QLabel>

namespace rs {

// A one-line label that never shows a cut word: text wider than the label ends in "…" (or the
// label stays blank when not even its first word fits) and the whole text is its tooltip. Toolbars that share
// a dock's width with checkboxes and buttons use it, where a plain QLabel would be clipped mid-word on a
// laptop screen.
class ElidingLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget* parent = nullptr);

    // Hide QLabel's: callers see the whole text; QLabel holds the elided one it paints.
    void setText(const QString& text);
    QString text() const { return m_fullText; }
    void clear() { setText(QString()); }
    bool isElided() const { return QLabel::text() != m_fullText; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_fullText;
    bool m_toolTipIsText = false; // the tooltip was set here, to the whole text
};

} // namespace rs
