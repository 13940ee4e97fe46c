// What a bundle says about itself once parsed (core/import/consistencychecks.h), and hostile
// bundles end to end: every input is crafted here, and every test checks both the report's
// message and that the good part of the bundle is still there.
#include "archivewriter.h"
#include "core/import/importer.h"
#include "core/util/timeparse.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rs;

namespace QTest {
template <> inline char* toString(const std::string& value)
{
    return qstrdup(value.c_str());
}
} // namespace QTest

namespace {

const std::string kRouter0 = "router.d60e75ac-5459-49f8-b029-543579d74ed0.2026-10-14-10-00-00";
const std::string kRouter1 = "router.11111111-2222-4333-8444-555555555555.2026-10-14-10-00-00";
const std::string kRouter2 = "router.99999999-8888-4777-8666-555555555555.2026-10-14-10-00-00";

void writeFile(const QString& path, const std::string& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes.data(), static_cast<qint64>(bytes.size())), static_cast<qint64>(bytes.size()));
}

std::string two(int n)
{
    return (n < 10 ? "0" : "") + std::to_string(n);
}

// An access line dated 2026-10-14 hh:mm:ss (or another date), written when it ended 10 ms later.
std::string accessLine(int hour, int minute, int second, int id, const std::string& date = "2026-10-14")
{
    return "app.example.com - [" + date + "T" + two(hour) + ":" + two(minute) + ":" + two(second) +
           ".000000000Z] \"GET /x HTTP/1.1\" 200 0 12 \"-\" \"curl/8\" \"10.0.0.1:5000\" \"10.0.16.5:61012\" "
           "x_forwarded_for:\"1.2.3.4\" x_forwarded_proto:\"https\" "
           "vcap_request_id:\"00000000-0000-4000-8000-" +
           std::string(12 - std::to_string(id).size(), '0') + std::to_string(id) +
           "\" response_time:0.010000 gorouter_time:0.000100 app_id:\"a\" app_index:\"0\" instance_id:\"i\" "
           "x_cf_routererror:\"-\"\n";
}

std::string accessLines(int count, int firstId = 1)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += accessLine(9, i / 60, i % 60, firstId + i);
    return text;
}

// A zap registration event: every router logs the same one when NATS delivers it.
std::string registration(TimeNs time, int route)
{
    return R"({"log_level":1,"timestamp":")" + formatTimeUtc(time) +
           R"(","message":"endpoint-registered","source":"vcap.gorouter.registry","data":{"uri":"app)" +
           std::to_string(route) + R"(.example.com","backend":"10.0.1.)" + std::to_string(route) +
           R"(:8080"}})" + "\n";
}

std::shared_ptr<Incident> importDir(const QString& path)
{
    return Importer().importPaths({path.toStdString()});
}

const FileReport* fileEndingWith(const Incident& incident, const std::string& suffix)
{
    for (const auto& file : incident.report.files)
        if (file.path.ends_with(suffix))
            return &file;
    return nullptr;
}

std::vector<const BundleProblem*> problemsOf(const Incident& incident, BundleIssue issue)
{
    std::vector<const BundleProblem*> out;
    for (const auto& problem : incident.report.problems)
        if (problem.issue == issue)
            out.push_back(&problem);
    return out;
}

const SkipGroup* groupOf(const FileReport& file, SkipReason reason)
{
    for (const auto& group : file.skipped)
        if (group.reason == reason)
            return &group;
    return nullptr;
}

std::string problemList(const Incident& incident)
{
    std::string out;
    for (const auto& p : incident.report.problems)
        out += "\n  " + p.path + " " + std::string(bundleIssueId(p.issue)) + ": " + p.detail;
    return out;
}

} // namespace

class TestConsistency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void duplicateFileIsImportedOnce();
    void identicalRouteDumpsOfTwoRoutersAreBothKept();
    void clockSkewBetweenRoutersIsReported();
    void alignedRoutersReportNoSkew();
    void farTimestampsAreReportedAndLeftOutOfTheSpan();
    void outOfOrderLinesAreReported();
    void partialFirstAndLastLinesAreCopytruncateArtefacts();
    void brokenWholeFirstLineIsNotPartial();
    void leadingNulPaddingIsSkippedAndTheRestRead();
    void nulBytesInsideALineSkipOnlyThatLine();
    void lineOf200MegabytesIsCutAndReported();
    void unknownTextIsListedNotParsedAndInvalidUtf8Escaped();
    void hostileTarballIsReportedAndTheRestImported();
    void zipWithBombAndSymlinkKeepsTheOtherMembers();
};

