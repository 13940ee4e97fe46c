#include "core/query/classnames.h"
#include "core/query/filterexpr.h"
#include "core/query/filtersets.h"

namespace rs {

namespace {

// What each field is, beside the operators filterFields() lists.
std::string_view fieldMeaning(FilterField field)
{
    switch (field) {
    case FilterField::Time:
        return "RFC 3339 time: 2026-10-14T09:08:00Z, 2026-10-14T11:08:00.250+02:00\n"
               "                   (= covers the precision written: a whole second without a fraction)";
    case FilterField::Status:
        return "a code (502), a status class (5xx), 0 or - for \"no status\"";
    case FilterField::Router:
        return "router/0, router/<uuid>, or the id alone";
    case FilterField::Host:
        return "the request's Host";
    case FilterField::Method:
        return "GET, POST, ...";
    case FilterField::Uri:
        return "path and query as logged";
    case FilterField::Path:
        return "the URI before '?'";
    case FilterField::Query:
        return "the URI after '?'";
    case FilterField::Protocol:
        return "HTTP/1.1, HTTP/2.0";
    case FilterField::UserAgent:
        return "User-Agent";
    case FilterField::Referer:
        return "Referer";
    case FilterField::Remote:
        return "client address, IP:port";
    case FilterField::XForwardedFor:
        return "X-Forwarded-For as logged";
    case FilterField::Backend:
        return "backend address, IP:port: 10.0.16.5:61012";
    case FilterField::App:
        return "app id (guid)";
    case FilterField::Instance:
        return "instance id, or app_id/instance_id, or app_id/app_index";
    case FilterField::ResponseTime:
        return "duration with a unit: > 2s, <= 250ms (ns us ms s m h)";
    case FilterField::GorouterTime:
        return "duration with a unit, like response_time";
    case FilterField::BytesReceived:
        return "request body bytes";
    case FilterField::BytesSent:
        return "response body bytes";
    case FilterField::FailedAttempts:
        return "failed_attempts as logged";
    case FilterField::Class:
        return "error class id (see below)";
    case FilterField::Source:
        return "none, client, client_or_app, app, app_or_platform, platform, infrastructure\n"
               "                   (infrastructure: the load balancer answered, no router did)";
    case FilterField::RouterError:
        return "x_cf_routererror text";
    case FilterField::Header:
        return "any extra key of the log line: header.x_b3_traceid";
    case FilterField::VcapRequestId:
        return "the request id";
    case FilterField::Text:
        return "case-insensitive substring (or regex) of the raw access-log line";
    case FilterField::AttemptBackend:
        return "backend of any failed attempt";
    case FilterField::AttemptClass:
        return "error class of any failed attempt";
    case FilterField::AttemptError:
        return "error text of any failed attempt: attempt.error ~ \"x509\"";
    case FilterField::AttemptCount:
        return "number of failed attempts joined to the request";
    case FilterField::Lb:
        return "the request was joined to a load balancer's log line (not lb exists: it was not)";
    case FilterField::LbStatus:
        return "status the load balancer answered the client: 502, 5xx, - when it logged none";
    case FilterField::LbTargetStatus:
        return "status the load balancer got from the router: 200, 5xx, - when it got none";
    case FilterField::LbTarget:
        return "the router address the load balancer sent to, IP:port: 10.0.1.4:80";
    case FilterField::LbKind:
        return "haproxy, aws_alb, aws_elb, gcp_http, azure_appgw (also alb, elb, gcp, azure)";
    case FilterField::LbError:
        return "HAProxy termination state, ALB error_reason, GCP statusDetails, Azure error info";
    case FilterField::LbResponseTime:
        return "the load balancer's total time, a duration: lb.response_time > 2s";
    }
    return {};
}

} // namespace

std::string filterExpressionHelp()
{
    std::string help = R"(Filter expressions (--filter EXPR, and the window's filter bar)

  EXPR   := TERM | EXPR and EXPR | EXPR or EXPR | not EXPR | ( EXPR )
            (also && || !; not binds tightest, then and, then or)
  TERM   := FIELD OP VALUE | FIELD in (VALUE, VALUE, ...) | FIELD matches "REGEX"
          | FIELD exists
  VALUE  := bare-word | "double-quoted string"   (\" and \\ escape inside quotes)

Operators: = != < <= > >= in, ~ (case-insensitive substring), matches (RE2 regex, partial
match; (?i) for case-insensitive), exists. A value of - stands for "missing on the line":
host=- matches lines without a host. != is "not =", so it also holds where the field is missing.

Fields and operators (field names and keywords are case-insensitive, values are not):
)";
    for (const auto& field : filterFields()) {
        std::string line = "  " + std::string(field.name);
        line.resize(std::max<std::size_t>(line.size() + 1, 19), ' ');
        help += line + std::string(field.ops) + "\n                   " +
                std::string(fieldMeaning(field.field)) + '\n';
    }
    help += R"(
attempt.* fields hold when ANY of the request's failed attempts matches. lb.* fields are read
from the load balancer's line joined to the request (by its request id, else by time); without
one every lb.* field is missing, like a field missing on the line: lb.status=502 does not hold,
not lb.status=502 and lb.status!=502 do. A load balancer's failure that never reached a router
has no request; source=infrastructure selects the requests whose load balancer answered on its
own (say, it timed out while the router still waited). Fields other than time, status, router, host,
method, uri (and its path and query), backend, app, instance, response_time, gorouter_time,
failed_attempts, class, source, router_error, vcap_request_id, attempt.* and lb.* are read again
from the raw line, so they cost
more on big incidents: combine them with a cheap term when you can.

Terms ANDed at the top level narrow one another: a field given twice narrows it (status>=500
and status<504 is 500 to 503); terms that leave nothing to match, or a second top-level text
term, are errors.

Error classes:
)";
    std::string line = " ";
    for (const auto id : query::kErrorClassIds) {
        if (line.size() + id.size() + 1 > 88) {
            help += line + '\n';
            line = " ";
        }
        line += ' ';
        line += id;
    }
    help += line + "\n\nNamed sets (class in failures, source in platform_side; also inside a list):\n";
    for (const auto& set : filterValueSets()) {
        std::string entry =
            "  " + std::string(filterFieldInfo(set.field).name) + " in " + std::string(set.name);
        entry.resize(std::max<std::size_t>(entry.size() + 1, 36), ' ');
        help += entry + std::string(set.meaning) + '\n';
    }
    help += "\nExamples:\n  status>=500 and class in (dial, hostname_mismatch) and "
            "backend=10.0.16.5:61012 and time>=2026-10-14T09:08:00Z\n"
            "  (host=a.example.com or host=b.example.com) and not status=2xx\n"
            "  response_time > 2s and uri matches \"^/api/v[12]/\"\n"
            "  attempt.error ~ \"x509\" or attempt.count >= 2\n"
            "  lb.status = 504 and lb.target_status = - and lb.response_time > 30s\n"
            "  class in failures and not host=health.example.com\n";
    return help;
}

} // namespace rs
