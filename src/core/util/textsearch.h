#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace rs {

// ASCII case-insensitive substring search (Boyer-Moore-Horspool) of one needle in many lines:
// the search field and `text` filters over raw log lines.
class CaseInsensitiveSearch {
public:
    explicit CaseInsensitiveSearch(std::string_view needle)
        : m_state(std::make_unique<State>(needle))
    {}

    bool foundIn(std::string_view haystack) const
    {
        return m_state->searcher(haystack.begin(), haystack.end()).first != haystack.end();
    }

private:
    // ASCII only, whatever the locale (std::tolower folds other bytes under some single-byte locales):
    // a filter selects the same rows everywhere, and the pool scan (poolscan.h) finds what this finds.
    static unsigned char lower(char c) noexcept
    {
        const auto u = static_cast<unsigned char>(c);
        return u >= 'A' && u <= 'Z' ? static_cast<unsigned char>(u | 0x20) : u;
    }
    struct Hash {
        std::size_t operator()(char c) const noexcept { return lower(c); }
    };
    struct Equal {
        bool operator()(char a, char b) const noexcept { return lower(a) == lower(b); }
    };
    // The searcher keeps iterators into the needle: both live on the heap, so moving the search
    // does not leave them dangling.
    struct State {
        explicit State(std::string_view text)
            : needle(text)
            , searcher(needle.cbegin(), needle.cend(), Hash{}, Equal{})
        {}
        std::string needle;
        std::boyer_moore_horspool_searcher<std::string::const_iterator, Hash, Equal> searcher;
    };
    std::unique_ptr<State> m_state;
};

} // namespace rs
