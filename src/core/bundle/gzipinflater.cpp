#include "core/bundle/gzipinflater.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <isa-l.h>

namespace rs::bundleio {
namespace {

// ISA-L counts in 32 bits; stay well inside.
constexpr std::size_t kMaxIsalSpan = 1u << 30;

std::string describeIsalError(int code)
{
    switch (code) {
    case ISAL_INVALID_BLOCK:
        return "invalid deflate block";
    case ISAL_INVALID_SYMBOL:
        return "invalid deflate symbol";
    case ISAL_INVALID_LOOKBACK:
        return "invalid deflate distance";
    case ISAL_INVALID_WRAPPER:
        return "invalid gzip header";
    case ISAL_UNSUPPORTED_METHOD:
        return "unsupported gzip compression method";
    case ISAL_INCORRECT_CHECKSUM:
        return "gzip checksum mismatch";
    default:
        return "inflate error " + std::to_string(code);
    }
}

std::uint8_t* isalBytes(const char* data)
{
    // ISA-L takes a non-const input pointer but never writes through it.
    return reinterpret_cast<std::uint8_t*>(const_cast<char*>(data));
}

} // namespace

std::uint64_t gzipSizeHint(std::string_view compressed)
{
    if (compressed.size() < 18)
        return 0;
    const auto* tail = reinterpret_cast<const unsigned char*>(compressed.data() + compressed.size() - 4);
    const std::uint64_t isize = std::uint64_t{tail[0]} | std::uint64_t{tail[1]} << 8 |
                                std::uint64_t{tail[2]} << 16 | std::uint64_t{tail[3]} << 24;
    return isize <= compressed.size() * 1032ull ? isize : 0;
}

GzipInflater::GzipInflater(Stream& input)
    : m_input(input)
    , m_isal(std::make_unique<inflate_state>())
{
    isal_inflate_init(m_isal.get());
    m_isal->crc_flag = ISAL_GZIP;
}

GzipInflater::GzipInflater(Stream& input, const InflateCheckpoint& from)
    : m_input(input)
    , m_isal(std::make_unique<inflate_state>())
    , m_betweenMembers(from.betweenMembers)
    , m_consumed(from.input)
    , m_produced(from.output)
{
    isal_inflate_init(m_isal.get());
    m_isal->crc_flag = ISAL_GZIP;
    if (from.decoder.size() < offsetof(inflate_state, tmp_out_buffer) ||
        from.decoder.size() > sizeof(inflate_state)) {
        fail(State::Corrupt, "invalid inflate checkpoint");
        return;
    }
    std::memcpy(m_isal.get(), from.decoder.data(), from.decoder.size());
    // The pointers named the buffers of the inflate that took the checkpoint.
    m_isal->next_in = nullptr;
    m_isal->avail_in = 0;
    m_isal->next_out = nullptr;
    m_isal->avail_out = 0;
}

GzipInflater::~GzipInflater() = default;

InflateCheckpoint GzipInflater::checkpoint() const
{
    const inflate_state& isal = *m_isal;
    // The output buffer holds the history and any inflated bytes not yet handed out; past
    // tmp_out_valid it is scratch.
    const std::size_t used = offsetof(inflate_state, tmp_out_buffer) +
                             static_cast<std::size_t>(std::clamp<std::int32_t>(isal.tmp_out_valid, 0,
                                                                               sizeof(isal.tmp_out_buffer)));
    InflateCheckpoint point;
    point.input = m_consumed;
    point.output = m_produced;
    point.betweenMembers = m_betweenMembers;
    point.decoder.assign(reinterpret_cast<const char*>(&isal), used);
    return point;
}

bool GzipInflater::refill()
{
    if (m_pending.empty()) {
        if (m_inputEnded)
            return false;
        m_pending = m_input.next();
        if (m_pending.empty()) {
            m_inputEnded = true;
            return false;
        }
    }
    const std::size_t take = std::min(m_pending.size(), kMaxIsalSpan);
    m_isal->next_in = isalBytes(m_pending.data());
    m_isal->avail_in = static_cast<std::uint32_t>(take);
    m_pending.remove_prefix(take);
    return true;
}

void GzipInflater::fail(State state, std::string error)
{
    m_state = state;
    m_error = std::move(error);
}

// Called between members with input available: another member, zero padding, or trailing garbage.
bool GzipInflater::startNextMember()
{
    inflate_state& isal = *m_isal;
    const std::uint8_t* in = isal.next_in;
    if (in[0] == 0x1f && (isal.avail_in == 1 || in[1] == 0x8b)) {
        isal_inflate_reset(&isal);
        isal.crc_flag = ISAL_GZIP;
        m_betweenMembers = false;
        return true;
    }
    const std::uint8_t* nonZero = std::find_if(in, in + isal.avail_in, [](std::uint8_t b) { return b != 0; });
    if (nonZero != in) {
        // Zero padding (block-size writers, libarchive's default) between or after members.
        const auto zeros = static_cast<std::uint32_t>(nonZero - in);
        m_consumed += zeros;
        isal.next_in += zeros;
        isal.avail_in -= zeros;
        return true;
    }
    // Like gzip(1): decompression succeeded, the rest is ignored. Count it so it can be reported.
    m_garbage += isal.avail_in;
    isal.avail_in = 0;
    while (refill()) {
        m_garbage += isal.avail_in;
        isal.avail_in = 0;
    }
    m_state = State::Finished;
    return false;
}

std::size_t GzipInflater::read(char* out, std::size_t capacity)
{
    inflate_state& isal = *m_isal;
    std::size_t written = 0;
    while (written < capacity && m_state == State::Running) {
        if (isal.avail_in == 0 && !refill() && m_betweenMembers) {
            m_state = State::Finished;
            break;
        }
        if (m_betweenMembers) {
            if (!startNextMember())
                break;
            continue;
        }
        const std::size_t room = std::min(capacity - written, kMaxIsalSpan);
        isal.next_out = reinterpret_cast<std::uint8_t*>(out + written);
        isal.avail_out = static_cast<std::uint32_t>(room);
        const std::uint32_t inBefore = isal.avail_in;
        const int ret = isal_inflate(&isal);
        const std::size_t made = room - isal.avail_out;
        written += made;
        m_produced += made;
        m_consumed += inBefore - isal.avail_in;
        if (ret < 0) {
            fail(State::Corrupt, describeIsalError(ret));
            break;
        }
        if (isal.block_state == ISAL_BLOCK_FINISH) {
            m_betweenMembers = true;
            continue;
        }
        if (made == 0 && isal.avail_in == 0 && m_inputEnded) {
            fail(State::Truncated, "gzip data ends before the end of the stream (" +
                                       std::to_string(m_produced) + " bytes inflated)");
            break;
        }
        if (made == 0 && inBefore == isal.avail_in && inBefore != 0) {
            fail(State::Corrupt, "inflate made no progress");
            break;
        }
    }
    return written;
}

} // namespace rs::bundleio
