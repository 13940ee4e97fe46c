#include "core/diagnosis/errorclass.h"

#include <array>

namespace rs {

namespace {

constexpr std::array<std::string_view, kErrorClassCount> kClassIds = {
    "ok",
    "recovered",
    "app_response",
    "dial",
    "tls_to_non_tls_backend",
    "hostname_mismatch",
    "untrusted_cert",
    "remote_rejected_cert",
    "remote_handshake_failure",
    "handshake_timeout",
    "expired_cert",
    "connection_reset",
    "backend_eof",
    "incomplete_request",
    "backend_timeout",
    "client_cancelled",
    "endpoint_failure_other",
    "unknown_route",
    "no_endpoints",
    "empty_host",
    "invalid_instance_header",
    "connection_limit",
    "route_service",
    "request_too_large",
    "router_panic",
};

constexpr std::array<std::string_view, kSourceCount> kSourceIds = {
    "none", "client", "client_or_app", "app", "app_or_platform", "platform", "infrastructure",
};

bool contains(std::string_view text, std::string_view what)
{
    return text.find(what) != std::string_view::npos;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The text inside "<prefix>(…)" when `text` is that wrapper, else empty.
std::string_view wrapped(std::string_view text, std::string_view prefix)
{
    if (!text.starts_with(prefix) || !text.ends_with(')'))
        return {};
    return text.substr(prefix.size(), text.size() - prefix.size() - 1);
}

// Classes decided by the innermost Go error, wrappers already removed. Gorouter's classifiers
// look through the whole chain, so plain substring checks in the right order agree with them.
ErrorClass classifyCause(std::string_view e)
{
    if (contains(e, "context canceled"))
        return ErrorClass::ClientCancelled;
    if (e.starts_with("dial tcp") || e.starts_with("dial udp") ||
        contains(e, "getsockopt: connection refused") || contains(e, "connect: connection refused") ||
        contains(e, "connect: no route to host") || contains(e, "connect: network is unreachable"))
        return ErrorClass::Dial;
    if (contains(e, "first record does not look like a TLS handshake"))
        return ErrorClass::TlsToNonTlsBackend;
    if (contains(e, "TLS handshake timeout"))
        return ErrorClass::HandshakeTimeout;
    if (contains(e, "remote error: tls: handshake failure"))
        return ErrorClass::RemoteHandshakeFailure;
    if (contains(e, "remote error: tls: bad certificate") ||
        contains(e, "remote error: tls: unknown certificate authority") ||
        contains(e, "remote error: tls: certificate required"))
        return ErrorClass::RemoteRejectedCert;
    // "x509: " and the older "x509:" without the space: match what follows it.
    if (contains(e, "certificate has expired or is not yet valid"))
        return ErrorClass::ExpiredCert;
    if (contains(e, "certificate is valid for") || contains(e, "certificate is not valid for any names") ||
        contains(e, "cannot validate certificate for"))
        return ErrorClass::HostnameMismatch;
    if (contains(e, "certificate signed by unknown authority") ||
        contains(e, "tls: failed to verify certificate"))
        return ErrorClass::UntrustedCert;
    if (contains(e, "connection reset by peer"))
        return ErrorClass::ConnectionReset;
    if (e == "EOF" || e == "unexpected EOF" || e.ends_with(": EOF") || e.ends_with(": unexpected EOF"))
        return ErrorClass::BackendEof;
    if (contains(e, "context deadline exceeded") || contains(e, "timeout awaiting response headers") ||
        contains(e, "Client.Timeout exceeded"))
        return ErrorClass::BackendTimeout;
    return ErrorClass::EndpointFailureOther;
}

} // namespace

std::string_view errorClassId(ErrorClass cls)
{
    const auto i = static_cast<std::size_t>(cls);
    return i < kClassIds.size() ? kClassIds[i] : std::string_view("endpoint_failure_other");
}

std::optional<ErrorClass> errorClassFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kClassIds.size(); ++i)
        if (kClassIds[i] == id)
            return static_cast<ErrorClass>(i);
    return std::nullopt;
}

std::string_view sourceId(Source source)
{
    const auto i = static_cast<std::size_t>(source);
    return i < kSourceIds.size() ? kSourceIds[i] : std::string_view("none");
}

std::optional<Source> sourceFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kSourceIds.size(); ++i)
        if (kSourceIds[i] == id)
            return static_cast<Source>(i);
    return std::nullopt;
}

