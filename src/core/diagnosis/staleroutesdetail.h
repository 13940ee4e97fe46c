#pragma once

#include "core/formats/lrps.h"

#include <cstdint>
#include <string_view>

// Shared by the stale-route files; not an API.
namespace rs::detail {

// "10.0.1.5:61012" -> ("10.0.1.5", 61012); IPv6 endpoints come as "[::1]:61012".
bool splitAddress(std::string_view address, std::string_view& host, std::uint32_t& port);
// A CLAIMED container already has its ports; CRASHED and UNCLAIMED ones have none.
bool holdsPorts(const LrpRow& row);
// Whether `row` serves the endpoint: its cell IP with the host port (the host TLS proxy port
// for a TLS endpoint), or its container address with the container ports.
bool serves(const LrpRow& row, std::string_view host, std::uint32_t port, Tri tls);

} // namespace rs::detail
