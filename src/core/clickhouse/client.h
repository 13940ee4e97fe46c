#pragma once

#include <QByteArray>
#include <QString>

class QSslConfiguration;

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace rs::clickhouse {

// Where to push: clickhouse://[user@]host[:port]/database over HTTP (port 8123 unless given), or
// clickhouses://[user@]host[:port]/database over HTTPS (port 8443 unless given), the server's
// certificate checked against the system's CAs and those of `caFile` (never not checked). The
// password never comes from the URL (it would sit in shell history and `ps`): the command line
// reads it from ROUTESCOPE_CLICKHOUSE_PASSWORD.
struct Endpoint {
    QString host;
    quint16 port = 8123; // the HTTP interface; HTTPS: 8443
    QString user = QStringLiteral("default");
    QString password;
    std::string database;
    bool tls = false; // clickhouses://
    QString caFile;   // PEM certificates trusted besides the system's (--ca-file); "" = none
};

inline constexpr quint16 kHttpPort = 8123;
inline constexpr quint16 kHttpsPort = 8443;

// Whether a command-line PATH names a ClickHouse server rather than files.
bool isClickHouseUrl(std::string_view text);

struct EndpointParse {
    std::optional<Endpoint> endpoint;
    QString error; // translated, when the URL is unusable
};
EndpointParse parseEndpointUrl(const QString& url);

struct ClientOptions {
    int timeoutMs = 60000; // per request, no bytes moving
    int attempts = 4;      // tries of a request that failed in a way worth retrying
    int backoffMs = 250;   // the wait before the second try; doubles after each try
};

// The outcome of one request. `error` is for people: the purpose, then the server's own message
// (its exception text, not the whole dump) or what the network said.
struct Reply {
    bool ok = false;
    QByteArray body;
    QString error;
    int serverCode = 0; // ClickHouse's exception code ("Code: 62"), 0 when it sent none
    int httpStatus = 0; // 0: no answer at all (refused, unresolved, timed out)
    int attempts = 0;
    qint64 sentBytes = 0; // the request body as sent (compressed for inserts)
};

// The limits every read query runs with (readonly=1 last in the URL, after the others, so that
// old and new servers accept the settings before it forbids changing them).
struct QuerySettings {
    std::string queryId; // the query's id on the server, for cancelQuery(); "" lets the server choose
    int maxExecutionSeconds = 60;
    std::uint64_t maxResultRows = 100000;
};

// ClickHouse's exception text from an error body ("Code: 62, e.displayText() = DB::Exception:
// Syntax error …, e.what() = DB::Exception" on 18.16, "Code: 62. DB::Exception: … (version …)"
// later), cut to a readable length, control bytes escaped.
QString serverMessage(const QByteArray& body, int* code = nullptr);

// A synchronous client of the HTTP interface for the command line and background jobs: each call
// runs a local event loop until the reply arrives. Needs a QCoreApplication.
class Client {
public:
    explicit Client(Endpoint endpoint, ClientOptions options = {});
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    const Endpoint& endpoint() const { return m_endpoint; }

    // Runs `sql` (sent as the body; the result in the FORMAT the SQL names). Retried on network
    // failures and transient server errors: every statement we send this way is idempotent.
    Reply query(const QString& purpose, const std::string& sql);
    // A SELECT with readonly=1, max_execution_time, max_result_rows and a query_id. Retried like
    // query(), except after the server's own timeout (it would only time out again) or a kill.
    Reply readQuery(const QString& purpose, const std::string& sql, const QuerySettings& settings);
    // KILL QUERY WHERE query_id = '…' ASYNC: stops a readQuery() running elsewhere (another thread,
    // another process). ok when the server took the statement, whether or not the query still ran.
    Reply cancelQuery(const std::string& queryId);
    // INSERT INTO database.table FORMAT RowBinary with `rows` as the gzip-compressed body. Retried
    // only when the server certainly did not take the block (refused connection, 503, transient
    // exceptions), never after a timeout, which could have inserted it.
    Reply insertRowBinary(const QString& purpose, std::string_view table, std::string_view rows);

private:
    struct Network;
    // The TLS settings of every request (system CAs plus the endpoint's CA file), made once; null
    // with `error` when they cannot be made.
    const QSslConfiguration* tlsSettings(QString* error);
    // Over TLS, once per client: a handshake of its own (QSslSocket, in this thread) before any
    // request. A server that does not speak TLS or a certificate that fails is then said without
    // QNetworkAccessManager's thread ever holding a failed TLS connection (which it retried and
    // left half torn down at exit). Nothing when the handshake worked or the server is not
    // reachable at all (the request then fails and is retried as usual).
    std::optional<Reply> checkTlsHandshake(const QString& purpose, const QSslConfiguration& tls);
    Reply send(const QString& purpose, const QByteArray& query, const QByteArray& body, bool gzipped,
               bool idempotent, const QByteArray& settings = {});

    Endpoint m_endpoint;
    ClientOptions m_options;
    std::unique_ptr<Network> m_network;
    bool m_tlsHandshakeChecked = false;
};

// gzip (RFC 1952) of `data` at a fast level; request bodies are sent with Content-Encoding: gzip.
QByteArray gzipCompress(std::string_view data);

} // namespace rs::clickhouse
