<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ClassExplanations</name>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="24"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="25"/>
        <source>The request succeeded on its first attempt. Gorouter had nothing to retry and logged no failure for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="28"/>
        <source>Recovered after a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="29"/>
        <source>At least one attempt at a backend failed, then Gorouter retried another endpoint of the route and that one answered, so the client saw a normal response. The failed endpoint was marked ineligible for a while (or pruned, for TLS errors). Look at the failed attempts: many recoveries against the same endpoint point at a sick instance or a stale route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="35"/>
        <source>Error response from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="36"/>
        <source>The app itself answered with a 4xx or 5xx status; Gorouter only passed it on and did not retry. Look at the app&apos;s logs (cf logs) around this time and at the instance named in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="40"/>
        <source>Connection to the backend failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="41"/>
        <source>Gorouter could not open a TCP connection to the endpoint (refused, timed out, or no route to host). It marked the endpoint as failed, pruned it if it was a TLS endpoint, and retried another endpoint. A refused connection usually means the instance is gone or not listening yet (a stale route, a crash); a timeout points at the cell or the network. Check the cell&apos;s health and the route table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="47"/>
        <source>TLS to a plain-text backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="48"/>
        <source>Gorouter spoke TLS to an endpoint that answered in plain text, so the handshake failed (525). The endpoint was pruned and Gorouter retried another one. Usually the route was registered as TLS for a port where something else now listens, or the Envoy proxy in the container is missing. Compare the registration (isTLS, port) with the actual LRP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="54"/>
        <source>Certificate names the wrong instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="55"/>
        <source>The backend&apos;s certificate was valid but issued for another instance than the one Gorouter expected (503). Gorouter pruned the endpoint and retried. This is the classic sign of a stale route: the address now belongs to a different app instance. Compare the route table with cfdot actual-lrps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="60"/>
        <source>Backend certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="61"/>
        <source>Gorouter could not verify the backend&apos;s certificate chain (526). The endpoint was pruned and Gorouter retried. Check the CA certificates Gorouter trusts (backends CA, Diego instance identity CA) against the one that signed the backend&apos;s certificate; a CA rotation half done is a common cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="66"/>
        <source>Backend rejected Gorouter&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="67"/>
        <source>The backend refused Gorouter&apos;s client certificate during the TLS handshake (496). Gorouter pruned the endpoint and retried. Check the client certificate Gorouter presents to backends and the CA the backend (or its Envoy) expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="71"/>
        <source>TLS handshake refused by the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="72"/>
        <source>The backend ended the TLS handshake with a generic handshake failure (525), usually because it shares no cipher suite or TLS version with Gorouter. Gorouter pruned the endpoint and retried. Compare the TLS settings of both sides, especially after a platform or component upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="77"/>
        <source>TLS handshake timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="78"/>
        <source>The TCP connection opened but the TLS handshake did not finish in time (502). Gorouter pruned the endpoint and retried. Look for an overloaded cell or a container whose Envoy does not answer, and for network drops between router and cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="83"/>
        <source>Backend certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="84"/>
        <source>The backend&apos;s certificate was expired or not yet valid at the time of the handshake (502). Gorouter pruned the endpoint and retried. Instance identity certificates are short-lived: check the cell&apos;s clock (NTP drift) and whether the rep renews certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="89"/>
        <source>Connection reset by the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="90"/>
        <source>The backend closed the connection abruptly while Gorouter was reading the response (502). Gorouter marked the endpoint as failed but did not retry, since the request may already have had effects. Typical causes are an app crashing mid-request or an idle keep-alive connection the app closed; check the app&apos;s logs and its keep-alive timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="96"/>
        <source>Backend closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="97"/>
        <source>The backend closed the connection without sending a complete response (EOF, 502). Gorouter retries this only for idempotent requests without a body and does not mark the endpoint. Often a keep-alive race: the app&apos;s idle timeout is shorter than Gorouter&apos;s. Otherwise the app crashed or dropped the request; check its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="102"/>
        <source>Request not fully sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="103"/>
        <source>Gorouter could not send the whole request to the backend: no connection was obtained or the headers or body were not fully written (502). Gorouter retried without marking the endpoint. Look at request bodies (a Content-Length that does not match the body) and at the backend&apos;s connection handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="108"/>
        <source>Backend too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="109"/>
        <source>The backend did not answer within Gorouter&apos;s request timeout (502). Gorouter did not retry and did not mark the endpoint. Check the app&apos;s response times and its dependencies (databases, services); a burst of these on one instance suggests a stuck instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="114"/>
        <source>Client gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="115"/>
        <source>The client closed the connection before the backend answered, so Gorouter logged 499; the client never saw this response. Gorouter did not retry or mark the endpoint. Either the client&apos;s timeout is short or the app was slow; compare with the app&apos;s response times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="120"/>
        <source>Other backend failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="121"/>
        <source>The attempt failed with an error Gorouter does not treat specially, for example a malformed HTTP response (502). Gorouter neither retried nor marked the endpoint. Read the error text: it names what the backend sent or did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="125"/>
        <source>Unknown route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="126"/>
        <source>Gorouter had no route for the requested host and path (404); no backend was contacted. Either the client used a wrong host name, or the route is not registered: the app was stopped or deleted, the route unmapped, or the router lost registrations (NATS problems). Check the route table and the app&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="131"/>
        <source>No endpoints for the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="132"/>
        <source>The route exists but had no endpoint left to try (503), for example after every instance crashed or was pruned. Check the app&apos;s instances (cf app, cfdot actual-lrps) and the prune events just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="136"/>
        <source>Empty Host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="137"/>
        <source>The request had no Host header (400), so Gorouter could not route it. This is a client problem, often a health check or scanner; look at the client address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="140"/>
        <source>Invalid instance header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="141"/>
        <source>The request asked for a specific app or process instance (X-CF-App-Instance or X-CF-Process-Instance) with a malformed or unknown value (400). Fix the client that sets the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="145"/>
        <source>Connection limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="146"/>
        <source>Every endpoint of the route already had the maximum number of connections Gorouter allows per backend (503); nothing was tried. The app is too slow or too small for its load: scale it or find what holds connections open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="150"/>
        <source>Route service failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="151"/>
        <source>The route is bound to a route service and the request failed there: route services are disabled on this router, or the signature headers of a request coming back from the route service were invalid or expired. Check the route service binding, the route service&apos;s clock and the router&apos;s route-services secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="157"/>
        <source>Request headers too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="158"/>
        <source>The request&apos;s headers exceeded Gorouter&apos;s maximum request header size (431); it was not forwarded. Usually oversized cookies or tokens sent by the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="161"/>
        <source>Gorouter panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="162"/>
        <source>Gorouter hit an internal error while handling the request and recovered from it (502). This is a Gorouter bug: collect the panic-check line with its stack trace and the routing-release version for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="169"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="170"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="171"/>
        <source>Client or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="172"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="173"/>
        <source>App or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="174"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="184"/>
        <source>Gorouter found no route for the host (404), or no instance matching an X-CF-App-Instance header (400). No backend was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="188"/>
        <source>The route exists but had no endpoints to try (503): every instance was removed, crashed or pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="191"/>
        <source>The request had an empty Host header (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="193"/>
        <source>The X-CF-App-Instance header was malformed (400); the client must send &quot;app-guid:index&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="197"/>
        <source>The X-CF-Process-Instance header was malformed (400); the client must send &quot;process-guid:index&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="201"/>
        <source>All endpoints of the route were at Gorouter&apos;s per-backend connection limit (503); nothing was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="205"/>
        <source>The route is bound to a route service but route services are disabled on this router (502).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="209"/>
        <source>A request coming back from a route service carried a signature that had expired: the route service took too long, or clocks differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="213"/>
        <source>A request coming back from a route service carried a signature Gorouter could not validate (400): the route service altered the headers or the routers use different secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="218"/>
        <source>The request headers exceeded the router&apos;s maximum size (431); it was not forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="222"/>
        <source>The query string used &apos;;&apos; as a separator, which Go no longer accepts; Gorouter only notes it. The request was otherwise handled normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="226"/>
        <source>Gorouter recovered from an internal panic while handling the request (502).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="229"/>
        <source>Every attempt at a backend failed; the text in parentheses (recent releases only) is the last attempt&apos;s error. Without it, the backend-endpoint-failed lines in gorouter.stdout.log tell what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <location filename="../src/cli/options.cpp" line="37"/>
        <source>Usage:
  routescope [PATH]                          open the window (on PATH, or the sample incident)
  routescope summary PATH… [--json]          sources, counts, time span, histograms, import report
  routescope requests PATH… [--csv|--jsonl]  one row per request
  routescope diagnose PATH… [--json]         findings, stale routes, route-table differences
Options:
  --filter EXPR select requests (summary and requests), for example
                &apos;status&gt;=500 and class in (dial, hostname_mismatch) and time&gt;=2026-10-14T09:08:00Z&apos;
  --threads N   parser threads (default: one per core)
  --progress    show import progress on stderr
PATH is a directory, a log file, a .gz, or a .tgz/.tar/.zip bundle (archives may nest).
Exit status: 0 success, 1 input problems (see the import report), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="67"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="78"/>
        <source>%1 is not an option of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="82"/>
        <source>choose one output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="107"/>
        <source>--filter needs an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="115"/>
        <source>bad --filter expression: %1
  %2
  %3^</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="127"/>
        <source>--threads needs a number from 1 to 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="132"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="138"/>
        <source>--filter applies to summary and requests, not to diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="144"/>
        <source>no PATH given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseText</name>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="69"/>
        <source>Findings (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="71"/>
        <source>  nothing stands out
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="75"/>
        <source>      %1 request(s) or endpoint(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="77"/>
        <source>      %1 … %2, %3 request(s) or endpoint(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="83"/>
        <source>      e.g. %1 %2 %3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="90"/>
        <source>
Stale route-table endpoints (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="98"/>
        <source>, address now held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="102"/>
        <source>
Endpoints that differ between routers&apos; dumps (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="104"/>
        <source>  %1 %2  on: %3  missing on: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="107"/>
        <source>
Endpoints pruned and registered again and again (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="109"/>
        <source>  %1  %2 %3  %4 prunes, %5 registrations, %6 … %7
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="112"/>
        <source>… (%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="190"/>
        <source>%1 failures on backend %2 (%3% of all endpoint failures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="195"/>
        <source>Most failures come from %n backend(s) out of %1 that served traffic. A problem confined to a few instances points at the app or those instances&apos; cells, not at the platform: look at the instance&apos;s logs, its health and its cell. Classes: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="217"/>
        <source>Failures across %1 of %2 apps with traffic (%3 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="221"/>
        <source>Failures are spread over most apps that had traffic. Something they share is more likely than a bug in each app: the routers, the cells, the network, a shared service or route-emitter/NATS. Compare the error classes per app and look at the platform components first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="274"/>
        <source>%n stale route endpoint(s) on %1 address(es), %2 requests with hostname mismatches to them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="280"/>
        <source>Routers hold endpoints that no longer belong to the instance they were registered for (%1). When the address now belongs to another instance, requests reach the wrong container and fail with hostname mismatches or, without TLS, get another app&apos;s answer. Check the route-emitter and NATS on the cells, and the routers&apos; pruning. Addresses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="323"/>
        <source>%n endpoint(s) differ between routers&apos; route tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="326"/>
        <source>Routers should hold the same table. Endpoints that some routers hold and others do not mean that a router missed NATS messages or pruned on its own: requests succeed or fail depending on the router. Routes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="361"/>
        <source>%n endpoint(s) pruned and registered again repeatedly</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="364"/>
        <source>Gorouter prunes an endpoint after it fails and the route-emitter announces it again: the instance is alive for Diego but fails requests. Look at the instance&apos;s health check and logs. Addresses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="419"/>
        <source>%1 requests hit %2 on %n backend(s), %3 of them recovered on a retry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="424"/>
        <source>%1 Backends: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="465"/>
        <source>%1 expired or not-yet-valid certificates on %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="469"/>
        <source>Instance certificates are short-lived and renewed by the cell. When only some cells present expired or not-yet-valid certificates, their clocks have probably drifted: check NTP on cells %1 before the certificates. Backends: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="518"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="522"/>
        <source>%1 keep-alive races (EOF or reset on a reused connection) for app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="525"/>
        <source>The app closed idle keep-alive connections while Gorouter was sending a request on them. Gorouter retries only idempotent requests in that case. The usual fix is in the app: an idle timeout longer than Gorouter&apos;s (90 s by default), or a server that does not close idle connections early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="618"/>
        <source>%1 unknown_route (404) for %2 between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="619"/>
        <source>%1 no_endpoints (503) for %2 between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="630"/>
        <source>Gorouter pruned the endpoint after it failed or its registration expired, and no other endpoint was left. Look at why the instances failed and whether the route-emitter kept announcing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="634"/>
        <source>Requests arrived while the route had no endpoint: an app restart, a stop, or a deploy that unmapped the route before the new instances were registered. Check the app&apos;s events and the route-emitter around that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="639"/>
        <source>The burst started %1 s after %2 removed an endpoint or the route for this host (%3 at %4). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="645"/>
        <source>No unregistration or prune for this host precedes the burst within five minutes in the logs. Check that the route is mapped and that clients use the right host name; if the route exists, check the route-emitter and NATS on the app&apos;s cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="651"/>
        <source>The router knew the route but held no usable endpoint for it, and no unregistration or prune for this host precedes the burst within five minutes in the logs: the endpoints may have gone before the logs start. Check that the app has running instances (cf app) and that the route-emitter on their cells announces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="739"/>
        <source>%1 client cancellations (499) on slow route %2 (a quarter of its requests take over %3 ms, of all requests over %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="745"/>
        <source>Clients closed the connection before the app answered, on a route much slower than the rest. Gorouter logs these as 499; the client never saw them. The slowness is the problem: look at the app&apos;s response times and its dependencies, and at client or load balancer timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="833"/>
        <source>Instance %1 crashed or exited near %2 failed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="837"/>
        <source>The container ran out of memory. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="838"/>
        <source>The instance&apos;s container crashed or exited within two minutes of failures at its address: the router kept sending requests to it until it was unregistered or pruned. Look at the app&apos;s crash reason and logs (cf events, cf logs --recent). Reasons: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="842"/>
        <source>none logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="935"/>
        <source>Failure rate stepped up from %1% to %2% at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="940"/>
        <source>In that minute the routers logged %1 registrations and %2 unregistrations or prunes, and the cells %3 container crashes, exits or health failures (from the minute before). Start the investigation there: what was deployed, restarted or scaled at that time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="86"/>
        <source>not a log RouteScope reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="88"/>
        <source>Gorouter access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="90"/>
        <source>Gorouter log (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="92"/>
        <source>Gorouter stderr (Go log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="94"/>
        <source>route table dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="96"/>
        <source>cfdot actual-lrps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="98"/>
        <source>Diego/component lager log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="107"/>
        <source>not an access-log record: expected HOST - [TIME] &quot;REQUEST&quot; STATUS …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="109"/>
        <source>access-log start time is not a timestamp of any Gorouter release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="111"/>
        <source>an access-log field has an impossible value (status, byte count, IP address or key:value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="114"/>
        <source>a quoted value never ends: the line was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="116"/>
        <source>not valid JSON (for example an edited or redacted line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="118"/>
        <source>JSON cut short: the line ends inside the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="120"/>
        <source>JSON of an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="122"/>
        <source>JSON log line without timestamp or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="124"/>
        <source>timestamp cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="126"/>
        <source>stderr text that is not a Go log line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="128"/>
        <source>record lacks the fields that make it usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="130"/>
        <source>valid line of another kind (%1) inside this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="133"/>
        <source>line longer than the line limit; cut and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="135"/>
        <source>binary bytes (NUL) inside a text line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="137"/>
        <source>wrapper (cf logs, syslog, bosh logs -f) around text that is not a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="140"/>
        <source>fields of different Gorouter releases or contradicting each other: an edited line, not one Gorouter wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="151"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="153"/>
        <source>gzip data ends early; the readable part was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="155"/>
        <source>gzip data is corrupt; the readable part was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="157"/>
        <source>archive ends early; members before the cut were imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="159"/>
        <source>archive member is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="161"/>
        <source>member path leaves the archive (.. or absolute); read in memory under a safe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="164"/>
        <source>symbolic or hard link member; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="166"/>
        <source>device, FIFO or socket member; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="168"/>
        <source>member name is not valid UTF-8; shown escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="170"/>
        <source>archives nested too deeply; inner archive skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="172"/>
        <source>member larger than the size limit; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="174"/>
        <source>bundle expands past the total size limit; rest skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="176"/>
        <source>compression ratio too high (decompression bomb?); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="178"/>
        <source>more archive members than the limit; rest skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="180"/>
        <source>encrypted member; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="182"/>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="193"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="195"/>
        <source>binary file, not log text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="197"/>
        <source>no line looks like a Gorouter, Diego, route-table or LRP log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="199"/>
        <source>Go log lines of another component, not Gorouter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportTreeText</name>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="37"/>
        <source>Bundle problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="53"/>
        <source>First line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="56"/>
        <source>%1 lines of other programs (not records), e.g. line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="62"/>
        <source>content ends early; the readable part was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="64"/>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="70"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunText</name>
    <message>
        <location filename="../src/cli/importrun.cpp" line="30"/>
        <source>importing… %1% (%2 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="47"/>
        <source>problem: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="55"/>
        <source>truncated: %1: content ends early; the readable part was imported
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importrun.cpp" line="58"/>
        <source>skipped: %1: %n line(s): %2
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="61"/>
        <source>  line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="67"/>
        <source>import cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="9"/>
        <source>RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="37"/>
        <source>Open a bundle (File → Open, or drop a .tgz, .zip, .gz, folder or log file here) to see its requests.
Help → Open sample incident shows what RouteScope finds in a generated outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="78"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="82"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="95"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="100"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="116"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="128"/>
        <source>File / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="129"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="130"/>
        <source>Router / cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="131"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="132"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="136"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="137"/>
        <source>Open a bundle archive (.tgz, .tar, .zip), a .gz or a log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="138"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="141"/>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="142"/>
        <source>Open a directory of extracted logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="143"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="147"/>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="148"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="151"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="152"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="155"/>
        <source>Open &amp;Sample Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="156"/>
        <source>Open the generated sample outage shipped with RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="159"/>
        <source>&amp;About RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleRouteText</name>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="105"/>
        <source>%1 (TLS %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="158"/>
        <source>private_instance_id %1 differs from tags.process_instance_id %2: the registration mixes two instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="176"/>
        <source>%1 now belongs to instance %2 (index %3 of %4): requests for this route reach another instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="189"/>
        <source>instance %1 runs on %2 with host ports %3, not on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="195"/>
        <source>instance %1 is %2 in the LRPs, not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="197"/>
        <source>instance %1 is in no LRP; the LRP dump may be partial, so this is likely but not certain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <location filename="../src/cli/summary.cpp" line="34"/>
        <source>%1 MB/s, %2 k lines/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="85"/>
        <source>RouteScope summary of %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="90"/>
        <source>Time span     %1 … %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="92"/>
        <source>Requests      %1 on %2 router(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="99"/>
        <source>Events        %1 gorouter events, %2 stderr lines, %3 container events, %4 other component lines
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="111"/>
        <source>Snapshots     %1 route-table dump(s) with %2 endpoints, %3 LRP capture(s) with %4 LRPs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="121"/>
        <source>Status        </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="125"/>
        <source>              </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="132"/>
        <source>Router errors (x_cf_routererror)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="139"/>
        <source>Error classes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="147"/>
        <source>
Files: %1 read, %2 ignored
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="149"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="150"/>
        <source>ROUTER/CELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="151"/>
        <source>LINES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="152"/>
        <source>RECORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="153"/>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="154"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="170"/>
        <source>
Skipped lines
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="172"/>
        <source>  %1: %2 line(s): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="177"/>
        <source>      line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="185"/>
        <source>
Lines of other programs in captures (not records, not problems)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="187"/>
        <source>  %1: %2 line(s), e.g. line %3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="194"/>
        <source>
Bundle problems
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="202"/>
        <source>
Ignored files
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="208"/>
        <source>
Imported %1 MB of text (%2 lines) in %3 s: %4
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="43"/>
        <source>Incident viewer for Gorouter failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="47"/>
        <source>Bundle, folder or log files to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="67"/>
        <source>Open bundle or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="68"/>
        <source>Bundles and logs (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="73"/>
        <source>Open folder of logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="81"/>
        <source>About RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="82"/>
        <source>RouteScope %1
Incident viewer for Cloud Foundry Gorouter failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="92"/>
        <source>Import cancelled; the previous incident is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="118"/>
        <source>%n inputs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="126"/>
        <source>Sample incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="127"/>
        <source>The embedded sample incident is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="130"/>
        <source>sample incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="143"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="152"/>
        <source>Importing %1… %2 files, %3 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="166"/>
        <source>no timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="167"/>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="170"/>
        <source>%1 requests, %2 gorouter events, %3 route-table dumps, %4 LRP captures — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="179"/>
        <source>Imported %1 files (%2 MB) in %3 s; %4 lines skipped, %5 problems — see the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="185"/>
        <source>RouteScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::RequestTableModel</name>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="101"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="103"/>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="105"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="107"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="109"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="111"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="113"/>
        <source>Response time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="115"/>
        <source>Router error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="117"/>
        <source>vcap_request_id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <location filename="../src/cli/cli.cpp" line="54"/>
        <source>Run &apos;routescope help&apos; for usage and the filter grammar.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
