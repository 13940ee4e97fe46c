// Raw lines on demand (DESIGN §2): the incident no longer keeps the text of loose files. Every
// record's raw line read back from loose plain and gzip files must equal the line of the same
// content imported into memory, and a file changed, truncated or removed after the import yields
// nothing (and says why), never other text.
#include "archivewriter.h"
#include "core/bundle/bundlereader.h"
#include "core/import/importer.h"
#include "core/store/rawtext.h"
#include "generatedbundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace rs;

namespace {

struct File {
    std::string path; // relative to the bundle's root
    std::string content;
};

void writeFile(const std::string& path, const std::string& bytes)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Logical path without the input's own name: the same for a directory and an archive of it.
std::string relative(const std::string& path)
{
    const auto slash = path.find('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

using Lines = std::map<std::pair<std::string, std::uint64_t>, std::string>;

// Every row's raw line of every table with provenance, by file and offset.
Lines rawLines(const Incident& incident, std::size_t& rows)
{
    Lines lines;
    rows = 0;
    const auto add = [&](const Provenance& source, std::size_t count) {
        for (std::size_t row = 0; row < count; ++row) {
            lines[{relative(incident.filePath(source.file[row])), source.offset[row]}] =
                incident.rawLine(source, row).str();
            ++rows;
        }
    };
    const RecordTables& t = incident.tables;
    add(t.requests.source, t.requests.size());
    add(t.events.source, t.events.size());
    add(t.stderrLines.source, t.stderrLines.size());
    add(t.containers.source, t.containers.size());
    add(t.lager.source, t.lager.size());
    add(t.lb.source, t.lb.size());
    add(t.apps.source, t.apps.size());
    return lines;
}

// Read on a thread of its own: the reading thread's cache of blocks read before holds nothing.
RawLine freshLine(const Incident& incident, std::size_t row)
{
    RawLine line;
    std::thread([&] { line = incident.rawLine(incident.tables.requests.source, row); }).join();
    return line;
}

} // namespace

class TestRawText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void looseFilesGiveTheResidentLines();
    void aBigGzipFileReadsFromItsCheckpoints();
    void aRewrittenFileGivesNothing();
    void aTruncatedFileGivesNothing();
    void aRemovedFileGivesNothing();
    void aChangedGzipFileGivesNothing();

private:
    // A loose access log imported alone; the row checked afterwards.
    std::shared_ptr<Incident> importAccessLog(const QString& path, bool gzip = false);

    QTemporaryDir m_dir;
    std::vector<File> m_files;
    std::string m_accessLog; // relative path of a plain access log with requests
};

void TestRawText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString generated = m_dir.filePath(QStringLiteral("generated"));
    const QJsonObject truth = test::generateBundle(
        generated,
        {QStringLiteral("--minutes"), QStringLiteral("4"), QStringLiteral("--rps"), QStringLiteral("6"),
         QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--app-logs"), QStringLiteral("on"),
         QStringLiteral("--lb"), QStringLiteral("both")});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    // Unpacked with the bundle reader: every leaf as the text the importer would parse.
    std::vector<BundleProblem> problems;
    BundleReader().read(
        {generated.toStdString()},
        [&](BundleEntry&& entry) {
            if (entry.path.ends_with("truth.json"))
                return;
            m_files.push_back({relative(entry.path), std::string(entry.bytes->view())});
        },
        problems);
    QVERIFY(problems.empty());
    QVERIFY(m_files.size() > 4);
    // Every other file gzipped, the rest plain: loose files of both kinds.
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        if (i % 2 == 1) {
            m_files[i].content = test::gzipBytes(m_files[i].content);
            m_files[i].path += ".gz";
        } else if (m_accessLog.empty() && m_files[i].path.find("access.log") != std::string::npos) {
            m_accessLog = m_files[i].path;
        }
    }
    QVERIFY(!m_accessLog.empty());
}

