// Google Cloud HTTP(S) load balancer request logs and Azure Application Gateway access logs (JSON,
// one entry per line as exported; docs/LOADBALANCERS.md §4, §5), and the parser that dispatches
// every LB format.
#include "core/formats/lblog.h"
#include "core/formats/lbrecords.h"
#include "core/util/timeparse.h"

#include <charconv>
#include <simdjson.h>

namespace rs {

std::string_view lbKindId(LbKind kind)
{
    switch (kind) {
    case LbKind::HaProxy:
        return "haproxy";
    case LbKind::AwsAlb:
        return "aws_alb";
    case LbKind::AwsElb:
        return "aws_elb";
    case LbKind::GcpHttp:
        return "gcp_http";
    case LbKind::AzureAppGw:
        return "azure_appgw";
    }
    return "haproxy";
}

namespace lb {

bool splitRequestLine(std::string_view line, LbRecord& out)
{
    const auto space = line.find(' ');
    if (space == 0 || space == std::string_view::npos)
        return false;
    out.method = line.substr(0, space);
    std::string_view url = line.substr(space + 1);
    if (const auto protoSpace = url.rfind(" HTTP/"); protoSpace != std::string_view::npos)
        url = url.substr(0, protoSpace);
    else if (url.ends_with(" -"))
        url.remove_suffix(2);
    if (out.method == "-")
        out.method = {};
    // ALB and ELB log absolute URLs ("https://host:443/path"); the target sees the path.
    if (const auto scheme = url.find("://"); scheme != std::string_view::npos && scheme < 8) {
        std::string_view authority = url.substr(scheme + 3);
        const auto pathStart = authority.find('/');
        url = pathStart == std::string_view::npos ? std::string_view("/") : authority.substr(pathStart);
        authority = authority.substr(0, pathStart);
        if (const auto colon = authority.rfind(':');
            colon != std::string_view::npos && authority.find(']') == std::string_view::npos)
            authority = authority.substr(0, colon);
        if (out.host.empty())
            out.host = authority;
    }
    out.url = url == "-" ? std::string_view{} : url;
    return !url.empty();
}

std::string_view firstHop(std::string_view forwardedFor)
{
    const std::string_view hop = forwardedFor.substr(0, forwardedFor.find(','));
    const auto begin = hop.find_first_not_of(' ');
    if (begin == std::string_view::npos)
        return {};
    const auto end = hop.find_last_not_of(' ');
    return hop.substr(begin, end - begin + 1);
}

bool looksLikeGcp(std::string_view payload)
{
    return payload.starts_with('{') && payload.find("\"httpRequest\"") != std::string_view::npos &&
           (payload.find("\"http_load_balancer\"") != std::string_view::npos ||
            payload.find("loadbalancing.type.LoadBalancerLogEntry") != std::string_view::npos);
}

std::vector<std::string_view> azureRecords(std::string_view document)
{
    std::vector<std::string_view> out;
    std::size_t at = document.find_first_not_of(" \t\r\n");
    if (at == std::string_view::npos || document[at] != '{')
        return out;
    at = document.find_first_not_of(" \t\r\n", at + 1);
    if (at == std::string_view::npos || document.compare(at, 9, "\"records\"") != 0)
        return out;
    at = document.find_first_not_of(" \t\r\n", at + 9);
    if (at == std::string_view::npos || document[at] != ':')
        return out;
    at = document.find_first_not_of(" \t\r\n", at + 1);
    if (at == std::string_view::npos || document[at] != '[')
        return out;
    ++at;
    while (at < document.size()) {
        at = document.find_first_not_of(" \t\r\n,", at);
        if (at == std::string_view::npos || document[at] != '{')
            break;
        int depth = 0;
        bool inString = false;
        std::size_t end = at;
        for (; end < document.size(); ++end) {
            const char c = document[end];
            if (inString) {
                if (c == '\\')
                    ++end;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                ++depth;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        if (end >= document.size())
            break;
        out.push_back(document.substr(at, end + 1 - at));
        at = end + 1;
    }
    return out;
}

bool looksLikeAzure(std::string_view payload)
{
    return payload.starts_with('{') && payload.find("\"ApplicationGatewayAccess") != std::string_view::npos &&
           payload.find("\"properties\"") != std::string_view::npos;
}

} // namespace lb

namespace {

using simdjson::dom::element;

std::string_view text(element e, const char* key)
{
    std::string_view v;
    if (e[key].get_string().get(v) != simdjson::SUCCESS)
        return {};
    return v == "-" ? std::string_view{} : v;
}

// Numbers that exports write either as JSON numbers or as strings ("310", 504, "-").
std::optional<double> number(element e, const char* key)
{
    element v;
    if (e[key].get(v) != simdjson::SUCCESS)
        return std::nullopt;
    double d = 0;
    if (v.get_double().get(d) == simdjson::SUCCESS)
        return d;
    std::int64_t i = 0;
    if (v.get_int64().get(i) == simdjson::SUCCESS)
        return static_cast<double>(i);
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS || s.empty() || s == "-")
        return std::nullopt;
    if (std::from_chars(s.data(), s.data() + s.size(), d).ec != std::errc{})
        return std::nullopt;
    return d;
}

// A JSON number is whatever the writer (or an attacker) put there: only values an integer field
// can hold are taken, the rest counts as absent.
std::optional<std::int64_t> integerIn(std::optional<double> d, double lo, double hi)
{
    if (!d || !(*d >= lo && *d <= hi))
        return std::nullopt;
    return static_cast<std::int64_t>(*d);
}

int statusOf(std::optional<double> d, int absent)
{
    const auto v = integerIn(d, 0, 999);
    return v ? static_cast<int>(*v) : absent;
}

std::int64_t byteCount(std::optional<double> d)
{
    return integerIn(d, 0, 9.0e15).value_or(-1);
}

DurationNs secondsToNs(double s)
{
    if (!(s >= 0) || s > 1e7)
        return kNoDuration;
    return static_cast<DurationNs>(s * 1e9 + 0.5);
}

} // namespace

struct LbLogParser::Json {
    simdjson::dom::parser parser;
    simdjson::padded_string buffer;
};

LbLogParser::LbLogParser()
    : m_json(std::make_unique<Json>())
{}

LbLogParser::~LbLogParser() = default;

std::optional<LbKind> LbLogParser::detect(std::string_view payload)
{
    if (payload.empty())
        return std::nullopt;
    if (payload.front() == '{') {
        if (lb::looksLikeGcp(payload))
            return LbKind::GcpHttp;
        if (lb::looksLikeAzure(payload))
            return LbKind::AzureAppGw;
        return std::nullopt;
    }
    if (lb::looksLikeAlb(payload))
        return LbKind::AwsAlb;
    if (lb::looksLikeElb(payload))
        return LbKind::AwsElb;
    if (lb::looksLikeHaProxy(payload))
        return LbKind::HaProxy;
    return std::nullopt;
}

std::optional<SkipReason> LbLogParser::parse(std::string_view payload, LbRecord& out)
{
    if (payload.empty() || payload.front() != '{') {
        if (lb::looksLikeAlb(payload) || lb::looksLikeElb(payload))
            return lb::parseAws(payload, out);
        return lb::parseHaProxy(payload, out);
    }
    out = LbRecord{};
    m_json->buffer = simdjson::padded_string(payload);
    element root;
    if (m_json->parser.parse(m_json->buffer).get(root) != simdjson::SUCCESS)
        return SkipReason::JsonInvalid;
    if (!root.is_object())
        return SkipReason::JsonNotObject;
    element http;
    if (root["httpRequest"].get(http) == simdjson::SUCCESS) {
        out.kind = LbKind::GcpHttp;
        out.start = parseRfc3339(text(root, "timestamp"));
        if (out.start == kNoTime)
            return SkipReason::TimestampInvalid;
        out.method = text(http, "requestMethod");
        const std::string_view url = text(http, "requestUrl");
        if (out.method.empty() || url.empty())
            return SkipReason::JsonMissingField;
        m_scratch.assign(out.method).append(" ").append(url);
        if (!lb::splitRequestLine(m_scratch, out))
            return SkipReason::JsonMissingField;
        out.status = statusOf(number(http, "status"), 0);
        out.client = text(http, "remoteIp");
        out.target = text(http, "serverIp");
        std::string_view latency = text(http, "latency");
        if (latency.ends_with('s'))
            out.total = parseSecondsDuration(latency.substr(0, latency.size() - 1));
        out.bytesIn = byteCount(number(http, "requestSize"));
        out.bytesOut = byteCount(number(http, "responseSize"));
        element payloadJson;
        if (root["jsonPayload"].get(payloadJson) == simdjson::SUCCESS)
            out.termination = text(payloadJson, "statusDetails");
        // Only a response the backend sent carries the backend's status.
        out.targetStatus =
            out.termination.starts_with("response_sent_by_backend") ? out.status : kNoTargetStatus;
        const std::string_view trace = text(root, "trace");
        out.traceparent = trace.substr(trace.rfind('/') == std::string_view::npos ? 0 : trace.rfind('/') + 1);
        element resource, labels;
        if (root["resource"].get(resource) == simdjson::SUCCESS &&
            resource["labels"].get(labels) == simdjson::SUCCESS)
            out.lbName = text(labels, "forwarding_rule_name");
        return std::nullopt;
    }
    element props;
    if (root["properties"].get(props) != simdjson::SUCCESS || !props.is_object())
        return SkipReason::JsonMissingField;
    out.kind = LbKind::AzureAppGw;
    out.start = parseRfc3339(text(root, "time"));
    if (out.start == kNoTime)
        return SkipReason::TimestampInvalid;
    out.method = text(props, "httpMethod");
    std::string_view uri = text(props, "originalRequestUriWithArgs");
    if (uri.empty())
        uri = text(props, "requestUri");
    if (out.method.empty() || uri.empty())
        return SkipReason::JsonMissingField;
    out.url = uri;
    out.host = text(props, "originalHost");
    if (out.host.empty())
        out.host = text(props, "host");
    out.status = statusOf(number(props, "httpStatus"), 0);
    out.targetStatus = statusOf(number(props, "serverStatus"), kNoTargetStatus);
    const auto clientPort = integerIn(number(props, "clientPort"), 0, 65535);
    const std::string_view clientIp = text(props, "clientIP");
    if (clientPort && !clientIp.empty()) {
        m_scratch.assign(clientIp).append(":").append(std::to_string(*clientPort));
        out.client = m_scratch;
    } else {
        out.client = clientIp;
    }
    out.target = text(props, "serverRouted");
    if (const auto taken = number(props, "timeTaken"))
        out.total = secondsToNs(*taken);
    if (const auto latency = number(props, "serverResponseLatency"))
        out.response = secondsToNs(*latency);
    out.bytesIn = byteCount(number(props, "receivedBytes"));
    out.bytesOut = byteCount(number(props, "sentBytes"));
    out.termination = text(props, "error_info");
    if (out.termination == "ERRORINFO_NO_ERROR")
        out.termination = {};
    out.requestId = text(props, "transactionId");
    out.lbName = text(props, "instanceId");
    return std::nullopt;
}

} // namespace rs
