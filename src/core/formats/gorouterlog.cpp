#include "core/formats/gorouterlog.h"

#include "core/formats/jsonline.h"

#include <array>

namespace rs {

namespace {

using json::Value;

struct ActionName {
    std::string_view action;
    RouterMessage message;
};

// Exact spellings from FORMATS.md §2.3; lager-era actions are the same after the session
// path is stripped.
constexpr std::array kActions{
    ActionName{"backend-endpoint-failed", RouterMessage::BackendEndpointFailed},
    ActionName{"endpoint-failed", RouterMessage::EndpointFailed},
    ActionName{"backend", RouterMessage::Backend},
    ActionName{"select-endpoint-failed", RouterMessage::SelectEndpointFailed},
    ActionName{"backend-request-timeout", RouterMessage::BackendRequestTimeout},
    ActionName{"backend-too-many-response-headers", RouterMessage::TooManyResponseHeaders},
    ActionName{"route-service-too-many-response-headers", RouterMessage::TooManyResponseHeaders},
    ActionName{"gateway-error-and-original-request-context-cancelled",
               RouterMessage::GatewayErrorContextCancelled},
    ActionName{"route-service-connection-failed", RouterMessage::RouteServiceConnectionFailed},
    ActionName{"route-service-response", RouterMessage::RouteServiceResponse},
    ActionName{"prune-failed-endpoint", RouterMessage::PruneFailedEndpoint},
    ActionName{"endpoint-marked-as-ineligible", RouterMessage::EndpointMarkedIneligible},
    ActionName{"endpoint-registered", RouterMessage::EndpointRegistered},
    ActionName{"endpoint-unregistered", RouterMessage::EndpointUnregistered},
    ActionName{"endpoint-not-unregistered", RouterMessage::EndpointNotUnregistered},
    ActionName{"route-registered", RouterMessage::RouteRegistered},
    ActionName{"route-unregistered", RouterMessage::RouteUnregistered},
    ActionName{"pruned-route", RouterMessage::PrunedRoute},
    ActionName{"unregister-route", RouterMessage::UnregisterRoute},
    ActionName{"status", RouterMessage::Status},
    ActionName{"connection-limit-reached", RouterMessage::ConnectionLimitReached},
    ActionName{"deprecated-semicolon-params", RouterMessage::DeprecatedSemicolonParams},
    ActionName{"nats-connection-disconnected", RouterMessage::NatsDisconnected},
    ActionName{"nats-connection-still-disconnected", RouterMessage::NatsDisconnected},
    ActionName{"nats-connection-reconnected", RouterMessage::NatsReconnected},
    // The first connection is the same state change for the route table: NATS is usable.
    ActionName{"Successfully-connected-to-nats", RouterMessage::NatsReconnected},
    ActionName{"panic-check", RouterMessage::PanicCheck},
    ActionName{"Request Handler", RouterMessage::RequestHandler},
    ActionName{"starting", RouterMessage::Lifecycle},
    ActionName{"started", RouterMessage::Lifecycle},
    ActionName{"stopping", RouterMessage::Lifecycle},
    ActionName{"exited", RouterMessage::Lifecycle},
    ActionName{"gorouter.started", RouterMessage::Lifecycle},
    ActionName{"gorouter.stopping", RouterMessage::Lifecycle},
    ActionName{"gorouter.exited", RouterMessage::Lifecycle},
    ActionName{"router.drain.timed-out", RouterMessage::Lifecycle},
};

// Field by field rather than `out = RouterEvent{}`: that clears the whole struct with
// `rep stos` (slow to start for a few hundred bytes, measurable at millions of lines per second)
// and would free the endpoints vector, whose capacity parse() keeps to stay allocation-free.
void resetEvent(RouterEvent& out)
{
    out.time = kNoTime;
    out.prefixTime = kNoTime;
    out.level = LogLevel::Unknown;
    out.era = JsonLogEra::Zap;
    out.message = RouterMessage::Other;
    out.action = {};
    out.source = {};
    out.error = {};
    out.vcapRequestId = {};
    out.uri = {};
    out.backend = {};
    out.endpointAddr = {};
    out.applicationId = {};
    out.processInstanceId = {};
    out.instanceIndex = {};
    out.privateInstanceId = {};
    out.serverCertDomainSan = {};
    out.host = {};
    out.path = {};
    out.remoteAddr = {};
    out.body = {};
    out.routeServiceUrl = {};
    out.isolationSegment = {};
    out.protocol = {};
    out.localAddress = {};
    out.attempt = -1;
    out.numEndpoints = -1;
    out.statusCode = -1;
    out.modificationIndex = -1;
    out.retriable = Tri::Unknown;
    out.gotConnection = Tri::Unknown;
    out.wroteHeaders = Tri::Unknown;
    out.connReused = Tri::Unknown;
    out.isTls = Tri::Unknown;
    out.dnsTime = kNoDuration;
    out.dialTime = kNoDuration;
    out.tlsTime = kNoDuration;
    out.prunedEndpoints.clear();
}

bool parseRouteEndpoint(Value& v, RouterEvent& out)
{
    return json::forEachFieldOf(v, [&out](std::string_view key, Value& field) {
        if (json::is(key, "Addr"))
            return json::readText(field, out.endpointAddr);
        if (json::is(key, "ApplicationId"))
            return json::readText(field, out.applicationId);
        if (json::is(key, "RouteServiceUrl"))
            return json::readText(field, out.routeServiceUrl);
        if (key != "Tags")
            return true;
        // Tags is null for components and in older releases.
        return json::forEachFieldOf(
            field,
            [&out](std::string_view tag, Value& tagValue) {
                if (json::is(tag, "process_instance_id"))
                    return json::readText(tagValue, out.processInstanceId);
                if (json::is(tag, "instance_id"))
                    return json::readText(tagValue, out.instanceIndex);
                if (json::is(tag, "app_id") && out.applicationId.empty())
                    return json::readText(tagValue, out.applicationId);
                return true;
            },
            [&out] {
                return !out.processInstanceId.empty() && !out.instanceIndex.empty() &&
                       !out.applicationId.empty();
            });
    });
}

// Route services are logged either as an endpoint object or as their URL.
bool parseRouteServiceEndpoint(Value& v, RouterEvent& out)
{
    if (v.first() == '{')
        return parseRouteEndpoint(v, out);
    return json::readText(v, out.routeServiceUrl);
}

bool parseEndpoints(Value& v, RouterEvent& out)
{
    return json::forEachItemOf(v, [&out](Value& item) {
        std::string_view text;
        if (!json::readText(item, text))
            return false;
        out.prunedEndpoints.push_back(text);
        return true;
    });
}

bool parseModificationTag(Value& v, RouterEvent& out)
{
    return json::forEachFieldOf(v, [&out](std::string_view key, Value& field) {
        if (json::is(key, "index"))
            json::readInt64(field, out.modificationIndex);
        return true;
    });
}

// A field whose value has an unexpected type (a string where a number belongs) keeps the
// field's default; only broken JSON fails the line.
bool parseDataField(std::string_view key, Value& v, RouterEvent& out)
{
    switch (key.size()) {
    case 3:
        if (json::is(key, "uri"))
            return json::readText(v, out.uri);
        break;
    case 4:
        if (json::is(key, "Host") || json::is(key, "host"))
            return json::readText(v, out.host);
        if (json::is(key, "Path"))
            return json::readText(v, out.path);
        if (json::is(key, "body"))
            return json::readText(v, out.body);
        if (json::is(key, "addr"))
            return json::readText(v, out.remoteAddr);
        break;
    case 5:
        if (json::is(key, "error"))
            return json::readText(v, out.error);
        if (json::is(key, "isTLS"))
            json::readTri(v, out.isTls);
        break;
    case 7:
        if (json::is(key, "attempt"))
            json::readInt(v, out.attempt);
        else if (json::is(key, "backend"))
            return json::readText(v, out.backend);
        else if (json::is(key, "message") && out.body.empty())
            return json::readText(v, out.body);
        break;
    case 8:
        if (json::is(key, "protocol"))
            return json::readText(v, out.protocol);
        if (json::is(key, "endpoint"))
            return parseRouteServiceEndpoint(v, out);
        break;
    case 9:
        if (json::is(key, "retriable"))
            json::readTri(v, out.retriable);
        else if (json::is(key, "dial-time"))
            json::readSeconds(v, out.dialTime);
        else if (json::is(key, "endpoints"))
            return parseEndpoints(v, out);
        break;
    case 10:
        if (json::is(key, "RemoteAddr"))
            return json::readText(v, out.remoteAddr);
        if (json::is(key, "stacktrace"))
            return json::readText(v, out.body);
        break;
    case 11:
        if (json::is(key, "conn-reused"))
            json::readTri(v, out.connReused);
        else if (json::is(key, "instance_id"))
            return json::readText(v, out.privateInstanceId);
        else if (json::is(key, "status-code"))
            json::readInt(v, out.statusCode);
        break;
    case 13:
        if (json::is(key, "num-endpoints"))
            json::readInt(v, out.numEndpoints);
        else if (json::is(key, "wrote-headers"))
            json::readTri(v, out.wroteHeaders);
        else if (json::is(key, "local-address"))
            return json::readText(v, out.localAddress);
        break;
    case 14:
        if (json::is(key, "route-endpoint"))
            return parseRouteEndpoint(v, out);
        if (json::is(key, "got-connection"))
            json::readTri(v, out.gotConnection);
        else if (json::is(key, "application_id"))
            return json::readText(v, out.applicationId);
        break;
    case 15:
        if (json::is(key, "vcap_request_id"))
            return json::readText(v, out.vcapRequestId);
        if (json::is(key, "dns-lookup-time"))
            json::readSeconds(v, out.dnsTime);
        break;
    case 16:
        if (json::is(key, "modification_tag"))
            return parseModificationTag(v, out);
        break;
    case 17:
        if (json::is(key, "isolation_segment"))
            return json::readText(v, out.isolationSegment);
        if (json::is(key, "route_service_url"))
            return json::readText(v, out.routeServiceUrl);
        break;
    case 18:
        if (json::is(key, "tls-handshake-time"))
            json::readSeconds(v, out.tlsTime);
        break;
    case 22:
        if (json::is(key, "server_cert_domain_san"))
            return json::readText(v, out.serverCertDomainSan);
        if (json::is(key, "route-service-endpoint"))
            return parseRouteServiceEndpoint(v, out);
        break;
    default:
        break;
    }
    return true;
}

bool parseData(Value& v, RouterEvent& out)
{
    return json::forEachFieldOf(
        v, [&out](std::string_view key, Value& field) { return parseDataField(key, field, out); });
}

} // namespace

std::string_view logLevelId(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warn:
        return "warn";
    case LogLevel::Error:
        return "error";
    case LogLevel::Fatal:
        return "fatal";
    case LogLevel::Unknown:
        break;
    }
    return "unknown";
}

