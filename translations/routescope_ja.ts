<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BackendsView</name>
    <message>
        <location filename="../forms/backendsview.ui" line="21"/>
        <source>Which chart this panel shows.</source>
        <translation>このパネルに表示するグラフ。</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="24"/>
        <source>Backends</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="25"/>
        <source>Error classes</source>
        <translation>エラークラス</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="26"/>
        <location filename="../forms/backendsview.ui" line="118"/>
        <source>Response times</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="40"/>
        <source>Lo&amp;g</source>
        <translation>対数(&amp;G)</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="42"/>
        <source>Count on a logarithmic scale: small bars stay visible beside large ones.</source>
        <translation>件数を対数目盛で表示します。大きな棒の横でも小さな棒が見えるままになります。</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="48"/>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="50"/>
        <source>Save the chart shown (PNG, SVG, PDF, CSV) or copy it.</source>
        <translation>表示中のグラフを保存 (PNG、SVG、PDF、CSV) またはコピーします。</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="68"/>
        <source>Failed requests count each request once, at the backend that answered last. Failed attempts count every attempt Gorouter logged as failed, also those of requests retried successfully on another backend.</source>
        <translation>失敗リクエストは、各リクエストを最後に応答したバックエンドで 1 回だけ数えます。失敗した試行は、Gorouter が失敗として記録したすべての試行を数えます。別のバックエンドでの再試行で成功したリクエストの試行も含みます。</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="71"/>
        <source>failed requests</source>
        <translation>失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="72"/>
        <source>failed attempts</source>
        <translation>失敗した試行</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="77"/>
        <source>per</source>
        <translation>の集計単位:</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="82"/>
        <source>&amp;backend</source>
        <translation>バックエンド(&amp;B)</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="85"/>
        <source>One bar per backend address (ip:port), named after its app where the inputs tell.</source>
        <translation>バックエンドアドレス (ip:port) ごとに 1 本の棒。入力からわかる場合はアプリ名を付けます。</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="91"/>
        <source>app &amp;instance</source>
        <translation>インスタンス(&amp;I)</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="93"/>
        <source>One bar per app instance (app id / instance id), named after its app where the inputs tell.</source>
        <translation>アプリインスタンス (アプリ ID / インスタンス ID) ごとに 1 本の棒。入力からわかる場合はアプリ名を付けます。</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="111"/>
        <source>Failed requests or attempts per backend or app instance, stacked by error class. Up and Down choose a bar, Enter filters to it.</source>
        <translation>バックエンドまたはアプリインスタンスごとの失敗リクエストまたは失敗した試行 (エラークラス別の積み上げ)。上下キーで棒を選び、Enter で絞り込みます。</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="115"/>
        <source>Failures per error class</source>
        <translation>エラークラスごとの失敗</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="109"/>
        <source>Failures per backend</source>
        <translation>バックエンドごとの失敗</translation>
    </message>
    <message>
        <location filename="../forms/backendsview.ui" line="124"/>
        <source>No failures in the current filter</source>
        <translation>現在のフィルターに失敗はありません</translation>
    </message>
</context>
<context>
    <name>BuildInfoText</name>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="30"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="56"/>
        <source>built with %1</source>
        <translation>%1 でビルド</translation>
    </message>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="82"/>
        <source>Commit: %1</source>
        <translation>コミット: %1</translation>
    </message>
    <message>
        <location filename="../src/core/util/buildinfo.cpp" line="83"/>
        <source>Build date: %1</source>
        <translation>ビルド日: %1</translation>
    </message>
</context>
<context>
    <name>CacheCommandText</name>
    <message numerus="yes">
        <location filename="../src/cli/cachecommand.cpp" line="27"/>
        <source>removed %n saved incident(s) from %1
</source>
        <translation>
            <numerusform>%1 から保存済みインシデントを %n 件削除しました
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cachecommand.cpp" line="45"/>
        <source>%1  %2  unreadable: %3
</source>
        <translation>%1  %2  読み取れません: %3
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/cachecommand.cpp" line="54"/>
        <source>%1  %2  %n request(s)  %3
</source>
        <translation>
            <numerusform>%1  %2  %n リクエスト  %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/cachecommand.cpp" line="59"/>
        <source>%n saved incident(s), %1 in %2
</source>
        <translation>
            <numerusform>保存済みインシデント %n 件、%2 に %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseNotesDialog</name>
    <message>
        <location filename="../forms/casenotesdialog.ui" line="14"/>
        <source>Case Notes</source>
        <translation>ケースのメモ</translation>
    </message>
    <message>
        <location filename="../forms/casenotesdialog.ui" line="20"/>
        <source>Notes on this incident, saved with File → Save Case…</source>
        <translation>このインシデントのメモ。ファイル → ケースを保存… で保存されます</translation>
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
        <translation>リクエストは最初の試行で成功しました。Gorouter は再試行する必要がなく、失敗も記録していません。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="28"/>
        <source>Recovered after a retry</source>
        <translation>再試行で回復</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="29"/>
        <source>At least one attempt at a backend failed, then Gorouter retried another endpoint of the route and that one answered, so the client saw a normal response. The failed endpoint was marked ineligible for a while (or pruned, for TLS errors). Look at the failed attempts: many recoveries against the same endpoint point at a sick instance or a stale route.</source>
        <translation>バックエンドへの試行が少なくとも 1 回失敗した後、Gorouter がルートの別のエンドポイントで再試行し、そちらが応答したため、クライアントには通常の応答が返りました。失敗したエンドポイントはしばらく対象外としてマークされます (TLS エラーの場合は prune されます)。失敗した試行を確認してください。同じエンドポイントで回復が多い場合は、不調なインスタンスか古いルートが疑われます。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="35"/>
        <source>Error response from the app</source>
        <translation>アプリからのエラー応答</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="36"/>
        <source>The app itself answered with a 4xx or 5xx status; Gorouter only passed it on and did not retry. Look at the app&apos;s logs (cf logs) around this time and at the instance named in the access log.</source>
        <translation>アプリ自身が 4xx または 5xx のステータスで応答しました。Gorouter はそれを中継しただけで、再試行していません。この時間帯のアプリのログ (cf logs) と、アクセスログに記載されたインスタンスを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="40"/>
        <source>Connection to the backend failed</source>
        <translation>バックエンドへの接続に失敗</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="41"/>
        <source>Gorouter could not open a TCP connection to the endpoint (refused, timed out, or no route to host). It marked the endpoint as failed, pruned it if it was a TLS endpoint, and retried another endpoint. A refused connection usually means the instance is gone or not listening yet (a stale route, a crash); a timeout points at the cell or the network. Check the cell&apos;s health and the route table.</source>
        <translation>Gorouter はエンドポイントへの TCP 接続を開けませんでした (拒否、タイムアウト、またはホストへのルートなし)。エンドポイントを失敗としてマークし、TLS エンドポイントであれば prune して、別のエンドポイントで再試行しました。接続拒否は通常、インスタンスが存在しないかまだ待ち受けていないこと (古いルート、クラッシュ) を意味し、タイムアウトはセルまたはネットワークを示唆します。セルの状態とルートテーブルを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="47"/>
        <source>TLS to a plain-text backend</source>
        <translation>平文のバックエンドへの TLS</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="48"/>
        <source>Gorouter spoke TLS to an endpoint that answered in plain text, so the handshake failed (525). The endpoint was pruned and Gorouter retried another one. Usually the route was registered as TLS for a port where something else now listens, or the Envoy proxy in the container is missing. Compare the registration (isTLS, port) with the actual LRP.</source>
        <translation>Gorouter が平文で応答するエンドポイントに TLS で接続したため、ハンドシェイクが失敗しました (525)。エンドポイントは prune され、Gorouter は別のエンドポイントで再試行しました。多くの場合、現在別のものが待ち受けているポートに TLS としてルートが登録されているか、コンテナ内の Envoy プロキシが存在しません。登録内容 (isTLS、ポート) と実際の LRP を比較してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="54"/>
        <source>Certificate names the wrong instance</source>
        <translation>証明書が別のインスタンスを示している</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="55"/>
        <source>The backend&apos;s certificate was valid but issued for another instance than the one Gorouter expected (503). Gorouter pruned the endpoint and retried. This is the classic sign of a stale route: the address now belongs to a different app instance. Compare the route table with cfdot actual-lrps.</source>
        <translation>バックエンドの証明書は有効でしたが、Gorouter が想定したものとは別のインスタンスに発行されたものでした (503)。Gorouter はエンドポイントを prune して再試行しました。これは古いルートの典型的な兆候で、そのアドレスは現在別のアプリインスタンスのものです。ルートテーブルと cfdot actual-lrps を比較してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="60"/>
        <source>Backend certificate not trusted</source>
        <translation>バックエンド証明書が信頼されていない</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="61"/>
        <source>Gorouter could not verify the backend&apos;s certificate chain (526). The endpoint was pruned and Gorouter retried. Check the CA certificates Gorouter trusts (backends CA, Diego instance identity CA) against the one that signed the backend&apos;s certificate; a CA rotation half done is a common cause.</source>
        <translation>Gorouter はバックエンドの証明書チェーンを検証できませんでした (526)。エンドポイントは prune され、Gorouter は再試行しました。Gorouter が信頼する CA 証明書 (バックエンド CA、Diego インスタンス ID CA) と、バックエンドの証明書に署名した CA を照合してください。CA ローテーションの途中状態がよくある原因です。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="66"/>
        <source>Backend rejected Gorouter&apos;s certificate</source>
        <translation>バックエンドが Gorouter の証明書を拒否</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="67"/>
        <source>The backend refused Gorouter&apos;s client certificate during the TLS handshake (496). Gorouter pruned the endpoint and retried. Check the client certificate Gorouter presents to backends and the CA the backend (or its Envoy) expects.</source>
        <translation>バックエンドが TLS ハンドシェイク中に Gorouter のクライアント証明書を拒否しました (496)。Gorouter はエンドポイントを prune して再試行しました。Gorouter がバックエンドに提示するクライアント証明書と、バックエンド (またはその Envoy) が期待する CA を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="71"/>
        <source>TLS handshake refused by the backend</source>
        <translation>バックエンドが TLS ハンドシェイクを拒否</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="72"/>
        <source>The backend ended the TLS handshake with a generic handshake failure (525), usually because it shares no cipher suite or TLS version with Gorouter. Gorouter pruned the endpoint and retried. Compare the TLS settings of both sides, especially after a platform or component upgrade.</source>
        <translation>バックエンドが一般的なハンドシェイク失敗で TLS ハンドシェイクを終了しました (525)。通常は Gorouter と共通の暗号スイートまたは TLS バージョンがないことが原因です。Gorouter はエンドポイントを prune して再試行しました。特にプラットフォームやコンポーネントのアップグレード後は、双方の TLS 設定を比較してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="77"/>
        <source>TLS handshake timed out</source>
        <translation>TLS ハンドシェイクのタイムアウト</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="78"/>
        <source>The TCP connection opened but the TLS handshake did not finish in time (502). Gorouter pruned the endpoint and retried. Look for an overloaded cell or a container whose Envoy does not answer, and for network drops between router and cell.</source>
        <translation>TCP 接続は開きましたが、TLS ハンドシェイクが時間内に完了しませんでした (502)。Gorouter はエンドポイントを prune して再試行しました。過負荷のセル、Envoy が応答しないコンテナ、ルーターとセル間のネットワーク断を調べてください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="83"/>
        <source>Backend certificate expired</source>
        <translation>バックエンド証明書の期限切れ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="84"/>
        <source>The backend&apos;s certificate was expired or not yet valid at the time of the handshake (502). Gorouter pruned the endpoint and retried. Instance identity certificates are short-lived: check the cell&apos;s clock (NTP drift) and whether the rep renews certificates.</source>
        <translation>ハンドシェイク時点でバックエンドの証明書が期限切れ、またはまだ有効ではありませんでした (502)。Gorouter はエンドポイントを prune して再試行しました。インスタンス ID 証明書は有効期間が短いため、セルの時計 (NTP のずれ) と rep が証明書を更新しているかを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="89"/>
        <source>Connection reset by the backend</source>
        <translation>バックエンドによる接続リセット</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="90"/>
        <source>The backend closed the connection abruptly while Gorouter was reading the response (502). Gorouter marked the endpoint as failed but did not retry, since the request may already have had effects. Typical causes are an app crashing mid-request or an idle keep-alive connection the app closed; check the app&apos;s logs and its keep-alive timeout.</source>
        <translation>Gorouter が応答を読み取っている最中に、バックエンドが接続を突然閉じました (502)。Gorouter はエンドポイントを失敗としてマークしましたが、リクエストがすでに作用している可能性があるため再試行していません。典型的な原因は、リクエスト処理中のアプリのクラッシュや、アプリが閉じたアイドル状態のキープアライブ接続です。アプリのログとキープアライブのタイムアウトを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="96"/>
        <source>Backend closed the connection</source>
        <translation>バックエンドが接続を閉じた</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="97"/>
        <source>The backend closed the connection without sending a complete response (EOF, 502). Gorouter retries this only for idempotent requests without a body and does not mark the endpoint. Often a keep-alive race: the app&apos;s idle timeout is shorter than Gorouter&apos;s. Otherwise the app crashed or dropped the request; check its logs.</source>
        <translation>バックエンドが完全な応答を送らずに接続を閉じました (EOF、502)。Gorouter はボディのない冪等なリクエストに限り再試行し、エンドポイントはマークしません。多くはキープアライブの競合で、アプリのアイドルタイムアウトが Gorouter より短いことが原因です。そうでなければアプリがクラッシュしたかリクエストを破棄しています。ログを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="102"/>
        <source>Request not fully sent</source>
        <translation>リクエストを完全に送信できなかった</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="103"/>
        <source>Gorouter could not send the whole request to the backend: no connection was obtained or the headers or body were not fully written (502). Gorouter retried without marking the endpoint. Look at request bodies (a Content-Length that does not match the body) and at the backend&apos;s connection handling.</source>
        <translation>Gorouter はリクエスト全体をバックエンドに送信できませんでした。接続を取得できなかったか、ヘッダーまたはボディを書き切れませんでした (502)。Gorouter はエンドポイントをマークせずに再試行しました。リクエストボディ (ボディと一致しない Content-Length) とバックエンドの接続処理を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="108"/>
        <source>Backend too slow</source>
        <translation>バックエンドが遅すぎる</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="109"/>
        <source>The backend did not answer within Gorouter&apos;s request timeout (502). Gorouter did not retry and did not mark the endpoint. Check the app&apos;s response times and its dependencies (databases, services); a burst of these on one instance suggests a stuck instance.</source>
        <translation>バックエンドが Gorouter のリクエストタイムアウト内に応答しませんでした (502)。Gorouter は再試行せず、エンドポイントもマークしていません。アプリの応答時間と依存先 (データベース、サービス) を確認してください。1 つのインスタンスに集中している場合は、そのインスタンスが固まっている可能性があります。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="114"/>
        <source>Client gave up</source>
        <translation>クライアントが中断</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="115"/>
        <source>The client closed the connection before the backend answered, so Gorouter logged 499; the client never saw this response. Gorouter did not retry or mark the endpoint. Either the client&apos;s timeout is short or the app was slow; compare with the app&apos;s response times.</source>
        <translation>バックエンドが応答する前にクライアントが接続を閉じたため、Gorouter は 499 を記録しました。クライアントはこの応答を受け取っていません。Gorouter は再試行せず、エンドポイントもマークしていません。クライアントのタイムアウトが短いか、アプリが遅かったかのどちらかです。アプリの応答時間と比較してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="120"/>
        <source>Other backend failure</source>
        <translation>その他のバックエンド障害</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="121"/>
        <source>The attempt failed with an error Gorouter does not treat specially, for example a malformed HTTP response (502). Gorouter neither retried nor marked the endpoint. Read the error text: it names what the backend sent or did.</source>
        <translation>Gorouter が特別に扱わないエラー (たとえば不正な HTTP 応答 (502)) で試行が失敗しました。Gorouter は再試行もエンドポイントのマークもしていません。エラーテキストを読んでください。バックエンドが何を送ったか、何をしたかが示されています。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="125"/>
        <source>Unknown route</source>
        <translation>不明なルート</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="126"/>
        <source>Gorouter had no route for the requested host and path (404); no backend was contacted. Either the client used a wrong host name, or the route is not registered: the app was stopped or deleted, the route unmapped, or the router lost registrations (NATS problems). Check the route table and the app&apos;s state.</source>
        <translation>Gorouter には要求されたホストとパスのルートがありませんでした (404)。どのバックエンドにも接続していません。クライアントが誤ったホスト名を使ったか、ルートが登録されていません (アプリの停止や削除、ルートのマッピング解除、またはルーターが登録を失った (NATS の問題))。ルートテーブルとアプリの状態を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="131"/>
        <source>No endpoints for the route</source>
        <translation>ルートにエンドポイントがない</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="132"/>
        <source>The route exists but had no endpoint left to try (503), for example after every instance crashed or was pruned. Check the app&apos;s instances (cf app, cfdot actual-lrps) and the prune events just before.</source>
        <translation>ルートは存在しますが、試行できるエンドポイントが残っていませんでした (503)。たとえばすべてのインスタンスがクラッシュしたか prune された後です。アプリのインスタンス (cf app、cfdot actual-lrps) と直前の prune イベントを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="136"/>
        <source>Empty Host header</source>
        <translation>空の Host ヘッダー</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="137"/>
        <source>The request had no Host header (400), so Gorouter could not route it. This is a client problem, often a health check or scanner; look at the client address.</source>
        <translation>リクエストに Host ヘッダーがなかったため (400)、Gorouter はルーティングできませんでした。これはクライアント側の問題で、多くはヘルスチェックやスキャナーです。クライアントアドレスを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="140"/>
        <source>Invalid instance header</source>
        <translation>無効なインスタンスヘッダー</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="141"/>
        <source>The request asked for a specific app or process instance (X-CF-App-Instance or X-CF-Process-Instance) with a malformed or unknown value (400). Fix the client that sets the header.</source>
        <translation>リクエストが特定のアプリまたはプロセスのインスタンス (X-CF-App-Instance または X-CF-Process-Instance) を、不正または不明な値で指定していました (400)。ヘッダーを設定しているクライアントを修正してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="145"/>
        <source>Connection limit reached</source>
        <translation>接続数の上限に到達</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="146"/>
        <source>Every endpoint of the route already had the maximum number of connections Gorouter allows per backend (503); nothing was tried. The app is too slow or too small for its load: scale it or find what holds connections open.</source>
        <translation>ルートのすべてのエンドポイントが、Gorouter がバックエンドごとに許可する最大接続数にすでに達していました (503)。何も試行されていません。アプリが負荷に対して遅すぎるか小さすぎます。スケールするか、接続を開いたままにしている原因を突き止めてください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="150"/>
        <source>Route service failure</source>
        <translation>ルートサービスの障害</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="151"/>
        <source>The route is bound to a route service and the request failed there: route services are disabled on this router, or the signature headers of a request coming back from the route service were invalid or expired. Check the route service binding, the route service&apos;s clock and the router&apos;s route-services secret.</source>
        <translation>ルートはルートサービスにバインドされており、リクエストはそこで失敗しました。このルーターでルートサービスが無効になっているか、ルートサービスから戻ってきたリクエストの署名ヘッダーが無効または期限切れでした。ルートサービスのバインディング、ルートサービスの時計、ルーターの route-services シークレットを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="157"/>
        <source>Request headers too large</source>
        <translation>リクエストヘッダーが大きすぎる</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="158"/>
        <source>The request&apos;s headers exceeded Gorouter&apos;s maximum request header size (431); it was not forwarded. Usually oversized cookies or tokens sent by the client.</source>
        <translation>リクエストのヘッダーが Gorouter の最大リクエストヘッダーサイズを超えたため (431)、転送されませんでした。多くはクライアントが送る過大な Cookie やトークンが原因です。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="161"/>
        <source>Gorouter panicked</source>
        <translation>Gorouter の panic</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="162"/>
        <source>Gorouter hit an internal error while handling the request and recovered from it (502). This is a Gorouter bug: collect the panic-check line with its stack trace and the routing-release version for a report.</source>
        <translation>Gorouter はリクエストの処理中に内部エラーに遭遇し、そこから回復しました (502)。これは Gorouter のバグです。報告のために、スタックトレース付きの panic-check 行と routing-release のバージョンを収集してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="169"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="170"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="171"/>
        <source>Client or app</source>
        <translation>クライアントまたはアプリ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="172"/>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="173"/>
        <source>App or platform</source>
        <translation>アプリまたはプラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="174"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="175"/>
        <source>Infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="185"/>
        <source>Gorouter found no route for the host (404), or no instance matching an X-CF-App-Instance header (400). No backend was contacted.</source>
        <translation>Gorouter はホストのルートを見つけられませんでした (404)。または X-CF-App-Instance ヘッダーに一致するインスタンスがありませんでした (400)。どのバックエンドにも接続していません。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="189"/>
        <source>The route exists but had no endpoints to try (503): every instance was removed, crashed or pruned.</source>
        <translation>ルートは存在しますが、試行できるエンドポイントがありませんでした (503)。すべてのインスタンスが削除、クラッシュ、または prune されています。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="192"/>
        <source>The request had an empty Host header (400).</source>
        <translation>リクエストの Host ヘッダーが空でした (400)。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="194"/>
        <source>The X-CF-App-Instance header was malformed (400); the client must send &quot;app-guid:index&quot;.</source>
        <translation>X-CF-App-Instance ヘッダーが不正でした (400)。クライアントは &quot;app-guid:index&quot; を送る必要があります。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="198"/>
        <source>The X-CF-Process-Instance header was malformed (400); the client must send &quot;process-guid:index&quot;.</source>
        <translation>X-CF-Process-Instance ヘッダーが不正でした (400)。クライアントは &quot;process-guid:index&quot; を送る必要があります。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="202"/>
        <source>All endpoints of the route were at Gorouter&apos;s per-backend connection limit (503); nothing was tried.</source>
        <translation>ルートのすべてのエンドポイントが Gorouter のバックエンドごとの接続数上限に達していました (503)。何も試行されていません。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="206"/>
        <source>The route is bound to a route service but route services are disabled on this router (502).</source>
        <translation>ルートはルートサービスにバインドされていますが、このルーターではルートサービスが無効です (502)。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="210"/>
        <source>A request coming back from a route service carried a signature that had expired: the route service took too long, or clocks differ.</source>
        <translation>ルートサービスから戻ってきたリクエストの署名が期限切れでした。ルートサービスの処理に時間がかかりすぎたか、時計がずれています。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="214"/>
        <source>A request coming back from a route service carried a signature Gorouter could not validate (400): the route service altered the headers or the routers use different secrets.</source>
        <translation>ルートサービスから戻ってきたリクエストの署名を Gorouter が検証できませんでした (400)。ルートサービスがヘッダーを変更したか、ルーター間でシークレットが異なります。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="219"/>
        <source>The request headers exceeded the router&apos;s maximum size (431); it was not forwarded.</source>
        <translation>リクエストヘッダーがルーターの最大サイズを超えたため (431)、転送されませんでした。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="223"/>
        <source>The query string used &apos;;&apos; as a separator, which Go no longer accepts; Gorouter only notes it. The request was otherwise handled normally.</source>
        <translation>クエリ文字列の区切りに &apos;;&apos; が使われていました。Go はこれを受け付けなくなったため、Gorouter は記録するだけです。リクエストはそれ以外は通常どおり処理されました。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="227"/>
        <source>Gorouter recovered from an internal panic while handling the request (502).</source>
        <translation>Gorouter はリクエストの処理中に内部 panic から回復しました (502)。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/explanations.cpp" line="230"/>
        <source>Every attempt at a backend failed; the text in parentheses (recent releases only) is the last attempt&apos;s error. Without it, the backend-endpoint-failed lines in gorouter.stdout.log tell what happened.</source>
        <translation>バックエンドへの試行がすべて失敗しました。括弧内のテキスト (新しいリリースのみ) は最後の試行のエラーです。これがない場合は、gorouter.stdout.log の backend-endpoint-failed 行で経緯を確認できます。</translation>
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
        <translation>使い方:
  routescope [PATH]                          ウィンドウを開く (PATH、またはサンプルインシデント)
  routescope summary PATH… [--json]          ソース、件数、期間、ヒストグラム、インポートレポート
  routescope requests PATH… [--csv|--jsonl]  リクエストごとに 1 行
  routescope diagnose PATH… [--json]         検出事項、古いルート、ルートテーブルの差異
  routescope routes PATH… --at TIME [--router ID] [--json]
                                             TIME 時点で再現した各ルーターのルートテーブルと、
                                             その時点で有効な古いルートの印 (TIME は 2026-10-14T09:08:00Z の形式)
  routescope events PATH… [--json] [--router ID]
                                             Gorouter のすべてのイベント (JSON ログと stderr): 時刻、
                                             ルーター、種類、エンドポイント、試行のクラス、リクエスト ID、
                                             ファイル:行、エラーテキスト
  routescope report PATH… -o FILE.pdf|FILE.html [--title T]
                                             インシデントレポート
  routescope chart PATH… --kind timeline|backends|classes|latency
                   -o FILE.png|svg|pdf|csv [--width W --height H] [--scale 1|2|3]
                                             ウィンドウと同じ描画のグラフ 1 つ
  routescope push PATH… --to clickhouse://[user@]host[:port]/database [--create]
                                             同じ分析を ClickHouse に保存します（パスワードは
                                             ROUTESCOPE_CLICKHOUSE_PASSWORD から）。送信済みの
                                             バンドルは再度追加されません。--progress で
                                             テーブルごとの送信行数とバイト数を表示、Ctrl-C で
                                             現在のバッチの後に停止
  routescope summary clickhouse://[user@]host[:port]/database --from T --to T [--json]
                                             送信済みの期間の概要 (ClickHouse が計算)
  routescope requests clickhouse://… --from T --to T [--limit N [--after CURSOR]]
                                             その期間のリクエストを時刻順に、1 ページずつ
  routescope diagnose|report|chart clickhouse://… --from T --to T [--filter EXPR] …
                                             期間をローカルのインシデントに取り込み (最大
                                             5 000 000 リクエスト)、ファイルと同様に処理
  routescope cache ls|clear                  保存済みインシデント (入力、リクエスト数、サイズ、日時) の
                                             一覧、またはその削除
  routescope help filter                     --filter の文法: フィールド、演算子、例