void TestConsistency::duplicateFileIsImportedOnce()
{
    QTemporaryDir dir;
    const std::string log = accessLines(3);
    const QString root = dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0);
    writeFile(root + QStringLiteral("/gorouter/access.log"), log);
    // The same generation kept twice by the tool that made the bundle: plain and gzipped.
    writeFile(root + QStringLiteral("/gorouter/access.log.1"), accessLines(2, 100));
    writeFile(root + QStringLiteral("/gorouter/access.log.1.gz"), test::gzipBytes(accessLines(2, 100)));
    writeFile(root + QStringLiteral("/copy-of-access.log"), log);
    const auto incident = importDir(dir.path());

    QCOMPARE(incident->tables.requests.size(), std::size_t{5});
    const auto duplicates = problemsOf(*incident, BundleIssue::DuplicateFile);
    QCOMPARE(duplicates.size(), std::size_t{2});
    // The first met (directory order) is kept, the other one named as its duplicate.
    const auto flagged = [&](const std::string& end) {
        return std::count_if(duplicates.begin(), duplicates.end(),
                             [&](const BundleProblem* p) { return p->path.ends_with(end); });
    };
    QVERIFY2(flagged("/copy-of-access.log") == 0 && flagged("/gorouter/access.log") == 1,
             problemList(*incident).c_str());
    QVERIFY2(flagged("/gorouter/access.log.1") == 0 && flagged("/gorouter/access.log.1.gz") == 1,
             problemList(*incident).c_str());
    for (const BundleProblem* p : duplicates)
        QVERIFY2(p->detail.find("same content as ") != std::string::npos, p->detail.c_str());
    QVERIFY(!describe(BundleIssue::DuplicateFile).isEmpty());
    // Both copies stay listed; only one holds the records.
    const FileReport* copy = fileEndingWith(*incident, "/copy-of-access.log");
    const FileReport* original = fileEndingWith(*incident, "/gorouter/access.log");
    QVERIFY(copy && original);
    QCOMPARE(copy->records + original->records, std::uint64_t{3});
    QCOMPARE(incident->report.files.size(), std::size_t{4});
}

void TestConsistency::identicalRouteDumpsOfTwoRoutersAreBothKept()
{
    QTemporaryDir dir;
    const std::string dump = R"({"app.example.com":[{"address":"10.0.1.1:8080","ttl":120,"tags":null}]})"
                             "\n";
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/routes.json"),
              dump);
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter1) +
                  QStringLiteral("/routes.json"),
              dump);
    const auto incident = importDir(dir.path());
    QVERIFY2(problemsOf(*incident, BundleIssue::DuplicateFile).empty(), problemList(*incident).c_str());
    QCOMPARE(incident->tables.routeSnapshots.size(), std::size_t{2});
}

namespace {

// Three routers log the same 12 registrations; `skew` is added to the third router's clock.
std::shared_ptr<Incident> importRegistrations(const QTemporaryDir& dir, DurationNs skew)
{
    const TimeNs base = makeTimeUtc(2026, 10, 14, 9, 0, 0, 0);
    const std::string routers[] = {kRouter0, kRouter1, kRouter2};
    for (int r = 0; r < 3; ++r) {
        std::string log;
        for (int i = 0; i < 12; ++i) {
            // A few milliseconds of NATS delivery jitter per router.
            const TimeNs t = base + i * 17'000'000'000LL + r * 3'000'000LL + (r == 2 ? skew : 0);
            log += registration(t, i);
        }
        writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(routers[r]) +
                      QStringLiteral("/gorouter/gorouter.log"),
                  log);
    }
    return importDir(dir.path());
}

} // namespace

