#include "outcome.h"

#include "textbuf.h"

#include <array>

namespace rs::gen {

std::string_view classId(Cls cls)
{
    static constexpr std::array<std::string_view, kClassCount> ids = {
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
    return ids[static_cast<std::size_t>(cls)];
}

std::string_view classSource(Cls cls)
{
    switch (cls) {
    case Cls::Ok:
    case Cls::Recovered:
        return "none";
    case Cls::AppResponse:
    case Cls::ConnectionReset:
    case Cls::BackendEof:
    case Cls::BackendTimeout:
        return "app";
    case Cls::Dial:
    case Cls::IncompleteRequest:
    case Cls::EndpointFailureOther:
    case Cls::UnknownRoute:
    case Cls::NoEndpoints:
    case Cls::ConnectionLimit:
        return "app_or_platform";
    case Cls::ClientCancelled:
        return "client_or_app";
    case Cls::EmptyHost:
    case Cls::InvalidInstanceHeader:
    case Cls::RequestTooLarge:
        return "client";
    case Cls::TlsToNonTlsBackend:
    case Cls::HostnameMismatch:
    case Cls::UntrustedCert:
    case Cls::RemoteRejectedCert:
    case Cls::RemoteHandshakeFailure:
    case Cls::HandshakeTimeout:
    case Cls::ExpiredCert:
    case Cls::RouteService:
    case Cls::RouterPanic:
        return "platform";
    case Cls::Count:
        break;
    }
    return "none";
}

const ErrInfo& errInfo(AttemptErr err)
{
    // Gorouter's classifiers (FORMATS.md §2.4): retriable, prunable (TLS), failable.
    static const std::array<ErrInfo, 17> table = {{
        {Cls::Ok, 200, false, false, false, true, true},
        {Cls::Dial, 502, true, true, true, false, false},
        {Cls::Dial, 502, true, true, true, false, false},
        {Cls::TlsToNonTlsBackend, 525, true, true, true, false, false},
        {Cls::HostnameMismatch, 503, true, true, true, false, false},
        {Cls::UntrustedCert, 526, true, true, true, false, false},
        {Cls::RemoteRejectedCert, 496, true, true, true, false, false},
        {Cls::RemoteHandshakeFailure, 525, true, true, true, false, false},
        {Cls::HandshakeTimeout, 502, true, true, true, false, false},
        {Cls::ExpiredCert, 502, true, true, true, false, false},
        {Cls::ConnectionReset, 502, false, false, true, true, true},
        {Cls::BackendEof, 502, true, false, false, true, true},
        {Cls::BackendEof, 502, false, false, false, true, true},
        {Cls::IncompleteRequest, 502, true, false, false, true, false},
        {Cls::BackendTimeout, 502, false, false, false, true, true},
        {Cls::ClientCancelled, 499, false, false, false, true, true},
        {Cls::EndpointFailureOther, 502, false, false, false, true, true},
    }};
    return table[static_cast<std::size_t>(err)];
}

std::string errorText(AttemptErr err, const ErrContext& c)
{
    const bool pre = c.era == Era::Pre2019;
    // Go 1.20 wrapped certificate verification errors; older gorouters show the bare x509 text.
    const std::string verify = c.era == Era::Current ? "tls: failed to verify certificate: " : "";
    std::string s;
    switch (err) {
    case AttemptErr::None:
        break;
    case AttemptErr::DialRefused:
        s = "dial tcp " + std::string(c.backend) +
            (pre ? ": getsockopt: connection refused" : ": connect: connection refused");
        break;
    case AttemptErr::DialTimeout:
        s = "dial tcp " + std::string(c.backend) + ": i/o timeout";
        break;
    case AttemptErr::NonTls:
        s = "tls: first record does not look like a TLS handshake";
        break;
    case AttemptErr::HostMismatch:
        s = verify + "x509: certificate is valid for " + std::string(c.presentedName) + ", not " +
            std::string(c.expectedName);
        break;
    case AttemptErr::Untrusted:
        s = verify + "x509: certificate signed by unknown authority";
        break;
    case AttemptErr::RemoteBadCert:
        s = "remote error: tls: bad certificate";
        break;
    case AttemptErr::RemoteHandshake:
        s = "remote error: tls: handshake failure";
        break;
    case AttemptErr::HandshakeTimeout:
        s = "net/http: TLS handshake timeout";
        break;
    case AttemptErr::Expired: {
        OutBuf b(128);
        TimeText tt;
        b.put("x509: certificate has expired or is not yet valid: current time ");
        tt.isoSecondsZ(b, c.now);
        b.put(" is after ");
        tt.isoSecondsZ(b, c.notAfter);
        s = verify + std::string(b.view());
        break;
    }
    case AttemptErr::ConnReset:
        s = "read tcp " + std::string(c.routerAddr) + "->" + std::string(c.backend) +
            ": read: connection reset by peer";
        break;
    case AttemptErr::EofIdempotent:
        s = "EOF (via idempotent request)";
        break;
    case AttemptErr::Eof:
        s = "EOF";
        break;
    case AttemptErr::Incomplete:
        s = "incomplete request (http: ContentLength=" + std::to_string(c.contentLength) +
            " with Body length 0)";
        break;
    case AttemptErr::Timeout:
        s = "context deadline exceeded";
        break;
    case AttemptErr::Cancel:
        s = "context canceled";
        break;
    case AttemptErr::Malformed:
        // The Go error quotes the bytes it got with %q, so the text itself holds backslashes.
        s = "net/http: HTTP/1.x transport connection broken: malformed HTTP response "
            "\"\\x00\\x00\\x12\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x03\\x00\\x00\\x00d\"";
        break;
    }
    return s;
}

std::string_view statusBody(std::uint16_t status)
{
    switch (status) {
    case 496:
        return "496 SSL Certificate Required: ";
    case 502:
        return "502 Bad Gateway: Registered endpoint failed to handle the request.";
    case 503:
        return "503 Service Unavailable: ";
    case 525:
        return "525 SSL Handshake Failed: ";
    case 526:
        return "526 Invalid SSL Certificate: ";
    default:
        return {};
    }
}

} // namespace rs::gen
