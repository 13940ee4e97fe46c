#include "core/store/requestid.h"

namespace rs {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // upper case is not canonical: keep such ids as text to stay lossless
}

bool parseCanonicalUuid(std::string_view text, RequestId& out)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return false;
    std::uint64_t words[2] = {0, 0};
    int nibble = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const int v = hexValue(text[i]);
        if (v < 0)
            return false;
        auto& word = words[nibble / 16];
        word = (word << 4) | static_cast<std::uint64_t>(v);
        ++nibble;
    }
    if (words[0] == RequestId::kTextMarker || (words[0] == 0 && words[1] == 0))
        return false;
    out.hi = words[0];
    out.lo = words[1];
    return true;
}

} // namespace

RequestId makeRequestId(std::string_view text, StringPool& pool)
{
    RequestId id;
    if (text.empty() || parseCanonicalUuid(text, id))
        return id;
    return {RequestId::kTextMarker, pool.intern(text)};
}

RequestId findRequestId(std::string_view text, const StringPool& pool)
{
    RequestId id;
    if (text.empty() || parseCanonicalUuid(text, id))
        return id;
    const auto textId = pool.find(text);
    return textId == StringPool::kEmpty ? RequestId{} : RequestId{RequestId::kTextMarker, textId};
}

std::string requestIdText(const RequestId& id, const StringPool& pool)
{
    if (id.empty())
        return {};
    if (id.isText())
        return std::string(pool.view(static_cast<StringPool::Id>(id.lo)));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out += '-';
        const std::uint64_t word = i < 16 ? id.hi : id.lo;
        const int shift = 60 - 4 * (i % 16);
        out += kHex[(word >> shift) & 0xF];
    }
    return out;
}

} // namespace rs
