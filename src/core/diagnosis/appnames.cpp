#include "core/diagnosis/appnames.h"

#include <unordered_set>

namespace rs {

namespace {

// Diego's process guid is the app guid followed by the version guid.
std::string_view appOfProcess(std::string_view processGuid)
{
    constexpr std::size_t kGuid = 36;
    return processGuid.size() > kGuid && processGuid[kGuid] == '-' ? processGuid.substr(0, kGuid)
                                                                   : processGuid;
}

// The value of "app_name":"…" in a raw JSON line (route-emitter tags), "" when absent. Names
// are short and plain; an escaped one is left out rather than guessed.
std::string_view appNameInLine(std::string_view line)
{
    constexpr std::string_view kKey = "\"app_name\":\"";
    const std::size_t at = line.find(kKey);
    if (at == std::string_view::npos)
        return {};
    const std::size_t from = at + kKey.size();
    const std::size_t end = line.find('"', from);
    if (end == std::string_view::npos)
        return {};
    const std::string_view name = line.substr(from, end - from);
    return name.find('\\') == std::string_view::npos ? name : std::string_view();
}

} // namespace

void AppDirectory::learnApp(std::string_view instanceId, std::string_view appId)
{
    if (!instanceId.empty() && !appId.empty())
        m_appOfInstance.try_emplace(std::string(instanceId), appId);
}

void AppDirectory::learnName(std::string_view appId, std::string_view name)
{
    if (!appId.empty() && !name.empty())
        m_nameOfApp.try_emplace(std::string(appId), name);
}

AppDirectory::AppDirectory(const Incident& incident)
{
    for (const RouteSnapshot& snap : incident.tables.routeSnapshots)
        for (const RouteEndpointRow& row : snap.rows) {
            learnName(row.tagAppId, row.tagAppName);
            learnApp(row.tagProcessInstanceId, row.tagAppId);
            learnApp(row.privateInstanceId, row.tagAppId);
        }
    for (const LrpSnapshot& snap : incident.tables.lrpSnapshots)
        for (const LrpRow& row : snap.rows)
            learnApp(row.instanceGuid, appOfProcess(row.processGuid));
    const ContainerEventTable& cells = incident.tables.containers;
    for (std::size_t i = 0; i < cells.size(); ++i)
        learnApp(incident.str(cells.instanceGuid[i]), appOfProcess(incident.str(cells.processGuid[i])));

    const RouterEventTable& ev = incident.tables.events;
    std::unordered_set<StringPool::Id> looked, instances; // one raw line per app is enough
    for (std::size_t i = 0; i < ev.size(); ++i) {
        if (ev.message[i] != RouterMessage::EndpointRegistered)
            continue;
        const std::string_view app = incident.str(ev.appId[i]);
        if (instances.insert(ev.instanceId[i]).second)
            learnApp(incident.str(ev.instanceId[i]), app);
        if (app.empty() || m_nameOfApp.count(std::string(app)) || !looked.insert(ev.appId[i]).second)
            continue;
        learnName(app, appNameInLine(incident.rawLine(ev.source, i).view()));
    }
}

std::string_view AppDirectory::appName(std::string_view appId) const
{
    const auto it = m_nameOfApp.find(std::string(appId));
    return it == m_nameOfApp.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view AppDirectory::appOfInstance(std::string_view instanceId) const
{
    const auto it = m_appOfInstance.find(std::string(instanceId));
    return it == m_appOfInstance.end() ? std::string_view() : std::string_view(it->second);
}

std::string AppDirectory::appLabel(std::string_view appId) const
{
    const std::string_view name = appName(appId);
    return name.empty() ? shortId(appId) : std::string(name);
}

std::string AppDirectory::instanceAppLabel(std::string_view instanceId) const
{
    return appLabel(appOfInstance(instanceId));
}

std::string shortId(std::string_view id)
{
    return id.size() <= 8 ? std::string(id) : std::string(id.substr(0, 8)) + "…";
}

} // namespace rs
