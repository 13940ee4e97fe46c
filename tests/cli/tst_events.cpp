// `routescope events`: every Gorouter event of a generated bundle, counted against what the
// generator wrote (its files, read here line by line) and against the tables summary reports;
// provenance (file:line) points at the line that says it; --router and --filter select; the text
// lines up for people; usage errors exit 2.
#include "generatedbundle.h"
#include "processrun.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <utility>
#include <vector>

namespace {

const QString kBinary = rs::test::routescopeBinary();

using Run = rs::test::ProcessRun;

Run routescope(const QStringList& arguments)
{
    return rs::test::runRoutescope(arguments);
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestEvents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyEventOnceWithItsLine();
    void routerAndFilterSelect();
    void textLinesUpForPeople();
    void usage();

private:
    QJsonArray eventsJson(const QStringList& extra);
    // The generator's files, by path relative to the bundle, split into lines.
    const std::vector<QByteArray>* linesOf(const QString& eventFile) const;

    QTemporaryDir m_dir;
    QJsonObject m_truth;
    QJsonArray m_events;
    std::vector<std::pair<QString, std::vector<QByteArray>>> m_files;
};

void TestEvents::initTestCase()
{
    m_truth = rs::test::generateBundle(
        m_dir.path(), {QStringLiteral("--minutes"), QStringLiteral("4"), QStringLiteral("--rps"),
                       QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("7"),
                       QStringLiteral("--layout"), QStringLiteral("dir"), QStringLiteral("--no-gzip")});
    QVERIFY(!m_truth.isEmpty());
    for (const QJsonValue& f : m_truth.value(QStringLiteral("files")).toArray()) {
        const QString path = str(f.toObject(), "path");
        QFile file(m_dir.path() + QLatin1Char('/') + path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        std::vector<QByteArray> lines;
        for (const QByteArray& line : file.readAll().split('\n'))
            lines.push_back(line);
        if (!lines.empty() && lines.back().isEmpty())
            lines.pop_back();
        m_files.emplace_back(path, std::move(lines));
    }
    m_events = eventsJson({});
    QVERIFY(m_events.size() > 100);
}

QJsonArray TestEvents::eventsJson(const QStringList& extra)
{
    const Run run =
        routescope(QStringList{QStringLiteral("events"), m_dir.path(), QStringLiteral("--json")} + extra);
    if (run.exitCode != 0 && run.exitCode != 1)
        qWarning("events failed: %s", run.err.constData());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("events --json is not a JSON array: %s", qPrintable(error.errorString()));
    return doc.array();
}

const std::vector<QByteArray>* TestEvents::linesOf(const QString& eventFile) const
{
    for (const auto& [path, lines] : m_files) {
        if (eventFile.endsWith(path))
            return &lines;
    }
    return nullptr;
}

void TestEvents::everyEventOnceWithItsLine()
{
    // As many as the tables summary counts: JSON-log events plus stderr lines.
    const Run summary = routescope({QStringLiteral("summary"), m_dir.path(), QStringLiteral("--json")});
    const QJsonObject s = QJsonDocument::fromJson(summary.out).object();
    const int tables =
        s.value(QStringLiteral("events")).toInt() + s.value(QStringLiteral("stderr_lines")).toInt();
    QCOMPARE(m_events.size(), tables);

    // As many of each kind as the generator wrote lines of it.
    qsizetype endpointFailed = 0, proxyErrors = 0, handshakeErrors = 0;
    for (const auto& file : m_files) {
        for (const QByteArray& line : file.second) {
            endpointFailed += line.contains("\"message\":\"backend-endpoint-failed\"") ? 1 : 0;
            proxyErrors += line.contains(" http: proxy error: ") ? 1 : 0;
            handshakeErrors += line.contains(" http: TLS handshake error from ") ? 1 : 0;
        }
    }
    QMap<QString, qsizetype> kinds;
    for (const QJsonValue& v : m_events)
        ++kinds[str(v.toObject(), "kind")];
    QVERIFY(endpointFailed > 10);
    QCOMPARE(kinds.value(QStringLiteral("backend_endpoint_failed")), endpointFailed);
    QCOMPARE(kinds.value(QStringLiteral("stderr_proxy_error")), proxyErrors);
    QCOMPARE(kinds.value(QStringLiteral("stderr_tls_handshake_error")), handshakeErrors);

    // Each event's file:line is the line that says it; times ascend; an error has its class.
    QString previous;
    for (const QJsonValue& v : m_events) {
        const QJsonObject e = v.toObject();
        const std::vector<QByteArray>* lines = linesOf(str(e, "file"));
        QVERIFY2(lines != nullptr, qPrintable(str(e, "file")));
        const int line = e.value(QStringLiteral("line")).toInt();
        QVERIFY2(line >= 1 && static_cast<std::size_t>(line) <= lines->size(), qPrintable(str(e, "file")));
        const QByteArray& text = (*lines)[static_cast<std::size_t>(line - 1)];
        for (const char* key : {"vcap_request_id", "endpoint", "error"}) {
            const QString value = str(e, key);
            // Errors are unquoted from JSON: compare a prefix free of escapes.
            const QByteArray probe = value.left(12).toUtf8();
            QVERIFY2(value.isEmpty() || text.contains(probe), qPrintable(QString::fromUtf8(text)));
        }
        const bool attempt = !str(e, "kind").startsWith(QLatin1String("stderr_")) ||
                             str(e, "kind") == QLatin1String("stderr_proxy_error");
        QCOMPARE(e.value(QStringLiteral("attempt_class")).isNull(), str(e, "error").isEmpty() || !attempt);
        const QString time = str(e, "time");
        QVERIFY(!time.isEmpty());
        QVERIFY2(previous <= time, qPrintable(previous + QStringLiteral(" > ") + time));
        previous = time;
        if (str(e, "error").startsWith(QLatin1String("dial tcp")))
            QCOMPARE(str(e, "attempt_class"), QStringLiteral("dial"));
    }
}

void TestEvents::routerAndFilterSelect()
{
    // One router, by the name the output shows.
    const QString router = str(m_events.first().toObject(), "router");
    qsizetype ofRouter = 0;
    QMap<QString, qsizetype> classes;
    for (const QJsonValue& v : m_events) {
        ofRouter += str(v.toObject(), "router") == router ? 1 : 0;
        if (!v.toObject().value(QStringLiteral("attempt_class")).isNull())
            ++classes[str(v.toObject(), "attempt_class")];
    }
    QVERIFY(ofRouter > 0 && ofRouter < m_events.size());
    const QJsonArray routed = eventsJson({QStringLiteral("--router"), router});
    QCOMPARE(routed.size(), ofRouter);
    for (const QJsonValue& v : routed)
        QCOMPARE(str(v.toObject(), "router"), router);

    // The attempt class of the commonest error.
    QVERIFY(!classes.isEmpty());
    QString common;
    qsizetype most = 0;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            common = it.key();
        }
    }
    const QJsonArray ofClass =
        eventsJson({QStringLiteral("--filter"), QStringLiteral("class in (%1)").arg(common)});
    QCOMPARE(ofClass.size(), most);
    for (const QJsonValue& v : ofClass)
        QCOMPARE(str(v.toObject(), "attempt_class"), common);

