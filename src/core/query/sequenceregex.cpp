#include "core/query/sequenceregex.h"

namespace rs {
namespace {

using ByteSet = std::array<std::uint64_t, 4>;

void add(ByteSet& set, unsigned char c)
{
    set[c >> 6] |= std::uint64_t{1} << (c & 63);
}

void addRange(ByteSet& set, unsigned char lo, unsigned char hi)
{
    for (unsigned c = lo; c <= hi; ++c)
        add(set, static_cast<unsigned char>(c));
}

bool has(const ByteSet& set, unsigned char c)
{
    return (set[c >> 6] >> (c & 63)) & 1;
}

bool isPunctuation(unsigned char c)
{
    return c > 0x20 && c < 0x7f && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
           !(c >= 'A' && c <= 'Z');
}

// `\d`, `\w`, `\s` (ASCII in RE2, as here) or an escaped punctuation character; false for any other
// escape (letters with other meanings, `\x41`, `\pL`, capitals that negate).
bool addEscape(ByteSet& set, unsigned char c)
{
    switch (c) {
    case 'd':
        addRange(set, '0', '9');
        return true;
    case 'w':
        addRange(set, '0', '9');
        addRange(set, 'a', 'z');
        addRange(set, 'A', 'Z');
        add(set, '_');
        return true;
    case 's':
        for (const unsigned char space : {'\t', '\n', '\f', '\r', ' '})
            add(set, space);
        return true;
    default:
        if (!isPunctuation(c))
            return false;
        add(set, c);
        return true;
    }
}

// A positive set `[...]` starting at pattern[i] == '['; the index after its ']', or npos when it is
// more than this matcher knows (negation, POSIX classes, non-ASCII, escapes other than above).
std::size_t parseSet(std::string_view pattern, std::size_t i, ByteSet& set)
{
    ++i;
    if (i >= pattern.size() || pattern[i] == '^' || pattern[i] == ']')
        return std::string_view::npos;
    bool any = false;
    while (i < pattern.size() && pattern[i] != ']') {
        auto c = static_cast<unsigned char>(pattern[i]);
        if (c >= 0x80 || c < 0x20 || (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':'))
            return std::string_view::npos;
        if (c == '\\') {
            if (i + 1 >= pattern.size())
                return std::string_view::npos;
            const auto escaped = static_cast<unsigned char>(pattern[i + 1]);
            i += 2;
            if (!isPunctuation(escaped)) {
                if (!addEscape(set, escaped))
                    return std::string_view::npos;
                any = true;
                continue;
            }
            c = escaped;
        } else {
            ++i;
        }
        // A range `c-d` (a '-' before the closing ']' is itself a member).
        if (i + 1 < pattern.size() && pattern[i] == '-' && pattern[i + 1] != ']') {
            auto hi = static_cast<unsigned char>(pattern[i + 1]);
            if (hi == '\\' || hi >= 0x80 || hi < c)
                return std::string_view::npos;
            addRange(set, c, hi);
            i += 2;
        } else {
            add(set, c);
        }
        any = true;
    }
    return i < pattern.size() && any ? i + 1 : std::string_view::npos;
}

} // namespace

std::optional<SequenceRegex> SequenceRegex::compile(std::string_view pattern)
{
    SequenceRegex regex;
    std::size_t i = 0;
    if (pattern.starts_with('^')) {
        regex.m_anchoredStart = true;
        i = 1;
    }
    if (pattern.size() > i && pattern.back() == '$' &&
        (pattern.size() < 2 || pattern[pattern.size() - 2] != '\\')) {
        regex.m_anchoredEnd = true;
        pattern.remove_suffix(1);
    }
    while (i < pattern.size()) {
        const auto c = static_cast<unsigned char>(pattern[i]);
        ByteSet set{};
        if (c == '\\') {
            if (i + 1 >= pattern.size() || !addEscape(set, static_cast<unsigned char>(pattern[i + 1])))
                return std::nullopt;
            i += 2;
        } else if (c == '[') {
            i = parseSet(pattern, i, set);
            if (i == std::string_view::npos)
                return std::nullopt;
        } else if (c >= 0x80 || c < 0x20 ||
                   std::string_view(".^$|?*+(){}").find(static_cast<char>(c)) != std::string_view::npos) {
            return std::nullopt;
        } else {
            add(set, c);
            ++i;
        }
        // What follows an atom may repeat it: not a sequence then.
        if (i < pattern.size() && std::string_view("?*+{").find(pattern[i]) != std::string_view::npos)
            return std::nullopt;
        regex.m_sets.push_back(set);
    }
    return regex;
}

bool SequenceRegex::matchesAt(std::string_view text, std::size_t at) const
{
    for (std::size_t k = 0; k < m_sets.size(); ++k)
        if (!has(m_sets[k], static_cast<unsigned char>(text[at + k])))
            return false;
    return true;
}

bool SequenceRegex::partialMatch(std::string_view text) const
{
    const std::size_t n = m_sets.size();
    if (text.size() < n)
        return false;
    const std::size_t last = text.size() - n;
    if (m_anchoredStart)
        return (!m_anchoredEnd || last == 0) && matchesAt(text, 0);
    if (m_anchoredEnd)
        return matchesAt(text, last);
    for (std::size_t at = 0; at <= last; ++at)
        if (matchesAt(text, at))
            return true;
    return false;
}

} // namespace rs
