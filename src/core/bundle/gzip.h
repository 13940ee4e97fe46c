#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

struct InflateResult {
    std::vector<char> bytes;
    bool ok = true;         // false on corruption, truncation, limit or cancellation
    bool truncated = false; // input ended inside a member: `bytes` is the inflated prefix
    bool limitHit = false;  // output would exceed maxBytes: `bytes` holds the first maxBytes
    bool cancelled = false;
    std::uint64_t trailingGarbage = 0; // bytes after the last member that are not gzip (ignored)
    std::string error;
};

// Inflates a whole, possibly multi-member, gzip buffer with ISA-L. On corruption or truncation returns
// what was inflated and sets `error`. Trailing zero padding is ignored; other trailing bytes are
// ignored too but counted (ok stays true, error describes them).
InflateResult inflateGzip(std::string_view compressed, std::uint64_t maxBytes,
                          const std::atomic<bool>* cancel = nullptr);

// Gzip magic with the deflate method.
bool isGzip(std::string_view bytes);

} // namespace rs
