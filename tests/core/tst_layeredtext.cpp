// Archive members read back layer by layer (issue 15): the incident no longer keeps the text of a
// bosh bundle's members. Every record's raw line read back through the layers (bosh.tgz → gzip →
// router.tgz → gzip → access.log.N.gz → gzip) must equal the line of the same bundle imported into
// memory, from several threads at once, and a bundle changed after the import yields nothing.
#include "archivewriter.h"
#include "core/bundle/gzipcheckpoints.h"
#include "core/import/importer.h"
#include "core/store/gzipindex.h"
#include "core/store/layeredtext.h"
#include "generatedbundle.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace rs;

namespace {

std::string readWhole(const std::string& path)
{
    std::string bytes(static_cast<std::size_t>(std::filesystem::file_size(path)), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

using Lines = std::map<std::pair<std::string, std::uint64_t>, std::string>;

struct Row {
    const Provenance* source = nullptr;
    std::size_t row = 0;
    std::string expected;
};

// Every row of every table with provenance, with its raw line in `resident` (the same bundle
// imported from memory).
std::vector<Row> rowsOf(const Incident& layered, const Incident& resident)
{
    Lines lines;
    const auto collect = [&](const Incident& incident, const auto& each) {
        const RecordTables& t = incident.tables;
        each(t.requests.source, t.requests.size());
        each(t.events.source, t.events.size());
        each(t.stderrLines.source, t.stderrLines.size());
        each(t.containers.source, t.containers.size());
        each(t.lager.source, t.lager.size());
    };
    collect(resident, [&](const Provenance& source, std::size_t count) {
        for (std::size_t row = 0; row < count; ++row)
            lines[{resident.filePath(source.file[row]), source.offset[row]}] =
                resident.rawLine(source, row).str();
    });
    std::vector<Row> rows;
    collect(layered, [&](const Provenance& source, std::size_t count) {
        for (std::size_t row = 0; row < count; ++row) {
            const auto found = lines.find({layered.filePath(source.file[row]), source.offset[row]});
            rows.push_back({&source, row, found == lines.end() ? std::string("<missing>") : found->second});
        }
    });
    return rows;
}

// Read on a thread of its own: the reading thread's cache of blocks read before holds nothing.
RawLine freshLine(const Incident& incident, std::size_t row)
{
    RawLine line;
    std::thread([&] { line = incident.rawLine(incident.tables.requests.source, row); }).join();
    return line;
}

} // namespace

class TestLayeredText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void membersAreReadThroughTheirLayers();
    void rowsGiveTheResidentLines();
    void threadsReadAtOnce();
    void aTarInsideATgzInsideATgzAndAPlainTar();
    void aChangedBundleGivesNothing();
    void aZipSpillsItsMembers();

private:
    QTemporaryDir m_dir;
    std::string m_bundle; // the generated bosh-logs tarball
    std::shared_ptr<Incident> m_layered;
    std::shared_ptr<Incident> m_resident;
    std::vector<Row> m_rows;
};

void TestLayeredText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString generated = m_dir.filePath(QStringLiteral("generated"));
    // Two routers, the current access.log of each larger than one checkpoint interval, rotated
    // generations gzipped inside each router's tarball.
    const QJsonObject truth = test::generateBundle(
        generated,
        {QStringLiteral("--layout"), QStringLiteral("bosh"), QStringLiteral("--routers"), QStringLiteral("2"),
         QStringLiteral("--rotate"), QStringLiteral("2"), QStringLiteral("--minutes"), QStringLiteral("6"),
         QStringLiteral("--rps"), QStringLiteral("90"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(!truth.isEmpty(), "gen-bundle failed");
    m_bundle = QDir(generated).filePath(truth.value(QStringLiteral("bundle")).toString()).toStdString();
    QVERIFY(std::filesystem::is_regular_file(m_bundle));

    m_layered = Importer().importPaths({m_bundle});
    const std::string name = std::filesystem::path(m_bundle).filename().string();
    m_resident = Importer().importBytes(name, bytesFromString(readWhole(m_bundle)));
    QCOMPARE(m_layered->report.files.size(), m_resident->report.files.size());
    QVERIFY(m_layered->tables.requests.size() > 10000);
    m_rows = rowsOf(*m_layered, *m_resident);
}

void TestLayeredText::membersAreReadThroughTheirLayers()
{
    // Every member is read back through its layers; none is kept.
    std::size_t doubleGzip = 0;
    std::size_t bigSlices = 0;
    std::size_t bigGzips = 0;
    const bundleio::GzipCheckpoints* outer = nullptr;
    for (std::size_t file = 0; file < m_layered->fileText.size(); ++file) {
        const auto layered = std::dynamic_pointer_cast<const LayeredText>(m_layered->fileText[file]);
        if (!layered)
            QFAIL(m_layered->filePath(static_cast<FileIndex>(file)).c_str());
        QCOMPARE(layered->path(), m_bundle);
        QVERIFY(layered->resident() == nullptr);
        // G: gzip, S: slice; the first layer's checkpoints are shared by every member inside it.
        std::string kinds;
        const bundleio::GzipCheckpoints* first = nullptr;
        std::size_t innerPoints = 0;
        for (const TextLayer& layer : layered->layers()) {
            kinds += layer.kind == TextLayer::Kind::Gzip ? 'G' : 'S';
            if (kinds.size() == 1)
                first = layer.checkpoints.get();
            innerPoints = layer.checkpoints ? layer.checkpoints->count() : 0;
        }
        QVERIFY2(kinds == "GSGS" || kinds == "GSGSG", kinds.c_str());
        QVERIFY(first != nullptr);
        if (outer == nullptr)
            outer = first;
        QCOMPARE(first, outer);
        if (kinds == "GSGSG") {
            ++doubleGzip;
            if (layered->size() > GzipTextIndex::kSpacing) {
                QVERIFY(innerPoints > 1);
                ++bigGzips;
            }
        } else if (layered->size() > GzipTextIndex::kSpacing) {
            ++bigSlices;
        }
    }
    QVERIFY(doubleGzip >= 2); // access.log.N.gz inside router.tgz inside bosh.tgz
    QVERIFY(bigSlices >= 1);  // an access.log across several of its router.tgz's checkpoints
    Q_UNUSED(bigGzips);
}

void TestLayeredText::rowsGiveTheResidentLines()
{
    // Every row's raw line, in file order and then backwards from another thread.
    std::size_t empty = 0;
    for (const Row& row : m_rows) {
        const RawLine line = m_layered->rawLine(*row.source, row.row);
        QVERIFY2(
            line.view() == row.expected,
            qPrintable(QStringLiteral("row %1: %2").arg(row.row).arg(QString::fromStdString(row.expected))));
        empty += line.empty() ? 1 : 0;
    }
    QCOMPARE(empty, std::size_t{0});
    std::thread([&] {
        for (std::size_t i = m_rows.size(); i > 0; i -= std::min<std::size_t>(i, 211))
            if (m_layered->rawLine(*m_rows[i - 1].source, m_rows[i - 1].row).view() != m_rows[i - 1].expected)
                qFatal("row %zu differs when read backwards", i - 1);
    }).join();
    for (const SharedText& text : m_layered->fileText)
        QCOMPARE(text->state(), TextState::Available);
}

void TestLayeredText::threadsReadAtOnce()
{
    // Four threads, each in its own order, over the same texts.
    std::atomic<std::size_t> wrong{0};
    std::atomic<std::size_t> read{0};
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            // In table order from a different start each (cursors continue), and one striding
            // backwards (every read a new start through every layer).
            const std::size_t stride = t == 3 ? 499 : 1;
            for (std::size_t k = 0; k < m_rows.size(); k += stride) {
                const std::size_t i =
                    t == 3 ? m_rows.size() - 1 - k : (k + t * m_rows.size() / 3) % m_rows.size();
                if (m_layered->rawLine(*m_rows[i].source, m_rows[i].row).view() != m_rows[i].expected)
                    ++wrong;
                ++read;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), std::size_t{0});
    QVERIFY(read.load() > 3 * m_rows.size());
}

void TestLayeredText::aTarInsideATgzInsideATgzAndAPlainTar()
{
    // Members of a plain tar (a slice of a slice) and a .gz inside it, a .tgz inside a .tgz.
    std::string log;
    const std::string line = "2026-10-14T09:00:00.000000000Z some text of a plain log line\n";
    while (log.size() < (6u << 20))
        log += std::to_string(log.size()) + " " + line;
    const std::string inner = test::makeArchive(
        {test::Member("a/plain.log", log), test::Member("a/zipped.log.gz", test::gzipBytes(log))},
        test::ArchiveFormat::Tar);
    const std::string middle =
        test::makeArchive({test::Member("inner.tar", inner)}, test::ArchiveFormat::TarGz);
    const std::string outer =
        test::makeArchive({test::Member("middle.tgz", middle)}, test::ArchiveFormat::TarGz);
    const std::string path = m_dir.filePath(QStringLiteral("nested/outer.tgz")).toStdString();
    writeFile(path, outer);
    // The plain tar on its own too: its members are slices of the file itself.
    const std::string tar = m_dir.filePath(QStringLiteral("nested/inner.tar")).toStdString();
    writeFile(tar, inner);
    for (const auto& [input, layerCount] :
         {std::pair{path, std::size_t{5}}, std::pair{tar, std::size_t{1}}}) {
        const auto incident = Importer().importPaths({input});
        QCOMPARE(incident->fileText.size(), std::size_t{2});
        for (const SharedText& text : incident->fileText) {
            const auto layered = std::dynamic_pointer_cast<const LayeredText>(text);
            if (!layered)
                QFAIL("not read through layers");
            QCOMPARE(text->size(), std::uint64_t{log.size()});
            // plain.log: the slice; zipped.log.gz: the slice, then its gzip.
            QVERIFY(layered->layers().size() == layerCount || layered->layers().size() == layerCount + 1);
            // The whole text, scanned, then read in pieces at places far apart from a fresh thread.
            std::string scanned;
            QVERIFY(text->scan(0, text->size(), [&](std::string_view chunk) {
                scanned.append(chunk);
                return true;
            }));
            QVERIFY(scanned == log);
            std::thread([&] {
                for (const std::uint64_t at :
                     {std::uint64_t{5u << 20}, std::uint64_t{17}, std::uint64_t{(4u << 20) + 3},
                      std::uint64_t{log.size() - 10}}) {
                    const std::optional<std::string> piece = text->read(at, 4000);
                    if (!piece || *piece != log.substr(at, 4000))
                        qFatal("piece at %llu differs", static_cast<unsigned long long>(at));
                }
            }).join();
        }
    }
}

void TestLayeredText::aChangedBundleGivesNothing()
{
    const std::string path = m_dir.filePath(QStringLiteral("changed/bosh.tgz")).toStdString();
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::filesystem::copy_file(m_bundle, path);
    const auto incident = Importer().importPaths({path});
    QVERIFY(incident->tables.requests.size() > 100);
    QVERIFY(!freshLine(*incident, 0).empty());
    // The same bytes, rewritten later: the stamp no longer matches.
    writeFile(path, readWhole(m_bundle));
    const std::filesystem::path file = path;
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::seconds(60));
    const std::size_t last = incident->tables.requests.size() - 1;
    QVERIFY(freshLine(*incident, last).empty());
    QVERIFY(freshLine(*incident, 0).empty());
    const RawText& text = *incident->text(incident->tables.requests.source.file[last]);
    QCOMPARE(text.state(), TextState::Changed);
    QVERIFY(!text.problem().empty());
    QVERIFY(!text.read(0, 100));
}

void TestLayeredText::aZipSpillsItsMembers()
{
    // A zip's members cannot be read back from the zip (each is deflated on its own, not in one
    // stream): they are written to a spill file as they are read and read back from there
    // (tests/core/tst_spill.cpp).
    const std::string log = "2026-10-14T09:00:00.000000000Z a line\n";
    const std::string path = m_dir.filePath(QStringLiteral("zip/bundle.zip")).toStdString();
    writeFile(path, test::makeArchive({test::Member("x/app.log", log)}, test::ArchiveFormat::Zip));
    const auto incident = Importer().importPaths({path});
    QCOMPARE(incident->fileText.size(), std::size_t{1});
    QVERIFY(incident->fileText[0]->resident() == nullptr);
    const auto layered = std::dynamic_pointer_cast<const LayeredText>(incident->fileText[0]);
    QVERIFY(layered && layered->spill());
    QCOMPARE(incident->fileText[0]->read(0, log.size()).value_or(""), log);
}

QTEST_GUILESS_MAIN(TestLayeredText)
#include "tst_layeredtext.moc"
