#include "gorouterlog.h"

#include "ids.h"

namespace rs::gen {

void GorouterLogWriter::begin(TimeNs t, int level, std::string_view message, std::string_view source)
{
    m_buf.clear();
    if (m_w.era == Era::Pre2019)
        m_time.ctlPrefix(m_buf, t);
    m_buf.put("{\"log_level\":");
    m_buf.putUint(static_cast<std::uint64_t>(level));
    m_buf.put(",\"timestamp\":");
    if (m_w.era == Era::Pre2019) {
        m_time.epochShortest(m_buf, t);
    } else {
        m_buf.put('"');
        m_time.iso9Z(m_buf, t);
        m_buf.put('"');
    }
    m_buf.put(",\"message\":\"");
    m_buf.put(message);
    m_buf.put("\",\"source\":\"");
    m_buf.put(source);
    m_buf.put("\",\"data\":{");
}

std::string GorouterLogWriter::end()
{
    m_buf.put("}}\n");
    return std::string(m_buf.view());
}

void GorouterLogWriter::routeEndpointObject(const EpLog& ep)
{
    m_buf.put("\"route-endpoint\":{\"ApplicationId\":\"");
    m_buf.put(ep.appGuid);
    m_buf.put("\",\"Addr\":\"");
    m_buf.putAddr(ep.ip, ep.port);
    m_buf.put("\",\"Tags\":");
    m_buf.put(ep.tags.empty() ? std::string_view("null") : ep.tags);
    m_buf.put(",\"RouteServiceUrl\":");
    m_buf.putJson(ep.routeServiceUrl);
    if (m_w.era == Era::Current) {
        m_buf.put(",\"AZ\":");
        m_buf.putJson(ep.az);
    }
    m_buf.put('}');
}

void GorouterLogWriter::vcapId(const std::uint8_t* vid)
{
    char id[36];
    formatUuid(vid, id);
    m_buf.put('"');
    m_buf.put(std::string_view(id, 36));
    m_buf.put('"');
}

std::string GorouterLogWriter::backendEndpointFailed(TimeNs t, const EpLog& ep, std::string_view error,
                                                     int attempt, const std::uint8_t* vid, bool retriable,
                                                     int numEndpoints, bool gotConnection, bool wroteHeaders,
                                                     bool connReused, TimeNs dial, TimeNs tls)
{
    begin(t, 3, "backend-endpoint-failed", "vcap.gorouter");
    routeEndpointObject(ep);
    m_buf.put(",\"error\":");
    m_buf.putJson(error);
    if (m_w.era != Era::Pre2019) {
        // rr 0.180 added the attempt number, 0.183 the request id.
        m_buf.put(",\"attempt\":");
        m_buf.putUint(static_cast<std::uint64_t>(attempt));
        m_buf.put(",\"vcap_request_id\":");
        vcapId(vid);
    }
    if (m_w.era == Era::Current) {
        m_buf.put(retriable ? std::string_view(",\"retriable\":true")
                            : std::string_view(",\"retriable\":false"));
        m_buf.put(",\"num-endpoints\":");
        m_buf.putUint(static_cast<std::uint64_t>(numEndpoints));
        m_buf.put(gotConnection ? std::string_view(",\"got-connection\":true")
                                : std::string_view(",\"got-connection\":false"));
        m_buf.put(wroteHeaders ? std::string_view(",\"wrote-headers\":true")
                               : std::string_view(",\"wrote-headers\":false"));
        m_buf.put(connReused ? std::string_view(",\"conn-reused\":true")
                             : std::string_view(",\"conn-reused\":false"));
        m_buf.put(",\"dns-lookup-time\":0,\"dial-time\":");
        m_buf.putShortest(dial > 0 ? static_cast<double>(dial) / 1e9 : 0.0);
        m_buf.put(",\"tls-handshake-time\":");
        m_buf.putShortest(tls > 0 ? static_cast<double>(tls) / 1e9 : 0.0);
    }
    return end();
}

std::string GorouterLogWriter::endpointFailed(TimeNs t, const EpLog& ep, std::string_view error)
{
    begin(t, 3, "endpoint-failed", "vcap.gorouter");
    routeEndpointObject(ep);
    m_buf.put(",\"error\":");
    m_buf.putJson(error);
    return end();
}

std::string GorouterLogWriter::routeEndpoint(TimeNs t, std::string_view message, const EpLog& ep)
{
    begin(t, 3, message, "vcap.gorouter.registry");
    routeEndpointObject(ep);
    return end();
}

std::string GorouterLogWriter::endpointRegistration(TimeNs t, bool registered, std::string_view uri,
                                                    const EpLog& ep)
{
    begin(t, 1, registered ? "endpoint-registered" : "endpoint-unregistered", "vcap.gorouter.registry");
    m_buf.put("\"uri\":");
    m_buf.putJson(uri);
    if (m_w.era == Era::Current && !ep.routeServiceUrl.empty()) {
        m_buf.put(",\"route_service_url\":");
        m_buf.putJson(ep.routeServiceUrl);
    }
    m_buf.put(",\"backend\":\"");
    m_buf.putAddr(ep.ip, ep.port);
    m_buf.put('"');
    if (m_w.era == Era::Current) {
        m_buf.put(",\"application_id\":");
        m_buf.putJson(ep.appGuid);
        m_buf.put(",\"instance_id\":");
        m_buf.putJson(ep.instanceGuid);
        m_buf.put(",\"server_cert_domain_san\":");
        m_buf.putJson(ep.san);
        m_buf.put(",\"protocol\":\"http1\"");
    }
    m_buf.put(",\"modification_tag\":{\"guid\":\"\",\"index\":0},\"isolation_segment\":\"-\",\"isTLS\":");
    m_buf.put(ep.tls ? std::string_view("true") : std::string_view("false"));
    return end();
}

std::string GorouterLogWriter::routeEvent(TimeNs t, std::string_view message, std::string_view uri)
{
    begin(t, 1, message, "vcap.gorouter.registry");
    m_buf.put("\"uri\":");
    m_buf.putJson(uri);
    return end();
}

std::string GorouterLogWriter::prunedRoute(TimeNs t, std::string_view uri,
                                           const std::vector<std::string>& addresses)
{
    begin(t, 1, "pruned-route", "vcap.gorouter.registry");
    m_buf.put("\"uri\":");
    m_buf.putJson(uri);
    m_buf.put(",\"endpoints\":[");
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        if (i)
            m_buf.put(',');
        m_buf.putJson(addresses[i]);
    }
    m_buf.put("],\"isolation_segment\":\"-\"");
    return end();
}

