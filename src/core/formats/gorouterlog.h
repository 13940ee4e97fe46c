#pragma once

#include "core/formats/skipreason.h"
#include "core/util/types.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace rs {

// gorouter.log / gorouter.stdout.log (FORMATS.md §2): JSON lines of every era, with or without
// the pre-BPM ctl prefix "[2018-07-05 17:59:10+0000] ".

enum class LogLevel : std::uint8_t { Debug, Info, Warn, Error, Fatal, Unknown };
std::string_view logLevelId(LogLevel level); // "debug", "info", "warn", "error", "fatal", "unknown"

enum class JsonLogEra : std::uint8_t { Gosteno, LagerEpoch, LagerRfc3339, Zap };

enum class RouterMessage : std::uint8_t {
    Other,
    BackendEndpointFailed,
    EndpointFailed,
    Backend,
    SelectEndpointFailed,
    BackendRequestTimeout,
    TooManyResponseHeaders,
    GatewayErrorContextCancelled,
    RouteServiceConnectionFailed,
    RouteServiceResponse,
    PruneFailedEndpoint,
    EndpointMarkedIneligible,
    EndpointRegistered,
    EndpointUnregistered,
    EndpointNotUnregistered,
    RouteRegistered,
    RouteUnregistered,
    PrunedRoute,
    UnregisterRoute,
    Status,
    ConnectionLimitReached,
    DeprecatedSemicolonParams,
    NatsDisconnected,
    NatsReconnected,
    PanicCheck,
    RequestHandler,
    Lifecycle, // starting, started, stopping, exited, drain
};

// Stable snake-case ids ("backend_endpoint_failed"), used in exports and tests.
std::string_view routerMessageId(RouterMessage message);
// The message an action names ("backend-endpoint-failed" → BackendEndpointFailed).
RouterMessage routerMessageFromAction(std::string_view action);

struct RouterEvent {
    TimeNs time = kNoTime;
    TimeNs prefixTime = kNoTime; // the ctl prefix, when the line has one
    LogLevel level = LogLevel::Unknown;
    JsonLogEra era = JsonLogEra::Zap;
    RouterMessage message = RouterMessage::Other;
    std::string_view action; // bare action, lager session path stripped ("backend-endpoint-failed")
    std::string_view source;
    std::string_view error;
    std::string_view vcapRequestId;
    std::string_view uri;
    std::string_view backend;
    std::string_view endpointAddr;      // route-endpoint.Addr
    std::string_view applicationId;     // route-endpoint.ApplicationId or data.application_id
    std::string_view processInstanceId; // route-endpoint.Tags.process_instance_id
    std::string_view instanceIndex;     // route-endpoint.Tags.instance_id (an index, despite the name)
    std::string_view privateInstanceId; // endpoint-registered data.instance_id
    std::string_view serverCertDomainSan;
    std::string_view host;       // Host / host (request handler, select-endpoint-failed, nats)
    std::string_view path;       // lager-era request handler Path
    std::string_view remoteAddr; // lager-era RemoteAddr; nats "addr"
    std::string_view body;       // status body; panic-check stacktrace; unregister-route message
    std::string_view routeServiceUrl;
    std::string_view isolationSegment;
    std::string_view protocol;
    std::string_view localAddress;
    int attempt = -1;
    int numEndpoints = -1;
    int statusCode = -1;
    std::int64_t modificationIndex = -1;
    Tri retriable = Tri::Unknown;
    Tri gotConnection = Tri::Unknown;
    Tri wroteHeaders = Tri::Unknown;
    Tri connReused = Tri::Unknown;
    Tri isTls = Tri::Unknown;
    DurationNs dnsTime = kNoDuration;
    DurationNs dialTime = kNoDuration;
    DurationNs tlsTime = kNoDuration;
    std::vector<std::string_view> prunedEndpoints; // pruned-route "endpoints"
};

// One parser per thread; it owns the buffers every view in a RouterEvent points into.
class GorouterLogParser {
public:
    GorouterLogParser();
    ~GorouterLogParser();
    GorouterLogParser(GorouterLogParser&&) noexcept;
    GorouterLogParser& operator=(GorouterLogParser&&) noexcept;
    GorouterLogParser(const GorouterLogParser&) = delete;
    GorouterLogParser& operator=(const GorouterLogParser&) = delete;

    // `line` without its newline. Returns nullopt when `out` holds a record. Views stay valid
    // until the next parse() call. Levels are read by era: lager 0 debug, 1 info, 2 error,
    // 3 fatal; zap 0 debug, 1 info, 2 warn, 3 error, 4-6 fatal; gosteno strings.
    std::optional<SkipReason> parse(std::string_view line, RouterEvent& out);

    // Cheap check for kind detection: zap key order (log_level, timestamp, message, source),
    // or lager/gosteno with a gorouter source ("vcap.gorouter…", "gorouter.stdout", "router.…"),
    // with or without ctl prefix.
    static bool looksLikeGorouterLine(std::string_view line);

    // The ctl prefix and the JSON timestamp come from the same clock; a larger gap than this
    // means a line assembled by hand (documentation), not one Gorouter wrote.
    static constexpr DurationNs kMaxPrefixSkew = 5LL * 60 * 1'000'000'000;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace rs
