#pragma once

#include "core/store/incident.h"

#include <string_view>
#include <vector>

namespace rs {

// Where the time of a route dump or an LRP capture came from, best first (DESIGN.md §4.4).
enum class CaptureSource : std::uint8_t {
    RouterLogEnd, // the last line of the router's own log before the bundle was collected
    BundleName,   // the time `bosh logs` wrote into the VM tarball's or the download's name
    FileTime,     // the file's modification time (archive header or file system)
    IncidentEnd,  // nothing dates it: the end of the incident, when bundles are collected
};
// "router_log_end", "bundle_name", "file_time", "incident_end".
std::string_view captureSourceId(CaptureSource source);

struct CaptureTime {
    TimeNs at = kNoTime;
    CaptureSource source = CaptureSource::IncidentEnd;
};

struct CaptureTimes {
    std::vector<CaptureTime> routes; // parallel to incident.tables.routeSnapshots
    std::vector<CaptureTime> lrps;   // parallel to incident.tables.lrpSnapshots
};

// A capture is taken before the bundle is collected, often long before the files are copied
// somewhere else (which is what a file's mtime tells). So the bundle's own time wins: for a
// router's dump, the last line that router logged up to the bundle's collection; otherwise the
// time in the VM tarball's name (its own, else the bundle's latest); the mtime only when the
// bundle names no time.
CaptureTimes captureTimes(const Incident& incident);

// "router.<uuid>.2026-10-14-09-08-25[.tgz]" or "cf-prod-20261014-090837-003139053.tgz" anywhere
// in `path`: the time `bosh logs` collected it; the latest one when several. kNoTime if none.
TimeNs bundleTimeInPath(std::string_view path);

} // namespace rs
