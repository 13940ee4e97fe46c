#pragma once

#include "core/formats/gorouterlog.h"
#include "core/formats/skipreason.h"
#include "core/util/types.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace rs {

// Lager JSON lines of Diego and the routing components (rep, garden, bbs, route_emitter,
// tcp_router, routing-api, route_registrar …), epoch or rfc3339 form (FORMATS.md §2.2 d).

struct LagerRecord {
    TimeNs time = kNoTime;
    LogLevel level = LogLevel::Unknown; // lager 0 debug, 1 info, 2 error, 3 fatal, or the name
    std::string_view source;
    std::string_view message; // the full session path, e.g. "rep.executing-container-operation.…"
    std::string_view error;   // data.error
};

enum class ContainerEventKind : std::uint8_t {
    Creating,     // containerstore-create.starting
    Created,      // containerstore-create.complete
    Running,      // bbs-start-actual-lrp: the rep reports the instance RUNNING (routable)
    Healthy,      // transitioned-to-healthy
    Unhealthy,    // transitioned-to-unhealthy
    NeverHealthy, // timed-out-before-healthy
    Exited,       // the app's run step ended: run-step.process-exit
    Crashed,      // run-step-failed-with-nonzero-status-code (rep), crash-actual-lrp (bbs)
    Stopping,     // containerstore-stop.starting
    Destroyed,    // containerstore.destroy.complete
};

// Stable snake-case ids ("never_healthy").
std::string_view containerEventId(ContainerEventKind kind);

struct ContainerEvent {
    TimeNs time = kNoTime;
    ContainerEventKind kind{};
    std::string_view instanceGuid; // ActualLRP instance_guid (= the container guid today)
    std::string_view processGuid;  // when the line names it (lrp-key, actual_lrp_key)
    std::string_view reason;       // "Exit status 137 (out of memory)", a health-check error …
    int exitStatus = -1;
    bool oom = false;
};

// One parser per thread; views stay valid until the next parse() call.
class LagerLogParser {
public:
    LagerLogParser();
    ~LagerLogParser();
    LagerLogParser(LagerLogParser&&) noexcept;
    LagerLogParser& operator=(LagerLogParser&&) noexcept;
    LagerLogParser(const LagerLogParser&) = delete;
    LagerLogParser& operator=(const LagerLogParser&) = delete;

    // Returns nullopt on success. A container-lifecycle message of the rep (FORMATS.md §5.4)
    // or of the BBS that names an instance also fills `container` and sets `isContainerEvent`.
    std::optional<SkipReason> parse(std::string_view line, LagerRecord& out, ContainerEvent& container,
                                    bool& isContainerEvent);

    // Lager key order: {"timestamp":…,"source":…,"message":…,"log_level":…} or
    // {"timestamp":…,"level":…,"source":…,"message":…}, optional ctl prefix. Also true for
    // gorouter's own 2016 lager lines: check GorouterLogParser::looksLikeGorouterLine() first.
    static bool looksLikeLagerLine(std::string_view line);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace rs
