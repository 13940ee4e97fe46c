#pragma once

#include "core/store/incident.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace rs {

// Which app an app id or an instance id belongs to, and the app's name, from everything the
// bundle says: route-emitter tags in the dumps (app_id, app_name, process_instance_id), the
// registration events (application_id, instance_id, and tags.app_name in their raw lines),
// the LRPs and the cell logs (process guid = app guid + version guid).
class AppNames {
public:
    explicit AppNames(const Incident& incident);

    // "" when unknown.
    std::string_view nameOfApp(std::string_view appId) const;
    std::string_view appOfInstance(std::string_view instanceId) const;
    std::string_view nameOfInstance(std::string_view instanceId) const
    {
        return nameOfApp(appOfInstance(instanceId));
    }

private:
    void learnApp(std::string_view instanceId, std::string_view appId);
    void learnName(std::string_view appId, std::string_view name);

    std::unordered_map<std::string, std::string> m_nameOfApp;
    std::unordered_map<std::string, std::string> m_appOfInstance;
};

} // namespace rs