オプション:
  --filter EXPR リクエスト (summary、requests、report、chart) またはイベント (time、router、
                host、app、backend、instance、class、text) を選択、例:
                &apos;status&gt;=500 and class in (dial, hostname_mismatch) and time&gt;=2026-10-14T09:08:00Z&apos;
  --threads N   パーサーのスレッド数 (既定: コアごとに 1)
  --progress    インポートの進捗を stderr に表示 (push: 送信した行数とバイト数)
  --no-cache    保存済みインシデントを読み書きせずに再インポート
  --ca-file PATH  clickhouses:// サーバー (HTTPS、ポート 8443) について、システムの CA に加えて
                信頼する PEM 証明書。証明書は常に検証されます
  --lang L      レポートまたはグラフの言語: de、ja、en (既定: システムの言語)
PATH はディレクトリ、ログファイル、.gz、または .tgz/.tar/.zip バンドルです (アーカイブは入れ子にできます)。
インポート後、インシデントは $XDG_CACHE_HOME/routescope (または $ROUTESCOPE_CACHE_DIR) に
保存され、同じ PATH は変更がない限りそこから開かれます。
終了ステータス: 0 成功、1 入力の問題 (インポートレポートを参照)、2 使い方の誤り、
3 ClickHouse に接続できないかクエリが失敗、130 Ctrl-C で止めた push。
</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="142"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="154"/>
        <source>%1 is not an option of this command</source>
        <translation>%1 はこのコマンドのオプションではありません</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="158"/>
        <source>choose one output format</source>
        <translation>出力形式は 1 つだけ選んでください</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="183"/>
        <source>--filter needs an expression</source>
        <translation>--filter には式が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="191"/>
        <source>bad --filter expression: %1
  %2
  %3^</source>
        <translation>--filter の式が不正です: %1
  %2
  %3^</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="201"/>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="216"/>
        <source>%1 needs a number of pixels from 100 to 10000</source>
        <translation>%1 には 100 から 10000 のピクセル数が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="223"/>
        <source>--scale takes 1, 2 or 3</source>
        <translation>--scale には 1、2、3 のいずれかを指定します</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="231"/>
        <source>--lang takes de, ja or en</source>
        <translation>--lang には de、ja、en のいずれかを指定します</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="239"/>
        <source>--at needs a time such as 2026-10-14T09:08:00Z</source>
        <translation>--at には 2026-10-14T09:08:00Z のような時刻が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="245"/>
        <source>--router needs a router name or id</source>
        <translation>--router にはルーター名または ID が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="251"/>
        <source>--to needs a clickhouse://[user@]host[:port]/database URL</source>
        <translation>--to には clickhouse://[user@]host[:port]/database の URL が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="261"/>
        <source>%1 needs a time such as 2026-10-14T09:08:00Z</source>
        <translation>%1 には 2026-10-14T09:08:00Z のような時刻が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="269"/>
        <source>--limit needs a number of rows from 1 to 1000000</source>
        <translation>--limit には 1 から 1000000 までの行数が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="275"/>
        <source>--after needs the cursor a previous page printed</source>
        <translation>--after には前のページが出力したカーソルが必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="283"/>
        <source>--ca-file needs a file of PEM certificates</source>
        <translation>--ca-file には PEM 証明書のファイルが必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="295"/>
        <source>--threads needs a number from 1 to 256</source>
        <translation>--threads には 1 から 256 の数値が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="300"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="307"/>
        <source>--filter applies to summary and requests, not to diagnose</source>
        <translation>--filter は summary と requests に適用され、diagnose には適用されません</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="311"/>
        <source>--filter applies to summary and requests, not to routes</source>
        <translation>--filter は summary と requests に適用され、routes には適用されません</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="315"/>
        <source>--filter for events: only time, router, host, app, backend, instance, class and text terms joined by &apos;and&apos; describe events</source>
        <translation>イベントの --filter: イベントを表せるのは &apos;and&apos; で結んだ time、router、host、app、backend、instance、class、text の条件だけです</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="320"/>
        <source>--filter for events: status and source describe requests, not events</source>
        <translation>events の --filter: status と source はイベントではなくリクエストを表します</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="324"/>
        <source>push stores the whole incident; --filter does not apply</source>
        <translation>push はインシデント全体を保存します。--filter は適用されません</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="332"/>
        <source>a clickhouse:// source is read alone: give one URL and no other PATH</source>
        <translation>clickhouse:// ソースは単独で読み込みます: URL を 1 つだけ指定し、他の PATH は指定しないでください</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="337"/>
        <source>a clickhouse:// source needs --from T and a later --to T, for example --from 2026-10-14T09:00:00Z --to 2026-10-14T10:00:00Z</source>
        <translation>clickhouse:// ソースには --from T とそれより後の --to T が必要です。例: --from 2026-10-14T09:00:00Z --to 2026-10-14T10:00:00Z</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="342"/>
        <source>requests from a clickhouse:// source are written as TSV only</source>
        <translation>clickhouse:// ソースのリクエストは TSV でのみ出力されます</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="347"/>
        <source>--from, --to, --limit and --after read a clickhouse:// source; for files use --filter &apos;time&gt;=…&apos;</source>
        <translation>--from、--to、--limit、--after は clickhouse:// ソース用です。ファイルには --filter &apos;time&gt;=…&apos; を使ってください</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="352"/>
        <source>--ca-file applies to a clickhouses:// server (push, or a clickhouses:// source)</source>
        <translation>--ca-file は clickhouses:// サーバー (push または clickhouses:// ソース) に適用されます</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="357"/>
        <source>push needs --to clickhouse://[user@]host[:port]/database</source>
        <translation>push には --to clickhouse://[user@]host[:port]/database が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="361"/>
        <source>routes needs --at TIME, for example --at 2026-10-14T09:08:00Z</source>
        <translation>routes には --at TIME が必要です (例: --at 2026-10-14T09:08:00Z)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="367"/>
        <source>report needs -o FILE.pdf or -o FILE.html</source>
        <translation>report には -o FILE.pdf または -o FILE.html が必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="376"/>
        <source>chart needs --kind timeline, backends, classes or latency</source>
        <translation>chart には --kind timeline、backends、classes、latency のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="382"/>
        <source>chart needs -o FILE.png, FILE.svg, FILE.pdf or FILE.csv</source>
        <translation>chart には -o FILE.png、FILE.svg、FILE.pdf、FILE.csv のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="388"/>
        <source>cache takes ls or clear</source>
        <translation>cache には ls または clear を指定します</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="393"/>
        <source>no PATH given</source>
        <translation>PATH が指定されていません</translation>
    </message>