void TestRawText::looseFilesGiveTheResidentLines()
{
    const std::string root = m_dir.filePath(QStringLiteral("loose")).toStdString();
    std::vector<test::Member> members;
    for (const File& file : m_files) {
        writeFile(root + "/" + file.path, file.content);
        members.emplace_back(file.path, file.content);
    }
    const auto loose = Importer().importPaths({root});
    const auto resident = Importer().importBytes(
        "bundle.tar", bytesFromString(test::makeArchive(members, test::ArchiveFormat::Tar)));
    QCOMPARE(loose->report.files.size(), resident->report.files.size());

    // Every loose file, plain or gzip, is read back from disk; the archive's members are held.
    std::size_t gzipFiles = 0;
    for (std::size_t file = 0; file < loose->fileText.size(); ++file) {
        const RawText* text = loose->text(static_cast<FileIndex>(file));
        QVERIFY(text != nullptr);
        // (An empty file has nothing to read back.)
        QVERIFY2(text->resident() == nullptr || text->size() == 0,
                 loose->filePath(static_cast<FileIndex>(file)).c_str());

        gzipFiles += loose->report.files[file].wasGzip ? 1 : 0;
    }
    QVERIFY(gzipFiles > 0);
    for (const SharedText& text : resident->fileText)
        QVERIFY(text && text->resident() != nullptr);

    std::size_t looseRows = 0;
    std::size_t residentRows = 0;
    const Lines fromLoose = rawLines(*loose, looseRows);
    const Lines fromMemory = rawLines(*resident, residentRows);
    QCOMPARE(looseRows, residentRows);
    QVERIFY(loose->tables.requests.size() > 100);
    QVERIFY(loose->tables.events.size() > 0);
    QVERIFY(loose->tables.lb.size() > 0);
    QCOMPARE(fromLoose.size(), fromMemory.size());
    std::size_t empty = 0;
    for (const auto& [where, line] : fromMemory) {
        const auto other = fromLoose.find(where);
        QVERIFY2(other != fromLoose.end(), where.first.c_str());
        QVERIFY2(other->second == line,
                 qPrintable(
                     QStringLiteral("%1 at %2").arg(QString::fromStdString(where.first)).arg(where.second)));
        empty += line.empty() ? 1 : 0;
    }
    QCOMPARE(empty, std::size_t{0});

    // The same lines in the reverse order (every read a cache miss first), and from another thread.
    const RequestTable& q = loose->tables.requests;
    std::thread([&] {
        for (std::size_t row = q.size(); row-- > 0;) {
            const auto& expected =
                fromMemory.at({relative(loose->filePath(q.source.file[row])), q.source.offset[row]});
            if (loose->rawLine(q.source, row).view() != expected)
                qFatal("row %zu differs when read backwards", row);
        }
    }).join();
    for (const SharedText& text : loose->fileText)
        QCOMPARE(text->state(), TextState::Available);
}

std::shared_ptr<Incident> TestRawText::importAccessLog(const QString& path, bool gzip)
{
    const auto file =
        std::find_if(m_files.begin(), m_files.end(), [&](const File& f) { return f.path == m_accessLog; });
    writeFile(path.toStdString(), gzip ? test::gzipBytes(file->content) : file->content);

    auto incident = Importer().importPaths({path.toStdString()});
    if (incident->tables.requests.size() < 2 || incident->fileText.size() != 1 ||
        incident->fileText[0]->resident() != nullptr)
        qFatal("the access log did not import as a loose file with requests");
    // Read once, before the change: this thread's cache now holds the start of the file.
    const auto offset = static_cast<std::size_t>(incident->tables.requests.source.offset[0]);
    std::string first = file->content.substr(offset, file->content.find('\n', offset) - offset);
    if (first.ends_with('\r'))
        first.pop_back();
    if (incident->rawLine(incident->tables.requests.source, 0).view() != first)
        qFatal("the first line differs");

    return incident;
}

