#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rs::bundleio {

// The complete lines at the start of a member's bytes: what a member cut by a limit keeps.
struct WholeLines {
    std::size_t bytes = 0;
    std::uint64_t lines = 0;
};

inline WholeLines wholeLinesOf(std::string_view text)
{
    const void* lastNewline = text.empty() ? nullptr : ::memrchr(text.data(), '\n', text.size());
    if (lastNewline == nullptr)
        return {};
    const auto bytes = static_cast<std::size_t>(static_cast<const char*>(lastNewline) - text.data()) + 1;
    return {bytes, static_cast<std::uint64_t>(std::count(text.begin(), text.begin() + bytes, '\n'))};
}

// wholeLinesOf() the first `cap` bytes of a member, counted as its bytes are written, before they are
// published: a streamed member's parsed pages are given back (FileJob), so when a limit cuts it at
// its end, its bytes cannot be read again to find where.
class LineTally {
public:
    explicit LineTally(std::uint64_t cap)
        : m_cap(cap)
    {}

    // `chunk` is the member's bytes from offset `at` on.
    void add(std::string_view chunk, std::uint64_t at)
    {
        if (at >= m_cap)
            return;
        chunk = chunk.substr(0, static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), m_cap - at)));
        const WholeLines part = wholeLinesOf(chunk);
        if (part.bytes == 0)
            return;
        m_kept.bytes = static_cast<std::size_t>(at) + part.bytes;
        m_kept.lines += part.lines;
    }
    const WholeLines& kept() const { return m_kept; }

private:
    std::uint64_t m_cap;
    WholeLines m_kept;
};

} // namespace rs::bundleio
