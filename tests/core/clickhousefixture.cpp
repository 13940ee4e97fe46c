#include "clickhousefixture.h"

#include "core/clickhouse/pusher.h"
#include "core/import/importer.h"
#include "generatedbundle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace rs::test {
namespace {

// A port nobody listens on now. Another process could take it before the server binds it; the
// server then fails to start and the test says so.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

ClickHouseServer::ClickHouseServer() = default;

void ClickHouseServer::enableHttps(const QString& certificateFile, const QString& keyFile)
{
    m_certificateFile = certificateFile;
    m_keyFile = keyFile;
}

bool makeTestCertificates(const QString& dir, const QString& serverName, TestCertificates* made,
                          QString* error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("the openssl command is not installed");
        return false;
    }
    const auto run = [&](const QStringList& arguments) {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
            process.exitCode() == 0)
            return true;
        *error = QStringLiteral("openssl %1: %2")
                     .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()));
        return false;
    };
    const bool isAddress = !QHostAddress(serverName).isNull();
    const QString altName =
        (isAddress ? QStringLiteral("subjectAltName=IP:") : QStringLiteral("subjectAltName=DNS:")) +
        serverName;
    // Elliptic-curve keys: made in milliseconds, where RSA keys take a noticeable part of a second.
    const QStringList ecKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
             QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=RouteScope test CA")}) ||
        !run(QStringList{QStringLiteral("req")} + ecKey +
             QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                         QStringLiteral("server.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=") + serverName}) ||
        !writeFile(dir + QStringLiteral("/server.ext"),
                   altName + QStringLiteral("\nbasicConstraints=CA:FALSE\n")) ||
        !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
              QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
              QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
              QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
              QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")}))
        return false;
    made->caFile = dir + QStringLiteral("/ca.pem");
    made->certificateFile = dir + QStringLiteral("/server.pem");
    made->keyFile = dir + QStringLiteral("/server.key");
    return true;
}

ClickHouseServer::~ClickHouseServer()
{
    stop();
}

QString ClickHouseServer::binary()
{
    const QString fromEnv = qEnvironmentVariable("ROUTESCOPE_CLICKHOUSE_SERVER");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv) ? fromEnv : QString();
    QString found = QStandardPaths::findExecutable(QStringLiteral("clickhouse-server"));
    if (found.isEmpty())
        found =
            QStandardPaths::findExecutable(QStringLiteral("clickhouse-server"),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return found;
}

