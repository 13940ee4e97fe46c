#include "core/bundle/identity.h"

#include "core/util/textshape.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace rs {
namespace {

bool allDigits(std::string_view s, std::size_t maxLength = 64)
{
    return !s.empty() && s.size() <= maxLength && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

// BOSH instance group names: letters, digits, '-' and '_', starting with a letter.
bool isGroupName(std::string_view s)
{
    if (s.empty() || s.size() > 128 || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    });
}

std::string normalise(std::string_view group)
{
    std::string out(group);
    for (char& c : out)
        c = c == '_' ? '-' : asciiLower(c);
    return out;
}

std::string_view stripArchiveExtension(std::string_view s)
{
    for (const std::string_view ext : {std::string_view(".tgz"), std::string_view(".tar.gz"),
                                       std::string_view(".tar"), std::string_view(".zip")}) {
        if (s.size() > ext.size() && s.substr(s.size() - ext.size()) == ext)
            return s.substr(0, s.size() - ext.size());
    }
    return s;
}

struct Match {
    std::string group;
    std::string id;
};

// GROUP.UUID, optionally followed by ".anything" (timestamp, extension).
std::optional<Match> matchGroupDotUuid(std::string_view c)
{
    const std::size_t dot = c.find('.');
    if (dot == std::string_view::npos || !isGroupName(c.substr(0, dot)) || !isUuidAt(c, dot + 1))
        return std::nullopt;
    const std::size_t end = dot + 1 + kUuidLength;
    if (end != c.size() && c[end] != '.')
        return std::nullopt;
    return Match{std::string(c.substr(0, dot)), std::string(c.substr(dot + 1, kUuidLength))};
}

// YYYY-MM-DD-HH-MM-SS, the collection time `bosh logs` puts into a VM tarball's name.
bool isTarballStamp(std::string_view s)
{
    if (s.size() != 19)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i == 4 || i == 7 || i == 10 || i == 13 || i == 16 ? s[i] != '-' : !isAsciiDigit(s[i]))
            return false;
    return true;
}

// GROUP.ID.YYYY-MM-DD-HH-MM-SS[.ext] with an id that is no uuid ("router.r1.…", "router.0.…"):
// the collection time says it is a VM tarball all the same, so the logs and the dumps inside
// it share the VM's identity.
std::optional<Match> matchGroupDotIdStamp(std::string_view c)
{
    const std::string_view s = stripArchiveExtension(c);
    const std::size_t first = s.find('.');
    const std::size_t last = s.rfind('.');
    if (first == std::string_view::npos || last == first || !isTarballStamp(s.substr(last + 1)))
        return std::nullopt;
    const std::string_view group = s.substr(0, first);
    const std::string_view id = s.substr(first + 1, last - first - 1);
    if (!isGroupName(group) || id.empty() || id.size() > 64 ||
        !std::all_of(id.begin(), id.end(), [](char ch) {
            return isAsciiDigit(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' ||
                   ch == '_';
        }))
        return std::nullopt;
    return Match{std::string(group), std::string(id)};
}

// DEP.GROUP.ID-YYYYMMDD-HHMMSS-nnnnnnnnn, parsed from the end because DEP is free-form.
std::optional<Match> matchBoshLogsName(std::string_view c)
{
    std::string_view s = stripArchiveExtension(c);
    std::array<std::string_view, 3> stamp;
    for (int i = 2; i >= 0; --i) {
        const std::size_t dash = s.rfind('-');
        if (dash == std::string_view::npos)
            return std::nullopt;
        stamp[static_cast<std::size_t>(i)] = s.substr(dash + 1);
        s = s.substr(0, dash);
    }
    if (stamp[0].size() != 8 || !allDigits(stamp[0]) || stamp[1].size() != 6 || !allDigits(stamp[1]) ||
        !allDigits(stamp[2]))
        return std::nullopt;
    std::string_view id;
    if (s.size() > kUuidLength && isUuidAt(s, s.size() - kUuidLength)) {
        id = s.substr(s.size() - kUuidLength);
    } else {
        std::size_t start = s.size();
        while (start > 0 && isAsciiDigit(s[start - 1]))
            --start;
        id = s.substr(start);
        if (!allDigits(id, 6))
            return std::nullopt;
    }
    s.remove_suffix(id.size());
    if (s.empty() || s.back() != '.')
        return std::nullopt;
    s.remove_suffix(1);
    const std::size_t dot = s.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || !isGroupName(s.substr(dot + 1)))
        return std::nullopt;
    return Match{std::string(s.substr(dot + 1)), std::string(id)};
}

