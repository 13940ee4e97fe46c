#pragma once

class QFont;
class QString;

namespace rs {

// The height of `text` wrapped into `width`: at spaces, and inside a token (an instance GUID)
// longer than the line. The findings' titles are drawn, sized and checked with it.
int wrappedTextHeight(const QString& text, const QFont& font, int width);

} // namespace rs
