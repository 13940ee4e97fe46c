#pragma once

#include "core/store/rawtext.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rs {

class SpillFile;
namespace bundleio {
class GzipCheckpoints;
}

// One transform between a file on disk and an archive member's bytes: each layer's output is read
// from the output of the layer before it (the first from the file itself).
struct TextLayer {
    enum class Kind : std::uint8_t {
        // The whole output of the layer below is a gzip stream; this layer's output is its text,
        // resumed from `checkpoints` (taken while the import inflated it).
        Gzip,
        // A tar member's data: `length` bytes at `offset` of the layer below's output.
        Slice,
    };
    Kind kind = Kind::Slice;
    std::uint64_t offset = 0; // Slice
    std::uint64_t length = 0; // Slice
    // Gzip: shared by every member inside the layer (never copied per member). Still filled by the
    // import's reader while it reads on through the layer; read only once the import is over.
    std::shared_ptr<const bundleio::GzipCheckpoints> checkpoints;

    static TextLayer gzip(std::shared_ptr<const bundleio::GzipCheckpoints> points)
    {
        return {Kind::Gzip, 0, 0, std::move(points)};
    }
    static TextLayer slice(std::uint64_t offset, std::uint64_t length)
    {
        return {Kind::Slice, offset, length, {}};
    }
};

// Where bytes come from: a file on disk as it was when read, then the layers that lead from it to
// them, e.g. bosh.tgz → Gzip → Slice(router.tgz) → Gzip → Slice(gorouter/access.log.1.gz) → Gzip.
// Or the spill file a member that could not be read back from the bundle was written to, e.g.
// spill → Slice(router.tgz, from bundle.zip) → Gzip → Slice(gorouter/access.log) (core/bundle/spillfile.h).
struct TextOrigin {
    std::string path; // file system path of the top-level file; with `spill`, the member's logical path
    FileStamp stamp;  // of that file when the import mapped it
    std::vector<TextLayer> layers;
    // When set, the first layer reads from it instead of `path`: a file of ours, which cannot change.
    std::shared_ptr<const SpillFile> spill;

    // This origin with one more layer.
    TextOrigin with(TextLayer layer) const
    {
        TextOrigin out = *this;
        out.layers.push_back(std::move(layer));
        return out;
    }
};

// The text of an archive member (or a member's gzip), read back on demand through its layers from
// the top-level file instead of being kept (issue 15). A read resumes the innermost gzip from its
// checkpoint; the compressed bytes it needs come from the layer below, which resumes its own gzip
// from its own checkpoint, and so on up to the file. Sequential reads on one thread continue the
// last read's streams. A top-level file that changed or went since the import yields nothing.
class LayeredText final : public RawText {
public:
    // `contentHash`: the text's content hash at import (core/import/contenthash.h), which a cached
    // incident keeps to check the member it reads again; 0 when unknown.
    LayeredText(TextOrigin origin, std::uint64_t textSize, std::uint64_t contentHash = 0);
    ~LayeredText() override;

    const std::string& path() const { return m_origin.path; }
    const std::vector<TextLayer>& layers() const { return m_origin.layers; }
    // The spill file the layers start from, or null (they start from path()).
    const std::shared_ptr<const SpillFile>& spill() const { return m_origin.spill; }
    std::uint64_t contentHash() const { return m_contentHash; }

    // The innermost layer's checkpoints (when it is a gzip): the enclosing layers' are shared with
    // the other members inside them and not counted here.
    std::size_t memoryBytes() const override;

protected:
    bool fetch(std::uint64_t offset, std::size_t length, std::string& out) const override;

private:
    TextOrigin m_origin;
    std::uint64_t m_contentHash;
};

struct GzipTextIndex;

// The text of an archive member whose bytes are about to go (the import once it parsed them, a
// reopened incident once it read them again): read back through its layers when they add up to the
// bytes, else the bytes kept as they are. They do when its gzip's checkpoints reach the bytes' size
// (all of a complete gzip; the readable prefix of a cut or damaged one, which inflating again from
// the same checkpoints reproduces: the inflater is deterministic), or when a stored member's bytes
// are its slice or the start of it (a member cut by a limit, or by the end of a damaged archive).
// `contentHash`: see LayeredText.
SharedText memberText(const TextOrigin& origin, const std::shared_ptr<const GzipTextIndex>& gzip,
                      bool wasGzip, SharedBytes bytes, std::uint64_t contentHash);

// Whether memberText() reads a member with this origin back through its layers whatever its bytes turn
// out to be (a streamed member's size is known only at its end): a gzip member with checkpoints
// (`hasGzipIndex`) that the reader ends at its readable text, or a stored member's slice.
bool memberReadsBack(const TextOrigin* origin, bool hasGzipIndex, bool wasGzip);

} // namespace rs
