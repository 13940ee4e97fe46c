#pragma once

#include "core/formats/fieldspans.h"
#include "core/formats/filekind.h"

#include <QString>

#include <cstddef>
#include <string_view>
#include <vector>

namespace rs {

// A field's range in the displayed text (UTF-16 positions of a QString).
struct DisplaySpan {
    int start = 0;
    int length = 0;
    fields::FieldRole role = fields::FieldRole::StringValue;
};

// A raw line as it is shown: control bytes and invalid UTF-8 escaped as \xNN, at most
// `maxBytes` of it, with its field spans moved to where their text landed.
struct DisplayedLine {
    QString text;
    std::vector<DisplaySpan> spans;
    bool cut = false; // the line is longer than what is shown
};

DisplayedLine displayRawLine(FileKind kind, std::string_view raw, std::size_t maxBytes);

// Characters that change how the text around them is laid out: paragraph and line separators
// (a new block in a QTextDocument), C1 controls and bidirectional overrides (which can reorder
// what follows, making a line read differently from what it holds). Replaced one for one by
// U+FFFD, so that positions stay.
void replaceLayoutControls(QString& text);

} // namespace rs
