#pragma once

#include <cstdint>
#include <string_view>

namespace rs {

// What a file (or, in mixed captures, a single line) holds. Detected from content, never
// from the file name (FORMATS.md §0).
enum class FileKind : std::uint8_t {
    Unknown,        // nothing we read; listed in the import report as ignored
    AccessLog,      // Gorouter access.log, bare or wrapped (cf logs, syslog, bosh logs -f)
    GorouterLog,    // gorouter.log / gorouter.stdout.log JSON lines, every era
    GorouterStderr, // gorouter.err.log / gorouter.stderr.log: Go `log` lines
    RouteDump,      // retrieve-local-routes JSON (one line, pretty, or a bosh ssh capture)
    ActualLrps,     // cfdot actual-lrps (NDJSON or pretty)
    LagerLog,       // Diego and other lager logs: rep, garden, bbs, route_emitter, tcp_router…
    LbLog,          // load-balancer request logs: HAProxy, AWS ALB/ELB, GCP, Azure App Gateway
    AppLog,         // what apps wrote through Loggregator: cf logs / drain lines of [APP/...] sources
};

// Stable identifiers used in JSON output, CSV and tests; never translated.
constexpr std::string_view fileKindId(FileKind kind)
{
    switch (kind) {
    case FileKind::Unknown:
        return "unknown";
    case FileKind::AccessLog:
        return "access_log";
    case FileKind::GorouterLog:
        return "gorouter_log";
    case FileKind::GorouterStderr:
        return "gorouter_stderr";
    case FileKind::RouteDump:
        return "route_dump";
    case FileKind::ActualLrps:
        return "actual_lrps";
    case FileKind::LagerLog:
        return "lager_log";
    case FileKind::LbLog:
        return "lb_log";
    case FileKind::AppLog:
        return "app_log";
    }
    return "unknown";
}

} // namespace rs
