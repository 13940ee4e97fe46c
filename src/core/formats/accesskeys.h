#pragma once

// The key:value tail of an access-log line: the keys Gorouter writes and how a key is told
// from a value. Inline: looked up for every key of every line.

#include "core/util/bytescan.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rs::access {

enum class Key : std::uint8_t {
    XForwardedFor,
    XForwardedProto,
    VcapRequestId,
    ResponseTime,
    GorouterTime,
    AppTime,
    AppId,
    AppIndex,
    InstanceId,
    FailedAttempts,
    FailedAttemptsTime,
    DnsTime,
    DialTime,
    TlsTime,
    BackendTime,
    LocalAddress,
    RouterError,
    VcapRequest, // 2014 spelling of vcap_request_id
    Index,       // rr 0.137 spelling of app_index
    Unknown,
};

// In the order Gorouter writes them, so the successor of the previous key is tried first.
// Each name carries its ':' so that one comparison also checks the separator.
inline constexpr std::array<std::string_view, 19> kKeyNames = {"x_forwarded_for:",
                                                               "x_forwarded_proto:",
                                                               "vcap_request_id:",
                                                               "response_time:",
                                                               "gorouter_time:",
                                                               "app_time:",
                                                               "app_id:",
                                                               "app_index:",
                                                               "instance_id:",
                                                               "failed_attempts:",
                                                               "failed_attempts_time:",
                                                               "dns_time:",
                                                               "dial_time:",
                                                               "tls_time:",
                                                               "backend_time:",
                                                               "local_address:",
                                                               "x_cf_routererror:",
                                                               "vcap_request:",
                                                               "index:"};

// Keys that only exist since the nanosecond-`Z` timestamp (rr 0.196+).
constexpr std::uint32_t bit(Key k)
{
    return 1u << static_cast<unsigned>(k);
}
inline constexpr std::uint32_t kNanosEraKeys =
    bit(Key::GorouterTime) | bit(Key::AppTime) | bit(Key::RouterError) | bit(Key::InstanceId) |
    bit(Key::FailedAttempts) | bit(Key::FailedAttemptsTime) | bit(Key::DnsTime) | bit(Key::DialTime) |
    bit(Key::TlsTime) | bit(Key::BackendTime) | bit(Key::LocalAddress);

// Where a key must be told from a value (a bare address, a key glued to a quoted value):
// Gorouter writes `[a-z0-9_]`; upper case, '-' and '.' are let through because extra-header
// names come from operator configuration. Keys in the tail itself end at the first ':' and may
// hold any printable ASCII but '"' (findKeyEnd()).
inline constexpr std::array<bool, 256> kKeyChars = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                                             (c >= 'A' && c <= 'Z') || c == '-' || c == '.';
    return table;
}();

inline bool isKeyChar(char c)
{
    return kKeyChars[static_cast<unsigned char>(c)];
}

// A `key:` (Gorouter's key characters, then ':') starts at line[pos].
inline bool keyFollows(std::string_view line, std::size_t pos)
{
    std::size_t k = pos;
    while (k < line.size() && isKeyChar(line[k]))
        ++k;
    return k > pos && k < line.size() && line[k] == ':';
}

// Known keys by length (with their ':'): at most three share one.
inline constexpr std::size_t kMaxKeyLength = 24;
inline constexpr auto kKeysByLength = [] {
    std::array<std::array<std::uint8_t, 3>, kMaxKeyLength> table{};
    for (auto& bucket : table)
        bucket.fill(0xFF);
    for (std::size_t i = 0; i < kKeyNames.size(); ++i) {
        auto& bucket = table[kKeyNames[i].size()];
        std::size_t slot = 0;
        while (bucket[slot] != 0xFF)
            ++slot;
        bucket[slot] = static_cast<std::uint8_t>(i);
    }
    return table;
}();

// `name` includes its ':'.
inline Key lookupKey(std::string_view name, std::size_t& expected)
{
    if (name.size() >= kMaxKeyLength)
        return Key::Unknown;
    for (const std::uint8_t i : kKeysByLength[name.size()]) {
        if (i == 0xFF)
            break;
        if (sameBytes(kKeyNames[i].data(), name.data(), name.size())) {
            expected = i + 1u;
            return static_cast<Key>(i);
        }
    }
    return Key::Unknown;
}

} // namespace rs::access
