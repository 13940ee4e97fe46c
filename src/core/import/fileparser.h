#pragma once

#include "core/bundle/bundlereader.h"
#include "core/store/importreport.h"
#include "core/store/recordtables.h"

#include <atomic>
#include <cstddef>

namespace rs {

struct ParseOptions {
    std::size_t maxLineBytes = 1u << 20; // longer lines are cut and reported
};

// What one file becomes: its records (with a string pool of its own) and its report.
struct ParsedFile {
    RecordTables tables;
    FileReport report;
    SharedBytes bytes;
};

// Detects the file's kind and parses it. Pure function of its input: safe to run on any thread.
ParsedFile parseFile(BundleEntry entry, const ParseOptions& options,
                     const std::atomic<bool>* cancel = nullptr);

} // namespace rs