bool ClickHouseServer::start()
{
    const QString program = binary();
    if (program.isEmpty()) {
        m_error = QStringLiteral("clickhouse-server is not installed");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_httpPort = freePort();
    m_tcpPort = freePort();
    while (m_tcpPort == m_httpPort && m_tcpPort != 0)
        m_tcpPort = freePort();
    const bool https = !m_certificateFile.isEmpty();
    m_httpsPort = https ? freePort() : 0;
    while (https && m_httpsPort != 0 && (m_httpsPort == m_httpPort || m_httpsPort == m_tcpPort))
        m_httpsPort = freePort();
    if (m_httpPort == 0 || m_tcpPort == 0 || (https && m_httpsPort == 0)) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    const QString root = m_dir.path();
    for (const char* sub : {"data", "tmp", "user_files", "format_schemas", "log"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    const QString shard = QStringLiteral("<shard><replica><host>127.0.0.1</host><port>%1</port>"
                                         "<default_database>%2</default_database></replica></shard>")
                              .arg(m_tcpPort);
    const QString config =
        QStringLiteral(
            "<yandex>\n"
            "  "
            "<logger><level>warning</level><log>%1/log/server.log</log><errorlog>%1/log/error.log</errorlog>"
            "<console>0</console></logger>\n"
            "  <http_port>%2</http_port>\n  <tcp_port>%3</tcp_port>\n  <listen_host>127.0.0.1</listen_host>\n"
            "  <path>%1/data/</path>\n  <tmp_path>%1/tmp/</tmp_path>\n"
            "  <user_files_path>%1/user_files/</user_files_path>\n"
            "  <format_schema_path>%1/format_schemas/</format_schema_path>\n"
            "  <users_config>%1/users.xml</users_config>\n"
            "  <default_profile>default</default_profile>\n  <default_database>default</default_database>\n"
            "  <mark_cache_size>67108864</mark_cache_size>\n"
            "  <remote_servers><rs_two_shards>%4%5</rs_two_shards></remote_servers>\n"
            "%6"
            "</yandex>\n")
            .arg(root)
            .arg(m_httpPort)
            .arg(m_tcpPort)
            .arg(shard.arg(QStringLiteral("shard1")), shard.arg(QStringLiteral("shard2")),
                 https ? QStringLiteral(
                             "  <https_port>%1</https_port>\n"
                             "  <openSSL><server><certificateFile>%2</certificateFile>"
                             "<privateKeyFile>%3</privateKeyFile><verificationMode>none</verificationMode>"
                             "<loadDefaultCAFile>false</loadDefaultCAFile>"
                             "<disableProtocols>sslv2,sslv3</disableProtocols></server></openSSL>\n")
                             .arg(m_httpsPort)
                             .arg(m_certificateFile, m_keyFile)
                       : QString());
    const QString users = QStringLiteral(
        "<yandex>\n"
        "  <profiles><default><max_memory_usage>2000000000</max_memory_usage></default></profiles>\n"
        "  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>"
        "<profile>default</profile><quota>default</quota></default></users>\n"
        "  <quotas><default></default></quotas>\n"
        "</yandex>\n");
    if (!writeFile(root + QStringLiteral("/config.xml"), config) ||
        !writeFile(root + QStringLiteral("/users.xml"), users)) {
        m_error = QStringLiteral("cannot write the server's config");
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(root);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, {QStringLiteral("--config-file=%1/config.xml").arg(root)});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process->errorString());
        return false;
    }
    while (timer.elapsed() < 60000) {
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("clickhouse-server exited (%1): %2%3")
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(m_process->readAll()), logTail());
            return false;
        }
        if (ping()) {
            m_startMs = timer.elapsed();
            return true;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("clickhouse-server did not answer /ping within 60 s: %1").arg(logTail());
    stop();
    return false;
}

void ClickHouseServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(20000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ClickHouseServer::ping() const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_httpPort);
    if (!socket.waitForConnected(500))
        return false;
    socket.write("GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer.startsWith("HTTP/1.") && answer.contains(" 200 ") && answer.endsWith("Ok.\n");
}

QString ClickHouseServer::logTail() const
{
    QFile log(m_dir.path() + QStringLiteral("/log/error.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("\n") + QString::fromUtf8(log.readAll().right(2000));
}

clickhouse::Endpoint ClickHouseServer::endpoint(const std::string& database) const
{
    clickhouse::Endpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = m_httpPort;
    endpoint.database = database;
    return endpoint;
}

QString ClickHouseServer::url(const std::string& database) const
{
    return QStringLiteral("clickhouse://default@127.0.0.1:%1/%2")
        .arg(m_httpPort)
        .arg(QString::fromStdString(database));
}

PushedBundle pushGeneratedBundle(const ClickHouseServer& server, const std::string& database,
                                 const QString& dir)
{
    PushedBundle out;
    if (generateBundle(dir, {QStringLiteral("--routers"), QStringLiteral("2"), QStringLiteral("--seed"),
                             QStringLiteral("21"), QStringLiteral("--minutes"), QStringLiteral("10")})
            .isEmpty()) {
        out.error = QStringLiteral("gen-bundle failed");
        return out;
    }
    out.incident = Importer(ImportOptions{}).importPaths({dir.toStdString()});
    if (out.incident->tables.requests.size() <= 1000) {
        out.error = QStringLiteral("the generated bundle holds %1 requests")
                        .arg(out.incident->tables.requests.size());
        return out;
    }
    out.diagnosis = diagnose(*out.incident);
    out.from = out.incident->begin;
    out.to = out.incident->end + 1;
    clickhouse::Client client(server.endpoint(database));
    clickhouse::PushOptions options;
    options.create = true;
    const clickhouse::PushResult pushed =
        clickhouse::pushIncident(client, *out.incident, out.diagnosis, options);
    if (!pushed.ok)
        out.error = pushed.error;
    return out;
}

} // namespace rs::test
