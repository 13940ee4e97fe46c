// Imports whole inputs through the Importer: every sample file as its kind, rotation order,
// malformed input reported without losing the rest, and parallel == single-threaded.
#include "archivewriter.h"
#include "core/import/contenthash.h"
#include "core/import/importer.h"
#include "core/store/layeredtext.h"
#include "core/util/timeparse.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <tuple>

using namespace rs;

namespace {

const QString kSamples = QStringLiteral(ROUTESCOPE_TEST_DATA "/samples");

std::shared_ptr<Incident> importDir(const QString& dir, unsigned threads = 0)
{
    ImportOptions options;
    options.threads = threads;
    return Importer(options).importPaths({dir.toStdString()});
}

const FileReport* fileNamed(const Incident& incident, const std::string& suffix)
{
    for (const auto& file : incident.report.files) {
        if (file.path.size() >= suffix.size() &&
            file.path.compare(file.path.size() - suffix.size(), suffix.size(), suffix) == 0)
            return &file;
    }
    return nullptr;
}

std::uint64_t skippedFor(const FileReport& file, SkipReason reason)
{
    std::uint64_t n = 0;
    for (const auto& group : file.skipped)
        n += group.reason == reason ? group.count : 0;
    return n;
}

void writeFile(const QString& path, const std::string& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

std::string accessLine(int second, const char* id, int status = 200)
{
    return "app.example.com - [2026-10-14T09:00:" + std::string(second < 10 ? "0" : "") +
           std::to_string(second) + ".000000000Z] \"GET /x HTTP/1.1\" " + std::to_string(status) +
           " 0 12 \"-\" \"curl/8\" \"10.0.0.1:5000\" \"10.0.16.5:61012\" x_forwarded_for:\"1.2.3.4\" "
           "x_forwarded_proto:\"https\" vcap_request_id:\"" +
           id +
           "\" response_time:0.010000 gorouter_time:0.000100 app_id:\"a\" app_index:\"0\" instance_id:\"i\" "
           "x_cf_routererror:\"-\"\n";
}

std::shared_ptr<Incident> importWith(const QString& path, unsigned threads, std::size_t chunkBytes,
                                     bool pipelineLeaves = true, std::uint64_t readAheadBytes = 64u << 20)
{
    ImportOptions options;
    options.readAheadBytes = readAheadBytes;
    options.threads = threads;
    options.pipelineLeaves = pipelineLeaves;
    options.parse.chunkBytes = chunkBytes;
    options.parse.maxLineBytes = 4096;
    return Importer(options).importPaths({path.toStdString()});
}

// Access and JSON lines with hosts, backends and routers that first appear late in the file (so that
// string and identity ids depend on the order pieces are joined in), broken lines of several kinds
// (so that skip groups, counts, examples and their line numbers are compared), blank and CRLF lines,
// and lines longer than a piece.
std::string bigAccessLog(int lines)
{
    std::string out;
    for (int i = 0; i < lines; ++i) {
        if (i % 97 == 13) {
            out += "this is not an access log line " + std::to_string(i) + "\n";
            continue;
        }
        if (i % 211 == 7) {
            out += std::string(5000, 'y') + "\n"; // longer than maxLineBytes
            continue;
        }
        if (i % 157 == 3) {
            out += "\r\n\n";
            continue;
        }
        std::string line =
            accessLine(i % 60, ("00000000-0000-4000-8000-" + std::to_string(100000000000 + i)).c_str(),
                       i % 31 == 0 ? 502 : 200);
        const std::string host = "app" + std::to_string(i / 40) + ".example.com";
        line.replace(0, std::string_view("app.example.com").size(), host);
        const auto backend = line.find("10.0.16.5:61012");
        line.replace(backend, 15, "10.0." + std::to_string(i / 300) + ".5:61012");
        // A cf logs wrapper names its router, so identities appear mid-file; only past the part that
        // kind detection reads, which would otherwise take the file for a capture (parsed whole).
        if (i > 1000 && i % 53 == 0)
            line = "2026-10-14T09:00:" + std::string(i % 60 < 10 ? "0" : "") + std::to_string(i % 60) +
                   ".000+00:00 [RTR/" + std::to_string(i / 500) + "] [OUT] " + line;
        out += line;
    }
    return out;
}

std::string bigGorouterLog(int lines)
{
    std::string out;
    for (int i = 0; i < lines; ++i) {
        if (i % 89 == 5) {
            out += "{\"log_level\":1,\"timestamp\":\"2026-10-14T09:00:00\n"; // cut short
            continue;
        }
        out += R"({"log_level":)" + std::to_string(i % 3 == 0 ? 3 : 1) +
               R"(,"timestamp":"2026-10-14T09:00:)" + (i % 60 < 10 ? "0" : "") + std::to_string(i % 60) +
               R"(.000000000Z","message":")" + (i % 3 == 0 ? "backend-endpoint-failed" : "route-registered") +
               R"(","source":"vcap.gorouter","data":{"uri":"r)" + std::to_string(i / 25) +
               R"(.example.com","backend_endpoint":"10.0.1.)" + std::to_string(i % 250) +
               R"(:61000","error":"dial tcp: connection refused )" + std::to_string(i / 100) +
               R"(","vcap_request_id":"00000000-0000-4000-8000-)" + std::to_string(200000000000 + i) +
               "\"}}\n";
    }
    return out;
}

void compareReports(const FileReport& a, const FileReport& b)
{
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.identity, b.identity);
    QCOMPARE(a.bytes, b.bytes);
    QCOMPARE(a.storedBytes, b.storedBytes);
    QCOMPARE(a.lines, b.lines);
    QCOMPARE(a.records, b.records);
    QCOMPARE(a.first, b.first);
    QCOMPARE(a.last, b.last);
    QCOMPARE(a.truncated, b.truncated);
    QCOMPARE(a.wasGzip, b.wasGzip);
    QCOMPARE(a.ignored, b.ignored);
    QCOMPARE(a.foreignLines, b.foreignLines);
    QCOMPARE(a.foreignExample.line, b.foreignExample.line);
    QCOMPARE(a.skipped.size(), b.skipped.size());
    for (std::size_t g = 0; g < a.skipped.size(); ++g) {
        QCOMPARE(a.skipped[g].reason, b.skipped[g].reason);
        QCOMPARE(a.skipped[g].otherKind, b.skipped[g].otherKind);
        QCOMPARE(a.skipped[g].count, b.skipped[g].count);
        QCOMPARE(a.skipped[g].examples.size(), b.skipped[g].examples.size());
        for (std::size_t e = 0; e < a.skipped[g].examples.size(); ++e) {
            QCOMPARE(a.skipped[g].examples[e].line, b.skipped[g].examples[e].line);
            QCOMPARE(a.skipped[g].examples[e].text, b.skipped[g].examples[e].text);
        }
    }
}

template <typename Table> void compareColumns(const Table& a, const Table& b)
{
    QCOMPARE(a.size(), b.size());
    const auto columnsA = Table::columnsOf(a);
    const auto columnsB = Table::columnsOf(b);
    std::apply(
        [&](const auto&... ca) {
            std::apply([&](const auto&... cb) { QVERIFY(((ca == cb) && ...)); }, columnsB);
        },
        columnsA);
    QVERIFY(a.source.file == b.source.file);
}

// Everything a user can see of an import: rows, string and identity ids, provenance, reports.
void compareIncidents(const Incident& a, const Incident& b)
{
    compareColumns(a.tables.requests, b.tables.requests);
    compareColumns(a.tables.events, b.tables.events);
    QCOMPARE(a.tables.stderrLines.time, b.tables.stderrLines.time);
    QCOMPARE(a.tables.strings.size(), b.tables.strings.size());
    for (std::size_t i = 0; i < a.tables.strings.size(); ++i)
        QCOMPARE(a.tables.strings.view(static_cast<StringPool::Id>(i)),
                 b.tables.strings.view(static_cast<StringPool::Id>(i)));
    QCOMPARE(a.tables.identities.size(), b.tables.identities.size());
    for (std::size_t i = 0; i < a.tables.identities.size(); ++i)
        QCOMPARE(a.tables.identities[i].display, b.tables.identities[i].display);
    QCOMPARE(a.begin, b.begin);
    QCOMPARE(a.end, b.end);
    QCOMPARE(a.report.bytes, b.report.bytes);
    QCOMPARE(a.report.lines, b.report.lines);
    QCOMPARE(a.report.problems.size(), b.report.problems.size());
    for (std::size_t i = 0; i < a.report.problems.size(); ++i) {
        QCOMPARE(a.report.problems[i].path, b.report.problems[i].path);
        QCOMPARE(a.report.problems[i].issue, b.report.problems[i].issue);
    }
    QCOMPARE(a.report.files.size(), b.report.files.size());
    for (std::size_t i = 0; i < a.report.files.size(); ++i)
        compareReports(a.report.files[i], b.report.files[i]);
}

// Every file's text reads back as the reference import's (which holds what it could not read back),
// whole and line by line for every request, and a text read back from the bundle still hashes as
// the bytes parsed did.
void compareTexts(const Incident& reference, const Incident& streamed)
{
    QCOMPARE(streamed.fileText.size(), reference.fileText.size());
    for (std::size_t i = 0; i < reference.fileText.size(); ++i) {
        const RawText* expected = reference.text(static_cast<FileIndex>(i));
        const RawText* actual = streamed.text(static_cast<FileIndex>(i));
        QVERIFY(expected != nullptr && actual != nullptr);
        QCOMPARE(actual->size(), expected->size());
        const std::optional<std::string> want = expected->read(0, static_cast<std::size_t>(expected->size()));
        const std::optional<std::string> got = actual->read(0, static_cast<std::size_t>(actual->size()));
        QVERIFY2(want && got, reference.report.files[i].path.c_str());
        QVERIFY2(*got == *want, reference.report.files[i].path.c_str());
        if (const auto* layered = dynamic_cast<const LayeredText*>(actual))
            QCOMPARE(layered->contentHash(), contentHash(*got));
    }
    const Provenance& a = reference.tables.requests.source;
    const Provenance& b = streamed.tables.requests.source;
    QCOMPARE(b.offset.size(), a.offset.size());
    for (std::size_t row = 0; row < a.offset.size(); ++row)
        QCOMPARE(streamed.rawLine(b, row).view(), reference.rawLine(a, row).view());
}

// A router tarball whose members are streamed to the parser: a plain access.log that starts in the
// middle of a record (copied while being written), a gzip-rotated one several times the reader's
// inflate step, one rotated gzip cut short in the middle of a line and one damaged in the middle.
std::string streamedRouterBundle(const QString& router)
{
    const std::string access = bigAccessLog(3000);
    std::string manyTimes;
    for (int i = 0; i < 8; ++i)
        manyTimes += access;
    const std::string rotated = test::gzipBytes(access.substr(0, access.size() / 2));
    std::string corrupt = test::gzipBytes(access.substr(access.size() / 2));
    std::fill_n(corrupt.begin() + static_cast<std::ptrdiff_t>(corrupt.size() / 2), 64, '\xff');
    const std::string inner =
        test::makeArchive({{"./gorouter/access.log", access.substr(access.find('\n') / 2)},
                           {"./gorouter/access.log.1.gz", test::gzipBytes(manyTimes)},
                           {"./gorouter/access.log.2.gz", rotated.substr(0, rotated.size() * 2 / 3)},
                           {"./gorouter/access.log.3.gz", corrupt},
                           {"./gorouter/gorouter.stdout.log", bigGorouterLog(2000)}},
                          test::ArchiveFormat::TarGz);
    return test::makeArchive({{"./" + router.toStdString() + ".tgz", inner}}, test::ArchiveFormat::TarGz);
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySampleFileIsImportedAsItsKind_data();
    void everySampleFileIsImportedAsItsKind();
    void editedAndRedactedLinesAreSkippedWithoutLosingNeighbours();
    void cfLogsLinesNameTheirRouter();
    void rotatedGenerationsAreReadOldestFirst();
    void malformedInputIsReportedAndTheRestImports();
    void brokenTarMemberKeepsTheOtherMembers();
    void parallelImportEqualsSingleThreaded();
    void chunkedImportEqualsOnePass_data();
    void chunkedImportEqualsOnePass();
    void cancelledImportSaysSo();
    void streamedMembersReadBackAfterTheirPagesAreGiven();
    void limitsCutStreamedMembersAsCollectedOnes();
};

void TestImporter::everySampleFileIsImportedAsItsKind_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("records");
    QTest::newRow("iso millis") << "access-file-2017-2019-iso-millis.log"
                                << "access_log" << 5;
    QTest::newRow("iso nanos") << "access-file-2019-plus-iso-nanos.log"
                               << "access_log" << 9;
    QTest::newRow("unit tests") << "access-gorouter-unit-test-expectations.log"
                                << "access_log" << 17;
    QTest::newRow("cf logs") << "access-via-cf-logs.log"
                             << "access_log" << 10;
    QTest::newRow("syslog drain") << "access-via-syslog-drain-rfc5424.log"
                                  << "access_log" << 3;
    QTest::newRow("zap rfc3339") << "gorouter-stdout-zap-rfc3339.log"
                                 << "gorouter_log" << 10;
    QTest::newRow("bracket prefix") << "gorouter-log-bracket-prefixed-2017-2018.log"
                                    << "gorouter_log" << 7;
    QTest::newRow("lager 2016") << "gorouter-stdout-lager-2016.log"
                                << "gorouter_log" << 2;
    QTest::newRow("stderr") << "gorouter-stderr-go-log.log"
                            << "gorouter_stderr" << 4;
    QTest::newRow("diego lager") << "diego-lager-rep-bbs.log"
                                 << "lager_log" << 3;
    QTest::newRow("route dump") << "routes-stale-route-detector-unit.json"
                                << "route_dump" << 7;
    QTest::newRow("pool marshal") << "routes-gorouter-pool-marshal-test-expectations.jsonl"
                                  << "route_dump" << 26;
    QTest::newRow("lrps") << "lrps-stale-route-detector-unit.jsonl"
                          << "actual_lrps" << 3;
}

