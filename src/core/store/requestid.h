#pragma once

#include "core/util/stringpool.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace rs {

// A vcap_request_id in 16 bytes. Gorouter writes canonical lower-case UUIDs, which pack into
// 128 bits without interning (ids are unique per request, so interning them would cost a
// hash entry per request). Any other text keeps its exact spelling in the string pool and
// is marked by kTextMarker in `hi`.
struct RequestId {
    static constexpr std::uint64_t kTextMarker = ~std::uint64_t{0};
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;

    bool empty() const { return hi == 0 && lo == 0; }
    bool isText() const { return hi == kTextMarker; }
    friend bool operator==(const RequestId&, const RequestId&) = default;
};

RequestId makeRequestId(std::string_view text, StringPool& pool);
// Looks up an id without adding text to the pool; empty when the text was never seen.
RequestId findRequestId(std::string_view text, const StringPool& pool);
std::string requestIdText(const RequestId& id, const StringPool& pool);

struct RequestIdHash {
    std::size_t operator()(const RequestId& id) const noexcept
    {
        return static_cast<std::size_t>(id.hi * 0x9E3779B97F4A7C15ull ^ id.lo);
    }
};

} // namespace rs
