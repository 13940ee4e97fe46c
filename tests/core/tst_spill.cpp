// Spill files (issue 15): a member whose bytes cannot be read back from the bundle (a zip entry, a
// member of a .tar.bz2) is written to a nameless file of ours as it is read, and what lies in it is
// streamed and read back from there like the members of a loose .tgz: the same rows and raw lines
// as the plain archive, no text held, nothing left on disk, and memory (with a report entry) when no
// spill file can be written.
#include "archivewriter.h"
#include "core/bundle/spillfile.h"
#include "core/cache/incidentfile.h"
#include "core/import/importer.h"
#include "core/store/importreport.h"
#include "core/store/layeredtext.h"
#include "filebytes.h"
#include "generatedbundle.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <set>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace rs;

namespace {

using test::readAll;

void writeAll(const std::string& path, const std::string& bytes)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    test::writeAll(path, bytes);
}

// Every column of a table of `got`, and every record's raw line, equal those of `expected`: the same
// bundle read another way.
template <typename Table>
void compareTable(const Incident& got, const Incident& expected, const Table& a, const Table& b,
                  const char* name)
{
    QVERIFY2(Table::columnsOf(a) == Table::columnsOf(b), name);
    QVERIFY2(a.source.file == b.source.file, name);
    for (std::size_t row = 0; row < a.size(); ++row) {
        const RawLine line = got.rawLine(a.source, row);
        const RawLine wanted = expected.rawLine(b.source, row);
        QVERIFY2(!wanted.empty(), name);
        if (line.view() != wanted.view())
            QFAIL((std::string(name) + " row " + std::to_string(row) + " of " +
                   got.filePath(a.source.file[row]) + ": \"" + line.str() + "\" instead of \"" +
                   wanted.str() + '"')
                      .c_str());
    }
}

// `got`'s file paths start with `gotInput`, `expected`'s with `expectedInput`.
void compareImports(const Incident& got, const Incident& expected, const std::string& gotInput,
                    const std::string& expectedInput)
{
    QCOMPARE(got.report.files.size(), expected.report.files.size());
    for (std::size_t i = 0; i < got.report.files.size(); ++i) {
        const std::string& path = got.report.files[i].path;
        const std::string& wanted = expected.report.files[i].path;
        QVERIFY2(path.starts_with(gotInput) && wanted.starts_with(expectedInput), path.c_str());
        QCOMPARE(path.substr(gotInput.size()), wanted.substr(expectedInput.size()));
        QCOMPARE(got.report.files[i].records, expected.report.files[i].records);
        QCOMPARE(got.report.files[i].bytes, expected.report.files[i].bytes);
    }
    QCOMPARE(got.tables.strings.size(), expected.tables.strings.size());
    compareTable(got, expected, got.tables.requests, expected.tables.requests, "requests");
    compareTable(got, expected, got.tables.events, expected.tables.events, "events");
    compareTable(got, expected, got.tables.stderrLines, expected.tables.stderrLines, "stderr");
    compareTable(got, expected, got.tables.lager, expected.tables.lager, "lager");
    QVERIFY(got.tables.requests.size() > 1000);
}

// The descriptors of this process open on files in `directory` (spill files have no name there:
// "/dir/#123 (deleted)").
std::size_t openFilesIn(const std::string& directory)
{
    std::size_t count = 0;
    for (const auto& fd : std::filesystem::directory_iterator("/proc/self/fd")) {
        std::error_code ec;
        const std::string target = std::filesystem::read_symlink(fd.path(), ec).string();
        count += !ec && target.starts_with(directory + "/") ? 1 : 0;
    }
    return count;
}

std::size_t entriesIn(const std::string& directory)
{
    std::error_code ec;
    std::size_t count = 0;
    for (auto it = std::filesystem::directory_iterator(directory, ec); !ec && it != decltype(it)(); ++it)
        ++count;
    return count;
}

// Every text of `incident` is read back from a spill file, none held; `spilledBytes` is what the spill
// files hold.
void checkSpilled(const Incident& incident, std::uint64_t& spilledBytes)
{
    std::uint64_t text = 0;
    std::uint64_t kept = 0;
    std::set<const SpillFile*> files;
    for (std::size_t file = 0; file < incident.fileText.size(); ++file) {
        const auto layered = std::dynamic_pointer_cast<const LayeredText>(incident.fileText[file]);
        QVERIFY2(layered && layered->spill(), incident.filePath(static_cast<FileIndex>(file)).c_str());
        QVERIFY(layered->resident() == nullptr);
        text += layered->size();
        kept += layered->memoryBytes();
        files.insert(layered->spill().get());
    }
    QVERIFY2(kept < text / 20, qPrintable(QStringLiteral("%1 bytes kept for %2").arg(kept).arg(text)));
    spilledBytes = 0;
    for (const SpillFile* file : files) {
        QCOMPARE(file->memoryBytes(), std::uint64_t{0}); // all of it on disk
        spilledBytes += file->size();
    }
    QVERIFY(spilledBytes > 0);
}

} // namespace