void TestConsistency::clockSkewBetweenRoutersIsReported()
{
    QTemporaryDir dir;
    const auto incident = importRegistrations(dir, 4'200'000'000LL);
    QCOMPARE(incident->tables.events.size(), std::size_t{36});
    const auto skews = problemsOf(*incident, BundleIssue::ClockSkew);
    QVERIFY2(skews.size() == 1, problemList(*incident).c_str());
    QCOMPARE(skews[0]->path, std::string("router/99999999-8888-4777-8666-555555555555"));
    QVERIFY2(skews[0]->detail.find("4.2 s ahead of the other routers") != std::string::npos,
             skews[0]->detail.c_str());
    QVERIFY(!describe(BundleIssue::ClockSkew).isEmpty());

    QTemporaryDir behind;
    const auto late = importRegistrations(behind, -90'000'000'000LL);
    const auto lateSkews = problemsOf(*late, BundleIssue::ClockSkew);
    QVERIFY2(lateSkews.size() == 1, problemList(*late).c_str());
    QVERIFY2(lateSkews[0]->detail.find("1 min 30 s behind") != std::string::npos,
             lateSkews[0]->detail.c_str());
}

void TestConsistency::alignedRoutersReportNoSkew()
{
    QTemporaryDir dir;
    const auto incident = importRegistrations(dir, 0);
    QCOMPARE(incident->tables.events.size(), std::size_t{36});
    QVERIFY2(incident->report.problems.empty(), problemList(*incident).c_str());
}

void TestConsistency::farTimestampsAreReportedAndLeftOutOfTheSpan()
{
    QTemporaryDir dir;
    // A router booted with its clock at the epoch wrote one line before NTP caught up, and one
    // line claims a year far ahead.
    const std::string log =
        accessLine(0, 0, 5, 900, "1970-01-01") + accessLines(20) + accessLine(9, 30, 0, 901, "2099-10-14");
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/gorouter/access.log"),
              log);
    const auto incident = importDir(dir.path());
    QCOMPARE(incident->tables.requests.size(), std::size_t{22}); // kept: the lines themselves are fine
    const auto far = problemsOf(*incident, BundleIssue::FarTimestamps);
    QVERIFY2(far.size() == 1, problemList(*incident).c_str());
    QVERIFY2(far[0]->detail.find("2 record(s) dated far outside the bundle's span 2026-10-14T09:00:00") !=
                 std::string::npos,
             far[0]->detail.c_str());
    QVERIFY2(far[0]->detail.find("line 1 at 1970-01-01T00:00:05") != std::string::npos,
             far[0]->detail.c_str());
    QCOMPARE(QString::fromStdString(formatTimeUtc(incident->begin)),
             QStringLiteral("2026-10-14T09:00:00.000000000Z"));
    QCOMPARE(QString::fromStdString(formatTimeUtc(incident->end)),
             QStringLiteral("2026-10-14T09:00:19.000000000Z"));
    QVERIFY(problemsOf(*incident, BundleIssue::OutOfOrderLines).empty());
}

void TestConsistency::outOfOrderLinesAreReported()
{
    QTemporaryDir dir;
    // Line 4 steps back an hour (a file pasted into another); line 6 is 2 s early, which
    // Gorouter's concurrent writers do, and is not reported.
    const std::string log = accessLine(9, 0, 10, 1) + accessLine(9, 0, 11, 2) + accessLine(9, 0, 12, 3) +
                            accessLine(8, 0, 0, 4) + accessLine(9, 0, 15, 5) + accessLine(9, 0, 13, 6) +
                            accessLine(9, 0, 16, 7);
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/gorouter/access.log"),
              log);
    const auto incident = importDir(dir.path());
    QCOMPARE(incident->tables.requests.size(), std::size_t{7});
    const auto order = problemsOf(*incident, BundleIssue::OutOfOrderLines);
    QVERIFY2(order.size() == 1, problemList(*incident).c_str());
    QVERIFY2(order[0]->detail.find(
                 "1 line(s) dated more than 5.0 s before a line above them; the largest step back "
                 "is 1 h 0 min, at line 4") != std::string::npos,
             order[0]->detail.c_str());
    QVERIFY(order[0]->path.ends_with("/gorouter/access.log"));
}

