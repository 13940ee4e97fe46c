#include "core/util/hugepages.h"

#include <cstdint>
#include <sys/mman.h>

namespace rs {

namespace {
constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
}

void adviseHugePages(void* data, std::size_t bytes)
{
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t from = (begin + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t to = (begin + bytes) & ~(kHugePage - 1);
    if (data != nullptr && to > from)
        ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
}

} // namespace rs
