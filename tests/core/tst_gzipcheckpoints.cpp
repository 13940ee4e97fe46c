// Raw lines on demand (issue "streaming core"): gzip text read back from checkpoints taken while the
// file was inflated once must equal the original bytes, in plain and nested gzip, from memory and
// from a file, and a file that changed since must not yield wrong text silently.
#include "archivewriter.h"
#include "core/bundle/gzipcheckpoints.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace rs;
using namespace rs::bundleio;

namespace {

struct Line {
    std::uint64_t offset;
    std::size_t length;
};

// Access-log-like lines with enough variety that deflate emits many blocks of both kinds.
std::string makeText(std::size_t lines, std::uint32_t seed, std::vector<Line>* index = nullptr)
{
    std::mt19937 random(seed);
    std::string text;
    for (std::size_t i = 0; i < lines; ++i) {
        const std::uint64_t start = text.size();
        text += "orders.example.com - [2026-10-14T09:" + std::to_string(10 + random() % 50) + ":" +
                std::to_string(random() % 60) + "." + std::to_string(random() % 1000000) +
                "Z] \"GET /api/orders/" + std::to_string(random()) + " HTTP/1.1\" " +
                std::to_string(random() % 4 == 0 ? 502 : 200) + " 0 " + std::to_string(random() % 90000) +
                " \"-\" \"curl/8\" \"10.0.1." + std::to_string(random() % 250) + ":" +
                std::to_string(40000 + random() % 20000) +
                "\" \"10.0.16.10:61004\" x_forwarded_for:\"-\" vcap_request_id:\"" +
                std::to_string(random()) + "-" + std::to_string(random()) + "\" response_time:0.0" +
                std::to_string(random() % 1000) + "\n";
        if (random() % 97 == 0) // incompressible stretches, so that some blocks are stored
            for (int k = 0; k < 700; ++k)
                text.push_back(static_cast<char>(random()));
        if (index != nullptr)
            index->push_back({start, text.size() - start});
    }
    return text;
}

std::string drain(Stream& stream)
{
    std::string all;
    for (std::string_view chunk = stream.next(); !chunk.empty(); chunk = stream.next())
        all.append(chunk);
    return all;
}

GzipCheckpoints buildChecked(Stream& compressed, std::uint64_t spacing, const std::string& expected)
{
    std::string seen;
    GzipCheckpoints::Built built =
        GzipCheckpoints::build(compressed, spacing, [&](std::string_view text) { seen.append(text); });
    if (!built.checkpoints)
        qFatal("build failed: %s", built.error.c_str());
    if (seen != expected)
        qFatal("the text handed out while building differs from the original");
    return std::move(*built.checkpoints);
}

} // namespace

class TestGzipCheckpoints : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRangeOfAMultiMemberFile();
    void everyLineOfADoublyNestedFile();
    void fromAFileWithPread();
    void aChangedFileIsNoticed();
    void cancelStopsTheBuild();
    void decoderStatesAreKeptPacked();
};

void TestGzipCheckpoints::everyRangeOfAMultiMemberFile()
{
    // Two members, as rotated logs concatenated or pigz output are, the second one small.
    const std::string first = makeText(20000, 1), second = makeText(3000, 2);
    const std::string text = first + second;
    const std::string compressed = test::gzipBytes(first) + test::gzipBytes(second);
    const std::uint64_t spacing = 256u << 10;
    const GzipCheckpoints points = buildChecked(*memoryOpener(compressed)(0), spacing, text);
    QCOMPARE(points.textSize(), text.size());
    // One at the start and then one per spacing of text (taken at the first read past it).
    QVERIFY2(points.count() >= text.size() / (spacing + (256u << 10)) &&
                 points.count() <= text.size() / spacing + 1,
             qPrintable(QString::number(points.count())));

    const StreamOpener opener = memoryOpener(compressed);
    std::mt19937 random(7);
    std::vector<std::pair<std::uint64_t, std::size_t>> ranges = {
        {0, 100},         {text.size() - 50, 50}, {first.size() - 20, 40}, {first.size(), 10},
        {spacing - 1, 2}, {spacing, 1},           {text.size() - 1, 10}};
    for (int i = 0; i < 300; ++i)
        ranges.emplace_back(random() % text.size(), 1 + random() % 5000);
    for (const auto& [offset, length] : ranges) {
        const std::optional<std::string> got = points.read(opener, offset, length);
        QVERIFY2(got.has_value(), qPrintable(QString::number(offset)));
        QVERIFY2(*got == text.substr(offset, length),
                 qPrintable(QStringLiteral("%1+%2").arg(offset).arg(length)));
    }
    QCOMPARE(*points.read(opener, text.size(), 10), std::string());
    // A stream of the text from any offset runs to the end of the last member.
    QCOMPARE(drain(*points.openText(opener, first.size() - 3)), text.substr(first.size() - 3));
}