class TestSpill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aZipOfABoshTarballImportsLikeTheTarball();
    void aTarBz2ImportsLikeItsTar();
    void noSpillFileOutlivesItsTexts();
    void aZipInsideAZipIsReadFromItsSpillFile();
    void limitsCutSpilledMembersAsBefore();
    void aFailedWriteHoldsTheRestInMemory();
    void aDiskFullMidMemberLosesNothing();
    void noSpillDirectoryHoldsMembersInMemory();
    void aReopenedIncidentSpillsAgain();

private:
    QTemporaryDir m_dir;
    std::string m_spillDir;
    std::string m_tgz; // the generated bosh bundle
    std::string m_zip; // a zip holding it
    std::shared_ptr<Incident> m_fromTgz;
    std::shared_ptr<Incident> m_fromZip;
};

void TestSpill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Spill files go where the cache is: a directory of this test's own.
    const QString cache = m_dir.filePath(QStringLiteral("cache"));
    qputenv("ROUTESCOPE_CACHE_DIR", cache.toUtf8());
    m_spillDir = cache.toStdString() + "/spill";
    QCOMPARE(defaultSpillDirectory(), m_spillDir);

    const QString generated = m_dir.filePath(QStringLiteral("generated"));
    const QJsonObject truth = test::generateBundle(
        generated,
        {QStringLiteral("--layout"), QStringLiteral("bosh"), QStringLiteral("--routers"), QStringLiteral("2"),
         QStringLiteral("--rotate"), QStringLiteral("1"), QStringLiteral("--minutes"), QStringLiteral("3"),
         QStringLiteral("--rps"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    m_tgz = QDir(generated).filePath(truth.value(QStringLiteral("bundle")).toString()).toStdString();
    const std::string name = std::filesystem::path(m_tgz).filename().string();
    m_zip = m_dir.filePath(QStringLiteral("bundle.zip")).toStdString();
    writeAll(m_zip, test::makeArchive({test::Member(name, readAll(m_tgz))}, test::ArchiveFormat::Zip));

    m_fromTgz = Importer().importPaths({m_tgz});
    m_fromZip = Importer().importPaths({m_zip});
}

void TestSpill::cleanupTestCase()
{
    m_fromZip.reset();
    m_fromTgz.reset();
    QCOMPARE(openFilesIn(m_spillDir), std::size_t{0});
}

void TestSpill::aZipOfABoshTarballImportsLikeTheTarball()
{
    QVERIFY(m_fromZip->report.problems.empty());
    compareImports(*m_fromZip, *m_fromTgz, "bundle.zip/", "");
    // The tarball inside the zip is spilled once, as it is (its members are read back through it).
    std::uint64_t spilled = 0;
    checkSpilled(*m_fromZip, spilled);
    QCOMPARE(spilled, std::uint64_t{std::filesystem::file_size(m_tgz)});
    // From other threads too (their own cursors through the layers).
    const RequestTable& requests = m_fromZip->tables.requests;
    std::atomic<std::size_t> wrong{0};
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 2; ++t)
        threads.emplace_back([&, t] {
            // Backwards, every read is a new start through every layer: a few hundred.
            for (std::size_t k = 0; k < requests.size(); k += 53) {
                const std::size_t row = t == 0 ? k : requests.size() - 1 - k;
                if (m_fromZip->rawLine(requests.source, row).view() !=
                    m_fromTgz->rawLine(m_fromTgz->tables.requests.source, row).view())
                    ++wrong;
            }
        });
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), std::size_t{0});
}

void TestSpill::aTarBz2ImportsLikeItsTar()
{
    // A bosh tarball and a plain log beside it (a leaf spilled as it is).
    const std::string name = std::filesystem::path(m_tgz).filename().string();
    std::string log;
    const RequestTable& requests = m_fromTgz->tables.requests;
    for (std::size_t row = 0; row < 3000; ++row)
        log += m_fromTgz->rawLine(requests.source, row).str() + '\n';
    const std::vector<test::Member> members{test::Member("x/" + name, readAll(m_tgz)),
                                            test::Member("y/gorouter/access.log", log)};
    const std::string tar = m_dir.filePath(QStringLiteral("bzip2/both.tar")).toStdString();
    const std::string bz2 = m_dir.filePath(QStringLiteral("bzip2/both.tar.bz2")).toStdString();
    writeAll(tar, test::makeArchive(members, test::ArchiveFormat::Tar));
    writeAll(bz2, test::makeArchive(members, test::ArchiveFormat::TarBz2));
    const auto fromTar = Importer().importPaths({tar});
    const auto fromBz2 = Importer().importPaths({bz2});
    QVERIFY(fromBz2->report.problems.empty());
    compareImports(*fromBz2, *fromTar, "both.tar.bz2/", "both.tar/");
    std::uint64_t spilled = 0;
    checkSpilled(*fromBz2, spilled);
    QCOMPARE(spilled, std::uint64_t{std::filesystem::file_size(m_tgz) + log.size()});
    // The log's text: all of it, scanned from the spill file.
    const auto text = std::find_if(fromBz2->fileText.begin(), fromBz2->fileText.end(),
                                   [&](const SharedText& t) { return t->size() == log.size(); });
    QVERIFY(text != fromBz2->fileText.end());
    std::string scanned;
    QVERIFY((*text)->scan(0, log.size(), [&](std::string_view chunk) {
        scanned.append(chunk);
        return true;
    }));
    QVERIFY(scanned == log);
}

