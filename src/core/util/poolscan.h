#pragma once

#include "core/util/stringpool.h"

#include <functional>
#include <string_view>

namespace rs {

// Calls `found` once for every id in [first, last) whose string contains `needle`, in id order.
// `foldCase`: ASCII letters match either case (bytes from 0x80 on must then not occur in the
// needle: see canScanFor). The pool's strings lie back to back in its blocks, so one pass over
// those bytes replaces a search per string: a filter term over millions of distinct URIs touches
// each byte once, and only the strings that hold the needle reach the term's real test.
void forEachIdContaining(const StringPool& pool, StringPool::Id first, StringPool::Id last,
                         std::string_view needle, bool foldCase,
                         const std::function<void(StringPool::Id)>& found);

// Whether forEachIdContaining can look for `needle`: not empty, and ASCII when folding case (a
// locale could fold other bytes, which a byte-wise scan would miss).
bool canScanFor(std::string_view needle, bool foldCase);

} // namespace rs
