#pragma once

#include "core/store/tables.h"

#include <vector>

// How the tables append another import's rows: plain columns copied, pool ids and identities
// mapped through the IdRemap of the merge. Shared by every table so a new column type is
// remapped the same way everywhere.
namespace rs::columnappend {

template <typename T> void appendAll(std::vector<T>& to, const std::vector<T>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

inline void appendStrings(std::vector<StringPool::Id>& to, const std::vector<StringPool::Id>& from,
                          const IdRemap& remap)
{
    to.reserve(to.size() + from.size());
    for (const auto id : from)
        to.push_back(remap.str(id));
}

inline void appendIdentities(std::vector<IdentityIndex>& to, const std::vector<IdentityIndex>& from,
                             const IdRemap& remap)
{
    to.reserve(to.size() + from.size());
    for (const auto id : from)
        to.push_back(remap.identities[id]);
}

inline void appendRequestIds(std::vector<RequestId>& to, const std::vector<RequestId>& from,
                             const IdRemap& remap)
{
    to.reserve(to.size() + from.size());
    for (const auto& id : from)
        to.push_back(remap.request(id));
}

inline void appendProvenance(Provenance& to, const Provenance& from, const IdRemap& remap)
{
    to.file.append(from.file.size(), remap.file);
    appendAll(to.offset, from.offset);
}

} // namespace rs::columnappend
