#pragma once

#include <QString>

namespace rs {

// Tool tips and some labels guess whether their text is HTML; customer log text must never be
// taken for markup, so it is escaped and wrapped as explicit rich text.
inline QString plainToolTip(const QString& text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace rs
