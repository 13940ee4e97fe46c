#pragma once

#include "core/bundle/bytestream.h"
#include "core/bundle/gzipinflater.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::bundleio {

// Opens the compressed bytes of one gzip file (or archive member) from a byte offset on: a file
// read with pread, a buffer, or the text of an enclosing layer read through its own checkpoints.
using StreamOpener = std::function<std::unique_ptr<Stream>(std::uint64_t offset)>;

StreamOpener memoryOpener(std::string_view bytes);
// pread()s `path` in reused chunks; the file is opened per stream and never mapped.
StreamOpener fileOpener(std::string path);

// Random access into gzip text (DESIGN §2, raw lines on demand): while the import inflates a file
// once, a checkpoint every `spacing` bytes of text; afterwards any range of the text is inflated
// from the checkpoint before it, at most `spacing` bytes away, instead of from the start.
class GzipCheckpoints {
public:
    struct Built;
    // Inflates all of `compressed`, handing the text to `sink` in order. Fails (with the inflater's
    // message) on corrupt or truncated input, or when `cancel` is set.
    static Built build(Stream& compressed, std::uint64_t spacing,
                       const std::function<void(std::string_view text)>& sink,
                       const std::atomic<bool>* cancel = nullptr);

    // Taking checkpoints while a caller inflates the file for ends of its own (the import's reader):
    // offer() after each read keeps one at the start and then whenever `spacing` bytes of text
    // passed since the last; finish() records the text's size once the inflate reached the end.
    void offer(const GzipInflater& inflater, std::uint64_t spacing);
    void finish(std::uint64_t textSize) { m_textSize = textSize; }

    // The text from `offset` on, as a stream of chunks.
    std::unique_ptr<Stream> openText(const StreamOpener& compressed, std::uint64_t offset) const;
    // `length` bytes of text from `offset` (fewer at the end); nothing when the compressed bytes
    // no longer inflate (the file changed since the checkpoints were taken).
    std::optional<std::string> read(const StreamOpener& compressed, std::uint64_t offset,
                                    std::size_t length) const;

    std::uint64_t textSize() const { return m_textSize; }
    std::size_t count() const { return m_points.size(); }
    // What keeping them costs.
    std::size_t bytes() const;

private:
    // The checkpoint at or before `offset`, its decoder state unpacked.
    InflateCheckpoint before(std::uint64_t offset) const;

    // The first is the start of the file. Decoder states are kept packed (deflated) where that
    // makes them smaller: they were most of what raw lines cost to keep.
    std::vector<InflateCheckpoint> m_points;
    std::vector<std::uint32_t> m_unpackedSizes; // of each point's decoder state; 0: kept as it is
    std::uint64_t m_textSize = 0;
};

struct GzipCheckpoints::Built {
    std::optional<GzipCheckpoints> checkpoints;
    std::string error;
};

} // namespace rs::bundleio
