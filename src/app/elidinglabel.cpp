#include "app/elidinglabel.h"

#include <QEvent>

#include <algorithm>

namespace rs {

ElidingLabel::ElidingLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

void ElidingLabel::setText(const QString& text)
{
    m_fullText = text;
    elide();
}

void ElidingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        elide();
}

void ElidingLabel::elide()
{
    const int width = contentsRect().width() - 2 * std::max(indent(), 0) - 2 * margin();
    QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(width, 0));
    // Less than the first word ("W…") tells nothing: then the label stays blank, tooltip only.
    const qsizetype firstWord = m_fullText.indexOf(QLatin1Char(' '));
    if (shown != m_fullText && shown.size() - 1 < (firstWord < 0 ? m_fullText.size() : firstWord))
        shown.clear();
    if (shown != QLabel::text())
        QLabel::setText(shown);
    // The whole text as tooltip while it is cut, unless the caller gave one of its own.
    if (isElided() && (toolTip().isEmpty() || m_toolTipIsText)) {
        setToolTip(m_fullText);
        m_toolTipIsText = true;
    } else if (!isElided() && m_toolTipIsText) {
        setToolTip(QString());
        m_toolTipIsText = false;
    }
}

} // namespace rs
