#pragma once

#include "core/store/tables.h"

#include <algorithm>
#include <vector>

// How the tables append another import's rows: plain columns copied, pool ids and identities
// mapped through the IdRemap of the merge. Shared by every table so a new column type is
// remapped the same way everywhere.
namespace rs::columnappend {

// Room for `more` rows. The incident's columns grow file after file while the import streams:
// growing by a quarter instead of doubling keeps the unused capacity (resident once written to
// by the copy that grows it) to a fifth of a column, for a few more copies of the column.
template <typename T> void makeRoom(Column<T>& to, std::size_t more)
{
    if (to.capacity() - to.size() >= more)
        return;
    to.reserve(std::max(to.size() + more, to.size() + to.size() / 4));
}

template <typename T> void appendAll(Column<T>& to, const Column<T>& from)
{
    makeRoom(to, from.size());
    to.insert(to.end(), from.begin(), from.end());
}

inline void appendStrings(Column<StringPool::Id>& to, const Column<StringPool::Id>& from,
                          const IdRemap& remap)
{
    makeRoom(to, from.size());
    for (const auto id : from)
        to.push_back(remap.str(id));
}

inline void appendIdentities(Column<IdentityIndex>& to, const Column<IdentityIndex>& from,
                             const IdRemap& remap)
{
    makeRoom(to, from.size());
    for (const auto id : from)
        to.push_back(remap.identities[id]);
}

inline void appendRequestIds(Column<RequestId>& to, const Column<RequestId>& from, const IdRemap& remap)
{
    makeRoom(to, from.size());
    for (const auto& id : from)
        to.push_back(remap.request(id));
}

inline void appendProvenance(Provenance& to, const Provenance& from, const IdRemap& remap)
{
    to.file.append(from.file.size(), remap.file);
    appendAll(to.offset, from.offset);
}

} // namespace rs::columnappend