void TestImporter::everySampleFileIsImportedAsItsKind()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(int, records);
    static const auto incident = importDir(kSamples);
    const FileReport* report = fileNamed(*incident, "/" + file.toStdString());
    QVERIFY2(report != nullptr, qPrintable(file));
    QCOMPARE(QString::fromUtf8(fileKindId(report->kind).data()), kind);
    QCOMPARE(report->records, static_cast<std::uint64_t>(records));
    if (!file.contains(QStringLiteral("zap")) && !file.contains(QStringLiteral("bracket")))
        QCOMPARE(report->skippedLines(), std::uint64_t{0});
}

void TestImporter::editedAndRedactedLinesAreSkippedWithoutLosingNeighbours()
{
    const auto incident = importDir(kSamples);
    const FileReport* zap = fileNamed(*incident, "/gorouter-stdout-zap-rfc3339.log");
    QVERIFY(zap);
    QCOMPARE(skippedFor(*zap, SkipReason::JsonInvalid), std::uint64_t{2});
    QCOMPARE(zap->skipped.front().examples.front().line, std::uint64_t{1});
    QVERIFY(zap->skipped.front().examples.front().text.find("REDACTED") != std::string::npos);

    const FileReport* bracket = fileNamed(*incident, "/gorouter-log-bracket-prefixed-2017-2018.log");
    QVERIFY(bracket);
    QCOMPARE(skippedFor(*bracket, SkipReason::InconsistentFields), std::uint64_t{1});

    const FileReport* edited = fileNamed(*incident, "/access-parser-fixtures-handedited.log");
    QVERIFY(edited);
    QCOMPARE(edited->kind, FileKind::AccessLog);
    // Line 3 is consistent with one release and stays; the other five contradict themselves:
    // mixed quoting (1), an impossible IP (2), fields newer than the timestamp format (4, 5), and a
    // cf logs time eight hours away from the record's end (6).
    QCOMPARE(edited->records, std::uint64_t{1});
    QCOMPARE(skippedFor(*edited, SkipReason::InconsistentFields), std::uint64_t{4});
    QCOMPARE(skippedFor(*edited, SkipReason::AccessFieldInvalid), std::uint64_t{1});

    // The neighbours of the redacted lines are there: the route-registered event of line 3.
    const auto& events = incident->tables.events;
    bool found = false;
    for (std::size_t i = 0; i < events.size(); ++i)
        found |= incident->str(events.uri[i]) == "a.springgreen.cf-app.com" &&
                 events.message[i] == RouterMessage::RouteRegistered;
    QVERIFY(found);
    QVERIFY(incident->report.hasProblems());
}

