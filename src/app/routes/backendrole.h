#pragma once

#include <Qt>

namespace rs {

// Every route panel model answers this role with the backend address ("ip:port") a row stands
// for, so that one double-click handler can filter on it whatever the table.
inline constexpr int BackendAddressRole = Qt::UserRole + 1;

} // namespace rs
