#include "core/formats/accesslegacy.h"

#include "core/formats/accesskeys.h"

#include <algorithm>

namespace rs::access {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Each search tries at most this many candidate quotes, so that hostile lines full of quotes
// stay linear.
constexpr int kMaxCandidates = 32;

bool at(std::string_view line, std::size_t i, char c)
{
    return i < line.size() && line[i] == c;
}

bool statusFollows(std::string_view line, std::size_t pos)
{
    const std::size_t space = line.find(' ', pos);
    if (space == npos)
        return false;
    const std::string_view token = line.substr(pos, space - pos);
    if (token == "\"-\"" || token == "-" || token == "MissingResponseStatusCode")
        return true;
    if (token.empty() || token.size() > 3)
        return false;
    return std::all_of(token.begin(), token.end(), isDigit);
}

// The first quote after line[pos] for which `closes(q)` holds, within kMaxCandidates.
template <typename Closes> bool closingQuote(std::string_view line, std::size_t pos, Token& t, Closes closes)
{
    std::size_t q = pos + 1;
    for (int tries = 0; tries < kMaxCandidates; ++tries) {
        q = line.find('"', q);
        if (q == npos)
            return false;
        if (closes(q)) {
            t = {pos, q + 1, true, false};
            return true;
        }
        ++q;
    }
    return false;
}

} // namespace

bool legacyRequestEnd(std::string_view line, std::size_t pos, Token& request)
{
    return closingQuote(line, pos, request,
                        [line](std::size_t q) { return at(line, q + 1, ' ') && statusFollows(line, q + 2); });
}

bool legacyValueEnd(std::string_view line, std::size_t pos, Token& value)
{
    return closingQuote(line, pos, value, [line](std::size_t q) {
        return q + 1 == line.size() || (line[q + 1] == ' ' && keyFollows(line, q + 2));
    });
}

bool legacyRefererAndAgent(std::string_view line, std::size_t pos, Token& referer, Token& agent)
{
    if (!at(line, pos, '"'))
        return false;
    std::size_t tail = npos;
    for (const std::string_view key :
         {" x_forwarded_for:", " vcap_request_id:", " vcap_request:", " response_time:", " app_id:"}) {
        tail = std::min(tail, line.find(key, pos));
    }
    if (tail == npos || tail < pos + 4)
        return false;
    const std::size_t remote = line.rfind(' ', tail - 1);
    if (remote == npos || remote < pos + 2 || line[remote - 1] != '"')
        return false;
    const std::size_t agentEnd = remote; // one past the agent's closing quote
    const std::size_t split = line.find("\" \"", pos + 1);
    if (split == npos || split + 3 > agentEnd - 1)
        return false;
    referer = {pos, split + 1, true, false};
    agent = {split + 2, agentEnd, true, false};
    return true;
}

} // namespace rs::access