void TestRawText::aBigGzipFileReadsFromItsCheckpoints()
{
    // Tens of MiB of text: many checkpoints, and lines read from each of them.
    const auto file =
        std::find_if(m_files.begin(), m_files.end(), [&](const File& f) { return f.path == m_accessLog; });
    std::string text;
    while (text.size() < (40u << 20))
        text += file->content;
    const std::string compressed = test::gzipBytes(text);
    const std::string path = m_dir.filePath(QStringLiteral("big/access.log.gz")).toStdString();
    writeFile(path, compressed);
    const auto loose = Importer().importPaths({path});
    const auto resident = Importer().importBytes("access.log.gz", bytesFromString(compressed));
    QCOMPARE(loose->fileText.size(), std::size_t{1});
    QVERIFY(loose->fileText[0]->resident() == nullptr);
    QVERIFY(loose->fileText[0]->memoryBytes() > 0);
    QVERIFY(loose->fileText[0]->memoryBytes() < text.size() / 20);
    const RequestTable& q = loose->tables.requests;
    QCOMPARE(q.size(), resident->tables.requests.size());
    QVERIFY(q.size() > 10000);
    // In file order (the cursor continues), then backwards and striding (each a new inflate).
    for (std::size_t row = 0; row < q.size(); ++row)
        QVERIFY(loose->rawLine(q.source, row).view() ==
                resident->rawLine(resident->tables.requests.source, row).view());
    std::thread([&] {
        for (std::size_t row = q.size(); row > 0; row -= std::min<std::size_t>(row, 997))
            if (loose->rawLine(q.source, row - 1).view() !=
                resident->rawLine(resident->tables.requests.source, row - 1).view())
                qFatal("row %zu differs when read backwards", row - 1);
    }).join();
    QCOMPARE(loose->fileText[0]->state(), TextState::Available);
    // A whole scan equals the text.
    std::string scanned;
    QVERIFY(loose->fileText[0]->scan(0, text.size(), [&](std::string_view chunk) {
        scanned.append(chunk);
        return true;
    }));
    QVERIFY(scanned == text);
    // Newlines counted from row to row in file order add up to those before the last row.
    const RawText& source = *loose->fileText[0];
    std::uint64_t counted = 0;
    for (std::size_t row = 1; row < q.size(); ++row)
        counted += source.newlines(q.source.offset[row - 1], q.source.offset[row]).value_or(0);
    const auto last = static_cast<std::ptrdiff_t>(q.source.offset[q.size() - 1] - q.source.offset[0]);
    const auto first = text.begin() + static_cast<std::ptrdiff_t>(q.source.offset[0]);
    QCOMPARE(counted, static_cast<std::uint64_t>(std::count(first, first + last, '\n')));
    QCOMPARE(source.newlines(0, text.size()).value_or(0),
             static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n')));
}

void TestRawText::aRewrittenFileGivesNothing()

{
    const QString path = m_dir.filePath(QStringLiteral("rewritten/access.log"));
    const auto incident = importAccessLog(path);
    const RawText& text = *incident->fileText[0];
    const std::size_t last = incident->tables.requests.size() - 1;
    // Other text of the same size, dated later: the size alone would not tell.
    std::string other(static_cast<std::size_t>(text.size()), 'x');
    for (std::size_t i = 80; i < other.size(); i += 81)
        other[i] = '\n';
    writeFile(path.toStdString(), other);
    const std::filesystem::path file = path.toStdString();
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::seconds(60));

    QVERIFY(freshLine(*incident, last).empty());
    QVERIFY(freshLine(*incident, 0).empty());
    QVERIFY(!text.read(0, 100));
    QCOMPARE(text.state(), TextState::Changed);
    QVERIFY(!text.problem().empty());
}

void TestRawText::aTruncatedFileGivesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated/access.log"));
    const auto incident = importAccessLog(path);
    const RawText& text = *incident->fileText[0];
    std::filesystem::resize_file(path.toStdString(), text.size() / 2);

    QVERIFY(freshLine(*incident, 1).empty());
    QVERIFY(freshLine(*incident, incident->tables.requests.size() - 1).empty());
    QCOMPARE(text.state(), TextState::Changed);
}

void TestRawText::aRemovedFileGivesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("removed/access.log"));
    const auto incident = importAccessLog(path);
    QVERIFY(QFile::remove(path));

    QVERIFY(freshLine(*incident, incident->tables.requests.size() - 1).empty());
    QCOMPARE(incident->fileText[0]->state(), TextState::Missing);
    QVERIFY(!incident->fileText[0]->problem().empty());
}

void TestRawText::aChangedGzipFileGivesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("gzip/access.log.gz"));
    const auto incident = importAccessLog(path, true);
    const RawText& text = *incident->fileText[0];
    std::filesystem::resize_file(path.toStdString(), std::filesystem::file_size(path.toStdString()) / 2);

    QVERIFY(freshLine(*incident, incident->tables.requests.size() - 1).empty());
    QVERIFY(!text.read(0, 100));
    QCOMPARE(text.state(), TextState::Changed);

    const QString removed = m_dir.filePath(QStringLiteral("gzipremoved/access.log.gz"));
    const auto other = importAccessLog(removed, true);
    QVERIFY(QFile::remove(removed));
    QVERIFY(freshLine(*other, 0).empty());
    QCOMPARE(other->fileText[0]->state(), TextState::Missing);
}

QTEST_GUILESS_MAIN(TestRawText)
#include "tst_rawtext.moc"