// router-UUID.json, router_0_routes.json, tcp-router-1-routes.json: GROUP, a separator, the id, then a
// separator or the end. The group may itself contain separators, so every split is tried.
std::optional<Match> matchFileName(std::string_view name)
{
    for (std::size_t sep = name.find_first_of("-_"); sep != std::string_view::npos;
         sep = name.find_first_of("-_", sep + 1)) {
        const std::string_view group = name.substr(0, sep);
        if (!isGroupName(group) || roleOfGroup(group) == IdentityRole::Unknown)
            continue;
        const std::size_t at = sep + 1;
        std::size_t end = 0;
        if (isUuidAt(name, at)) {
            end = at + kUuidLength;
        } else {
            end = at;
            while (end < name.size() && isAsciiDigit(name[end]))
                ++end;
            if (end == at || end - at > 6)
                continue;
        }
        if (end == name.size() || name[end] == '-' || name[end] == '_' || name[end] == '.')
            return Match{std::string(group), std::string(name.substr(at, end - at))};
    }
    return std::nullopt;
}

// GROUP/UUID (any group-like name) or GROUP/INDEX (known groups only: "logs/2023" is not a VM).
std::optional<Match> matchPair(std::string_view group, std::string_view id)
{
    if (!isGroupName(group))
        return std::nullopt;
    if (id.size() == kUuidLength && isUuidAt(id))
        return Match{std::string(group), std::string(id)};
    if (allDigits(id, 6) && roleOfGroup(group) != IdentityRole::Unknown)
        return Match{std::string(group), std::string(id)};
    return std::nullopt;
}

std::vector<std::string_view> splitPath(std::string_view path)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos)
            slash = path.size();
        if (slash > start)
            parts.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    return parts;
}

} // namespace

IdentityRole roleOfGroup(std::string_view group)
{
    const std::string name = normalise(group);
    // Job names that contain a group keyword but are never instance groups.
    if (name == "gorouter")
        return IdentityRole::Unknown;
    if (name.find("router") != std::string::npos)
        return IdentityRole::Router;
    if (name.find("cell") != std::string::npos || name.rfind("compute", 0) == 0)
        return IdentityRole::Cell;
    static constexpr std::array<std::string_view, 36> kOther = {"api",
                                                                "uaa",
                                                                "scheduler",
                                                                "database",
                                                                "diego-api",
                                                                "diego-brain",
                                                                "diego-database",
                                                                "control",
                                                                "nats",
                                                                "doppler",
                                                                "log-api",
                                                                "log-cache",
                                                                "credhub",
                                                                "singleton-blobstore",
                                                                "blobstore",
                                                                "cc-worker",
                                                                "cloud-controller",
                                                                "cloud-controller-worker",
                                                                "clock-global",
                                                                "mysql",
                                                                "mysql-proxy",
                                                                "mysql-monitor",
                                                                "adapter",
                                                                "syslog-adapter",
                                                                "syslog-scheduler",
                                                                "loggregator-trafficcontroller",
                                                                "backup-restore",
                                                                "ha-proxy",
                                                                "haproxy",
                                                                "nfs-server",
                                                                "tcp-emitter",
                                                                "istio-control",
                                                                "rotate-cc-database-key",
                                                                "smoke-tests",
                                                                "bosh",
                                                                "credhub-db"};
    if (std::find(kOther.begin(), kOther.end(), name) != kOther.end())
        return IdentityRole::Other;
    return IdentityRole::Unknown;
}

Identity identityFromPath(std::string_view logicalPath)
{
    const std::vector<std::string_view> parts = splitPath(logicalPath);
    for (std::size_t i = parts.size(); i-- > 0;) {
        const std::string_view part = parts[i];
        std::optional<Match> match;
        if (i + 1 == parts.size())
            match = matchFileName(part);
        if (!match)
            match = matchBoshLogsName(part);
        if (!match)
            match = matchGroupDotUuid(part);
        if (!match)
            match = matchGroupDotIdStamp(part);
        if (!match && i > 0)
            match = matchPair(parts[i - 1], part);
        if (match) {
            Identity identity;
            identity.role = roleOfGroup(match->group);
            identity.display = match->group + '/' + match->id;
            identity.group = std::move(match->group);
            identity.id = std::move(match->id);
            identity.fromPath = true;
            return identity;
        }
    }
    Identity identity;
    identity.display = std::string(logicalPath);
    return identity;
}

} // namespace rs
