#include "app/detail/rawlinedisplay.h"

#include "core/util/textescape.h"

#include <algorithm>

namespace rs {

DisplayedLine displayRawLine(FileKind kind, std::string_view raw, std::size_t maxBytes)
{
    DisplayedLine out;
    const std::string_view line = raw.substr(0, std::min(raw.size(), maxBytes));
    out.cut = line.size() < raw.size();
    // Each piece between span boundaries is escaped on its own, so that the QString position of
    // every boundary is known; spans start and end at ASCII delimiters, where escaping the
    // pieces separately gives the same text as escaping the whole line.
    std::size_t pos = 0;
    const auto append = [&](std::size_t end) {
        if (end > pos)
            out.text += QString::fromStdString(escapeForDisplay(line.substr(pos, end - pos)));
        pos = end;
    };
    for (const fields::FieldSpan& span : fields::fieldSpans(kind, raw)) {
        const std::size_t begin = span.offset;
        const std::size_t end = std::min(line.size(), begin + span.length);
        if (begin >= end)
            break; // sorted: every later span lies past the cut as well
        append(begin);
        const auto start = static_cast<int>(out.text.size());
        append(end);
        out.spans.push_back({start, static_cast<int>(out.text.size()) - start, span.role});
    }
    append(line.size());
    replaceLayoutControls(out.text);
    return out;
}

void replaceLayoutControls(QString& text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        const bool c1 = u >= 0x80 && u <= 0x9F;
        const bool separator = u == 0x2028 || u == 0x2029;
        const bool bidi = u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
                          (u >= 0x2066 && u <= 0x2069);
        if (c1 || separator || bidi)
            c = QChar::ReplacementCharacter;
    }
}

} // namespace rs
