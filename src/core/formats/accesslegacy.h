#pragma once

// Fallbacks for lines written before rr 0.141, when the request, referer, user agent and
// quoted tail values were written as "%s": a raw quote inside one of them breaks the grammar,
// so their ends are guessed from what must follow. Only tried on day/month/year lines whose
// strict reading failed, so none of this is on the hot path.

#include "core/formats/accessvalues.h"

#include <cstddef>
#include <string_view>

namespace rs::access {

// The request string opening at line[pos] == '"' ends at the first `" ` followed by a status
// token.
bool legacyRequestEnd(std::string_view line, std::size_t pos, Token& request);

// Referer and user agent from line[pos] == '"': the user agent ends before ` REMOTE <first
// key>:` (REMOTE was bare in those releases), the referer at the first `" "` before it.
bool legacyRefererAndAgent(std::string_view line, std::size_t pos, Token& referer, Token& agent);

// The tail value opening at line[pos] == '"' ends at a quote that ends the line or is
// followed by ` key:`.
bool legacyValueEnd(std::string_view line, std::size_t pos, Token& value);

} // namespace rs::access
