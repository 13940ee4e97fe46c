#pragma once

#include "core/formats/skipreason.h"
#include "core/util/types.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace rs {

// The load balancers in front of Gorouter whose request logs RouteScope reads
// (docs/LOADBALANCERS.md). Stable ids: "haproxy", "aws_alb", "aws_elb", "gcp_http", "azure_appgw".
enum class LbKind : std::uint8_t { HaProxy, AwsAlb, AwsElb, GcpHttp, AzureAppGw };
inline constexpr std::size_t kLbKindCount = 5;
std::string_view lbKindId(LbKind kind);

// No status from the target: the LB logged "-" (or nothing), it never got a response.
inline constexpr int kNoTargetStatus = -1;

// One request as a load balancer logged it. Views point into the line or into the parser's
// scratch buffers and stay valid until the parser's next parse().
struct LbRecord {
    LbKind kind = LbKind::HaProxy;
    TimeNs start = kNoTime;             // when the LB received the request (accept/creation time)
    DurationNs total = kNoDuration;     // from start until the LB finished its response
    DurationNs request = kNoDuration;   // receiving the request (and queueing) before it was sent on
    DurationNs connect = kNoDuration;   // connecting to the target; kNoDuration when never connected
    DurationNs response = kNoDuration;  // the target's time until its response (headers); none if never
    int status = 0;                     // what the LB sent to the client; 0: none ("-", 000)
    int targetStatus = kNoTargetStatus; // what the target answered
    std::string_view client;            // client ip:port as the LB saw it
    std::string_view target;            // target ip:port (a router), or a server name; empty: none chosen
    std::string_view method, host, url; // url: path and query as sent to the target
    std::string_view termination;       // HAProxy termination state, ALB error_reason, GCP statusDetails,
                                        // Azure error info; empty when the LB logged none
    std::string_view amznTraceId;       // X-Amzn-Trace-Id ("Root=1-…") the LB added or forwarded
    std::string_view requestId;         // X-Request-Id / HAProxy unique-id / Azure transaction id
    std::string_view traceparent;       // W3C traceparent, or GCP's trace id
    std::string_view forwardedFor;      // first hop of X-Forwarded-For when the LB logged it
    std::string_view lbName;            // HAProxy frontend, ELB name, GCP forwarding rule, App Gateway
    std::int64_t bytesIn = -1, bytesOut = -1;
};

// Reads every load-balancer format of docs/LOADBALANCERS.md. Payloads are lines after unwrap()
// (syslog headers stripped). One parser per thread.
class LbLogParser {
public:
    LbLogParser();
    ~LbLogParser();
    LbLogParser(const LbLogParser&) = delete;
    LbLogParser& operator=(const LbLogParser&) = delete;

    std::optional<SkipReason> parse(std::string_view payload, LbRecord& out);

    // Detection: the kind of LB log this payload is, by its shape; nullopt for anything else.
    // Strict enough that lines of other programs (Gorouter, Diego, syslog) never pass.
    static std::optional<LbKind> detect(std::string_view payload);

private:
    struct Json;
    std::unique_ptr<Json> m_json;
    std::string m_scratch;
};

// Per format, for the parser and its tests and fuzz targets.
namespace lb {
bool looksLikeHaProxy(std::string_view payload);
std::optional<SkipReason> parseHaProxy(std::string_view payload, LbRecord& out);
bool looksLikeAlb(std::string_view payload);
bool looksLikeElb(std::string_view payload);
// `scratch` holds unescaped values.
std::optional<SkipReason> parseAws(std::string_view payload, LbRecord& out);
bool looksLikeGcp(std::string_view payload);
bool looksLikeAzure(std::string_view payload);

// "METHOD URL PROTO" as LBs log the request line; an absolute URL is split into host and path.
// False when it has no method and URL.
bool splitRequestLine(std::string_view line, LbRecord& out);
// The first address of an X-Forwarded-For list, trimmed.
std::string_view firstHop(std::string_view forwardedFor);
} // namespace lb

} // namespace rs