void TestSpill::noSpillFileOutlivesItsTexts()
{
    const std::size_t before = openFilesIn(m_spillDir);
    QVERIFY(before > 0); // m_fromZip's
    auto incident = Importer().importPaths({m_zip});
    QVERIFY(openFilesIn(m_spillDir) > before);
    QVERIFY(!incident->rawLine(incident->tables.requests.source, 5).empty());
    // Nothing in the directory, ever: the files have no name.
    QCOMPARE(entriesIn(m_spillDir), std::size_t{0});
    incident.reset();
    QCOMPARE(openFilesIn(m_spillDir), before);
    QCOMPARE(entriesIn(m_spillDir), std::size_t{0});
    QDir spill(QString::fromStdString(m_spillDir));
    QCOMPARE(QFile::permissions(spill.path()) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions{});
}

void TestSpill::aZipInsideAZipIsReadFromItsSpillFile()
{
    // The inner zip needs random access: it is read from a mapping of the spill file it was written
    // to; the tarball inside it is spilled in turn (to another file: the first is still being written).
    const std::string name = std::filesystem::path(m_tgz).filename().string();
    const std::string inner =
        test::makeArchive({test::Member(name, readAll(m_tgz))}, test::ArchiveFormat::Zip);
    const std::string outer = m_dir.filePath(QStringLiteral("nested/outer.zip")).toStdString();
    writeAll(outer, test::makeArchive({test::Member("inner.zip", inner)}, test::ArchiveFormat::Zip));
    const auto incident = Importer().importPaths({outer});
    QVERIFY(incident->report.problems.empty());
    compareImports(*incident, *m_fromTgz, "outer.zip/inner.zip/", "");
    std::uint64_t spilled = 0;
    checkSpilled(*incident, spilled);
    QCOMPARE(spilled, std::uint64_t{std::filesystem::file_size(m_tgz)});
}

void TestSpill::limitsCutSpilledMembersAsBefore()
{
    // A zip entry past the member limit keeps its lines before the limit, like a tar's: the same
    // report, the same lines, and read back from the spill file.
    std::string log;
    const RequestTable& requests = m_fromTgz->tables.requests;
    for (std::size_t row = 0; log.size() < (300u << 10); ++row)
        log += m_fromTgz->rawLine(requests.source, row).str() + '\n';
    const std::vector<test::Member> members{test::Member("gorouter/access.log", log)};
    const std::string tar = m_dir.filePath(QStringLiteral("limits/cut.tar")).toStdString();
    const std::string zip = m_dir.filePath(QStringLiteral("limits/cut.zip")).toStdString();
    writeAll(tar, test::makeArchive(members, test::ArchiveFormat::Tar));
    writeAll(zip, test::makeArchive(members, test::ArchiveFormat::Zip));
    ImportOptions options;
    options.limits.maxMemberBytes = 100u << 10;
    const auto fromTar = Importer(options).importPaths({tar});
    const auto fromZip = Importer(options).importPaths({zip});
    QCOMPARE(fromZip->report.problems.size(), std::size_t{1});
    QCOMPARE(fromZip->report.problems[0].issue, BundleIssue::MemberTooLarge);
    QCOMPARE(fromZip->report.problems[0].detail, fromTar->report.problems[0].detail);
    compareTable(*fromZip, *fromTar, fromZip->tables.requests, fromTar->tables.requests, "requests");
    QVERIFY(fromZip->tables.requests.size() > 100);
    QVERIFY(fromZip->fileText[0]->size() <= options.limits.maxMemberBytes);
    const auto layered = std::dynamic_pointer_cast<const LayeredText>(fromZip->fileText[0]);
    QVERIFY(layered && layered->spill());
}

