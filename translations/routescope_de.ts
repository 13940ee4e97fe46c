<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackendsView</name>
    <message>
        <location filename="../forms/backendsview.ui" line="21"/>
        <source>Which chart this panel shows.</source>
        <translation>Welches Diagramm dieses Panel zeigt.</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="24"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="25"/>
        <source>Error classes</source>
        <translation>Fehlerklassen</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="26"/>
        <location filename="../forms/backendsview.ui" line="118"/>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="40"/>
        <source>Lo&amp;g</source>
        <translation>Lo&amp;g</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="42"/>
        <source>Count on a logarithmic scale: small bars stay visible beside large ones.</source>
        <translation>Anzahl auf logarithmischer Skala: Kleine Balken bleiben neben großen sichtbar.</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="48"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="50"/>
        <source>Save the chart shown (PNG, SVG, PDF, CSV) or copy it.</source>
        <translation>Das angezeigte Diagramm speichern (PNG, SVG, PDF, CSV) oder kopieren.</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="68"/>
        <source>Failed requests count each request once, at the backend that answered last. Failed attempts count every attempt Gorouter logged as failed, also those of requests retried successfully on another backend.</source>
        <translation>Fehlgeschlagene Requests zählen jeden Request einmal, beim Backend, das zuletzt antwortete. Fehlgeschlagene Versuche zählen jeden Versuch, den Gorouter als fehlgeschlagen protokolliert hat, auch die von Requests, die bei einem anderen Backend erfolgreich wiederholt wurden.</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="71"/>
        <source>failed requests</source>
        <translation>fehlgeschlagene Requests</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="72"/>
        <source>failed attempts</source>
        <translation>fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="77"/>
        <source>per</source>
        <translation>pro</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="82"/>
        <source>&amp;backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="85"/>
        <source>One bar per backend address (ip:port), named after its app where the inputs tell.</source>
        <translation>Ein Balken pro Backend-Adresse (ip:port), benannt nach ihrer App, sofern die Eingaben sie nennen.</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="91"/>
        <source>app &amp;instance</source>
        <translation>App-&amp;Instanz</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="93"/>
        <source>One bar per app instance (app id / instance id), named after its app where the inputs tell.</source>
        <translation>Ein Balken pro App-Instanz (App-ID / Instanz-ID), benannt nach ihrer App, sofern die Eingaben sie nennen.</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="111"/>
        <source>Failed requests or attempts per backend or app instance, stacked by error class. Up and Down choose a bar, Enter filters to it.</source>
        <translation>Fehlgeschlagene Requests oder Versuche pro Backend oder App-Instanz, gestapelt nach Fehlerklasse. Auf und Ab wählen einen Balken, Enter filtert darauf.</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="115"/>
        <source>Failures per error class</source>
        <translation>Fehler pro Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="109"/>
        <source>Failures per backend</source>
        <translation>Fehler pro Backend</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="124"/>
        <source>No failures in the current filter</source>
        <translation>Keine Fehler im aktuellen Filter</translation>
    </message>
</context>
<context>
    <name>BuildInfoText</name>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="30"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="56"/>
        <source>built with %1</source>
        <translation>gebaut mit %1</translation>
    </message>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="82"/>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="83"/>
        <source>Build date: %1</source>
        <translation>Build-Datum: %1</translation>
    </message>
</context>
<context>
    <name>CacheCommandText</name>
    <message numerus="yes">
        <location filename="../src/cli/cachecommand.cpp" line="27"/>
        <source>removed %n saved incident(s) from %1
</source>
        <translation>
            <numerusform>%n gespeicherter Incident aus %1 entfernt
</numerusform>
            <numerusform>%n gespeicherte Incidents aus %1 entfernt
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cachecommand.cpp" line="45"/>
        <source>%1  %2  unreadable: %3
</source>
        <translation>%1  %2  nicht lesbar: %3
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/cachecommand.cpp" line="54"/>
        <source>%1  %2  %n request(s)  %3
</source>
        <translation>
            <numerusform>%1  %2  %n Request  %3
</numerusform>
            <numerusform>%1  %2  %n Requests  %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/cachecommand.cpp" line="59"/>
        <source>%n saved incident(s), %1 in %2
</source>
        <translation>
            <numerusform>%n gespeicherter Incident, %1 in %2
</numerusform>
            <numerusform>%n gespeicherte Incidents, %1 in %2
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseNotesDialog</name>
    <message>
        <location filename="../forms/casenotesdialog.ui" line="14"/>
        <source>Case Notes</source>
        <translation>Fallnotizen</translation>
    </message>
    <message>
        <location filename="../forms/casenotesdialog.ui" line="20"/>
        <source>Notes on this incident, saved with File → Save Case…</source>
        <translation>Notizen zu diesem Vorfall, gespeichert mit Datei → Fall speichern…</translation>
    </message>
</context>
<context>
    <name>ClassExplanations</name>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="25"/>
        <source>The request succeeded on its first attempt. Gorouter had nothing to retry and logged no failure for it.</source>
        <translation>Der Request war beim ersten Versuch erfolgreich. Gorouter musste nichts wiederholen und hat keinen Fehler protokolliert.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="28"/>
        <source>Recovered after a retry</source>
        <translation>Nach Wiederholung erfolgreich</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="29"/>
        <source>At least one attempt at a backend failed, then Gorouter retried another endpoint of the route and that one answered, so the client saw a normal response. The failed endpoint was marked ineligible for a while (or pruned, for TLS errors). Look at the failed attempts: many recoveries against the same endpoint point at a sick instance or a stale route.</source>
        <translation>Mindestens ein Versuch bei einem Backend schlug fehl; Gorouter versuchte es dann bei einem anderen Endpunkt der Route, der antwortete, sodass der Client eine normale Antwort erhielt. Der fehlgeschlagene Endpunkt wurde für eine Weile als ungeeignet markiert (bei TLS-Fehlern entfernt). Sehen Sie sich die fehlgeschlagenen Versuche an: viele Wiederholungen gegen denselben Endpunkt deuten auf eine kranke Instanz oder eine veraltete Route hin.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="35"/>
        <source>Error response from the app</source>
        <translation>Fehlerantwort der App</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="36"/>
        <source>The app itself answered with a 4xx or 5xx status; Gorouter only passed it on and did not retry. Look at the app&apos;s logs (cf logs) around this time and at the instance named in the access log.</source>
        <translation>Die App selbst antwortete mit einem 4xx- oder 5xx-Status; Gorouter hat ihn nur weitergereicht und nicht wiederholt. Prüfen Sie die Logs der App (cf logs) um diese Zeit und die im Access-Log genannte Instanz.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="40"/>
        <source>Connection to the backend failed</source>
        <translation>Verbindung zum Backend fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="41"/>
        <source>Gorouter could not open a TCP connection to the endpoint (refused, timed out, or no route to host). It marked the endpoint as failed, pruned it if it was a TLS endpoint, and retried another endpoint. A refused connection usually means the instance is gone or not listening yet (a stale route, a crash); a timeout points at the cell or the network. Check the cell&apos;s health and the route table.</source>
        <translation>Gorouter konnte keine TCP-Verbindung zum Endpunkt öffnen (abgelehnt, Zeitüberschreitung oder keine Route zum Host). Er markierte den Endpunkt als fehlerhaft, entfernte ihn, falls es ein TLS-Endpunkt war, und versuchte einen anderen Endpunkt. Eine abgelehnte Verbindung bedeutet meist, dass die Instanz nicht mehr existiert oder noch nicht lauscht (eine veraltete Route, ein Absturz); eine Zeitüberschreitung weist auf die Zelle oder das Netzwerk hin. Prüfen Sie den Zustand der Zelle und die Routing-Tabelle.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="47"/>
        <source>TLS to a plain-text backend</source>
        <translation>TLS zu einem Klartext-Backend</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="48"/>
        <source>Gorouter spoke TLS to an endpoint that answered in plain text, so the handshake failed (525). The endpoint was pruned and Gorouter retried another one. Usually the route was registered as TLS for a port where something else now listens, or the Envoy proxy in the container is missing. Compare the registration (isTLS, port) with the actual LRP.</source>
        <translation>Gorouter sprach TLS mit einem Endpunkt, der im Klartext antwortete, daher schlug der Handshake fehl (525). Der Endpunkt wurde entfernt und Gorouter versuchte einen anderen. Meist wurde die Route als TLS für einen Port registriert, auf dem jetzt etwas anderes lauscht, oder der Envoy-Proxy im Container fehlt. Vergleichen Sie die Registrierung (isTLS, Port) mit dem tatsächlichen LRP.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="54"/>
        <source>Certificate names the wrong instance</source>
        <translation>Zertifikat nennt die falsche Instanz</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="55"/>
        <source>The backend&apos;s certificate was valid but issued for another instance than the one Gorouter expected (503). Gorouter pruned the endpoint and retried. This is the classic sign of a stale route: the address now belongs to a different app instance. Compare the route table with cfdot actual-lrps.</source>
        <translation>Das Zertifikat des Backends war gültig, aber für eine andere Instanz ausgestellt als die, die Gorouter erwartete (503). Gorouter entfernte den Endpunkt und versuchte es erneut. Das ist das klassische Zeichen einer veralteten Route: Die Adresse gehört jetzt zu einer anderen App-Instanz. Vergleichen Sie die Routing-Tabelle mit cfdot actual-lrps.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="60"/>
        <source>Backend certificate not trusted</source>
        <translation>Backend-Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="61"/>
        <source>Gorouter could not verify the backend&apos;s certificate chain (526). The endpoint was pruned and Gorouter retried. Check the CA certificates Gorouter trusts (backends CA, Diego instance identity CA) against the one that signed the backend&apos;s certificate; a CA rotation half done is a common cause.</source>
        <translation>Gorouter konnte die Zertifikatskette des Backends nicht prüfen (526). Der Endpunkt wurde entfernt und Gorouter versuchte es erneut. Vergleichen Sie die CA-Zertifikate, denen Gorouter vertraut (Backends-CA, Diego-Instance-Identity-CA), mit der CA, die das Zertifikat des Backends signiert hat; eine halb durchgeführte CA-Rotation ist eine häufige Ursache.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="66"/>
        <source>Backend rejected Gorouter&apos;s certificate</source>
        <translation>Backend lehnte Gorouters Zertifikat ab</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="67"/>
        <source>The backend refused Gorouter&apos;s client certificate during the TLS handshake (496). Gorouter pruned the endpoint and retried. Check the client certificate Gorouter presents to backends and the CA the backend (or its Envoy) expects.</source>
        <translation>Das Backend lehnte Gorouters Client-Zertifikat während des TLS-Handshakes ab (496). Gorouter entfernte den Endpunkt und versuchte es erneut. Prüfen Sie das Client-Zertifikat, das Gorouter den Backends vorlegt, und die CA, die das Backend (oder sein Envoy) erwartet.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="71"/>
        <source>TLS handshake refused by the backend</source>
        <translation>TLS-Handshake vom Backend abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="72"/>
        <source>The backend ended the TLS handshake with a generic handshake failure (525), usually because it shares no cipher suite or TLS version with Gorouter. Gorouter pruned the endpoint and retried. Compare the TLS settings of both sides, especially after a platform or component upgrade.</source>
        <translation>Das Backend beendete den TLS-Handshake mit einem allgemeinen Handshake-Fehler (525), meist weil es keine Cipher-Suite oder TLS-Version mit Gorouter teilt. Gorouter entfernte den Endpunkt und versuchte es erneut. Vergleichen Sie die TLS-Einstellungen beider Seiten, besonders nach einem Upgrade der Plattform oder einer Komponente.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="77"/>
        <source>TLS handshake timed out</source>
        <translation>Zeitüberschreitung beim TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="78"/>
        <source>The TCP connection opened but the TLS handshake did not finish in time (502). Gorouter pruned the endpoint and retried. Look for an overloaded cell or a container whose Envoy does not answer, and for network drops between router and cell.</source>
        <translation>Die TCP-Verbindung wurde geöffnet, aber der TLS-Handshake wurde nicht rechtzeitig abgeschlossen (502). Gorouter entfernte den Endpunkt und versuchte es erneut. Suchen Sie nach einer überlasteten Zelle, einem Container, dessen Envoy nicht antwortet, und nach Netzwerkausfällen zwischen Router und Zelle.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="83"/>
        <source>Backend certificate expired</source>
        <translation>Backend-Zertifikat abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="84"/>
        <source>The backend&apos;s certificate was expired or not yet valid at the time of the handshake (502). Gorouter pruned the endpoint and retried. Instance identity certificates are short-lived: check the cell&apos;s clock (NTP drift) and whether the rep renews certificates.</source>
        <translation>Das Zertifikat des Backends war zum Zeitpunkt des Handshakes abgelaufen oder noch nicht gültig (502). Gorouter entfernte den Endpunkt und versuchte es erneut. Instance-Identity-Zertifikate sind kurzlebig: Prüfen Sie die Uhr der Zelle (NTP-Drift) und ob der Rep die Zertifikate erneuert.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="89"/>
        <source>Connection reset by the backend</source>
        <translation>Verbindung vom Backend zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="90"/>
        <source>The backend closed the connection abruptly while Gorouter was reading the response (502). Gorouter marked the endpoint as failed but did not retry, since the request may already have had effects. Typical causes are an app crashing mid-request or an idle keep-alive connection the app closed; check the app&apos;s logs and its keep-alive timeout.</source>
        <translation>Das Backend schloss die Verbindung abrupt, während Gorouter die Antwort las (502). Gorouter markierte den Endpunkt als fehlerhaft, wiederholte aber nicht, da der Request bereits Wirkung gehabt haben kann. Typische Ursachen sind eine App, die mitten im Request abstürzt, oder eine inaktive Keep-Alive-Verbindung, die die App geschlossen hat; prüfen Sie die Logs der App und ihr Keep-Alive-Timeout.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="96"/>
        <source>Backend closed the connection</source>
        <translation>Backend hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="97"/>
        <source>The backend closed the connection without sending a complete response (EOF, 502). Gorouter retries this only for idempotent requests without a body and does not mark the endpoint. Often a keep-alive race: the app&apos;s idle timeout is shorter than Gorouter&apos;s. Otherwise the app crashed or dropped the request; check its logs.</source>
        <translation>Das Backend schloss die Verbindung, ohne eine vollständige Antwort zu senden (EOF, 502). Gorouter wiederholt dies nur bei idempotenten Requests ohne Body und markiert den Endpunkt nicht. Oft ein Keep-Alive-Wettlauf: Das Idle-Timeout der App ist kürzer als das von Gorouter. Andernfalls ist die App abgestürzt oder hat den Request verworfen; prüfen Sie ihre Logs.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="102"/>
        <source>Request not fully sent</source>
        <translation>Request nicht vollständig gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="103"/>
        <source>Gorouter could not send the whole request to the backend: no connection was obtained or the headers or body were not fully written (502). Gorouter retried without marking the endpoint. Look at request bodies (a Content-Length that does not match the body) and at the backend&apos;s connection handling.</source>
        <translation>Gorouter konnte nicht den ganzen Request an das Backend senden: Es wurde keine Verbindung erhalten, oder Header oder Body wurden nicht vollständig geschrieben (502). Gorouter wiederholte, ohne den Endpunkt zu markieren. Prüfen Sie die Request-Bodys (eine Content-Length, die nicht zum Body passt) und die Verbindungsbehandlung des Backends.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="108"/>
        <source>Backend too slow</source>
        <translation>Backend zu langsam</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="109"/>
        <source>The backend did not answer within Gorouter&apos;s request timeout (502). Gorouter did not retry and did not mark the endpoint. Check the app&apos;s response times and its dependencies (databases, services); a burst of these on one instance suggests a stuck instance.</source>
        <translation>Das Backend antwortete nicht innerhalb von Gorouters Request-Timeout (502). Gorouter wiederholte nicht und markierte den Endpunkt nicht. Prüfen Sie die Antwortzeiten der App und ihre Abhängigkeiten (Datenbanken, Services); eine Häufung auf einer Instanz deutet auf eine hängende Instanz hin.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="114"/>
        <source>Client gave up</source>
        <translation>Client hat aufgegeben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="115"/>
        <source>The client closed the connection before the backend answered, so Gorouter logged 499; the client never saw this response. Gorouter did not retry or mark the endpoint. Either the client&apos;s timeout is short or the app was slow; compare with the app&apos;s response times.</source>
        <translation>Der Client schloss die Verbindung, bevor das Backend antwortete, daher protokollierte Gorouter 499; der Client hat diese Antwort nie gesehen. Gorouter wiederholte nicht und markierte den Endpunkt nicht. Entweder ist das Timeout des Clients kurz oder die App war langsam; vergleichen Sie mit den Antwortzeiten der App.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="120"/>
        <source>Other backend failure</source>
        <translation>Anderer Backend-Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="121"/>
        <source>The attempt failed with an error Gorouter does not treat specially, for example a malformed HTTP response (502). Gorouter neither retried nor marked the endpoint. Read the error text: it names what the backend sent or did.</source>
        <translation>Der Versuch schlug mit einem Fehler fehl, den Gorouter nicht gesondert behandelt, zum Beispiel einer fehlerhaften HTTP-Antwort (502). Gorouter hat weder wiederholt noch den Endpunkt markiert. Lesen Sie den Fehlertext: Er nennt, was das Backend gesendet oder getan hat.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="125"/>
        <source>Unknown route</source>
        <translation>Unbekannte Route</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="126"/>
        <source>Gorouter had no route for the requested host and path (404); no backend was contacted. Either the client used a wrong host name, or the route is not registered: the app was stopped or deleted, the route unmapped, or the router lost registrations (NATS problems). Check the route table and the app&apos;s state.</source>
        <translation>Gorouter hatte keine Route für den angefragten Host und Pfad (404); kein Backend wurde kontaktiert. Entweder hat der Client einen falschen Hostnamen verwendet, oder die Route ist nicht registriert: Die App wurde gestoppt oder gelöscht, die Route entfernt, oder der Router hat Registrierungen verloren (NATS-Probleme). Prüfen Sie die Routing-Tabelle und den Zustand der App.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="131"/>
        <source>No endpoints for the route</source>
        <translation>Keine Endpunkte für die Route</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="132"/>
        <source>The route exists but had no endpoint left to try (503), for example after every instance crashed or was pruned. Check the app&apos;s instances (cf app, cfdot actual-lrps) and the prune events just before.</source>
        <translation>Die Route existiert, hatte aber keinen Endpunkt mehr zum Versuchen (503), zum Beispiel nachdem jede Instanz abgestürzt oder entfernt worden war. Prüfen Sie die Instanzen der App (cf app, cfdot actual-lrps) und die Prune-Ereignisse kurz davor.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="136"/>
        <source>Empty Host header</source>
        <translation>Leerer Host-Header</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="137"/>
        <source>The request had no Host header (400), so Gorouter could not route it. This is a client problem, often a health check or scanner; look at the client address.</source>
        <translation>Der Request hatte keinen Host-Header (400), daher konnte Gorouter ihn nicht routen. Das ist ein Client-Problem, oft ein Health-Check oder Scanner; sehen Sie sich die Client-Adresse an.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="140"/>
        <source>Invalid instance header</source>
        <translation>Ungültiger Instanz-Header</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="141"/>
        <source>The request asked for a specific app or process instance (X-CF-App-Instance or X-CF-Process-Instance) with a malformed or unknown value (400). Fix the client that sets the header.</source>
        <translation>Der Request verlangte eine bestimmte App- oder Prozessinstanz (X-CF-App-Instance oder X-CF-Process-Instance) mit einem fehlerhaften oder unbekannten Wert (400). Korrigieren Sie den Client, der den Header setzt.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="145"/>
        <source>Connection limit reached</source>
        <translation>Verbindungslimit erreicht</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="146"/>
        <source>Every endpoint of the route already had the maximum number of connections Gorouter allows per backend (503); nothing was tried. The app is too slow or too small for its load: scale it or find what holds connections open.</source>
        <translation>Jeder Endpunkt der Route hatte bereits die maximale Zahl an Verbindungen, die Gorouter pro Backend erlaubt (503); nichts wurde versucht. Die App ist zu langsam oder zu klein für ihre Last: Skalieren Sie sie oder finden Sie heraus, was Verbindungen offen hält.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="150"/>
        <source>Route service failure</source>
        <translation>Route-Service-Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="151"/>
        <source>The route is bound to a route service and the request failed there: route services are disabled on this router, or the signature headers of a request coming back from the route service were invalid or expired. Check the route service binding, the route service&apos;s clock and the router&apos;s route-services secret.</source>
        <translation>Die Route ist an einen Route-Service gebunden und der Request ist dort fehlgeschlagen: Route-Services sind auf diesem Router deaktiviert, oder die Signatur-Header eines vom Route-Service zurückkehrenden Requests waren ungültig oder abgelaufen. Prüfen Sie die Route-Service-Bindung, die Uhr des Route-Service und das Route-Services-Secret des Routers.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="157"/>
        <source>Request headers too large</source>
        <translation>Request-Header zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="158"/>
        <source>The request&apos;s headers exceeded Gorouter&apos;s maximum request header size (431); it was not forwarded. Usually oversized cookies or tokens sent by the client.</source>
        <translation>Die Header des Requests überschritten Gorouters maximale Request-Header-Größe (431); er wurde nicht weitergeleitet. Meist zu große Cookies oder Tokens, die der Client sendet.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="161"/>
        <source>Gorouter panicked</source>
        <translation>Gorouter-Panic</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="162"/>
        <source>Gorouter hit an internal error while handling the request and recovered from it (502). This is a Gorouter bug: collect the panic-check line with its stack trace and the routing-release version for a report.</source>
        <translation>Gorouter ist bei der Bearbeitung des Requests auf einen internen Fehler gestoßen und hat sich davon erholt (502). Das ist ein Gorouter-Bug: Sammeln Sie die panic-check-Zeile mit ihrem Stacktrace und die Version des routing-release für einen Fehlerbericht.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="169"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="170"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="171"/>
        <source>Client or app</source>
        <translation>Client oder App</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="172"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="173"/>
        <source>App or platform</source>
        <translation>App oder Plattform</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="174"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="175"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="185"/>
        <source>Gorouter found no route for the host (404), or no instance matching an X-CF-App-Instance header (400). No backend was contacted.</source>
        <translation>Gorouter fand keine Route für den Host (404) oder keine Instanz, die zu einem X-CF-App-Instance-Header passt (400). Kein Backend wurde kontaktiert.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="189"/>
        <source>The route exists but had no endpoints to try (503): every instance was removed, crashed or pruned.</source>
        <translation>Die Route existiert, hatte aber keine Endpunkte zum Versuchen (503): Jede Instanz wurde entfernt, ist abgestürzt oder wurde gepruned.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="192"/>
        <source>The request had an empty Host header (400).</source>
        <translation>Der Request hatte einen leeren Host-Header (400).</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="194"/>
        <source>The X-CF-App-Instance header was malformed (400); the client must send &quot;app-guid:index&quot;.</source>
        <translation>Der X-CF-App-Instance-Header war fehlerhaft (400); der Client muss &quot;app-guid:index&quot; senden.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="198"/>
        <source>The X-CF-Process-Instance header was malformed (400); the client must send &quot;process-guid:index&quot;.</source>
        <translation>Der X-CF-Process-Instance-Header war fehlerhaft (400); der Client muss &quot;process-guid:index&quot; senden.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="202"/>
        <source>All endpoints of the route were at Gorouter&apos;s per-backend connection limit (503); nothing was tried.</source>
        <translation>Alle Endpunkte der Route waren am Verbindungslimit pro Backend von Gorouter (503); nichts wurde versucht.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="206"/>
        <source>The route is bound to a route service but route services are disabled on this router (502).</source>
        <translation>Die Route ist an einen Route-Service gebunden, aber Route-Services sind auf diesem Router deaktiviert (502).</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="210"/>
        <source>A request coming back from a route service carried a signature that had expired: the route service took too long, or clocks differ.</source>
        <translation>Ein vom Route-Service zurückkehrender Request trug eine abgelaufene Signatur: Der Route-Service hat zu lange gebraucht, oder die Uhren weichen ab.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="214"/>
        <source>A request coming back from a route service carried a signature Gorouter could not validate (400): the route service altered the headers or the routers use different secrets.</source>
        <translation>Ein vom Route-Service zurückkehrender Request trug eine Signatur, die Gorouter nicht prüfen konnte (400): Der Route-Service hat die Header verändert, oder die Router verwenden unterschiedliche Secrets.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="219"/>
        <source>The request headers exceeded the router&apos;s maximum size (431); it was not forwarded.</source>
        <translation>Die Request-Header überschritten die maximale Größe des Routers (431); der Request wurde nicht weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="223"/>
        <source>The query string used &apos;;&apos; as a separator, which Go no longer accepts; Gorouter only notes it. The request was otherwise handled normally.</source>
        <translation>Der Query-String verwendete &apos;;&apos; als Trennzeichen, was Go nicht mehr akzeptiert; Gorouter vermerkt dies nur. Der Request wurde ansonsten normal bearbeitet.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="227"/>
        <source>Gorouter recovered from an internal panic while handling the request (502).</source>
        <translation>Gorouter hat sich bei der Bearbeitung des Requests von einer internen Panic erholt (502).</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="230"/>
        <source>Every attempt at a backend failed; the text in parentheses (recent releases only) is the last attempt&apos;s error. Without it, the backend-endpoint-failed lines in gorouter.stdout.log tell what happened.</source>
        <translation>Jeder Versuch bei einem Backend schlug fehl; der Text in Klammern (nur neuere Releases) ist der Fehler des letzten Versuchs. Ohne ihn zeigen die backend-endpoint-failed-Zeilen in gorouter.stdout.log, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <location filename="../src/cli/options.cpp" line="52"/>
        <source>Usage:
  routescope [PATH]                          open the window (on PATH, or the sample incident)
  routescope summary PATH… [--json]          sources, counts, time span, histograms, import report
  routescope requests PATH… [--csv|--jsonl]  one row per request
  routescope diagnose PATH… [--json]         findings, stale routes, route-table differences
  routescope routes PATH… --at TIME [--router ID] [--json]
                                             each router&apos;s replayed route table at TIME with the
                                             stale marks valid then (TIME like 2026-10-14T09:08:00Z)
  routescope events PATH… [--json] [--router ID]
                                             every Gorouter event (JSON log and stderr): time,
                                             router, kind, endpoint, attempt class, request id,
                                             file:line and error text
  routescope report PATH… -o FILE.pdf|FILE.html [--title T]
                                             the incident report
  routescope chart PATH… --kind timeline|backends|classes|latency
                   -o FILE.png|svg|pdf|csv [--width W --height H] [--scale 1|2|3]
                                             one chart, as the window draws it
  routescope push PATH… --to clickhouse://[user@]host[:port]/database [--create]
                                             the same analysis, stored in ClickHouse (password
                                             from ROUTESCOPE_CLICKHOUSE_PASSWORD); a bundle
                                             pushed before is not added again; with
                                             --progress, rows and bytes sent per table; Ctrl-C
                                             stops after the current batch
  routescope summary clickhouse://[user@]host[:port]/database --from T --to T [--json]
                                             the overview of a pushed range, computed by ClickHouse
  routescope requests clickhouse://… --from T --to T [--limit N [--after CURSOR]]
                                             its requests in time order, a page at a time
  routescope diagnose|report|chart clickhouse://… --from T --to T [--filter EXPR] …
                                             the range drilled into a local incident (at most
                                             5 000 000 requests), then as for files
  routescope cache ls|clear                  the saved incidents (inputs, requests, size, date),
                                             or removes them
  routescope help filter                     the --filter grammar: fields, operators, examples
