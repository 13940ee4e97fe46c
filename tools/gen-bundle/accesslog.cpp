#include "accesslog.h"

#include "ids.h"
#include "lblogs.h"

namespace rs::gen {

namespace {
constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kProto[] = {"HTTP/1.1", "HTTP/2.0", "HTTP/1.0"};

void putHex64(OutBuf& out, std::uint64_t v)
{
    char* p = out.grab(16);
    for (int i = 15; i >= 0; --i, v >>= 4)
        p[i] = kHex[v & 15];
    out.advance(16);
}
} // namespace

void AccessLogWriter::attemptTime(OutBuf& out, TimeNs value)
{
    if (value < 0)
        out.put("\"-\"");
    else
        out.putFixed6(value);
}

void AccessLogWriter::write(OutBuf& out, const Req& r)
{
    const Era era = m_w.era;
    const TrafficTables& tables = trafficTables();
    if (r.special == Special::EmptyHost) {
        // nothing: the line starts with " - ["
    } else if (r.route >= 0) {
        out.put(m_w.routes[static_cast<std::size_t>(r.route)].host);
    } else if (r.unknownHost >= 0) {
        out.put(m_w.unknownHosts[static_cast<std::size_t>(r.unknownHost)]);
    }
    out.put(" - [");
    if (era == Era::Pre2019)
        m_time.isoMillisOffset(out, r.start);
    else
        m_time.iso9Z(out, r.start);
    out.put("] \"");
    out.put(methodName(r.method));
    out.put(' ');
    const PathTemplate& path = tables.paths[r.path];
    out.put(path.before);
    if (path.arg == 1)
        out.putUint(r.pathArg);
    else if (path.arg == 2)
        out.putHex32(r.pathArg);
    out.put(path.after);
    out.put(' ');
    out.put(kProto[r.proto]);
    out.put("\" ");
    if (r.status == 0)
        out.put("\"-\"");
    else
        out.putUint(r.status);
    out.put(' ');
    out.putUint(r.bytesIn);
    out.put(' ');
    out.putUint(r.bytesOut);
    out.put(' ');
    out.put(tables.refererQuoted[r.referer]);
    out.put(' ');
    out.put(tables.uaQuoted[r.ua]);
    out.put(" \"");
    const std::uint32_t lb = m_w.lbIps[r.lb];
    out.putAddr(lb, r.remotePort);
    out.put("\" ");
    if (r.hasBackend) {
        out.put('"');
        out.putAddr(r.backendIp, r.backendPort);
        out.put('"');
    } else {
        out.put("\"-\"");
    }
    out.put(" x_forwarded_for:\"");
    out.putIp(r.clientIp);
    out.put(", ");
    out.putIp(lb);
    out.put(r.https ? std::string_view("\" x_forwarded_proto:\"https\" vcap_request_id:\"")
                    : std::string_view("\" x_forwarded_proto:\"http\" vcap_request_id:\""));
    char id[36];
    formatUuid(r.vid.data(), id);
    out.put(std::string_view(id, 36));
    out.put("\" response_time:");
    if (era == Era::Pre2019) {
        out.putShortest(static_cast<double>(r.responseTime) / 1e9);
    } else {
        out.putFixed6(r.responseTime);
        out.put(" gorouter_time:");
        out.putFixed6(r.gorouterTime);
    }
    if (r.app >= 0) {
        out.put(" app_id:\"");
        out.put(m_w.apps[static_cast<std::size_t>(r.app)].guid);
        out.put("\" app_index:\"");
        out.putUint(static_cast<std::uint64_t>(r.appIndex));
        out.put('"');
    } else {
        out.put(" app_id:\"-\" app_index:\"-\"");
    }
    if (era == Era::Current) {
        if (r.instance >= 0) {
            out.put(" instance_id:\"");
            out.put(m_w.instances[static_cast<std::size_t>(r.instance)].guid);
            out.put('"');
        } else {
            out.put(" instance_id:\"-\"");
        }
        out.put(" failed_attempts:");
        out.putUint(r.failedAttempts);
        out.put(" failed_attempts_time:");
        attemptTime(out, r.failedAttemptsTime);
        out.put(" dns_time:");
        attemptTime(out, r.dnsTime);
        out.put(" dial_time:");
        attemptTime(out, r.dialTime);
        out.put(" tls_time:");
        attemptTime(out, r.tlsTime);
        out.put(" backend_time:");
        attemptTime(out, r.backendTime);
    }
    if (era != Era::Pre2019) {
        out.put(" x_cf_routererror:");
        if (r.finalErr != AttemptErr::None) {
            if (era == Era::Current)
                out.putGoQuoted("endpoint_failure (" + r.errText + ")");
            else
                out.put("\"endpoint_failure\"");
        } else if (!r.routerError.empty()) {
            out.putGoQuoted(r.routerError);
        } else {
            out.put("\"-\"");
        }
    }
    if (m_w.options.lb != LbMode::None && m_w.options.lbIds) {
        // router.extra_headers_to_log: [X-Amzn-Trace-Id, X-Request-Id], before the tracing headers.
        const bool haproxy = lbKindOf(m_w, r.lb) == LbKindGen::HaProxy;
        out.put(" x_amzn_trace_id:");
        if (haproxy)
            out.put("\"-\"");
        else
            out.putGoQuoted(amznTraceIdOf(r));
        out.put(" x_request_id:");
        if (haproxy)
            out.putGoQuoted(haproxyRequestIdOf(r));
        else
            out.put("\"-\"");
    }
    if (era == Era::Current) {
        // rr v0.269+: the request id's 32 hex digits are the trace id, its last 16 the span.
        out.put(" x_b3_traceid:\"");
        out.putHex(r.vid.data(), 16);
        out.put("\" x_b3_spanid:\"");
        out.putHex(r.vid.data() + 8, 8);
        out.put("\" x_b3_parentspanid:\"-\" b3:\"");
        out.putHex(r.vid.data(), 16);
        out.put('-');
        out.putHex(r.vid.data() + 8, 8);
        out.put("\" traceparent:\"00-");
        out.putHex(r.vid.data(), 16);
        out.put('-');
        out.putHex(r.vid.data() + 8, 8);
        out.put("-01\" tracestate:\"gorouter=");
        out.putHex(r.vid.data() + 8, 8);
        out.put("\"\n");
    } else {
        out.put(" x_b3_traceid:\"");
        putHex64(out, r.trace64);
        out.put("\" x_b3_spanid:\"");
        putHex64(out, r.trace64);
        if (era == Era::NoErrorText) {
            out.put("\" x_b3_parentspanid:\"-\" b3:\"");
            putHex64(out, r.trace64);
            out.put('-');
            putHex64(out, r.trace64);
            out.put("\"\n");
        } else {
            out.put("\" x_b3_parentspanid:\"-\"\n");
        }
    }
}

} // namespace rs::gen