void TestSpill::aFailedWriteHoldsTheRestInMemory()
{
    // A disk that fills up: what could not be written is held, and read back from memory.
    const int fd = ::open("/dev/full", O_RDWR | O_CLOEXEC);
    QVERIFY(fd >= 0);
    const auto file = SpillFile::adopt(fd);
    QVERIFY(!file->append("first line\n"));
    QVERIFY(file->writeFailed());
    QVERIFY(file->writeError().find("No space left") != std::string::npos);
    const std::string more(3u << 20, 'x');
    QVERIFY(file->append(more));
    QCOMPARE(file->size(), std::uint64_t{11 + more.size()});
    QCOMPARE(file->memoryBytes(), file->size());
    std::string out;
    QVERIFY(file->read(0, 20, out));
    QCOMPARE(out, "first line\n" + std::string(9, 'x'));
    QVERIFY(file->read((1u << 20) - 5, 10, out)); // across held blocks
    QCOMPARE(out, std::string(10, 'x'));
    QVERIFY(file->read(file->size() - 2, 10, out));
    QCOMPARE(out, std::string(2, 'x'));
}

void TestSpill::aDiskFullMidMemberLosesNothing()
{
    // Files may grow no further than half the tarball (as on a disk that fills up): the spill file's
    // first half is read back from disk, the rest from memory, and the report says so.
    const auto half = static_cast<rlim_t>(std::filesystem::file_size(m_tgz) / 2);
    rlimit saved{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN); // a write past it fails instead (EFBIG)
    rlimit limit = saved;
    limit.rlim_cur = half;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    const auto incident = Importer().importPaths({m_zip});
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);

    QCOMPARE(incident->report.problems.size(), std::size_t{1});
    QCOMPARE(incident->report.problems[0].issue, BundleIssue::SpillFailed);
    QVERIFY2(incident->report.problems[0].detail.find("File too large") != std::string::npos,
             incident->report.problems[0].detail.c_str());
    compareImports(*incident, *m_fromTgz, "bundle.zip/", "");
    const auto layered = std::dynamic_pointer_cast<const LayeredText>(incident->fileText[0]);
    QVERIFY(layered && layered->spill());
    QVERIFY(layered->spill()->writeFailed());
    QCOMPARE(layered->spill()->size(), std::uint64_t{std::filesystem::file_size(m_tgz)});
    QCOMPARE(layered->spill()->memoryBytes(), layered->spill()->size() - half);
}

void TestSpill::noSpillDirectoryHoldsMembersInMemory()
{
    // No cache directory can be made there: the zip's members are held, as before spill files, and
    // the report says why; no line is lost.
    const QByteArray saved = qgetenv("ROUTESCOPE_CACHE_DIR");
    qunsetenv("ROUTESCOPE_CACHE_DIR");
    qputenv("XDG_CACHE_HOME", "/proc/no-such-directory/cache");
    const auto incident = Importer().importPaths({m_zip});
    qputenv("ROUTESCOPE_CACHE_DIR", saved);
    qunsetenv("XDG_CACHE_HOME");
    QCOMPARE(incident->report.problems.size(), std::size_t{1});
    const BundleProblem& problem = incident->report.problems[0];
    QCOMPARE(problem.issue, BundleIssue::SpillFailed);
    QVERIFY2(problem.detail.find("/proc/no-such-directory/cache/routescope/spill") != std::string::npos,
             problem.detail.c_str());
    QVERIFY(!describe(BundleIssue::SpillFailed).isEmpty());
    compareImports(*incident, *m_fromTgz, "bundle.zip/", "");
    for (const SharedText& text : incident->fileText)
        QVERIFY(text->resident() != nullptr);
}

void TestSpill::aReopenedIncidentSpillsAgain()
{
    // Saved and read again, the zip's members are read again from the zip on the first raw line,
    // spilled again, and read back from there.
    const std::string path = m_dir.filePath(QStringLiteral("zip.rsincident")).toStdString();
    cache::IncidentFileInfo info;
    info.key = "test";
    info.inputs = m_fromZip->report.inputs;
    info.createdNs = 1;
    info.requests = m_fromZip->tables.requests.size();
    std::string error;
    QVERIFY2(cache::IncidentFile::write(path, *m_fromZip, info, &error), error.c_str());
    const cache::IncidentFileResult result = cache::IncidentFile::readBytes(readAll(path));
    QVERIFY2(result.incident, result.error.c_str());
    const Incident& loaded = *result.incident;
    const RequestTable& requests = loaded.tables.requests;
    for (std::size_t row = 0; row < requests.size(); row += 3)
        QCOMPARE(loaded.rawLine(requests.source, row).view(),
                 m_fromZip->rawLine(m_fromZip->tables.requests.source, row).view());
    std::uint64_t text = 0;
    std::uint64_t kept = 0;
    for (const SharedText& t : loaded.fileText) {
        QVERIFY(t->resident() == nullptr);
        text += t->size();
        kept += t->memoryBytes();
    }
    QVERIFY(kept < text / 20);
}

QTEST_GUILESS_MAIN(TestSpill)
#include "tst_spill.moc"
