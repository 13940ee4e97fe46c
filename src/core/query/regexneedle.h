#pragma once

#include <string>
#include <string_view>

namespace rs {

// Literals every match of a regex contains: `prefix` at its start (anchored patterns), `inner`
// anywhere (the longest other one); either empty when none is known. Exposed for its tests.
struct RegexNeedle {
    std::string prefix;
    std::string inner;
};
RegexNeedle regexNeedle(std::string_view pattern);

} // namespace rs