void TestImporter::cfLogsLinesNameTheirRouter()
{
    const auto incident = importDir(kSamples);
    const auto& requests = incident->tables.requests;
    std::map<std::string, int> byRouter;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (incident->filePath(requests.source.file[i]).ends_with("access-via-cf-logs.log"))
            ++byRouter[incident->identity(requests.identity[i]).display];
    }
    QCOMPARE(byRouter["router/0"],
             6); // lines 3, 5 and 6-9; lines 1-2 ([RTR] without index) keep the file's identity
    QCOMPARE(byRouter["router/3"], 1);
    QCOMPARE(byRouter["router/1"], 1);
}

void TestImporter::rotatedGenerationsAreReadOldestFirst()
{
    QTemporaryDir dir;
    const QString logs =
        dir.path() +
        QStringLiteral("/router.d60e75ac-5459-49f8-b029-543579d74ed0.2026-10-14-10-00-00/gorouter/");
    writeFile(logs + QStringLiteral("access.log"), accessLine(30, "00000000-0000-4000-8000-000000000003"));
    writeFile(logs + QStringLiteral("access.log.1"), accessLine(20, "00000000-0000-4000-8000-000000000002"));
    writeFile(logs + QStringLiteral("access.log.2.gz"),
              test::gzipBytes(accessLine(10, "00000000-0000-4000-8000-000000000001")));
    const auto incident = importDir(dir.path());
    const auto& requests = incident->tables.requests;
    QCOMPARE(requests.size(), std::size_t{3});
    QCOMPARE(QString::fromStdString(formatTimeUtc(requests.start[0])),
             QStringLiteral("2026-10-14T09:00:10.000000000Z"));
    QCOMPARE(QString::fromStdString(formatTimeUtc(requests.start[2])),
             QStringLiteral("2026-10-14T09:00:30.000000000Z"));
    QCOMPARE(incident->identity(requests.identity[0]).display,
             std::string("router/d60e75ac-5459-49f8-b029-543579d74ed0"));
    QCOMPARE(incident->report.files[0].generation, 2);
    QCOMPARE(incident->report.files[0].logicalLog, incident->report.files[2].logicalLog);
    QVERIFY(!incident->report.hasProblems());
}

