#include "core/bundle/gzipcheckpoints.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <isa-l.h>
#include <unistd.h>
#include <vector>

namespace rs::bundleio {
namespace {

// Large enough that ISA-L decodes straight into it most of the time, small enough to stay in cache.
constexpr std::size_t kTextChunk = 256u << 10;
constexpr std::size_t kFileChunk = 1u << 20;

// Compressed bytes of a buffer from an offset on.
class OffsetMemoryStream final : public Stream {
public:
    OffsetMemoryStream(std::string_view bytes, std::uint64_t offset)
        : m_inner(bytes.substr(std::min<std::uint64_t>(offset, bytes.size())))
    {}
    std::string_view next() override { return m_inner.next(); }

private:
    MemoryStream m_inner;
};

// A file from an offset on, pread() into one reused buffer.
class PreadStream final : public Stream {
public:
    PreadStream(const std::string& path, std::uint64_t offset)
        : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC))
        , m_offset(offset)
        , m_buffer(kFileChunk, '\0')
    {
        if (m_fd < 0)
            setHalt(BundleIssue::Unreadable, "cannot open " + path);
    }
    ~PreadStream() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    std::string_view next() override
    {
        if (m_fd < 0)
            return {};
        for (;;) {
            const ssize_t got = ::pread(m_fd, m_buffer.data(), m_buffer.size(), static_cast<off_t>(m_offset));
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                setHalt(BundleIssue::Unreadable, "read error");
                return {};
            }
            m_offset += static_cast<std::uint64_t>(got);
            return {m_buffer.data(), static_cast<std::size_t>(got)};
        }
    }

private:
    int m_fd;
    std::uint64_t m_offset;
    std::string m_buffer;
};

// Text from a checkpoint on, the bytes before `skip` dropped.
class ResumedTextStream final : public Stream {
public:
    ResumedTextStream(std::unique_ptr<Stream> compressed, const InflateCheckpoint& from, std::uint64_t skip)
        : m_compressed(std::move(compressed))
        , m_inflater(*m_compressed, from)
        , m_skip(skip)
        , m_buffer(kTextChunk, '\0')
    {}

    std::string_view next() override
    {
        for (;;) {
            const std::size_t made = m_inflater.read(m_buffer.data(), m_buffer.size());
            if (made == 0) {
                if (m_inflater.state() == GzipInflater::State::Corrupt ||
                    m_inflater.state() == GzipInflater::State::Truncated)
                    setHalt(m_inflater.state() == GzipInflater::State::Truncated ? BundleIssue::TruncatedGzip
                                                                                 : BundleIssue::CorruptGzip,
                            m_inflater.error());
                return {};
            }
            if (m_skip >= made) {
                m_skip -= made;
                continue;
            }
            const auto from = static_cast<std::size_t>(m_skip);
            m_skip = 0;
            return {m_buffer.data() + from, made - from};
        }
    }

private:
    std::unique_ptr<Stream> m_compressed;
    GzipInflater m_inflater;
    std::uint64_t m_skip;
    std::string m_buffer;
};

// A checkpoint's decoder state deflated (raw, ISA-L's level 1), or empty when that saves less than
// an eighth. The state is ISA-L's Huffman lookup tables (~21 KiB, very repetitive) and the history
// (32 KiB of text and more): ~52 KiB each as it was, kept for raw lines alone, one per MiB of every
// archive layer and per 4 MiB of each log; ~500 MiB of a 19 GB bundle's incident. Packed, a
// checkpoint over log text keeps ~11 KiB; over a layer whose text is itself compressed (a tarball of
// .gz members) the history hardly shrinks but the tables do. That bundle's incident: 402 MiB less.
std::string packDecoder(std::string_view state)
{
    thread_local std::vector<std::uint8_t> level(ISAL_DEF_LVL1_DEFAULT);
    std::string packed(state.size() - state.size() / 8, '\0');
    isal_zstream stream{};
    isal_deflate_stateless_init(&stream);
    stream.level = 1;
    stream.level_buf = level.data();
    stream.level_buf_size = static_cast<std::uint32_t>(level.size());
    stream.gzip_flag = IGZIP_DEFLATE;
    stream.end_of_stream = 1;
    stream.next_in = reinterpret_cast<std::uint8_t*>(const_cast<char*>(state.data()));
    stream.avail_in = static_cast<std::uint32_t>(state.size());
    stream.next_out = reinterpret_cast<std::uint8_t*>(packed.data());
    stream.avail_out = static_cast<std::uint32_t>(packed.size());
    if (isal_deflate_stateless(&stream) != COMP_OK)
        return {}; // STATELESS_OVERFLOW: it would not shrink enough
    packed.resize(stream.total_out);
    packed.shrink_to_fit();
    return packed;
}

