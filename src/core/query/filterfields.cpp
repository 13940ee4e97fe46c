#include "core/query/filterfields.h"

#include "core/util/textshape.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <charconv>

namespace rs {

namespace {

constexpr std::string_view kTextOps = "= != in ~ matches exists";
constexpr std::string_view kNumberOps = "= != >= > <= < in exists";

} // namespace

const std::vector<FilterFieldInfo>& filterFields()
{
    static const std::vector<FilterFieldInfo> fields = {
        {"time", FilterField::Time, FieldType::Time, ">= > <= < ="},
        {"status", FilterField::Status, FieldType::Status, kNumberOps},
        {"router", FilterField::Router, FieldType::Text, "= != in ~ matches"},
        {"host", FilterField::Host, FieldType::Text, kTextOps},
        {"method", FilterField::Method, FieldType::Text, kTextOps},
        {"uri", FilterField::Uri, FieldType::Text, kTextOps},
        {"path", FilterField::Path, FieldType::Text, kTextOps},
        {"query", FilterField::Query, FieldType::Text, kTextOps},
        {"protocol", FilterField::Protocol, FieldType::Text, kTextOps},
        {"user_agent", FilterField::UserAgent, FieldType::Text, kTextOps},
        {"referer", FilterField::Referer, FieldType::Text, kTextOps},
        {"remote", FilterField::Remote, FieldType::Address, kTextOps},
        {"x_forwarded_for", FilterField::XForwardedFor, FieldType::Text, kTextOps},
        {"backend", FilterField::Backend, FieldType::Address, kTextOps},
        {"app", FilterField::App, FieldType::Text, kTextOps},
        {"instance", FilterField::Instance, FieldType::Text, kTextOps},
        {"response_time", FilterField::ResponseTime, FieldType::Duration, kNumberOps},
        {"gorouter_time", FilterField::GorouterTime, FieldType::Duration, kNumberOps},
        {"bytes_received", FilterField::BytesReceived, FieldType::Number, kNumberOps},
        {"bytes_sent", FilterField::BytesSent, FieldType::Number, kNumberOps},
        {"failed_attempts", FilterField::FailedAttempts, FieldType::Number, kNumberOps},
        {"class", FilterField::Class, FieldType::Enum, "= != in"},
        {"source", FilterField::Source, FieldType::Enum, "= != in"},
        {"router_error", FilterField::RouterError, FieldType::Text, kTextOps},
        {"header.<name>", FilterField::Header, FieldType::Text, kTextOps},
        {"vcap_request_id", FilterField::VcapRequestId, FieldType::Text, kTextOps},
        {"text", FilterField::Text, FieldType::Text, "~ = matches"},
        {"attempt.backend", FilterField::AttemptBackend, FieldType::Address, kTextOps},
        {"attempt.class", FilterField::AttemptClass, FieldType::Enum, "= != in"},
        {"attempt.error", FilterField::AttemptError, FieldType::Text, kTextOps},
        {"attempt.count", FilterField::AttemptCount, FieldType::Number, "= != >= > <= < in"},
        {"lb", FilterField::Lb, FieldType::Text, "exists"},
        {"lb.status", FilterField::LbStatus, FieldType::Status, kNumberOps},
        {"lb.target_status", FilterField::LbTargetStatus, FieldType::Status, kNumberOps},
        {"lb.target", FilterField::LbTarget, FieldType::Address, kTextOps},
        {"lb.kind", FilterField::LbKind, FieldType::Enum, "= != in"},
        {"lb.error", FilterField::LbError, FieldType::Text, kTextOps},
        {"lb.response_time", FilterField::LbResponseTime, FieldType::Duration, kNumberOps},
    };
    return fields;
}

const FilterFieldInfo& filterFieldInfo(FilterField field)
{
    const auto& fields = filterFields();
    return *std::find_if(fields.begin(), fields.end(), [field](const auto& f) { return f.field == field; });
}

std::string_view filterOpText(FilterOp op)
{
    switch (op) {
    case FilterOp::Eq:
        return "=";
    case FilterOp::Ne:
        return "!=";
    case FilterOp::Lt:
        return "<";
    case FilterOp::Le:
        return "<=";
    case FilterOp::Gt:
        return ">";
    case FilterOp::Ge:
        return ">=";
    case FilterOp::In:
        return "in";
    case FilterOp::Contains:
        return "~";
    case FilterOp::Matches:
        return "matches";
    case FilterOp::Exists:
        return "exists";
    }
    return "=";
}

namespace filterfields {

void fail(std::size_t position, const std::string& what, const std::string& tail)
{
    throw ParseFailure{{position, what + " at " + std::to_string(position) + tail}};
}

std::string lower(std::string_view text)
{
    return asciiLowered(text);
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

const FilterFieldInfo* findField(std::string_view name)
{
    const std::string n = lower(name);
    if (n.starts_with("header.") && n.size() > 7)
        return &filterFieldInfo(FilterField::Header);
    const auto& fields = filterFields();
    const auto it = std::find_if(fields.begin(), fields.end(), [&n](const auto& f) { return f.name == n; });
    return it == fields.end() || it->field == FilterField::Header ? nullptr : &*it;
}

std::string_view unavailableField(std::string_view name)
{
    const std::string n = lower(name);
    if (n == "org" || n == "space" || n == "org_name" || n == "space_name")
        return "org and space names are not in the logs RouteScope reads";
    if (n == "app_name")
        return "app names are not stored per request; use app=<app guid>";
    if (n == "attempt.time" || n == "attempt.router")
        return "attempts hold a backend, an error and its class only";
    if (n == "lb.time" || n == "lb.total_time")
        return "the load balancer's total time is lb.response_time";
    if (n == "lb.url" || n == "lb.uri" || n == "lb.host" || n == "lb.method")
        return "the load balancer forwards the request's own host, method and URL: use host, method, uri";
    if (n == "lb.class")
        return "the load balancer's own answers are source=infrastructure";
    return {};
}

bool allows(const FilterFieldInfo& info, std::string_view op)
{
    std::string_view ops = info.ops;
    while (!ops.empty()) {
        const auto space = ops.find(' ');
        if (ops.substr(0, space) == op)
            return true;
        ops = space == std::string_view::npos ? std::string_view() : ops.substr(space + 1);
    }
    return false;
}

std::optional<DurationNs> parseDuration(std::string_view text)
{
    std::size_t i = 0;
    std::int64_t whole = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), whole);
    if (ec != std::errc() || end == text.data() || whole < 0)
        return std::nullopt;
    i = static_cast<std::size_t>(end - text.data());
    std::string fraction;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            fraction += text[i++];
        if (fraction.empty())
            return std::nullopt;
    }
    const std::string unit = lower(text.substr(i));
    std::int64_t scale = 0;
    if (unit == "ns")
        scale = 1;
    else if (unit == "us" || unit == "µs")
        scale = 1'000;
    else if (unit == "ms")
        scale = 1'000'000;
    else if (unit == "s")
        scale = 1'000'000'000;
    else if (unit == "m" || unit == "min")
        scale = 60'000'000'000;
    else if (unit == "h")
        scale = 3'600'000'000'000;
    else
        return std::nullopt;
    if (whole > std::numeric_limits<std::int64_t>::max() / scale / 2)
        return std::nullopt;
    std::int64_t ns = whole * scale;
    std::int64_t place = scale;
    for (const char digit : fraction) {
        place /= 10;
        ns += (digit - '0') * place;
    }
    return ns;
}