void TestConsistency::partialFirstAndLastLinesAreCopytruncateArtefacts()
{
    QTemporaryDir dir;
    const std::string event = registration(makeTimeUtc(2026, 10, 14, 9, 0, 0, 0), 1);
    const std::string access = accessLine(9, 0, 1, 1);
    // Copied while being written: the first line is the tail of a record, the last one its head.
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/gorouter/gorouter.log"),
              event.substr(60) + event + event + event.substr(0, 70));
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/gorouter/access.log"),
              access.substr(200) + accessLine(9, 0, 2, 2) + accessLine(9, 0, 3, 3) + access.substr(0, 60));
    const auto incident = importDir(dir.path());
    for (const char* name : {"/gorouter/gorouter.log", "/gorouter/access.log"}) {
        const FileReport* file = fileEndingWith(*incident, name);
        QVERIFY(file);
        QCOMPARE(file->records, std::uint64_t{2});
        QCOMPARE(file->lines, std::uint64_t{4});
        const SkipGroup* partial = groupOf(*file, SkipReason::PartialLine);
        QVERIFY2(partial != nullptr, name);
        QCOMPARE(partial->count, std::uint64_t{2});
        QCOMPARE(partial->examples.size(), std::size_t{2});
        QCOMPARE(partial->examples[0].line, std::uint64_t{1});
        QCOMPARE(partial->examples[1].line, std::uint64_t{4});
        QCOMPARE(file->skippedLines(), std::uint64_t{2}); // nothing else is blamed on the lines
    }
    QVERIFY(describe(SkipReason::PartialLine).contains(QStringLiteral("copytruncate")));
}

void TestConsistency::brokenWholeFirstLineIsNotPartial()
{
    QTemporaryDir dir;
    const std::string event = registration(makeTimeUtc(2026, 10, 14, 9, 0, 0, 0), 1);
    // A redacted first line starts like a record: it was edited, not cut.
    std::string redacted = event;
    redacted.replace(redacted.find("\"data\""), 6, "REDACTED");
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/gorouter/gorouter.log"),
              redacted + event + event);
    const auto incident = importDir(dir.path());
    const FileReport* file = fileEndingWith(*incident, "/gorouter/gorouter.log");
    QVERIFY(file);
    QCOMPARE(file->records, std::uint64_t{2});
    QVERIFY(groupOf(*file, SkipReason::PartialLine) == nullptr);
    QVERIFY(groupOf(*file, SkipReason::JsonInvalid) != nullptr);
}

void TestConsistency::leadingNulPaddingIsSkippedAndTheRestRead()
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/gorouter/access.log"),
              std::string(10000, '\0') + accessLines(3));
    const auto incident = importDir(dir.path());
    const FileReport* file = fileEndingWith(*incident, "/gorouter/access.log");
    QVERIFY(file);
    QCOMPARE(file->kind, FileKind::AccessLog);
    QCOMPARE(file->records, std::uint64_t{3});
    const SkipGroup* nul = groupOf(*file, SkipReason::NulPadding);
    QVERIFY(nul);
    QCOMPARE(nul->examples.front().text, std::string("10000 NUL bytes"));
    QCOMPARE(file->skippedLines(), std::uint64_t{1});
    // The raw line of the first record starts after the padding.
    QVERIFY(incident->rawLine(incident->tables.requests.source, 0).view().starts_with("app.example.com - ["));
}

void TestConsistency::nulBytesInsideALineSkipOnlyThatLine()
{
    QTemporaryDir dir;
    std::string bad = accessLine(9, 0, 2, 2);
    bad[30] = '\0';
    bad[31] = '\0';
    writeFile(dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0) +
                  QStringLiteral("/gorouter/access.log"),
              accessLine(9, 0, 1, 1) + bad + accessLine(9, 0, 3, 3));
    const auto incident = importDir(dir.path());
    const FileReport* file = fileEndingWith(*incident, "/gorouter/access.log");
    QVERIFY(file);
    QCOMPARE(file->ignored, IgnoreReason::None);
    QCOMPARE(file->records, std::uint64_t{2});
    const SkipGroup* binary = groupOf(*file, SkipReason::BinaryData);
    QVERIFY(binary);
    QCOMPARE(binary->count, std::uint64_t{1});
    QCOMPARE(binary->examples.front().line, std::uint64_t{2});
    // Shown escaped, never raw.
    QVERIFY2(binary->examples.front().text.find("\\x00\\x00") != std::string::npos,
             binary->examples.front().text.c_str());
    QVERIFY(binary->examples.front().text.find('\0') == std::string::npos);
}

