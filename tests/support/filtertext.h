#pragma once
// Parsing filter text in tests: a text meant to parse aborts the test with the parser's message
// when it does not; a text meant to fail gives the error (position -1, "parsed" when it parsed).
#include "core/query/filterexpr.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <variant>

namespace rs::test {

inline Filter parsed(std::string_view text)
{
    auto result = parseFilterExpression(text);
    if (const auto* error = std::get_if<FilterParseError>(&result))
        qFatal("'%s' failed: %s", std::string(text).c_str(), error->message.c_str());
    return std::get<Filter>(result);
}

inline FilterParseError failed(std::string_view text)
{
    auto result = parseFilterExpression(text);
    if (std::holds_alternative<Filter>(result))
        return {static_cast<std::size_t>(-1), "parsed"};
    return std::get<FilterParseError>(result);
}

} // namespace rs::test
