#pragma once

#include "core/diagnosis/errorclass.h"
#include "core/formats/lblog.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rs::query {

// The stable ids of the error classes and sources (DESIGN.md §5), indexed by the numeric value
// of the diagnosis' ErrorClass and Source enums: the query layer works on plain uint8 columns,
// the names themselves come from core/diagnosis/errorclass.h.
inline const std::array<std::string_view, kErrorClassCount> kErrorClassIds = [] {
    std::array<std::string_view, kErrorClassCount> ids{};
    for (std::size_t i = 0; i < ids.size(); ++i)
        ids[i] = errorClassId(static_cast<ErrorClass>(i));
    return ids;
}();

inline const std::array<std::string_view, kSourceCount> kSourceIds = [] {
    std::array<std::string_view, kSourceCount> ids{};
    for (std::size_t i = 0; i < ids.size(); ++i)
        ids[i] = sourceId(static_cast<Source>(i));
    return ids;
}();

// The load balancers' stable ids (formats/lblog.h), indexed by LbKind's value: lb.kind's values.
inline const std::array<std::string_view, kLbKindCount> kLbKindIds = [] {
    std::array<std::string_view, kLbKindCount> ids{};
    for (std::size_t i = 0; i < ids.size(); ++i)
        ids[i] = lbKindId(static_cast<LbKind>(i));
    return ids;
}();

// Values of the classes that are not failures of the route: ok, recovered, app_response.
inline constexpr auto kClassOk = static_cast<std::uint8_t>(ErrorClass::Ok);
inline constexpr auto kClassRecovered = static_cast<std::uint8_t>(ErrorClass::Recovered);
inline constexpr auto kClassAppResponse = static_cast<std::uint8_t>(ErrorClass::AppResponse);

// Whether a class value is a failure of the route: anything but ok, recovered and app_response.
constexpr bool isFailureClass(std::size_t cls)
{
    return cls != kClassOk && cls != kClassRecovered && cls != kClassAppResponse;
}

// Exact, case-insensitive lookups; nullopt for anything else.
std::optional<std::uint8_t> classValue(std::string_view id);
std::optional<std::uint8_t> sourceValue(std::string_view id);
// An id of kLbKindIds, or the short name people say: alb, elb, gcp, azure.
std::optional<std::uint8_t> lbKindValue(std::string_view id);

} // namespace rs::query
