#pragma once

#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace rs {

// Rows of the requests table that `router` sent to `address` at least once: their final
// backend, or any failed attempt joined to them (the misrouted requests a stale endpoint hid
// behind a successful retry). Ascending.
std::vector<std::uint32_t> requestsWithAttemptOn(const Incident& incident, const Diagnosis& diagnosis,
                                                 IdentityIndex router, std::string_view address);

} // namespace rs
