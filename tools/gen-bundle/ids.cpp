#include "ids.h"

#include <cstring>

namespace rs::gen {

namespace {
constexpr char kHex[] = "0123456789abcdef";

void randomBytes(Rng& rng, std::uint8_t* out, std::size_t n)
{
    for (std::size_t i = 0; i < n; i += 8) {
        std::uint64_t v = rng.next();
        for (std::size_t k = i; k < n && k < i + 8; ++k, v >>= 8)
            out[k] = static_cast<std::uint8_t>(v);
    }
}
} // namespace

void formatUuid(const std::uint8_t* bytes, char out[36])
{
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = kHex[bytes[i] >> 4];
        out[o++] = kHex[bytes[i] & 15];
    }
}

std::string hexOf(const std::uint8_t* bytes, std::size_t n)
{
    std::string out;
    out.reserve(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 15];
    }
    return out;
}

std::uint64_t requestHash(const std::array<std::uint8_t, 16>& vid, std::uint64_t salt)
{
    std::uint64_t a = 0, b = 0;
    std::memcpy(&a, vid.data(), 8);
    std::memcpy(&b, vid.data() + 8, 8);
    return splitmix64(a ^ splitmix64(b ^ salt));
}

std::string uuidV4(Rng& rng)
{
    std::uint8_t b[16];
    randomBytes(rng, b, 16);
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
    char text[36];
    formatUuid(b, text);
    return std::string(text, 36);
}

std::string diegoGuid(Rng& rng)
{
    std::uint8_t b[16];
    randomBytes(rng, b, 16);
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
    char text[36];
    formatUuid(b, text);
    return std::string(text, 28);
}

std::array<std::uint8_t, 16> requestIdBytes(Rng& rng)
{
    std::array<std::uint8_t, 16> b{};
    const std::uint64_t hi = rng.next();
    const std::uint64_t lo = rng.next();
    for (int i = 0; i < 8; ++i) {
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(hi >> (8 * i));
        b[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(lo >> (8 * i));
    }
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
    return b;
}

} // namespace rs::gen