</context>
<context>
    <name>ClickHouseClientText</name>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="66"/>
        <source>&apos;%1&apos; is not a clickhouse://[user@]host[:port]/database URL (clickhouses://… for HTTPS)</source>
        <translation>&apos;%1&apos; は clickhouse://[user@]host[:port]/database 形式の URL ではありません (HTTPS は clickhouses://…)</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="73"/>
        <source>put the password in ROUTESCOPE_CLICKHOUSE_PASSWORD, not in the URL</source>
        <translation>パスワードは URL ではなく ROUTESCOPE_CLICKHOUSE_PASSWORD に設定してください</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="88"/>
        <source>the URL must end in a database name of letters, digits and _ (clickhouse://host:8123/routescope)</source>
        <translation>URL は英数字と _ からなるデータベース名で終わる必要があります（clickhouse://host:8123/routescope）</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="201"/>
        <source>while cancelling query %1</source>
        <translation>クエリ %1 の取り消し中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="213"/>
        <source>%1: could not compress the rows</source>
        <translation>%1: 行を圧縮できませんでした</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="229"/>
        <source>this build of Qt has no TLS backend, so clickhouses:// cannot be used</source>
        <translation>この Qt には TLS バックエンドがないため、clickhouses:// は使えません</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="238"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>CA ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="244"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA ファイル %1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="302"/>
        <location filename="../src/core/clickhouse/client.cpp" line="396"/>
        <source>no TLS handshake within %1 s</source>
        <translation>%1 秒以内に TLS ハンドシェイクがありません</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="407"/>
        <source>%1: ClickHouse answered HTTP %2: %3</source>
        <translation>%1: ClickHouse の応答は HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="254"/>
        <source>%1: the TLS connection to ClickHouse at %2:%3 failed (is it the server&apos;s HTTPS port, and does --ca-file hold the CA that signed its certificate?): %4</source>
        <translation>%1: %2:%3 の ClickHouse への TLS 接続に失敗しました (サーバーの HTTPS ポートですか? --ca-file に証明書に署名した CA が含まれていますか?): %4</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/client.cpp" line="419"/>
        <source>%1: cannot reach ClickHouse at %2:%3: %4</source>
        <translation>%1: %2:%3 の ClickHouse に接続できません: %4</translation>
    </message>
</context>
<context>
    <name>ClickHouseDrillText</name>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="188"/>
        <source>the drill was cancelled</source>
        <translation>取り込みは取り消されました</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="193"/>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="774"/>
        <source>%1: the server&apos;s answer could not be read</source>
        <translation>%1: サーバーの応答を読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="254"/>
        <source>while counting the requests to drill</source>
        <translation>取り込むリクエストの集計中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="266"/>
        <source>the range holds %1 requests, more than the %2 a drill takes into a local incident: narrow the range or the filter</source>
        <translation>期間には %1 件のリクエストがあり、ローカルのインシデントに取り込める %2 件を超えています: 期間かフィルターを絞ってください</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="277"/>
        <source>while finding the bundles of the range</source>
        <translation>期間のバンドルの検索中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="296"/>
        <source>while reading the requests of the range</source>
        <translation>期間のリクエストの読み込み中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="297"/>
        <source>Reading requests…</source>
        <translation>リクエストを読み込み中…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="348"/>
        <source>the range holds more than the %1 requests a drill takes into a local incident: narrow the range or the filter</source>
        <translation>期間のリクエストはローカルのインシデントに取り込める %1 件を超えています: 期間かフィルターを絞ってください</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="381"/>
        <source>while reading the router events of the range</source>
        <translation>期間のルーターイベントの読み込み中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="382"/>
        <source>Reading router events…</source>
        <translation>ルーターイベントを読み込み中…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="459"/>
        <source>while reading the stderr lines of the range</source>
        <translation>期間の stderr 行の読み込み中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="460"/>
        <source>Reading stderr lines…</source>
        <translation>stderr 行を読み込み中…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="495"/>
        <source>while reading the container events of the bundles</source>
        <translation>バンドルのコンテナーイベントの読み込み中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="496"/>
        <source>Reading container events…</source>
        <translation>コンテナーイベントを読み込み中…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="540"/>
        <source>while reading the route-table snapshots of the bundles</source>
        <translation>バンドルのルートテーブルのスナップショットの読み込み中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="541"/>
        <source>Reading route-table snapshots…</source>
        <translation>ルートテーブルのスナップショットを読み込み中…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="602"/>
        <source>while reading the LRP captures of the bundles</source>
        <translation>バンドルの LRP キャプチャの読み込み中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="603"/>
        <source>Reading LRP captures…</source>
        <translation>LRP キャプチャを読み込み中…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="677"/>
        <source>a drill needs a time range with its start before its end</source>
        <translation>取り込みには開始が終了より前の期間が必要です</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="690"/>
        <source>Counting requests…</source>
        <translation>リクエストを集計中…</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="706"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/rangeincident.cpp" line="753"/>
        <source>while reading the time span of the requests</source>
        <translation>リクエストの時間範囲の読み込み中</translation>
    </message>
</context>
<context>
    <name>ClickHouseFilterText</name>
    <message>
        <location filename="../src/core/clickhouse/filtersql.cpp" line="65"/>
        <source>a list of rows (%1) names rows of a local incident, not of ClickHouse</source>
        <translation>行のリスト (%1) はローカルのインシデントの行を指し、ClickHouse の行ではありません</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/filtersql.cpp" line="126"/>
        <source>the field &apos;%1&apos; is not stored in ClickHouse&apos;s requests table; filter on it in a local incident (routescope summary PATH)</source>
        <translation>フィールド &apos;%1&apos; は ClickHouse の requests テーブルに保存されていません。ローカルのインシデントで絞り込んでください (routescope summary PATH)</translation>
    </message>
</context>
<context>
    <name>ClickHouseOverviewText</name>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="72"/>
        <source>%1: the server&apos;s answer could not be read</source>
        <translation>%1: サーバーの応答を読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="168"/>
        <source>the overview needs a time range with --from before --to</source>
        <translation>概要には --from が --to より前の期間が必要です</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="187"/>
        <source>while counting the requests in the range</source>
        <translation>期間内のリクエストの集計中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="225"/>
        <source>while counting requests by status and error class</source>
        <translation>ステータスとエラークラス別のリクエストの集計中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="266"/>
        <source>while counting requests per time bucket</source>
        <translation>時間区間ごとのリクエストの集計中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="313"/>
        <source>while counting failures per backend</source>
        <translation>バックエンドごとの失敗の集計中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="316"/>
        <source>while counting failures per app</source>
        <translation>アプリごとの失敗の集計中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="321"/>
        <source>while counting requests per route</source>
        <translation>ルートごとのリクエストの集計中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/overview.cpp" line="342"/>
        <source>while computing latency percentiles</source>
        <translation>レイテンシのパーセンタイルの計算中</translation>
    </message>
</context>
<context>
    <name>ClickHousePushText</name>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="36"/>
        <source>%1: ClickHouse answered something that is not a number</source>
        <translation>%1: ClickHouse の応答が数値ではありません</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="59"/>
        <source>Looking for rows of an interrupted push</source>
        <translation>中断された送信の行を探しています</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="70"/>
        <source>Removing rows of an interrupted push from %1</source>
        <translation>%1 から中断された送信の行を削除しています</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="83"/>
        <source>Waiting for the removal of old rows</source>
        <translation>古い行の削除を待っています</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="93"/>
        <source>The removal of an interrupted push&apos;s rows did not finish in time; push again later</source>
        <translation>中断された送信の行の削除が時間内に終わりませんでした。後でもう一度送信してください</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="145"/>
        <source>Creating the RouteScope tables</source>
        <translation>RouteScope のテーブルを作成しています</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/pusher.cpp" line="171"/>
        <source>Checking whether the bundle was pushed before</source>
        <translation>バンドルが送信済みか確認しています</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/clickhouse/pusher.cpp" line="185"/>
        <source>cancelled after %n row(s); the bundle is not marked as pushed: push it again to complete it</source>
        <translation>
            <numerusform>%n 行の後に取り消されました。バンドルは送信済みとして記録されていません。完了するには再度 push してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/clickhouse/pusher.cpp" line="201"/>
        <source>Inserting %n row(s) into %1</source>
        <translation>
            <numerusform>%1 に %n 行を挿入しています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickHouseRequestsText</name>
    <message>
        <location filename="../src/core/clickhouse/requestpage.cpp" line="80"/>
        <source>the requests need a time range with --from before --to</source>
        <translation>リクエストには --from が --to より前の期間が必要です</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/requestpage.cpp" line="113"/>
        <source>while reading a page of requests</source>
        <translation>リクエストのページの読み込み中</translation>
    </message>
    <message>
        <location filename="../src/core/clickhouse/requestpage.cpp" line="149"/>
        <source>%1: the server&apos;s answer could not be read</source>
        <translation>%1: サーバーの応答を読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>ClickHouseSourceText</name>
    <message>
        <location filename="../src/cli/chsource.cpp" line="73"/>
        <source>routescope: --ca-file is for a clickhouses:// (HTTPS) URL
</source>
        <translation>routescope: --ca-file は clickhouses:// (HTTPS) の URL 用です
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="100"/>
        <source>routescope: is the server running, and is the URL&apos;s host and port (the HTTP interface, 8123 by default) right?
</source>
        <translation>routescope: サーバーは動作していますか。URL のホストとポート (HTTP インターフェース、既定は 8123) は正しいですか。
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="167"/>
        <source>RouteScope summary of %1

</source>
        <translation>%1 の RouteScope 概要

</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="168"/>
        <source>Time range    %1 … %2
</source>
        <translation>期間          %1 … %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="170"/>
        <source>Requests      %1
</source>
        <translation>リクエスト    %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="173"/>
        <source>Sampled       the figures below read SAMPLE %1 of the requests and are scaled up: estimates
</source>
        <translation>サンプリング  以下の数値はリクエストの SAMPLE %1 を読み、拡大した推定値です
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="179"/>
        <source>Status        </source>
        <translation>ステータス    </translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="192"/>
        <source>Failures      %1
</source>
        <translation>失敗          %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="193"/>
        <source>Error classes
</source>
        <translation>エラークラス
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="196"/>
        <source>  %1  with a class this version does not know
</source>
        <translation>  %1  このバージョンが知らないクラス
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="206"/>
        <source>%1 failed</source>
        <translation>%1 件失敗</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="225"/>
        <source>Failures per backend
</source>
        <translation>バックエンドごとの失敗
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="226"/>
        <source>Failures per app
</source>
        <translation>アプリごとの失敗
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="227"/>
        <source>Top routes (requests per host)
</source>
        <translation>上位のルート (ホストごとのリクエスト)
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="229"/>
        <source>Latency       p50 %1, p90 %2, p99 %3, max %4 (%5 requests with a response time)
</source>
        <translation>レイテンシ    p50 %1、p90 %2、p99 %3、最大 %4 (応答時間のあるリクエスト %5 件)
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="235"/>
        <source>Timeline      %1 buckets of %2 s
</source>
        <translation>タイムライン  %2 秒の区間 %1 個
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="239"/>
        <source>START</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="245"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="246"/>
        <source>FAILURES</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="382"/>
        <source>routescope: --after takes the cursor a previous page printed
</source>
        <translation>routescope: --after には前のページが出力したカーソルを指定します
</translation>
    </message>
    <message>
        <location filename="../src/cli/chsource.cpp" line="427"/>
        <source>routescope: more requests follow: --after %1
</source>
        <translation>routescope: 続きのリクエストがあります: --after %1
</translation>
    </message>
</context>
<context>
    <name>ConsistencyText</name>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="39"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="41"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="44"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../src/core/import/consistencychecks.cpp" line="46"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="47"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="323"/>
        <source>clock %1 ahead of the other routers (median over %n route registration(s) logged by several routers)</source>
        <translation>
            <numerusform>時計が他のルーター より %1 進んでいます（複数のルーター が記録した %n 件の route 登録の中央値）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="326"/>
        <source>clock %1 behind the other routers (median over %n route registration(s) logged by several routers)</source>
        <translation>
            <numerusform>時計が他のルーター より %1 遅れています（複数のルーター が記録した %n 件の route 登録の中央値）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/import/incidentmerge.cpp" line="104"/>
        <source>same content as %1; imported once from there</source>
        <translation>%1 と同じ内容です。そちらから一度だけ取り込みました</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="417"/>
        <source>%n line(s) dated more than %1 before a line above them; the largest step back is %2, at line %3</source>
        <translation>
            <numerusform>%n 行が上の行より %1 以上前の時刻です。最大の逆行は %2（%3 行目）です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/import/consistencychecks.cpp" line="427"/>
        <source>%n record(s) dated far outside the bundle&apos;s span %1 – %2, e.g. line %3 at %4</source>
        <translation>
            <numerusform>%n 件のレコードがバンドルの期間 %1 – %2 から大きく外れた時刻です（例: %3 行目、%4）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnoseText</name>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="68"/>
        <source>Findings (%1)
</source>
        <translation>検出事項 (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="70"/>
        <source>  nothing stands out
</source>
        <translation>  目立った問題はありません
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="74"/>
        <source>, likely</source>
        <translation>、推定</translation>
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
        <translation>      例: %1 %2 %3: %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="88"/>
        <source>
Stale route-table endpoints (%1)
</source>
        <translation>
古いルートテーブルエンドポイント (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="96"/>
        <source>, address now held by %1</source>
        <translation>、アドレスは現在 %1 が使用</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="100"/>
        <source>
Endpoints that differ between routers&apos; dumps (%1)
</source>
        <translation>
ルーターのダンプ間で異なるエンドポイント (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="102"/>
        <source>  %1 %2  on: %3  missing on: %4
</source>
        <translation>  %1 %2  あり: %3  なし: %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="105"/>
        <source>
Endpoints pruned and registered again and again (%1)
</source>
        <translation>
prune と再登録を繰り返したエンドポイント (%1)
</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnose.cpp" line="107"/>
        <source>  %1  %2 %3  %4 prunes, %5 registrations, %6 … %7
</source>
        <translation>  %1  %2 %3  prune %4 回、登録 %5 回、%6 … %7
</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="5"/>
        <source>Export Incident Report</source>
        <translation>インシデントレポートのエクスポート</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="12"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="18"/>
        <source>Gorouter incident report</source>
        <translation>Gorouter インシデントレポート</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="23"/>
        <source>Only the requests of the current &amp;filter</source>
        <translation>現在のフィルターのリクエストのみ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../forms/exportreportdialog.ui" line="31"/>
        <source>Preview (as the PDF will print):</source>
        <translation>プレビュー (PDF の印刷イメージ):</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="60"/>
        <source>no status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="79"/>
        <source>time %1 … %2</source>
        <translation>時刻 %1 … %2</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="85"/>
        <source>from %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="89"/>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="94"/>
        <source>selected requests</source>
        <translation>選択したリクエスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/filterchips.cpp" line="97"/>
        <source>%1 (%n requests)</source>
        <translation>
            <numerusform>%1 (%n 件のリクエスト)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="104"/>
        <source>router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="105"/>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="106"/>
        <source>app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="107"/>
        <source>backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="108"/>
        <source>instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="110"/>
        <source>status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/filterchips.cpp" line="123"/>
        <source>%n error classes</source>
        <translation>
            <numerusform>%n 個のエラークラス</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="130"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="145"/>
        <source>source %1</source>
        <translation>原因 %1</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="150"/>
        <source>text “%1”</source>
        <translation>テキスト「%1」</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchips.cpp" line="159"/>
        <source>where %1</source>
        <translation>条件 %1</translation>
    </message>
</context>
<context>
    <name>FilterSyntaxHelp</name>
    <message>
        <location filename="../src/app/filter/filterhelpdialog.cpp" line="26"/>
        <source>Filter Syntax</source>
        <translation>フィルター構文</translation>
    </message>
</context>
<context>
    <name>FindingFilterText</name>
    <message>
        <location filename="../src/core/query/findingfilter.cpp" line="19"/>
        <source>finding %1</source>
        <translation>検出事項 %1</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="92"/>
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (ほか %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="154"/>
        <source>%Ln route-table endpoint(s)</source>
        <translation>
            <numerusform>ルートテーブルのエンドポイント %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="156"/>
        <source>%Ln load-balancer request(s) that failed for clients</source>
        <translation>
            <numerusform>クライアントにとって失敗したロードバランサーのリクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="165"/>
        <source>%Ln request(s) failed for clients</source>
        <translation>
            <numerusform>クライアントに対して失敗したリクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="168"/>
        <source>%Ln request(s) recovered after a failed attempt</source>
        <translation>
            <numerusform>失敗した試行の後に回復したリクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="170"/>
        <source>%Ln recovered after a failed attempt</source>
        <translation>
            <numerusform>失敗した試行の後に回復 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="172"/>
        <source>%Ln request(s) clients did not receive as failures</source>
        <translation>
            <numerusform>クライアントには失敗として返らなかったリクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings.cpp" line="174"/>
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>その他 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="228"/>
        <source>Counted: %1; no request is evidence of it.</source>
        <translation>集計: %1。根拠となるリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="230"/>
        <source>Counted: %1; no router logged them.</source>
        <translation>集計: %1。どのルーターにも記録されていません。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="233"/>
        <source>Counted: the requests selecting this finding shows, %1.</source>
        <translation>集計: この検出事項を選ぶと表示されるリクエスト、%1。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings.cpp" line="235"/>
        <source>Selecting it shows only the first %L1 of them.</source>
        <translation>選択時に表示されるのは最初の %L1 件だけです。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="74"/>
        <source>Backend %1 (%2): %3, %4% of all endpoint failures</source>
        <translation>バックエンド %1 (%2): %3、エンドポイント失敗全体の %4%</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="76"/>
        <source>app unknown</source>
        <translation>アプリ不明</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="80"/>
        <source>Most failures come from %n backend(s) out of %1 that served traffic. A problem confined to a few instances points at the app or those instances&apos; cells, not at the platform: look at the instance&apos;s logs, its health and its cell. Classes: %2.</source>
        <translation>
            <numerusform>失敗の大半は、トラフィックを処理した %1 個のうち %n 個のバックエンドから発生しています。少数のインスタンスに限られた問題は、プラットフォームではなく、アプリまたはそれらのインスタンスのセルを示唆します。インスタンスのログ、状態、セルを確認してください。クラス: %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="99"/>
        <source>Failures across %1 of %2 apps with traffic: %3</source>
        <translation>トラフィックのある %2 個のアプリのうち %1 個で失敗: %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="151"/>
        <source>Keep-alive races (EOF or reset on a reused connection) for app %1: %2</source>
        <translation>アプリ %1 のキープアライブ競合 (再利用した接続での EOF またはリセット): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_app.cpp" line="72"/>
        <source>App %1 logged %Ln error(s) while its requests failed</source>
        <translation>
            <numerusform>アプリ %1 はリクエストの失敗中に %Ln 件のエラーを記録しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_app.cpp" line="84"/>
        <source>Source: app. The app itself wrote errors (its stderr, panics, exceptions) within %1 s of these failed requests, on instance(s) %2; the first at %3: &quot;%4&quot;. Read what the app said in Request Detail, and look at the app&apos;s health, its crashes and its dependencies before the platform.</source>
        <translation>発生源: アプリ。これらの失敗したリクエストの前後 %1 秒以内に、インスタンス %2 でアプリ自身がエラー（stderr、panic、例外）を書きました。最初は %3:「%4」。リクエスト詳細でアプリの出力を読み、プラットフォームより先にアプリの健全性、クラッシュ、依存先を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_app.cpp" line="90"/>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="152"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="285"/>
        <source>%L1 client cancellations (499) on slow route %2 of %3 (a quarter of its requests take over %4 ms, of all requests over %5 ms)</source>
        <translation>%3 の遅いルート %2 でクライアントによるキャンセル (499) %L1 件 (このルートのリクエストの 4 分の 1 が %4 ミリ秒超、全リクエストでは %5 ミリ秒超)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="288"/>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="106"/>
        <source>an unknown app</source>
        <translation>不明なアプリ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="103"/>
        <source>Failures are spread over most apps that had traffic. Something they share is more likely than a bug in each app: the routers, the cells, the network, a shared service or route-emitter/NATS. Compare the error classes per app and look at the platform components first.</source>
        <translation>失敗はトラフィックのあったアプリの大半に広がっています。個々のアプリのバグよりも、共有している何か (ルーター、セル、ネットワーク、共有サービス、route-emitter/NATS) が原因である可能性が高いです。アプリごとのエラークラスを比較し、まずプラットフォームのコンポーネントを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="32"/>
        <source>its app</source>
        <translation>そのアプリ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="36"/>
        <source>the address now belongs to an instance of %1, not to %2</source>
        <translation>アドレスは現在 %2 ではなく %1 のインスタンスのものです</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="37"/>
        <source>another app</source>
        <translation>別のアプリ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="40"/>
        <source>the instance of %1 runs, but on other ports</source>
        <translation>%1 のインスタンスは稼働していますが、別のポートです</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="42"/>
        <source>the registration of %1 names two different instances</source>
        <translation>%1 の登録が 2 つの異なるインスタンスを示しています</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="44"/>
        <source>the instance of %1 runs in no LRP of the capture</source>
        <translation>%1 のインスタンスはキャプチャのどの LRP でも稼働していません</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="163"/>
        <source>Stale route %1 → %2 on %3, %4: %5</source>
        <translation>%3 上の古いルート %1 → %2、%4: %5</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="164"/>
        <source>Likely stale route %1 → %2 on %3, %4: %5</source>
        <translation>%3 上のおそらく古いルート %1 → %2、%4: %5</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="167"/>
        <source>no request tried it</source>
        <translation>試行したリクエストなし</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="168"/>
        <source>%1 still held endpoint %2 for route %3 (app %4, instance %5).</source>
        <translation>%1 はルート %3 のエンドポイント %2 を保持したままでした (アプリ %4、インスタンス %5)。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="173"/>
        <source>The address now belongs to another running instance: requests for this route reach the wrong container and fail with a hostname mismatch (Gorouter then prunes the endpoint and retries elsewhere) or, without TLS, get the other app&apos;s answer. The router missed the unregistration: check the route-emitter and NATS on the cell, and the router&apos;s pruning.</source>
        <translation>アドレスは現在、稼働中の別のインスタンスのものです。このルートへのリクエストは誤ったコンテナに届き、ホスト名不一致で失敗する (Gorouter はその後エンドポイントを prune して別の場所で再試行します) か、TLS がなければ別のアプリの応答を受け取ります。ルーターは登録解除を取りこぼしています。セル上の route-emitter と NATS、およびルーターの prune 処理を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="181"/>
        <source>The instance runs, but on none of the endpoint&apos;s ports: the endpoint is left over from an earlier placement of the instance.</source>
        <translation>インスタンスは稼働していますが、エンドポイントのどのポートでもありません。このエンドポイントはインスタンスの以前の配置の残りです。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="185"/>
        <source>Its private_instance_id and tags.process_instance_id differ: the registration mixes two instances.</source>
        <translation>private_instance_id と tags.process_instance_id が異なります。登録に 2 つのインスタンスが混在しています。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="189"/>
        <source>Its instance is in no LRP of the capture, or not running there. Likely stale, but a partial LRP dump cannot prove it: check with cfdot actual-lrps for the app.</source>
        <translation>そのインスタンスはキャプチャのどの LRP にもないか、そこで稼働していません。古い可能性が高いものの、不完全な LRP ダンプでは証明できません。cfdot actual-lrps でアプリを確認してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="196"/>
        <source>Requests for the route first tried the address at %1 UTC. The evidence is every request that tried it on these routers (%Ln endpoint(s) in the dumps).</source>
        <translation>
            <numerusform>このルートへのリクエストが最初にこのアドレスを試行したのは %1 UTC です。根拠は、これらのルーターでこのアドレスを試行したすべてのリクエストです (ダンプ内のエンドポイント %Ln 個)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="204"/>
        <source>Seen in the dump of %1 UTC; no request tried it.</source>
        <translation>%1 UTC のダンプで確認。試行したリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="250"/>
        <source>Router tables differ: %1 hold endpoints that %2 lack (%3)</source>
        <translation>ルーターのテーブルが異なります: %2 にないエンドポイントを %1 が保持しています (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="253"/>
        <source>Routers should hold the same table. Endpoints that some routers hold and others do not mean that a router missed NATS messages or pruned on its own: requests succeed or fail depending on the router. Routes: %1.</source>
        <translation>ルーターは同じテーブルを保持しているはずです。一部のルーターにだけあるエンドポイントは、ルーターが NATS メッセージを取りこぼしたか、独自に prune したことを意味します。リクエストの成否がルーターによって変わります。ルート: %1。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="292"/>
        <source>Endpoints pruned and registered again repeatedly on %1 (%2)</source>
        <translation>%1 でエンドポイントが prune と再登録を繰り返しています (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_routes.cpp" line="295"/>
        <source>Gorouter prunes an endpoint after it fails and the route-emitter announces it again: the instance is alive for Diego but fails requests. Look at the instance&apos;s health check and logs. It started at %1 UTC. Routes: %2. Addresses: %3.</source>
        <translation>Gorouter はエンドポイントが失敗すると prune し、route-emitter が再び登録します。Diego から見るとインスタンスは生きていますが、リクエストは失敗しています。インスタンスのヘルスチェックとログを確認してください。開始: %1 UTC。ルート: %2。アドレス: %3。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="153"/>
        <source>The app closed idle keep-alive connections while Gorouter was sending a request on them. Gorouter retries only idempotent requests in that case. The usual fix is in the app: an idle timeout longer than Gorouter&apos;s (90 s by default), or a server that does not close idle connections early.</source>
        <translation>Gorouter がリクエストを送信している最中に、アプリがアイドル状態のキープアライブ接続を閉じました。この場合 Gorouter は冪等なリクエストのみ再試行します。通常の対策はアプリ側にあります。アイドルタイムアウトを Gorouter (既定 90 秒) より長くするか、アイドル接続を早く閉じないサーバーを使ってください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="93"/>
        <source>unknown_route (404) for %1 between %2 and %3: %4</source>
        <translation>%1 で unknown_route (404) (%2 から %3): %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="94"/>
        <source>no_endpoints (503) for %1 between %2 and %3: %4</source>
        <translation>%1 で no_endpoints (503) (%2 から %3): %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="96"/>
        <source>Routers: %1.</source>
        <translation>ルーター: %1。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="106"/>
        <source>Gorouter pruned the endpoint after it failed or its registration expired, and no other endpoint was left. Look at why the instances failed and whether the route-emitter kept announcing them.</source>
        <translation>Gorouter は、エンドポイントが失敗したか登録が期限切れになった後にそれを prune し、ほかのエンドポイントが残りませんでした。インスタンスが失敗した理由と、route-emitter が登録を続けていたかを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="110"/>
        <source>Requests arrived while the route had no endpoint: an app restart, a stop, or a deploy that unmapped the route before the new instances were registered. Check the app&apos;s events and the route-emitter around that time.</source>
        <translation>ルートにエンドポイントがない間にリクエストが届きました。アプリの再起動、停止、または新しいインスタンスの登録前にルートのマッピングを解除したデプロイが考えられます。その時間帯のアプリのイベントと route-emitter を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="116"/>
        <source>The burst started at %1 UTC, %2 s after %3 removed an endpoint or the route for this host (%4 at %5%6). %7 %8</source>
        <translation>集中発生は %1 UTC に始まりました。%3 がこのホストのエンドポイントまたはルートを削除した %2 秒後です (%5 の %4%6)。%7 %8</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="124"/>
        <source>, app %1</source>
        <translation>、アプリ %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="128"/>
        <source>The burst started at %1 UTC. No unregistration or prune for this host precedes it within five minutes in the logs. Check that the route is mapped and that clients use the right host name; if the route exists, check the route-emitter and NATS on the app&apos;s cells. %2</source>
        <translation>集中発生は %1 UTC に始まりました。ログでは、その前 5 分以内にこのホストの登録解除や prune はありません。ルートがマッピングされているか、クライアントが正しいホスト名を使っているかを確認してください。ルートが存在する場合は、アプリのセル上の route-emitter と NATS を確認してください。%2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_bursts.cpp" line="136"/>
        <source>The burst started at %1 UTC. The router knew the route but held no usable endpoint for it, and no unregistration or prune for this host precedes the burst within five minutes in the logs: the endpoints may have gone before the logs start. Check that the app has running instances (cf app) and that the route-emitter on their cells announces them. %2</source>
        <translation>集中発生は %1 UTC に始まりました。ルーターはルートを認識していましたが使用可能なエンドポイントを持っておらず、ログでは集中発生前の 5 分以内にこのホストの登録解除や prune はありません。エンドポイントはログの開始前に消えていた可能性があります。アプリに稼働中のインスタンスがあるか (cf app)、そのセル上の route-emitter がそれらを登録しているかを確認してください。%2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_backends.cpp" line="291"/>
        <source>Clients closed the connection before the app answered, on a route much slower than the rest. Gorouter logs these as 499; the client never saw them. The slowness is the problem: look at the app&apos;s response times and its dependencies, and at client or load balancer timeouts.</source>
        <translation>ほかより大幅に遅いルートで、アプリが応答する前にクライアントが接続を閉じました。Gorouter はこれを 499 として記録し、クライアントは応答を受け取っていません。問題は遅さです。アプリの応答時間と依存先、およびクライアントやロードバランサーのタイムアウトを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="105"/>
        <source>Instance %1 of %2 crashed or exited at %3: %4</source>
        <translation>%2 のインスタンス %1 が %3 にクラッシュまたは終了: %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="109"/>
        <source>The container ran out of memory. </source>
        <translation>コンテナがメモリ不足になりました。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="110"/>
        <source>The instance&apos;s container on %1 crashed or exited at %2 UTC, within two minutes of failures at its address: the router kept sending requests to it until it was unregistered or pruned. Look at the app&apos;s crash reason and logs (cf events, cf logs --recent). Reasons: %3.</source>
        <translation>%1 上のインスタンスのコンテナが、そのアドレスでの失敗から 2 分以内の %2 UTC にクラッシュまたは終了しました。ルーターは、登録解除または prune されるまでリクエストを送り続けました。アプリのクラッシュ理由とログ (cf events、cf logs --recent) を確認してください。理由: %3。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_cells.cpp" line="115"/>
        <source>none logged</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_changepoint.cpp" line="95"/>
        <source>Failure rate stepped up from %1% to %2% at %3: %4</source>
        <translation>%3 に失敗率が %1% から %2% に急上昇: %4</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_changepoint.cpp" line="100"/>
        <source>In that minute the routers logged %1 registrations and %2 unregistrations or prunes, and the cells %3 container crashes, exits or health failures (from the minute before). Start the investigation there: what was deployed, restarted or scaled at that time.</source>
        <translation>その 1 分間に、ルーターは登録 %1 件と登録解除または prune %2 件を記録し、セルはコンテナのクラッシュ、終了、ヘルスチェック失敗を %3 件記録しました (直前の 1 分から)。調査はそこから始めてください。その時刻に何がデプロイ、再起動、スケールされたかです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="89"/>
        <source>%1 on %n backend(s) for %2: %3</source>
        <translation>
            <numerusform>%2 の %n 個のバックエンドで %1: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="90"/>
        <source>unknown apps</source>
        <translation>不明なアプリ</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="93"/>
        <source>%1 It started at %2 UTC. Backends: %3. Apps: %4.</source>
        <translation>%1 開始: %2 UTC。バックエンド: %3。アプリ: %4。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="142"/>
        <source>Expired or not-yet-valid certificates on %n cell(s): %1</source>
        <translation>
            <numerusform>%n 個のセルで期限切れまたはまだ有効でない証明書: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_tls.cpp" line="147"/>
        <source>Instance certificates are short-lived and renewed by the cell. When only some cells present expired or not-yet-valid certificates, their clocks have probably drifted: check NTP on cells %1 before the certificates. It started at %2 UTC. Apps: %3. Backends: %4.</source>
        <translation>インスタンス証明書は有効期間が短く、セルが更新します。一部のセルだけが期限切れやまだ有効でない証明書を提示している場合、その時計がずれている可能性が高いです。証明書より先にセル %1 の NTP を確認してください。開始: %2 UTC。アプリ: %3。バックエンド: %4。</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="18"/>
        <source>timed out waiting for a router</source>
        <translation>ルーターの応答待ちでタイムアウト</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="20"/>
        <source>could not connect to a router</source>
        <translation>ルーターに接続できませんでした</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="25"/>
        <source>got no response from a router</source>
        <translation>ルーターから応答がありませんでした</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="61"/>
        <source>%Ln failed request(s) never reached Gorouter (load balancer answered)</source>
        <translation>
            <numerusform>失敗したリクエスト %Ln 件が Gorouter に届いていません (ロードバランサーが応答)</numerusform>
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
        <translation>これらのリクエストにはロードバランサー自身が 502、503 または 504 で応答しており、対応する Gorouter のアクセス行はありません。トラフィックはルーターに届いていません (%1)。その時間帯のロードバランサーのヘルスチェックとルーターの可用性 (ドレイン、再起動、ネットワーク) を確認してください。原因はアプリではありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="76"/>
        <source>%Ln more LB-answered failure(s) fitted several router requests and are not counted.</source>
        <translation>
            <numerusform>ロードバランサーが応答した失敗のうちさらに %Ln 件は複数のルーターリクエストに該当したため、集計していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="108"/>
        <source>Load balancer and Gorouter disagree on the status of %Ln request(s)</source>
        <translation>
            <numerusform>%Ln 件のリクエストでロードバランサーと Gorouter のステータスが一致しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="110"/>
        <source>The load balancer sent these clients another status than the one Gorouter logged for the same request. %Ln of them the load balancer answered on its own (a timeout or a lost connection while Gorouter still waited for the app): compare the load balancer&apos;s timeouts with Gorouter&apos;s and the app&apos;s response times.</source>
        <translation>
            <numerusform>ロードバランサーは、同じリクエストについて Gorouter が記録したものとは別のステータスをクライアントに返しました。そのうち %Ln 件はロードバランサーが自ら応答しています (Gorouter がまだアプリを待っている間のタイムアウトまたは接続断)。ロードバランサーのタイムアウトを Gorouter のタイムアウトおよびアプリの応答時間と比べてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="149"/>
        <source>LB target %1 (a router) unhealthy from %2 to %3</source>
        <translation>LB のターゲット %1 (ルーター) が %2 から %3 まで異常</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/findings_lb.cpp" line="151"/>
        <source>The load balancer could not get a response from this target %Ln time(s): connections refused or closed before an answer. The router behind it was stopped, draining, restarting or unreachable while the load balancer still sent it traffic; compare with the router&apos;s own logs and the load balancer&apos;s health-check settings.</source>
        <translation>
            <numerusform>ロードバランサーはこのターゲットから %Ln 回応答を得られませんでした (接続が拒否されたか、応答前に閉じられました)。ロードバランサーがまだトラフィックを送っている間、その背後のルーターは停止、ドレイン、再起動中、または到達不能でした。ルーター自身のログとロードバランサーのヘルスチェック設定と比べてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../forms/findingspanel.ui" line="18"/>
        <source>Select a finding to filter every view to its evidence</source>
        <translation>検出事項を選ぶと、すべてのビューがその根拠に絞り込まれます</translation>
    </message>
    <message>
        <location filename="../forms/findingspanel.ui" line="19"/>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../forms/findingspanel.ui" line="20"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../forms/findingspanel.ui" line="24"/>
        <source>Select a finding to read what it means and where to look next.</source>
        <translation>検出事項を選ぶと、その意味と次に確認すべき場所が表示されます。</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../src/core/report/htmlreport.cpp" line="77"/>
        <source>en</source>
        <comment>HTML lang attribute of the report</comment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/core/report/htmlreport.cpp" line="88"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="122"/>
        <source>not a log RouteScope reads</source>
        <translation>RouteScope が読むログではありません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="124"/>
        <source>Gorouter access log</source>
        <translation>Gorouter アクセスログ</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="126"/>
        <source>Gorouter log (JSON)</source>
        <translation>Gorouter ログ (JSON)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="128"/>
        <source>Gorouter stderr (Go log)</source>
        <translation>Gorouter stderr (Go ログ)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="130"/>
        <source>route table dump</source>
        <translation>ルートテーブルのダンプ</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="132"/>
        <source>cfdot actual-lrps</source>
        <translation>cfdot actual-lrps</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="134"/>
        <source>Diego/component lager log</source>
        <translation>Diego/コンポーネントの lager ログ</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="136"/>
        <source>load-balancer request log</source>
        <translation>ロードバランサーのリクエストログ</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="138"/>
        <source>app log (cf logs, drain)</source>
        <translation>アプリログ（cf logs、ドレイン）</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="147"/>
        <source>not an access-log record: expected HOST - [TIME] &quot;REQUEST&quot; STATUS …</source>
        <translation>アクセスログのレコードではありません: HOST - [TIME] &quot;REQUEST&quot; STATUS … の形式が必要です</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="149"/>
        <source>access-log start time is not a timestamp of any Gorouter release</source>
        <translation>アクセスログの開始時刻がどの Gorouter リリースのタイムスタンプ形式でもありません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="151"/>
        <source>an access-log field has an impossible value (status, byte count, IP address or key:value)</source>
        <translation>アクセスログのフィールドにありえない値があります (ステータス、バイト数、IP アドレス、または key:value)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="154"/>
        <source>a quoted value never ends: the line was cut short</source>
        <translation>引用符で囲まれた値が閉じていません: 行が途中で切れています</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="156"/>
        <source>not valid JSON (for example an edited or redacted line)</source>
        <translation>有効な JSON ではありません (たとえば編集またはマスクされた行)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="158"/>
        <source>JSON cut short: the line ends inside the object</source>
        <translation>JSON が途中で切れています: 行がオブジェクトの途中で終わっています</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="160"/>
        <source>JSON of an unexpected shape</source>
        <translation>想定外の構造の JSON</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="162"/>
        <source>JSON log line without timestamp or message</source>
        <translation>タイムスタンプまたはメッセージのない JSON ログ行</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="164"/>
        <source>timestamp cannot be read</source>
        <translation>タイムスタンプを読み取れません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="166"/>
        <source>stderr text that is not a Go log line</source>
        <translation>Go のログ行ではない stderr テキスト</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="168"/>
        <source>record lacks the fields that make it usable</source>
        <translation>レコードに利用に必要なフィールドがありません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="170"/>
        <source>valid line of another kind (%1) inside this file</source>
        <translation>このファイル内に別の種類 (%1) の有効な行があります</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="173"/>
        <source>line longer than the line limit; cut and skipped</source>
        <translation>行の長さが上限を超えています。切り詰めてスキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="175"/>
        <source>binary bytes (NUL) inside a text line</source>
        <translation>テキスト行の中にバイナリバイト (NUL) があります</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="177"/>
        <source>fields of different Gorouter releases or contradicting each other: an edited line, not one Gorouter wrote</source>
        <translation>異なる Gorouter リリースのフィールド、または互いに矛盾するフィールド: Gorouter が書いた行ではなく編集された行です</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="181"/>
        <source>partial first or last line: the file was copied while being written (copytruncate) or the capture started or stopped mid-line</source>
        <translation>先頭または末尾の行が不完全です: 書き込み中にファイルがコピーされた（copytruncate）か、キャプチャが行の途中で開始または終了しました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="185"/>
        <source>NUL bytes at the start of the file (copytruncate while the writer kept its offset); the text after them was read</source>
        <translation>ファイル先頭の NUL バイト（書き込み側がオフセットを保ったままの copytruncate）。その後のテキストを読み込みました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="189"/>
        <source>kept: a quoted value holds a raw NUL or invalid UTF-8 bytes (shown escaped)</source>
        <translation>保持: 引用符で囲まれた値に生の NUL または無効な UTF-8 バイトが含まれています (エスケープして表示)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="199"/>
        <source>cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="201"/>
        <source>gzip data ends early; the readable part was imported</source>
        <translation>gzip データが途中で終わっています。読み取れた部分をインポートしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="203"/>
        <source>gzip data is corrupt; the readable part was imported</source>
        <translation>gzip データが破損しています。読み取れた部分をインポートしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="205"/>
        <source>archive ends early; members before the cut were imported</source>
        <translation>アーカイブが途中で終わっています。途切れる前のメンバーをインポートしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="207"/>
        <source>archive member is corrupt</source>
        <translation>アーカイブメンバーが破損しています</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="209"/>
        <source>member path leaves the archive (.. or absolute); read in memory under a safe name</source>
        <translation>メンバーのパスがアーカイブの外を指しています (.. または絶対パス)。安全な名前でメモリ上に読み込みました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="212"/>
        <source>symbolic or hard link member; not followed</source>
        <translation>シンボリックリンクまたはハードリンクのメンバー。たどりません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="214"/>
        <source>device, FIFO or socket member; skipped</source>
        <translation>デバイス、FIFO、またはソケットのメンバー。スキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="216"/>
        <source>member name is not valid UTF-8; shown escaped</source>
        <translation>メンバー名が有効な UTF-8 ではありません。エスケープして表示します</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="218"/>
        <source>archives nested too deeply; inner archive skipped</source>
        <translation>アーカイブの入れ子が深すぎます。内側のアーカイブをスキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="220"/>
        <source>member larger than the size limit; skipped</source>
        <translation>メンバーがサイズ上限を超えています。スキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="222"/>
        <source>bundle expands past the total size limit; this member (inside a .tgz: the rest of it) skipped</source>
        <translation>バンドルの展開サイズが上限を超えました。このメンバー（.tgz 内ではその残り）をスキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="225"/>
        <source>compression ratio too high (decompression bomb?); skipped</source>
        <translation>圧縮率が高すぎます (解凍爆弾?)。スキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="227"/>
        <source>compression ratio too high (decompression bomb?) past some point; the lines before it were imported, the rest skipped</source>
        <translation>ある位置から圧縮率が高すぎます (解凍爆弾?)。それより前の行はインポートし、残りはスキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="231"/>
        <source>more archive members than the limit; rest skipped</source>
        <translation>アーカイブメンバー数が上限を超えました。残りをスキップしました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="233"/>
        <source>encrypted member; cannot be read</source>
        <translation>暗号化されたメンバー。読み取れません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="235"/>
        <source>import cancelled</source>
        <translation>インポートを中止しました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="237"/>
        <source>same content as another file; its records were imported once</source>
        <translation>他のファイルと同じ内容です。レコードは一度だけ取り込みました</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="239"/>
        <source>lines out of time order (records kept)</source>
        <translation>時刻順でない行（レコードは保持）</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="241"/>
        <source>timestamps far outside the bundle&apos;s time span (records kept, not counted in the span)</source>
        <translation>バンドルの期間から大きく外れたタイムスタンプ（レコードは保持、期間には含めません）</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="244"/>
        <source>router clock differs from the other routers</source>
        <translation>ルーターの時計が他のルーター とずれています</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="246"/>
        <source>could not be written to a spill file on disk; held in memory instead (nothing is lost)</source>
        <translation>ディスク上の退避ファイルに書き込めませんでした。代わりにメモリに保持しています (失われたものはありません)</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="255"/>
        <source>empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="257"/>
        <source>binary file, not log text</source>
        <translation>バイナリファイルで、ログテキストではありません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="259"/>
        <source>no line looks like a Gorouter, Diego, route-table or LRP log</source>
        <translation>Gorouter、Diego、ルートテーブル、LRP のログらしい行がありません</translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="261"/>
        <source>Go log lines of another component, not Gorouter</source>
        <translation>Gorouter ではない別のコンポーネントの Go ログ行</translation>
    </message>
</context>
<context>
    <name>ImportReportTreeText</name>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="37"/>
        <source>Bundle problems (%1)</source>
        <translation>バンドルの問題 (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="53"/>
        <source>First line: %1</source>
        <translation>先頭行: %1</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="56"/>
        <source>%1 lines of other programs (not records), e.g. line %2: %3</source>
        <translation>他のプログラムの行 %1 行 (レコードではありません)、例: %2 行目: %3</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="62"/>
        <source>content ends early; the readable part was imported</source>
        <translation>内容が途中で終わっています。読み取れた部分をインポートしました</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="64"/>
        <source>%1 skipped: %2</source>
        <translation>%1 スキップ: %2</translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="70"/>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunText</name>
    <message>
        <location filename="../src/cli/importrun.cpp" line="35"/>
        <source>importing… %1% (%2 files)</source>
        <translation>インポート中… %1% (%2 ファイル)</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="51"/>
        <source>routescope: cache file %1 rejected: %2; importing again</source>
        <translation>routescope: キャッシュファイル %1 を拒否しました: %2。再インポートします</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="64"/>
        <source>routescope: the incident was not saved to the cache: %1</source>
        <translation>routescope: インシデントをキャッシュに保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="77"/>
        <source>problem: %1: %2</source>
        <translation>問題: %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="85"/>
        <source>truncated: %1: content ends early; the readable part was imported
</source>
        <translation>途中で切断: %1: 内容が途中で終わっています。読み取れた部分をインポートしました
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importrun.cpp" line="88"/>
        <source>skipped: %1: %n line(s): %2
</source>
        <translation>
            <numerusform>スキップ: %1: %n 行: %2
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="91"/>
        <source>  line %1: %2
</source>
        <translation>  %1 行目: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="97"/>
        <source>import cancelled
</source>
        <translation>インポートを中止しました
</translation>
    </message>
</context>
<context>
    <name>IncidentReportText</name>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="66"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="68"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="70"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="79"/>
        <source>failed for clients</source>
        <translation>クライアントに対して失敗</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="81"/>
        <source>hidden by retries</source>
        <translation>再試行で隠れた失敗</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="83"/>
        <source>no failure for clients</source>
        <translation>クライアントへの失敗なし</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="133"/>
        <source>vcap_request_id</source>
        <translation>vcap_request_id</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="133"/>
        <source>Start (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="134"/>
        <location filename="../src/core/report/incidentreport.cpp" line="234"/>
        <location filename="../src/core/report/incidentreport.cpp" line="264"/>
        <source>Router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="134"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="135"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="135"/>
        <location filename="../src/core/report/incidentreport.cpp" line="155"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="136"/>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="136"/>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="141"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="145"/>
        <source>Requests over time by status, failures by class</source>
        <translation>ステータス別のリクエスト推移とクラス別の失敗</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="147"/>
        <source>Failures per backend by class</source>
        <translation>バックエンドごとのクラス別失敗数</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="153"/>
        <source>Error classes</source>
        <translation>エラークラス</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="155"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="156"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="156"/>
        <source>Likely source</source>
        <translation>想定される原因</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="157"/>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="174"/>
        <source>Failures by error class</source>
        <translation>エラークラス別の失敗</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="181"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="184"/>
        <source>RouteScope found nothing that looks like a routing problem.</source>
        <translation>RouteScope はルーティングの問題らしきものを見つけませんでした。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="187"/>
        <source>Findings describe the whole bundle, ranked by impact on clients: failed requests clients received first, then failed attempts a retry hid, then the rest. Each says what it counts.</source>
        <translation>検出事項はバンドル全体を対象とし、クライアントへの影響順に並んでいます。まずクライアントが受け取った失敗リクエスト、次に再試行で隠れた失敗した試行、最後にその他です。各検出事項には何を数えたかが記載されています。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="192"/>
        <source>%1 (%2%3): %4</source>
        <translation>%1 (%2%3): %4</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="194"/>
        <source>, likely</source>
        <translation>、推定</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="199"/>
        <source>From %1 to %2.</source>
        <translation>%1 から %2 まで。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="209"/>
        <source>%1 more requests are evidence of this finding.</source>
        <translation>ほかに %1 件のリクエストがこの検出事項の根拠です。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="220"/>
        <source>Stale routes and route-table differences</source>
        <translation>古いルートとルートテーブルの差異</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="224"/>
        <source>The bundle has no route-table dumps; stale routes cannot be checked.</source>
        <translation>バンドルにルートテーブルのダンプがないため、古いルートを確認できません。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="226"/>
        <source>Every endpoint of the route-table dumps matches a running instance, and the routers agree.</source>
        <translation>ルートテーブルのダンプにあるすべてのエンドポイントが稼働中のインスタンスと一致し、ルーター間でも一致しています。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="232"/>
        <source>Stale endpoints</source>
        <translation>古いエンドポイント</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="234"/>
        <location filename="../src/core/report/incidentreport.cpp" line="246"/>
        <location filename="../src/core/report/incidentreport.cpp" line="264"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="235"/>
        <location filename="../src/core/report/incidentreport.cpp" line="246"/>
        <location filename="../src/core/report/incidentreport.cpp" line="265"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="235"/>
        <location filename="../src/core/report/incidentreport.cpp" line="247"/>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="236"/>
        <location filename="../src/core/report/incidentreport.cpp" line="293"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="236"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="244"/>
        <source>Endpoints the routers disagree on</source>
        <translation>ルーター間で食い違うエンドポイント</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="247"/>
        <source>Present on</source>
        <translation>存在するルーター</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="248"/>
        <source>Absent on</source>
        <translation>存在しないルーター</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="262"/>
        <source>Flapping endpoints (pruned and registered again)</source>
        <translation>フラッピングするエンドポイント (prune と再登録の繰り返し)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="265"/>
        <source>Prunes</source>
        <translation>prune 回数</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="266"/>
        <source>Registrations</source>
        <translation>登録回数</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="266"/>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="267"/>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="281"/>
        <source>What was read</source>
        <translation>読み込んだ内容</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="283"/>
        <source>%1 files, %2 MB of text, %3 lines; %4 lines skipped.</source>
        <translation>%1 ファイル、テキスト %2 MB、%3 行。%4 行をスキップしました。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="288"/>
        <location filename="../src/core/report/incidentreport.cpp" line="293"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="288"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="289"/>
        <source>Router / cell</source>
        <translation>ルーター / セル</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="289"/>
        <location filename="../src/core/report/incidentreport.cpp" line="294"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="290"/>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="290"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="294"/>
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="305"/>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="313"/>
        <source>Skipped lines</source>
        <translation>スキップした行</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="317"/>
        <source>Problems with the bundle</source>
        <translation>バンドルの問題</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="319"/>
        <source>Member</source>
        <translation>アーカイブメンバー</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="319"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="320"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="330"/>
        <source>Appendix: top failing requests</source>
        <translation>付録: 主な失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="332"/>
        <source>No request failed.</source>
        <translation>失敗したリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="348"/>
        <source>%1 more failed requests are not listed.</source>
        <translation>ほかに %1 件の失敗リクエストは記載していません。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="378"/>
        <source>Findings with the most impact on clients: %1.</source>
        <translation>クライアントへの影響が最も大きい検出事項: %1。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="399"/>
        <source>No requests match.</source>
        <translation>該当するリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="402"/>
        <source>Between %1 and %2 UTC, %3 of %4 requests (%5) failed.</source>
        <translation>%1 から %2 UTC の間に、%4 件中 %3 件のリクエスト (%5) が失敗しました。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="406"/>
        <source>Every request was answered as the app answered it; Gorouter reported no failure.</source>
        <translation>すべてのリクエストはアプリの応答どおりに返され、Gorouter は失敗を報告していません。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="423"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="426"/>
        <source>Most failures were %1.</source>
        <translation>失敗の大半は %1 でした。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="433"/>
        <source>By likely source: platform %1, app or platform %2, app %3, client %4.</source>
        <translation>想定される原因別: プラットフォーム %1、アプリまたはプラットフォーム %2、アプリ %3、クライアント %4。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="439"/>
        <source>Over half of them (%1) went to one backend, %2.</source>
        <translation>その半数以上 (%1) が 1 つのバックエンド %2 に向かっていました。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="454"/>
        <source>Gorouter incident report</source>
        <translation>Gorouter インシデントレポート</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="459"/>
        <source>%1 — %2 to %3 UTC</source>
        <translation>%1 — %2 から %3 UTC</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="460"/>
        <source>(no input)</source>
        <translation>(入力なし)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="463"/>
        <source>Filter: none (every request)</source>
        <translation>フィルター: なし (全リクエスト)</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="464"/>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="465"/>
        <source>%1 requests in the report, %2 failed.</source>
        <translation>レポート内のリクエスト %1 件、うち失敗 %2 件。</translation>
    </message>
    <message>
        <location filename="../src/core/report/incidentreport.cpp" line="470"/>
        <source>Generated by RouteScope at %1 UTC.</source>
        <translation>RouteScope により %1 UTC に生成。</translation>
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
        <translation>バンドルを開くと (ファイル → 開く、または .tgz、.zip、.gz、フォルダー、ログファイルをここにドロップ)、どのリクエストがいつ、どこで、なぜ失敗したかがわかります。</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="46"/>
        <source>Open Bundle…</source>
        <translation>バンドルを開く…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="51"/>
        <source>Open the Sample Incident</source>
        <translation>サンプルインシデントを開く</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="52"/>
        <source>A generated outage with every kind of Gorouter failure: a quick way to see what RouteScope shows</source>
        <translation>あらゆる種類の Gorouter 障害を含む生成された障害例: RouteScope で何が見えるかをすぐに確認できます</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="109"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="113"/>
        <source>Export &amp;Chart</source>
        <translation>グラフのエクスポート(&amp;C)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="117"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="137"/>
        <source>F&amp;ilter</source>
        <translation>フィルター(&amp;I)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="143"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="146"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="156"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="159"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="161"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="169"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="185"/>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="194"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="195"/>
        <source>Requests over time by status, failures by error class, route-table events</source>
        <translation>ステータス別のリクエスト推移、エラークラス別の失敗、ルートテーブルのイベント</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="207"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="208"/>
        <source>What RouteScope concludes, most severe first</source>
        <translation>RouteScope の結論 (深刻なものから順に)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="220"/>
        <source>Backends</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="221"/>
        <source>Failures per backend address or app instance, by error class</source>
        <translation>バックエンドアドレスまたはアプリインスタンスごとの、エラークラス別の失敗</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="233"/>
        <source>Route Table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="234"/>
        <source>The route table of a router at the selected time, stale endpoints, LRPs and router differences</source>
        <translation>選択した時刻のルーターのルートテーブル、古いエンドポイント、LRP、ルーター間の差異</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="246"/>
        <source>Request Detail</source>
        <translation>リクエスト詳細</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="247"/>
        <source>The selected request: attempts, joined events, explanation and raw lines</source>
        <translation>選択したリクエスト: 試行、関連付けたイベント、説明、生の行</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="263"/>
        <source>Import report</source>
        <translation>インポートレポート</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="273"/>
        <source>File / reason</source>
        <translation>ファイル / 理由</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="274"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="275"/>
        <source>Router / cell</source>
        <translation>ルーター / セル</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="276"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="277"/>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="281"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="282"/>
        <source>Open a bundle archive (.tgz, .tar, .zip), a .gz or a log file</source>
        <translation>バンドルアーカイブ (.tgz、.tar、.zip)、.gz、またはログファイルを開きます</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="283"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="286"/>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="287"/>
        <source>Open a directory of extracted logs</source>
        <translation>展開済みログのディレクトリを開きます</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="288"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="291"/>
        <source>Open Click&amp;House…</source>
        <translation>ClickHouse を開く(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="292"/>
        <source>Drill a time range of a ClickHouse database RouteScope pushed to into a local incident</source>
        <translation>RouteScope が書き込んだ ClickHouse データベースの期間をローカルのインシデントに取り込みます</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="296"/>
        <source>&amp;Cancel Import</source>
        <translation>インポートを中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="297"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="300"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="301"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="304"/>
        <source>Open &amp;Sample Incident</source>
        <translation>サンプルインシデントを開く(&amp;S)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="305"/>
        <source>Open the generated sample outage shipped with RouteScope</source>
        <translation>RouteScope に同梱の生成済みサンプル障害を開きます</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="309"/>
        <source>&amp;Export Report…</source>
        <translation>レポートのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="310"/>
        <source>Write the incident report as PDF or HTML, with a preview</source>
        <translation>インシデントレポートを PDF または HTML で書き出します (プレビュー付き)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="311"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="315"/>
        <source>&amp;Save Case…</source>
        <translation>ケースを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="316"/>
        <source>Write the incident with its filter history, bookmarks and notes to one .rscase file for a colleague</source>
        <translation>インシデントをフィルター履歴、ブックマーク、メモとともに同僚向けの .rscase ファイル 1 つに書き出します</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="317"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="321"/>
        <source>Case &amp;Notes…</source>
        <translation>ケースのメモ(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="322"/>
        <source>Notes on this incident, saved with the case</source>
        <translation>このインシデントのメモ（ケースと一緒に保存されます）</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="326"/>
        <source>&amp;Locate Bundle…</source>
        <translation>バンドルを探す(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="327"/>
        <source>Point at the bundle of a case opened without it, so that raw lines can be read</source>
        <translation>バンドルなしで開いたケースのバンドルを指定し、生の行を読めるようにします</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="330"/>
        <source>&amp;Search Requests…</source>
        <translation>リクエストを検索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="331"/>
        <source>Search the raw access-log lines of the requests</source>
        <translation>リクエストのアクセスログの生の行を検索します</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="332"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="335"/>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトをリセット(&amp;L)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="336"/>
        <source>Put every panel back where it was at first start</source>
        <translation>すべてのパネルを初回起動時の位置に戻します</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="340"/>
        <location filename="../forms/mainwindow.ui" line="352"/>
        <source>Follow the &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="344"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="348"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="353"/>
        <source>Use the language of the system&apos;s locale</source>
        <translation>システムのロケールの言語を使います</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="356"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="357"/>
        <source>Every shortcut of the window, with the command it runs</source>
        <translation>ウィンドウのすべてのショートカットと、それぞれが実行するコマンド</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="358"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="361"/>
        <source>&amp;About RouteScope</source>
        <translation>RouteScope について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OpenClickHouseDialog</name>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="5"/>
        <source>Open ClickHouse</source>
        <translation>ClickHouse を開く</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="12"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="21"/>
        <source>The HTTP interface of the server and the database RouteScope pushed to</source>
        <translation>サーバーの HTTP インターフェースと、RouteScope が書き込んだデータベース</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="26"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="27"/>
        <source>Read the time span of the pushed requests into the range below</source>
        <translation>書き込まれたリクエストの時間範囲を下の期間に読み込みます</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="34"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="41"/>
        <source>Kept in the system keyring, never in the settings</source>
        <translation>システムのキーリングに保存され、設定には保存されません</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="46"/>
        <source>C&amp;A file:</source>
        <translation>CA ファイル(&amp;A):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="54"/>
        <source>optional, for clickhouses:// only</source>
        <translation>任意、clickhouses:// の場合のみ</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="55"/>
        <source>For clickhouses:// (HTTPS) only: a file of PEM certificates trusted besides the system&apos;s CAs, such as your company&apos;s CA or the server&apos;s self-signed certificate. The server&apos;s certificate is always checked.</source>
        <translation>clickhouses:// (HTTPS) の場合のみ: システムの CA に加えて信頼する PEM 証明書のファイル (社内の CA やサーバーの自己署名証明書など)。サーバーの証明書は常に検証されます。</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="60"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="61"/>
        <source>Choose a file of PEM certificates</source>
        <translation>PEM 証明書のファイルを選択</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="74"/>
        <source>&amp;From (UTC):</source>
        <translation>開始 (UTC)(&amp;F):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="86"/>
        <source>&amp;To (UTC):</source>
        <translation>終了 (UTC)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="94"/>
        <source>The end of the range, not included</source>
        <translation>期間の終わり (含まれません)</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="99"/>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;I):</translation>
    </message>
    <message>
        <location filename="../forms/openclickhousedialog.ui" line="105"/>
        <source>optional, e.g. status&gt;=500 and host=app.example.com</source>
        <translation>省略可、例: status&gt;=500 and host=app.example.com</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="188"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="250"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="262"/>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../src/app/report/pdfreport.cpp" line="325"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>PushText</name>
    <message>
        <location filename="../src/cli/push.cpp" line="48"/>
        <source>routescope: --ca-file is for a clickhouses:// (HTTPS) URL
</source>
        <translation>routescope: --ca-file は clickhouses:// (HTTPS) の URL 用です
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="64"/>
        <source>push: %1 %2 rows, %3 MB encoded, %4 MB sent (all tables: %5 rows, %6 MB sent)
</source>
        <translation>push: %1 %2 行、%3 MB エンコード、%4 MB 送信 (全テーブル: %5 行、%6 MB 送信)
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="85"/>
        <source>routescope: push interrupted: %1
</source>
        <translation>routescope: push が中断されました: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="91"/>
        <source>routescope: push failed: %1
</source>
        <translation>routescope: 送信に失敗しました: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="96"/>
        <source>bundle %1 is already in %2: nothing added
</source>
        <translation>バンドル %1 は既に %2 にあります: 何も追加していません
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="100"/>
        <source>bundle %1 pushed to %2
</source>
        <translation>バンドル %1 を %2 に送信しました
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="102"/>
        <source>  removed first: %1 rows of an interrupted push of this bundle
</source>
        <translation>  先に削除: このバンドルの中断された送信の %1 行
</translation>
    </message>
    <message>
        <location filename="../src/cli/push.cpp" line="107"/>
        <source>  %1 rows in %2 s (%3 rows/s), %4 MB encoded, %5 MB sent in %6 inserts
</source>
        <translation>  %1 行を %2 秒で（%3 行/秒）、エンコード %4 MB、%6 回の挿入で %5 MB 送信
</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="122"/>
        <source>all requests</source>
        <translation>全リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="122"/>
        <source>filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="182"/>
        <source>Requests per %1 by status, failures by class</source>
        <translation>%1 ごとのステータス別リクエストとクラス別の失敗</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="185"/>
        <source>Requests per %1 by status, failures by class, per router</source>
        <translation>%1 ごとのステータス別リクエストとクラス別の失敗（ルーター別）</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="189"/>
        <source>Requests per %1 by source</source>
        <translation>%1 ごとのソース別リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="198"/>
        <source>Requests per %1</source>
        <translation>%1 ごとのリクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="260"/>
        <source>Failed attempts per app instance, by class</source>
        <translation>アプリインスタンスごとのクラス別失敗試行</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="261"/>
        <source>Failed attempts per backend, by class</source>
        <translation>バックエンドごとのクラス別失敗試行</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="262"/>
        <source>Failed requests per app instance, by class</source>
        <translation>アプリインスタンスごとのクラス別失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="263"/>
        <source>Failed requests per backend, by class</source>
        <translation>バックエンドごとのクラス別失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="265"/>
        <source> (%1 without a backend, not drawn)</source>
        <translation> (バックエンドなし %1 件、描画なし)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="278"/>
        <source>Failed attempts</source>
        <translation>失敗した試行</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="278"/>
        <source>Failed requests</source>
        <translation>失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="306"/>
        <source>Failed requests by error class</source>
        <translation>エラークラス別の失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="320"/>
        <source>Response times (p50 %1 s, p90 %2 s, p99 %3 s)</source>
        <translation>応答時間 (p50 %1 秒、p90 %2 秒、p99 %3 秒)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartexport.cpp" line="370"/>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../src/app/export/reportexport.cpp" line="67"/>
        <location filename="../src/app/export/reportexport.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="49"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="66"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="67"/>
        <source>Router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="70"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="81"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="71"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="82"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="72"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="85"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="73"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="86"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="74"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="92"/>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="75"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="95"/>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="76"/>
        <location filename="../src/app/detail/requestdetail.cpp" line="96"/>
        <source>Response time</source>
        <translation>応答時間</translation>
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
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="87"/>
        <source>Bytes received</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="88"/>
        <source>Bytes sent</source>
        <translation>送信バイト数</translation>
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
        <translation>クライアントアドレス</translation>
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
        <translation>Gorouter 時間</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="98"/>
        <source>App time</source>
        <translation>アプリ時間</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="99"/>
        <source>App id</source>
        <translation>アプリ ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="100"/>
        <source>App index</source>
        <translation>アプリインデックス</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="101"/>
        <source>Instance id</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="103"/>
        <source>Failed attempts</source>
        <translation>失敗した試行</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="104"/>
        <source>Failed attempts time</source>
        <translation>失敗した試行の時間</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="105"/>
        <source>DNS time</source>
        <translation>DNS 時間</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="106"/>
        <source>Dial time</source>
        <translation>接続時間 (dial)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="107"/>
        <source>TLS time</source>
        <translation>TLS 時間</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="108"/>
        <source>Backend time</source>
        <translation>バックエンド時間</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="109"/>
        <source>Local address</source>
        <translation>ローカルアドレス</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/detail/requestdetail.cpp" line="153"/>
        <source>The access log says %n failed attempt(s), but %1 were joined.</source>
        <translation>
            <numerusform>アクセスログでは失敗した試行は %n 回ですが、関連付けられたのは %1 回です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="157"/>
        <source>Some events without a request id fitted this request and others; they were not joined.</source>
        <translation>リクエスト ID のない一部のイベントが、このリクエストとほかのリクエストの両方に当てはまったため、関連付けていません。</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="160"/>
        <source>Some events were joined by router, backend and time (they carry no request id).</source>
        <translation>一部のイベントは、ルーター、バックエンド、時刻で関連付けました (リクエスト ID がありません)。</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="182"/>
        <source>http: proxy error</source>
        <translation>http: proxy error</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="184"/>
        <source>TLS handshake error</source>
        <translation>TLS ハンドシェイクエラー</translation>
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
        <translation>アプリ行（リクエスト ID）</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="240"/>
        <source>app line (near in time)</source>
        <translation>アプリ行（時刻が近い）</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="258"/>
        <source>access log</source>
        <translation>アクセスログ</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="263"/>
        <source>attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="276"/>
        <source>attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="278"/>
        <source>final error</source>
        <translation>最終エラー</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="280"/>
        <source>same request id</source>
        <translation>同じリクエスト ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="282"/>
        <source>stderr proxy error</source>
        <translation>stderr のプロキシエラー</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetail.cpp" line="309"/>
        <source>no status</source>
        <translation>ステータスなし</translation>
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
        <translation>リクエスト詳細</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="23"/>
        <source>Select a request to see its attempts, events and raw lines</source>
        <translation>リクエストを選ぶと、その試行、イベント、生の行が表示されます</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="92"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="195"/>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="225"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="255"/>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../forms/requestdetailpanel.ui" line="278"/>
        <source>Raw lines</source>
        <translation>生の行</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location filename="../forms/requestspanel.ui" line="14"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="15"/>
        <source>Every request, whatever its status</source>
        <translation>ステータスを問わずすべてのリクエスト</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="22"/>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="23"/>
        <source>Requests RouteScope classifies as failed (any class but ok, recovered and app response)</source>
        <translation>RouteScope が失敗と分類したリクエスト (ok、recovered、app response 以外のすべてのクラス)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="30"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="31"/>
        <source>Requests answered with a 5xx status</source>
        <translation>5xx ステータスで応答されたリクエスト</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="38"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="39"/>
        <source>Requests answered with a 4xx status</source>
        <translation>4xx ステータスで応答されたリクエスト</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="46"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="47"/>
        <source>Failures whose likely source is the platform (Gorouter, Diego, the network)</source>
        <translation>想定される原因がプラットフォーム (Gorouter、Diego、ネットワーク) である失敗</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="54"/>
        <source>Search the raw lines (Ctrl+F)</source>
        <translation>生の行を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="56"/>
        <source>Shows requests whose access-log line contains this text (case-insensitive)</source>
        <translation>アクセスログの行にこのテキストを含むリクエストを表示します (大文字と小文字を区別しません)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="66"/>
        <source>Searching the raw lines of every file</source>
        <translation>すべてのファイルの生の行を検索中</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="72"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="73"/>
        <source>Stop the search (Esc in the search field)</source>
        <translation>検索を停止 (検索欄で Esc)</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="79"/>
        <source>List the matching lines that belong to no request (registrations, prunes, stderr and cell-log lines)</source>
        <translation>どのリクエストにも属さない一致行を一覧表示します（登録、プルーン、stderr 行、セルログ行）</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="84"/>
        <source>Filter, e.g. status&gt;=500 and class in failures</source>
        <translation>フィルター、例: status&gt;=500 and class in failures</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="91"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="92"/>
        <source>Saved filters: save the current filter under a name, apply or manage saved ones</source>
        <translation>保存済みフィルター: 現在のフィルターに名前を付けて保存し、保存したものを適用・管理します</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="99"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../forms/requestspanel.ui" line="100"/>
        <source>Filter syntax: fields, operators and examples</source>
        <translation>フィルター構文: フィールド、演算子、例</translation>
    </message>
</context>
<context>
    <name>RouteTablePanel</name>
    <message>
        <location filename="../forms/routetablepanel.ui" line="9"/>
        <source>Route table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="20"/>
        <source>&amp;Router:</source>
        <translation>ルーター(&amp;R):</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="26"/>
        <source>Router whose route table is replayed</source>
        <translation>ルートテーブルを再現するルーター</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="33"/>
        <source>&amp;Time (UTC):</source>
        <translation>時刻 (UTC)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="45"/>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;I):</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="51"/>
        <source>Show only routes whose name, or one of whose endpoints&apos; address, instance id or app id, contains this text</source>
        <translation>名前、またはエンドポイントのアドレス、インスタンス ID、アプリ ID のいずれかにこのテキストを含むルートだけを表示します</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="52"/>
        <source>Filter routes, addresses, instance ids…</source>
        <translation>ルート、アドレス、インスタンス ID で絞り込み…</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="62"/>
        <source>Ta&amp;ble</source>
        <translation>テーブル(&amp;B)</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="106"/>
        <location filename="../forms/routetablepanel.ui" line="172"/>
        <location filename="../forms/routetablepanel.ui" line="195"/>
        <source>Double-click an endpoint to filter every view to its backend address</source>
        <translation>エンドポイントをダブルクリックすると、すべてのビューがそのバックエンドアドレスに絞り込まれます</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="130"/>
        <source>Double-click an instance to filter every view to its backend address</source>
        <translation>インスタンスをダブルクリックすると、すべてのビューがそのバックエンドアドレスに絞り込まれます</translation>
    </message>
    <message>
        <location filename="../forms/routetablepanel.ui" line="147"/>
        <source>&amp;Differences</source>
        <translation>差異(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RoutesText</name>
    <message>
        <location filename="../src/cli/routes.cpp" line="134"/>
        <source>No route table of %1 (no dump or registration events).
</source>
        <translation>%1 のルートテーブルはありません (ダンプも登録イベントもありません)。
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="135"/>
        <source>No route-table dumps or registration events in this bundle.
</source>
        <translation>このバンドルにはルートテーブルのダンプも登録イベントもありません。
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="139"/>
        <source>%1 at %2
</source>
        <translation>%1 (%2 時点)
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="144"/>
        <source>  dump captured at %1 (time from: %2)
</source>
        <translation>  ダンプのキャプチャ時刻 %1 (時刻の出所: %2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="148"/>
        <source>  (no routes)
</source>
        <translation>  (ルートなし)
</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="162"/>
        <source>  registered %1</source>
        <translation>  登録 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="165"/>
        <source>certain</source>
        <translation>確実</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="166"/>
        <source>likely</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="167"/>
        <source>  STALE %1 (%2) since %3</source>
        <translation>  古いルート %1 (%2) %3 以降</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="171"/>
        <source>, now %1 instance %2</source>
        <translation>、現在は %1 のインスタンス %2</translation>
    </message>
    <message>
        <location filename="../src/cli/routes.cpp" line="172"/>
        <source>another app</source>
        <translation>別のアプリ</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="109"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>ファイルは有効な JSON ではありません（バイト %2 で %1）。</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="116"/>
        <source>The file is JSON, but not a RouteScope saved-filters file.</source>
        <translation>ファイルは JSON ですが、RouteScope の保存済みフィルターファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="120"/>
        <source>The file was written by a newer RouteScope (version %1).</source>
        <translation>ファイルは新しい RouteScope（バージョン %1）で書かれています。</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="131"/>
        <source>Entry %1 of the file lacks a name or an expression.</source>
        <translation>ファイルの項目 %1 に名前か式がありません。</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="143"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="153"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfilters.cpp" line="157"/>
        <source>%1 is too large for a saved-filters file.</source>
        <translation>%1 は保存済みフィルターファイルとしては大きすぎます。</translation>
    </message>
</context>
<context>
    <name>SavedFiltersDialog</name>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="5"/>
        <source>Saved Filters</source>
        <translation>保存済みフィルター</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="12"/>
        <source>Double-click a name or an expression to edit it. Export writes the list to a small JSON file that Import reads on another machine.</source>
        <translation>名前または式をダブルクリックすると編集できます。エクスポートは一覧を小さな JSON ファイルに書き出し、別のマシンでインポートできます。</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="23"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="24"/>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="31"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="41"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../forms/savedfiltersdialog.ui" line="46"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>SearchResultsText</name>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="29"/>
        <source>gorouter event</source>
        <translation>Gorouter イベント</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="31"/>
        <source>gorouter stderr</source>
        <translation>Gorouter stderr</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="34"/>
        <source>cell log</source>
        <translation>セルログ</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="41"/>
        <source>Shows requests whose raw lines contain this text (case-insensitive): the access-log line, the gorouter events and stderr lines joined to the request, and the error classes of the request and its failed attempts</source>
        <translation>生の行にこのテキストを含むリクエストを表示します (大文字と小文字を区別しません)。対象はアクセスログの行、リクエストに関連付けた Gorouter イベントと stderr 行、およびリクエストとその失敗した試行のエラークラスです</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="68"/>
        <source>“%1” is in %2 access-log lines, %3 gorouter events, %4 stderr lines and %5 cell-log lines; %6 requests have a matching line.</source>
        <translation>「%1」はアクセスログ %2 行、Gorouter イベント %3 件、stderr %4 行、セルログ %5 行にあります。一致する行を持つリクエストは %6 件です。</translation>
    </message>
    <message>
        <location filename="../src/app/requests/searchresults.cpp" line="77"/>
        <source>%1 matching lines belong to no request, for example:</source>
        <translation>一致した行のうち %1 行はどのリクエストにも属しません。例:</translation>
    </message>
</context>
<context>
    <name>SourceAnswerText</name>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="48"/>
        <source>the infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="50"/>
        <source>the platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="52"/>
        <source>the app or the platform</source>
        <translation>アプリまたはプラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="54"/>
        <source>the app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="56"/>
        <source>the client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="65"/>
        <source>infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="67"/>
        <source>platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="69"/>
        <source>app or platform</source>
        <translation>アプリまたはプラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="71"/>
        <source>app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="73"/>
        <source>client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="141"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="143"/>
        <source>Most failures</source>
        <translation>失敗の大半</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="144"/>
        <source>Most %1s</source>
        <translation>%1 の大半</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="146"/>
        <source>%1 came from %2: %3 of %4 (%5)</source>
        <translation>%1 は %2 が原因でした: %4 件中 %3 件（%5）</translation>
    </message>
    <message>
        <location filename="../src/core/report/sourceanswer.cpp" line="150"/>
        <source>; %1</source>
        <translation>、%1</translation>
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
        <translation>private_instance_id %1 が tags.process_instance_id %2 と異なります: 登録に 2 つのインスタンスが混在しています</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="184"/>
        <source>%1 now belongs to instance %2 (index %3 of %4): requests for this route reach another instance</source>
        <translation>%1 は現在インスタンス %2 (%4 個中インデックス %3) のものです: このルートへのリクエストは別のインスタンスに届きます</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="197"/>
        <source>instance %1 runs on %2 with host ports %3, not on %4</source>
        <translation>インスタンス %1 は %4 ではなく %2 (ホストポート %3) で稼働しています</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="203"/>
        <source>instance %1 is %2 in the LRPs, not running</source>
        <translation>インスタンス %1 は LRP 上で %2 で、running ではありません</translation>
    </message>
    <message>
        <location filename="../src/core/diagnosis/staleroutes.cpp" line="205"/>
        <source>instance %1 is in no LRP; the LRP dump may be partial, so this is likely but not certain</source>
        <translation>インスタンス %1 はどの LRP にもありません。LRP ダンプが不完全な可能性があるため、可能性は高いものの確実ではありません</translation>
    </message>
</context>
<context>
    <name>SummaryChartText</name>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="106"/>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="148"/>
        <source>Failed requests</source>
        <translation>失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="188"/>
        <location filename="../src/app/charts/summarycharts.cpp" line="197"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/charts/summarycharts.cpp" line="194"/>
        <source>Response time</source>
        <translation>応答時間</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <location filename="../src/cli/summary.cpp" line="34"/>
        <source>%1 MB/s, %2 k lines/s</source>
        <translation>%1 MB/秒、%2 千行/秒</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="143"/>
        <source>RouteScope summary of %1
</source>
        <translation>%1 の RouteScope 概要
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="148"/>
        <source>Time span     %1 … %2
</source>
        <translation>期間          %1 … %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="150"/>
        <source>Requests      %1 on %2 router(s)
</source>
        <translation>リクエスト    %2 台のルーターで %1 件
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="157"/>
        <source>Events        %1 gorouter events, %2 stderr lines, %3 container events, %4 other component lines
</source>
        <translation>イベント      Gorouter イベント %1 件、stderr 行 %2 行、コンテナイベント %3 件、他コンポーネントの行 %4 行
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="164"/>
        <source>Load balancer %1 requests: %2 joined by id, %3 by time, %4 ambiguous; %5 failed without reaching Gorouter, %6 with another status than Gorouter&apos;s
</source>
        <translation>ロードバランサー %1 リクエスト: ID で結合 %2、時刻で結合 %3、曖昧 %4。Gorouter に届かずに失敗 %5、Gorouter と異なるステータス %6
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="173"/>
        <source>App logs      %1 lines (%2 errors): %3 joined by request id, %4 near in time, %5 ambiguous
</source>
        <translation>アプリログ    %1 行（エラー %2）: リクエスト ID で結合 %3、時刻が近い %4、曖昧 %5
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="187"/>
        <source>Snapshots     %1 route-table dump(s) with %2 endpoints, %3 LRP capture(s) with %4 LRPs
</source>
        <translation>スナップショット ルートテーブルダンプ %1 件 (エンドポイント %2 個)、LRP キャプチャ %3 件 (LRP %4 個)
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="197"/>
        <source>Status        </source>
        <translation>ステータス    </translation>
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
        <translation>結論          %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="210"/>
        <source>Router errors (x_cf_routererror)
</source>
        <translation>ルーターエラー (x_cf_routererror)
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="217"/>
        <source>Error classes
</source>
        <translation>エラークラス
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="219"/>
        <source>
Files: %1 read, %2 ignored
</source>
        <translation>
ファイル: 読み込み %1、無視 %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="221"/>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="222"/>
        <source>ROUTER/CELL</source>
        <translation>ルーター/セル</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="223"/>
        <source>LINES</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="224"/>
        <source>RECORDS</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="225"/>
        <source>SKIPPED</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="226"/>
        <source>PATH</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="242"/>
        <source>
Skipped lines
</source>
        <translation>
スキップした行
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="244"/>
        <source>  %1: %2 line(s): %3
</source>
        <translation>  %1: %2 行: %3
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="249"/>
        <source>      line %1: %2
</source>
        <translation>      %1 行目: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="257"/>
        <source>
Lines of other programs in captures (not records, not problems)
</source>
        <translation>
キャプチャ内の他プログラムの行 (レコードでも問題でもありません)
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="259"/>
        <source>  %1: %2 line(s), e.g. line %3: %4
</source>
        <translation>  %1: %2 行、例: %3 行目: %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="266"/>
        <source>
Bundle problems
</source>
        <translation>
バンドルの問題
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="274"/>
        <source>
Ignored files
</source>
        <translation>
無視したファイル
</translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="280"/>
        <source>
Imported %1 MB of text (%2 lines) in %3 s: %4
</source>
        <translation>
テキスト %1 MB (%2 行) を %3 秒でインポート: %4
</translation>
    </message>
</context>
<context>
    <name>TimelinePlotText</name>
    <message>
        <location filename="../src/app/charts/timelineplot.cpp" line="68"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineplot.cpp" line="76"/>
        <source>Time (UTC), %1</source>
        <translation>時刻 (UTC)、%1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineplot.cpp" line="62"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
</context>
<context>
    <name>TimelineToolTipText</name>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="56"/>
        <source>Route-table events: %1</source>
        <translation>ルートテーブルのイベント: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="84"/>
        <source>%1 – %2 UTC (%3)</source>
        <translation>%1 – %2 UTC (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="87"/>
        <source>Requests: %1</source>
        <translation>リクエスト: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelinetooltip.cpp" line="105"/>
        <source>Failures: %1</source>
        <translation>失敗: %1</translation>
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
        <translation>各棒は 1 つの区間に開始したリクエストを数えます。区間の幅はズームに応じて変わります。</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="30"/>
        <source>Wheel: zoom · drag: pan · Shift+drag: filter to a time range · click: set the time cursor</source>
        <translation>ホイール: ズーム · ドラッグ: 移動 · Shift+ドラッグ: 時間範囲で絞り込み · クリック: 時刻カーソルを設定</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="40"/>
        <source>&amp;Legend</source>
        <translation>凡例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="43"/>
        <source>Show the names of the status classes, error classes and route-table events under the plot.</source>
        <translation>ステータスクラス、エラークラス、ルートテーブルイベントの名前をグラフの下に表示します。</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="49"/>
        <source>Group by</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="51"/>
        <source>By class</source>
        <translation>クラス別</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="52"/>
        <source>Per router</source>
        <translation>ルーター別</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="53"/>
        <source>By source</source>
        <translation>ソース別</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="58"/>
        <source>Lo&amp;g scale</source>
        <translation>対数(&amp;G)</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="60"/>
        <source>Count on a logarithmic scale: small numbers of failures stay visible beside the traffic.</source>
        <translation>件数を対数目盛で表示します。少数の失敗もトラフィックの横で見えるままになります。</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="66"/>
        <source>&amp;Fit</source>
        <translation>全体(&amp;F)</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="68"/>
        <source>Show the whole time range of the current filter (Home).</source>
        <translation>現在のフィルターの時間範囲全体を表示します (Home)。</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="74"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="76"/>
        <source>Save the timeline as it is shown (PNG, SVG, PDF, CSV) or copy it.</source>
        <translation>タイムラインを表示どおりに保存 (PNG、SVG、PDF、CSV) またはコピーします。</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="88"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="90"/>
        <source>Requests per time bucket by status class, failures per error class and route-table events. Left and Right pan, plus and minus zoom, Home shows the filter&apos;s range, Shift+Left and Shift+Right move the time cursor.</source>
        <translation>ステータスクラス別の時間区間ごとのリクエスト、エラークラス別の失敗、ルートテーブルのイベント。左右キーで移動、プラスとマイナスでズーム、Home でフィルターの範囲を表示、Shift+左と Shift+右で時刻カーソルを移動します。</translation>
    </message>
    <message>
        <location filename="../forms/timelineview.ui" line="96"/>
        <source>No requests match the filter</source>
        <translation>フィルターに一致するリクエストはありません</translation>
    </message>
</context>
<context>
    <name>UnjoinedHitsDialog</name>
    <message>
        <location filename="../forms/unjoinedhitsdialog.ui" line="5"/>
        <source>Matching Lines Without a Request</source>
        <translation>リクエストのない一致行</translation>
    </message>
    <message>
        <location filename="../forms/unjoinedhitsdialog.ui" line="21"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../forms/unjoinedhitsdialog.ui" line="22"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="110"/>
        <source>Incident viewer for Gorouter failures</source>
        <translation>Gorouter 障害のインシデントビューアー</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="114"/>
        <source>Bundle, folder or log files to open</source>
        <translation>開くバンドル、フォルダー、またはログファイル</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="116"/>
        <source>Open the embedded sample incident</source>
        <translation>埋め込みのサンプルインシデントを開きます</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="120"/>
        <source>Save a PNG of the window once the incident is shown, then quit</source>
        <translation>インシデントが表示されたらウィンドウの PNG を保存して終了します</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="125"/>
        <source>Window size of --screenshot, e.g. 1920x1080 (default 1366x768)</source>
        <translation>--screenshot のウィンドウサイズ、例: 1920x1080 (既定 1366x768)</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="130"/>
        <source>Show the window in this language (de, ja or en) without saving it</source>
        <translation>この言語 (de、ja、en) でウィンドウを表示します (設定には保存しません)</translation>
    </message>
</context>
<context>
    <name>rs::AboutBox</name>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="32"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="34"/>
        <source>Copy the version and library lines for a bug report</source>
        <translation>バグ報告用にバージョンとライブラリの行をコピー</translation>
    </message>
</context>
<context>
    <name>rs::AttemptsModel</name>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="14"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="16"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="26"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="58"/>
        <source>time (uncertain)</source>
        <translation>時刻（不確実）</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="58"/>
        <source>request id</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="112"/>
        <source>Whether Gorouter may retry this failure on another endpoint</source>
        <translation>Gorouter がこの失敗を別のエンドポイントで再試行できるかどうか</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="114"/>
        <source>How the event was found to belong to this request: by its request id, or (events without one) by router, backend and time, which may be wrong</source>
        <translation>イベントをこのリクエストに結び付けた方法：リクエスト ID による、または（ID のないイベントでは）ルーター、バックエンド、時刻による（誤っている可能性があります）</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="117"/>
        <source>Whether the attempt used a kept-alive connection (keep-alive races fail on these)</source>
        <translation>試行がキープアライブで維持された接続を使ったかどうか (キープアライブ競合はこの接続で失敗します)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="122"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="124"/>
        <source>Joined by</source>
        <translation>結合方法</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="126"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="128"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="130"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="132"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="134"/>
        <source>Retriable</source>
        <translation>再試行可</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="136"/>
        <source>Conn. reused</source>
        <translation>接続再利用</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="138"/>
        <source>Got conn.</source>
        <translation>接続取得</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="140"/>
        <source>Wrote headers</source>
        <translation>ヘッダー書込</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="142"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../src/app/detail/attemptsmodel.cpp" line="144"/>
        <source>Dial</source>
        <translation>接続</translation>
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
        <translation>(バックエンドなし)</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="230"/>
        <source>(no instance)</source>
        <translation>(インスタンスなし)</translation>
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
            <numerusform>失敗した試行 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="274"/>
        <source>%1 without a backend (not drawn)</source>
        <translation>バックエンドなし %1 件 (描画なし)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/charts/backendsview.cpp" line="276"/>
        <source>%n more not shown</source>
        <translation>
            <numerusform>ほか %n 件は非表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="281"/>
        <source>Only requests that reached no backend failed (%1).</source>
        <translation>失敗したのはバックエンドに到達しなかったリクエストだけです (%1)。</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="282"/>
        <location filename="../src/app/charts/backendsview.cpp" line="347"/>
        <source>No failures in the current filter</source>
        <translation>現在のフィルターに失敗はありません</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="295"/>
        <source>Failed requests</source>
        <translation>失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="295"/>
        <source>Failed attempts</source>
        <translation>失敗した試行</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="340"/>
        <source>p50 %1 s · p90 %2 s · p99 %3 s</source>
        <translation>p50 %1 秒 · p90 %2 秒 · p99 %3 秒</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="348"/>
        <source>No response times in the current filter</source>
        <translation>現在のフィルターに応答時間はありません</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="421"/>
        <source>App: %1</source>
        <translation>アプリ: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="423"/>
        <source>Backend: %1</source>
        <translation>バックエンド: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="423"/>
        <source>Instance: %1</source>
        <translation>インスタンス: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/charts/backendsview.cpp" line="272"/>
        <location filename="../src/app/charts/backendsview.cpp" line="334"/>
        <source>%n failed requests</source>
        <translation>
            <numerusform>失敗リクエスト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="424"/>
        <source>Failed requests: %1</source>
        <translation>失敗リクエスト: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="424"/>
        <source>Failed attempts: %1</source>
        <translation>失敗した試行: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="430"/>
        <source>Click to show only the requests to this backend.</source>
        <translation>クリックすると、このバックエンドへのリクエストだけを表示します。</translation>
    </message>
    <message>
        <location filename="../src/app/charts/backendsview.cpp" line="431"/>
        <source>Click to show only the requests to this instance.</source>
        <translation>クリックすると、このインスタンスへのリクエストだけを表示します。</translation>
    </message>
</context>
<context>
    <name>rs::CaseController</name>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="59"/>
        <source>Could not open the case %1.</source>
        <translation>ケース %1 を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="60"/>
        <source>Open Case</source>
        <translation>ケースを開く</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="61"/>
        <source>%1 cannot be opened as a RouteScope case: %2</source>
        <translation>%1 は RouteScope のケースとして開けません: %2</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="104"/>
        <source>%1 (case)</source>
        <translation>%1 (ケース)</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="104"/>
        <source>%1 (case %2)</source>
        <translation>%1 (ケース %2)</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="123"/>
        <source>Opened from the saved case %1 (saved %2): %3 requests</source>
        <translation>保存されたケース %1 から開きました（保存日時 %2）: %3 件のリクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="126"/>
        <source> — its bundle is not here: raw lines need File → Locate Bundle…</source>
        <translation> — バンドルがここにありません: 生の行には ファイル → バンドルを探す… が必要です</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="161"/>
        <source>incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="194"/>
        <location filename="../src/app/casecontroller.cpp" line="226"/>
        <source>Save Case</source>
        <translation>ケースを保存</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="194"/>
        <source>RouteScope cases (*.rscase)</source>
        <translation>RouteScope ケース (*.rscase)</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="224"/>
        <source>Case saved to %1</source>
        <translation>ケースを %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="227"/>
        <source>The case could not be saved to %1: %2</source>
        <translation>ケースを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="261"/>
        <location filename="../src/app/casecontroller.cpp" line="269"/>
        <location filename="../src/app/casecontroller.cpp" line="271"/>
        <location filename="../src/app/casecontroller.cpp" line="317"/>
        <location filename="../src/app/casecontroller.cpp" line="346"/>
        <source>Locate Bundle</source>
        <translation>バンドルを探す</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="262"/>
        <source>Choose the bundle files, or the folder that holds them.</source>
        <translation>バンドルのファイル、またはそれを含むフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="264"/>
        <source>Choose Files…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="265"/>
        <source>Choose Folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="318"/>
        <source>The case could not be read again: %1</source>
        <translation>ケースを再度読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/casecontroller.cpp" line="336"/>
        <source>Found %1 at %2 (%n files).</source>
        <translation>
            <numerusform>%1 を %2 で見つけました（%n 個のファイル）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="339"/>
        <source>Not found: %1 (%2).</source>
        <translation>見つかりません: %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/casecontroller.cpp" line="341"/>
        <source>Refused %1 for %2: %3 (%n files taken).</source>
        <translation>
            <numerusform>%2 として %1 を拒否しました: %3（%n 個のファイルを採用）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="347"/>
        <source>The bundle was found; raw lines are read from it now.</source>
        <translation>バンドルが見つかりました。生の行はこれから読み込まれます。</translation>
    </message>
    <message>
        <location filename="../src/app/casecontroller.cpp" line="348"/>
        <source>%1 of %2 inputs were found.</source>
        <translation>%2 個の入力のうち %1 個が見つかりました。</translation>
    </message>
</context>
<context>
    <name>rs::ChartActions</name>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="57"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="59"/>
        <source>Backends</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="61"/>
        <source>Error Classes</source>
        <translation>エラークラス</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="63"/>
        <source>Response Times</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="149"/>
        <source>No incident is open.</source>
        <translation>インシデントが開かれていません。</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="206"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="84"/>
        <source>Save as &amp;PNG…</source>
        <translation>PNG として保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="87"/>
        <source>Save as &amp;SVG…</source>
        <translation>SVG として保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="90"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDF として保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="93"/>
        <source>Save as &amp;CSV…</source>
        <translation>CSV として保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="97"/>
        <source>Copy as &amp;Image</source>
        <translation>画像としてコピー(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="98"/>
        <source>Copy as C&amp;SV</source>
        <translation>CSV としてコピー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="209"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG ベクター画像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="212"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="215"/>
        <source>CSV data (*.csv)</source>
        <translation>CSV データ (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="218"/>
        <source>Save %1 chart</source>
        <translation>%1 グラフの保存</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="227"/>
        <source>Save chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="249"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../src/app/export/chartactions.cpp" line="255"/>
        <source>Click to open the folder</source>
        <translation>クリックするとフォルダーを開きます</translation>
    </message>
</context>
<context>
    <name>rs::ChartColors</name>
    <message>
        <location filename="../src/app/charts/chartcolors.cpp" line="44"/>
        <source>No status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <location filename="../src/app/charts/chartcolors.cpp" line="125"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>rs::ChartLegend</name>
    <message numerus="yes">
        <location filename="../src/app/charts/chartlegend.cpp" line="95"/>
        <source>+%n more</source>
        <comment>legend entry</comment>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::CrashOffer</name>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="26"/>
        <source>RouteScope Quit Unexpectedly</source>
        <translation>RouteScope が予期せず終了しました</translation>
    </message>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="29"/>
        <source>RouteScope crashed when it last ran. A report with its version and backtrace was saved in
%1
Nothing has been sent anywhere; attach the report to a bug report if you like.</source>
        <translation>前回の実行中に RouteScope がクラッシュしました。バージョンとバックトレースを含むレポートを次の場所に保存しました:
%1
どこにも送信されていません。必要ならバグ報告にレポートを添付してください。</translation>
    </message>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="38"/>
        <source>Show Folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <location filename="../src/app/crashoffer.cpp" line="43"/>
        <source>Copy Report</source>
        <translation>レポートをコピー</translation>
    </message>
</context>
<context>
    <name>rs::ExportReportDialog</name>
    <message>
        <location filename="../src/app/export/exportreportdialog.cpp" line="89"/>
        <source>Save incident report</source>
        <translation>インシデントレポートの保存</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportreportdialog.cpp" line="90"/>
        <source>PDF document (*.pdf);;Web page, self-contained (*.html)</source>
        <translation>PDF ドキュメント (*.pdf);;Web ページ、単一ファイル (*.html)</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportreportdialog.cpp" line="99"/>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
</context>
<context>
    <name>rs::FilterChipsBar</name>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="20"/>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="34"/>
        <source>No filter: showing every request</source>
        <translation>フィルターなし: すべてのリクエストを表示中</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="30"/>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="33"/>
        <source>Filter:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="98"/>
        <source>Remove this part of the filter</source>
        <translation>フィルターのこの部分を削除します</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="106"/>
        <source>Edit in the Filter Field</source>
        <translation>フィルター欄で編集</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="111"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterchipsbar.cpp" line="116"/>
        <source>Remove this part of the filter; the arrow edits it as %1</source>
        <translation>フィルターのこの部分を削除します。矢印で %1 として編集できます</translation>
    </message>
</context>
<context>
    <name>rs::FilterLineEdit</name>
    <message>
        <location filename="../src/app/filter/filterlineedit.cpp" line="171"/>
        <source>No request of this incident matches this filter.</source>
        <translation>このインシデントにこのフィルターに一致するリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterlineedit.cpp" line="186"/>
        <source>Ctrl+L comes here. Enter applies, Escape goes back to the applied filter, Up/Down show earlier filters, Ctrl+Space completes.</source>
        <translation>Ctrl+L でここに移動します。Enter で適用、Escape で適用中のフィルターに戻り、上下キーで以前のフィルター、Ctrl+Space で補完します。</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterlineedit.cpp" line="354"/>
        <source>(%1 requests)</source>
        <translation>（%1 リクエスト）</translation>
    </message>
</context>
<context>
    <name>rs::FilterStack</name>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="33"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="35"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="37"/>
        <source>&amp;Reset Filter</source>
        <translation>フィルターをリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="34"/>
        <source>Back to the previous filter (Alt+Left)</source>
        <translation>前のフィルターに戻ります (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="36"/>
        <source>Forward to the next filter (Alt+Right)</source>
        <translation>次のフィルターに進みます (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/filterstack.cpp" line="38"/>
        <source>Show everything again (Ctrl+Shift+R)</source>
        <translation>すべてを再表示します (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>rs::FindingsPanel</name>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="34"/>
        <source>Failed for clients</source>
        <translation>クライアントに対して失敗</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="36"/>
        <source>Failed attempts a retry hid</source>
        <translation>再試行で隠れた失敗した試行</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="38"/>
        <source>Other findings</source>
        <translation>その他の検出事項</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="46"/>
        <source>Route-table endpoints</source>
        <translation>ルートテーブルのエンドポイント</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="48"/>
        <source>Load-balancer requests that no router logged: selecting it shows no request rows</source>
        <translation>どのルーターにも記録されていないロードバランサーのリクエスト: 選択してもリクエスト行は表示されません</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="50"/>
        <source>Requests selecting it shows: %L1 failed for clients, %L2 recovered after a failed attempt, %L3 others</source>
        <translation>選択すると表示されるリクエスト: クライアントに対して失敗 %L1 件、失敗した試行の後に回復 %L2 件、その他 %L3 件</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="57"/>
        <source>Only the first %L1 are selected.</source>
        <translation>選択されるのは最初の %L1 件だけです。</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="248"/>
        <source>No findings: nothing in this bundle looks like a routing problem</source>
        <translation>検出事項なし: このバンドルにはルーティングの問題らしきものがありません</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="276"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="393"/>
        <source>From %1 to %2 (UTC).</source>
        <translation>%1 から %2 まで (UTC)。</translation>
    </message>
    <message>
        <location filename="../src/app/findings/findingspanel.cpp" line="414"/>
        <source>Selecting this finding filters no request rows: no router logged these requests. The load balancer&apos;s own lines (%L1 of %L2):</source>
        <translation>この検出結果を選んでもリクエスト行は絞り込まれません: どのルーターもこれらのリクエストを記録していません。ロードバランサー自身の行（%L2 行中 %L1 行）:</translation>
    </message>
</context>
<context>
    <name>rs::FlappingModel</name>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="72"/>
        <source>Router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="74"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="76"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="78"/>
        <source>Prunes</source>
        <translation>prune 回数</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="80"/>
        <source>Registrations</source>
        <translation>登録回数</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="82"/>
        <source>First (UTC)</source>
        <translation>最初 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/flappingmodel.cpp" line="84"/>
        <source>Last (UTC)</source>
        <translation>最後 (UTC)</translation>
    </message>
</context>
<context>
    <name>rs::JoinedEventsModel</name>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="37"/>
        <source>attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="70"/>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="72"/>
        <source>Router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="74"/>
        <source>Joined as</source>
        <translation>関連付け方法</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="76"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="78"/>
        <source>Endpoint / peer</source>
        <translation>エンドポイント / 相手先</translation>
    </message>
    <message>
        <location filename="../src/app/detail/joinedeventsmodel.cpp" line="80"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>rs::KeyValueModel</name>
    <message>
        <location filename="../src/app/detail/keyvaluemodel.cpp" line="54"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../src/app/detail/keyvaluemodel.cpp" line="56"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>rs::KeyboardNavigation</name>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="121"/>
        <source>Focus the &amp;Filter Field</source>
        <translation>フィルター欄にフォーカス(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="125"/>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="127"/>
        <source>&amp;Requests</source>
        <translation>リクエスト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="127"/>
        <source>F&amp;indings</source>
        <translation>検出事項(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="128"/>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="128"/>
        <source>&amp;Backends</source>
        <translation>バックエンド(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="129"/>
        <source>Route &amp;Table</source>
        <translation>ルートテーブル(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="129"/>
        <source>Request &amp;Detail</source>
        <translation>リクエスト詳細(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="136"/>
        <source>&amp;Next Panel</source>
        <translation>次のパネル(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="138"/>
        <source>&amp;Previous Panel</source>
        <translation>前のパネル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="142"/>
        <source>Next F&amp;ailed Request</source>
        <translation>次の失敗リクエスト(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="145"/>
        <source>Previous Fa&amp;iled Request</source>
        <translation>前の失敗リクエスト(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="148"/>
        <source>Next Fi&amp;nding</source>
        <translation>次の検出事項(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="150"/>
        <source>Previous Findin&amp;g</source>
        <translation>前の検出事項(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="154"/>
        <source>Go to &amp;Time…</source>
        <translation>時刻へ移動(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="157"/>
        <source>Filter to a Time &amp;Range…</source>
        <translation>時間範囲で絞り込み(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="246"/>
        <source>No failed request after this one</source>
        <translation>これより後に失敗リクエストはありません</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="247"/>
        <source>No failed request before this one</source>
        <translation>これより前に失敗リクエストはありません</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="255"/>
        <source>No finding after this one</source>
        <translation>これより後に検出事項はありません</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="255"/>
        <source>No finding before this one</source>
        <translation>これより前に検出事項はありません</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="284"/>
        <source>No request of the filter starts at or after %1</source>
        <translation>フィルター内に %1 以降に開始するリクエストはありません</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="299"/>
        <source>Go to Time</source>
        <translation>時刻へ移動</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="300"/>
        <source>Time (UTC): 09:08:00.250, 2026-10-14T09:08:00Z, an access-log timestamp or epoch seconds</source>
        <translation>時刻 (UTC): 09:08:00.250、2026-10-14T09:08:00Z、アクセスログのタイムスタンプ、またはエポック秒</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="310"/>
        <source>“%1” is no time RouteScope reads. Try 09:08:00.250 or 2026-10-14T09:08:00Z.</source>
        <translation>「%1」は RouteScope が読める時刻ではありません。09:08:00.250 や 2026-10-14T09:08:00Z を試してください。</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="322"/>
        <source>Filter to a Time Range</source>
        <translation>時間範囲で絞り込み</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="337"/>
        <source>From (UTC):</source>
        <translation>開始 (UTC):</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="338"/>
        <source>To (UTC, excluded):</source>
        <translation>終了 (UTC、含まない):</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="354"/>
        <source>Enter two times, the first before the second, e.g. 09:08:00 and 09:10:00.</source>
        <translation>1 つ目が 2 つ目より前になるように 2 つの時刻を入力してください (例: 09:08:00 と 09:10:00)。</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="388"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="391"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="391"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../src/app/keyboardnav.cpp" line="401"/>
        <source>In tables the arrow keys move, Tab leaves for the next panel. In the timeline: Left/Right pan, +/− zoom, Shift+Left/Right move the time cursor, Home fits.</source>
        <translation>表では矢印キーで移動し、Tab で次のパネルに移ります。タイムラインでは、左右キーで移動、+/− でズーム、Shift+左/右で時刻カーソルを移動、Home で全体表示します。</translation>
    </message>
</context>
<context>
    <name>rs::LegendStrip</name>
    <message>
        <location filename="../src/app/charts/legendstrip.cpp" line="23"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/charts/legendstrip.cpp" line="67"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
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
        <translation>%1 (退避中)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="162"/>
        <source>Process guid</source>
        <translation>プロセス GUID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="164"/>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="166"/>
        <source>Instance guid</source>
        <translation>インスタンス GUID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="168"/>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="170"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="172"/>
        <source>Instance address</source>
        <translation>インスタンスアドレス</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="174"/>
        <source>Ports (container→host)</source>
        <translation>ポート (コンテナ→ホスト)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="176"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="178"/>
        <source>Since (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="180"/>
        <source>Crashes</source>
        <translation>クラッシュ回数</translation>
    </message>
    <message>
        <location filename="../src/app/routes/lrptablemodel.cpp" line="182"/>
        <source>Crash reason</source>
        <translation>クラッシュ理由</translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="204"/>
        <source>Open bundle or logs</source>
        <translation>バンドルまたはログを開く</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="211"/>
        <source>Open folder of logs</source>
        <translation>ログのフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="19"/>
        <source>About RouteScope</source>
        <translation>RouteScope について</translation>
    </message>
    <message>
        <location filename="../src/app/aboutbox.cpp" line="21"/>
        <source>RouteScope %1
Incident viewer for Cloud Foundry Gorouter failures.</source>
        <translation>RouteScope %1
Cloud Foundry Gorouter 障害のインシデントビューアー。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="96"/>
        <source>Import cancelled; the previous incident is still shown.</source>
        <translation>インポートを中止しました。前のインシデントを引き続き表示しています。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="98"/>
        <source>Import cancelled.</source>
        <translation>インポートを中止しました。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="237"/>
        <source>Loaded %1 requests from ClickHouse database %2 on %3, %4 – %5 UTC</source>
        <translation>%3 の ClickHouse データベース %2 から %1 件のリクエストを読み込みました (%4 – %5 UTC)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="600"/>
        <source>%n inputs</source>
        <translation>
            <numerusform>%n 個の入力</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="372"/>
        <source>Sample incident</source>
        <translation>サンプルインシデント</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="373"/>
        <source>The embedded sample incident is missing from this build.</source>
        <translation>このビルドには埋め込みのサンプルインシデントがありません。</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="600"/>
        <source>sample incident</source>
        <translation>サンプルインシデント</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="390"/>
        <source>Importing %1…</source>
        <translation>%1 をインポート中…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="205"/>
        <source>Bundles, logs and cases (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.rscase);;All files (*)</source>
        <translation>バンドル、ログ、ケース (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.rscase);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="400"/>
        <source>Importing %1… %2 files, %3 MB/s</source>
        <translation>%1 をインポート中… %2 ファイル、%3 MB/秒</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="458"/>
        <source>no timestamps</source>
        <translation>タイムスタンプなし</translation>
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
        <translation>リクエスト %1 件、Gorouter イベント %2 件、ルートテーブルダンプ %3 件、LRP キャプチャ %4 件、検出事項 %5 件 — %6</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="420"/>
        <source>Imported %1 files (%2 MB) in %3 s; %4 lines skipped, %5 problems — see the import report</source>
        <translation>%1 ファイル (%2 MB) を %3 秒でインポートしました。スキップした行 %4 行、問題 %5 件 — インポートレポートを参照してください</translation>
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
        <translation>データベースに書き込まれたリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="76"/>
        <source>The pushed requests span %1 … %2 (UTC).</source>
        <translation>書き込まれたリクエストの範囲は %1 … %2 (UTC) です。</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="97"/>
        <source>Cancelled.</source>
        <translation>取り消しました。</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="138"/>
        <source>CA certificates for ClickHouse</source>
        <translation>ClickHouse の CA 証明書</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="140"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="208"/>
        <source>No keyring service is available (%1): the password is kept only until RouteScope quits.</source>
        <translation>キーリングサービスを利用できません (%1): パスワードは RouteScope を終了するまでだけ保持されます。</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="226"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="240"/>
        <source>The range must end after it starts.</source>
        <translation>期間の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="247"/>
        <source>The filter does not parse at %1: %2</source>
        <translation>フィルターを %1 文字目で解析できません: %2</translation>
    </message>
    <message>
        <location filename="../src/app/clickhouse/openclickhousedialog.cpp" line="263"/>
        <source>Drilling the range into a local incident…</source>
        <translation>期間をローカルのインシデントに取り込み中…</translation>
    </message>
</context>
<context>
    <name>rs::RequestDetailPanel</name>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="78"/>
        <source>Copy raw lines</source>
        <translation>生の行をコピー</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="80"/>
        <source>Filter to host</source>
        <translation>ホストで絞り込み</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="82"/>
        <source>Filter to backend</source>
        <translation>バックエンドで絞り込み</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="79"/>
        <source>Copy every raw line of this request, with its file and offset (Ctrl+Shift+C)</source>
        <translation>このリクエストの生の行をすべて、ファイルとオフセット付きでコピーします (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="81"/>
        <source>Show only requests to this request&apos;s host in every view</source>
        <translation>すべてのビューで、このリクエストのホストへのリクエストだけを表示します</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="83"/>
        <source>Show only requests to this request&apos;s backend in every view</source>
        <translation>すべてのビューで、このリクエストのバックエンドへのリクエストだけを表示します</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="113"/>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="144"/>
        <source>%1 (%2) — likely source: %3</source>
        <translation>%1 (%2) — 想定される原因: %3</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="149"/>
        <source>Evidence: none</source>
        <translation>根拠: なし</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="150"/>
        <source>Evidence: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="158"/>
        <source>x_cf_routererror “%1”: %2</source>
        <translation>x_cf_routererror「%1」: %2</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="183"/>
        <source>No failed attempt was joined to this request.</source>
        <translation>このリクエストに関連付けられた失敗試行はありません。</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="188"/>
        <source>No router event or stderr line was joined to this request.</source>
        <translation>このリクエストに関連付けられたルーターイベントや stderr 行はありません。</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="197"/>
        <source>Attempts (%1)</source>
        <translation>試行 (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="199"/>
        <source>Events (%1)</source>
        <translation>イベント (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="212"/>
        <source># %1 · offset %2 · %3</source>
        <translation># %1 · オフセット %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="220"/>
        <source> — needs the bundle (%1); use File → Locate Bundle… to reattach it</source>
        <translation> — バンドルが必要です（%1）。ファイル → バンドルを探す… で再接続してください</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="223"/>
        <source> — cannot be read again (%1); open the bundle again to see it</source>
        <translation> — 再読み込みできません（%1）。表示するにはバンドルを開き直してください</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="226"/>
        <source> — a line of %1 bytes, the first %2 shown</source>
        <translation> — %1 バイトの行、先頭 %2 バイトを表示</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="237"/>
        <source>Raw lines (%1)</source>
        <translation>生の行 (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="246"/>
        <source>No app logs were imported. Add the output of `cf logs APP --recent` (or a syslog drain&apos;s file) to see what the app said about this request.</source>
        <translation>アプリログは取り込まれていません。このリクエストについてアプリが出力した内容を見るには、`cf logs APP --recent` の出力（または syslog ドレインのファイル）を追加してください。</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="250"/>
        <source>The app logged nothing that could be tied to this request (no line with its request id, and no line of instance %1 while only this request was in flight).</source>
        <translation>このリクエストに結び付けられるアプリのログはありません（そのリクエスト ID を含む行も、このリクエストだけが処理中だった間のインスタンス %1 の行もありません）。</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="255"/>
        <source>(no time)</source>
        <translation>（時刻なし）</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="256"/>
        <source>instance ?</source>
        <translation>インスタンス ?</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="256"/>
        <source>instance %1</source>
        <translation>インスタンス %1</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="257"/>
        <source>request id</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="257"/>
        <source>near in time</source>
        <translation>時刻が近い</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="258"/>
        <source>%1 · %2 · %3 · %4 — %5</source>
        <translation>%1 · %2 · %3 · %4 — %5</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="263"/>
        <source>App (%1)</source>
        <translation>アプリ (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/detail/requestdetailpanel.cpp" line="265"/>
        <source>What the app itself logged for this request: lines with its request id (exact), or of the same instance while only this request was in flight (near in time, not proven)</source>
        <translation>このリクエストについてアプリ自身が記録した内容: リクエスト ID を含む行（確実）、またはこのリクエストだけが処理中だった間の同じインスタンスの行（時刻が近い、未証明）</translation>
    </message>
</context>
<context>
    <name>rs::RequestTableModel</name>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="336"/>
        <source>Start (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="338"/>
        <source>Router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="342"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="340"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="248"/>
        <source>No load-balancer line was joined to this request</source>
        <translation>このリクエストに結合されたロードバランサーの行はありません</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="251"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="253"/>
        <source>no response (-)</source>
        <translation>応答なし (-)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="254"/>
        <source>Load balancer (%1) sent the client %2; its target %3 answered %4</source>
        <translation>ロードバランサー（%1）はクライアントに %2 を返し、ターゲット %3 は %4 を返しました</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="258"/>
        <source>Termination: %1</source>
        <translation>終了理由: %1</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="317"/>
        <source>Why the request failed (or that it did not), as RouteScope classifies it</source>
        <translation>RouteScope の分類による、リクエストが失敗した理由 (または失敗していないこと)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="319"/>
        <source>Who most likely has to act: client, app or platform</source>
        <translation>対処が必要な可能性が最も高いのは誰か: クライアント、アプリ、プラットフォーム</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="321"/>
        <source>Failed attempts at backends before the final response</source>
        <translation>最終応答までのバックエンドへの失敗した試行</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="323"/>
        <source>The load balancer&apos;s status for this request and the status it got from its target (a router), as LB/target; “-” for none; empty when no load-balancer line was joined</source>
        <translation>このリクエストに対するロードバランサーのステータスと、ターゲット（ルーター）から受け取ったステータス（LB/ターゲット）。なしは「-」、ロードバランサーの行が結合されていなければ空欄</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="326"/>
        <source>The backends whose attempts failed before the final response (the final one is under Backend)</source>
        <translation>最終応答の前に試行が失敗したバックエンド（最終のものは「バックエンド」列）</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="336"/>
        <source>Start, %1 UTC</source>
        <translation>開始、%1 UTC</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="344"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="346"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="348"/>
        <source>LB status</source>
        <translation>LB ステータス</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="350"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="352"/>
        <source>Source</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="354"/>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="356"/>
        <source>Failed attempts</source>
        <translation>失敗した試行</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="358"/>
        <source>Backends tried</source>
        <translation>試行したバックエンド</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="360"/>
        <source>Response (s)</source>
        <translation>応答 (秒)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requesttablemodel.cpp" line="362"/>
        <source>Router error</source>
        <translation>ルーターエラー</translation>
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
        <translation>フィルター構文(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="329"/>
        <source>%1 without a request…</source>
        <translation>リクエストなし %1 行…</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="373"/>
        <source>Filter expression: %1</source>
        <translation>フィルター式: %1</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="378"/>
        <source>Filter expression: valid, but no request of this incident matches it.</source>
        <translation>フィルター式: 有効ですが、このインシデントに一致するリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="409"/>
        <source>Save Current Filter…</source>
        <translation>現在のフィルターを保存…</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="426"/>
        <source>Manage Saved Filters…</source>
        <translation>保存済みフィルターの管理…</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="441"/>
        <source>Save Filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="441"/>
        <source>Name for the current filter:</source>
        <translation>現在のフィルターの名前:</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="473"/>
        <source>No incident open</source>
        <translation>インシデントが開かれていません</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="480"/>
        <source>No requests match the filter (of %1)</source>
        <translation>フィルターに一致するリクエストはありません (全 %1 件)</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="481"/>
        <source>%1 of %2 requests, %3 failed</source>
        <translation>%2 件中 %1 件のリクエスト、失敗 %3 件</translation>
    </message>
    <message>
        <location filename="../src/app/requests/requestspanel.cpp" line="485"/>
        <source>(sorting…)</source>
        <translation>(並べ替え中…)</translation>
    </message>
</context>
<context>
    <name>rs::RouteDiffModel</name>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="79"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="81"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="83"/>
        <source>Instance id</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="85"/>
        <source>Present on</source>
        <translation>存在するルーター</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routediffmodel.cpp" line="87"/>
        <source>Absent on</source>
        <translation>存在しないルーター</translation>
    </message>
</context>
<context>
    <name>rs::RouteEvents</name>
    <message>
        <location filename="../src/app/charts/routeevents.cpp" line="49"/>
        <source>Endpoint registered</source>
        <translation>エンドポイント登録</translation>
    </message>
    <message>
        <location filename="../src/app/charts/routeevents.cpp" line="51"/>
        <source>Endpoint unregistered</source>
        <translation>エンドポイント登録解除</translation>
    </message>
    <message>
        <location filename="../src/app/charts/routeevents.cpp" line="53"/>
        <source>Endpoint pruned</source>
        <translation>エンドポイント prune</translation>
    </message>
</context>
<context>
    <name>rs::RouteTableModel</name>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="46"/>
        <source>Address reused</source>
        <translation>アドレス再利用</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="48"/>
        <source>Port mismatch</source>
        <translation>ポート不一致</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="50"/>
        <source>Instance missing</source>
        <translation>インスタンスなし</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="52"/>
        <source>Instance id mismatch</source>
        <translation>インスタンス ID 不一致</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="78"/>
        <source>%1 (likely)</source>
        <translation>%1 (推定)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="83"/>
        <source>%1 since %2: the address now belongs to %3 (instance %4); requests for this route reach that app</source>
        <translation>%2 以降 %1: アドレスは現在 %3 (インスタンス %4) のものです。このルートへのリクエストはそのアプリに届きます</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="86"/>
        <source>another app</source>
        <translation>別のアプリ</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="90"/>
        <source>%1 since %2: the endpoint&apos;s instance runs, but on other ports</source>
        <translation>%2 以降 %1: エンドポイントのインスタンスは稼働していますが、別のポートです</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="93"/>
        <source>%1 since %2: the endpoint&apos;s instance had stopped (cell logs, other routers, LRPs)</source>
        <translation>%2 以降 %1: エンドポイントのインスタンスは停止していました (セルログ、他のルーター、LRP)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="97"/>
        <location filename="../src/app/routes/routetablemodel.cpp" line="307"/>
        <source>%1 since %2</source>
        <translation>%2 以降 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablemodel.cpp" line="261"/>
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n 個のエンドポイント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablemodel.cpp" line="263"/>
        <source>%n stale</source>
        <translation>
            <numerusform>古い %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablemodel.cpp" line="273"/>
        <source>%n endpoint(s) of this route look stale</source>
        <translation>
            <numerusform>このルートの %n 個のエンドポイントが古いようです</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="275"/>
        <source>Failed requests to this route&apos;s endpoints in the current view</source>
        <translation>現在のビューでのこのルートのエンドポイントへの失敗リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="299"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="299"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="305"/>
        <source>dump</source>
        <translation>ダンプ</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="305"/>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="322"/>
        <source>App id %1</source>
        <translation>アプリ ID %1</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="325"/>
        <source>A route-table dump decided that the endpoint was registered</source>
        <translation>ルートテーブルのダンプにより、エンドポイントが登録済みと判断されました</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="326"/>
        <source>A registration or removal event decided that the endpoint was registered</source>
        <translation>登録または削除のイベントにより、エンドポイントが登録済みと判断されました</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="328"/>
        <source>Failed requests to this backend in the current view (double-click to filter)</source>
        <translation>現在のビューでのこのバックエンドへの失敗リクエスト (ダブルクリックで絞り込み)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="351"/>
        <source>Whether a dump or a registration event decided the endpoint&apos;s presence at this time</source>
        <translation>この時刻のエンドポイントの有無を、ダンプと登録イベントのどちらで判断したか</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="356"/>
        <source>Route / address</source>
        <translation>ルート / アドレス</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="358"/>
        <source>Instance id</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="360"/>
        <source>App</source>
        <translation>アプリ</translation>
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
        <translation>登録日時 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="368"/>
        <source>Decided by</source>
        <translation>判断根拠</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="370"/>
        <source>Stale</source>
        <translation>古い</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablemodel.cpp" line="372"/>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>rs::RouteTablePanel</name>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="62"/>
        <source>time of the router&apos;s last log line before the bundle was collected</source>
        <translation>バンドル収集前のルーターの最後のログ行の時刻</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="64"/>
        <source>time in the bundle&apos;s name</source>
        <translation>バンドル名の時刻</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="66"/>
        <source>the file&apos;s modification time</source>
        <translation>ファイルの更新日時</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="68"/>
        <source>undated: the end of the incident</source>
        <translation>日時不明: インシデントの終了時刻</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="181"/>
        <location filename="../src/app/routes/routetablepanel.cpp" line="540"/>
        <location filename="../src/app/routes/routetablepanel.cpp" line="573"/>
        <source>No incident loaded</source>
        <translation>インシデントが読み込まれていません</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="320"/>
        <source>The table as the router held it at this time (UTC); follows the timeline&apos;s time cursor</source>
        <translation>この時刻 (UTC) にルーターが保持していたテーブル。タイムラインの時刻カーソルに追従します</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="322"/>
        <source>%1
Date: %2 (UTC)</source>
        <translation>%1
日付: %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="353"/>
        <source>Replaying route registrations…</source>
        <translation>ルート登録を再現中…</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="396"/>
        <source>No route-table dumps or registration events in this bundle</source>
        <translation>このバンドルにはルートテーブルのダンプも登録イベントもありません</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="483"/>
        <source>%1 held no routes at %2</source>
        <translation>%1 は %2 にルートを保持していませんでした</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="485"/>
        <source>No route matches “%1”</source>
        <translation>「%1」に一致するルートはありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="487"/>
        <source>%1 of %n route(s) match, at %2</source>
        <translation>
            <numerusform>%n 個中 %1 個のルートが一致、%2 時点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="489"/>
        <source>%n route(s), %1 endpoints, at %2</source>
        <translation>
            <numerusform>%n 個のルート、%1 個のエンドポイント、%2 時点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="517"/>
        <source>No LRP captures (cfdot actual-lrps) in this bundle</source>
        <translation>このバンドルには LRP キャプチャ (cfdot actual-lrps) がありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="526"/>
        <source>LRPs captured at %1 (%2; nearest to the selected time), %n instance(s), from %3</source>
        <translation>
            <numerusform>%1 にキャプチャした LRP (%2、選択時刻に最も近いもの)、%n 個のインスタンス、%3 から</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="641"/>
        <source>attempts on %1 via %2</source>
        <translation>%2 経由での %1 への試行</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="658"/>
        <source>dump captured at %1 (%2)</source>
        <translation>%1 にキャプチャしたダンプ (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="529"/>
        <source>LRPs of an undated capture, %n instance(s), from %1</source>
        <translation>
            <numerusform>日時不明のキャプチャの LRP、%n 個のインスタンス、%1 から</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="550"/>
        <source>%n endpoint(s) differ between the routers&apos; latest dumps</source>
        <translation>
            <numerusform>ルーターの最新ダンプ間で %n 個のエンドポイントが異なります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="553"/>
        <source>Comparing routers needs route-table dumps of two or more routers; this bundle has %n</source>
        <translation>
            <numerusform>ルーターの比較には 2 台以上のルーターのルートテーブルダンプが必要です。このバンドルには %n 台分あります</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="557"/>
        <source>The routers&apos; latest dumps agree</source>
        <translation>ルーターの最新ダンプは一致しています</translation>
    </message>
    <message>
        <location filename="../src/app/routes/routetablepanel.cpp" line="560"/>
        <source>No endpoint was pruned and registered again repeatedly</source>
        <translation>prune と再登録を繰り返したエンドポイントはありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/routes/routetablepanel.cpp" line="561"/>
        <source>%n endpoint(s) pruned and registered again, again and again (flapping)</source>
        <translation>
            <numerusform>%n 個のエンドポイントが prune と再登録を何度も繰り返しています (フラッピング)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::SavedFiltersDialog</name>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="64"/>
        <source>Import Saved Filters</source>
        <translation>保存済みフィルターのインポート</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="65"/>
        <source>Saved filters (*.json);;All files (*)</source>
        <translation>保存済みフィルター (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="73"/>
        <source>Export Saved Filters</source>
        <translation>保存済みフィルターのエクスポート</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="74"/>
        <source>Saved filters (*.json)</source>
        <translation>保存済みフィルター (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="94"/>
        <source>Imported %n filter(s) from %1. They are kept when you press OK.</source>
        <translation>
            <numerusform>%1 から %n 件のフィルターをインポートしました。OK を押すと保持されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="108"/>
        <source>Wrote %n filter(s) to %1.</source>
        <translation>
            <numerusform>%n 件のフィルターを %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="117"/>
        <source>Saved Filters</source>
        <translation>保存済みフィルター</translation>
    </message>
    <message>
        <location filename="../src/app/filter/savedfiltersdialog.cpp" line="117"/>
        <source>Saved Filters: Failed</source>
        <translation>保存済みフィルター: 失敗</translation>
    </message>
</context>
<context>
    <name>rs::TimelineView</name>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="305"/>
        <source>Bucket: %1</source>
        <translation>区間: %1</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="180"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="306"/>
        <source>Requests per %1</source>
        <translation>%1 ごとのリクエスト</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timelineview.cpp" line="324"/>
        <source>By class: bars by status class, a line per failing error class.
Per router: also one line per router (the busiest %1).
By source: bars by who has to act (client, app, platform, infrastructure), as the source filter field counts them.</source>
        <translation>クラス別: ステータスクラス別の棒グラフと、失敗したエラークラスごとの線。
ルーター別: さらにルーターごとに 1 本の線（上位 %1 台）。
ソース別: 対処すべき側（クライアント、アプリ、プラットフォーム、インフラストラクチャ）別の棒グラフ。source フィルター項目と同じ数え方です。</translation>
    </message>
</context>
<context>
    <name>rs::UnjoinedHitsDialog</name>
    <message>
        <location filename="../src/app/requests/unjoinedhitsdialog.cpp" line="25"/>
        <source>“%1” is in %2 lines that belong to no request; the first %3 are listed.</source>
        <translation>「%1」はどのリクエストにも属さない %2 行にあります。最初の %3 行を表示しています。</translation>
    </message>
    <message>
        <location filename="../src/app/requests/unjoinedhitsdialog.cpp" line="27"/>
        <source>“%1” is in %2 lines that belong to no request.</source>
        <translation>「%1」はどのリクエストにも属さない %2 行にあります。</translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <location filename="../src/cli/cli.cpp" line="68"/>
        <source>Run &apos;routescope help&apos; for usage and the filter grammar.
</source>
        <translation>使い方とフィルターの文法は &apos;routescope help&apos; を実行してください。
</translation>
    </message>
    <message>
        <location filename="../src/cli/cli.cpp" line="90"/>
        <source>this build cannot draw reports or charts</source>
        <translation>このビルドではレポートやグラフを描画できません</translation>
    </message>
</context>
</TS>
