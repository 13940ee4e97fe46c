#include "core/query/backendnames.h"

#include <algorithm>

namespace rs {
namespace {

// A process guid is the app guid followed by a version guid ("<app>-<version>").
constexpr std::size_t kGuidLength = 36;

std::string appOfProcess(const std::string& processGuid)
{
    return processGuid.size() > kGuidLength && processGuid[kGuidLength] == '-'
               ? processGuid.substr(0, kGuidLength)
               : processGuid;
}

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
{
    const auto& tables = incident.tables;
    for (const auto& snapshot : tables.routeSnapshots) {
        for (const auto& row : snapshot.rows) {
            if (!row.tagAppId.empty() && !row.tagAppName.empty())
                m_appNames.emplace(row.tagAppId, row.tagAppName);
            for (const std::string* instance : {&row.tagProcessInstanceId, &row.privateInstanceId}) {
                if (!instance->empty() && !row.tagAppId.empty())
                    m_instanceApps.emplace(*instance, row.tagAppId);
            }
            if (!row.address.empty()) {
                addUnique(m_addressNames[row.address], row.tagAppName);
                nameAddress(row.address, row.tagAppId);
            }
        }
    }
    for (const auto& snapshot : tables.lrpSnapshots) {
        for (const auto& row : snapshot.rows) {
            const std::string app = appOfProcess(row.processGuid);
            if (!row.instanceGuid.empty() && !app.empty())
                m_instanceApps.emplace(row.instanceGuid, app);
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
            events.appId[row] == StringPool::kEmpty)
            continue;
        const std::string app(incident.str(events.appId[row]));
        if (events.endpoint[row] != StringPool::kEmpty)
            nameAddress(std::string(incident.str(events.endpoint[row])), app);
        if (events.instanceId[row] != StringPool::kEmpty)
            m_instanceApps.emplace(std::string(incident.str(events.instanceId[row])), app);
    }
}

void BackendNames::nameAddress(const std::string& address, const std::string& appId)
{
    if (!appId.empty())
        addUnique(m_addressApps[address], appId);
}

std::string BackendNames::forAppId(std::string_view appId) const
{
    const auto it = m_appNames.find(std::string(appId));
    return it == m_appNames.end() ? std::string() : it->second;
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
    const auto instance = m_instanceApps.find(std::string(key.substr(slash + 1)));
    return instance == m_instanceApps.end() ? std::string() : forAppId(instance->second);
}

} // namespace rs