void TestImporter::malformedInputIsReportedAndTheRestImports()
{
    QTemporaryDir dir;
    std::string access;
    for (int i = 0; i < 50; ++i)
        access += accessLine(i % 60, ("00000000-0000-4000-8000-0000000001" + std::to_string(10 + i)).c_str());
    // Truncated gzip: cut in the middle of the deflate stream.
    const std::string gz = test::gzipBytes(access);
    writeFile(dir.path() + QStringLiteral("/a/access.log.1.gz"), gz.substr(0, gz.size() / 2));
    // Garbage bytes.
    std::string garbage(4096, '\0');
    for (std::size_t i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 7919) % 251);
    writeFile(dir.path() + QStringLiteral("/b/garbage.bin"), garbage);
    // A 100 MB line between two good lines.
    writeFile(dir.path() + QStringLiteral("/c/access.log"),
              accessLine(1, "00000000-0000-4000-8000-000000000901") + std::string(100u << 20, 'x') + "\n" +
                  accessLine(2, "00000000-0000-4000-8000-000000000902"));
    // A JSON line cut in half between two good lines.
    const std::string event =
        R"({"log_level":1,"timestamp":"2026-10-14T09:00:00.000000000Z","message":"route-registered","source":"vcap.gorouter.registry","data":{"uri":"a.example.com"}})";
    writeFile(dir.path() + QStringLiteral("/d/gorouter.stdout.log"),
              event + "\n" + event.substr(0, event.size() / 2) + "\n" + event + "\n");

    const auto incident = importDir(dir.path());
    const ImportReport& report = incident->report;
    QVERIFY(report.hasProblems());

    bool truncatedReported = false;
    for (const auto& problem : report.problems) {
        truncatedReported |=
            problem.issue == BundleIssue::TruncatedGzip && problem.path.ends_with("access.log.1.gz");
    }
    QVERIFY(truncatedReported);
    const FileReport* partial = fileNamed(*incident, "/access.log.1.gz");
    QVERIFY(partial);
    QVERIFY(partial->truncated);
    QVERIFY(partial->records > 0 && partial->records < 50);

    const FileReport* bin = fileNamed(*incident, "/garbage.bin");
    QVERIFY(bin);
    QCOMPARE(bin->ignored, IgnoreReason::Binary);

    const FileReport* longLine = fileNamed(*incident, "/c/access.log");
    QVERIFY(longLine);
    QCOMPARE(longLine->records, std::uint64_t{2});
    QCOMPARE(skippedFor(*longLine, SkipReason::LineTooLong), std::uint64_t{1});
    QCOMPARE(longLine->skipped.front().examples.front().line, std::uint64_t{2});

    const FileReport* json = fileNamed(*incident, "/gorouter.stdout.log");
    QVERIFY(json);
    QCOMPARE(json->records, std::uint64_t{2});
    QCOMPARE(skippedFor(*json, SkipReason::JsonTruncated), std::uint64_t{1});
}

