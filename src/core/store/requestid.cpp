#include "core/store/requestid.h"

#include <array>

namespace rs {
namespace {

// Lower-case hex digits only: upper case is not canonical, so such ids stay text (lossless).
constexpr auto kHexDigit = [] {
    std::array<std::int8_t, 256> table{};
    table.fill(-1);
    for (int c = '0'; c <= '9'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'a' + 10);
    return table;
}();

// Reads `count` hex digits starting at text[pos] into `word`; false on a non-digit.
bool readHex(std::string_view text, std::size_t pos, std::size_t count, std::uint64_t& word)
{
    int bad = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const int v = kHexDigit[static_cast<unsigned char>(text[i])];
        bad |= v;
        word = (word << 4) | static_cast<std::uint64_t>(v & 0xF);
    }
    return bad >= 0;
}

bool parseCanonicalUuid(std::string_view text, RequestId& out)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return false;
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;
    if (!readHex(text, 0, 8, hi) || !readHex(text, 9, 4, hi) || !readHex(text, 14, 4, hi) ||
        !readHex(text, 19, 4, lo) || !readHex(text, 24, 12, lo))
        return false;
    if (hi == RequestId::kTextMarker || (hi == 0 && lo == 0))
        return false;
    out.hi = hi;
    out.lo = lo;
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
