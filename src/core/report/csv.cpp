#include "core/report/csv.h"

#include "core/util/textescape.h"

namespace rs {

void appendCsvField(std::string& out, std::string_view value, bool fromLog)
{
    std::string guarded;
    if (fromLog) {
        guarded = escapeForDisplay(value);
        const bool formulaLike =
            !guarded.empty() &&
            (guarded[0] == '=' || guarded[0] == '+' || guarded[0] == '@' ||
             (guarded[0] == '-' && guarded.size() > 1 && !(guarded[1] >= '0' && guarded[1] <= '9')));
        if (formulaLike)
            guarded.insert(guarded.begin(), '\'');
        value = guarded;
    }
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += value;
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace rs
