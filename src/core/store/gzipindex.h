#pragma once

#include "core/bundle/gzipcheckpoints.h"
#include "core/store/rawtext.h"

#include <cstdint>

namespace rs {

// Checkpoints into a loose gzip file's text, taken while the reader inflated it once for the
// import (BundleEntry::gzipIndex), so that raw lines are inflated again from the checkpoint before
// them instead of being kept (GzipFileText).
struct GzipTextIndex {
    // Text between two checkpoints: what reading one line may have to inflate at most, against what
    // keeping a checkpoint costs (ISA-L's decoder state, about 40 KiB: 1 % of the spacing).
    static constexpr std::uint64_t kSpacing = 4u << 20;
    // The same for a gzip holding a tar whose members are read back through it (TextLayer::Gzip):
    // its text is mostly other compressed bytes (router tarballs, rotated .gz logs), as slow to
    // inflate as they are big, and a line in a doubly nested gzip inflates two such layers besides its
    // own. Denser: they hold far less text than the logs inside them.
    static constexpr std::uint64_t kArchiveSpacing = 1u << 20;

    FileStamp stamp;                       // of the .gz file when it was read
    bundleio::GzipCheckpoints checkpoints; // offered after each of the reader's inflate steps
    bool complete = false;                 // inflated to its end without a problem: the points can be trusted
    // A member cut short (truncated or corrupt gzip, a limit): checkpoints.textSize() is the size of
    // the text it kept, which inflating again from the checkpoints reproduces (memberText).
    bool readablePrefix = false;

    std::size_t bytes() const { return sizeof(*this) + checkpoints.bytes(); }
};

} // namespace rs
