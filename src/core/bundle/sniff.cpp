#include "core/bundle/sniff.h"

#include "core/bundle/gzip.h"

namespace rs::bundleio {
namespace {

bool startsWith(std::string_view head, std::string_view magic)
{
    return head.substr(0, magic.size()) == magic;
}

// A pre-POSIX (v7) tar header has no magic; its checksum is what libarchive trusts too.
bool tarChecksumValid(std::string_view header)
{
    const std::string_view field = header.substr(148, 8);
    std::uint32_t stored = 0;
    int digits = 0;
    for (const char c : field) {
        if (c >= '0' && c <= '7') {
            stored = stored * 8 + static_cast<std::uint32_t>(c - '0');
            ++digits;
        } else if (c == ' ' || c == '\0') {
            if (digits > 0)
                break;
        } else {
            return false;
        }
    }
    if (digits == 0 || header[0] == '\0')
        return false;
    std::uint32_t unsignedSum = 0;
    std::int32_t signedSum = 0;
    for (std::size_t i = 0; i < 512; ++i) {
        const char c = (i >= 148 && i < 156) ? ' ' : header[i];
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    return stored == unsignedSum || static_cast<std::int32_t>(stored) == signedSum;
}

bool isTar(std::string_view head)
{
    if (head.size() < 512)
        return false;
    return head.substr(257, 5) == "ustar" || tarChecksumValid(head.substr(0, 512));
}

bool isBzip2(std::string_view head)
{
    using namespace std::string_view_literals;
    if (head.size() < 10 || !startsWith(head, "BZh") || head[3] < '1' || head[3] > '9')
        return false;
    const std::string_view block = head.substr(4, 6);
    return block == "\x31\x41\x59\x26\x53\x59"sv || block == "\x17\x72\x45\x38\x50\x90"sv;
}

} // namespace

Container sniffContainer(std::string_view head)
{
    using namespace std::string_view_literals;
    if (isGzip(head))
        return Container::Gzip;
    if (startsWith(head, "PK\x03\x04"sv) || startsWith(head, "PK\x05\x06"sv) ||
        startsWith(head, "PK\x07\x08"sv))
        return Container::Zip;
    if (startsWith(head, "7z\xbc\xaf\x27\x1c"sv))
        return Container::SevenZip;
    if (startsWith(head, "\xfd\x37\x7a\x58\x5a\x00"sv))
        return Container::Xz;
    if (startsWith(head, "\x28\xb5\x2f\xfd"sv))
        return Container::Zstd;
    if (isBzip2(head))
        return Container::Bzip2;
    if (isTar(head))
        return Container::Tar;
    return Container::None;
}

} // namespace rs::bundleio
