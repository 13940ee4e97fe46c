#pragma once

#include <string>
#include <string_view>

namespace rs {

// Makes log bytes safe to show anywhere: invalid UTF-8 and control characters become \xNN
// (tab and newline too), so a customer's line can never smuggle terminal escapes or break a
// table. The result is cut to at most `maxBytes` bytes of input, with "…" appended when cut.
std::string escapeForDisplay(std::string_view bytes, std::size_t maxBytes = std::string_view::npos);

// True when `bytes` is valid UTF-8.
bool isValidUtf8(std::string_view bytes);

} // namespace rs
