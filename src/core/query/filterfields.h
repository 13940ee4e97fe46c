#pragma once

// Reading the values of filter comparisons: strict, so that a typo is an error at its byte rather
// than a filter that silently matches nothing. Internal to the query layer.

#include "core/query/filterexpr.h"
#include "core/query/filterplan.h"

#include <optional>
#include <string>
#include <string_view>

namespace rs::filterfields {

// How the parser unwinds from any depth on the first error; parseFilterExpression() catches it.
struct ParseFailure {
    FilterParseError error;
};
// Throws the error at `position`: "<what> at <position><tail>".
[[noreturn]] void fail(std::size_t position, const std::string& what, const std::string& tail = {});

// The Filter of a parsed tree: the top-level conjunction's simple terms into its members (with
// the old grammar's checks: contradictions and a second text are errors), the rest its expression.
Filter foldTerms(std::optional<FilterNode> root);

// The field of that name (case-insensitive); "header.<name>" is FilterField::Header.
const FilterFieldInfo* findField(std::string_view name);
// Fields people will try that the incident does not hold: the reason, else "".
std::string_view unavailableField(std::string_view name);
bool allows(const FilterFieldInfo& info, std::string_view op);
// lb and lb.*: read from the load-balancer row joined to the request, missing without one.
constexpr bool isLbField(FilterField field)
{
    return field >= FilterField::Lb && field <= FilterField::LbResponseTime;
}

// "250ms", "2s", "1.5m": nanoseconds; nullopt unless a number and a unit (ns us ms s m h).
std::optional<DurationNs> parseDuration(std::string_view text);
// "10.0.16.5:61012", "10.0.16.5", "[fd00::1]:8080", "fd00::1".
bool isAddress(std::string_view text);
// The precision a timestamp was written with: 1 s, or 10^-n s for n fraction digits.
DurationNs timePrecision(std::string_view text);

std::string lower(std::string_view text);
// "; did you mean 'x'?" for the closest of `names` within two edits, else "".
template <typename Names> std::string suggestion(const Names& names, std::string_view wrong);
std::size_t editDistance(std::string_view a, std::string_view b);

template <typename Names> std::string suggestion(const Names& names, std::string_view wrong)
{
    const std::string w = lower(wrong);
    std::string_view best;
    std::size_t bestDistance = 3; // beyond two edits a guess is more confusing than helpful
    for (const std::string_view name : names) {
        const std::size_t d = editDistance(w, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best.empty() ? std::string() : "; did you mean '" + std::string(best) + "'?";
}

} // namespace rs::filterfields