void TestConsistency::lineOf200MegabytesIsCutAndReported()
{
    std::string bytes = accessLine(9, 0, 1, 1);
    bytes.append(200u << 20, 'y');
    bytes += "\n" + accessLine(9, 0, 2, 2);
    const auto incident =
        Importer().importBytes(kRouter0 + "/gorouter/access.log", bytesFromString(std::move(bytes)));
    QCOMPARE(incident->report.files.size(), std::size_t{1});
    const FileReport& file = incident->report.files.front();
    QCOMPARE(file.records, std::uint64_t{2});
    const SkipGroup* tooLong = groupOf(file, SkipReason::LineTooLong);
    QVERIFY(tooLong);
    QCOMPARE(tooLong->count, std::uint64_t{1});
    QCOMPARE(tooLong->examples.front().line, std::uint64_t{2});
    QVERIFY(tooLong->examples.front().text.size() < 1000); // cut for the report
    QVERIFY(describe(SkipReason::LineTooLong).contains(QStringLiteral("line limit")));
}

void TestConsistency::unknownTextIsListedNotParsedAndInvalidUtf8Escaped()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/") + QString::fromStdString(kRouter0);
    writeFile(root + QStringLiteral("/notes.txt"),
              "caf\xff\xfe notes \x1b[31m about the outage\nsecond line\n");
    writeFile(root + QStringLiteral("/gorouter/access.log"),
              accessLine(9, 0, 1, 1) + "app.example.com - [broken \xc3\x28 \xff line\n" +
                  accessLine(9, 0, 2, 2));
    const auto incident = importDir(dir.path());
    const FileReport* notes = fileEndingWith(*incident, "/notes.txt");
    QVERIFY(notes);
    QCOMPARE(notes->ignored, IgnoreReason::UnknownFormat);
    QCOMPARE(notes->records, std::uint64_t{0});
    QCOMPARE(notes->ignoredDetail, std::string("caf\\xff\\xfe notes \\x1b[31m about the outage"));
    QVERIFY(!describe(IgnoreReason::UnknownFormat).isEmpty());

    const FileReport* access = fileEndingWith(*incident, "/gorouter/access.log");
    QVERIFY(access);
    QCOMPARE(access->records, std::uint64_t{2});
    QCOMPARE(access->skippedLines(), std::uint64_t{1});
    const std::string& shown = access->skipped.front().examples.front().text;
    QVERIFY2(shown.find("\\xc3(") != std::string::npos && shown.find("\\xff") != std::string::npos,
             shown.c_str());
    QVERIFY(QString::fromUtf8(shown.data(), static_cast<qsizetype>(shown.size())).toStdString() == shown);
}