Options:
  --filter EXPR select requests (summary, requests, report, chart) or events (time, router,
                host, app, backend, instance, class, text), for example
                &apos;status&gt;=500 and class in (dial, hostname_mismatch) and time&gt;=2026-10-14T09:08:00Z&apos;
  --threads N   parser threads (default: one per core)
  --progress    show import progress on stderr (when pushing: rows and bytes sent)
  --no-cache    import again, without reading or writing the saved incident
  --ca-file PATH  PEM certificates trusted for a clickhouses:// server (HTTPS, port 8443),
                besides the system&apos;s; the certificate is always checked
  --lang L      language of the report or chart: de, ja or en (default: the system&apos;s)
PATH is a directory, a log file, a .gz, or a .tgz/.tar/.zip bundle (archives may nest).
After an import the incident is saved under $XDG_CACHE_HOME/routescope (or
$ROUTESCOPE_CACHE_DIR); the same PATHs open from there while they are unchanged.
Exit status: 0 success, 1 input problems (see the import report), 2 usage error,
3 ClickHouse could not be reached or a query failed, 130 a push stopped by Ctrl-C.
</source>
        <translation>Verwendung:
  routescope [PATH]                          das Fenster öffnen (mit PATH oder dem Beispiel-Incident)
  routescope summary PATH… [--json]          Quellen, Anzahlen, Zeitraum, Histogramme, Importbericht
  routescope requests PATH… [--csv|--jsonl]  eine Zeile pro Request
  routescope diagnose PATH… [--json]         Befunde, veraltete Routen, Unterschiede der Routing-Tabellen
  routescope routes PATH… --at TIME [--router ID] [--json]
                                             die nachgespielte Routing-Tabelle jedes Routers zur Zeit TIME, mit den
                                             dann gültigen Markierungen veralteter Routen (TIME etwa 2026-10-14T09:08:00Z)
  routescope events PATH… [--json] [--router ID]
                                             jedes Gorouter-Ereignis (JSON-Log und stderr): Zeit,
                                             Router, Art, Endpunkt, Versuchsklasse, Request-ID,
                                             Datei:Zeile und Fehlertext
  routescope report PATH… -o FILE.pdf|FILE.html [--title T]
                                             der Incident-Bericht
  routescope chart PATH… --kind timeline|backends|classes|latency
                   -o FILE.png|svg|pdf|csv [--width W --height H] [--scale 1|2|3]
                                             ein Diagramm, wie das Fenster es zeichnet
  routescope push PATH… --to clickhouse://[user@]host[:port]/database [--create]
                                             dieselbe Analyse, in ClickHouse gespeichert (Passwort
                                             aus ROUTESCOPE_CLICKHOUSE_PASSWORD); ein schon
                                             übertragenes Bundle wird nicht erneut hinzugefügt; mit
                                             --progress Zeilen und Bytes je Tabelle; Strg-C
                                             hält nach dem laufenden Block an
  routescope summary clickhouse://[user@]host[:port]/database --from T --to T [--json]
                                             der Überblick über einen übertragenen Zeitraum, von ClickHouse berechnet
  routescope requests clickhouse://… --from T --to T [--limit N [--after CURSOR]]
                                             seine Requests in zeitlicher Reihenfolge, seitenweise
  routescope diagnose|report|chart clickhouse://… --from T --to T [--filter EXPR] …
                                             den Zeitraum als lokalen Incident geholt (höchstens
                                             5 000 000 Requests), dann wie bei Dateien
  routescope cache ls|clear                  die gespeicherten Incidents (Eingaben, Requests, Größe,
                                             Datum), oder entfernt sie
  routescope help filter                     die Grammatik von --filter: Felder, Operatoren, Beispiele
Optionen:
  --filter EXPR Requests auswählen (summary, requests, report, chart) oder Ereignisse (time, router,
                host, app, backend, instance, class, text), zum Beispiel
                &apos;status&gt;=500 and class in (dial, hostname_mismatch) and time&gt;=2026-10-14T09:08:00Z&apos;
  --threads N   Parser-Threads (Standard: einer pro Kern)
  --progress    Importfortschritt auf stderr zeigen (push: gesendete Zeilen und Bytes)
  --no-cache    erneut importieren, ohne den gespeicherten Incident zu lesen oder zu schreiben
  --ca-file PATH  PEM-Zertifikate, denen für einen clickhouses://-Server (HTTPS, Port 8443)
                zusätzlich zu denen des Systems vertraut wird; das Zertifikat wird immer geprüft
  --lang L      Sprache des Berichts oder Diagramms: de, ja oder en (Standard: die des Systems)
PATH ist ein Ordner, eine Logdatei, eine .gz oder ein .tgz/.tar/.zip-Bundle (Archive dürfen verschachtelt sein).
Nach einem Import wird der Incident unter $XDG_CACHE_HOME/routescope (oder
$ROUTESCOPE_CACHE_DIR) gespeichert; dieselben PATHs öffnen sich von dort, solange sie unverändert sind.
Exit-Status: 0 Erfolg, 1 Probleme mit der Eingabe (siehe Importbericht), 2 Aufruffehler,
3 ClickHouse war nicht erreichbar oder eine Abfrage schlug fehl, 130 ein mit Strg-C angehaltener Push.
</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="142"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="154"/>
        <source>%1 is not an option of this command</source>
        <translation>%1 ist keine Option dieses Befehls</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="158"/>
        <source>choose one output format</source>
        <translation>wählen Sie ein einziges Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="183"/>
        <source>--filter needs an expression</source>
        <translation>--filter braucht einen Ausdruck</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="191"/>
        <source>bad --filter expression: %1
  %2
  %3^</source>
        <translation>fehlerhafter --filter-Ausdruck: %1
  %2
  %3^</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="201"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="216"/>
        <source>%1 needs a number of pixels from 100 to 10000</source>
        <translation>%1 braucht eine Pixelzahl von 100 bis 10000</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="223"/>
        <source>--scale takes 1, 2 or 3</source>
        <translation>--scale nimmt 1, 2 oder 3</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="231"/>
        <source>--lang takes de, ja or en</source>
        <translation>--lang nimmt de, ja oder en</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="239"/>
        <source>--at needs a time such as 2026-10-14T09:08:00Z</source>
        <translation>--at braucht eine Zeit wie 2026-10-14T09:08:00Z</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="245"/>
        <source>--router needs a router name or id</source>
        <translation>--router braucht einen Router-Namen oder eine Router-ID</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="251"/>
        <source>--to needs a clickhouse://[user@]host[:port]/database URL</source>
        <translation>--to braucht eine URL clickhouse://[user@]host[:port]/database</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="261"/>
        <source>%1 needs a time such as 2026-10-14T09:08:00Z</source>
        <translation>%1 braucht eine Zeit wie 2026-10-14T09:08:00Z</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="269"/>
        <source>--limit needs a number of rows from 1 to 1000000</source>
        <translation>--limit braucht eine Zeilenzahl von 1 bis 1000000</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="275"/>
        <source>--after needs the cursor a previous page printed</source>
        <translation>--after braucht den Cursor, den eine vorige Seite ausgegeben hat</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="283"/>
        <source>--ca-file needs a file of PEM certificates</source>
        <translation>--ca-file braucht eine Datei mit PEM-Zertifikaten</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="295"/>
        <source>--threads needs a number from 1 to 256</source>
        <translation>--threads braucht eine Zahl von 1 bis 256</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="300"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="307"/>
        <source>--filter applies to summary and requests, not to diagnose</source>
        <translation>--filter gilt für summary und requests, nicht für diagnose</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="311"/>
        <source>--filter applies to summary and requests, not to routes</source>
        <translation>--filter gilt für summary und requests, nicht für routes</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="315"/>
        <source>--filter for events: only time, router, host, app, backend, instance, class and text terms joined by &apos;and&apos; describe events</source>
        <translation>--filter für Ereignisse: nur mit &apos;and&apos; verbundene Bedingungen auf time, router, host, app, backend, instance, class und text beschreiben Ereignisse</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="320"/>
        <source>--filter for events: status and source describe requests, not events</source>
        <translation>--filter für events: status und source beschreiben Requests, keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="324"/>
        <source>push stores the whole incident; --filter does not apply</source>
        <translation>push speichert den ganzen Incident; --filter gilt hier nicht</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="332"/>
        <source>a clickhouse:// source is read alone: give one URL and no other PATH</source>
        <translation>eine clickhouse://-Quelle wird allein gelesen: eine URL und kein weiterer PATH</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="337"/>
        <source>a clickhouse:// source needs --from T and a later --to T, for example --from 2026-10-14T09:00:00Z --to 2026-10-14T10:00:00Z</source>
        <translation>eine clickhouse://-Quelle braucht --from T und ein späteres --to T, zum Beispiel --from 2026-10-14T09:00:00Z --to 2026-10-14T10:00:00Z</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="342"/>
        <source>requests from a clickhouse:// source are written as TSV only</source>
        <translation>Requests aus einer clickhouse://-Quelle werden nur als TSV geschrieben</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="347"/>
        <source>--from, --to, --limit and --after read a clickhouse:// source; for files use --filter &apos;time&gt;=…&apos;</source>
        <translation>--from, --to, --limit und --after lesen eine clickhouse://-Quelle; für Dateien --filter &apos;time&gt;=…&apos; verwenden</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="352"/>
        <source>--ca-file applies to a clickhouses:// server (push, or a clickhouses:// source)</source>
        <translation>--ca-file gilt für einen clickhouses://-Server (push oder eine clickhouses://-Quelle)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="357"/>
        <source>push needs --to clickhouse://[user@]host[:port]/database</source>
        <translation>push braucht --to clickhouse://[user@]host[:port]/database</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="361"/>
        <source>routes needs --at TIME, for example --at 2026-10-14T09:08:00Z</source>
        <translation>routes braucht --at TIME, zum Beispiel --at 2026-10-14T09:08:00Z</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="367"/>
        <source>report needs -o FILE.pdf or -o FILE.html</source>
        <translation>report braucht -o FILE.pdf oder -o FILE.html</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="376"/>
        <source>chart needs --kind timeline, backends, classes or latency</source>
        <translation>chart braucht --kind timeline, backends, classes oder latency</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="382"/>
        <source>chart needs -o FILE.png, FILE.svg, FILE.pdf or FILE.csv</source>
        <translation>chart braucht -o FILE.png, FILE.svg, FILE.pdf oder FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="388"/>
        <source>cache takes ls or clear</source>
        <translation>cache erwartet ls oder clear</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="393"/>
        <source>no PATH given</source>
        <translation>kein PATH angegeben</translation>
    </message>
