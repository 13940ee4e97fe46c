// The command line through the incident cache (issue 15): the second run of a command reads the
// saved incident, a changed input or a damaged file is imported again, --no-cache neither reads nor
// writes, and `routescope cache ls|clear` list and remove the saved incidents.

#include "generatedbundle.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rs::test;

namespace {

struct FileId {
    ino_t inode = 0;
    std::int64_t mtimeNs = 0;
    bool operator==(const FileId&) const = default;
};

// The summary without what measures this process's memory (a saved incident's columns are
// allocated to their size, an import's with room to grow).
QJsonObject summaryOf(const QByteArray& json)
{
    QJsonObject summary = QJsonDocument::fromJson(json).object();
    summary.remove(QStringLiteral("heap_bytes"));
    summary.remove(QStringLiteral("heap_bytes_per_request"));
    return summary;
}

FileId idOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_ino, static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

} // namespace

class TestCacheCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void secondRunReadsTheSavedIncident();
    void changedInputIsImportedAgain();
    void damagedFileIsRejectedOnceAndRebuilt();
    void noCacheNeitherReadsNorWrites();
    void lsListsAndClearEmpties();
    void usageErrors();

private:
    QStringList cacheFiles() const
    {
        return QDir(m_cache.path()).entryList({QStringLiteral("*.rsincident")}, QDir::Files);
    }
    QString cacheFile() const
    {
        const QStringList files = cacheFiles();
        return files.size() == 1 ? m_cache.filePath(files.front()) : QString();
    }

    QTemporaryDir m_bundle;
    QTemporaryDir m_cache;
};

void TestCacheCli::initTestCase()
{
    QVERIFY(m_bundle.isValid() && m_cache.isValid());
    QVERIFY(!generateBundle(m_bundle.path(),
                            {QStringLiteral("--minutes"), QStringLiteral("2"), QStringLiteral("--rps"),
                             QStringLiteral("3"), QStringLiteral("--layout"), QStringLiteral("loose")})
                 .isEmpty());
    qputenv("ROUTESCOPE_CACHE_DIR", QFile::encodeName(m_cache.path()));
}

void TestCacheCli::init()
{
    QDir(m_cache.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_cache.path()));
}

void TestCacheCli::secondRunReadsTheSavedIncident()
{
    const ProcessRun first =
        runRoutescope({QStringLiteral("summary"), QStringLiteral("--json"), m_bundle.path()});
    RS_COMPARE_EXIT(first, 0);
    const QString file = cacheFile();
    QVERIFY2(!file.isEmpty(), qPrintable(cacheFiles().join(QLatin1Char(' '))));
    const FileId saved = idOf(file);
    // Read, not rewritten: the same file (inode, modification time), and the same answer.
    const ProcessRun second =
        runRoutescope({QStringLiteral("summary"), QStringLiteral("--json"), m_bundle.path()});
    RS_COMPARE_EXIT(second, 0);
    QCOMPARE(idOf(file), saved);
    QVERIFY(!summaryOf(first.out).isEmpty());
    QCOMPARE(summaryOf(second.out), summaryOf(first.out));
    QVERIFY2(second.err.isEmpty(), second.err.constData());
    // Another command over the same paths uses the same file, and its raw lines (requests print
    // file offsets; events count lines in the text) match an import's.
    const ProcessRun events = runRoutescope({QStringLiteral("events"), m_bundle.path()});
    const ProcessRun eventsFresh =
        runRoutescope({QStringLiteral("events"), QStringLiteral("--no-cache"), m_bundle.path()});
    RS_COMPARE_EXIT(events, 0);
    QCOMPARE(events.out, eventsFresh.out);
    QCOMPARE(idOf(file), saved);
}

void TestCacheCli::changedInputIsImportedAgain()
{
    QTemporaryDir input;
    QVERIFY(QFile::copy(m_bundle.filePath(QStringLiteral("access.log")),
                        input.filePath(QStringLiteral("access.log"))));
    const QStringList args{QStringLiteral("requests"), QStringLiteral("--csv"), input.path()};
    const ProcessRun first = runRoutescope(args);
    RS_COMPARE_EXIT(first, 0);
    const QString file = cacheFile();
    QVERIFY(!file.isEmpty());
    const FileId saved = idOf(file);
    {
        QFile log(input.filePath(QStringLiteral("access.log")));
        QVERIFY(log.open(QIODevice::Append));
        log.write(
            "example.com - [2026-10-14T09:02:20.000000000Z] \"GET /changed HTTP/1.1\" 200 0 5 \"-\" "
            "\"curl\" \"10.0.0.1:1234\" \"10.0.1.1:8080\" x_forwarded_for:\"-\" x_forwarded_proto:\"http\" "
            "vcap_request_id:\"11111111-2222-3333-4444-555555555555\" response_time:0.001 "
            "gorouter_time:0.0001 app_id:\"-\" app_index:\"-\"\n");
    }
    const ProcessRun second = runRoutescope(args);
    RS_COMPARE_EXIT(second, 0);
    QCOMPARE(second.out.count('\n'), first.out.count('\n') + 1);
    QVERIFY(second.out.contains("/changed"));
    // The same file name (same paths), written again.
    QCOMPARE(cacheFile(), file);
    QVERIFY(!(idOf(file) == saved));
}

