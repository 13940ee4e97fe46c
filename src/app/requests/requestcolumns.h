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
    ErrorClass,
    Source,
    Backend,
    Attempts,
    ResponseTime,
    RouterError,
    RequestId,
    Count
};
inline constexpr int kRequestColumnCount = static_cast<int>(RequestColumn::Count);

} // namespace rs
