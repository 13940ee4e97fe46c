#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rs::query {

// The stable ids of the error classes and sources (DESIGN.md §5), indexed by the numeric
// value of diagnosis' ErrorClass and Source enums. The query layer works on plain uint8
// columns and keeps its own copy of the names, in its own namespace so nothing collides with
// core/diagnosis/errorclass.h; classnames.cpp asserts the two agree in size, and
// tst_filterexpr checks every id against errorClassId()/sourceId(). This is the one place to
// swap for the diagnosis functions.
inline constexpr std::array<std::string_view, 25> kErrorClassIds = {
    "ok",
    "recovered",
    "app_response",
    "dial",
    "tls_to_non_tls_backend",
    "hostname_mismatch",
    "untrusted_cert",
    "remote_rejected_cert",
    "remote_handshake_failure",
    "handshake_timeout",
    "expired_cert",
    "connection_reset",
    "backend_eof",
    "incomplete_request",
    "backend_timeout",
    "client_cancelled",
    "endpoint_failure_other",
    "unknown_route",
    "no_endpoints",
    "empty_host",
    "invalid_instance_header",
    "connection_limit",
    "route_service",
    "request_too_large",
    "router_panic",
};
inline constexpr std::size_t kErrorClassCount = kErrorClassIds.size();

inline constexpr std::array<std::string_view, 6> kSourceIds = {
    "none", "client", "client_or_app", "app", "app_or_platform", "platform",
};
inline constexpr std::size_t kSourceCount = kSourceIds.size();

// Values of the classes that are not failures of the route: ok, recovered, app_response.
inline constexpr std::uint8_t kClassOk = 0;
inline constexpr std::uint8_t kClassRecovered = 1;
inline constexpr std::uint8_t kClassAppResponse = 2;

// Exact, case-insensitive lookups; nullopt for anything else.
std::optional<std::uint8_t> classValue(std::string_view id);
std::optional<std::uint8_t> sourceValue(std::string_view id);

} // namespace rs::query
