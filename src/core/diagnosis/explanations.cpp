#include "core/diagnosis/explanations.h"

#include <QCoreApplication>

#include <array>

// Translation context of the class texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClassExplanations {
    Q_DECLARE_TR_FUNCTIONS(ClassExplanations)
};

namespace rs {

namespace {

struct ClassText {
    const char* title;
    const char* explanation;
};

// Indexed by ErrorClass.
constexpr std::array<ClassText, kErrorClassCount> kClassTexts = {{
    {QT_TRANSLATE_NOOP("ClassExplanations", "OK"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The request succeeded on its first attempt. Gorouter had nothing to retry and "
                       "logged no failure for it.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Recovered after a retry"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "At least one attempt at a backend failed, then Gorouter retried another endpoint "
                       "of the route and that one answered, so the client saw a normal response. The "
                       "failed endpoint was marked ineligible for a while (or pruned, for TLS errors). "
                       "Look at the failed attempts: many recoveries against the same endpoint point "
                       "at a sick instance or a stale route.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Error response from the app"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The app itself answered with a 4xx or 5xx status; Gorouter only passed it on and "
                       "did not retry. Look at the app's logs (cf logs) around this time and at the "
                       "instance named in the access log.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Connection to the backend failed"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter could not open a TCP connection to the endpoint (refused, timed out, or "
                       "no route to host). It marked the endpoint as failed, pruned it if it was a TLS "
                       "endpoint, and retried another endpoint. A refused connection usually means the "
                       "instance is gone or not listening yet (a stale route, a crash); a timeout points "
                       "at the cell or the network. Check the cell's health and the route table.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "TLS to a plain-text backend"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter spoke TLS to an endpoint that answered in plain text, so the handshake "
                       "failed (525). The endpoint was pruned and Gorouter retried another one. Usually "
                       "the route was registered as TLS for a port where something else now listens, "
                       "or the Envoy proxy in the container is missing. Compare the registration "
                       "(isTLS, port) with the actual LRP.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Certificate names the wrong instance"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The backend's certificate was valid but issued for another instance than the one "
                       "Gorouter expected (503). Gorouter pruned the endpoint and retried. This is the "
                       "classic sign of a stale route: the address now belongs to a different app "
                       "instance. Compare the route table with cfdot actual-lrps.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Backend certificate not trusted"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter could not verify the backend's certificate chain (526). The endpoint was "
                       "pruned and Gorouter retried. Check the CA certificates Gorouter trusts "
                       "(backends CA, Diego instance identity CA) against the one that signed the "
                       "backend's certificate; a CA rotation half done is a common cause.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Backend rejected Gorouter's certificate"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The backend refused Gorouter's client certificate during the TLS handshake (496). "
                       "Gorouter pruned the endpoint and retried. Check the client certificate Gorouter "
                       "presents to backends and the CA the backend (or its Envoy) expects.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "TLS handshake refused by the backend"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The backend ended the TLS handshake with a generic handshake failure (525), "
                       "usually because it shares no cipher suite or TLS version with Gorouter. Gorouter "
                       "pruned the endpoint and retried. Compare the TLS settings of both sides, "
                       "especially after a platform or component upgrade.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "TLS handshake timed out"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The TCP connection opened but the TLS handshake did not finish in time (502). "
                       "Gorouter pruned the endpoint and retried. Look for an overloaded cell or a "
                       "container whose Envoy does not answer, and for network drops between router "
                       "and cell.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Backend certificate expired"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The backend's certificate was expired or not yet valid at the time of the "
                       "handshake (502). Gorouter pruned the endpoint and retried. Instance identity "
                       "certificates are short-lived: check the cell's clock (NTP drift) and whether "
                       "the rep renews certificates.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Connection reset by the backend"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The backend closed the connection abruptly while Gorouter was reading the "
                       "response (502). Gorouter marked the endpoint as failed but did not retry, since "
                       "the request may already have had effects. Typical causes are an app crashing "
                       "mid-request or an idle keep-alive connection the app closed; check the app's "
                       "logs and its keep-alive timeout.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Backend closed the connection"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The backend closed the connection without sending a complete response (EOF, "
                       "502). Gorouter retries this only for idempotent requests without a body and does "
                       "not mark the endpoint. Often a keep-alive race: the app's idle timeout is shorter "
                       "than Gorouter's. Otherwise the app crashed or dropped the request; check its logs.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Request not fully sent"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter could not send the whole request to the backend: no connection was "
                       "obtained or the headers or body were not fully written (502). Gorouter retried "
                       "without marking the endpoint. Look at request bodies (a Content-Length that does "
                       "not match the body) and at the backend's connection handling.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Backend too slow"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The backend did not answer within Gorouter's request timeout (502). Gorouter did "
                       "not retry and did not mark the endpoint. Check the app's response times and its "
                       "dependencies (databases, services); a burst of these on one instance suggests a "
                       "stuck instance.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Client gave up"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The client closed the connection before the backend answered, so Gorouter logged "
                       "499; the client never saw this response. Gorouter did not retry or mark the "
                       "endpoint. Either the client's timeout is short or the app was slow; compare "
                       "with the app's response times.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Other backend failure"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The attempt failed with an error Gorouter does not treat specially, for example "
                       "a malformed HTTP response (502). Gorouter neither retried nor marked the "
                       "endpoint. Read the error text: it names what the backend sent or did.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Unknown route"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter had no route for the requested host and path (404); no backend was "
                       "contacted. Either the client used a wrong host name, or the route is not "
                       "registered: the app was stopped or deleted, the route unmapped, or the router "
                       "lost registrations (NATS problems). Check the route table and the app's state.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "No endpoints for the route"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The route exists but had no endpoint left to try (503), for example after every "
                       "instance crashed or was pruned. Check the app's instances (cf app, cfdot "
                       "actual-lrps) and the prune events just before.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Empty Host header"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The request had no Host header (400), so Gorouter could not route it. This is a "
                       "client problem, often a health check or scanner; look at the client address.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Invalid instance header"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The request asked for a specific app or process instance (X-CF-App-Instance or "
                       "X-CF-Process-Instance) with a malformed or unknown value (400). Fix the client "
                       "that sets the header.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Connection limit reached"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Every endpoint of the route already had the maximum number of connections "
                       "Gorouter allows per backend (503); nothing was tried. The app is too slow or too "
                       "small for its load: scale it or find what holds connections open.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Route service failure"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The route is bound to a route service and the request failed there: route "
                       "services are disabled on this router, or the signature headers of a request "
                       "coming back from the route service were invalid or expired. Check the route "
                       "service binding, the route service's clock and the router's route-services "
                       "secret.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Request headers too large"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The request's headers exceeded Gorouter's maximum request header size (431); it "
                       "was not forwarded. Usually oversized cookies or tokens sent by the client.")},
    {QT_TRANSLATE_NOOP("ClassExplanations", "Gorouter panicked"),
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter hit an internal error while handling the request and recovered from it "
                       "(502). This is a Gorouter bug: collect the panic-check line with its stack trace "
                       "and the routing-release version for a report.")},
}};

constexpr std::array<const char*, kSourceCount> kSourceTitles = {
    QT_TRANSLATE_NOOP("ClassExplanations", "None"),
    QT_TRANSLATE_NOOP("ClassExplanations", "Client"),
    QT_TRANSLATE_NOOP("ClassExplanations", "Client or app"),
    QT_TRANSLATE_NOOP("ClassExplanations", "App"),
    QT_TRANSLATE_NOOP("ClassExplanations", "App or platform"),
    QT_TRANSLATE_NOOP("ClassExplanations", "Platform"),
    QT_TRANSLATE_NOOP("ClassExplanations", "Infrastructure"),
};

struct RouterErrorText {
    std::string_view value;
    const char* explanation;
};

constexpr std::array<RouterErrorText, 13> kRouterErrors = {{
    {"unknown_route",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter found no route for the host (404), or no instance matching an "
                       "X-CF-App-Instance header (400). No backend was contacted.")},
    {"no_endpoints",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The route exists but had no endpoints to try (503): every instance was removed, "
                       "crashed or pruned.")},
    {"empty_host", QT_TRANSLATE_NOOP("ClassExplanations", "The request had an empty Host header (400).")},
    {"invalid_cf_app_instance_header",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The X-CF-App-Instance header was malformed (400); the client must send "
                       "\"app-guid:index\".")},
    {"invalid_cf_process_instance_header",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The X-CF-Process-Instance header was malformed (400); the client must send "
                       "\"process-guid:index\".")},
    {"Connection Limit Reached",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "All endpoints of the route were at Gorouter's per-backend connection limit (503); "
                       "nothing was tried.")},
    {"route_service_unsupported",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The route is bound to a route service but route services are disabled on this "
                       "router (502).")},
    {"expired_route_service_signature",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "A request coming back from a route service carried a signature that had expired: "
                       "the route service took too long, or clocks differ.")},
    {"invalid_route_service_signature",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "A request coming back from a route service carried a signature Gorouter could not "
                       "validate (400): the route service altered the headers or the routers use "
                       "different secrets.")},
    {"max-request-size-exceeded",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The request headers exceeded the router's maximum size (431); it was not "
                       "forwarded.")},
    {"deprecated-semicolon-params",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "The query string used ';' as a separator, which Go no longer accepts; Gorouter "
                       "only notes it. The request was otherwise handled normally.")},
    {"unknown_failure",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Gorouter recovered from an internal panic while handling the request (502).")},
    {"endpoint_failure",
     QT_TRANSLATE_NOOP("ClassExplanations",
                       "Every attempt at a backend failed; the text in parentheses (recent releases only) "
                       "is the last attempt's error. Without it, the backend-endpoint-failed lines in "
                       "gorouter.stdout.log tell what happened.")},
}};

} // namespace

QString classTitle(ErrorClass cls)
{
    const auto i = static_cast<std::size_t>(cls);
    return i < kClassTexts.size() ? ClassExplanations::tr(kClassTexts[i].title) : QString();
}

QString classExplanation(ErrorClass cls)
{
    const auto i = static_cast<std::size_t>(cls);
    return i < kClassTexts.size() ? ClassExplanations::tr(kClassTexts[i].explanation) : QString();
}

QString sourceTitle(Source source)
{
    const auto i = static_cast<std::size_t>(source);
    return i < kSourceTitles.size() ? ClassExplanations::tr(kSourceTitles[i]) : QString();
}

QString routerErrorExplanation(std::string_view value)
{
    if (value.starts_with("endpoint_failure"))
        value = "endpoint_failure";
    for (const RouterErrorText& e : kRouterErrors)
        if (e.value == value)
            return ClassExplanations::tr(e.explanation);
    return {};
}

} // namespace rs
