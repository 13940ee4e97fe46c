#pragma once

#include "core/cache/cachedtext.h"
#include "core/store/gzipindex.h"

#include <optional>
#include <string>

namespace rs::cache {

// The loose file a raw text reads from: its path, the stamp it was imported with and whether it is
// gzip; nothing for archive members and texts held in memory. What saving and relocating a case
// both ask of every text.
struct LooseFile {
    std::string path;
    FileStamp stamp;
    bool gzip = false;
};

inline std::optional<LooseFile> looseFile(const RawText* text)
{
    if (const auto* plain = dynamic_cast<const PlainFileText*>(text))
        return LooseFile{plain->path(), plain->stamp(), false};
    if (const auto* gzip = dynamic_cast<const GzipFileText*>(text))
        return LooseFile{gzip->path(), gzip->index().stamp, true};
    if (const auto* lazy = dynamic_cast<const LazyGzipText*>(text))
        return LooseFile{lazy->path(), lazy->stamp(), true};
    return std::nullopt;
}

} // namespace rs::cache
