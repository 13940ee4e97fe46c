#include "core/store/recordtables.h"

namespace rs {

IdentityIndex RecordTables::identityIndex(const IdentityInfo& info)
{
    const auto [it, inserted] =
        m_identityByDisplay.try_emplace(info.display, static_cast<IdentityIndex>(identities.size()));
    if (inserted)
        identities.push_back(info);
    return it->second;
}

void RecordTables::append(const RecordTables& other, FileIndex file)
{
    IdRemap remap;
    remap.file = file;
    remap.strings.reserve(other.strings.size());
    for (std::size_t i = 0; i < other.strings.size(); ++i)
        remap.strings.push_back(strings.intern(other.strings.view(static_cast<StringPool::Id>(i))));
    remap.identities.reserve(other.identities.size());
    for (const auto& info : other.identities)
        remap.identities.push_back(identityIndex(info));

    requests.append(other.requests, remap);
    events.append(other.events, remap);
    stderrLines.append(other.stderrLines, remap);
    containers.append(other.containers, remap);
    lager.append(other.lager, remap);
    lb.append(other.lb, remap);
    apps.append(other.apps, remap);
    for (auto snapshot : other.routeSnapshots) {
        snapshot.identity = remap.identities[snapshot.identity];
        snapshot.file = file;
        routeSnapshots.push_back(std::move(snapshot));
    }
    for (auto snapshot : other.lrpSnapshots) {
        snapshot.file = file;
        lrpSnapshots.push_back(std::move(snapshot));
    }
}

void RecordTables::renumberIdentities(const std::vector<IdentityIndex>& newIndex)
{
    bool same = true;
    for (std::size_t i = 0; i < newIndex.size() && same; ++i)
        same = newIndex[i] == i;
    if (same)
        return;
    std::vector<IdentityInfo> renumbered(identities.size());
    for (std::size_t i = 0; i < identities.size(); ++i)
        renumbered[newIndex[i]] = std::move(identities[i]);
    identities.swap(renumbered);
    for (auto& entry : m_identityByDisplay)
        entry.second = newIndex[entry.second];
    const auto renumber = [&](Column<IdentityIndex>& column) {
        for (IdentityIndex& identity : column)
            identity = newIndex[identity];
    };
    renumber(requests.identity);
    renumber(events.identity);
    renumber(stderrLines.identity);
    renumber(containers.identity);
    renumber(lager.identity);
    renumber(lb.identity);
    for (RouteSnapshot& snapshot : routeSnapshots)
        snapshot.identity = newIndex[snapshot.identity];
}

} // namespace rs
