#pragma once

#include "options.h"

#include <cstdint>

namespace rs::gen {

struct Summary {
    std::uint64_t files = 0;    // files in the output directory
    std::uint64_t bytes = 0;    // their size on disk
    std::uint64_t logBytes = 0; // uncompressed log text generated
    std::uint64_t requests = 0;
    double seconds = 0;
};

// Generates the bundle described by options into options.out. Throws on I/O errors.
Summary generateBundle(const GenOptions& options);

} // namespace rs::gen
