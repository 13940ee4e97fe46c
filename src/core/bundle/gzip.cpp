#include "core/bundle/gzip.h"

#include "core/bundle/gzipinflater.h"

#include <algorithm>

namespace rs {
namespace {

constexpr std::size_t kStep = 4u << 20; // cancellation is checked this often

} // namespace

bool isGzip(std::string_view bytes)
{
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b && bytes[2] == 8;
}

InflateResult inflateGzip(std::string_view compressed, std::uint64_t maxBytes,
                          const std::atomic<bool>* cancel)
{
    InflateResult result;
    bundleio::MemoryStream input(compressed);
    bundleio::GzipInflater inflater(input);
    std::vector<char>& out = result.bytes;
    std::size_t size = 0;
    const std::uint64_t hint = bundleio::gzipSizeHint(compressed);
    out.resize(static_cast<std::size_t>(std::max<std::uint64_t>(hint <= maxBytes ? hint + 1 : 0, 64 * 1024)));
    for (;;) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            result.ok = false;
            result.error = "cancelled";
            break;
        }
        if (size == out.size())
            out.resize(out.size() * 2);
        // One byte past the limit tells "exactly maxBytes" from "more".
        const std::uint64_t allowed = maxBytes - std::min<std::uint64_t>(size, maxBytes) + 1;
        const std::size_t room =
            static_cast<std::size_t>(std::min<std::uint64_t>({out.size() - size, kStep, allowed}));
        const std::size_t made = inflater.read(out.data() + size, room);
        size += made;
        if (size > maxBytes) {
            size = static_cast<std::size_t>(maxBytes);
            result.limitHit = true;
            result.ok = false;
            result.error = "inflated size exceeds " + std::to_string(maxBytes) + " bytes";
            break;
        }
        if (made == 0)
            break;
    }
    out.resize(size);
    using State = bundleio::GzipInflater::State;
    if (inflater.state() == State::Truncated || inflater.state() == State::Corrupt) {
        result.ok = false;
        result.truncated = inflater.state() == State::Truncated;
        result.error = inflater.error();
    } else if (inflater.trailingGarbage() > 0 && result.error.empty()) {
        result.trailingGarbage = inflater.trailingGarbage();
        result.error = std::to_string(inflater.trailingGarbage()) + " bytes of trailing garbage ignored";
    }
    return result;
}

} // namespace rs