// packDecoder()'s input again (`size` bytes); empty when `packed` does not inflate to that.
std::string unpackDecoder(std::string_view packed, std::size_t size)
{
    std::string state(size, '\0');
    const auto inflater = std::make_unique<inflate_state>();
    isal_inflate_init(inflater.get());
    inflater->crc_flag = ISAL_DEFLATE;
    inflater->next_in = reinterpret_cast<std::uint8_t*>(const_cast<char*>(packed.data()));
    inflater->avail_in = static_cast<std::uint32_t>(packed.size());
    inflater->next_out = reinterpret_cast<std::uint8_t*>(state.data());
    inflater->avail_out = static_cast<std::uint32_t>(state.size());
    if (isal_inflate_stateless(inflater.get()) != ISAL_DECOMP_OK || inflater->total_out != size)
        return {};
    return state;
}

} // namespace

StreamOpener memoryOpener(std::string_view bytes)
{
    return [bytes](std::uint64_t offset) { return std::make_unique<OffsetMemoryStream>(bytes, offset); };
}

StreamOpener fileOpener(std::string path)
{
    return [path = std::move(path)](std::uint64_t offset) {
        return std::make_unique<PreadStream>(path, offset);
    };
}

GzipCheckpoints::Built GzipCheckpoints::build(Stream& compressed, std::uint64_t spacing,
                                              const std::function<void(std::string_view)>& sink,
                                              const std::atomic<bool>* cancel)
{
    Built built;
    GzipCheckpoints index;
    GzipInflater inflater(compressed);
    std::string buffer(kTextChunk, '\0');
    index.offer(inflater, spacing);
    for (;;) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
            built.error = "cancelled";
            return built;
        }
        const std::size_t made = inflater.read(buffer.data(), buffer.size());
        if (made == 0)
            break;
        sink({buffer.data(), made});
        index.offer(inflater, spacing);
    }
    if (inflater.state() != GzipInflater::State::Finished) {
        built.error = inflater.error();
        return built;
    }
    index.finish(inflater.produced());
    built.checkpoints = std::move(index);
    return built;
}

void GzipCheckpoints::offer(const GzipInflater& inflater, std::uint64_t spacing)
{
    if (!m_points.empty() && !(inflater.state() == GzipInflater::State::Running &&
                               inflater.produced() >= m_points.back().output + spacing))
        return;
    m_points.push_back(inflater.checkpoint());
    InflateCheckpoint& point = m_points.back();
    std::string packed = packDecoder(point.decoder);
    m_unpackedSizes.push_back(packed.empty() ? 0 : static_cast<std::uint32_t>(point.decoder.size()));
    if (!packed.empty())
        point.decoder = std::move(packed);
}

InflateCheckpoint GzipCheckpoints::before(std::uint64_t offset) const
{
    const auto after =
        std::upper_bound(m_points.begin(), m_points.end(), offset,
                         [](std::uint64_t o, const InflateCheckpoint& p) { return o < p.output; });
    const auto index = static_cast<std::size_t>(after - m_points.begin()) - 1; // the first is at 0
    const InflateCheckpoint& kept = m_points[index];
    InflateCheckpoint point{kept.input, kept.output, kept.betweenMembers, {}};
    // A state that no longer inflates is left empty: the inflater rejects it as corrupt.
    point.decoder =
        m_unpackedSizes[index] != 0 ? unpackDecoder(kept.decoder, m_unpackedSizes[index]) : kept.decoder;
    return point;
}

std::unique_ptr<Stream> GzipCheckpoints::openText(const StreamOpener& compressed, std::uint64_t offset) const
{
    const InflateCheckpoint from = before(offset);
    return std::make_unique<ResumedTextStream>(compressed(from.input), from, offset - from.output);
}

std::optional<std::string> GzipCheckpoints::read(const StreamOpener& compressed, std::uint64_t offset,
                                                 std::size_t length) const
{
    std::string text;
    if (offset >= m_textSize || length == 0)
        return text;
    length = static_cast<std::size_t>(std::min<std::uint64_t>(length, m_textSize - offset));
    text.reserve(length);
    const std::unique_ptr<Stream> stream = openText(compressed, offset);
    while (text.size() < length) {
        const std::string_view chunk = stream->next();
        if (chunk.empty())
            break;
        text.append(chunk.substr(0, length - text.size()));
    }
    if (text.size() < length)
        return std::nullopt;
    return text;
}

std::size_t GzipCheckpoints::bytes() const
{
    std::size_t total = 0;
    for (const InflateCheckpoint& point : m_points)
        total += sizeof(point) + sizeof(std::uint32_t) + point.decoder.capacity();
    return total;
}

} // namespace rs::bundleio