void TestImporter::brokenTarMemberKeepsTheOtherMembers()
{
    using test::Member;
    const std::string good = accessLine(5, "00000000-0000-4000-8000-000000000501");
    std::string corruptGz = test::gzipBytes(good);
    corruptGz[corruptGz.size() / 2] ^= 0x5A;
    corruptGz[corruptGz.size() / 2 + 1] ^= 0x5A;
    const std::string inner = test::makeArchive({{"./gorouter/access.log", good},
                                                 {"./gorouter/access.log.2.gz", corruptGz},
                                                 {"./gorouter/gorouter.stdout.log", ""}},
                                                test::ArchiveFormat::TarGz);
    const std::string outer =
        test::makeArchive({{"./router.d60e75ac-5459-49f8-b029-543579d74ed0.2026-10-14-10-00-00.tgz", inner},
                           {"./diego-cell.11111111-2222-3333-4444-555555555555.2026-10-14-10-00-00.tgz",
                            std::string("not a tarball at all")}},
                          test::ArchiveFormat::TarGz);
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/cf-20261014.tgz"), outer);
    const auto incident = importDir(dir.path() + QStringLiteral("/cf-20261014.tgz"));
    QVERIFY(incident->tables.requests.size() >= 1);
    QVERIFY(fileNamed(*incident, "/gorouter/access.log") != nullptr);
    QVERIFY(incident->report.hasProblems());
    bool corruptReported = false;
    for (const auto& problem : incident->report.problems)
        corruptReported |= problem.path.ends_with("access.log.2.gz");
    QVERIFY(corruptReported);
}

