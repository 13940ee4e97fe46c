#include "core/query/backendnames.h"

#include <algorithm>

namespace rs {
namespace {

void addUnique(std::vector<std::string>& list, const std::string& value)
{
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names) {
        if (!out.empty())
            out += ", ";
        out += name;
    }
    return out;
}

} // namespace

BackendNames::BackendNames(const Incident& incident)
    : m_apps(incident)
{
    const auto& tables = incident.tables;
    for (const auto& snapshot : tables.routeSnapshots) {
        for (const auto& row : snapshot.rows) {
            if (!row.address.empty()) {
                addUnique(m_addressNames[row.address], row.tagAppName);
                nameAddress(row.address, row.tagAppId);
            }
        }
    }
    for (const auto& snapshot : tables.lrpSnapshots) {
        for (const auto& row : snapshot.rows) {
            const std::string app(m_apps.appOfInstance(row.instanceGuid));
            for (const auto& port : row.ports) {
                if (!row.address.empty() && port.hostPort != 0)
                    nameAddress(row.address + ':' + std::to_string(port.hostPort), app);
                if (!row.address.empty() && port.hostTlsProxyPort != 0)
                    nameAddress(row.address + ':' + std::to_string(port.hostTlsProxyPort), app);
            }
        }
    }
    const auto& events = tables.events;
    for (std::size_t row = 0; row < events.size(); ++row) {
        if (events.message[row] != RouterMessage::EndpointRegistered ||
            events.appId[row] == StringPool::kEmpty || events.endpoint[row] == StringPool::kEmpty)
            continue;
        nameAddress(std::string(incident.str(events.endpoint[row])),
                    std::string(incident.str(events.appId[row])));
    }
}

void BackendNames::nameAddress(const std::string& address, const std::string& appId)
{
    if (!appId.empty())
        addUnique(m_addressApps[address], appId);
}

std::string BackendNames::forAppId(std::string_view appId) const
{
    return std::string(m_apps.appName(appId));
}

std::string BackendNames::forAddress(std::string_view address) const
{
    std::vector<std::string> names;
    if (const auto tagged = m_addressNames.find(std::string(address)); tagged != m_addressNames.end())
        names = tagged->second;
    if (const auto apps = m_addressApps.find(std::string(address)); apps != m_addressApps.end()) {
        for (const auto& app : apps->second)
            addUnique(names, forAppId(app));
    }
    return joined(names);
}

std::string BackendNames::forInstanceKey(std::string_view key) const
{
    const auto slash = key.find('/');
    const std::string_view app = key.substr(0, slash);
    if (std::string name = forAppId(app); !name.empty())
        return name;
    if (slash == std::string_view::npos)
        return {};
    return std::string(m_apps.nameOfInstance(key.substr(slash + 1)));
}

} // namespace rs