bool isAddress(std::string_view text)
{
    const auto validPort = [](std::string_view port) {
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
        return ec == std::errc() && end == port.data() + port.size() && value <= 65535 && !port.empty();
    };
    const auto valid = [](int family, std::string_view ip) {
        if (ip.empty() || ip.size() > 45)
            return false;
        unsigned char buffer[16];
        return inet_pton(family, std::string(ip).c_str(), buffer) == 1;
    };
    if (text.starts_with('[')) {
        const auto close = text.find(']');
        return close != std::string_view::npos && valid(AF_INET6, text.substr(1, close - 1)) &&
               close + 1 < text.size() && text[close + 1] == ':' && validPort(text.substr(close + 2));
    }
    if (std::count(text.begin(), text.end(), ':') > 1)
        return valid(AF_INET6, text);
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return valid(AF_INET, text);
    return valid(AF_INET, text.substr(0, colon)) && validPort(text.substr(colon + 1));
}

DurationNs timePrecision(std::string_view text)
{
    const auto dot = text.find('.');
    if (dot == std::string_view::npos)
        return 1'000'000'000;
    std::size_t digits = 0;
    while (dot + 1 + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[dot + 1 + digits])))
        ++digits;
    DurationNs precision = 1'000'000'000;
    for (std::size_t i = 0; i < std::min<std::size_t>(digits, 9); ++i)
        precision /= 10;
    return precision;
}

} // namespace filterfields
} // namespace rs