void TestImporter::parallelImportEqualsSingleThreaded()
{
    const auto one = importDir(kSamples, 1);
    const auto many = importDir(kSamples, 4);
    const auto& a = one->tables.requests;
    const auto& b = many->tables.requests;
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.start == b.start);
    QVERIFY(a.status == b.status);
    QVERIFY(a.identity == b.identity);
    QVERIFY(a.host == b.host);
    QVERIFY(a.requestId == b.requestId);
    QVERIFY(a.source.offset == b.source.offset);
    QVERIFY(one->tables.events.time == many->tables.events.time);
    QVERIFY(one->tables.events.error == many->tables.events.error);
    QCOMPARE(one->tables.strings.size(), many->tables.strings.size());
    QCOMPARE(one->report.files.size(), many->report.files.size());
    for (std::size_t i = 0; i < one->report.files.size(); ++i)
        QCOMPARE(one->report.files[i].path, many->report.files[i].path);
}

void TestImporter::chunkedImportEqualsOnePass_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("plain files") << "plain";
    QTest::newRow("gzip rotated in nested tarballs") << "tgz";
}

// A file cut into many pieces parsed on several threads gives exactly what one thread parsing it in
// one pass gives: the pieces are small here (4 KiB) so that every kind of line falls on a boundary.
void TestImporter::chunkedImportEqualsOnePass()
{
    QFETCH(QString, layout);
    const std::string access = bigAccessLog(3000);
    const std::string events = bigGorouterLog(2000);
    QTemporaryDir dir;
    const QString router = QStringLiteral("router.d60e75ac-5459-49f8-b029-543579d74ed0.2026-10-14-10-00-00");
    QString input = dir.path();
    if (layout == QStringLiteral("plain")) {
        writeFile(dir.path() + QLatin1Char('/') + router + QStringLiteral("/gorouter/access.log"), access);
        writeFile(dir.path() + QLatin1Char('/') + router + QStringLiteral("/gorouter/access.log.1"),
                  access.substr(access.size() / 3));
        writeFile(dir.path() + QLatin1Char('/') + router + QStringLiteral("/gorouter/gorouter.stdout.log"),
                  events);
    } else {
        std::string manyTimes;
        for (int i = 0; i < 8; ++i)
            manyTimes += access;
        const std::string inner =
            test::makeArchive({{"./gorouter/access.log", access},
                               // Several times the reader's inflate step (4 MiB), so that pieces are parsed
                               // while the rest of the member is inflated.
                               {"./gorouter/access.log.1.gz", test::gzipBytes(manyTimes)},
                               {"./gorouter/gorouter.stdout.log.1.gz", test::gzipBytes(events)}},
                              test::ArchiveFormat::TarGz);
        const std::string outer =
            test::makeArchive({{"./" + router.toStdString() + ".tgz", inner}}, test::ArchiveFormat::TarGz);
        input = dir.path() + QStringLiteral("/cf.tgz");
        writeFile(input, outer);
    }
    // The files are big enough to be cut into many pieces (a capture would be parsed whole).
    BundleEntry entry;
    entry.path = "x/access.log";
    entry.bytes = bytesFromString(access);
    QVERIFY(FileJob(std::move(entry), ParseOptions{4096, 4096}).takePieces().size() > 50);

    const auto onePass = importWith(input, 1, std::size_t{1} << 40, false);
    const auto chunked = importWith(input, 4, 4096);
    QVERIFY(onePass->tables.requests.size() > 2500);
    QVERIFY(onePass->tables.events.size() > 1500);
    QVERIFY(onePass->report.skippedLines() > 50);
    QVERIFY(onePass->tables.identities.size() > 3);
    compareIncidents(*onePass, *chunked);
    const auto twoThreads = importWith(input, 2, 10000);
    compareIncidents(*onePass, *twoThreads);
    // The reader waiting for every file to be parsed before it reads the next changes nothing.
    const auto noReadAhead = importWith(input, 2, 4096, true, 0);
    compareIncidents(*onePass, *noReadAhead);
}

