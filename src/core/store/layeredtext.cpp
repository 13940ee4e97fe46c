#include "core/store/layeredtext.h"

#include "core/bundle/gzipcheckpoints.h"

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
        return bundleio::fileOpener(origin.path);
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
    std::uint64_t used = 0;                   // when it was last used, to reuse the oldest
    std::vector<TextLayer> pin;               // the checkpoints the streams were resumed from
    std::unique_ptr<bundleio::Stream> stream; // the text from `position` on
    std::string_view pending;                 // the rest of the stream's last chunk
    std::uint64_t position = 0;               // text offset of pending's start
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
    std::string error;
    const std::optional<FileStamp> now = FileStamp::of(m_origin.path, &error);
    if (!now) {
        fail(TextState::Missing, m_origin.path + ": " + error);
        return false;
    }
    if (!(*now == m_origin.stamp)) {
        fail(TextState::Changed, m_origin.path + ": changed since the import");
        return false;
    }
    LayerCursor& cursor = cursorFor(id());
    // Continue this thread's last read when the text asked for lies a little ahead of it: every
    // layer's inflate goes on where it stopped.
    constexpr std::uint64_t kAhead = 1u << 20;
    if (!cursor.stream || offset < cursor.position || offset - cursor.position > kAhead) {
        cursor.stream.reset();
        cursor.pending = {};
        cursor.pin = m_origin.layers;
        cursor.stream = openerFor(m_origin, m_origin.layers.size())(offset);
        cursor.position = offset;
    }
    out.clear();
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length, size() - offset));
    while (out.size() < want) {
        if (cursor.pending.empty()) {
            cursor.pending = cursor.stream->next();
            if (cursor.pending.empty())
                break;
        }
        if (cursor.position < offset) {
            const auto skip = static_cast<std::size_t>(
                std::min<std::uint64_t>(cursor.pending.size(), offset - cursor.position));
            cursor.pending.remove_prefix(skip);
            cursor.position += skip;
            continue;
        }
        const std::size_t take = std::min(cursor.pending.size(), want - out.size());
        out.append(cursor.pending.substr(0, take));
        cursor.pending.remove_prefix(take);
        cursor.position += take;
    }
    if (out.size() < want) {
        const std::string why =
            cursor.stream->halt() ? cursor.stream->haltDetail() : std::string("the text ends early");
        cursor.stream.reset();
        cursor.pending = {};
        fail(TextState::Unreadable, m_origin.path + ": " + why);
        return false;
    }
    return true;
}

} // namespace rs