void TestCacheCli::damagedFileIsRejectedOnceAndRebuilt()
{
    // requests, not summary: the summary shows the import's duration.
    const QStringList args{QStringLiteral("requests"), QStringLiteral("--csv"), m_bundle.path()};
    const ProcessRun first = runRoutescope(args);
    RS_COMPARE_EXIT(first, 0);
    const QString file = cacheFile();
    QVERIFY(!file.isEmpty());
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QByteArray bytes = damaged.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    QVERIFY(damaged.seek(0));
    damaged.write(bytes);
    damaged.close();

    const ProcessRun second = runRoutescope(args);
    RS_COMPARE_EXIT(second, 0);
    QCOMPARE(second.out, first.out);
    QCOMPARE(second.err.count("rejected"), qsizetype{1});
    QVERIFY2(second.err.contains(QFile::encodeName(file)) && second.err.contains("importing again"),
             second.err.constData());
    // Rebuilt: the third run reads it without a word.
    const FileId rebuilt = idOf(file);
    const ProcessRun third = runRoutescope(args);
    RS_COMPARE_EXIT(third, 0);
    QVERIFY2(third.err.isEmpty(), third.err.constData());
    QCOMPARE(idOf(file), rebuilt);
    QCOMPARE(third.out, first.out);
}

void TestCacheCli::noCacheNeitherReadsNorWrites()
{
    const ProcessRun run =
        runRoutescope({QStringLiteral("summary"), QStringLiteral("--no-cache"), m_bundle.path()});
    RS_COMPARE_EXIT(run, 0);
    QVERIFY(cacheFiles().isEmpty());
    // With a saved incident there, --no-cache does not read it: a damaged one says nothing.
    RS_COMPARE_EXIT(runRoutescope({QStringLiteral("summary"), m_bundle.path()}), 0);
    const QString file = cacheFile();
    QVERIFY(!file.isEmpty());
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.seek(damaged.size() / 2));
    damaged.write("garbage");
    damaged.close();
    const FileId before = idOf(file);
    const ProcessRun again =
        runRoutescope({QStringLiteral("summary"), QStringLiteral("--no-cache"), m_bundle.path()});
    RS_COMPARE_EXIT(again, 0);
    QVERIFY2(again.err.isEmpty(), again.err.constData());
    QCOMPARE(idOf(file), before);
}

void TestCacheCli::lsListsAndClearEmpties()
{
    const ProcessRun empty = runRoutescope({QStringLiteral("cache"), QStringLiteral("ls")});
    RS_COMPARE_EXIT(empty, 0);
    QVERIFY2(empty.out.contains("0 saved incident(s)"), empty.out.constData());
    RS_COMPARE_EXIT(runRoutescope({QStringLiteral("summary"), m_bundle.path()}), 0);
    QFile other(m_cache.filePath(QStringLiteral("keep.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("not RouteScope's");
    other.close();

    const ProcessRun ls = runRoutescope({QStringLiteral("cache"), QStringLiteral("ls")});
    RS_COMPARE_EXIT(ls, 0);
    const QString canonical = QFileInfo(m_bundle.path()).canonicalFilePath();
    QVERIFY2(ls.out.contains(QFile::encodeName(canonical)), ls.out.constData());
    QVERIFY2(ls.out.contains(QFile::encodeName(cacheFile())), ls.out.constData());
    QVERIFY2(ls.out.contains(" request(s)") && ls.out.contains("1 saved incident(s),"), ls.out.constData());

    const ProcessRun clear = runRoutescope({QStringLiteral("cache"), QStringLiteral("clear")});
    RS_COMPARE_EXIT(clear, 0);
    QVERIFY2(clear.out.contains("removed 1 saved incident"), clear.out.constData());
    QVERIFY(cacheFiles().isEmpty());
    QVERIFY(QFile::exists(m_cache.filePath(QStringLiteral("keep.txt"))));
}

void TestCacheCli::usageErrors()
{
    RS_COMPARE_EXIT(runRoutescope({QStringLiteral("cache")}), 2);
    RS_COMPARE_EXIT(runRoutescope({QStringLiteral("cache"), QStringLiteral("drop")}), 2);
    const ProcessRun help = runRoutescope({QStringLiteral("help")});
    QVERIFY(help.out.contains("routescope cache ls|clear") && help.out.contains("--no-cache"));
}

QTEST_GUILESS_MAIN(TestCacheCli)
#include "tst_cachecli.moc"
