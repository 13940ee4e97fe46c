#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rs {

// The final outcome of a request (DESIGN.md §5). The ids are stable: the CLI, the exports and
// the tests use them.
enum class ErrorClass : std::uint8_t {
    Ok,
    Recovered,
    AppResponse,
    Dial,
    TlsToNonTlsBackend,
    HostnameMismatch,
    UntrustedCert,
    RemoteRejectedCert,
    RemoteHandshakeFailure,
    HandshakeTimeout,
    ExpiredCert,
    ConnectionReset,
    BackendEof,
    IncompleteRequest,
    BackendTimeout,
    ClientCancelled,
    EndpointFailureOther,
    UnknownRoute,
    NoEndpoints,
    EmptyHost,
    InvalidInstanceHeader,
    ConnectionLimit,
    RouteService,
    RequestTooLarge,
    RouterPanic,
};
inline constexpr std::size_t kErrorClassCount = 25;

// Who most likely has to act. Infrastructure: the load balancer in front of Gorouter answered
// the failure itself (no response from a router), set by the LB join (lbjoin.h), never by a class.
enum class Source : std::uint8_t { None, Client, ClientOrApp, App, AppOrPlatform, Platform, Infrastructure };
inline constexpr std::size_t kSourceCount = 7;

std::string_view errorClassId(ErrorClass cls);
std::optional<ErrorClass> errorClassFromId(std::string_view id);
std::string_view sourceId(Source source);
std::optional<Source> sourceFromId(std::string_view id);
Source sourceOf(ErrorClass cls);

// Whether Gorouter retries another endpoint after an attempt failed this way (FORMATS.md §2.4).
// Only meaningful for endpoint-failure classes.
bool isRetriable(ErrorClass cls);
// Classes that describe a failed attempt at an endpoint (dial … endpoint_failure_other).
bool isEndpointFailure(ErrorClass cls);

// The class of a Go error text as Gorouter logs it: backend-endpoint-failed / endpoint-failed
// "error", the text inside x_cf_routererror "endpoint_failure (<text>)", a stderr proxy error.
// Understands Gorouter's wrappers ("incomplete request (…)", "context canceled (…)",
// "EOF (via idempotent request)"), Go ≥ 1.20's "tls: failed to verify certificate: " prefix and
// older spellings ("getsockopt: connection refused", "x509:certificate …").
// Anything unrecognised is EndpointFailureOther.
ErrorClass classifyErrorText(std::string_view error);

// The class an x_cf_routererror value decides on its own; nullopt when it decides nothing
// ("-", empty, bare "endpoint_failure", "deprecated-semicolon-params" alone, unknown values).
// "endpoint_failure (<text>)" is classified by its text.
std::optional<ErrorClass> classifyRouterError(std::string_view value);

} // namespace rs
