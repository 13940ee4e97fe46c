#pragma once

#include "core/store/incident.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace rs {

// Which app an app id or an instance id belongs to, and the app's name, from everything the
// bundle says: route-emitter tags in the dumps (app_id, app_name, process_instance_id), the
// registration events (application_id, instance_id, and tags.app_name in their raw lines),
// the LRPs and the cell logs (process guid = app guid + version guid). The access log knows
// app guids only.
class AppDirectory {
public:
    AppDirectory() = default; // knows no app
    explicit AppDirectory(const Incident& incident);

    // "" when unknown.
    std::string_view appName(std::string_view appId) const;
    std::string_view appOfInstance(std::string_view instanceId) const;
    std::string_view nameOfInstance(std::string_view instanceId) const
    {
        return appName(appOfInstance(instanceId));
    }
    // The name, else the guid shortened to 8 characters and an ellipsis, else "".
    std::string appLabel(std::string_view appId) const;
    // appLabel() of the instance's app; "" when the app is unknown.
    std::string instanceAppLabel(std::string_view instanceId) const;

private:
    void learnApp(std::string_view instanceId, std::string_view appId);
    void learnName(std::string_view appId, std::string_view name);

    std::unordered_map<std::string, std::string> m_nameOfApp;
    std::unordered_map<std::string, std::string> m_appOfInstance;
};

// The first 8 characters of a guid and an ellipsis, for titles that must name one instance.
std::string shortId(std::string_view id);

} // namespace rs