Source sourceOf(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::Ok:
    case ErrorClass::Recovered:
        return Source::None;
    case ErrorClass::AppResponse:
    case ErrorClass::ConnectionReset:
    case ErrorClass::BackendEof:
    case ErrorClass::BackendTimeout:
        return Source::App;
    case ErrorClass::Dial:
    case ErrorClass::IncompleteRequest:
    case ErrorClass::EndpointFailureOther:
    case ErrorClass::UnknownRoute:
    case ErrorClass::NoEndpoints:
    case ErrorClass::ConnectionLimit:
        return Source::AppOrPlatform;
    case ErrorClass::ClientCancelled:
        return Source::ClientOrApp;
    case ErrorClass::EmptyHost:
    case ErrorClass::InvalidInstanceHeader:
    case ErrorClass::RequestTooLarge:
        return Source::Client;
    case ErrorClass::TlsToNonTlsBackend:
    case ErrorClass::HostnameMismatch:
    case ErrorClass::UntrustedCert:
    case ErrorClass::RemoteRejectedCert:
    case ErrorClass::RemoteHandshakeFailure:
    case ErrorClass::HandshakeTimeout:
    case ErrorClass::ExpiredCert:
    case ErrorClass::RouteService:
    case ErrorClass::RouterPanic:
        return Source::Platform;
    }
    return Source::None;
}

bool isEndpointFailure(ErrorClass cls)
{
    return cls >= ErrorClass::Dial && cls <= ErrorClass::EndpointFailureOther;
}

bool isRetriable(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::Dial:
    case ErrorClass::TlsToNonTlsBackend:
    case ErrorClass::HostnameMismatch:
    case ErrorClass::UntrustedCert:
    case ErrorClass::RemoteRejectedCert:
    case ErrorClass::RemoteHandshakeFailure:
    case ErrorClass::HandshakeTimeout:
    case ErrorClass::ExpiredCert:
    case ErrorClass::IncompleteRequest:
        return true;
    default:
        return false;
    }
}

ErrorClass classifyErrorText(std::string_view error)
{
    std::string_view e = trim(error);
    // Gorouter's outermost wrapper decides the response: a cancelled client gets 499 whatever
    // the attempt ran into.
    if (e.starts_with("context canceled"))
        return ErrorClass::ClientCancelled;
    if (e.starts_with("EOF (via idempotent request)"))
        return ErrorClass::BackendEof;
    if (const std::string_view inner = wrapped(e, "incomplete request ("); !inner.empty()) {
        // The wrapper only says the request was not fully sent; a platform-side cause (dial,
        // TLS) or a cancelled client inside it is the more useful answer.
        const ErrorClass cause = classifyCause(inner);
        if (cause == ErrorClass::ClientCancelled || isRetriable(cause))
            return cause;
        return ErrorClass::IncompleteRequest;
    }
    if (e.starts_with("incomplete request"))
        return ErrorClass::IncompleteRequest;
    return classifyCause(e);
}

std::optional<ErrorClass> classifyRouterError(std::string_view value)
{
    value = trim(value);
    // rr 0.229+ adds this marker next to another value; alone it says nothing about the outcome.
    constexpr std::string_view kSemicolon = "deprecated-semicolon-params";
    if (const auto pos = value.find(kSemicolon); pos != std::string_view::npos) {
        std::string_view rest = trim(value.substr(0, pos));
        if (rest.empty())
            rest = value.substr(pos + kSemicolon.size());
        while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ' || rest.front() == ';'))
            rest.remove_prefix(1);
        while (!rest.empty() && (rest.back() == ',' || rest.back() == ' ' || rest.back() == ';'))
            rest.remove_suffix(1);
        value = rest;
    }
    if (value.empty() || value == "-")
        return std::nullopt;
    if (value.starts_with("endpoint_failure")) {
        const std::string_view inner = trim(value.substr(16));
        if (inner.size() < 2 || inner.front() != '(' || inner.back() != ')')
            return std::nullopt; // bare: the joined attempts decide
        return classifyErrorText(inner.substr(1, inner.size() - 2));
    }
    if (value == "unknown_route")
        return ErrorClass::UnknownRoute;
    if (value == "no_endpoints")
        return ErrorClass::NoEndpoints;
    if (value == "empty_host")
        return ErrorClass::EmptyHost;
    if (value == "invalid_cf_app_instance_header" || value == "invalid_cf_process_instance_header")
        return ErrorClass::InvalidInstanceHeader;
    if (value == "Connection Limit Reached")
        return ErrorClass::ConnectionLimit;
    if (value == "route_service_unsupported" || value == "expired_route_service_signature" ||
        value == "invalid_route_service_signature" || value.starts_with("route_service"))
        return ErrorClass::RouteService;
    if (value == "max-request-size-exceeded")
        return ErrorClass::RequestTooLarge;
    if (value == "unknown_failure")
        return ErrorClass::RouterPanic;
    return std::nullopt;
}

} // namespace rs
