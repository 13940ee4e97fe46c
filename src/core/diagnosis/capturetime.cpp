#include "core/diagnosis/capturetime.h"

#include "core/util/timeparse.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace rs {

namespace {

bool digits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s)
{
    int v = 0;
    for (const char c : s)
        v = v * 10 + (c - '0');
    return v;
}

std::string_view withoutArchiveSuffix(std::string_view name)
{
    for (const std::string_view suffix : {".tar.gz", ".tgz", ".tar", ".zip", ".gz"})
        if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
            return name.substr(0, name.size() - suffix.size());
    return name;
}

// "router.<id>.2026-10-14-09-08-25": `bosh logs` names each VM's tarball after the job, the
// instance and the collection time.
TimeNs vmTarballTime(std::string_view name)
{
    constexpr std::size_t kLen = 19; // YYYY-MM-DD-HH-MM-SS
    if (name.size() < kLen + 2 || name[name.size() - kLen - 1] != '.')
        return kNoTime;
    const std::string_view d = name.substr(name.size() - kLen);
    for (const std::size_t dash : {4u, 7u, 10u, 13u, 16u})
        if (d[dash] != '-')
            return kNoTime;
    const std::string_view parts[] = {d.substr(0, 4),  d.substr(5, 2),  d.substr(8, 2),
                                      d.substr(11, 2), d.substr(14, 2), d.substr(17, 2)};
    for (const std::string_view p : parts)
        if (!digits(p))
            return kNoTime;
    return makeTimeUtc(number(parts[0]), number(parts[1]), number(parts[2]), number(parts[3]),
                       number(parts[4]), number(parts[5]), 0);
}

// "cf-prod-20261014-090837-003139053": the download `bosh logs` writes.
TimeNs downloadTime(std::string_view name)
{
    const std::size_t last = name.rfind('-');
    if (last == std::string_view::npos || last < 16 || !digits(name.substr(last + 1)))
        return kNoTime;
    const std::string_view clock = name.substr(last - 6, 6);
    const std::string_view date = name.substr(last - 15, 8);
    if (name[last - 7] != '-' || name[last - 16] != '-' || !digits(clock) || !digits(date))
        return kNoTime;
    return makeTimeUtc(number(date.substr(0, 4)), number(date.substr(4, 2)), number(date.substr(6, 2)),
                       number(clock.substr(0, 2)), number(clock.substr(2, 2)), number(clock.substr(4, 2)), 0);
}

// The last line each identity logged at or before `limit` (kNoTime: no limit).
std::unordered_map<IdentityIndex, TimeNs> lastLines(const Incident& incident, TimeNs limit)
{
    // Per identity in a vector, not a hash map: this looks at every request of the incident.
    const RecordTables& t = incident.tables;
    std::vector<TimeNs> latest(t.identities.size(), kNoTime);
    const auto see = [&](IdentityIndex who, TimeNs at) {
        if (at == kNoTime || (limit != kNoTime && at > limit) || who >= latest.size())
            return;
        latest[who] = latest[who] == kNoTime ? at : std::max(latest[who], at);
    };
    for (std::size_t i = 0; i < t.requests.size(); ++i)
        see(t.requests.identity[i], t.requests.start[i]);
    for (std::size_t i = 0; i < t.events.size(); ++i)
        see(t.events.identity[i], t.events.time[i]);
    for (std::size_t i = 0; i < t.stderrLines.size(); ++i)
        see(t.stderrLines.identity[i], t.stderrLines.time[i]);
    std::unordered_map<IdentityIndex, TimeNs> last;
    for (std::size_t who = 0; who < latest.size(); ++who)
        if (latest[who] != kNoTime)
            last.emplace(static_cast<IdentityIndex>(who), latest[who]);
    return last;
}

} // namespace

std::string_view captureSourceId(CaptureSource source)
{
    switch (source) {
    case CaptureSource::RouterLogEnd:
        return "router_log_end";
    case CaptureSource::BundleName:
        return "bundle_name";
    case CaptureSource::FileTime:
        return "file_time";
    case CaptureSource::IncidentEnd:
        return "incident_end";
    }
    return "incident_end";
}

TimeNs bundleTimeInPath(std::string_view path)
{
    TimeNs best = kNoTime;
    while (!path.empty()) {
        const std::size_t slash = path.find('/');
        const std::string_view part = withoutArchiveSuffix(path.substr(0, slash));
        path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
        TimeNs t = vmTarballTime(part);
        if (t == kNoTime)
            t = downloadTime(part);
        if (t != kNoTime && (best == kNoTime || t > best))
            best = t;
    }
    return best;
}

CaptureTimes captureTimes(const Incident& incident)
{
    TimeNs bundleTime = kNoTime;
    for (const FileReport& f : incident.report.files) {
        const TimeNs t = bundleTimeInPath(f.path);
        if (t != kNoTime && (bundleTime == kNoTime || t > bundleTime))
            bundleTime = t;
    }
    for (const std::string& input : incident.report.inputs) {
        const std::size_t slash = input.rfind('/');
        const TimeNs t = bundleTimeInPath(slash == std::string::npos ? input : input.substr(slash + 1));
        if (t != kNoTime && (bundleTime == kNoTime || t > bundleTime))
            bundleTime = t;
    }
    const auto fileBundleTime = [&](FileIndex file) {
        const TimeNs own = file < incident.report.files.size()
                               ? bundleTimeInPath(incident.report.files[file].path)
                               : kNoTime;
        return own != kNoTime ? own : bundleTime;
    };
    const auto dated = [&](FileIndex file, TimeNs fileTime) {
        if (const TimeNs t = fileBundleTime(file); t != kNoTime)
            return CaptureTime{t, CaptureSource::BundleName};
        if (fileTime != kNoTime)
            return CaptureTime{fileTime, CaptureSource::FileTime};
        return CaptureTime{incident.end, CaptureSource::IncidentEnd};
    };

    CaptureTimes out;
    const auto lastLine = lastLines(incident, bundleTime);
    for (const RouteSnapshot& s : incident.tables.routeSnapshots) {
        const auto it = lastLine.find(s.identity);
        // A file time inside what the router logged is corroborated by the logs: keep it.
        if (it != lastLine.end() && s.takenAt != kNoTime && s.takenAt <= it->second) {
            out.routes.push_back({s.takenAt, CaptureSource::FileTime});
            continue;
        }
        out.routes.push_back(it != lastLine.end() ? CaptureTime{it->second, CaptureSource::RouterLogEnd}
                                                  : dated(s.file, s.takenAt));
    }
    for (const LrpSnapshot& s : incident.tables.lrpSnapshots)
        out.lrps.push_back(dated(s.file, s.takenAt));
    return out;
}

} // namespace rs