void TestImporter::cancelledImportSaysSo()
{
    std::atomic<bool> cancel{true};
    const auto incident = Importer().importPaths({kSamples.toStdString()}, &cancel);
    QVERIFY(incident->report.cancelled);
    QVERIFY(incident->report.hasProblems());
    // Cancelled before the first member: the reader hands nothing to the parsers.
    QVERIFY(incident->report.files.empty());
    QCOMPARE(incident->tables.requests.size(), std::size_t{0});
}

void TestImporter::streamedMembersReadBackAfterTheirPagesAreGiven()
{
    // Pieces of 64 KiB and more give back whole pages of the streamed members once parsed (reading
    // them again would read zeros): rows, reports, hashes and raw lines are those of the import that
    // reads every member whole first.
    QTemporaryDir dir;
    const QString router = QStringLiteral("router.d60e75ac-5459-49f8-b029-543579d74ed0.2026-10-14-10-00-00");
    const QString input = dir.path() + QStringLiteral("/cf.tgz");
    writeFile(input, streamedRouterBundle(router));
    const auto whole = importWith(input, 1, std::size_t{1} << 40, false);
    QVERIFY(whole->tables.requests.size() > 2500);
    const FileReport* cut = fileNamed(*whole, "gorouter/access.log.2.gz");
    QVERIFY(cut != nullptr && cut->truncated);
    const FileReport* damaged = fileNamed(*whole, "gorouter/access.log.3.gz");
    QVERIFY(damaged != nullptr && damaged->truncated && damaged->records > 0);
    QVERIFY(skippedFor(*fileNamed(*whole, "gorouter/access.log"), SkipReason::PartialLine) == 1);
    for (const std::size_t chunk : {std::size_t{64} << 10, std::size_t{100000}, std::size_t{1} << 20}) {
        const auto streamed = importWith(input, 2, chunk);
        compareIncidents(*whole, *streamed);
        compareTexts(*whole, *streamed);
        // Read back from the bundle, the cut gzip member and the plain one included: no text is kept.
        for (std::size_t i = 0; i < streamed->fileText.size(); ++i)
            QVERIFY2(dynamic_cast<const LayeredText*>(streamed->text(static_cast<FileIndex>(i))) != nullptr,
                     streamed->report.files[i].path.c_str());
    }
}

