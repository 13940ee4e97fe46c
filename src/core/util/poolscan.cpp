#include "core/util/poolscan.h"

#include "core/util/needlefinder.h"

#include <algorithm>

namespace rs {

bool canScanFor(std::string_view needle, bool foldCase)
{
    if (needle.empty())
        return false;
    return !foldCase || std::none_of(needle.begin(), needle.end(),
                                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

void forEachIdContaining(const StringPool& pool, StringPool::Id first, StringPool::Id last,
                         std::string_view needle, bool foldCase,
                         const std::function<void(StringPool::Id)>& found)
{
    const NeedleFinder finder(needle, foldCase);
    last = std::min<StringPool::Id>(last, static_cast<StringPool::Id>(pool.size()));
    StringPool::Id id = std::max<StringPool::Id>(first, 1); // 0 is the empty string
    while (id < last) {
        // A run: ids whose texts follow each other in memory, scanned as one buffer.
        const StringPool::Id runBegin = id;
        const char* begin = pool.view(id).data();
        const char* end = begin + pool.view(id).size();
        for (++id; id < last && pool.view(id).data() == end; ++id)
            end += pool.view(id).size();
        StringPool::Id owner = runBegin; // the id whose text holds the scan position
        for (const char* at = finder.find(begin, end); at != nullptr;) {
            while (pool.view(owner).data() + pool.view(owner).size() <= at)
                ++owner;
            const char* ownerEnd = pool.view(owner).data() + pool.view(owner).size();
            if (at + needle.size() <= ownerEnd) {
                found(owner);
                at = finder.find(ownerEnd, end); // one call per id: go on after its text
            } else {
                at = finder.find(at + 1, end); // across two strings: not an occurrence
            }
        }
    }
}

} // namespace rs
