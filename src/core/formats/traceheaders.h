#pragma once

// Trace ids out of the tracing headers Gorouter logs (x_b3_traceid, and traceparent or b3
// through extra_headers_to_log) and load balancers pass on: the part that names the trace, so
// the same trace matches whichever header carried it.

#include <string_view>

namespace rs {

// The 32-hex trace id of a W3C traceparent ("00-<trace>-<span>-01"); a value of another shape
// (GCP logs the trace id alone) is returned as it is.
inline std::string_view traceparentTraceId(std::string_view value)
{
    if (value.size() >= 35 && value[2] == '-')
        return value.substr(3, 32);
    return value;
}

// The trace id of a b3 single header ("<trace>-<span>[-<sampled>[-<parent>]]").
inline std::string_view b3TraceId(std::string_view value)
{
    return value.substr(0, value.find('-'));
}

} // namespace rs
