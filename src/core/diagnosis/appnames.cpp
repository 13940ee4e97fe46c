#include "core/diagnosis/appnames.h"

namespace rs {
namespace {

// The string value of `"key":"…"` in a JSON line, without unescaping (guids and app names
// need none in practice; a name with escapes is shown escaped rather than misread).
std::string_view jsonString(std::string_view line, std::string_view key, std::size_t from = 0)
{
    const std::string pattern = "\"" + std::string(key) + "\":\"";
    const std::size_t at = line.find(pattern, from);
    if (at == std::string_view::npos)
        return {};
    const std::size_t begin = at + pattern.size();
    const std::size_t end = line.find('"', begin);
    return end == std::string_view::npos ? std::string_view{} : line.substr(begin, end - begin);
}

bool isRegistration(RouterMessage m)
{
    return m == RouterMessage::EndpointRegistered || m == RouterMessage::EndpointUnregistered;
}

} // namespace

std::string shortId(std::string_view id)
{
    return id.size() <= 8 ? std::string(id) : std::string(id.substr(0, 8)) + "…";
}

AppDirectory::AppDirectory(const Incident& incident)
{
    for (const auto& snap : incident.tables.routeSnapshots) {
        for (const auto& row : snap.rows) {
            if (!row.tagAppId.empty() && !row.tagAppName.empty())
                m_names.emplace(row.tagAppId, row.tagAppName);
            const std::string& instance =
                row.tagProcessInstanceId.empty() ? row.privateInstanceId : row.tagProcessInstanceId;
            if (!row.tagAppId.empty() && !instance.empty())
                m_instances.emplace(instance, row.tagAppId);
        }
    }
    // Registration events carry the tags too; one line per app is enough for its name.
    const RouterEventTable& e = incident.tables.events;
    for (std::size_t ev = 0; ev < e.size(); ++ev) {
        if (!isRegistration(e.message[ev]))
            continue;
        const std::string appId(incident.str(e.appId[ev]));
        const std::string_view instance = incident.str(e.instanceId[ev]);
        if (!appId.empty() && !instance.empty())
            m_instances.emplace(std::string(instance), appId);
        if (appId.empty() || m_names.count(appId))
            continue;
        const std::string_view line = incident.rawLine(e.source, ev);
        const std::size_t tags = line.find("\"Tags\":{");
        const std::string_view name = jsonString(line, "app_name", tags == std::string_view::npos ? 0 : tags);
        if (!name.empty())
            m_names.emplace(appId, std::string(name));
    }
    // A process guid is the app guid (36 characters) and a version guid.
    for (const auto& snap : incident.tables.lrpSnapshots)
        for (const auto& row : snap.rows)
            if (!row.instanceGuid.empty() && row.processGuid.size() >= 36)
                m_instances.emplace(row.instanceGuid, row.processGuid.substr(0, 36));
}

std::string_view AppDirectory::appName(std::string_view appId) const
{
    const auto it = m_names.find(std::string(appId));
    return it == m_names.end() ? std::string_view{} : std::string_view(it->second);
}

std::string_view AppDirectory::appOfInstance(std::string_view instanceId) const
{
    const auto it = m_instances.find(std::string(instanceId));
    return it == m_instances.end() ? std::string_view{} : std::string_view(it->second);
}

std::string AppDirectory::instanceAppLabel(std::string_view instanceId) const
{
    return appLabel(appOfInstance(instanceId));
}

std::string AppDirectory::appLabel(std::string_view appId) const
{
    const std::string_view name = appName(appId);
    return name.empty() ? shortId(appId) : std::string(name);
}

} // namespace rs