</context>
<context>
    <name>ClickHouseClientText</name>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="66"/>
        <source>&apos;%1&apos; is not a clickhouse://[user@]host[:port]/database URL (clickhouses://… for HTTPS)</source>
        <translation>„%1“ ist keine URL der Form clickhouse://[user@]host[:port]/database (clickhouses://… für HTTPS)</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="73"/>
        <source>put the password in ROUTESCOPE_CLICKHOUSE_PASSWORD, not in the URL</source>
        <translation>das Passwort gehört in ROUTESCOPE_CLICKHOUSE_PASSWORD, nicht in die URL</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="88"/>
        <source>the URL must end in a database name of letters, digits and _ (clickhouse://host:8123/routescope)</source>
        <translation>die URL muss mit einem Datenbanknamen aus Buchstaben, Ziffern und _ enden (clickhouse://host:8123/routescope)</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="201"/>
        <source>while cancelling query %1</source>
        <translation>beim Abbrechen der Abfrage %1</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="213"/>
        <source>%1: could not compress the rows</source>
        <translation>%1: die Zeilen ließen sich nicht komprimieren</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="229"/>
        <source>this build of Qt has no TLS backend, so clickhouses:// cannot be used</source>
        <translation>dieses Qt hat kein TLS-Backend, daher ist clickhouses:// nicht nutzbar</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="238"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="244"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="302"/>
        <location filename="../src/core/clickhouse/client.cpp" line="396"/>
        <source>no TLS handshake within %1 s</source>
        <translation>kein TLS-Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="407"/>
        <source>%1: ClickHouse answered HTTP %2: %3</source>
        <translation>%1: ClickHouse antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="254"/>
        <source>%1: the TLS connection to ClickHouse at %2:%3 failed (is it the server&apos;s HTTPS port, and does --ca-file hold the CA that signed its certificate?): %4</source>
        <translation>%1: die TLS-Verbindung zu ClickHouse auf %2:%3 ist fehlgeschlagen (ist das der HTTPS-Port des Servers, und enthält --ca-file die CA, die sein Zertifikat signiert hat?): %4</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="419"/>
        <source>%1: cannot reach ClickHouse at %2:%3: %4</source>
        <translation>%1: ClickHouse unter %2:%3 nicht erreichbar: %4</translation>
    </message>
</context>
<context>
    <name>ClickHouseDrillText</name>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="188"/>
        <source>the drill was cancelled</source>
        <translation>das Holen wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="193"/>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="774"/>
        <source>%1: the server&apos;s answer could not be read</source>
        <translation>%1: die Antwort des Servers war nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="254"/>
        <source>while counting the requests to drill</source>
        <translation>beim Zählen der zu holenden Requests</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="266"/>
        <source>the range holds %1 requests, more than the %2 a drill takes into a local incident: narrow the range or the filter</source>
        <translation>der Zeitraum enthält %1 Requests, mehr als die %2, die in einen lokalen Incident geholt werden: Zeitraum oder Filter enger fassen</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="277"/>
        <source>while finding the bundles of the range</source>
        <translation>beim Suchen der Bundles des Zeitraums</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="296"/>
        <source>while reading the requests of the range</source>
        <translation>beim Lesen der Requests des Zeitraums</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="297"/>
        <source>Reading requests…</source>
        <translation>Requests werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="348"/>
        <source>the range holds more than the %1 requests a drill takes into a local incident: narrow the range or the filter</source>
        <translation>der Zeitraum enthält mehr als die %1 Requests, die in einen lokalen Incident geholt werden: Zeitraum oder Filter enger fassen</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="381"/>
        <source>while reading the router events of the range</source>
        <translation>beim Lesen der Router-Ereignisse des Zeitraums</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="382"/>
        <source>Reading router events…</source>
        <translation>Router-Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="459"/>
        <source>while reading the stderr lines of the range</source>
        <translation>beim Lesen der stderr-Zeilen des Zeitraums</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="460"/>
        <source>Reading stderr lines…</source>
        <translation>stderr-Zeilen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="495"/>
        <source>while reading the container events of the bundles</source>
        <translation>beim Lesen der Container-Ereignisse der Bundles</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="496"/>
        <source>Reading container events…</source>
        <translation>Container-Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="540"/>
        <source>while reading the route-table snapshots of the bundles</source>
        <translation>beim Lesen der Routing-Tabellen-Abzüge der Bundles</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="541"/>
        <source>Reading route-table snapshots…</source>
        <translation>Routing-Tabellen-Abzüge werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="602"/>
        <source>while reading the LRP captures of the bundles</source>
        <translation>beim Lesen der LRP-Aufzeichnungen der Bundles</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="603"/>
        <source>Reading LRP captures…</source>
        <translation>LRP-Aufzeichnungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="677"/>
        <source>a drill needs a time range with its start before its end</source>
        <translation>das Holen braucht einen Zeitraum, dessen Anfang vor seinem Ende liegt</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="690"/>
        <source>Counting requests…</source>
        <translation>Requests werden gezählt…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="706"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="753"/>
        <source>while reading the time span of the requests</source>
        <translation>beim Lesen der Zeitspanne der Requests</translation>
    </message>
</context>
<context>
    <name>ClickHouseFilterText</name>
    <message>
        <location filename="../src/core/clickhouse/filtersql.cpp" line="65"/>
        <source>a list of rows (%1) names rows of a local incident, not of ClickHouse</source>
        <translation>eine Zeilenliste (%1) nennt Zeilen eines lokalen Incidents, nicht von ClickHouse</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/filtersql.cpp" line="126"/>
        <source>the field &apos;%1&apos; is not stored in ClickHouse&apos;s requests table; filter on it in a local incident (routescope summary PATH)</source>
        <translation>das Feld &apos;%1&apos; ist nicht in der requests-Tabelle von ClickHouse gespeichert; in einem lokalen Incident danach filtern (routescope summary PATH)</translation>
    </message>
</context>
<context>
    <name>ClickHouseOverviewText</name>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="72"/>
        <source>%1: the server&apos;s answer could not be read</source>
        <translation>%1: die Antwort des Servers war nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="168"/>
        <source>the overview needs a time range with --from before --to</source>
        <translation>der Überblick braucht einen Zeitraum mit --from vor --to</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="187"/>
        <source>while counting the requests in the range</source>
        <translation>beim Zählen der Requests im Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="225"/>
        <source>while counting requests by status and error class</source>
        <translation>beim Zählen der Requests nach Status und Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="266"/>
        <source>while counting requests per time bucket</source>
        <translation>beim Zählen der Requests pro Zeitabschnitt</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="313"/>
        <source>while counting failures per backend</source>
        <translation>beim Zählen der Fehler pro Backend</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="316"/>
        <source>while counting failures per app</source>
        <translation>beim Zählen der Fehler pro App</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="321"/>
        <source>while counting requests per route</source>
        <translation>beim Zählen der Requests pro Route</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="342"/>
        <source>while computing latency percentiles</source>
        <translation>beim Berechnen der Latenz-Perzentile</translation>
    </message>
</context>
<context>
    <name>ClickHousePushText</name>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="36"/>
        <source>%1: ClickHouse answered something that is not a number</source>
        <translation>%1: ClickHouse antwortete mit etwas, das keine Zahl ist</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="59"/>
        <source>Looking for rows of an interrupted push</source>
        <translation>Suche nach Zeilen einer abgebrochenen Übertragung</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="70"/>
        <source>Removing rows of an interrupted push from %1</source>
        <translation>Entferne Zeilen einer abgebrochenen Übertragung aus %1</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="83"/>
        <source>Waiting for the removal of old rows</source>
        <translation>Warte auf das Entfernen alter Zeilen</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="93"/>
        <source>The removal of an interrupted push&apos;s rows did not finish in time; push again later</source>
        <translation>Das Entfernen der Zeilen einer abgebrochenen Übertragung wurde nicht rechtzeitig fertig; später erneut übertragen</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="145"/>
        <source>Creating the RouteScope tables</source>
        <translation>Lege die RouteScope-Tabellen an</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="171"/>
        <source>Checking whether the bundle was pushed before</source>
        <translation>Prüfe, ob das Bundle schon übertragen wurde</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/clickhouse/pusher.cpp" line="185"/>
        <source>cancelled after %n row(s); the bundle is not marked as pushed: push it again to complete it</source>
        <translation>
            <numerusform>nach %n Zeile abgebrochen; das Bundle ist nicht als übertragen markiert: erneut pushen, um es zu vervollständigen</numerusform>
            <numerusform>nach %n Zeilen abgebrochen; das Bundle ist nicht als übertragen markiert: erneut pushen, um es zu vervollständigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/clickhouse/pusher.cpp" line="201"/>
        <source>Inserting %n row(s) into %1</source>
        <translation>
            <numerusform>Füge %n Zeile in %1 ein</numerusform>
            <numerusform>Füge %n Zeilen in %1 ein</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickHouseRequestsText</name>
    <message>
        <location filename="../src/core/clickhouse/requestpage.cpp" line="80"/>
        <source>the requests need a time range with --from before --to</source>
        <translation>die Requests brauchen einen Zeitraum mit --from vor --to</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/requestpage.cpp" line="113"/>
        <source>while reading a page of requests</source>
        <translation>beim Lesen einer Seite Requests</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/requestpage.cpp" line="149"/>
        <source>%1: the server&apos;s answer could not be read</source>
        <translation>%1: die Antwort des Servers war nicht lesbar</translation>
    </message>
</context>
<context>
    <name>ClickHouseSourceText</name>
    <message>
        <location filename="../src/cli/chsource.cpp" line="73"/>
        <source>routescope: --ca-file is for a clickhouses:// (HTTPS) URL
</source>
        <translation>routescope: --ca-file gilt für eine clickhouses://-URL (HTTPS)
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="100"/>
        <source>routescope: is the server running, and is the URL&apos;s host and port (the HTTP interface, 8123 by default) right?
</source>
        <translation>routescope: Läuft der Server, und stimmen Host und Port der URL (die HTTP-Schnittstelle, standardmäßig 8123)?
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="167"/>
        <source>RouteScope summary of %1

</source>
        <translation>RouteScope-Zusammenfassung von %1

</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="168"/>
        <source>Time range    %1 … %2
</source>
        <translation>Zeitraum      %1 … %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="170"/>
        <source>Requests      %1
</source>
        <translation>Requests      %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="173"/>
        <source>Sampled       the figures below read SAMPLE %1 of the requests and are scaled up: estimates
</source>
        <translation>Stichprobe    die Zahlen unten lesen SAMPLE %1 der Requests und sind hochgerechnet: Schätzungen
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="179"/>
        <source>Status        </source>
        <translation>Status        </translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="192"/>
        <source>Failures      %1
</source>
        <translation>Fehler        %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="193"/>
        <source>Error classes
</source>
        <translation>Fehlerklassen
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="196"/>
        <source>  %1  with a class this version does not know
</source>
        <translation>  %1  mit einer Klasse, die diese Version nicht kennt
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="206"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="225"/>
        <source>Failures per backend
</source>
        <translation>Fehler pro Backend
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="226"/>
        <source>Failures per app
</source>
        <translation>Fehler pro App
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="227"/>
        <source>Top routes (requests per host)
</source>
        <translation>Häufigste Routen (Requests pro Host)
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="229"/>
        <source>Latency       p50 %1, p90 %2, p99 %3, max %4 (%5 requests with a response time)
</source>
        <translation>Latenz        p50 %1, p90 %2, p99 %3, max %4 (%5 Requests mit Antwortzeit)
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="235"/>
        <source>Timeline      %1 buckets of %2 s
</source>
        <translation>Zeitverlauf   %1 Abschnitte zu %2 s
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="239"/>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="245"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="246"/>
        <source>FAILURES</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="382"/>
        <source>routescope: --after takes the cursor a previous page printed
</source>
        <translation>routescope: --after nimmt den Cursor, den eine vorige Seite ausgegeben hat
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="427"/>
        <source>routescope: more requests follow: --after %1
</source>
        <translation>routescope: weitere Requests folgen: --after %1
</translation>
    </message>
</context>
<context>
    <name>ConsistencyText</name>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="39"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="41"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="44"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="46"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="47"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="323"/>
        <source>clock %1 ahead of the other routers (median over %n route registration(s) logged by several routers)</source>
        <translation>
            <numerusform>Uhr %1 vor den anderen Routern (Median über %n Route-Registrierung, die mehrere Router protokolliert haben)</numerusform>
            <numerusform>Uhr %1 vor den anderen Routern (Median über %n Route-Registrierungen, die mehrere Router protokolliert haben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="326"/>
        <source>clock %1 behind the other routers (median over %n route registration(s) logged by several routers)</source>
        <translation>
            <numerusform>Uhr %1 hinter den anderen Routern (Median über %n Route-Registrierung, die mehrere Router protokolliert haben)</numerusform>
            <numerusform>Uhr %1 hinter den anderen Routern (Median über %n Route-Registrierungen, die mehrere Router protokolliert haben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/incidentmerge.cpp" line="104"/>
        <source>same content as %1; imported once from there</source>
        <translation>gleicher Inhalt wie %1; nur einmal von dort importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="417"/>
        <source>%n line(s) dated more than %1 before a line above them; the largest step back is %2, at line %3</source>
        <translation>
            <numerusform>%n Zeile liegt zeitlich mehr als %1 vor einer Zeile darüber; der größte Rücksprung beträgt %2, in Zeile %3</numerusform>
            <numerusform>%n Zeilen liegen zeitlich mehr als %1 vor einer Zeile darüber; der größte Rücksprung beträgt %2, in Zeile %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="427"/>
        <source>%n record(s) dated far outside the bundle&apos;s span %1 – %2, e.g. line %3 at %4</source>
        <translation>
            <numerusform>%n Datensatz liegt zeitlich weit außerhalb des Zeitraums des Bundles %1 – %2, z. B. Zeile %3 um %4</numerusform>
            <numerusform>%n Datensätze liegen zeitlich weit außerhalb des Zeitraums des Bundles %1 – %2, z. B. Zeile %3 um %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnoseText</name>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="68"/>
        <source>Findings (%1)
</source>
        <translation>Befunde (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="70"/>
        <source>  nothing stands out
</source>
        <translation>  nichts fällt auf
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="74"/>
        <source>, likely</source>
        <translation>, wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="77"/>
        <source>      %1 … %2
</source>
        <translation>      %1 … %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="81"/>
        <source>      e.g. %1 %2 %3: %4
</source>
        <translation>      z. B. %1 %2 %3: %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="88"/>
        <source>
Stale route-table endpoints (%1)
</source>
        <translation>
Veraltete Endpunkte der Routing-Tabelle (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="96"/>
        <source>, address now held by %1</source>
        <translation>, Adresse jetzt belegt von %1</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="100"/>
        <source>
Endpoints that differ between routers&apos; dumps (%1)
</source>
        <translation>
Endpunkte, die sich zwischen den Dumps der Router unterscheiden (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="102"/>
        <source>  %1 %2  on: %3  missing on: %4
</source>
        <translation>  %1 %2  auf: %3  fehlt auf: %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="105"/>
        <source>
Endpoints pruned and registered again and again (%1)
</source>
        <translation>
Endpunkte, die immer wieder entfernt und neu registriert wurden (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="107"/>
        <source>  %1  %2 %3  %4 prunes, %5 registrations, %6 … %7
</source>
        <translation>  %1  %2 %3  %4 Prunes, %5 Registrierungen, %6 … %7
</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="5"/>
        <source>Export Incident Report</source>
        <translation>Incident-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="12"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="18"/>
        <source>Gorouter incident report</source>
        <translation>Gorouter-Incident-Bericht</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="23"/>
        <source>Only the requests of the current &amp;filter</source>
        <translation>Nur die Requests des aktuellen &amp;Filters</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="31"/>
        <source>Preview (as the PDF will print):</source>
        <translation>Vorschau (wie das PDF gedruckt wird):</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="60"/>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="79"/>
        <source>time %1 … %2</source>
        <translation>Zeit %1 … %2</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="85"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="89"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="94"/>
        <source>selected requests</source>
        <translation>ausgewählte Requests</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/filterchips.cpp" line="97"/>
        <source>%1 (%n requests)</source>
        <translation>
            <numerusform>%1 (%n Request)</numerusform>
            <numerusform>%1 (%n Requests)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="104"/>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="105"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="106"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="107"/>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="108"/>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="110"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/filterchips.cpp" line="123"/>
        <source>%n error classes</source>
        <translation>
            <numerusform>%n Fehlerklasse</numerusform>
            <numerusform>%n Fehlerklassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="130"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="145"/>
        <source>source %1</source>
        <translation>Ursache %1</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="150"/>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="159"/>
        <source>where %1</source>
        <translation>wo %1</translation>
    </message>
</context>
<context>
    <name>FilterSyntaxHelp</name>
    <message>
        <location filename="../src/app/filter/filterhelpdialog.cpp" line="26"/>
        <source>Filter Syntax</source>
        <translation>Filtersyntax</translation>
    </message>
</context>
<context>
    <name>FindingFilterText</name>
    <message>
        <location filename="../src/core/query/findingfilter.cpp" line="19"/>
        <source>finding %1</source>
        <translation>Befund %1</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="92"/>
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n weiterer)</numerusform>
            <numerusform>… (%n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="154"/>
        <source>%Ln route-table endpoint(s)</source>
        <translation>
            <numerusform>%Ln Endpunkt der Routing-Tabelle</numerusform>
            <numerusform>%Ln Endpunkte der Routing-Tabelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="156"/>
        <source>%Ln load-balancer request(s) that failed for clients</source>
        <translation>
            <numerusform>%Ln Load-Balancer-Request, der für Clients fehlschlug</numerusform>
            <numerusform>%Ln Load-Balancer-Requests, die für Clients fehlschlugen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="165"/>
        <source>%Ln request(s) failed for clients</source>
        <translation>
            <numerusform>%Ln Request für Clients fehlgeschlagen</numerusform>
            <numerusform>%Ln Requests für Clients fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="168"/>
        <source>%Ln request(s) recovered after a failed attempt</source>
        <translation>
            <numerusform>%Ln Request nach einem fehlgeschlagenen Versuch erfolgreich</numerusform>
            <numerusform>%Ln Requests nach einem fehlgeschlagenen Versuch erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="170"/>
        <source>%Ln recovered after a failed attempt</source>
        <translation>
            <numerusform>%Ln nach einem fehlgeschlagenen Versuch erfolgreich</numerusform>
            <numerusform>%Ln nach einem fehlgeschlagenen Versuch erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="172"/>
        <source>%Ln request(s) clients did not receive as failures</source>
        <translation>
            <numerusform>%Ln Request, den Clients nicht als Fehler erhielten</numerusform>
            <numerusform>%Ln Requests, die Clients nicht als Fehler erhielten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="174"/>
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln weiterer</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="228"/>
        <source>Counted: %1; no request is evidence of it.</source>
        <translation>Gezählt: %1; kein Request belegt ihn.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="230"/>
        <source>Counted: %1; no router logged them.</source>
        <translation>Gezählt: %1; kein Router hat sie protokolliert.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="233"/>
        <source>Counted: the requests selecting this finding shows, %1.</source>
        <translation>Gezählt: die Requests, die die Auswahl dieses Befunds zeigt, %1.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="235"/>
        <source>Selecting it shows only the first %L1 of them.</source>
        <translation>Die Auswahl zeigt nur die ersten %L1 davon.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="74"/>
        <source>Backend %1 (%2): %3, %4% of all endpoint failures</source>
        <translation>Backend %1 (%2): %3, %4% aller Endpunktfehler</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="76"/>
        <source>app unknown</source>
        <translation>App unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="80"/>
        <source>Most failures come from %n backend(s) out of %1 that served traffic. A problem confined to a few instances points at the app or those instances&apos; cells, not at the platform: look at the instance&apos;s logs, its health and its cell. Classes: %2.</source>
        <translation>
            <numerusform>Die meisten Fehler kommen von %n Backend von %1 mit Traffic. Ein Problem, das auf wenige Instanzen beschränkt ist, weist auf die App oder die Zellen dieser Instanzen hin, nicht auf die Plattform: Prüfen Sie die Logs der Instanz, ihren Zustand und ihre Zelle. Klassen: %2.</numerusform>
            <numerusform>Die meisten Fehler kommen von %n Backends von %1 mit Traffic. Ein Problem, das auf wenige Instanzen beschränkt ist, weist auf die App oder die Zellen dieser Instanzen hin, nicht auf die Plattform: Prüfen Sie die Logs der Instanz, ihren Zustand und ihre Zelle. Klassen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="99"/>
        <source>Failures across %1 of %2 apps with traffic: %3</source>
        <translation>Fehler bei %1 von %2 Apps mit Traffic: %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="151"/>
        <source>Keep-alive races (EOF or reset on a reused connection) for app %1: %2</source>
        <translation>Keep-Alive-Wettläufe (EOF oder Reset auf einer wiederverwendeten Verbindung) für App %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_app.cpp" line="72"/>
        <source>App %1 logged %Ln error(s) while its requests failed</source>
        <translation>
            <numerusform>App %1 protokollierte %Ln Fehler, während ihre Requests fehlschlugen</numerusform>
            <numerusform>App %1 protokollierte %Ln Fehler, während ihre Requests fehlschlugen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_app.cpp" line="84"/>
        <source>Source: app. The app itself wrote errors (its stderr, panics, exceptions) within %1 s of these failed requests, on instance(s) %2; the first at %3: &quot;%4&quot;. Read what the app said in Request Detail, and look at the app&apos;s health, its crashes and its dependencies before the platform.</source>
        <translation>Quelle: App. Die App selbst schrieb Fehler (stderr, Panics, Exceptions) innerhalb von %1 s um diese fehlgeschlagenen Requests, auf Instanz(en) %2; den ersten um %3: „%4“. Lesen Sie in den Request-Details, was die App sagte, und prüfen Sie Zustand, Abstürze und Abhängigkeiten der App vor der Plattform.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_app.cpp" line="90"/>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="152"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="285"/>
        <source>%L1 client cancellations (499) on slow route %2 of %3 (a quarter of its requests take over %4 ms, of all requests over %5 ms)</source>
        <translation>%L1 Client-Abbrüche (499) auf der langsamen Route %2 von %3 (ein Viertel ihrer Requests dauert über %4 ms, bei allen Requests über %5 ms)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="288"/>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="106"/>
        <source>an unknown app</source>
        <translation>einer unbekannten App</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="103"/>
        <source>Failures are spread over most apps that had traffic. Something they share is more likely than a bug in each app: the routers, the cells, the network, a shared service or route-emitter/NATS. Compare the error classes per app and look at the platform components first.</source>
        <translation>Die Fehler verteilen sich über die meisten Apps mit Traffic. Etwas, das sie gemeinsam nutzen, ist wahrscheinlicher als ein Bug in jeder App: die Router, die Zellen, das Netzwerk, ein gemeinsamer Service oder route-emitter/NATS. Vergleichen Sie die Fehlerklassen pro App und prüfen Sie zuerst die Plattformkomponenten.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="32"/>
        <source>its app</source>
        <translation>seiner App</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="36"/>
        <source>the address now belongs to an instance of %1, not to %2</source>
        <translation>die Adresse gehört jetzt zu einer Instanz von %1, nicht zu %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="37"/>
        <source>another app</source>
        <translation>einer anderen App</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="40"/>
        <source>the instance of %1 runs, but on other ports</source>
        <translation>die Instanz von %1 läuft, aber auf anderen Ports</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="42"/>
        <source>the registration of %1 names two different instances</source>
        <translation>die Registrierung von %1 nennt zwei verschiedene Instanzen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="44"/>
        <source>the instance of %1 runs in no LRP of the capture</source>
        <translation>die Instanz von %1 läuft in keinem LRP der Aufnahme</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="163"/>
        <source>Stale route %1 → %2 on %3, %4: %5</source>
        <translation>Veraltete Route %1 → %2 auf %3, %4: %5</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="164"/>
        <source>Likely stale route %1 → %2 on %3, %4: %5</source>
        <translation>Wahrscheinlich veraltete Route %1 → %2 auf %3, %4: %5</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="167"/>
        <source>no request tried it</source>
        <translation>von keinem Request versucht</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="168"/>
        <source>%1 still held endpoint %2 for route %3 (app %4, instance %5).</source>
        <translation>%1 hielt weiterhin Endpunkt %2 für Route %3 (App %4, Instanz %5).</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="173"/>
        <source>The address now belongs to another running instance: requests for this route reach the wrong container and fail with a hostname mismatch (Gorouter then prunes the endpoint and retries elsewhere) or, without TLS, get the other app&apos;s answer. The router missed the unregistration: check the route-emitter and NATS on the cell, and the router&apos;s pruning.</source>
        <translation>Die Adresse gehört jetzt zu einer anderen laufenden Instanz: Requests für diese Route erreichen den falschen Container und scheitern mit Hostname-Mismatch (Gorouter entfernt dann den Endpunkt und versucht es anderswo) oder erhalten ohne TLS die Antwort der anderen App. Der Router hat die Abmeldung verpasst: Prüfen Sie route-emitter und NATS auf der Zelle sowie das Pruning des Routers.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="181"/>
        <source>The instance runs, but on none of the endpoint&apos;s ports: the endpoint is left over from an earlier placement of the instance.</source>
        <translation>Die Instanz läuft, aber auf keinem der Ports des Endpunkts: Der Endpunkt ist von einer früheren Platzierung der Instanz übrig geblieben.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="185"/>
        <source>Its private_instance_id and tags.process_instance_id differ: the registration mixes two instances.</source>
        <translation>Seine private_instance_id und tags.process_instance_id unterscheiden sich: Die Registrierung vermischt zwei Instanzen.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="189"/>
        <source>Its instance is in no LRP of the capture, or not running there. Likely stale, but a partial LRP dump cannot prove it: check with cfdot actual-lrps for the app.</source>
        <translation>Seine Instanz ist in keinem LRP der Aufnahme oder läuft dort nicht. Wahrscheinlich veraltet, aber ein unvollständiger LRP-Dump kann es nicht beweisen: Prüfen Sie die App mit cfdot actual-lrps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="196"/>
        <source>Requests for the route first tried the address at %1 UTC. The evidence is every request that tried it on these routers (%Ln endpoint(s) in the dumps).</source>
        <translation>
            <numerusform>Requests für die Route versuchten die Adresse erstmals um %1 UTC. Belege sind alle Requests, die sie auf diesen Routern versuchten (%Ln Endpunkt in den Dumps).</numerusform>
            <numerusform>Requests für die Route versuchten die Adresse erstmals um %1 UTC. Belege sind alle Requests, die sie auf diesen Routern versuchten (%Ln Endpunkte in den Dumps).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="204"/>
        <source>Seen in the dump of %1 UTC; no request tried it.</source>
        <translation>Im Dump von %1 UTC gesehen; kein Request hat die Adresse versucht.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="250"/>
        <source>Router tables differ: %1 hold endpoints that %2 lack (%3)</source>
        <translation>Routing-Tabellen unterscheiden sich: %1 halten Endpunkte, die %2 fehlen (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="253"/>
        <source>Routers should hold the same table. Endpoints that some routers hold and others do not mean that a router missed NATS messages or pruned on its own: requests succeed or fail depending on the router. Routes: %1.</source>
        <translation>Router sollten dieselbe Tabelle halten. Endpunkte, die manche Router haben und andere nicht, bedeuten, dass ein Router NATS-Nachrichten verpasst oder selbst gepruned hat: Requests gelingen oder scheitern je nach Router. Routen: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="292"/>
        <source>Endpoints pruned and registered again repeatedly on %1 (%2)</source>
        <translation>Endpunkte wiederholt entfernt und neu registriert auf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="295"/>
        <source>Gorouter prunes an endpoint after it fails and the route-emitter announces it again: the instance is alive for Diego but fails requests. Look at the instance&apos;s health check and logs. It started at %1 UTC. Routes: %2. Addresses: %3.</source>
        <translation>Gorouter entfernt einen Endpunkt, nachdem er fehlschlägt, und der route-emitter meldet ihn erneut an: Für Diego lebt die Instanz, aber sie lässt Requests scheitern. Prüfen Sie den Health-Check und die Logs der Instanz. Es begann um %1 UTC. Routen: %2. Adressen: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="153"/>
        <source>The app closed idle keep-alive connections while Gorouter was sending a request on them. Gorouter retries only idempotent requests in that case. The usual fix is in the app: an idle timeout longer than Gorouter&apos;s (90 s by default), or a server that does not close idle connections early.</source>
        <translation>Die App schloss inaktive Keep-Alive-Verbindungen, während Gorouter gerade einen Request darüber sendete. Gorouter wiederholt in diesem Fall nur idempotente Requests. Die übliche Lösung liegt in der App: ein Idle-Timeout, das länger ist als das von Gorouter (standardmäßig 90 s), oder ein Server, der inaktive Verbindungen nicht vorzeitig schließt.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="93"/>
        <source>unknown_route (404) for %1 between %2 and %3: %4</source>
        <translation>unknown_route (404) für %1 zwischen %2 und %3: %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="94"/>
        <source>no_endpoints (503) for %1 between %2 and %3: %4</source>
        <translation>no_endpoints (503) für %1 zwischen %2 und %3: %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="96"/>
        <source>Routers: %1.</source>
        <translation>Router: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="106"/>
        <source>Gorouter pruned the endpoint after it failed or its registration expired, and no other endpoint was left. Look at why the instances failed and whether the route-emitter kept announcing them.</source>
        <translation>Gorouter hat den Endpunkt entfernt, nachdem er fehlschlug oder seine Registrierung ablief, und es blieb kein anderer Endpunkt übrig. Prüfen Sie, warum die Instanzen fehlschlugen und ob der route-emitter sie weiterhin angemeldet hat.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="110"/>
        <source>Requests arrived while the route had no endpoint: an app restart, a stop, or a deploy that unmapped the route before the new instances were registered. Check the app&apos;s events and the route-emitter around that time.</source>
        <translation>Requests kamen an, während die Route keinen Endpunkt hatte: ein Neustart der App, ein Stopp oder ein Deployment, das die Route entfernte, bevor die neuen Instanzen registriert waren. Prüfen Sie die Ereignisse der App und den route-emitter um diese Zeit.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="116"/>
        <source>The burst started at %1 UTC, %2 s after %3 removed an endpoint or the route for this host (%4 at %5%6). %7 %8</source>
        <translation>Die Häufung begann um %1 UTC, %2 s nachdem %3 einen Endpunkt oder die Route für diesen Host entfernt hatte (%4 um %5%6). %7 %8</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="124"/>
        <source>, app %1</source>
        <translation>, App %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="128"/>
        <source>The burst started at %1 UTC. No unregistration or prune for this host precedes it within five minutes in the logs. Check that the route is mapped and that clients use the right host name; if the route exists, check the route-emitter and NATS on the app&apos;s cells. %2</source>
        <translation>Die Häufung begann um %1 UTC. In den Logs geht ihr innerhalb von fünf Minuten keine Abmeldung und kein Prune für diesen Host voraus. Prüfen Sie, ob die Route gemappt ist und die Clients den richtigen Hostnamen verwenden; falls die Route existiert, prüfen Sie route-emitter und NATS auf den Zellen der App. %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="136"/>
        <source>The burst started at %1 UTC. The router knew the route but held no usable endpoint for it, and no unregistration or prune for this host precedes the burst within five minutes in the logs: the endpoints may have gone before the logs start. Check that the app has running instances (cf app) and that the route-emitter on their cells announces them. %2</source>
        <translation>Die Häufung begann um %1 UTC. Der Router kannte die Route, hatte aber keinen nutzbaren Endpunkt dafür, und in den Logs geht der Häufung innerhalb von fünf Minuten keine Abmeldung und kein Prune für diesen Host voraus: Die Endpunkte sind womöglich schon vor Beginn der Logs verschwunden. Prüfen Sie, ob die App laufende Instanzen hat (cf app) und ob der route-emitter auf ihren Zellen sie anmeldet. %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="291"/>
        <source>Clients closed the connection before the app answered, on a route much slower than the rest. Gorouter logs these as 499; the client never saw them. The slowness is the problem: look at the app&apos;s response times and its dependencies, and at client or load balancer timeouts.</source>
        <translation>Clients schlossen die Verbindung, bevor die App antwortete, auf einer Route, die viel langsamer ist als der Rest. Gorouter protokolliert diese als 499; der Client hat sie nie gesehen. Das Problem ist die Langsamkeit: Prüfen Sie die Antwortzeiten der App und ihre Abhängigkeiten sowie die Timeouts von Clients oder Load Balancern.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="105"/>
        <source>Instance %1 of %2 crashed or exited at %3: %4</source>
        <translation>Instanz %1 von %2 um %3 abgestürzt oder beendet: %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="109"/>
        <source>The container ran out of memory. </source>
        <translation>Dem Container ging der Speicher aus. </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="110"/>
        <source>The instance&apos;s container on %1 crashed or exited at %2 UTC, within two minutes of failures at its address: the router kept sending requests to it until it was unregistered or pruned. Look at the app&apos;s crash reason and logs (cf events, cf logs --recent). Reasons: %3.</source>
        <translation>Der Container der Instanz auf %1 ist um %2 UTC abgestürzt oder beendet worden, innerhalb von zwei Minuten nach Fehlern an ihrer Adresse: Der Router schickte weiter Requests dorthin, bis sie abgemeldet oder entfernt wurde. Prüfen Sie den Absturzgrund und die Logs der App (cf events, cf logs --recent). Gründe: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="115"/>
        <source>none logged</source>
        <translation>keine protokolliert</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_changepoint.cpp" line="95"/>
        <source>Failure rate stepped up from %1% to %2% at %3: %4</source>
        <translation>Fehlerrate stieg um %3 sprunghaft von %1% auf %2%: %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_changepoint.cpp" line="100"/>
        <source>In that minute the routers logged %1 registrations and %2 unregistrations or prunes, and the cells %3 container crashes, exits or health failures (from the minute before). Start the investigation there: what was deployed, restarted or scaled at that time.</source>
        <translation>In dieser Minute protokollierten die Router %1 Registrierungen und %2 Abmeldungen oder Prunes, und die Zellen %3 Container-Abstürze, -Beendigungen oder Health-Check-Fehler (ab der Minute davor). Beginnen Sie die Untersuchung dort: was zu dieser Zeit deployt, neu gestartet oder skaliert wurde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="89"/>
        <source>%1 on %n backend(s) for %2: %3</source>
        <translation>
            <numerusform>%1 auf %n Backend für %2: %3</numerusform>
            <numerusform>%1 auf %n Backends für %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="90"/>
        <source>unknown apps</source>
        <translation>unbekannte Apps</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="93"/>
        <source>%1 It started at %2 UTC. Backends: %3. Apps: %4.</source>
        <translation>%1 Es begann um %2 UTC. Backends: %3. Apps: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="142"/>
        <source>Expired or not-yet-valid certificates on %n cell(s): %1</source>
        <translation>
            <numerusform>Abgelaufene oder noch nicht gültige Zertifikate auf %n Zelle: %1</numerusform>
            <numerusform>Abgelaufene oder noch nicht gültige Zertifikate auf %n Zellen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="147"/>
        <source>Instance certificates are short-lived and renewed by the cell. When only some cells present expired or not-yet-valid certificates, their clocks have probably drifted: check NTP on cells %1 before the certificates. It started at %2 UTC. Apps: %3. Backends: %4.</source>
        <translation>Instanzzertifikate sind kurzlebig und werden von der Zelle erneuert. Wenn nur einige Zellen abgelaufene oder noch nicht gültige Zertifikate vorlegen, sind ihre Uhren wahrscheinlich abgedriftet: Prüfen Sie NTP auf den Zellen %1, bevor Sie die Zertifikate prüfen. Es begann um %2 UTC. Apps: %3. Backends: %4.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="18"/>
        <source>timed out waiting for a router</source>
        <translation>Zeitüberschreitung beim Warten auf einen Router</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="20"/>
        <source>could not connect to a router</source>
        <translation>keine Verbindung zu einem Router möglich</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="25"/>
        <source>got no response from a router</source>
        <translation>keine Antwort von einem Router erhalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="61"/>
        <source>%Ln failed request(s) never reached Gorouter (load balancer answered)</source>
        <translation>
            <numerusform>%Ln fehlgeschlagener Request erreichte Gorouter nie (der Load Balancer antwortete)</numerusform>
            <numerusform>%Ln fehlgeschlagene Requests erreichten Gorouter nie (der Load Balancer antwortete)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="66"/>
        <source>%L1 %2</source>
        <translation>%L1 %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="68"/>
        <source>The load balancer answered these requests with 502, 503 or 504 itself, and no Gorouter access line belongs to them: the traffic did not reach a router (%1). Look at the load balancer&apos;s health checks and the routers&apos; availability (drains, restarts, network) in that time; the apps are not the cause.</source>
        <translation>Der Load Balancer hat diese Requests selbst mit 502, 503 oder 504 beantwortet, und keine Gorouter-Zugriffszeile gehört zu ihnen: der Verkehr hat keinen Router erreicht (%1). Prüfen Sie die Health Checks des Load Balancers und die Verfügbarkeit der Router (Drains, Neustarts, Netzwerk) in dieser Zeit; die Apps sind nicht die Ursache.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="76"/>
        <source>%Ln more LB-answered failure(s) fitted several router requests and are not counted.</source>
        <translation>
            <numerusform>%Ln weiterer vom LB beantworteter Fehler passte zu mehreren Router-Requests und wird nicht gezählt.</numerusform>
            <numerusform>%Ln weitere vom LB beantwortete Fehler passten zu mehreren Router-Requests und werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="108"/>
        <source>Load balancer and Gorouter disagree on the status of %Ln request(s)</source>
        <translation>
            <numerusform>Load Balancer und Gorouter widersprechen sich beim Status von %Ln Request</numerusform>
            <numerusform>Load Balancer und Gorouter widersprechen sich beim Status von %Ln Requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="110"/>
        <source>The load balancer sent these clients another status than the one Gorouter logged for the same request. %Ln of them the load balancer answered on its own (a timeout or a lost connection while Gorouter still waited for the app): compare the load balancer&apos;s timeouts with Gorouter&apos;s and the app&apos;s response times.</source>
        <translation>
            <numerusform>Der Load Balancer hat diesen Clients einen anderen Status geschickt, als Gorouter für denselben Request protokolliert hat. %Ln davon hat der Load Balancer selbst beantwortet (eine Zeitüberschreitung oder eine verlorene Verbindung, während Gorouter noch auf die App wartete): vergleichen Sie die Timeouts des Load Balancers mit denen von Gorouter und den Antwortzeiten der App.</numerusform>
            <numerusform>Der Load Balancer hat diesen Clients einen anderen Status geschickt, als Gorouter für denselben Request protokolliert hat. %Ln davon hat der Load Balancer selbst beantwortet (Zeitüberschreitungen oder verlorene Verbindungen, während Gorouter noch auf die App wartete): vergleichen Sie die Timeouts des Load Balancers mit denen von Gorouter und den Antwortzeiten der App.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="149"/>
        <source>LB target %1 (a router) unhealthy from %2 to %3</source>
        <translation>LB-Ziel %1 (ein Router) von %2 bis %3 nicht gesund</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="151"/>
        <source>The load balancer could not get a response from this target %Ln time(s): connections refused or closed before an answer. The router behind it was stopped, draining, restarting or unreachable while the load balancer still sent it traffic; compare with the router&apos;s own logs and the load balancer&apos;s health-check settings.</source>
        <translation>
            <numerusform>Der Load Balancer hat von diesem Ziel %Ln Mal keine Antwort bekommen: Verbindungen abgelehnt oder vor einer Antwort geschlossen. Der Router dahinter war gestoppt, im Drain, im Neustart oder nicht erreichbar, während der Load Balancer ihm noch Verkehr schickte; vergleichen Sie mit den Logs des Routers und den Health-Check-Einstellungen des Load Balancers.</numerusform>
            <numerusform>Der Load Balancer hat von diesem Ziel %Ln Mal keine Antwort bekommen: Verbindungen abgelehnt oder vor einer Antwort geschlossen. Der Router dahinter war gestoppt, im Drain, im Neustart oder nicht erreichbar, während der Load Balancer ihm noch Verkehr schickte; vergleichen Sie mit den Logs des Routers und den Health-Check-Einstellungen des Load Balancers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../forms/findingspanel.ui" line="18"/>
        <source>Select a finding to filter every view to its evidence</source>
        <translation>Wählen Sie einen Befund, um jede Ansicht auf seine Belege zu filtern</translation>
    </message>
    <message>
        <location filename="../forms/findingspanel.ui" line="19"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../forms/findingspanel.ui" line="20"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../forms/findingspanel.ui" line="24"/>
        <source>Select a finding to read what it means and where to look next.</source>
        <translation>Wählen Sie einen Befund, um zu lesen, was er bedeutet und wo Sie weitersuchen sollten.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../src/core/report/htmlreport.cpp" line="77"/>
        <source>en</source>
        <comment>HTML lang attribute of the report</comment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../src/core/report/htmlreport.cpp" line="88"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="122"/>
        <source>not a log RouteScope reads</source>
        <translation>kein Log, das RouteScope liest</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="124"/>
        <source>Gorouter access log</source>
        <translation>Gorouter-Access-Log</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="126"/>
        <source>Gorouter log (JSON)</source>
        <translation>Gorouter-Log (JSON)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="128"/>
        <source>Gorouter stderr (Go log)</source>
        <translation>Gorouter-stderr (Go-Log)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="130"/>
        <source>route table dump</source>
        <translation>Dump der Routing-Tabelle</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="132"/>
        <source>cfdot actual-lrps</source>
        <translation>cfdot actual-lrps</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="134"/>
        <source>Diego/component lager log</source>
        <translation>Diego-/Komponenten-Lager-Log</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="136"/>
        <source>load-balancer request log</source>
        <translation>Request-Log eines Load Balancers</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="138"/>
        <source>app log (cf logs, drain)</source>
        <translation>App-Log (cf logs, Drain)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="147"/>
        <source>not an access-log record: expected HOST - [TIME] &quot;REQUEST&quot; STATUS …</source>
        <translation>kein Access-Log-Datensatz: erwartet HOST - [TIME] &quot;REQUEST&quot; STATUS …</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="149"/>
        <source>access-log start time is not a timestamp of any Gorouter release</source>
        <translation>die Startzeit im Access-Log ist kein Zeitstempel irgendeines Gorouter-Release</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="151"/>
        <source>an access-log field has an impossible value (status, byte count, IP address or key:value)</source>
        <translation>ein Access-Log-Feld hat einen unmöglichen Wert (Status, Byteanzahl, IP-Adresse oder key:value)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="154"/>
        <source>a quoted value never ends: the line was cut short</source>
        <translation>ein Wert in Anführungszeichen endet nie: die Zeile wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="156"/>
        <source>not valid JSON (for example an edited or redacted line)</source>
        <translation>kein gültiges JSON (zum Beispiel eine bearbeitete oder geschwärzte Zeile)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="158"/>
        <source>JSON cut short: the line ends inside the object</source>
        <translation>JSON abgeschnitten: die Zeile endet innerhalb des Objekts</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="160"/>
        <source>JSON of an unexpected shape</source>
        <translation>JSON mit unerwarteter Struktur</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="162"/>
        <source>JSON log line without timestamp or message</source>
        <translation>JSON-Logzeile ohne Zeitstempel oder Nachricht</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="164"/>
        <source>timestamp cannot be read</source>
        <translation>Zeitstempel nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="166"/>
        <source>stderr text that is not a Go log line</source>
        <translation>stderr-Text, der keine Go-Logzeile ist</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="168"/>
        <source>record lacks the fields that make it usable</source>
        <translation>dem Datensatz fehlen die Felder, die ihn verwendbar machen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="170"/>
        <source>valid line of another kind (%1) inside this file</source>
        <translation>gültige Zeile einer anderen Art (%1) in dieser Datei</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="173"/>
        <source>line longer than the line limit; cut and skipped</source>
        <translation>Zeile länger als das Zeilenlimit; abgeschnitten und übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="175"/>
        <source>binary bytes (NUL) inside a text line</source>
        <translation>Binärbytes (NUL) in einer Textzeile</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="177"/>
        <source>fields of different Gorouter releases or contradicting each other: an edited line, not one Gorouter wrote</source>
        <translation>Felder verschiedener Gorouter-Releases oder widersprüchliche Felder: eine bearbeitete Zeile, keine, die Gorouter geschrieben hat</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="181"/>
        <source>partial first or last line: the file was copied while being written (copytruncate) or the capture started or stopped mid-line</source>
        <translation>unvollständige erste oder letzte Zeile: die Datei wurde während des Schreibens kopiert (copytruncate) oder die Aufzeichnung begann oder endete mitten in einer Zeile</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="185"/>
        <source>NUL bytes at the start of the file (copytruncate while the writer kept its offset); the text after them was read</source>
        <translation>NUL-Bytes am Anfang der Datei (copytruncate, während der Schreiber seinen Offset behielt); der Text danach wurde gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="189"/>
        <source>kept: a quoted value holds a raw NUL or invalid UTF-8 bytes (shown escaped)</source>
        <translation>behalten: ein Wert in Anführungszeichen enthält ein rohes NUL oder ungültige UTF-8-Bytes (maskiert angezeigt)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="199"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="201"/>
        <source>gzip data ends early; the readable part was imported</source>
        <translation>gzip-Daten enden vorzeitig; der lesbare Teil wurde importiert</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="203"/>
        <source>gzip data is corrupt; the readable part was imported</source>
        <translation>gzip-Daten sind beschädigt; der lesbare Teil wurde importiert</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="205"/>
        <source>archive ends early; members before the cut were imported</source>
        <translation>Archiv endet vorzeitig; Einträge vor dem Abbruch wurden importiert</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="207"/>
        <source>archive member is corrupt</source>
        <translation>Archiveintrag ist beschädigt</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="209"/>
        <source>member path leaves the archive (.. or absolute); read in memory under a safe name</source>
        <translation>Pfad des Eintrags verlässt das Archiv (.. oder absolut); im Speicher unter einem sicheren Namen gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="212"/>
        <source>symbolic or hard link member; not followed</source>
        <translation>symbolischer oder harter Link; nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="214"/>
        <source>device, FIFO or socket member; skipped</source>
        <translation>Gerät, FIFO oder Socket; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="216"/>
        <source>member name is not valid UTF-8; shown escaped</source>
        <translation>Name des Eintrags ist kein gültiges UTF-8; maskiert angezeigt</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="218"/>
        <source>archives nested too deeply; inner archive skipped</source>
        <translation>Archive zu tief verschachtelt; inneres Archiv übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="220"/>
        <source>member larger than the size limit; skipped</source>
        <translation>Eintrag größer als das Größenlimit; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="222"/>
        <source>bundle expands past the total size limit; this member (inside a .tgz: the rest of it) skipped</source>
        <translation>das Bundle überschreitet entpackt die Gesamtgrößengrenze; dieses Element (in einer .tgz: ihr Rest) wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="225"/>
        <source>compression ratio too high (decompression bomb?); skipped</source>
        <translation>Kompressionsrate zu hoch (Dekompressionsbombe?); übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="227"/>
        <source>compression ratio too high (decompression bomb?) past some point; the lines before it were imported, the rest skipped</source>
        <translation>Kompressionsverhältnis ab einer Stelle zu hoch (Dekompressionsbombe?); die Zeilen davor wurden importiert, der Rest übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="231"/>
        <source>more archive members than the limit; rest skipped</source>
        <translation>mehr Archiveinträge als das Limit; Rest übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="233"/>
        <source>encrypted member; cannot be read</source>
        <translation>verschlüsselter Eintrag; nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="235"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="237"/>
        <source>same content as another file; its records were imported once</source>
        <translation>gleicher Inhalt wie eine andere Datei; ihre Datensätze wurden nur einmal importiert</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="239"/>
        <source>lines out of time order (records kept)</source>
        <translation>Zeilen nicht in zeitlicher Reihenfolge (Datensätze behalten)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="241"/>
        <source>timestamps far outside the bundle&apos;s time span (records kept, not counted in the span)</source>
        <translation>Zeitstempel weit außerhalb des Zeitraums des Bundles (Datensätze behalten, nicht zum Zeitraum gezählt)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="244"/>
        <source>router clock differs from the other routers</source>
        <translation>die Uhr des Routers weicht von den anderen Routern ab</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="246"/>
        <source>could not be written to a spill file on disk; held in memory instead (nothing is lost)</source>
        <translation>konnte nicht in eine Auslagerungsdatei auf der Festplatte geschrieben werden; stattdessen im Speicher gehalten (nichts geht verloren)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="255"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="257"/>
        <source>binary file, not log text</source>
        <translation>Binärdatei, kein Logtext</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="259"/>
        <source>no line looks like a Gorouter, Diego, route-table or LRP log</source>
        <translation>keine Zeile sieht nach einem Gorouter-, Diego-, Routing-Tabellen- oder LRP-Log aus</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="261"/>
        <source>Go log lines of another component, not Gorouter</source>
        <translation>Go-Logzeilen einer anderen Komponente, nicht von Gorouter</translation>
    </message>
</context>
<context>
    <name>ImportReportTreeText</name>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="37"/>
        <source>Bundle problems (%1)</source>
        <translation>Probleme mit dem Bundle (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="53"/>
        <source>First line: %1</source>
        <translation>Erste Zeile: %1</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="56"/>
        <source>%1 lines of other programs (not records), e.g. line %2: %3</source>
        <translation>%1 Zeilen anderer Programme (keine Datensätze), z. B. Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="62"/>
        <source>content ends early; the readable part was imported</source>
        <translation>Inhalt endet vorzeitig; der lesbare Teil wurde importiert</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="64"/>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="70"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunText</name>
    <message>
        <location filename="../src/cli/importrun.cpp" line="35"/>
        <source>importing… %1% (%2 files)</source>
        <translation>importiere… %1% (%2 Dateien)</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="51"/>
        <source>routescope: cache file %1 rejected: %2; importing again</source>
        <translation>routescope: Cache-Datei %1 verworfen: %2; es wird neu importiert</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="64"/>
        <source>routescope: the incident was not saved to the cache: %1</source>
        <translation>routescope: der Incident wurde nicht im Cache gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="77"/>
        <source>problem: %1: %2</source>
        <translation>Problem: %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="85"/>
        <source>truncated: %1: content ends early; the readable part was imported
</source>
        <translation>abgeschnitten: %1: Inhalt endet vorzeitig; der lesbare Teil wurde importiert
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importrun.cpp" line="88"/>
        <source>skipped: %1: %n line(s): %2
</source>
        <translation>
            <numerusform>übersprungen: %1: %n Zeile: %2
</numerusform>
            <numerusform>übersprungen: %1: %n Zeilen: %2
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="91"/>
        <source>  line %1: %2
</source>
        <translation>  Zeile %1: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="97"/>
        <source>import cancelled
</source>
        <translation>Import abgebrochen
</translation>
    </message>
</context>
<context>
    <name>IncidentReportText</name>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="66"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="68"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="70"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="79"/>
        <source>failed for clients</source>
        <translation>für Clients fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="81"/>
        <source>hidden by retries</source>
        <translation>durch Wiederholungen verborgen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="83"/>
        <source>no failure for clients</source>
        <translation>kein Fehler für Clients</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="133"/>
        <source>vcap_request_id</source>
        <translation>vcap_request_id</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="133"/>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="134"/>
        <location filename="../src/core/report/incidentreport.cpp" line="234"/>
        <location filename="../src/core/report/incidentreport.cpp" line="264"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="134"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="135"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="135"/>
        <location filename="../src/core/report/incidentreport.cpp" line="155"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="136"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="136"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="141"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="145"/>
        <source>Requests over time by status, failures by class</source>
        <translation>Requests im Zeitverlauf nach Status, Fehler nach Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="147"/>
        <source>Failures per backend by class</source>
        <translation>Fehler pro Backend nach Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="153"/>
        <source>Error classes</source>
        <translation>Fehlerklassen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="155"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="156"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="156"/>
        <source>Likely source</source>
        <translation>Wahrscheinliche Ursache</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="157"/>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="174"/>
        <source>Failures by error class</source>
        <translation>Fehler nach Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="181"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="184"/>
        <source>RouteScope found nothing that looks like a routing problem.</source>
        <translation>RouteScope hat nichts gefunden, das nach einem Routing-Problem aussieht.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="187"/>
        <source>Findings describe the whole bundle, ranked by impact on clients: failed requests clients received first, then failed attempts a retry hid, then the rest. Each says what it counts.</source>
        <translation>Die Befunde beschreiben das ganze Bundle, geordnet nach Auswirkung auf Clients: zuerst fehlgeschlagene Requests, die Clients erhielten, dann fehlgeschlagene Versuche, die eine Wiederholung verbarg, dann der Rest. Jeder Befund nennt, was er zählt.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="192"/>
        <source>%1 (%2%3): %4</source>
        <translation>%1 (%2%3): %4</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="194"/>
        <source>, likely</source>
        <translation>, wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="199"/>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="209"/>
        <source>%1 more requests are evidence of this finding.</source>
        <translation>%1 weitere Requests belegen diesen Befund.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="220"/>
        <source>Stale routes and route-table differences</source>
        <translation>Veraltete Routen und Unterschiede der Routing-Tabellen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="224"/>
        <source>The bundle has no route-table dumps; stale routes cannot be checked.</source>
        <translation>Das Bundle enthält keine Dumps der Routing-Tabelle; veraltete Routen können nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="226"/>
        <source>Every endpoint of the route-table dumps matches a running instance, and the routers agree.</source>
        <translation>Jeder Endpunkt der Routing-Tabellen-Dumps passt zu einer laufenden Instanz, und die Router stimmen überein.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="232"/>
        <source>Stale endpoints</source>
        <translation>Veraltete Endpunkte</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="234"/>
        <location filename="../src/core/report/incidentreport.cpp" line="246"/>
        <location filename="../src/core/report/incidentreport.cpp" line="264"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="235"/>
        <location filename="../src/core/report/incidentreport.cpp" line="246"/>
        <location filename="../src/core/report/incidentreport.cpp" line="265"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="235"/>
        <location filename="../src/core/report/incidentreport.cpp" line="247"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="236"/>
        <location filename="../src/core/report/incidentreport.cpp" line="293"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="236"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="244"/>
        <source>Endpoints the routers disagree on</source>
        <translation>Endpunkte, bei denen sich die Router unterscheiden</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="247"/>
        <source>Present on</source>
        <translation>Vorhanden auf</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="248"/>
        <source>Absent on</source>
        <translation>Fehlt auf</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="262"/>
        <source>Flapping endpoints (pruned and registered again)</source>
        <translation>Flatternde Endpunkte (entfernt und erneut registriert)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="265"/>
        <source>Prunes</source>
        <translation>Prunes</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="266"/>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="266"/>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="267"/>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="281"/>
        <source>What was read</source>
        <translation>Was gelesen wurde</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="283"/>
        <source>%1 files, %2 MB of text, %3 lines; %4 lines skipped.</source>
        <translation>%1 Dateien, %2 MB Text, %3 Zeilen; %4 Zeilen übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="288"/>
        <location filename="../src/core/report/incidentreport.cpp" line="293"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="288"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="289"/>
        <source>Router / cell</source>
        <translation>Router / Zelle</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="289"/>
        <location filename="../src/core/report/incidentreport.cpp" line="294"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="290"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="290"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="294"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="305"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="313"/>
        <source>Skipped lines</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="317"/>
        <source>Problems with the bundle</source>
        <translation>Probleme mit dem Bundle</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="319"/>
        <source>Member</source>
        <translation>Archiveintrag</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="319"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="320"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="330"/>
        <source>Appendix: top failing requests</source>
        <translation>Anhang: die wichtigsten fehlgeschlagenen Requests</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="332"/>
        <source>No request failed.</source>
        <translation>Kein Request ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="348"/>
        <source>%1 more failed requests are not listed.</source>
        <translation>%1 weitere fehlgeschlagene Requests sind nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="378"/>
        <source>Findings with the most impact on clients: %1.</source>
        <translation>Befunde mit der größten Auswirkung auf Clients: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="399"/>
        <source>No requests match.</source>
        <translation>Keine passenden Requests.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="402"/>
        <source>Between %1 and %2 UTC, %3 of %4 requests (%5) failed.</source>
        <translation>Zwischen %1 und %2 UTC sind %3 von %4 Requests (%5) fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="406"/>
        <source>Every request was answered as the app answered it; Gorouter reported no failure.</source>
        <translation>Jeder Request wurde so beantwortet, wie die App ihn beantwortet hat; Gorouter meldete keinen Fehler.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="423"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="426"/>
        <source>Most failures were %1.</source>
        <translation>Die meisten Fehler waren %1.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="433"/>
        <source>By likely source: platform %1, app or platform %2, app %3, client %4.</source>
        <translation>Nach wahrscheinlicher Ursache: Plattform %1, App oder Plattform %2, App %3, Client %4.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="439"/>
        <source>Over half of them (%1) went to one backend, %2.</source>
        <translation>Mehr als die Hälfte davon (%1) ging an ein einziges Backend, %2.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="454"/>
        <source>Gorouter incident report</source>
        <translation>Gorouter-Incident-Bericht</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="459"/>
        <source>%1 — %2 to %3 UTC</source>
        <translation>%1 — %2 bis %3 UTC</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="460"/>
        <source>(no input)</source>
        <translation>(keine Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="463"/>
        <source>Filter: none (every request)</source>
        <translation>Filter: keiner (alle Requests)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="464"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="465"/>
        <source>%1 requests in the report, %2 failed.</source>
        <translation>%1 Requests im Bericht, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="470"/>
        <source>Generated by RouteScope at %1 UTC.</source>
        <translation>Erstellt von RouteScope am %1 UTC.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="9"/>
        <source>RouteScope</source>
        <translation>RouteScope</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="32"/>
        <source>Open a bundle (File → Open, or drop a .tgz, .zip, .gz, folder or log file here) to see which requests failed, when, where and why.</source>
        <translation>Öffnen Sie ein Bundle (Datei → Öffnen, oder ziehen Sie eine .tgz, .zip, .gz, einen Ordner oder eine Logdatei hierher), um zu sehen, welche Requests wann, wo und warum fehlgeschlagen sind.</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="46"/>
        <source>Open Bundle…</source>
        <translation>Bundle öffnen…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="51"/>
        <source>Open the Sample Incident</source>
        <translation>Beispiel-Incident öffnen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="52"/>
        <source>A generated outage with every kind of Gorouter failure: a quick way to see what RouteScope shows</source>
        <translation>Ein generierter Ausfall mit jeder Art von Gorouter-Fehler: ein schneller Weg zu sehen, was RouteScope zeigt</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="113"/>
        <source>Export &amp;Chart</source>
        <translation>&amp;Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="117"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="137"/>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="143"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="146"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="156"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="159"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="161"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="169"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="185"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="194"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="195"/>
        <source>Requests over time by status, failures by error class, route-table events</source>
        <translation>Requests im Zeitverlauf nach Status, Fehler nach Fehlerklasse, Ereignisse der Routing-Tabelle</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="207"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="208"/>
        <source>What RouteScope concludes, most severe first</source>
        <translation>Was RouteScope folgert, das Schwerwiegendste zuerst</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="220"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="221"/>
        <source>Failures per backend address or app instance, by error class</source>
        <translation>Fehler pro Backend-Adresse oder App-Instanz, nach Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="233"/>
        <source>Route Table</source>
        <translation>Routing-Tabelle</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="234"/>
        <source>The route table of a router at the selected time, stale endpoints, LRPs and router differences</source>
        <translation>Die Routing-Tabelle eines Routers zur gewählten Zeit, veraltete Endpunkte, LRPs und Unterschiede zwischen Routern</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="246"/>
        <source>Request Detail</source>
        <translation>Request-Details</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="247"/>
        <source>The selected request: attempts, joined events, explanation and raw lines</source>
        <translation>Der gewählte Request: Versuche, zugeordnete Ereignisse, Erklärung und Rohzeilen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="263"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="273"/>
        <source>File / reason</source>
        <translation>Datei / Grund</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="274"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="275"/>
        <source>Router / cell</source>
        <translation>Router / Zelle</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="276"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="277"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="281"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="282"/>
        <source>Open a bundle archive (.tgz, .tar, .zip), a .gz or a log file</source>
        <translation>Ein Bundle-Archiv (.tgz, .tar, .zip), eine .gz- oder eine Logdatei öffnen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="283"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="286"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="287"/>
        <source>Open a directory of extracted logs</source>
        <translation>Einen Ordner mit entpackten Logs öffnen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="288"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="291"/>
        <source>Open Click&amp;House…</source>
        <translation>Click&amp;House öffnen…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="292"/>
        <source>Drill a time range of a ClickHouse database RouteScope pushed to into a local incident</source>
        <translation>Einen Zeitraum einer ClickHouse-Datenbank, in die RouteScope geschrieben hat, als lokalen Incident holen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="296"/>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="297"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="300"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="301"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="304"/>
        <source>Open &amp;Sample Incident</source>
        <translation>&amp;Beispiel-Incident öffnen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="305"/>
        <source>Open the generated sample outage shipped with RouteScope</source>
        <translation>Den mit RouteScope ausgelieferten, generierten Beispielausfall öffnen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="309"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="310"/>
        <source>Write the incident report as PDF or HTML, with a preview</source>
        <translation>Den Incident-Bericht als PDF oder HTML schreiben, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="311"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="315"/>
        <source>&amp;Save Case…</source>
        <translation>Fall &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="316"/>
        <source>Write the incident with its filter history, bookmarks and notes to one .rscase file for a colleague</source>
        <translation>Den Vorfall mit Filterverlauf, Lesezeichen und Notizen in eine .rscase-Datei für eine Kollegin oder einen Kollegen schreiben</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="317"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="321"/>
        <source>Case &amp;Notes…</source>
        <translation>Fall&amp;notizen…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="322"/>
        <source>Notes on this incident, saved with the case</source>
        <translation>Notizen zu diesem Vorfall, mit dem Fall gespeichert</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="326"/>
        <source>&amp;Locate Bundle…</source>
        <translation>&amp;Bundle suchen…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="327"/>
        <source>Point at the bundle of a case opened without it, so that raw lines can be read</source>
        <translation>Das Bundle eines ohne es geöffneten Falls angeben, damit Rohzeilen gelesen werden können</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="330"/>
        <source>&amp;Search Requests…</source>
        <translation>Requests &amp;durchsuchen…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="331"/>
        <source>Search the raw access-log lines of the requests</source>
        <translation>Die rohen Access-Log-Zeilen der Requests durchsuchen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="332"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="335"/>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="336"/>
        <source>Put every panel back where it was at first start</source>
        <translation>Jedes Panel dorthin zurücksetzen, wo es beim ersten Start war</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="340"/>
        <location filename="../forms/mainwindow.ui" line="352"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="344"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="348"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="353"/>
        <source>Use the language of the system&apos;s locale</source>
        <translation>Die Sprache des System-Locales verwenden</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="356"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="357"/>
        <source>Every shortcut of the window, with the command it runs</source>
        <translation>Alle Tastenkürzel des Fensters mit dem Befehl, den sie ausführen</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="358"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="361"/>
        <source>&amp;About RouteScope</source>
        <translation>Ü&amp;ber RouteScope</translation>
    </message>
</context>
<context>
    <name>OpenClickHouseDialog</name>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="5"/>
        <source>Open ClickHouse</source>
        <translation>ClickHouse öffnen</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="12"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="21"/>
        <source>The HTTP interface of the server and the database RouteScope pushed to</source>
        <translation>Die HTTP-Schnittstelle des Servers und die Datenbank, in die RouteScope geschrieben hat</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="26"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="27"/>
        <source>Read the time span of the pushed requests into the range below</source>
        <translation>Die Zeitspanne der geschriebenen Requests in den Zeitraum unten übernehmen</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="41"/>
        <source>Kept in the system keyring, never in the settings</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="46"/>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="54"/>
        <source>optional, for clickhouses:// only</source>
        <translation>optional, nur für clickhouses://</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="55"/>
        <source>For clickhouses:// (HTTPS) only: a file of PEM certificates trusted besides the system&apos;s CAs, such as your company&apos;s CA or the server&apos;s self-signed certificate. The server&apos;s certificate is always checked.</source>
        <translation>Nur für clickhouses:// (HTTPS): eine Datei mit PEM-Zertifikaten, denen zusätzlich zu den CAs des Systems vertraut wird, etwa die CA Ihrer Firma oder das selbstsignierte Zertifikat des Servers. Das Zertifikat des Servers wird immer geprüft.</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="60"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="61"/>
        <source>Choose a file of PEM certificates</source>
        <translation>Eine Datei mit PEM-Zertifikaten wählen</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="74"/>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Von (UTC):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="86"/>
        <source>&amp;To (UTC):</source>
        <translation>&amp;Bis (UTC):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="94"/>
        <source>The end of the range, not included</source>
        <translation>Das Ende des Zeitraums, nicht eingeschlossen</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="99"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="105"/>
        <source>optional, e.g. status&gt;=500 and host=app.example.com</source>
        <translation>optional, z. B. status&gt;=500 and host=app.example.com</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="188"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="250"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="262"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="325"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PushText</name>
    <message>
        <location filename="../src/cli/push.cpp" line="48"/>
        <source>routescope: --ca-file is for a clickhouses:// (HTTPS) URL
</source>
        <translation>routescope: --ca-file gilt für eine clickhouses://-URL (HTTPS)
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="64"/>
        <source>push: %1 %2 rows, %3 MB encoded, %4 MB sent (all tables: %5 rows, %6 MB sent)
</source>
        <translation>push: %1 %2 Zeilen, %3 MB kodiert, %4 MB gesendet (alle Tabellen: %5 Zeilen, %6 MB gesendet)
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="85"/>
        <source>routescope: push interrupted: %1
</source>
        <translation>routescope: push unterbrochen: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="91"/>
        <source>routescope: push failed: %1
</source>
        <translation>routescope: Übertragung fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="96"/>
        <source>bundle %1 is already in %2: nothing added
</source>
        <translation>Bundle %1 ist schon in %2: nichts hinzugefügt
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="100"/>
        <source>bundle %1 pushed to %2
</source>
        <translation>Bundle %1 nach %2 übertragen
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="102"/>
        <source>  removed first: %1 rows of an interrupted push of this bundle
</source>
        <translation>  zuerst entfernt: %1 Zeilen einer abgebrochenen Übertragung dieses Bundles
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="107"/>
        <source>  %1 rows in %2 s (%3 rows/s), %4 MB encoded, %5 MB sent in %6 inserts
</source>
        <translation>  %1 Zeilen in %2 s (%3 Zeilen/s), %4 MB kodiert, %5 MB in %6 Inserts gesendet
</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="122"/>
        <source>all requests</source>
        <translation>alle Requests</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="122"/>
        <source>filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="182"/>
        <source>Requests per %1 by status, failures by class</source>
        <translation>Requests pro %1 nach Status, Fehler nach Klasse</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="185"/>
        <source>Requests per %1 by status, failures by class, per router</source>
        <translation>Requests pro %1 nach Status, Fehler nach Klasse, pro Router</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="189"/>
        <source>Requests per %1 by source</source>
        <translation>Requests pro %1 nach Quelle</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="198"/>
        <source>Requests per %1</source>
        <translation>Requests pro %1</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="260"/>
        <source>Failed attempts per app instance, by class</source>
        <translation>Fehlgeschlagene Versuche pro App-Instanz, nach Klasse</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="261"/>
        <source>Failed attempts per backend, by class</source>
        <translation>Fehlgeschlagene Versuche pro Backend, nach Klasse</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="262"/>
        <source>Failed requests per app instance, by class</source>
        <translation>Fehlgeschlagene Requests pro App-Instanz, nach Klasse</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="263"/>
        <source>Failed requests per backend, by class</source>
        <translation>Fehlgeschlagene Requests pro Backend, nach Klasse</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="265"/>
        <source> (%1 without a backend, not drawn)</source>
        <translation> (%1 ohne Backend, nicht gezeichnet)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="278"/>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="278"/>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Requests</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="306"/>
        <source>Failed requests by error class</source>
        <translation>Fehlgeschlagene Requests nach Fehlerklasse</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="320"/>
        <source>Response times (p50 %1 s, p90 %2 s, p99 %3 s)</source>
        <translation>Antwortzeiten (p50 %1 s, p90 %2 s, p99 %3 s)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="370"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/export/reportexport.cpp" line="67"/>
        <location filename="../src/app/export/reportexport.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="49"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="66"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="67"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="70"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="81"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="71"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="82"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="72"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="73"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="86"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="74"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="92"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="75"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="95"/>
        <source>Request id</source>
        <translation>Request-ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="76"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="96"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="77"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="102"/>
        <source>x_cf_routererror</source>
        <translation>x_cf_routererror</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="83"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="84"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="87"/>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="88"/>
        <source>Bytes sent</source>
        <translation>Gesendete Bytes</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="89"/>
        <source>Referer</source>
        <translation>Referer</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="90"/>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="91"/>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="93"/>
        <source>X-Forwarded-For</source>
        <translation>X-Forwarded-For</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="94"/>
        <source>X-Forwarded-Proto</source>
        <translation>X-Forwarded-Proto</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="97"/>
        <source>Gorouter time</source>
        <translation>Gorouter-Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="98"/>
        <source>App time</source>
        <translation>App-Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="99"/>
        <source>App id</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="100"/>
        <source>App index</source>
        <translation>App-Index</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="101"/>
        <source>Instance id</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="103"/>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="104"/>
        <source>Failed attempts time</source>
        <translation>Zeit der fehlgeschlagenen Versuche</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="105"/>
        <source>DNS time</source>
        <translation>DNS-Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="106"/>
        <source>Dial time</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="107"/>
        <source>TLS time</source>
        <translation>TLS-Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="108"/>
        <source>Backend time</source>
        <translation>Backend-Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="109"/>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/detail/requestdetail.cpp" line="153"/>
        <source>The access log says %n failed attempt(s), but %1 were joined.</source>
        <translation>
            <numerusform>Das Access-Log nennt %n fehlgeschlagenen Versuch, aber %1 wurden zugeordnet.</numerusform>
            <numerusform>Das Access-Log nennt %n fehlgeschlagene Versuche, aber %1 wurden zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="157"/>
        <source>Some events without a request id fitted this request and others; they were not joined.</source>
        <translation>Einige Ereignisse ohne Request-ID passten zu diesem und anderen Requests; sie wurden nicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="160"/>
        <source>Some events were joined by router, backend and time (they carry no request id).</source>
        <translation>Einige Ereignisse wurden über Router, Backend und Zeit zugeordnet (sie tragen keine Request-ID).</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="182"/>
        <source>http: proxy error</source>
        <translation>http: proxy error</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="184"/>
        <source>TLS handshake error</source>
        <translation>TLS-Handshake-Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="186"/>
        <source>panic</source>
        <translation>panic</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="190"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="239"/>
        <source>app line (request id)</source>
        <translation>App-Zeile (Request-ID)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="240"/>
        <source>app line (near in time)</source>
        <translation>App-Zeile (zeitlich nah)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="258"/>
        <source>access log</source>
        <translation>Access-Log</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="263"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="276"/>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="278"/>
        <source>final error</source>
        <translation>letzter Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="280"/>
        <source>same request id</source>
        <translation>gleiche Request-ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="282"/>
        <source>stderr proxy error</source>
        <translation>stderr-Proxy-Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="309"/>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="310"/>
        <source>%1 %2 %3%4</source>
        <translation>%1 %2 %3%4</translation>
    </message>
</context>
<context>
    <name>RequestDetailPanel</name>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="9"/>
        <source>Request detail</source>
        <translation>Request-Details</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="23"/>
        <source>Select a request to see its attempts, events and raw lines</source>
        <translation>Wählen Sie einen Request, um seine Versuche, Ereignisse und Rohzeilen zu sehen</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="92"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="195"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="225"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="255"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="278"/>
        <source>Raw lines</source>
        <translation>Rohzeilen</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location filename="../forms/requestspanel.ui" line="14"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="15"/>
        <source>Every request, whatever its status</source>
        <translation>Jeder Request, unabhängig vom Status</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="22"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="23"/>
        <source>Requests RouteScope classifies as failed (any class but ok, recovered and app response)</source>
        <translation>Requests, die RouteScope als fehlgeschlagen einstuft (jede Klasse außer ok, recovered und app response)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="30"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="31"/>
        <source>Requests answered with a 5xx status</source>
        <translation>Mit einem 5xx-Status beantwortete Requests</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="38"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="39"/>
        <source>Requests answered with a 4xx status</source>
        <translation>Mit einem 4xx-Status beantwortete Requests</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="46"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="47"/>
        <source>Failures whose likely source is the platform (Gorouter, Diego, the network)</source>
        <translation>Fehler, deren wahrscheinliche Ursache die Plattform ist (Gorouter, Diego, das Netzwerk)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="54"/>
        <source>Search the raw lines (Ctrl+F)</source>
        <translation>Rohzeilen durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="56"/>
        <source>Shows requests whose access-log line contains this text (case-insensitive)</source>
        <translation>Zeigt Requests, deren Access-Log-Zeile diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="66"/>
        <source>Searching the raw lines of every file</source>
        <translation>Durchsucht die Rohzeilen aller Dateien</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="72"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="73"/>
        <source>Stop the search (Esc in the search field)</source>
        <translation>Suche anhalten (Esc im Suchfeld)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="79"/>
        <source>List the matching lines that belong to no request (registrations, prunes, stderr and cell-log lines)</source>
        <translation>Die passenden Zeilen auflisten, die zu keiner Anfrage gehören (Registrierungen, Prunes, stderr- und Zell-Log-Zeilen)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="84"/>
        <source>Filter, e.g. status&gt;=500 and class in failures</source>
        <translation>Filter, z. B. status&gt;=500 and class in failures</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="91"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="92"/>
        <source>Saved filters: save the current filter under a name, apply or manage saved ones</source>
        <translation>Gespeicherte Filter: den aktuellen Filter unter einem Namen speichern, gespeicherte anwenden oder verwalten</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="99"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="100"/>
        <source>Filter syntax: fields, operators and examples</source>
        <translation>Filtersyntax: Felder, Operatoren und Beispiele</translation>
    </message>
</context>
<context>
    <name>RouteTablePanel</name>
    <message>
        <location filename="../forms/routetablepanel.ui" line="9"/>
        <source>Route table</source>
        <translation>Routing-Tabelle</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="20"/>
        <source>&amp;Router:</source>
        <translation>&amp;Router:</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="26"/>
        <source>Router whose route table is replayed</source>
        <translation>Router, dessen Routing-Tabelle nachgespielt wird</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="33"/>
        <source>&amp;Time (UTC):</source>
        <translation>&amp;Zeit (UTC):</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="45"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="51"/>
        <source>Show only routes whose name, or one of whose endpoints&apos; address, instance id or app id, contains this text</source>
        <translation>Nur Routen zeigen, deren Name oder bei deren Endpunkten Adresse, Instanz-ID oder App-ID diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="52"/>
        <source>Filter routes, addresses, instance ids…</source>
        <translation>Routen, Adressen, Instanz-IDs filtern…</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="62"/>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;belle</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="106"/>
        <location filename="../forms/routetablepanel.ui" line="172"/>
        <location filename="../forms/routetablepanel.ui" line="195"/>
        <source>Double-click an endpoint to filter every view to its backend address</source>
        <translation>Doppelklick auf einen Endpunkt filtert jede Ansicht auf seine Backend-Adresse</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="130"/>
        <source>Double-click an instance to filter every view to its backend address</source>
        <translation>Doppelklick auf eine Instanz filtert jede Ansicht auf ihre Backend-Adresse</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="147"/>
        <source>&amp;Differences</source>
        <translation>&amp;Unterschiede</translation>
    </message>
</context>
<context>
    <name>RoutesText</name>
    <message>
        <location filename="../src/cli/routes.cpp" line="134"/>
        <source>No route table of %1 (no dump or registration events).
</source>
        <translation>Keine Routing-Tabelle von %1 (kein Dump und keine Registrierungsereignisse).
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="135"/>
        <source>No route-table dumps or registration events in this bundle.
</source>
        <translation>Keine Routing-Tabellen-Dumps oder Registrierungsereignisse in diesem Bundle.
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="139"/>
        <source>%1 at %2
</source>
        <translation>%1 um %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="144"/>
        <source>  dump captured at %1 (time from: %2)
</source>
        <translation>  Dump aufgenommen um %1 (Zeit aus: %2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="148"/>
        <source>  (no routes)
</source>
        <translation>  (keine Routen)
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="162"/>
        <source>  registered %1</source>
        <translation>  registriert %1</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="165"/>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="166"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="167"/>
        <source>  STALE %1 (%2) since %3</source>
        <translation>  VERALTET %1 (%2) seit %3</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="171"/>
        <source>, now %1 instance %2</source>
        <translation>, jetzt Instanz %2 von %1</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="172"/>
        <source>another app</source>
        <translation>einer anderen App</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="109"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="116"/>
        <source>The file is JSON, but not a RouteScope saved-filters file.</source>
        <translation>Die Datei ist JSON, aber keine Datei gespeicherter RouteScope-Filter.</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="120"/>
        <source>The file was written by a newer RouteScope (version %1).</source>
        <translation>Die Datei wurde von einem neueren RouteScope geschrieben (Version %1).</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="131"/>
        <source>Entry %1 of the file lacks a name or an expression.</source>
        <translation>Eintrag %1 der Datei fehlt ein Name oder ein Ausdruck.</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="143"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="153"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="157"/>
        <source>%1 is too large for a saved-filters file.</source>
        <translation>%1 ist zu groß für eine Datei gespeicherter Filter.</translation>
    </message>
</context>
<context>
    <name>SavedFiltersDialog</name>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="5"/>
        <source>Saved Filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="12"/>
        <source>Double-click a name or an expression to edit it. Export writes the list to a small JSON file that Import reads on another machine.</source>
        <translation>Doppelklicken Sie auf einen Namen oder Ausdruck, um ihn zu bearbeiten. Exportieren schreibt die Liste in eine kleine JSON-Datei, die Importieren auf einem anderen Rechner liest.</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="24"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="31"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="41"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="46"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>SearchResultsText</name>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="29"/>
        <source>gorouter event</source>
        <translation>Gorouter-Ereignis</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="31"/>
        <source>gorouter stderr</source>
        <translation>Gorouter-stderr</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="34"/>
        <source>cell log</source>
        <translation>Zellen-Log</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="41"/>
        <source>Shows requests whose raw lines contain this text (case-insensitive): the access-log line, the gorouter events and stderr lines joined to the request, and the error classes of the request and its failed attempts</source>
        <translation>Zeigt Requests, deren Rohzeilen diesen Text enthalten (ohne Beachtung der Groß-/Kleinschreibung): die Access-Log-Zeile, die dem Request zugeordneten Gorouter-Ereignisse und stderr-Zeilen sowie die Fehlerklassen des Requests und seiner fehlgeschlagenen Versuche</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="68"/>
        <source>“%1” is in %2 access-log lines, %3 gorouter events, %4 stderr lines and %5 cell-log lines; %6 requests have a matching line.</source>
        <translation>„%1“ steht in %2 Access-Log-Zeilen, %3 Gorouter-Ereignissen, %4 stderr-Zeilen und %5 Zellen-Log-Zeilen; %6 Requests haben eine passende Zeile.</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="77"/>
        <source>%1 matching lines belong to no request, for example:</source>
        <translation>%1 passende Zeilen gehören zu keinem Request, zum Beispiel:</translation>
    </message>
</context>
<context>
    <name>SourceAnswerText</name>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="48"/>
        <source>the infrastructure</source>
        <translation>der Infrastruktur</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="50"/>
        <source>the platform</source>
        <translation>der Plattform</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="52"/>
        <source>the app or the platform</source>
        <translation>der App oder der Plattform</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="54"/>
        <source>the app</source>
        <translation>der App</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="56"/>
        <source>the client</source>
        <translation>dem Client</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="65"/>
        <source>infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="67"/>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="69"/>
        <source>app or platform</source>
        <translation>App oder Plattform</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="71"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="73"/>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="141"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="143"/>
        <source>Most failures</source>
        <translation>Die meisten Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="144"/>
        <source>Most %1s</source>
        <translation>Die meisten %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="146"/>
        <source>%1 came from %2: %3 of %4 (%5)</source>
        <translation>%1 kamen von %2: %3 von %4 (%5)</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="150"/>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
</context>
<context>
    <name>StaleRouteText</name>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="74"/>
        <source>%1 (TLS %2)</source>
        <translation>%1 (TLS %2)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="166"/>
        <source>private_instance_id %1 differs from tags.process_instance_id %2: the registration mixes two instances</source>
        <translation>private_instance_id %1 weicht von tags.process_instance_id %2 ab: die Registrierung vermischt zwei Instanzen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="184"/>
        <source>%1 now belongs to instance %2 (index %3 of %4): requests for this route reach another instance</source>
        <translation>%1 gehört jetzt zu Instanz %2 (Index %3 von %4): Requests für diese Route erreichen eine andere Instanz</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="197"/>
        <source>instance %1 runs on %2 with host ports %3, not on %4</source>
        <translation>Instanz %1 läuft auf %2 mit den Host-Ports %3, nicht auf %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="203"/>
        <source>instance %1 is %2 in the LRPs, not running</source>
        <translation>Instanz %1 ist in den LRPs %2, nicht running</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="205"/>
        <source>instance %1 is in no LRP; the LRP dump may be partial, so this is likely but not certain</source>
        <translation>Instanz %1 ist in keinem LRP; der LRP-Dump ist womöglich unvollständig, daher ist dies wahrscheinlich, aber nicht sicher</translation>
    </message>
</context>
<context>
    <name>SummaryChartText</name>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="106"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="148"/>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Requests</translation>
    </message>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="188"/>
        <location filename="../src/app/charts/summarycharts.cpp" line="197"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="194"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <location filename="../src/cli/summary.cpp" line="34"/>
        <source>%1 MB/s, %2 k lines/s</source>
        <translation>%1 MB/s, %2 k Zeilen/s</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="143"/>
        <source>RouteScope summary of %1
</source>
        <translation>RouteScope-Zusammenfassung von %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="148"/>
        <source>Time span     %1 … %2
</source>
        <translation>Zeitraum      %1 … %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="150"/>
        <source>Requests      %1 on %2 router(s)
</source>
        <translation>Requests      %1 auf %2 Router(n)
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="157"/>
        <source>Events        %1 gorouter events, %2 stderr lines, %3 container events, %4 other component lines
</source>
        <translation>Ereignisse    %1 Gorouter-Ereignisse, %2 stderr-Zeilen, %3 Container-Ereignisse, %4 Zeilen anderer Komponenten
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="164"/>
        <source>Load balancer %1 requests: %2 joined by id, %3 by time, %4 ambiguous; %5 failed without reaching Gorouter, %6 with another status than Gorouter&apos;s
</source>
        <translation>Load Balancer %1 Requests: %2 per ID zugeordnet, %3 per Zeit, %4 mehrdeutig; %5 fehlgeschlagen, ohne Gorouter zu erreichen, %6 mit einem anderen Status als bei Gorouter
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="173"/>
        <source>App logs      %1 lines (%2 errors): %3 joined by request id, %4 near in time, %5 ambiguous
</source>
        <translation>App-Logs      %1 Zeilen (%2 Fehler): %3 über Request-ID verknüpft, %4 zeitlich nah, %5 mehrdeutig
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="187"/>
        <source>Snapshots     %1 route-table dump(s) with %2 endpoints, %3 LRP capture(s) with %4 LRPs
</source>
        <translation>Snapshots     %1 Routing-Tabellen-Dump(s) mit %2 Endpunkten, %3 LRP-Aufnahme(n) mit %4 LRPs
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="197"/>
        <source>Status        </source>
        <translation>Status        </translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="201"/>
        <source>              </source>
        <translation>              </translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="208"/>
        <source>Answer        %1
</source>
        <translation>Antwort       %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="210"/>
        <source>Router errors (x_cf_routererror)
</source>
        <translation>Router-Fehler (x_cf_routererror)
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="217"/>
        <source>Error classes
</source>
        <translation>Fehlerklassen
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="219"/>
        <source>
Files: %1 read, %2 ignored
</source>
        <translation>
Dateien: %1 gelesen, %2 ignoriert
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="221"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="222"/>
        <source>ROUTER/CELL</source>
        <translation>ROUTER/ZELLE</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="223"/>
        <source>LINES</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="224"/>
        <source>RECORDS</source>
        <translation>DATENSÄTZE</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="225"/>
        <source>SKIPPED</source>
        <translation>ÜBERSPR.</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="226"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="242"/>
        <source>
Skipped lines
</source>
        <translation>
Übersprungene Zeilen
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="244"/>
        <source>  %1: %2 line(s): %3
</source>
        <translation>  %1: %2 Zeile(n): %3
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="249"/>
        <source>      line %1: %2
</source>
        <translation>      Zeile %1: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="257"/>
        <source>
Lines of other programs in captures (not records, not problems)
</source>
        <translation>
Zeilen anderer Programme in Aufnahmen (keine Datensätze, keine Probleme)
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="259"/>
        <source>  %1: %2 line(s), e.g. line %3: %4
</source>
        <translation>  %1: %2 Zeile(n), z. B. Zeile %3: %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="266"/>
        <source>
Bundle problems
</source>
        <translation>
Probleme mit dem Bundle
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="274"/>
        <source>
Ignored files
</source>
        <translation>
Ignorierte Dateien
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="280"/>
        <source>
Imported %1 MB of text (%2 lines) in %3 s: %4
</source>
        <translation>
%1 MB Text (%2 Zeilen) in %3 s importiert: %4
</translation>
    </message>
</context>
<context>
    <name>TimelinePlotText</name>
    <message>
        <location filename="../src/app/charts/timelineplot.cpp" line="68"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineplot.cpp" line="76"/>
        <source>Time (UTC), %1</source>
        <translation>Zeit (UTC), %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineplot.cpp" line="62"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
</context>
<context>
    <name>TimelineToolTipText</name>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="56"/>
        <source>Route-table events: %1</source>
        <translation>Ereignisse der Routing-Tabelle: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="84"/>
        <source>%1 – %2 UTC (%3)</source>
        <translation>%1 – %2 UTC (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="87"/>
        <source>Requests: %1</source>
        <translation>Requests: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="105"/>
        <source>Failures: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="118"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../forms/timelineview.ui" line="22"/>
        <source>Each bar counts the requests that started in one bucket; the bucket size follows the zoom.</source>
        <translation>Jeder Balken zählt die Requests, die in einem Intervall begannen; die Intervallgröße folgt dem Zoom.</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="30"/>
        <source>Wheel: zoom · drag: pan · Shift+drag: filter to a time range · click: set the time cursor</source>
        <translation>Mausrad: Zoom · Ziehen: Verschieben · Umschalt+Ziehen: auf einen Zeitraum filtern · Klick: Zeitcursor setzen</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="40"/>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="43"/>
        <source>Show the names of the status classes, error classes and route-table events under the plot.</source>
        <translation>Die Namen der Statusklassen, Fehlerklassen und Routing-Tabellen-Ereignisse unter dem Diagramm anzeigen.</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="49"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="51"/>
        <source>By class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="52"/>
        <source>Per router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="53"/>
        <source>By source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="58"/>
        <source>Lo&amp;g scale</source>
        <translation>Lo&amp;g</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="60"/>
        <source>Count on a logarithmic scale: small numbers of failures stay visible beside the traffic.</source>
        <translation>Anzahl auf logarithmischer Skala: Wenige Fehler bleiben neben dem Traffic sichtbar.</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="66"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="68"/>
        <source>Show the whole time range of the current filter (Home).</source>
        <translation>Den ganzen Zeitraum des aktuellen Filters anzeigen (Pos1).</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="74"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="76"/>
        <source>Save the timeline as it is shown (PNG, SVG, PDF, CSV) or copy it.</source>
        <translation>Die Zeitachse so speichern, wie sie angezeigt wird (PNG, SVG, PDF, CSV), oder kopieren.</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="88"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="90"/>
        <source>Requests per time bucket by status class, failures per error class and route-table events. Left and Right pan, plus and minus zoom, Home shows the filter&apos;s range, Shift+Left and Shift+Right move the time cursor.</source>
        <translation>Requests pro Zeitintervall nach Statusklasse, Fehler pro Fehlerklasse und Routing-Tabellen-Ereignisse. Links und Rechts verschieben, Plus und Minus zoomen, Pos1 zeigt den Zeitraum des Filters, Umschalt+Links und Umschalt+Rechts bewegen den Zeitcursor.</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="96"/>
        <source>No requests match the filter</source>
        <translation>Keine Requests passen zum Filter</translation>
    </message>
</context>
<context>
    <name>UnjoinedHitsDialog</name>
    <message>
        <location filename="../forms/unjoinedhitsdialog.ui" line="5"/>
        <source>Matching Lines Without a Request</source>
        <translation>Passende Zeilen ohne Anfrage</translation>
    </message>
    <message>
        <location filename="../forms/unjoinedhitsdialog.ui" line="21"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../forms/unjoinedhitsdialog.ui" line="22"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="110"/>
        <source>Incident viewer for Gorouter failures</source>
        <translation>Incident-Viewer für Gorouter-Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="114"/>
        <source>Bundle, folder or log files to open</source>
        <translation>Zu öffnende Bundles, Ordner oder Logdateien</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="116"/>
        <source>Open the embedded sample incident</source>
        <translation>Den eingebetteten Beispiel-Incident öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="120"/>
        <source>Save a PNG of the window once the incident is shown, then quit</source>
        <translation>Ein PNG des Fensters speichern, sobald der Incident angezeigt wird, dann beenden</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="125"/>
        <source>Window size of --screenshot, e.g. 1920x1080 (default 1366x768)</source>
        <translation>Fenstergröße für --screenshot, z. B. 1920x1080 (Standard 1366x768)</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="130"/>
        <source>Show the window in this language (de, ja or en) without saving it</source>
        <translation>Das Fenster in dieser Sprache (de, ja oder en) zeigen, ohne sie zu speichern</translation>
    </message>
</context>
<context>
    <name>rs::AboutBox</name>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="32"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="34"/>
        <source>Copy the version and library lines for a bug report</source>
        <translation>Die Zeilen zu Version und Bibliotheken für einen Fehlerbericht kopieren</translation>
    </message>
</context>
<context>
    <name>rs::AttemptsModel</name>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="14"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="16"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="26"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="58"/>
        <source>time (uncertain)</source>
        <translation>Zeit (unsicher)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="58"/>
        <source>request id</source>
        <translation>Request-ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="112"/>
        <source>Whether Gorouter may retry this failure on another endpoint</source>
        <translation>Ob Gorouter diesen Fehler bei einem anderen Endpunkt wiederholen darf</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="114"/>
        <source>How the event was found to belong to this request: by its request id, or (events without one) by router, backend and time, which may be wrong</source>
        <translation>Wie das Ereignis diesem Request zugeordnet wurde: über seine Request-ID oder (bei Ereignissen ohne ID) über Router, Backend und Zeit, was falsch sein kann</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="117"/>
        <source>Whether the attempt used a kept-alive connection (keep-alive races fail on these)</source>
        <translation>Ob der Versuch eine per Keep-Alive offen gehaltene Verbindung nutzte (Keep-Alive-Wettläufe scheitern an diesen)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="122"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="124"/>
        <source>Joined by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="126"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="128"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="130"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="132"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="134"/>
        <source>Retriable</source>
        <translation>Wiederholbar</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="136"/>
        <source>Conn. reused</source>
        <translation>Verb. wiederverw.</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="138"/>
        <source>Got conn.</source>
        <translation>Verb. erhalten</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="140"/>
        <source>Wrote headers</source>
        <translation>Header geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="142"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="144"/>
        <source>Dial</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="146"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>rs::BackendsView</name>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="228"/>
        <source>(no backend)</source>
        <translation>(kein Backend)</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="230"/>
        <source>(no instance)</source>
        <translation>(keine Instanz)</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="233"/>
        <location filename="../src/app/charts/backendsview.cpp" line="240"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/charts/backendsview.cpp" line="271"/>
        <source>%n failed attempts</source>
        <translation>
            <numerusform>%n fehlgeschlagener Versuch</numerusform>
            <numerusform>%n fehlgeschlagene Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="274"/>
        <source>%1 without a backend (not drawn)</source>
        <translation>%1 ohne Backend (nicht gezeichnet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/charts/backendsview.cpp" line="276"/>
        <source>%n more not shown</source>
        <translation>
            <numerusform>%n weiterer nicht angezeigt</numerusform>
            <numerusform>%n weitere nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="281"/>
        <source>Only requests that reached no backend failed (%1).</source>
        <translation>Nur Requests, die kein Backend erreichten, sind fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="282"/>
        <location filename="../src/app/charts/backendsview.cpp" line="347"/>
        <source>No failures in the current filter</source>
        <translation>Keine Fehler im aktuellen Filter</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="295"/>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Requests</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="295"/>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="340"/>
        <source>p50 %1 s · p90 %2 s · p99 %3 s</source>
        <translation>p50 %1 s · p90 %2 s · p99 %3 s</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="348"/>
        <source>No response times in the current filter</source>
        <translation>Keine Antwortzeiten im aktuellen Filter</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="421"/>
        <source>App: %1</source>
        <translation>App: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="423"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="423"/>
        <source>Instance: %1</source>
        <translation>Instanz: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/charts/backendsview.cpp" line="272"/>
        <location filename="../src/app/charts/backendsview.cpp" line="334"/>
        <source>%n failed requests</source>
        <translation>
            <numerusform>%n fehlgeschlagener Request</numerusform>
            <numerusform>%n fehlgeschlagene Requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="424"/>
        <source>Failed requests: %1</source>
        <translation>Fehlgeschlagene Requests: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="424"/>
        <source>Failed attempts: %1</source>
        <translation>Fehlgeschlagene Versuche: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="430"/>
        <source>Click to show only the requests to this backend.</source>
        <translation>Klicken, um nur die Requests an dieses Backend anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="431"/>
        <source>Click to show only the requests to this instance.</source>
        <translation>Klicken, um nur die Requests an diese Instanz anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>rs::CaseController</name>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="59"/>
        <source>Could not open the case %1.</source>
        <translation>Der Fall %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="60"/>
        <source>Open Case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="61"/>
        <source>%1 cannot be opened as a RouteScope case: %2</source>
        <translation>%1 kann nicht als RouteScope-Fall geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="104"/>
        <source>%1 (case)</source>
        <translation>%1 (Fall)</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="104"/>
        <source>%1 (case %2)</source>
        <translation>%1 (Fall %2)</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="123"/>
        <source>Opened from the saved case %1 (saved %2): %3 requests</source>
        <translation>Aus dem gespeicherten Fall %1 geöffnet (gespeichert %2): %3 Anfragen</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="126"/>
        <source> — its bundle is not here: raw lines need File → Locate Bundle…</source>
        <translation> — sein Bundle ist nicht hier: Rohzeilen brauchen Datei → Bundle suchen…</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="161"/>
        <source>incident</source>
        <translation>vorfall</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="194"/>
        <location filename="../src/app/casecontroller.cpp" line="226"/>
        <source>Save Case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="194"/>
        <source>RouteScope cases (*.rscase)</source>
        <translation>RouteScope-Fälle (*.rscase)</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="224"/>
        <source>Case saved to %1</source>
        <translation>Fall gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="227"/>
        <source>The case could not be saved to %1: %2</source>
        <translation>Der Fall konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="261"/>
        <location filename="../src/app/casecontroller.cpp" line="269"/>
        <location filename="../src/app/casecontroller.cpp" line="271"/>
        <location filename="../src/app/casecontroller.cpp" line="317"/>
        <location filename="../src/app/casecontroller.cpp" line="346"/>
        <source>Locate Bundle</source>
        <translation>Bundle suchen</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="262"/>
        <source>Choose the bundle files, or the folder that holds them.</source>
        <translation>Wählen Sie die Dateien des Bundles oder den Ordner, der sie enthält.</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="264"/>
        <source>Choose Files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="265"/>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="318"/>
        <source>The case could not be read again: %1</source>
        <translation>Der Fall konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/casecontroller.cpp" line="336"/>
        <source>Found %1 at %2 (%n files).</source>
        <translation>
            <numerusform>%1 unter %2 gefunden (%n Datei).</numerusform>
            <numerusform>%1 unter %2 gefunden (%n Dateien).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="339"/>
        <source>Not found: %1 (%2).</source>
        <translation>Nicht gefunden: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/casecontroller.cpp" line="341"/>
        <source>Refused %1 for %2: %3 (%n files taken).</source>
        <translation>
            <numerusform>%1 für %2 abgelehnt: %3 (%n Datei übernommen).</numerusform>
            <numerusform>%1 für %2 abgelehnt: %3 (%n Dateien übernommen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="347"/>
        <source>The bundle was found; raw lines are read from it now.</source>
        <translation>Das Bundle wurde gefunden; Rohzeilen werden jetzt daraus gelesen.</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="348"/>
        <source>%1 of %2 inputs were found.</source>
        <translation>%1 von %2 Eingaben wurden gefunden.</translation>
    </message>
</context>
<context>
    <name>rs::ChartActions</name>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="57"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="59"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="61"/>
        <source>Error Classes</source>
        <translation>Fehlerklassen</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="63"/>
        <source>Response Times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="149"/>
        <source>No incident is open.</source>
        <translation>Kein Incident ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="206"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="84"/>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="87"/>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="90"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="93"/>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="97"/>
        <source>Copy as &amp;Image</source>
        <translation>Als &amp;Bild kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="98"/>
        <source>Copy as C&amp;SV</source>
        <translation>Als CS&amp;V kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="209"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="212"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="215"/>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="218"/>
        <source>Save %1 chart</source>
        <translation>Diagramm „%1“ speichern</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="227"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="249"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="255"/>
        <source>Click to open the folder</source>
        <translation>Klicken, um den Ordner zu öffnen</translation>
    </message>
</context>
<context>
    <name>rs::ChartColors</name>
    <message>
        <location filename="../src/app/charts/chartcolors.cpp" line="44"/>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <location filename="../src/app/charts/chartcolors.cpp" line="125"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
</context>
<context>
    <name>rs::ChartLegend</name>
    <message numerus="yes">
        <location filename="../src/app/charts/chartlegend.cpp" line="95"/>
        <source>+%n more</source>
        <comment>legend entry</comment>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::CrashOffer</name>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="26"/>
        <source>RouteScope Quit Unexpectedly</source>
        <translation>RouteScope wurde unerwartet beendet</translation>
    </message>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="29"/>
        <source>RouteScope crashed when it last ran. A report with its version and backtrace was saved in
%1
Nothing has been sent anywhere; attach the report to a bug report if you like.</source>
        <translation>RouteScope ist beim letzten Lauf abgestürzt. Ein Bericht mit Version und Backtrace wurde gespeichert in
%1
Nichts wurde irgendwohin gesendet; hängen Sie den Bericht bei Bedarf an einen Fehlerbericht an.</translation>
    </message>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="38"/>
        <source>Show Folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="43"/>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>rs::ExportReportDialog</name>
    <message>
        <location filename="../src/app/export/exportreportdialog.cpp" line="89"/>
        <source>Save incident report</source>
        <translation>Incident-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportreportdialog.cpp" line="90"/>
        <source>PDF document (*.pdf);;Web page, self-contained (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;Webseite, eigenständig (*.html)</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportreportdialog.cpp" line="99"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>rs::FilterChipsBar</name>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="20"/>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="34"/>
        <source>No filter: showing every request</source>
        <translation>Kein Filter: alle Requests werden angezeigt</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="30"/>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="33"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="98"/>
        <source>Remove this part of the filter</source>
        <translation>Diesen Teil des Filters entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="106"/>
        <source>Edit in the Filter Field</source>
        <translation>Im Filterfeld bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="111"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="116"/>
        <source>Remove this part of the filter; the arrow edits it as %1</source>
        <translation>Diesen Teil des Filters entfernen; der Pfeil bearbeitet ihn als %1</translation>
    </message>
</context>
<context>
    <name>rs::FilterLineEdit</name>
    <message>
        <location filename="../src/app/filter/filterlineedit.cpp" line="171"/>
        <source>No request of this incident matches this filter.</source>
        <translation>Kein Request dieses Incidents passt zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterlineedit.cpp" line="186"/>
        <source>Ctrl+L comes here. Enter applies, Escape goes back to the applied filter, Up/Down show earlier filters, Ctrl+Space completes.</source>
        <translation>Strg+L führt hierher. Eingabe wendet an, Escape kehrt zum angewendeten Filter zurück, Auf/Ab zeigen frühere Filter, Strg+Leertaste ergänzt.</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterlineedit.cpp" line="354"/>
        <source>(%1 requests)</source>
        <translation>(%1 Requests)</translation>
    </message>
</context>
<context>
    <name>rs::FilterStack</name>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="33"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="35"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="37"/>
        <source>&amp;Reset Filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="34"/>
        <source>Back to the previous filter (Alt+Left)</source>
        <translation>Zurück zum vorigen Filter (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="36"/>
        <source>Forward to the next filter (Alt+Right)</source>
        <translation>Vor zum nächsten Filter (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="38"/>
        <source>Show everything again (Ctrl+Shift+R)</source>
        <translation>Wieder alles anzeigen (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>rs::FindingsPanel</name>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="34"/>
        <source>Failed for clients</source>
        <translation>Für Clients fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="36"/>
        <source>Failed attempts a retry hid</source>
        <translation>Fehlgeschlagene Versuche, die eine Wiederholung verbarg</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="38"/>
        <source>Other findings</source>
        <translation>Weitere Befunde</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="46"/>
        <source>Route-table endpoints</source>
        <translation>Endpunkte der Routing-Tabelle</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="48"/>
        <source>Load-balancer requests that no router logged: selecting it shows no request rows</source>
        <translation>Load-Balancer-Requests, die kein Router protokolliert hat: Auswählen zeigt keine Request-Zeilen</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="50"/>
        <source>Requests selecting it shows: %L1 failed for clients, %L2 recovered after a failed attempt, %L3 others</source>
        <translation>Requests, die seine Auswahl zeigt: %L1 für Clients fehlgeschlagen, %L2 nach einem fehlgeschlagenen Versuch erfolgreich, %L3 weitere</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="57"/>
        <source>Only the first %L1 are selected.</source>
        <translation>Nur die ersten %L1 werden ausgewählt.</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="248"/>
        <source>No findings: nothing in this bundle looks like a routing problem</source>
        <translation>Keine Befunde: nichts in diesem Bundle sieht nach einem Routing-Problem aus</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="276"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="393"/>
        <source>From %1 to %2 (UTC).</source>
        <translation>Von %1 bis %2 (UTC).</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="414"/>
        <source>Selecting this finding filters no request rows: no router logged these requests. The load balancer&apos;s own lines (%L1 of %L2):</source>
        <translation>Dieser Befund filtert keine Request-Zeilen: Kein Router hat diese Requests protokolliert. Die Zeilen des Load Balancers (%L1 von %L2):</translation>
    </message>
</context>
<context>
    <name>rs::FlappingModel</name>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="72"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="74"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="76"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="78"/>
        <source>Prunes</source>
        <translation>Prunes</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="80"/>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="82"/>
        <source>First (UTC)</source>
        <translation>Erster (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="84"/>
        <source>Last (UTC)</source>
        <translation>Letzter (UTC)</translation>
    </message>
</context>
<context>
    <name>rs::JoinedEventsModel</name>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="37"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="70"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="72"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="74"/>
        <source>Joined as</source>
        <translation>Zugeordnet als</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="76"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="78"/>
        <source>Endpoint / peer</source>
        <translation>Endpunkt / Gegenstelle</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="80"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>rs::KeyValueModel</name>
    <message>
        <location filename="../src/app/detail/keyvaluemodel.cpp" line="54"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/app/detail/keyvaluemodel.cpp" line="56"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>rs::KeyboardNavigation</name>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="121"/>
        <source>Focus the &amp;Filter Field</source>
        <translation>&amp;Filterfeld fokussieren</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="125"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="127"/>
        <source>&amp;Requests</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="127"/>
        <source>F&amp;indings</source>
        <translation>B&amp;efunde</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="128"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="128"/>
        <source>&amp;Backends</source>
        <translation>&amp;Backends</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="129"/>
        <source>Route &amp;Table</source>
        <translation>Routing-&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="129"/>
        <source>Request &amp;Detail</source>
        <translation>Request-&amp;Details</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="136"/>
        <source>&amp;Next Panel</source>
        <translation>&amp;Nächstes Panel</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="138"/>
        <source>&amp;Previous Panel</source>
        <translation>&amp;Vorheriges Panel</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="142"/>
        <source>Next F&amp;ailed Request</source>
        <translation>&amp;Nächster fehlgeschlagener Request</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="145"/>
        <source>Previous Fa&amp;iled Request</source>
        <translation>&amp;Vorheriger fehlgeschlagener Request</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="148"/>
        <source>Next Fi&amp;nding</source>
        <translation>Nächster &amp;Befund</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="150"/>
        <source>Previous Findin&amp;g</source>
        <translation>Vorheriger Bef&amp;und</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="154"/>
        <source>Go to &amp;Time…</source>
        <translation>Zu &amp;Zeitpunkt springen…</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="157"/>
        <source>Filter to a Time &amp;Range…</source>
        <translation>Auf Zeit&amp;raum filtern…</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="246"/>
        <source>No failed request after this one</source>
        <translation>Kein fehlgeschlagener Request nach diesem</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="247"/>
        <source>No failed request before this one</source>
        <translation>Kein fehlgeschlagener Request vor diesem</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="255"/>
        <source>No finding after this one</source>
        <translation>Kein Befund nach diesem</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="255"/>
        <source>No finding before this one</source>
        <translation>Kein Befund vor diesem</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="284"/>
        <source>No request of the filter starts at or after %1</source>
        <translation>Kein Request des Filters beginnt um oder nach %1</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="299"/>
        <source>Go to Time</source>
        <translation>Zu Zeitpunkt springen</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="300"/>
        <source>Time (UTC): 09:08:00.250, 2026-10-14T09:08:00Z, an access-log timestamp or epoch seconds</source>
        <translation>Zeit (UTC): 09:08:00.250, 2026-10-14T09:08:00Z, ein Access-Log-Zeitstempel oder Epoch-Sekunden</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="310"/>
        <source>“%1” is no time RouteScope reads. Try 09:08:00.250 or 2026-10-14T09:08:00Z.</source>
        <translation>„%1“ ist keine Zeitangabe, die RouteScope liest. Versuchen Sie 09:08:00.250 oder 2026-10-14T09:08:00Z.</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="322"/>
        <source>Filter to a Time Range</source>
        <translation>Auf Zeitraum filtern</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="337"/>
        <source>From (UTC):</source>
        <translation>Von (UTC):</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="338"/>
        <source>To (UTC, excluded):</source>
        <translation>Bis (UTC, ausschließlich):</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="354"/>
        <source>Enter two times, the first before the second, e.g. 09:08:00 and 09:10:00.</source>
        <translation>Geben Sie zwei Zeiten ein, die erste vor der zweiten, z. B. 09:08:00 und 09:10:00.</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="388"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="391"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="391"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="401"/>
        <source>In tables the arrow keys move, Tab leaves for the next panel. In the timeline: Left/Right pan, +/− zoom, Shift+Left/Right move the time cursor, Home fits.</source>
        <translation>In Tabellen bewegen die Pfeiltasten, Tab wechselt zum nächsten Panel. In der Zeitachse: Links/Rechts verschieben, +/− zoomen, Umschalt+Links/Rechts bewegen den Zeitcursor, Pos1 passt ein.</translation>
    </message>
</context>
<context>
    <name>rs::LegendStrip</name>
    <message>
        <location filename="../src/app/charts/legendstrip.cpp" line="23"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/charts/legendstrip.cpp" line="67"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::LrpTableModel</name>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="26"/>
        <source>%1→%2</source>
        <translation>%1→%2</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="28"/>
        <source> (TLS %1→%2)</source>
        <translation> (TLS %1→%2)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="144"/>
        <source>%1 (evacuating)</source>
        <translation>%1 (wird evakuiert)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="162"/>
        <source>Process guid</source>
        <translation>Prozess-GUID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="164"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="166"/>
        <source>Instance guid</source>
        <translation>Instanz-GUID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="168"/>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="170"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="172"/>
        <source>Instance address</source>
        <translation>Instanzadresse</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="174"/>
        <source>Ports (container→host)</source>
        <translation>Ports (Container→Host)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="176"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="178"/>
        <source>Since (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="180"/>
        <source>Crashes</source>
        <translation>Abstürze</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="182"/>
        <source>Crash reason</source>
        <translation>Absturzgrund</translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="204"/>
        <source>Open bundle or logs</source>
        <translation>Bundle oder Logs öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="211"/>
        <source>Open folder of logs</source>
        <translation>Ordner mit Logs öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="19"/>
        <source>About RouteScope</source>
        <translation>Über RouteScope</translation>
    </message>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="21"/>
        <source>RouteScope %1
Incident viewer for Cloud Foundry Gorouter failures.</source>
        <translation>RouteScope %1
Incident-Viewer für Gorouter-Fehler in Cloud Foundry.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="96"/>
        <source>Import cancelled; the previous incident is still shown.</source>
        <translation>Import abgebrochen; der vorherige Incident wird weiter angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="98"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="237"/>
        <source>Loaded %1 requests from ClickHouse database %2 on %3, %4 – %5 UTC</source>
        <translation>%1 Anfragen aus der ClickHouse-Datenbank %2 auf %3 geladen, %4 – %5 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="600"/>
        <source>%n inputs</source>
        <translation>
            <numerusform>%n Eingabe</numerusform>
            <numerusform>%n Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="372"/>
        <source>Sample incident</source>
        <translation>Beispiel-Incident</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="373"/>
        <source>The embedded sample incident is missing from this build.</source>
        <translation>Der eingebettete Beispiel-Incident fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="600"/>
        <source>sample incident</source>
        <translation>Beispiel-Incident</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="390"/>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="205"/>
        <source>Bundles, logs and cases (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.rscase);;All files (*)</source>
        <translation>Bundles, Logs und Fälle (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.rscase);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="400"/>
        <source>Importing %1… %2 files, %3 MB/s</source>
        <translation>Importiere %1… %2 Dateien, %3 MB/s</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="458"/>
        <source>no timestamps</source>
        <translation>keine Zeitstempel</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="463"/>
        <location filename="../src/app/mainwindow.cpp" line="464"/>
        <source>%1 … %2 UTC</source>
        <translation>%1 … %2 UTC</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="449"/>
        <source>%1 requests, %2 Gorouter events, %3 route-table dumps, %4 LRP captures, %5 findings — %6</source>
        <translation>%1 Requests, %2 Gorouter-Ereignisse, %3 Routing-Tabellen-Dumps, %4 LRP-Aufnahmen, %5 Befunde — %6</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="420"/>
        <source>Imported %1 files (%2 MB) in %3 s; %4 lines skipped, %5 problems — see the import report</source>
        <translation>%1 Dateien (%2 MB) in %3 s importiert; %4 Zeilen übersprungen, %5 Probleme — siehe Importbericht</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="466"/>
        <source>RouteScope — %1</source>
        <translation>RouteScope — %1</translation>
    </message>
</context>
<context>
    <name>rs::OpenClickHouseDialog</name>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="71"/>
        <source>The database holds no pushed requests.</source>
        <translation>Die Datenbank enthält keine geschriebenen Requests.</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="76"/>
        <source>The pushed requests span %1 … %2 (UTC).</source>
        <translation>Die geschriebenen Requests reichen von %1 bis %2 (UTC).</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="97"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="138"/>
        <source>CA certificates for ClickHouse</source>
        <translation>CA-Zertifikate für ClickHouse</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="140"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="208"/>
        <source>No keyring service is available (%1): the password is kept only until RouteScope quits.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1): das Passwort wird nur bis zum Beenden von RouteScope behalten.</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="226"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="240"/>
        <source>The range must end after it starts.</source>
        <translation>Der Zeitraum muss nach seinem Anfang enden.</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="247"/>
        <source>The filter does not parse at %1: %2</source>
        <translation>Der Filter ist an Stelle %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="263"/>
        <source>Drilling the range into a local incident…</source>
        <translation>Der Zeitraum wird als lokaler Incident geholt…</translation>
    </message>
</context>
<context>
    <name>rs::RequestDetailPanel</name>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="78"/>
        <source>Copy raw lines</source>
        <translation>Rohzeilen kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="80"/>
        <source>Filter to host</source>
        <translation>Auf Host filtern</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="82"/>
        <source>Filter to backend</source>
        <translation>Auf Backend filtern</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="79"/>
        <source>Copy every raw line of this request, with its file and offset (Ctrl+Shift+C)</source>
        <translation>Jede Rohzeile dieses Requests mit Datei und Offset kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="81"/>
        <source>Show only requests to this request&apos;s host in every view</source>
        <translation>In jeder Ansicht nur Requests an den Host dieses Requests zeigen</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="83"/>
        <source>Show only requests to this request&apos;s backend in every view</source>
        <translation>In jeder Ansicht nur Requests an das Backend dieses Requests zeigen</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="113"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="144"/>
        <source>%1 (%2) — likely source: %3</source>
        <translation>%1 (%2) — wahrscheinliche Ursache: %3</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="149"/>
        <source>Evidence: none</source>
        <translation>Beleg: keiner</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="150"/>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="158"/>
        <source>x_cf_routererror “%1”: %2</source>
        <translation>x_cf_routererror „%1“: %2</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="183"/>
        <source>No failed attempt was joined to this request.</source>
        <translation>Diesem Request wurde kein fehlgeschlagener Versuch zugeordnet.</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="188"/>
        <source>No router event or stderr line was joined to this request.</source>
        <translation>Diesem Request wurde kein Router-Ereignis und keine stderr-Zeile zugeordnet.</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="197"/>
        <source>Attempts (%1)</source>
        <translation>Versuche (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="199"/>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="212"/>
        <source># %1 · offset %2 · %3</source>
        <translation># %1 · Offset %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="220"/>
        <source> — needs the bundle (%1); use File → Locate Bundle… to reattach it</source>
        <translation> — braucht das Bundle (%1); mit Datei → Bundle suchen… wieder anbinden</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="223"/>
        <source> — cannot be read again (%1); open the bundle again to see it</source>
        <translation> — kann nicht erneut gelesen werden (%1); öffnen Sie das Bundle erneut, um sie zu sehen</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="226"/>
        <source> — a line of %1 bytes, the first %2 shown</source>
        <translation> — eine Zeile von %1 Bytes, die ersten %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="237"/>
        <source>Raw lines (%1)</source>
        <translation>Rohzeilen (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="246"/>
        <source>No app logs were imported. Add the output of `cf logs APP --recent` (or a syslog drain&apos;s file) to see what the app said about this request.</source>
        <translation>Es wurden keine App-Logs importiert. Fügen Sie die Ausgabe von `cf logs APP --recent` (oder die Datei eines Syslog-Drains) hinzu, um zu sehen, was die App zu diesem Request sagte.</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="250"/>
        <source>The app logged nothing that could be tied to this request (no line with its request id, and no line of instance %1 while only this request was in flight).</source>
        <translation>Die App protokollierte nichts, was sich diesem Request zuordnen ließe (keine Zeile mit seiner Request-ID und keine Zeile von Instanz %1, während nur dieser Request lief).</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="255"/>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="256"/>
        <source>instance ?</source>
        <translation>Instanz ?</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="256"/>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="257"/>
        <source>request id</source>
        <translation>Request-ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="257"/>
        <source>near in time</source>
        <translation>zeitlich nah</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="258"/>
        <source>%1 · %2 · %3 · %4 — %5</source>
        <translation>%1 · %2 · %3 · %4 — %5</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="263"/>
        <source>App (%1)</source>
        <translation>App (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="265"/>
        <source>What the app itself logged for this request: lines with its request id (exact), or of the same instance while only this request was in flight (near in time, not proven)</source>
        <translation>Was die App selbst zu diesem Request protokollierte: Zeilen mit seiner Request-ID (exakt) oder derselben Instanz, während nur dieser Request lief (zeitlich nah, nicht bewiesen)</translation>
    </message>
</context>
<context>
    <name>rs::RequestTableModel</name>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="336"/>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="338"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="342"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="340"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="248"/>
        <source>No load-balancer line was joined to this request</source>
        <translation>Diesem Request wurde keine Load-Balancer-Zeile zugeordnet</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="251"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="253"/>
        <source>no response (-)</source>
        <translation>keine Antwort (-)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="254"/>
        <source>Load balancer (%1) sent the client %2; its target %3 answered %4</source>
        <translation>Der Load Balancer (%1) sandte dem Client %2; sein Ziel %3 antwortete %4</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="258"/>
        <source>Termination: %1</source>
        <translation>Abbruch: %1</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="317"/>
        <source>Why the request failed (or that it did not), as RouteScope classifies it</source>
        <translation>Warum der Request fehlschlug (oder dass er es nicht tat), wie RouteScope ihn einstuft</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="319"/>
        <source>Who most likely has to act: client, app or platform</source>
        <translation>Wer am wahrscheinlichsten handeln muss: Client, App oder Plattform</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="321"/>
        <source>Failed attempts at backends before the final response</source>
        <translation>Fehlgeschlagene Versuche bei Backends vor der endgültigen Antwort</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="323"/>
        <source>The load balancer&apos;s status for this request and the status it got from its target (a router), as LB/target; “-” for none; empty when no load-balancer line was joined</source>
        <translation>Der Status des Load Balancers für diesen Request und der Status, den er von seinem Ziel (einem Router) bekam, als LB/Ziel; „-“ für keinen; leer, wenn keine Load-Balancer-Zeile zugeordnet wurde</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="326"/>
        <source>The backends whose attempts failed before the final response (the final one is under Backend)</source>
        <translation>Die Backends, deren Versuche vor der endgültigen Antwort fehlschlugen (das letzte steht unter Backend)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="336"/>
        <source>Start, %1 UTC</source>
        <translation>Beginn, %1 UTC</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="344"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="346"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="348"/>
        <source>LB status</source>
        <translation>LB-Status</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="350"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="352"/>
        <source>Source</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="354"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="356"/>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="358"/>
        <source>Backends tried</source>
        <translation>Versuchte Backends</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="360"/>
        <source>Response (s)</source>
        <translation>Antwort (s)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="362"/>
        <source>Router error</source>
        <translation>Router-Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="364"/>
        <source>vcap_request_id</source>
        <translation>vcap_request_id</translation>
    </message>
</context>
<context>
    <name>rs::RequestsPanel</name>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="135"/>
        <source>&amp;Filter Syntax</source>
        <translation>&amp;Filtersyntax</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="329"/>
        <source>%1 without a request…</source>
        <translation>%1 ohne Anfrage…</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="373"/>
        <source>Filter expression: %1</source>
        <translation>Filterausdruck: %1</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="378"/>
        <source>Filter expression: valid, but no request of this incident matches it.</source>
        <translation>Filterausdruck: gültig, aber kein Request dieses Incidents passt dazu.</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="409"/>
        <source>Save Current Filter…</source>
        <translation>Aktuellen Filter speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="426"/>
        <source>Manage Saved Filters…</source>
        <translation>Gespeicherte Filter verwalten…</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="441"/>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="441"/>
        <source>Name for the current filter:</source>
        <translation>Name für den aktuellen Filter:</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="473"/>
        <source>No incident open</source>
        <translation>Kein Incident geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="480"/>
        <source>No requests match the filter (of %1)</source>
        <translation>Keine Requests passen zum Filter (von %1)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="481"/>
        <source>%1 of %2 requests, %3 failed</source>
        <translation>%1 von %2 Requests, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="485"/>
        <source>(sorting…)</source>
        <translation>(sortiere…)</translation>
    </message>
</context>
<context>
    <name>rs::RouteDiffModel</name>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="79"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="81"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="83"/>
        <source>Instance id</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="85"/>
        <source>Present on</source>
        <translation>Vorhanden auf</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="87"/>
        <source>Absent on</source>
        <translation>Fehlt auf</translation>
    </message>
</context>
<context>
    <name>rs::RouteEvents</name>
    <message>
        <location filename="../src/app/charts/routeevents.cpp" line="49"/>
        <source>Endpoint registered</source>
        <translation>Endpunkt registriert</translation>
    </message>
    <message>
        <location filename="../src/app/charts/routeevents.cpp" line="51"/>
        <source>Endpoint unregistered</source>
        <translation>Endpunkt abgemeldet</translation>
    </message>
    <message>
        <location filename="../src/app/charts/routeevents.cpp" line="53"/>
        <source>Endpoint pruned</source>
        <translation>Endpunkt entfernt (Prune)</translation>
    </message>
</context>
<context>
    <name>rs::RouteTableModel</name>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="46"/>
        <source>Address reused</source>
        <translation>Adresse wiederverwendet</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="48"/>
        <source>Port mismatch</source>
        <translation>Port passt nicht</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="50"/>
        <source>Instance missing</source>
        <translation>Instanz fehlt</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="52"/>
        <source>Instance id mismatch</source>
        <translation>Instanz-ID passt nicht</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="78"/>
        <source>%1 (likely)</source>
        <translation>%1 (wahrscheinlich)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="83"/>
        <source>%1 since %2: the address now belongs to %3 (instance %4); requests for this route reach that app</source>
        <translation>%1 seit %2: Die Adresse gehört jetzt zu %3 (Instanz %4); Requests für diese Route erreichen diese App</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="86"/>
        <source>another app</source>
        <translation>einer anderen App</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="90"/>
        <source>%1 since %2: the endpoint&apos;s instance runs, but on other ports</source>
        <translation>%1 seit %2: Die Instanz des Endpunkts läuft, aber auf anderen Ports</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="93"/>
        <source>%1 since %2: the endpoint&apos;s instance had stopped (cell logs, other routers, LRPs)</source>
        <translation>%1 seit %2: Die Instanz des Endpunkts war gestoppt (Zellen-Logs, andere Router, LRPs)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="97"/>
        <location filename="../src/app/routes/routetablemodel.cpp" line="307"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablemodel.cpp" line="261"/>
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablemodel.cpp" line="263"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablemodel.cpp" line="273"/>
        <source>%n endpoint(s) of this route look stale</source>
        <translation>
            <numerusform>%n Endpunkt dieser Route sieht veraltet aus</numerusform>
            <numerusform>%n Endpunkte dieser Route sehen veraltet aus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="275"/>
        <source>Failed requests to this route&apos;s endpoints in the current view</source>
        <translation>Fehlgeschlagene Requests an die Endpunkte dieser Route in der aktuellen Ansicht</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="299"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="299"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="305"/>
        <source>dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="305"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="322"/>
        <source>App id %1</source>
        <translation>App-ID %1</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="325"/>
        <source>A route-table dump decided that the endpoint was registered</source>
        <translation>Ein Dump der Routing-Tabelle hat entschieden, dass der Endpunkt registriert war</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="326"/>
        <source>A registration or removal event decided that the endpoint was registered</source>
        <translation>Ein Registrierungs- oder Entfernungsereignis hat entschieden, dass der Endpunkt registriert war</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="328"/>
        <source>Failed requests to this backend in the current view (double-click to filter)</source>
        <translation>Fehlgeschlagene Requests an dieses Backend in der aktuellen Ansicht (Doppelklick zum Filtern)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="351"/>
        <source>Whether a dump or a registration event decided the endpoint&apos;s presence at this time</source>
        <translation>Ob ein Dump oder ein Registrierungsereignis über die Anwesenheit des Endpunkts zu dieser Zeit entschieden hat</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="356"/>
        <source>Route / address</source>
        <translation>Route / Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="358"/>
        <source>Instance id</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="360"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="362"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="364"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="366"/>
        <source>Registered since (UTC)</source>
        <translation>Registriert seit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="368"/>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="370"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="372"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>rs::RouteTablePanel</name>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="62"/>
        <source>time of the router&apos;s last log line before the bundle was collected</source>
        <translation>Zeit der letzten Logzeile des Routers, bevor das Bundle gesammelt wurde</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="64"/>
        <source>time in the bundle&apos;s name</source>
        <translation>Zeit im Namen des Bundles</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="66"/>
        <source>the file&apos;s modification time</source>
        <translation>Änderungszeit der Datei</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="68"/>
        <source>undated: the end of the incident</source>
        <translation>undatiert: das Ende des Incidents</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="181"/>
        <location filename="../src/app/routes/routetablepanel.cpp" line="540"/>
        <location filename="../src/app/routes/routetablepanel.cpp" line="573"/>
        <source>No incident loaded</source>
        <translation>Kein Incident geladen</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="320"/>
        <source>The table as the router held it at this time (UTC); follows the timeline&apos;s time cursor</source>
        <translation>Die Tabelle, wie der Router sie zu dieser Zeit (UTC) hielt; folgt dem Zeitcursor der Zeitachse</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="322"/>
        <source>%1
Date: %2 (UTC)</source>
        <translation>%1
Datum: %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="353"/>
        <source>Replaying route registrations…</source>
        <translation>Spiele Routenregistrierungen nach…</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="396"/>
        <source>No route-table dumps or registration events in this bundle</source>
        <translation>Keine Routing-Tabellen-Dumps oder Registrierungsereignisse in diesem Bundle</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="483"/>
        <source>%1 held no routes at %2</source>
        <translation>%1 hatte um %2 keine Routen</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="485"/>
        <source>No route matches “%1”</source>
        <translation>Keine Route passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="487"/>
        <source>%1 of %n route(s) match, at %2</source>
        <translation>
            <numerusform>%1 von %n Route passen, um %2</numerusform>
            <numerusform>%1 von %n Routen passen, um %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="489"/>
        <source>%n route(s), %1 endpoints, at %2</source>
        <translation>
            <numerusform>%n Route, %1 Endpunkte, um %2</numerusform>
            <numerusform>%n Routen, %1 Endpunkte, um %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="517"/>
        <source>No LRP captures (cfdot actual-lrps) in this bundle</source>
        <translation>Keine LRP-Aufnahmen (cfdot actual-lrps) in diesem Bundle</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="526"/>
        <source>LRPs captured at %1 (%2; nearest to the selected time), %n instance(s), from %3</source>
        <translation>
            <numerusform>LRPs aufgenommen um %1 (%2; am nächsten zur gewählten Zeit), %n Instanz, aus %3</numerusform>
            <numerusform>LRPs aufgenommen um %1 (%2; am nächsten zur gewählten Zeit), %n Instanzen, aus %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="641"/>
        <source>attempts on %1 via %2</source>
        <translation>Versuche auf %1 über %2</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="658"/>
        <source>dump captured at %1 (%2)</source>
        <translation>Dump aufgenommen um %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="529"/>
        <source>LRPs of an undated capture, %n instance(s), from %1</source>
        <translation>
            <numerusform>LRPs einer undatierten Aufnahme, %n Instanz, aus %1</numerusform>
            <numerusform>LRPs einer undatierten Aufnahme, %n Instanzen, aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="550"/>
        <source>%n endpoint(s) differ between the routers&apos; latest dumps</source>
        <translation>
            <numerusform>%n Endpunkt unterscheidet sich zwischen den neuesten Dumps der Router</numerusform>
            <numerusform>%n Endpunkte unterscheiden sich zwischen den neuesten Dumps der Router</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="553"/>
        <source>Comparing routers needs route-table dumps of two or more routers; this bundle has %n</source>
        <translation>
            <numerusform>Der Vergleich von Routern braucht Routing-Tabellen-Dumps von zwei oder mehr Routern; dieses Bundle hat %n</numerusform>
            <numerusform>Der Vergleich von Routern braucht Routing-Tabellen-Dumps von zwei oder mehr Routern; dieses Bundle hat %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="557"/>
        <source>The routers&apos; latest dumps agree</source>
        <translation>Die neuesten Dumps der Router stimmen überein</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="560"/>
        <source>No endpoint was pruned and registered again repeatedly</source>
        <translation>Kein Endpunkt wurde wiederholt entfernt und neu registriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="561"/>
        <source>%n endpoint(s) pruned and registered again, again and again (flapping)</source>
        <translation>
            <numerusform>%n Endpunkt immer wieder entfernt und neu registriert (flatternd)</numerusform>
            <numerusform>%n Endpunkte immer wieder entfernt und neu registriert (flatternd)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::SavedFiltersDialog</name>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="64"/>
        <source>Import Saved Filters</source>
        <translation>Gespeicherte Filter importieren</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="65"/>
        <source>Saved filters (*.json);;All files (*)</source>
        <translation>Gespeicherte Filter (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="73"/>
        <source>Export Saved Filters</source>
        <translation>Gespeicherte Filter exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="74"/>
        <source>Saved filters (*.json)</source>
        <translation>Gespeicherte Filter (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="94"/>
        <source>Imported %n filter(s) from %1. They are kept when you press OK.</source>
        <translation>
            <numerusform>%n Filter aus %1 importiert. Sie werden mit OK übernommen.</numerusform>
            <numerusform>%n Filter aus %1 importiert. Sie werden mit OK übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="108"/>
        <source>Wrote %n filter(s) to %1.</source>
        <translation>
            <numerusform>%n Filter nach %1 geschrieben.</numerusform>
            <numerusform>%n Filter nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="117"/>
        <source>Saved Filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="117"/>
        <source>Saved Filters: Failed</source>
        <translation>Gespeicherte Filter: fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rs::TimelineView</name>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="305"/>
        <source>Bucket: %1</source>
        <translation>Intervall: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="180"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="306"/>
        <source>Requests per %1</source>
        <translation>Requests pro %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="324"/>
        <source>By class: bars by status class, a line per failing error class.
Per router: also one line per router (the busiest %1).
By source: bars by who has to act (client, app, platform, infrastructure), as the source filter field counts them.</source>
        <translation>Nach Klasse: Balken nach Statusklasse, eine Linie pro fehlschlagender Fehlerklasse.
Pro Router: zusätzlich eine Linie pro Router (die %1 meistgenutzten).
Nach Quelle: Balken danach, wer handeln muss (Client, App, Plattform, Infrastruktur), gezählt wie im Filterfeld source.</translation>
    </message>
</context>
<context>
    <name>rs::UnjoinedHitsDialog</name>
    <message>
        <location filename="../src/app/requests/unjoinedhitsdialog.cpp" line="25"/>
        <source>“%1” is in %2 lines that belong to no request; the first %3 are listed.</source>
        <translation>„%1“ steht in %2 Zeilen, die zu keiner Anfrage gehören; die ersten %3 sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/app/requests/unjoinedhitsdialog.cpp" line="27"/>
        <source>“%1” is in %2 lines that belong to no request.</source>
        <translation>„%1“ steht in %2 Zeilen, die zu keiner Anfrage gehören.</translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <location filename="../src/cli/cli.cpp" line="68"/>
        <source>Run &apos;routescope help&apos; for usage and the filter grammar.
</source>
        <translation>„routescope help“ zeigt die Verwendung und die Filtergrammatik.
</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="90"/>
        <source>this build cannot draw reports or charts</source>
        <translation>dieser Build kann keine Berichte oder Diagramme zeichnen</translation>
    </message>
</context>
</TS>
