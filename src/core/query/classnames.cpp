#include "core/query/classnames.h"

#include <algorithm>
#include <cctype>

namespace rs::query {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

template <std::size_t N>
std::optional<std::uint8_t> lookup(const std::array<std::string_view, N>& ids, std::string_view id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (equalsIgnoreCase(ids[i], id))
            return static_cast<std::uint8_t>(i);
    }
    return std::nullopt;
}

} // namespace

std::optional<std::uint8_t> classValue(std::string_view id)
{
    return lookup(kErrorClassIds, id);
}

std::optional<std::uint8_t> sourceValue(std::string_view id)
{
    return lookup(kSourceIds, id);
}

std::optional<std::uint8_t> lbKindValue(std::string_view id)
{
    static constexpr std::pair<std::string_view, LbKind> kShort[] = {{"alb", LbKind::AwsAlb},
                                                                     {"elb", LbKind::AwsElb},
                                                                     {"gcp", LbKind::GcpHttp},
                                                                     {"azure", LbKind::AzureAppGw}};
    for (const auto& [name, kind] : kShort) {
        if (equalsIgnoreCase(name, id))
            return static_cast<std::uint8_t>(kind);
    }
    return lookup(kLbKindIds, id);
}

} // namespace rs::query
