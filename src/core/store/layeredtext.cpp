#include "core/store/layeredtext.h"

#include "core/bundle/gzipcheckpoints.h"
#include "core/bundle/spillfile.h"
#include "core/store/gzipindex.h"
#include "core/store/textcursor.h"

#include <algorithm>
#include <array>

namespace rs {
namespace {

// The first `length` bytes of a stream (a tar member's data within the archive's bytes).
class SliceStream final : public bundleio::Stream {
public:
    SliceStream(std::unique_ptr<bundleio::Stream> inner, std::uint64_t length)
        : m_inner(std::move(inner))
        , m_left(length)
    {}

    std::string_view next() override
    {
        if (m_left == 0)
            return {};
        std::string_view chunk = m_inner->next();
        if (chunk.empty()) {
            if (m_inner->halt())
                setHalt(*m_inner->halt(), m_inner->haltDetail(), true);
            return {};
        }
        chunk = chunk.substr(0, static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), m_left)));
        m_left -= chunk.size();
        return chunk;
    }

private:
    std::unique_ptr<bundleio::Stream> m_inner;
    std::uint64_t m_left;
};

// Opens the output of the first `depth` layers of `origin` at an offset: the file itself for 0, a
// slice of the layer below, or a gzip's text resumed from its checkpoint before the offset, whose
// compressed bytes are read from the layer below the same way.
bundleio::StreamOpener openerFor(const TextOrigin& origin, std::size_t depth)
{
    if (depth == 0)
        return origin.spill ? bundleio::spillOpener(origin.spill) : bundleio::fileOpener(origin.path);
    const TextLayer& layer = origin.layers[depth - 1];
    bundleio::StreamOpener below = openerFor(origin, depth - 1);
    if (layer.kind == TextLayer::Kind::Slice) {
        return [below = std::move(below), offset = layer.offset, length = layer.length](std::uint64_t at) {
            const std::uint64_t from = std::min(at, length);
            return std::make_unique<SliceStream>(below(offset + from), length - from);
        };
    }
    return [below = std::move(below), points = layer.checkpoints](std::uint64_t at) {
        return points->openText(below, at);
    };
}

// Per thread, where the last reads of a few layered sources left off (as GzipFileText's cursor, but
// for several sources: rows in time order alternate between the files of several routers, and each
// new start costs an inflate through every layer).
struct LayerCursor {
    std::uint64_t source = 0;
    std::uint64_t used = 0;     // when it was last used, to reuse the oldest
    std::vector<TextLayer> pin; // the checkpoints the streams were resumed from
    TextCursor text;
};
thread_local std::array<LayerCursor, 4> t_cursors;
thread_local std::uint64_t t_uses = 0;

// The cursor of `source` on this thread, or the least recently used one, cleared for it.
LayerCursor& cursorFor(std::uint64_t source)
{
    LayerCursor* oldest = &t_cursors[0];
    for (LayerCursor& cursor : t_cursors) {
        if (cursor.source == source) {
            cursor.used = ++t_uses;
            return cursor;
        }
        if (cursor.used < oldest->used)
            oldest = &cursor;
    }
    *oldest = {};
    oldest->source = source;
    oldest->used = ++t_uses;
    return *oldest;
}

} // namespace

LayeredText::LayeredText(TextOrigin origin, std::uint64_t textSize, std::uint64_t contentHash)
    : RawText(textSize)
    , m_origin(std::move(origin))
    , m_contentHash(contentHash)
{}

LayeredText::~LayeredText() = default;

std::size_t LayeredText::memoryBytes() const
{
    std::size_t total = sizeof(*this) + m_origin.layers.size() * sizeof(TextLayer);
    if (!m_origin.layers.empty() && m_origin.layers.back().checkpoints)
        total += m_origin.layers.back().checkpoints->bytes();
    return total;
}

bool LayeredText::fetch(std::uint64_t offset, std::size_t length, std::string& out) const
{
    if (!m_origin.spill && !stillAsImported(m_origin.path, m_origin.stamp))
        return false;
    LayerCursor& cursor = cursorFor(id());
    // Continue this thread's last read when the text asked for lies a little ahead of it: every
    // layer's inflate goes on where it stopped.
    constexpr std::uint64_t kAhead = 1u << 20;
    if (!cursor.text.reaches(offset, kAhead)) {
        cursor.text = {}; // its streams go before the checkpoints they were resumed from
        cursor.pin = m_origin.layers;
        cursor.text.restart(openerFor(m_origin, m_origin.layers.size())(offset), offset);
    }
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length, size() - offset));
    std::string why;
    if (!cursor.text.read(offset, want, out, why)) {
        fail(TextState::Unreadable, m_origin.path + ": " + why);
        return false;
    }
    return true;
}

SharedText memberText(const TextOrigin& origin, const std::shared_ptr<const GzipTextIndex>& gzip,
                      bool wasGzip, SharedBytes bytes, std::uint64_t contentHash)
{
    const std::uint64_t size = bytes->view().size();
    if (gzip && gzip->checkpoints.textSize() == size && (gzip->complete || gzip->readablePrefix))
        return std::make_shared<LayeredText>(
            origin.with(
                TextLayer::gzip(std::shared_ptr<const bundleio::GzipCheckpoints>(gzip, &gzip->checkpoints))),
            size, contentHash);
    if (!gzip && !wasGzip && !origin.layers.empty() && origin.layers.back().kind == TextLayer::Kind::Slice &&
        origin.layers.back().length >= size)
        return std::make_shared<LayeredText>(origin, size, contentHash);
    return std::make_shared<ResidentText>(std::move(bytes));
}

bool memberReadsBack(const TextOrigin* origin, bool hasGzipIndex, bool wasGzip)
{
    if (origin == nullptr || origin->layers.empty())
        return false;
    if (wasGzip)
        return hasGzipIndex;
    return !hasGzipIndex && origin->layers.back().kind == TextLayer::Kind::Slice;
}

} // namespace rs
