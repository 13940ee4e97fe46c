#include "core/bundle/rotation.h"

#include <algorithm>
#include <numeric>

namespace rs {
namespace {

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "20231005", "2023100513", "20231005-1696464000": a plausible calendar date first.
bool parseDateSuffix(std::string_view s, std::uint64_t* key)
{
    if (s.size() < 8 || !allDigits(s.substr(0, 8)))
        return false;
    const int year = std::stoi(std::string(s.substr(0, 4)));
    const int month = std::stoi(std::string(s.substr(4, 2)));
    const int day = std::stoi(std::string(s.substr(6, 2)));
    if (year < 1990 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    std::string_view rest = s.substr(8);
    if (!rest.empty() && rest.front() == '-')
        rest.remove_prefix(1);
    if (!rest.empty() && (!allDigits(rest) || rest.size() > 10))
        return false;
    std::uint64_t value = 0;
    for (const char c : s.substr(0, 8))
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    for (const char c : rest)
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    *key = value;
    return true;
}

} // namespace

RotationInfo rotationOf(std::string_view path)
{
    RotationInfo info;
    const std::size_t slash = path.rfind('/');
    const std::size_t nameStart = slash == std::string_view::npos ? 0 : slash + 1;
    std::string_view name = path.substr(nameStart);
    if (endsWith(name, ".gz") && name.size() > 3)
        name.remove_suffix(3);

    const std::size_t dot = name.rfind('.');
    const std::size_t dash = name.rfind('-');
    std::uint64_t dateKey = 0;
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < name.size() && name.size() - dot - 1 <= 6 &&
        allDigits(name.substr(dot + 1)) && !(name[dot - 1] >= '0' && name[dot - 1] <= '9')) {
        // "x.log.3" rotates; "release-1.2.3" is a version (a digit before the dot).
        info.generation = std::stoi(std::string(name.substr(dot + 1)));
        name = name.substr(0, dot);
    } else if (dash != std::string_view::npos && dash > 0) {
        // The date may itself contain a dash ("-20231005-1696464000"): try both dashes.
        std::size_t start = dash;
        if (!parseDateSuffix(name.substr(start + 1), &dateKey)) {
            const std::size_t earlier = dash > 0 ? name.rfind('-', dash - 1) : std::string_view::npos;
            start = earlier;
            if (earlier == std::string_view::npos || earlier == 0 ||
                !parseDateSuffix(name.substr(earlier + 1), &dateKey))
                start = std::string_view::npos;
        }
        if (start != std::string_view::npos) {
            info.generation = 1;
            info.dateKey = dateKey;
            name = name.substr(0, start);
        }
    }
    info.logicalPath = std::string(path.substr(0, nameStart)) + std::string(name);
    return info;
}

std::vector<std::size_t> rotationOrder(const std::vector<std::string>& paths)
{
    std::vector<RotationInfo> infos;
    infos.reserve(paths.size());
    for (const std::string& path : paths)
        infos.push_back(rotationOf(path));
    std::vector<std::size_t> order(paths.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const RotationInfo& x = infos[a];
        const RotationInfo& y = infos[b];
        if (x.logicalPath != y.logicalPath)
            return x.logicalPath < y.logicalPath;
        // Live last; otherwise highest generation (oldest) first, then oldest date first.
        const bool xLive = x.generation == 0;
        const bool yLive = y.generation == 0;
        if (xLive != yLive)
            return yLive;
        if (x.generation != y.generation)
            return x.generation > y.generation;
        return x.dateKey < y.dateKey;
    });
    return order;
}

} // namespace rs
