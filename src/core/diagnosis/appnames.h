#pragma once

#include "core/store/incident.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace rs {

// App names and the apps of instances, as far as the bundle tells: the route-emitter tags of
// route dumps and of registration events (tags.app_name, tags.app_id,
// tags.process_instance_id), the ids registration events carry, and the LRPs (whose process
// guid starts with the app guid). The access log knows app guids only.
class AppDirectory {
public:
    explicit AppDirectory(const Incident& incident);

    // "" when unknown.
    std::string_view appName(std::string_view appId) const;
    std::string_view appOfInstance(std::string_view instanceId) const;
    // The name, else the guid shortened to 8 characters and an ellipsis, else "".
    std::string appLabel(std::string_view appId) const;
    // appLabel() of the instance's app; "" when the app is unknown.
    std::string instanceAppLabel(std::string_view instanceId) const;

private:
    std::unordered_map<std::string, std::string> m_names;     // app guid -> name
    std::unordered_map<std::string, std::string> m_instances; // instance guid -> app guid
};

// The first 8 characters of a guid and an ellipsis, for titles that must name one instance.
std::string shortId(std::string_view id);

} // namespace rs