std::string GorouterLogWriter::requestTimeout(TimeNs t, const std::uint8_t* vid)
{
    begin(t, 3, "backend-request-timeout", "vcap.gorouter");
    m_buf.put("\"error\":\"context deadline exceeded\",\"vcap_request_id\":");
    vcapId(vid);
    return end();
}

std::string GorouterLogWriter::status(TimeNs t, std::string_view body)
{
    begin(t, 1, "status", m_w.era == Era::Pre2019 ? "vcap.gorouter.proxy" : "vcap.gorouter");
    m_buf.put("\"body\":");
    m_buf.putJson(body);
    return end();
}

std::string GorouterLogWriter::panicCheck(TimeNs t, std::string_view host)
{
    begin(t, 3, "panic-check", "vcap.gorouter");
    m_buf.put("\"host\":");
    m_buf.putJson(host);
    m_buf.put(
        ",\"error\":\"runtime error: invalid memory address or nil pointer dereference\",\"stacktrace\":");
    m_buf.putJson(
        "goroutine 48213 [running]:\n"
        "runtime/debug.Stack()\n"
        "\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e\n"
        "code.cloudfoundry.org/gorouter/handlers.(*panicCheck).ServeHTTP.func1()\n"
        "\t/var/vcap/data/compile/gorouter/gorouter/handlers/paniccheck.go:38 +0xa5\n"
        "panic({0x1224e60?, 0x1f4c7b0?})\n"
        "\t/usr/local/go/src/runtime/panic.go:785 +0x132\n"
        "code.cloudfoundry.org/gorouter/proxy.(*proxy).ServeHTTP(0xc0001c2000, {0x16a3f90, 0xc00b2e41c0}, "
        "0xc00a1f6a00)\n"
        "\t/var/vcap/data/compile/gorouter/gorouter/proxy/proxy.go:301 +0x7c4\n");
    return end();
}

std::string GorouterLogWriter::signatureFailed(TimeNs t)
{
    begin(t, 3, "signature-validation-failed", "vcap.gorouter");
    m_buf.put("\"error\":\"cipher: message authentication failed\"");
    return end();
}

std::string GorouterLogWriter::plain(TimeNs t, int level, std::string_view message, std::string_view source,
                                     std::string_view dataJson)
{
    begin(t, level, message, source);
    m_buf.put(dataJson);
    return end();
}

std::string GorouterLogWriter::stderrLine(TimeNs t, std::string_view text)
{
    m_buf.clear();
    if (m_w.era == Era::Pre2019)
        m_time.ctlPrefix(m_buf, t);
    m_time.goLog(m_buf, t);
    m_buf.put(' ');
    m_buf.put(text);
    m_buf.put('\n');
    return std::string(m_buf.view());
}

} // namespace rs::gen