std::string_view routerMessageId(RouterMessage message)
{
    switch (message) {
    case RouterMessage::Other:
        return "other";
    case RouterMessage::BackendEndpointFailed:
        return "backend_endpoint_failed";
    case RouterMessage::EndpointFailed:
        return "endpoint_failed";
    case RouterMessage::Backend:
        return "backend";
    case RouterMessage::SelectEndpointFailed:
        return "select_endpoint_failed";
    case RouterMessage::BackendRequestTimeout:
        return "backend_request_timeout";
    case RouterMessage::TooManyResponseHeaders:
        return "too_many_response_headers";
    case RouterMessage::GatewayErrorContextCancelled:
        return "gateway_error_context_cancelled";
    case RouterMessage::RouteServiceConnectionFailed:
        return "route_service_connection_failed";
    case RouterMessage::RouteServiceResponse:
        return "route_service_response";
    case RouterMessage::PruneFailedEndpoint:
        return "prune_failed_endpoint";
    case RouterMessage::EndpointMarkedIneligible:
        return "endpoint_marked_ineligible";
    case RouterMessage::EndpointRegistered:
        return "endpoint_registered";
    case RouterMessage::EndpointUnregistered:
        return "endpoint_unregistered";
    case RouterMessage::EndpointNotUnregistered:
        return "endpoint_not_unregistered";
    case RouterMessage::RouteRegistered:
        return "route_registered";
    case RouterMessage::RouteUnregistered:
        return "route_unregistered";
    case RouterMessage::PrunedRoute:
        return "pruned_route";
    case RouterMessage::UnregisterRoute:
        return "unregister_route";
    case RouterMessage::Status:
        return "status";
    case RouterMessage::ConnectionLimitReached:
        return "connection_limit_reached";
    case RouterMessage::DeprecatedSemicolonParams:
        return "deprecated_semicolon_params";
    case RouterMessage::NatsDisconnected:
        return "nats_disconnected";
    case RouterMessage::NatsReconnected:
        return "nats_reconnected";
    case RouterMessage::PanicCheck:
        return "panic_check";
    case RouterMessage::RequestHandler:
        return "request_handler";
    case RouterMessage::Lifecycle:
        return "lifecycle";
    }
    return "other";
}

