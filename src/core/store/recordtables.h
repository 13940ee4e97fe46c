#pragma once

#include "core/bundle/identity.h"
#include "core/store/apptable.h"
#include "core/store/lbtable.h"
#include "core/store/tables.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace rs {

struct IdentityInfo {
    std::string display; // "router/d60e75ac-…", "diego-cell/1", or a path when nothing identifies the VM
    std::string group;
    std::string id;
    IdentityRole role = IdentityRole::Unknown;
};

// Everything parsed from log lines, in columns. A file is parsed into one of these with a
// string pool of its own (so files parse in parallel without locks); the incident holds the
// union, with ids re-mapped to its single pool.
struct RecordTables {
    StringPool strings;
    std::vector<IdentityInfo> identities;
    RequestTable requests;
    RouterEventTable events;
    StderrTable stderrLines;
    ContainerEventTable containers;
    LagerTable lager;
    LbTable lb;       // load-balancer request lines
    AppLogTable apps; // lines apps wrote through Loggregator
    std::vector<RouteSnapshot> routeSnapshots;
    std::vector<LrpSnapshot> lrpSnapshots;

    // Index of the identity with this display name, added when new.
    IdentityIndex identityIndex(const IdentityInfo& info);
    // Appends `other` (parsed as file `file`): strings and identities are re-mapped.
    void append(const RecordTables& other, FileIndex file);
    // Identity i becomes newIndex[i] (a permutation), in every table and snapshot.
    void renumberIdentities(const std::vector<IdentityIndex>& newIndex);

private:
    std::unordered_map<std::string, IdentityIndex> m_identityByDisplay;
};

} // namespace rs
