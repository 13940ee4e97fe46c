#include "core/clickhouse/client.h"

#include "core/clickhouse/sqlquote.h"
#include "core/util/textescape.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <isa-l.h>
#include <vector>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ClickHouseClientText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseClientText)
};

namespace rs::clickhouse {
namespace {

constexpr qsizetype kMaxMessage = 600;
constexpr int kTimeoutExceeded = 159;
constexpr int kHandshakeMs = 15000; // a TLS handshake's deadline (at most the request timeout)

// Exceptions after which the same request may well succeed: too many queries or parts at once,
// timeouts and network trouble between the server and its shards.
bool transientCode(int code)
{
    switch (code) {
    case 159: // TIMEOUT_EXCEEDED
    case 202: // TOO_MANY_SIMULTANEOUS_QUERIES
    case 209: // SOCKET_TIMEOUT
    case 210: // NETWORK_ERROR
    case 252: // TOO_MANY_PARTS
        return true;
    default:
        return false;
    }
}

} // namespace

bool isClickHouseUrl(std::string_view text)
{
    return text.starts_with("clickhouse://") || text.starts_with("clickhouses://");
}

EndpointParse parseEndpointUrl(const QString& text)
{
    EndpointParse result;
    const QUrl url(text, QUrl::StrictMode);
    const bool tls = url.scheme() == QLatin1String("clickhouses");
    if (!url.isValid() || (url.scheme() != QLatin1String("clickhouse") && !tls) || url.host().isEmpty()) {
        result.error = ClickHouseClientText::tr("'%1' is not a clickhouse://[user@]host[:port]/database URL "
                                                "(clickhouses://… for HTTPS)")
                           .arg(text);
        return result;
    }
    if (!url.password().isEmpty()) {
        result.error =
            ClickHouseClientText::tr("put the password in ROUTESCOPE_CLICKHOUSE_PASSWORD, not in the URL");
        return result;
    }
    Endpoint endpoint;
    endpoint.host = url.host();
    endpoint.tls = tls;
    endpoint.port = static_cast<quint16>(url.port(tls ? kHttpsPort : kHttpPort));
    if (!url.userName().isEmpty())
        endpoint.user = url.userName();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    endpoint.database = path.toStdString();
    if (!isPlainIdentifier(endpoint.database) || url.hasQuery() || url.hasFragment()) {
        result.error =
            ClickHouseClientText::tr("the URL must end in a database name of letters, digits and _ "
                                     "(clickhouse://host:8123/routescope)");
        return result;
    }
    result.endpoint = std::move(endpoint);
    return result;
}

QString serverMessage(const QByteArray& body, int* code)
{
    QByteArray text = body.trimmed();
    if (code != nullptr) {
        *code = 0;
        if (text.startsWith("Code: ")) {
            qsizetype end = 6;
            while (end < text.size() && text[end] >= '0' && text[end] <= '9')
                ++end;
            *code = text.mid(6, end - 6).toInt();
        }
    }
    // 18.16: "Code: N, e.displayText() = DB::Exception: …, e.what() = DB::Exception".
    const qsizetype display = text.indexOf("e.displayText() = ");
    if (display >= 0) {
        text = text.mid(display + 18);
        const qsizetype what = text.lastIndexOf(", e.what() = ");
        if (what >= 0)
            text.truncate(what);
    }
    if (text.size() > kMaxMessage)
        text = text.left(kMaxMessage) + "…";
    const std::string safe =
        escapeForDisplay(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    return QString::fromUtf8(safe.data(), static_cast<qsizetype>(safe.size()));
}

QByteArray gzipCompress(std::string_view data)
{
    // ISA-L's level 1, not zlib's: a push compresses every byte it encodes (~460 bytes per request),
    // and zlib's fastest level was ~15 % of a push's CPU time (ISA-L, already linked for inflating,
    // compresses several times faster to a similar size).
    isal_zstream stream{}; // init leaves next_in and avail_in as they were
    isal_deflate_init(&stream);
    std::vector<std::uint8_t> levelBuffer(ISAL_DEF_LVL1_DEFAULT);
    stream.level = 1;
    stream.level_buf = levelBuffer.data();
    stream.level_buf_size = static_cast<std::uint32_t>(levelBuffer.size());
    stream.gzip_flag = IGZIP_GZIP;
    stream.end_of_stream = 0;
    stream.flush = NO_FLUSH;
    QByteArray out;
    out.resize(static_cast<qsizetype>(data.size() / 4 + 4096));
    std::size_t written = 0;
    std::size_t consumed = 0;
    // ISA-L counts in 32 bits: the input goes in pieces.
    constexpr std::size_t kPiece = std::size_t{1} << 30;
    while (stream.internal_state.state != ZSTATE_END) {
        if (stream.avail_in == 0 && !stream.end_of_stream) {
            const std::size_t piece = std::min(kPiece, data.size() - consumed);
            stream.next_in = reinterpret_cast<std::uint8_t*>(const_cast<char*>(data.data() + consumed));
            stream.avail_in = static_cast<std::uint32_t>(piece);
            consumed += piece;
            stream.end_of_stream = consumed == data.size() ? 1 : 0;
        }
        if (written == static_cast<std::size_t>(out.size()))
            out.resize(out.size() * 2);
        const std::size_t room =
            std::min<std::size_t>(static_cast<std::size_t>(out.size()) - written, kPiece);
        stream.next_out = reinterpret_cast<std::uint8_t*>(out.data()) + written;
        stream.avail_out = static_cast<std::uint32_t>(room);
        if (isal_deflate(&stream) != COMP_OK)
            return {};
        written += room - stream.avail_out;
    }
    out.truncate(static_cast<qsizetype>(written));
    return out;
}

struct Client::Network {
    QNetworkAccessManager manager;
    // Made by the first request over TLS (the CA file read once, not per request); `tlsError`
    // when it could not be.
    std::optional<QSslConfiguration> tls;
    QString tlsError;
    bool tlsMade = false;
};

Client::Client(Endpoint endpoint, ClientOptions options)
    : m_endpoint(std::move(endpoint))
    , m_options(options)
    , m_network(std::make_unique<Network>())
{}

Client::~Client() = default;

Reply Client::query(const QString& purpose, const std::string& sql)
{
    return send(purpose, {}, QByteArray::fromStdString(sql), false, true);
}

Reply Client::readQuery(const QString& purpose, const std::string& sql, const QuerySettings& settings)
{
    QByteArray params =
        "max_execution_time=" + QByteArray::number(std::max(1, settings.maxExecutionSeconds)) +
        "&max_result_rows=" + QByteArray::number(static_cast<qulonglong>(settings.maxResultRows)) +
        "&result_overflow_mode=throw";
    if (!settings.queryId.empty())
        params += "&query_id=" + QUrl::toPercentEncoding(QString::fromStdString(settings.queryId));
    params += "&readonly=1";
    return send(purpose, {}, QByteArray::fromStdString(sql), false, true, params);
}

Reply Client::cancelQuery(const std::string& queryId)
{
    return query(ClickHouseClientText::tr("while cancelling query %1").arg(QString::fromStdString(queryId)),
                 "KILL QUERY WHERE query_id = " + quoteString(queryId) + " ASYNC");
}

Reply Client::insertRowBinary(const QString& purpose, std::string_view table, std::string_view rows)
{
    // The statement goes in the URL, the rows in the body; both names were checked as plain.
    const std::string statement =
        "INSERT INTO " + m_endpoint.database + "." + std::string(table) + " FORMAT RowBinary";
    const QByteArray body = gzipCompress(rows);
    if (body.isEmpty() && !rows.empty()) {
        Reply reply;
        reply.error = ClickHouseClientText::tr("%1: could not compress the rows").arg(purpose);
        return reply;
    }
    Reply reply = send(purpose, QByteArray::fromStdString(statement), body, true, false);
    reply.sentBytes = body.size();
    return reply;
}

namespace {

// The TLS settings of every connection to the endpoint; nothing (and `error`) when they cannot be
// made. Certificates are always checked (VerifyPeer, the host name against the certificate): the
// system's CAs, plus those of the endpoint's CA file. Nothing here ever ignores an SSL error.
std::optional<QSslConfiguration> tlsConfiguration(const Endpoint& endpoint, QString* error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = ClickHouseClientText::tr("this build of Qt has no TLS backend, so clickhouses:// "
                                          "cannot be used");
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!endpoint.caFile.isEmpty()) {
        QFile file(endpoint.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ClickHouseClientText::tr("cannot read the CA file %1: %2")
                         .arg(endpoint.caFile, file.errorString());
            return std::nullopt;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = ClickHouseClientText::tr("the CA file %1 holds no PEM certificate").arg(endpoint.caFile);
            return std::nullopt;
        }
        tls.addCaCertificates(certificates);
    }
    return tls;
}

QString tlsFailure(const QString& purpose, const Endpoint& endpoint, const QString& reason)
{
    return ClickHouseClientText::tr("%1: the TLS connection to ClickHouse at %2:%3 failed "
                                    "(is it the server's HTTPS port, and does --ca-file "
                                    "hold the CA that signed its certificate?): %4")
        .arg(purpose, endpoint.host)
        .arg(endpoint.port)
        .arg(reason);
}

} // namespace

const QSslConfiguration* Client::tlsSettings(QString* error)
{
    Network& n = *m_network;
    if (!n.tlsMade) {
        n.tls = tlsConfiguration(m_endpoint, &n.tlsError);
        n.tlsMade = true;
    }
    *error = n.tlsError;
    return n.tls ? &*n.tls : nullptr;
}

std::optional<Reply> Client::checkTlsHandshake(const QString& purpose, const QSslConfiguration& tls)
{
    if (m_tlsHandshakeChecked)
        return std::nullopt;
    const int deadline = std::min(m_options.timeoutMs, kHandshakeMs);
    QSslSocket socket;
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    if (!socket.waitForConnected(deadline)) {
        socket.abort();
        return std::nullopt; // not reachable: the request fails (and is retried) as it would anyway
    }
    if (socket.waitForEncrypted(deadline)) {
        m_tlsHandshakeChecked = true;
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(1000);
        return std::nullopt;
    }
    QString reason = socket.errorString();
    const QList<QSslError> certificateErrors = socket.sslHandshakeErrors();
    if (!certificateErrors.isEmpty()) {
        QStringList texts;
        for (const QSslError& e : certificateErrors)
            texts.push_back(e.errorString());
        reason = texts.join(QStringLiteral("; "));
    } else if (socket.error() == QAbstractSocket::SocketTimeoutError) {
        reason = ClickHouseClientText::tr("no TLS handshake within %1 s").arg(deadline / 1000.0);
    }
    socket.abort();
    Reply failed;
    failed.attempts = 1;
    failed.error = tlsFailure(purpose, m_endpoint, reason);
    return failed;
}

Reply Client::send(const QString& purpose, const QByteArray& statement, const QByteArray& body, bool gzipped,
                   bool idempotent, const QByteArray& settings)
{
    QUrl url;
    url.setScheme(m_endpoint.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_endpoint.host);
    url.setPort(m_endpoint.port);
    url.setPath(QStringLiteral("/"));
    // Statements name their database (it may not exist yet: --create), so none is set here.
    // Encoded by hand: every byte but unreserved ones as %XX, so '+', '&' and '#' mean nothing.
    QByteArray urlQuery;
    if (!statement.isEmpty())
        urlQuery = "query=" + QUrl::toPercentEncoding(QString::fromUtf8(statement));
    // An insert into a Distributed table returns once every shard holds the rows, so a push is
    // readable (and its imports row found by the next push) as soon as it returns.
    if (gzipped)
        urlQuery += "&insert_distributed_sync=1";
    if (!settings.isEmpty())
        urlQuery += (urlQuery.isEmpty() ? QByteArray() : QByteArray("&")) + settings;
    if (!urlQuery.isEmpty())
        url.setQuery(QString::fromLatin1(urlQuery), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setTransferTimeout(m_options.timeoutMs);
    const QByteArray credentials = (m_endpoint.user + QLatin1Char(':') + m_endpoint.password).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    if (gzipped)
        request.setRawHeader("Content-Encoding", "gzip");
    if (m_endpoint.tls) {
        QString tlsError;
        const QSslConfiguration* tls = tlsSettings(&tlsError);
        if (tls == nullptr) {
            Reply failed;
            failed.error = QStringLiteral("%1: %2").arg(purpose, tlsError);
            return failed;
        }
        request.setSslConfiguration(*tls);
        if (std::optional<Reply> failed = checkTlsHandshake(purpose, *tls))
            return *failed;
    }

    Reply result;
    int backoff = m_options.backoffMs;
    for (int attempt = 1; attempt <= std::max(1, m_options.attempts); ++attempt) {
        result = Reply{};
        result.attempts = attempt;
        // Deleted here, not later: a push sends thousands of batches without returning to an event
        // loop that would run deferred deletions, and a reply left for the manager's destructor
        // still holds its connection's TLS state while the process exits.
        const std::unique_ptr<QNetworkReply> owned(m_network->manager.post(request, body));
        QNetworkReply* reply = owned.get();
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // Over TLS: a server that does not speak it (the plain HTTP port) may wait for the rest of
        // a "request" forever, so the handshake has a deadline of its own. Any sign of a secured
        // connection (the handshake, or the body going out over a reused one) stops it.
        bool secured = false, handshakeTimedOut = false;
        QTimer handshake;
        const auto securedNow = [&] {
            secured = true;
            handshake.stop();
        };
        if (m_endpoint.tls) {
            QObject::connect(reply, &QNetworkReply::encrypted, &loop, securedNow);
            QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, securedNow);
            QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
                if (sent > 0)
                    securedNow();
            });
            handshake.setSingleShot(true);
            QObject::connect(&handshake, &QTimer::timeout, &loop, [&] {
                handshakeTimedOut = true;
                reply->abort();
            });
            handshake.start(std::min(m_options.timeoutMs, kHandshakeMs));
        }
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        handshake.stop();
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError networkError = reply->error();
        result.body = reply->isOpen() ? reply->readAll() : QByteArray();
        result.httpStatus = httpStatus;
        const QString networkText = handshakeTimedOut
                                        ? ClickHouseClientText::tr("no TLS handshake within %1 s")
                                              .arg(std::min(m_options.timeoutMs, kHandshakeMs) / 1000.0)
                                        : reply->errorString();