RouterMessage routerMessageFromAction(std::string_view action)
{
    for (const ActionName& entry : kActions) {
        if (entry.action.size() == action.size() && entry.action == action)
            return entry.message;
    }
    // "Draining with 12 outstanding active connections" carries a number in the message.
    if (action.starts_with("Draining ") || action.starts_with("router.drain") ||
        action.starts_with("gorouter.drain"))
        return RouterMessage::Lifecycle;
    return RouterMessage::Other;
}

struct GorouterLogParser::Impl : json::LineState {};

GorouterLogParser::GorouterLogParser()
    : m_impl(std::make_unique<Impl>())
{}

GorouterLogParser::~GorouterLogParser() = default;
GorouterLogParser::GorouterLogParser(GorouterLogParser&&) noexcept = default;
GorouterLogParser& GorouterLogParser::operator=(GorouterLogParser&&) noexcept = default;

std::optional<SkipReason> GorouterLogParser::parse(std::string_view line, RouterEvent& out)
{
    resetEvent(out);
    std::string_view text = line;
    std::string_view rest;
    TimeNs prefixTime = kNoTime;
    if (json::splitCtlPrefix(line, rest, prefixTime)) {
        if (prefixTime == kNoTime)
            return SkipReason::TimestampInvalid;
        out.prefixTime = prefixTime;
        text = rest;
    }
    json::od::document doc;
    json::od::object object;
    if (const auto failure = json::openLine(*m_impl, text, doc, object))
        return failure;

    json::LineHeader header;
    bool levelIsName = false;
    bool hasLagerLevelName = false;
    std::int64_t levelNumber = -1;
    std::string_view levelName;

    const bool walked = json::forEachField(object, [&](std::string_view key, Value& v) {
        if (json::is(key, "data"))
            return parseData(v, out);
        if (const std::optional<bool> read = header.read(key, v))
            return *read;
        if (json::is(key, "log_level")) {
            const char first = v.first();
            if (first == '"') {
                levelIsName = true;
                return json::readText(v, levelName);
            }
            if ((first >= '0' && first <= '9') || first == '-')
                json::readInt64(v, levelNumber);
            return true;
        }
        if (json::is(key, "level") && v.first() == '"') {
            hasLagerLevelName = true;
            return json::readText(v, levelName);
        }
        return true;
    });
    out.source = header.source;
    if (const auto failure = json::closeLine(*m_impl, walked, doc, text, header, out.time))
        return failure;

    if (levelIsName)
        out.era = JsonLogEra::Gosteno;
    else if (hasLagerLevelName)
        out.era = JsonLogEra::LagerRfc3339;
    else if (header.timestampIsString && json::isEpochText(header.timestampText))
        out.era = JsonLogEra::LagerEpoch;
    else
        out.era = JsonLogEra::Zap;

    switch (out.era) {
    case JsonLogEra::Gosteno:
    case JsonLogEra::LagerRfc3339:
        out.level = json::namedLevel(levelName);
        break;
    case JsonLogEra::LagerEpoch:
        out.level = json::lagerLevel(levelNumber);
        break;
    case JsonLogEra::Zap:
        out.level = json::zapLevel(levelNumber);
        break;
    }

    out.action = header.message;
    if (out.era == JsonLogEra::LagerEpoch || out.era == JsonLogEra::LagerRfc3339) {
        // Lager joins "<source>.<session>…<action>" with dots; actions themselves have none.
        std::string_view stripped = header.message;
        if (!out.source.empty() && stripped.size() > out.source.size() && stripped.starts_with(out.source) &&
            stripped[out.source.size()] == '.')
            stripped.remove_prefix(out.source.size() + 1);
        const std::size_t dot = stripped.rfind('.');
        if (dot != std::string_view::npos && dot + 1 < stripped.size())
            stripped.remove_prefix(dot + 1);
        out.action = stripped;
    }
    // The lager-era status message is "gorouter.stdout.status " (trailing space).
    out.action = json::trim(out.action);
    out.message = routerMessageFromAction(out.action);

    if (out.prefixTime != kNoTime) {
        const DurationNs skew = out.time > out.prefixTime ? subClamped(out.time, out.prefixTime)
                                                          : subClamped(out.prefixTime, out.time);
        if (skew > kMaxPrefixSkew)
            return SkipReason::InconsistentFields;
    }
    return std::nullopt;
}