    // A time bound: the later half.
    const QString middle = str(m_events.at(m_events.size() / 2).toObject(), "time");
    qsizetype later = 0;
    for (const QJsonValue& v : m_events)
        later += str(v.toObject(), "time") >= middle ? 1 : 0;
    const QJsonArray fromMiddle =
        eventsJson({QStringLiteral("--filter"), QStringLiteral("time>=%1").arg(middle)});
    QCOMPARE(fromMiddle.size(), later);
}

void TestEvents::textLinesUpForPeople()
{
    const Run run = routescope({QStringLiteral("events"), m_dir.path()});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_events.size() + 1);
    const QString& header = lines.first();
    QVERIFY(header.startsWith(QLatin1String("time ")));
    QList<qsizetype> columns;
    for (const char* name : {"router", "kind", "endpoint", "class", "vcap_request_id", "file:line"}) {
        const qsizetype at = header.indexOf(QLatin1String(name));
        QVERIFY2(at > 0, name);
        columns.push_back(at);
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        for (const qsizetype at : columns)
            QVERIFY2(lines[i].size() > at && lines[i][at - 1] == QLatin1Char(' ') &&
                         lines[i][at] != QLatin1Char(' '),
                     qPrintable(lines[i]));
    }
    // The same events as the JSON, in the same order.
    const QJsonObject last = m_events.last().toObject();
    QVERIFY(lines.last().startsWith(str(last, "time")));
    QVERIFY(lines.last().contains(str(last, "kind")));
}

void TestEvents::usage()
{
    const Run csv = routescope({QStringLiteral("events"), m_dir.path(), QStringLiteral("--csv")});
    RS_COMPARE_EXIT(csv, 2);
    const Run status = routescope(
        {QStringLiteral("events"), m_dir.path(), QStringLiteral("--filter"), QStringLiteral("status>=500")});
    RS_COMPARE_EXIT(status, 2);
    QVERIFY(status.err.contains("events"));
    const Run noPath = routescope({QStringLiteral("events")});
    RS_COMPARE_EXIT(noPath, 2);
    const Run help = routescope({QStringLiteral("help")});
    QVERIFY(help.out.contains("routescope events PATH"));
}

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
