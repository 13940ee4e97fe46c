#pragma once

#include <cstddef>

namespace rs {

// Asks the kernel to back [data, data + bytes) with transparent huge pages where it allows them
// (THP "madvise" mode, Debian's default): the whole 2 MiB pages inside the range. On these VMs a
// page fault is expensive: filling 800 MB of fresh memory took 2.6 CPU-s in 4 KiB pages and
// 0.16 in 2 MiB ones. Harmless where THP is off or the range is small.
void adviseHugePages(void* data, std::size_t bytes);

// `column` (a std::vector or std::string) holding `n` value-initialised elements in fresh memory
// advised as above (a column read back from a saved incident: millions of rows written once).
template <typename Column> void resizeFresh(Column& column, std::size_t n)
{
    Column().swap(column);
    column.reserve(n);
    adviseHugePages(column.data(), n * sizeof(typename Column::value_type));
    column.resize(n);
}

} // namespace rs