void TestImporter::limitsCutStreamedMembersAsCollectedOnes()
{
    // A member limit below the members' sizes cuts each at its last line end before the limit, and
    // says so in the same words, whether the member was streamed (and partly given back) or not.
    QTemporaryDir dir;
    const QString router = QStringLiteral("router.d60e75ac-5459-49f8-b029-543579d74ed0.2026-10-14-10-00-00");
    const QString input = dir.path() + QStringLiteral("/cf.tgz");
    writeFile(input, streamedRouterBundle(router));
    const auto importLimited = [&](bool pipeline) {
        ImportOptions options;
        options.threads = 2;
        options.pipelineLeaves = pipeline;
        options.parse.chunkBytes = 64u << 10;
        options.parse.maxLineBytes = 4096;
        options.limits.maxMemberBytes = 300000;
        return Importer(options).importPaths({input.toStdString()});
    };
    const auto collected = importLimited(false);
    const auto streamed = importLimited(true);
    compareIncidents(*collected, *streamed);
    compareTexts(*collected, *streamed);
    std::size_t cutMembers = 0;
    for (std::size_t i = 0; i < collected->report.problems.size(); ++i) {
        // Where a gzip member was seen past the limit depends on its buffer's steps; what it keeps not.
        const std::string& detail = collected->report.problems[i].detail;
        const std::string& streamedDetail = streamed->report.problems[i].detail;
        QCOMPARE(streamedDetail.substr(std::min(streamedDetail.find(';'), streamedDetail.size())),
                 detail.substr(std::min(detail.find(';'), detail.size())));
        cutMembers += collected->report.problems[i].issue == BundleIssue::MemberTooLarge ? 1 : 0;
    }
    QVERIFY(cutMembers >= 3);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
