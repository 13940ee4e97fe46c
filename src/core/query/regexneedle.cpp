#include "core/query/regexneedle.h"

#include <cctype>

namespace rs {

namespace {

// Skips a character class starting at pattern[i] == '[': the index after its ']', or npos when
// it never closes (RE2 rejected such a pattern already, but the scan must not run off).
std::size_t afterClass(std::string_view pattern, std::size_t i)
{
    ++i;
    if (i < pattern.size() && pattern[i] == '^')
        ++i;
    if (i < pattern.size() && pattern[i] == ']') // a leading ']' is a member
        ++i;
    for (; i < pattern.size(); ++i) {
        if (pattern[i] == '\\')
            ++i;
        else if (pattern[i] == ']')
            return i + 1;
    }
    return std::string_view::npos;
}

// Skips a group starting at pattern[i] == '(': the index after its ')', or npos.
std::size_t afterGroup(std::string_view pattern, std::size_t i)
{
    int depth = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '\\') {
            i += 2;
        } else if (c == '[') {
            i = afterClass(pattern, i);
            if (i == std::string_view::npos)
                return i;
        } else {
            if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0)
                return i + 1;
            ++i;
        }
    }
    return std::string_view::npos;
}

// Skips a quantifier at pattern[i] (`*`, `+`, `?`, `{n,m}`, each perhaps lazy `?`).
std::size_t afterQuantifier(std::string_view pattern, std::size_t i)
{
    if (i < pattern.size() && pattern[i] == '{') {
        const auto close = pattern.find('}', i);
        i = close == std::string_view::npos ? pattern.size() : close + 1;
    } else if (i < pattern.size() && std::string_view("*+?").find(pattern[i]) != std::string_view::npos) {
        ++i;
    } else {
        return i;
    }
    return i < pattern.size() && pattern[i] == '?' ? i + 1 : i;
}

// A `|` outside every group and class (or a group or class that never closes): the pattern is then
// an alternation, and no literal of one side is required.
bool alternatesAtTopLevel(std::string_view pattern)
{
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '|')
            return true;
        if (c == '\\')
            i += 2;
        else if (c == '(' || c == '[')
            i = c == '(' ? afterGroup(pattern, i) : afterClass(pattern, i);
        else
            ++i;
        if (i == std::string_view::npos)
            return true;
    }
    return false;
}

bool isQuantifier(std::string_view pattern, std::size_t i)
{
    return i < pattern.size() && std::string_view("*+?{").find(pattern[i]) != std::string_view::npos;
}

} // namespace

// Literals every match of `pattern` contains, its start and the longest other run, so that the
// many strings without them are rejected by a prefix compare or memmem instead of a call into RE2
// (~50 ns each, most of a regex filter's time over millions of distinct URIs):
// `customers/[0-9a-f]+0/addresses` gives "0/addresses", `^/api/v[12]/orders` "/api/v" at the
// start and "/orders". Only the pattern's top-level sequence is read (groups and classes are
// skipped whole), and conservatively: a `|` outside groups, any flag group, a letter escape other
// than \d \w \s \b (and their capitals) or a non-ASCII byte give up or end the scan; a character
// followed by `*`, `?` or `{` is optional and ends a run, one followed by `+` is kept and ends it.
RegexNeedle regexNeedle(std::string_view pattern)
{
    if (alternatesAtTopLevel(pattern))
        return {};
    for (auto at = pattern.find("(?"); at != std::string_view::npos; at = pattern.find("(?", at + 2))
        if (at + 2 >= pattern.size() || pattern[at + 2] != ':')
            return {};
    RegexNeedle best;
    std::string run;
    bool runAtStart = false;
    std::size_t i = 0;
    if (pattern.starts_with('^')) {
        runAtStart = true;
        i = 1;
    }
    const auto endRun = [&] {
        if (runAtStart)
            best.prefix = run;
        else if (run.size() > best.inner.size())
            best.inner = run;
        run.clear();
        runAtStart = false;
    };
    while (i < pattern.size()) {
        const auto c = static_cast<unsigned char>(pattern[i]);
        if (c >= 0x80)
            break;
        if (c == '(' || c == '[') {
            endRun();
            i = c == '(' ? afterGroup(pattern, i) : afterClass(pattern, i);
            if (i == std::string_view::npos)
                break;
            i = afterQuantifier(pattern, i);
            continue;
        }
        if (std::string_view(".^$*+?{}").find(static_cast<char>(c)) != std::string_view::npos) {
            endRun();
            i = afterQuantifier(pattern, i + 1);
            continue;
        }
        char literal = static_cast<char>(c);
        std::size_t next = i + 1;
        if (c == '\\') {
            const auto escaped = i + 1 < pattern.size() ? static_cast<unsigned char>(pattern[i + 1]) : 0;
            if (escaped == 0 || escaped >= 0x80 || std::isspace(escaped))
                break;
            if (std::isalnum(escaped)) {
                if (std::string_view("dDwWsSbB").find(static_cast<char>(escaped)) == std::string_view::npos)
                    break; // \x41, \Q…\E, \pL, \1: more than one character of pattern
                endRun();
                i = afterQuantifier(pattern, i + 2);
                continue;
            }
            literal = static_cast<char>(escaped);
            next = i + 2;
        }
        if (isQuantifier(pattern, next)) {
            if (pattern[next] == '+')
                run += literal;
            endRun();
            i = afterQuantifier(pattern, next);
            continue;
        }
        run += literal;
        i = next;
    }
    endRun();
    return best;
}

} // namespace rs
