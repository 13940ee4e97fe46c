#pragma once

#include "core/util/bytebuffer.h"

namespace rs {

// The sample incident made by tools/gen-bundle --sample and embedded as a resource.
inline constexpr const char* kSampleIncidentName = "sample-incident.tgz";

// Its bytes, or null when the resource is missing.
SharedBytes loadSampleIncident();

} // namespace rs
