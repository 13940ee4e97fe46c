#pragma once

#include "options.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace rs::gen {

// DESIGN.md §5 error classes; ids() are the stable strings.
enum class Cls : std::uint8_t {
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
    Count
};
inline constexpr int kClassCount = static_cast<int>(Cls::Count);

std::string_view classId(Cls cls);
std::string_view classSource(Cls cls);

// What one attempt at an endpoint ran into.
enum class AttemptErr : std::uint8_t {
    None,
    DialRefused,
    DialTimeout,
    NonTls,
    HostMismatch,
    Untrusted,
    RemoteBadCert,
    RemoteHandshake,
    HandshakeTimeout,
    Expired,
    ConnReset,
    EofIdempotent,
    Eof,
    Incomplete,
    Timeout,
    Cancel,
    Malformed,
};

struct ErrInfo {
    Cls cls;
    std::uint16_t status;
    bool retriable;
    bool prunable; // TLS endpoints are removed from the pool
    bool failable; // otherwise marked ineligible for a while
    bool gotConnection;
    bool wroteHeaders;
};
const ErrInfo& errInfo(AttemptErr err);

// Everything an error text can mention.
struct ErrContext {
    Era era = Era::Current;
    std::string_view backend;       // ip:port
    std::string_view routerAddr;    // gorouter's ip:port of the connection
    std::string_view expectedName;  // the SAN gorouter verifies against
    std::string_view presentedName; // the SAN the listener's certificate has
    TimeNs now = 0;
    TimeNs notAfter = 0;
    int contentLength = 0;
};
// The Go error text gorouter logs for the attempt.
std::string errorText(AttemptErr err, const ErrContext& ctx);

// Router-generated x_cf_routererror values that are not endpoint failures.
std::string_view statusBody(std::uint16_t status);

} // namespace rs::gen