void TestConsistency::hostileTarballIsReportedAndTheRestImported()
{
    using test::Member;
    QTemporaryDir dir;
    const QString inputDir = dir.path() + QStringLiteral("/in");
    // A few MB of gzip expanding to 3 GiB: 48 concatenated members of 64 MiB of one byte each.
    const std::string oneMember = test::gzipBytes(std::string(64u << 20, 'A'));
    std::string bomb;
    for (int i = 0; i < 48; ++i)
        bomb += oneMember;
    QVERIFY(bomb.size() > (2u << 20) && bomb.size() < (8u << 20));
    const std::string inner =
        test::makeArchive({{"./gorouter/access.log", accessLines(4)},
                           {"../../../../tmp/evil.log", accessLines(2, 50)},
                           {"/etc/cron.d/evil", "* * * * * root sh\n"},
                           {"link.log", Member::Type::Symlink, "/etc/shadow"},
                           {"hard.log", Member::Type::Hardlink, "./gorouter/access.log"},
                           {"dev", Member::Type::CharDevice},
                           {"bad\xff\xfe-name.log", accessLines(1, 70)},
                           {"./gorouter/bomb.log.gz", bomb},
                           {"./gorouter/after-bomb.log", accessLines(2, 80)}},
                          test::ArchiveFormat::TarGz);
    writeFile(inputDir + QStringLiteral("/") + QString::fromStdString(kRouter0) + QStringLiteral(".tgz"),
              inner);

    // The default limits: nothing tuned for the test.
    const auto incident = Importer().importPaths({inputDir.toStdString()});
    const ImportReport& report = incident->report;

    const auto has = [&](BundleIssue issue, const std::string& pathEnd, const std::string& detailPart = {}) {
        return std::any_of(report.problems.begin(), report.problems.end(), [&](const BundleProblem& p) {
            return p.issue == issue && p.path.ends_with(pathEnd) &&
                   p.detail.find(detailPart) != std::string::npos;
        });
    };
    QVERIFY2(has(BundleIssue::UnsafePath, "/_/_/_/_/tmp/evil.log", "../../../../tmp/evil.log"),
             problemList(*incident).c_str());
    QVERIFY2(has(BundleIssue::UnsafePath, "/etc/cron.d/evil"), problemList(*incident).c_str());
    QVERIFY2(has(BundleIssue::LinkMember, "/link.log", "/etc/shadow"), problemList(*incident).c_str());
    QVERIFY2(has(BundleIssue::LinkMember, "/hard.log"), problemList(*incident).c_str());
    QVERIFY2(has(BundleIssue::SpecialMember, "/dev"), problemList(*incident).c_str());
    QVERIFY2(has(BundleIssue::InvalidNameEncoding, "/bad\\xFF\\xFE-name.log"),
             problemList(*incident).c_str());
    QVERIFY2(has(BundleIssue::RatioTooHigh, "/gorouter/bomb.log.gz", "exceeds the ratio limit"),
             problemList(*incident).c_str());
    for (const BundleIssue issue :
         {BundleIssue::UnsafePath, BundleIssue::LinkMember, BundleIssue::SpecialMember,
          BundleIssue::InvalidNameEncoding, BundleIssue::RatioTooHigh})
        QVERIFY(!describe(issue).isEmpty());

    // The rest: 4 + 2 (read in memory under a safe name) + 1 + 2 after the bomb.
    QCOMPARE(incident->tables.requests.size(), std::size_t{9});
    QVERIFY(fileEndingWith(*incident, "/gorouter/after-bomb.log") != nullptr);
    // Nothing was written anywhere: the temporary tree holds only the input.
    QStringList files;
    QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(dir.path().size());
    files.sort();
    QCOMPARE(files,
             QStringList({QStringLiteral("/in"), QStringLiteral("/in/") + QString::fromStdString(kRouter0) +
                                                     QStringLiteral(".tgz")}));
}

void TestConsistency::zipWithBombAndSymlinkKeepsTheOtherMembers()
{
    using test::Member;
    // 100 MB of one byte deflates ~1000:1: past the 500:1 ratio limit, inside a zip, in the middle.
    const std::string zip = test::makeArchive({{"router/before.log", accessLines(3)},
                                               {"router/bomb.log", std::string(100u << 20, 'A')},
                                               {"router/link", Member::Type::Symlink, "../../etc/passwd"},
                                               {"router/after.log", accessLines(2, 40)}},
                                              test::ArchiveFormat::Zip);
    QVERIFY(zip.size() < (1u << 20));
    const auto incident = Importer().importBytes("bundle.zip", bytesFromString(zip));
    const auto ratio = problemsOf(*incident, BundleIssue::RatioTooHigh);
    QVERIFY2(ratio.size() == 1, problemList(*incident).c_str());
    QCOMPARE(ratio[0]->path, std::string("bundle.zip/router/bomb.log"));
    QVERIFY(!problemsOf(*incident, BundleIssue::LinkMember).empty());
    QCOMPARE(incident->tables.requests.size(), std::size_t{5});
    QVERIFY(fileEndingWith(*incident, "/router/after.log") != nullptr);
    QVERIFY(fileEndingWith(*incident, "/router/bomb.log") == nullptr);
}

QTEST_GUILESS_MAIN(TestConsistency)
#include "tst_consistency.moc"
