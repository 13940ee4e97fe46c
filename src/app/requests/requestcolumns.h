#pragma once

namespace rs {

// The columns of the requests table, shared by the model and the sort-order builder.
enum class RequestColumn {
    Time,
    Router,
    Method,
    Host,
    Uri,
    Status,
    LbStatus, // the joined load-balancer row's status and its target's ("504/-"), empty without one
    ErrorClass,
    Source,
    Backend,
    Attempts,
    Tried,
    ResponseTime,
    RouterError,
    RequestId,
    Count
};
inline constexpr int kRequestColumnCount = static_cast<int>(RequestColumn::Count);

} // namespace rs
