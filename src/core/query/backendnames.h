#pragma once

#include "core/store/incident.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rs {

// App names for what the access log only knows by address or GUID. The names come from the
// route dumps' route-emitter tags (app_name beside address, app_id and instance guid); the
// LRP captures and the registration events tie more addresses and instances to those apps.
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

    std::unordered_map<std::string, std::string> m_appNames;                  // app guid → name
    std::unordered_map<std::string, std::string> m_instanceApps;              // instance guid → app guid
    std::unordered_map<std::string, std::vector<std::string>> m_addressApps;  // address → app guids
    std::unordered_map<std::string, std::vector<std::string>> m_addressNames; // address → names (tags)
};

} // namespace rs
