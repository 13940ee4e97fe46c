#pragma once

#include "core/clickhouse/client.h"
#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rs::test {

// A private clickhouse-server for one test: its own config, users, data and logs in a temporary
// directory, HTTP and native ports chosen free on 127.0.0.1, never the system service. The
// config also declares `rs_two_shards`, a cluster of two shards on this one server whose
// replicas default to the databases `shard1` and `shard2`.
class ClickHouseServer {
public:
    ClickHouseServer();
    ~ClickHouseServer(); // stops the server
    ClickHouseServer(const ClickHouseServer&) = delete;
    ClickHouseServer& operator=(const ClickHouseServer&) = delete;

    // The clickhouse-server binary ($ROUTESCOPE_CLICKHOUSE_SERVER, else on PATH or in /usr/sbin);
    // empty when ClickHouse is not installed.
    static QString binary();

    // Before start(): also serve HTTPS on a port of its own with this certificate and key (PEM).
    void enableHttps(const QString& certificateFile, const QString& keyFile);
    quint16 httpsPort() const { return m_httpsPort; }

    // Starts it and waits until GET /ping answers. False with error() set when it did not come up.
    bool start();
    void stop();
    QString error() const { return m_error; }
    qint64 startMilliseconds() const { return m_startMs; }
    quint16 httpPort() const { return m_httpPort; }

    clickhouse::Endpoint endpoint(const std::string& database) const;
    // clickhouse://default@127.0.0.1:PORT/database
    QString url(const std::string& database) const;

private:
    bool ping() const;
    QString logTail() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_httpPort = 0;
    quint16 m_tcpPort = 0;
    quint16 m_httpsPort = 0;
    QString m_certificateFile, m_keyFile;
    qint64 m_startMs = 0;
    QString m_error;
};

// A certificate authority of its own and a server certificate it signed, for `serverName` (an IP
// address or a DNS name, in the subjectAltName), made with the openssl command line in `dir`:
// ca.pem, server.pem, server.key. False with `error` set when openssl is missing or fails.
struct TestCertificates {
    QString caFile, certificateFile, keyFile;
};
bool makeTestCertificates(const QString& dir, const QString& serverName, TestCertificates* made,
                          QString* error);

// A generated two-router bundle (seed 21, ten minutes) written to `dir`, imported, diagnosed and
// pushed with its schema to `database`: what the read-side tests compare ClickHouse's answers with.
struct PushedBundle {
    std::shared_ptr<Incident> incident;
    Diagnosis diagnosis;
    TimeNs from = 0, to = 0; // the incident's span, `to` exclusive
    QString error;           // empty when every step worked
};
PushedBundle pushGeneratedBundle(const ClickHouseServer& server, const std::string& database,
                                 const QString& dir);

} // namespace rs::test