        bool retry = false;
        if (httpStatus == 200 && networkError == QNetworkReply::NoError) {
            result.ok = true;
            return result;
        }
        if (httpStatus != 0) {
            // The server answered: its exception says why.
            result.error = ClickHouseClientText::tr("%1: ClickHouse answered HTTP %2: %3")
                               .arg(purpose)
                               .arg(httpStatus)
                               .arg(serverMessage(result.body, &result.serverCode));
            // A read query that hit its own max_execution_time would only hit it again.
            retry = httpStatus == 503 || (transientCode(result.serverCode) &&
                                          !(!settings.isEmpty() && result.serverCode == kTimeoutExceeded));
        } else if (m_endpoint.tls && !secured && networkError != QNetworkReply::ConnectionRefusedError &&
                   networkError != QNetworkReply::HostNotFoundError) {
            // The certificate or the handshake: trying again would fail the same way.
            result.error = tlsFailure(purpose, m_endpoint, networkText);
        } else {
            result.error = ClickHouseClientText::tr("%1: cannot reach ClickHouse at %2:%3: %4")
                               .arg(purpose, m_endpoint.host)
                               .arg(m_endpoint.port)
                               .arg(networkText);
            // Refused or unresolved: nothing was sent. A timeout or a dropped connection may have
            // come after the server took an insert, so only idempotent requests try again then.
            const bool neverSent = networkError == QNetworkReply::ConnectionRefusedError ||
                                   networkError == QNetworkReply::HostNotFoundError ||
                                   networkError == QNetworkReply::TemporaryNetworkFailureError;
            retry = neverSent || idempotent;
        }
        if (!retry || attempt == m_options.attempts)
            break;
        QThread::msleep(static_cast<unsigned long>(backoff));
        backoff *= 2;
    }
    return result;
}

} // namespace rs::clickhouse
