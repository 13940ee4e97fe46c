#pragma once

#include "core/diagnosis/appnames.h"
#include "core/store/incident.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rs {

// App names for what the access log only knows by address or GUID. Apps and instances are
// named by the AppDirectory; what is added here is which apps each address served: the route
// dumps' rows (and their app_name tags), the LRP captures' ports and the registration events.
class BackendNames {
public:
    BackendNames() = default;
    explicit BackendNames(const Incident& incident);

    // "orders" for "10.0.16.10:61004"; "orders, billing" when the address served both during
    // the incident; "" when no input names it.
    std::string forAddress(std::string_view address) const;
    // The app of an instance key "app_id/instance_id" (failuresByInstance), "" when unknown.
    std::string forInstanceKey(std::string_view key) const;
    std::string forAppId(std::string_view appId) const;

private:
    void nameAddress(const std::string& address, const std::string& appId);

    AppDirectory m_apps;
    std::unordered_map<std::string, std::vector<std::string>> m_addressApps;  // address → app guids
    std::unordered_map<std::string, std::vector<std::string>> m_addressNames; // address → names (tags)
};

} // namespace rs
