#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rs::fuzz {

inline std::string_view bytesOf(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// Calls `f` for every line of `input` without its newline, the way the importer hands lines to
// the line parsers. One parser instance sees all lines, so state carried between lines (scratch
// buffers, cached minute prefixes) is exercised too.
template <typename F> void forEachLine(std::string_view input, F&& f)
{
    while (!input.empty()) {
        const std::size_t newline = input.find('\n');
        const std::string_view line = input.substr(0, newline);
        f(line);
        if (newline == std::string_view::npos)
            break;
        input.remove_prefix(newline + 1);
    }
}

// A failed invariant must stop the fuzzer with a crash it can minimise, also in release builds.
#define RS_FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            __builtin_trap();                                                                                \
    } while (false)

} // namespace rs::fuzz