void TestGzipCheckpoints::everyLineOfADoublyNestedFile()
{
    // A bosh-logs tarball (gzip) holding a rotated access log (gzip): the inner file's compressed
    // bytes are read through the outer file's checkpoints.
    std::vector<Line> lines;
    const std::string text = makeText(12000, 3, &lines);
    const std::string innerGz = test::gzipBytes(text);
    const std::string outerGz = test::makeArchive({test::Member("router/0/gorouter/access.log.1.gz", innerGz),
                                                   test::Member("router/0/other.log", makeText(500, 4))},
                                                  test::ArchiveFormat::TarGz);

    const std::uint64_t spacing = 128u << 10;
    std::string tar;
    GzipCheckpoints::Built outerBuilt = GzipCheckpoints::build(*memoryOpener(outerGz)(0), spacing,
                                                               [&](std::string_view t) { tar.append(t); });
    QVERIFY(outerBuilt.checkpoints);
    const GzipCheckpoints outer = std::move(*outerBuilt.checkpoints);
    const std::size_t member = tar.find(innerGz);
    QVERIFY(member != std::string::npos);

    const StreamOpener outerOpener = memoryOpener(outerGz);
    const StreamOpener innerOpener = [&](std::uint64_t offset) {
        return outer.openText(outerOpener, member + offset);
    };
    // The tar's padding after the member reads as gzip padding: the inner file ends there.
    const GzipCheckpoints inner = buildChecked(*innerOpener(0), spacing, text);
    QVERIFY(inner.count() > 10);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::optional<std::string> got = inner.read(innerOpener, lines[i].offset, lines[i].length);
        QVERIFY2(got && *got == text.substr(lines[i].offset, lines[i].length),
                 qPrintable(QString::number(i)));
    }
}

void TestGzipCheckpoints::fromAFileWithPread()
{
    const std::string text = makeText(15000, 5);
    const std::string compressed = test::gzipBytes(text);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("access.log.2.gz")).toStdString();
    std::ofstream(path, std::ios::binary) << compressed;

    const StreamOpener opener = fileOpener(path);
    const GzipCheckpoints points = buildChecked(*opener(0), 1u << 20, text);
    std::mt19937 random(11);
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t offset = random() % text.size();
        QCOMPARE(points.read(opener, offset, 800), std::optional<std::string>(text.substr(offset, 800)));
    }
    // A missing file: nothing, no crash.
    QVERIFY(!points.read(fileOpener(path + ".gone"), 10, 10).has_value());
}

void TestGzipCheckpoints::aChangedFileIsNoticed()
{
    const std::string text = makeText(15000, 6);
    std::string compressed = test::gzipBytes(text);
    const GzipCheckpoints points = buildChecked(*memoryOpener(compressed)(0), 256u << 10, text);
    // Cut short (a log rotated and rewritten in place): the end can no longer be read.
    const std::string truncated = compressed.substr(0, compressed.size() / 2);
    QVERIFY(!points.read(memoryOpener(truncated), text.size() - 100, 100).has_value());
    // The text before the cut still reads right.
    QCOMPARE(points.read(memoryOpener(truncated), 10, 100), std::optional<std::string>(text.substr(10, 100)));
}

void TestGzipCheckpoints::cancelStopsTheBuild()
{
    const std::string compressed = test::gzipBytes(makeText(5000, 8));
    std::atomic<bool> cancel = true;
    const GzipCheckpoints::Built built = GzipCheckpoints::build(
        *memoryOpener(compressed)(0), 1u << 16, [](std::string_view) {}, &cancel);
    QVERIFY(!built.checkpoints);
    QCOMPARE(built.error, std::string("cancelled"));
    // A file that is not gzip at all fails with the inflater's message.
    const std::string junk(4096, 'x');
    const GzipCheckpoints::Built bad =
        GzipCheckpoints::build(*memoryOpener(junk)(0), 1u << 16, [](std::string_view) {});
    QVERIFY(!bad.checkpoints);
    QVERIFY(!bad.error.empty());
}

void TestGzipCheckpoints::decoderStatesAreKeptPacked()
{
    // ISA-L's state at a checkpoint is ~21 KiB of lookup tables and up to 64 KiB of history: ~52 KiB
    // kept as it was (500 MiB of a 19 GB bundle's peak). Over log text both deflate well.
    const std::string text = makeText(30000, 9);
    const std::string compressed = test::gzipBytes(text);
    const GzipCheckpoints points = buildChecked(*memoryOpener(compressed)(0), 128u << 10, text);
    QVERIFY(points.count() > 20);
    const std::size_t perPoint = points.bytes() / points.count();
    qInfo("%zu checkpoints, %zu bytes each", points.count(), perPoint);
    QVERIFY2(perPoint < 24u << 10, qPrintable(QStringLiteral("%1 bytes per checkpoint").arg(perPoint)));
    // And they still resume where they were taken (every range is checked above; here right at
    // and after each checkpoint's spacing).
    const StreamOpener opener = memoryOpener(compressed);
    for (std::uint64_t offset = 0; offset + 300 < text.size(); offset += (128u << 10) + 77)
        QCOMPARE(points.read(opener, offset, 300), std::optional<std::string>(text.substr(offset, 300)));
}

QTEST_GUILESS_MAIN(TestGzipCheckpoints)
#include "tst_gzipcheckpoints.moc"
