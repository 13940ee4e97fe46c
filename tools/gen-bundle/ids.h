#pragma once

#include "rng.h"

#include <array>
#include <cstdint>
#include <string>

namespace rs::gen {

// RFC 4122 version-4 UUID (36 chars): app, space, org and BOSH instance ids.
std::string uuidV4(Rng& rng);
// Diego's instance guid: 28 chars, xxxxxxxx-xxxx-4xxx-xxxx-xxxx (a UUID with the tail cut).
std::string diegoGuid(Rng& rng);
// 16 random bytes with the version nibble set, as gorouter's request ids have it; the
// same bytes are the trace id since rr v0.269.
std::array<std::uint8_t, 16> requestIdBytes(Rng& rng);
void formatUuid(const std::uint8_t* bytes, char out[36]);
// Lower-case hex of `n` bytes ("0af7…").
std::string hexOf(const std::uint8_t* bytes, std::size_t n);
// A stable pseudo-random number per request id and purpose (`salt`): the generators' choices
// about one request agree across the files that mention it.
std::uint64_t requestHash(const std::array<std::uint8_t, 16>& vid, std::uint64_t salt);

} // namespace rs::gen
