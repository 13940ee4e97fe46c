#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rs {

enum class IdentityRole : std::uint8_t { Unknown, Router, Cell, Other };

// Which VM a file belongs to, from its logical path (DESIGN.md §2, FORMATS.md §5.1).
struct Identity {
    std::string group; // instance group, e.g. "router"
    std::string id;    // instance uuid or index
    // "router/d60e75ac-5459-49f8-b029-543579d74ed0", "router/0", or the path itself when nothing
    // identifies the VM.
    std::string display;
    IdentityRole role = IdentityRole::Unknown;
    bool fromPath = false; // false when the path stood in
};

// Recognised shapes, the innermost (deepest) match winning:
//   GROUP.UUID[.YYYY-MM-DD-HH-MM-SS][.tgz]    per-VM tarball of `bosh logs` (or its extracted directory)
//   GROUP.ID.YYYY-MM-DD-HH-MM-SS[.tgz]        the same with an id that is no uuid (an index, a name)
//   DEP.GROUP.ID-YYYYMMDD-HHMMSS-nnnnnnnnn[.tgz]   single-instance `bosh logs` (ID uuid or index)
//   GROUP/UUID/…, GROUP/INDEX/…               directories (INDEX only for known groups)
//   GROUP-UUID….json, GROUP_INDEX_routes.json, GROUP-INDEX-routes.json   file names (known groups)
Identity identityFromPath(std::string_view logicalPath);

// Role of an instance group name (router, tcp-router, isolated-router-x: Router; diego-cell,
// compute, isolated-diego-cell-x: Cell; known platform groups: Other; anything else: Unknown).
IdentityRole roleOfGroup(std::string_view group);

} // namespace rs