bool GorouterLogParser::looksLikeGorouterLine(std::string_view line)
{
    const std::string_view text = json::withoutCtlPrefix(line);
    constexpr std::string_view kZapStart = R"({"log_level":)";
    constexpr std::string_view kLagerStart = R"({"timestamp":)";
    constexpr std::string_view kSourceKey = R"("source":")";
    if (text.starts_with(kZapStart)) {
        // Zap: numeric level, then timestamp, message and source in that order.
        if (text.size() <= kZapStart.size() || text[kZapStart.size()] < '0' || text[kZapStart.size()] > '9')
            return false;
        const std::size_t ts = text.find(R"(,"timestamp":)", kZapStart.size());
        if (ts == std::string_view::npos || ts > kZapStart.size() + 2)
            return false;
        const std::size_t msg = text.find(R"(,"message":)", ts);
        return msg != std::string_view::npos && text.find(R"(,"source":)", msg) != std::string_view::npos;
    }
    if (!text.starts_with(kLagerStart))
        return false;
    const std::size_t src = text.find(kSourceKey);
    if (src == std::string_view::npos)
        return false;
    const std::size_t begin = src + kSourceKey.size();
    const std::size_t end = text.find('"', begin);
    if (end == std::string_view::npos)
        return false;
    const std::string_view source = text.substr(begin, end - begin);
    // "vcap.gorouter", "gorouter.stdout" (lager); "router.<component>" (gosteno). tcp-router
    // and routing-api also contain "router" but are other components' lager logs.
    return source.find("gorouter") != std::string_view::npos || source == "router" ||
           source.starts_with("router.");
}

} // namespace rs
