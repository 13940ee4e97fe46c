// BundleReader and inflateGzip against bundles built here with libarchive's write API: every input is
// made in memory (or in a QTemporaryDir), so each test states exactly what the reader must return.
#include "core/bundle/bundlereader.h"
#include "core/bundle/gzip.h"
#include "core/bundle/rotation.h"
#include "core/import/importer.h"
#include "core/store/incident.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace QTest {
template <> inline char* toString(const std::string& value)
{
    return qstrdup(value.c_str());
}
} // namespace QTest

using namespace rs;

namespace {

constexpr std::int64_t kMtime = 1696500000;
const std::string kUuid = "d60e75ac-5459-49f8-b029-543579d74ed0";
const std::string kCellUuid = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

struct Member {
    enum class Kind { File, Directory, Symlink, Hardlink, Fifo };
    std::string name;
    std::string data;
    Kind kind = Kind::File;
    std::string link;
};

Member file(std::string name, std::string data)
{
    return {std::move(name), std::move(data), Member::Kind::File, {}};
}
Member directory(std::string name)
{
    return {std::move(name), {}, Member::Kind::Directory, {}};
}
Member symlinkMember(std::string name, std::string target)
{
    return {std::move(name), {}, Member::Kind::Symlink, std::move(target)};
}
Member hardlinkMember(std::string name, std::string target)
{
    return {std::move(name), {}, Member::Kind::Hardlink, std::move(target)};
}
Member fifoMember(std::string name)
{
    return {std::move(name), {}, Member::Kind::Fifo, {}};
}

enum class Format { Pax, Ustar, Zip, ZipStored };
enum class Filter { None, Gzip, Bzip2, Xz };

void require(bool ok, const char* what)
{
    if (!ok)
        qFatal("test setup failed: %s", what);
}

la_ssize_t appendToString(struct archive*, void* client, const void* buffer, size_t length)
{
    static_cast<std::string*>(client)->append(static_cast<const char*>(buffer), length);
    return static_cast<la_ssize_t>(length);
}

void addFilter(struct archive* a, Filter filter)
{
    switch (filter) {
    case Filter::None:
        break;
    case Filter::Gzip:
        require(archive_write_add_filter_gzip(a) == ARCHIVE_OK, "gzip filter");
        break;
    case Filter::Bzip2:
        require(archive_write_add_filter_bzip2(a) == ARCHIVE_OK, "bzip2 filter");
        break;
    case Filter::Xz:
        require(archive_write_add_filter_xz(a) == ARCHIVE_OK, "xz filter");
        break;
    }
}

std::string makeArchive(const std::vector<Member>& members, Format format = Format::Pax,
                        Filter filter = Filter::None)
{
    std::string out;
    struct archive* a = archive_write_new();
    switch (format) {
    case Format::Pax:
        archive_write_set_format_pax_restricted(a);
        break;
    case Format::Ustar:
        archive_write_set_format_ustar(a);
        break;
    case Format::Zip:
        archive_write_set_format_zip(a);
        break;
    case Format::ZipStored:
        archive_write_set_format_zip(a);
        require(archive_write_set_options(a, "zip:compression=store") == ARCHIVE_OK, "zip store");
        break;
    }
    addFilter(a, filter);
    require(archive_write_open(a, &out, nullptr, appendToString, nullptr) == ARCHIVE_OK, "open writer");
    for (const Member& member : members) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, member.name.c_str());
        archive_entry_set_mtime(entry, kMtime, 0);
        switch (member.kind) {
        case Member::Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, static_cast<la_int64_t>(member.data.size()));
            break;
        case Member::Kind::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case Member::Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_perm(entry, 0777);
            archive_entry_set_symlink(entry, member.link.c_str());
            break;
        case Member::Kind::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_hardlink(entry, member.link.c_str());
            archive_entry_set_size(entry, 0);
            break;
        case Member::Kind::Fifo:
            archive_entry_set_filetype(entry, AE_IFIFO);
            archive_entry_set_perm(entry, 0644);
            break;
        }
        require(archive_write_header(a, entry) >= ARCHIVE_WARN, archive_error_string(a));
        if (member.kind == Member::Kind::File && !member.data.empty())
            require(archive_write_data(a, member.data.data(), member.data.size()) ==
                        static_cast<la_ssize_t>(member.data.size()),
                    "write data");
        archive_entry_free(entry);
    }
    require(archive_write_close(a) == ARCHIVE_OK, "close writer");
    archive_write_free(a);
    return out;
}

// A single compressed stream (no archive): what `gzip file` or `xz file` produce.
std::string compressed(std::string_view data, Filter filter = Filter::Gzip)
{
    std::string out;
    struct archive* a = archive_write_new();
    archive_write_set_format_raw(a);
    addFilter(a, filter);
    // Exact output like gzip(1); libarchive pads to 10 KiB blocks by default (tarballs keep that).
    archive_write_set_bytes_in_last_block(a, 1);
    require(archive_write_open(a, &out, nullptr, appendToString, nullptr) == ARCHIVE_OK, "open raw writer");
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, "data");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, static_cast<la_int64_t>(data.size()));
    require(archive_write_header(a, entry) == ARCHIVE_OK, "raw header");
    if (!data.empty())
        require(archive_write_data(a, data.data(), data.size()) == static_cast<la_ssize_t>(data.size()),
                "raw data");
    archive_entry_free(entry);
    require(archive_write_close(a) == ARCHIVE_OK, "close raw writer");
    archive_write_free(a);
    return out;
}

std::string gz(std::string_view data)
{
    return compressed(data, Filter::Gzip);
}

// Text that compresses about 2:1, so byte offsets in the gzip track offsets in the content.
std::string noisyText(std::size_t size, std::uint32_t seed)
{
    std::string text;
    text.reserve(size + 64);
    std::uint32_t state = seed;
    while (text.size() < size) {
        state = state * 1664525u + 1013904223u;
        char line[40];
        std::snprintf(line, sizeof line, "%08x %08x\n", state, state ^ 0x5bd1e995u);
        text += line;
    }
    text.resize(size);
    return text;
}

void writeFile(const std::string& path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    require(out.good(), "write file");
}

struct Result {
    std::vector<BundleEntry> entries;
    std::vector<BundleProblem> problems;

    std::vector<std::string> paths() const
    {
        std::vector<std::string> out;
        for (const BundleEntry& entry : entries)
            out.push_back(entry.path);
        return out;
    }
    std::vector<std::string> issues() const
    {
        std::vector<std::string> out;
        for (const BundleProblem& problem : problems)
            out.push_back(problem.path + " " + std::string(bundleIssueId(problem.issue)));
        return out;
    }
    const BundleEntry& entry(const std::string& path) const
    {
        for (const BundleEntry& e : entries) {
            if (e.path == path)
                return e;
        }
        qFatal("no entry %s", path.c_str());
    }
    std::string content(const std::string& path) const { return std::string(entry(path).bytes->view()); }
};

Result readMemory(const std::string& name, SharedBytes bytes, BundleLimits limits = {},
                  const std::atomic<bool>* cancel = nullptr)
{
    Result result;
    BundleReader(limits).readBytes(
        name, std::move(bytes), [&](BundleEntry&& entry) { result.entries.push_back(std::move(entry)); },
        result.problems, cancel);
    return result;
}

Result readMemory(const std::string& name, std::string bytes, BundleLimits limits = {})
{
    return readMemory(name, bytesFromString(std::move(bytes)), limits);
}

Result readInputs(const std::vector<std::string>& inputs, BundleLimits limits = {})
{
    Result result;
    BundleReader(limits).read(
        inputs, [&](BundleEntry&& entry) { result.entries.push_back(std::move(entry)); }, result.problems);
    return result;
}

std::string join(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items)
        out += "\n    " + item;
    return out;
}

std::string mismatch(const std::vector<std::string>& actual, const std::vector<std::string>& expected)
{
    return "actual:" + join(actual) + "\n  expected:" + join(expected);
}

// Resident kB of the mapping that holds `address`, from /proc/self/smaps; -1 when not found.
long residentKbOfMapping(const void* address)
{
    std::ifstream smaps("/proc/self/smaps");
    const auto target = reinterpret_cast<std::uintptr_t>(address);
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        unsigned long from = 0;
        unsigned long to = 0;
        if (std::sscanf(line.c_str(), "%lx-%lx ", &from, &to) == 2 && line.find(':') > line.find(' ')) {
            inside = target >= from && target < to;
            continue;
        }
        long kb = 0;
        if (inside && std::sscanf(line.c_str(), "Rss: %ld kB", &kb) == 1)
            return kb;
    }
    return -1;
}

} // namespace

#define COMPARE_LIST(actual, ...)                                                                            \
    do {                                                                                                     \
        const std::vector<std::string> actual_ = (actual);                                                   \
        const std::vector<std::string> expected_ = __VA_ARGS__;                                              \
        QVERIFY2(actual_ == expected_, mismatch(actual_, expected_).c_str());                                \
    } while (false)

class TestBundleReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void issueIds();
    void mappedPagesGivenBackStayReadable();
    void plainTar();
    void tarMembersAreSharedNotCopied();
    void tgzWithGzipMembers();
    void zipDeflatedAndStored();
    void nestedTgzInTgzInZip();
    void nestedBundleFromDisk();
    void directoryWithRotatedFiles();
    void unsafeMemberNames();
    void linkAndSpecialMembers();
    void zipSymlink();
    void truncatedTgz();
    void truncatedZip();
    void damagedTarHeaderInMiddle();
    void corruptVmTarballInMiddle();
    void corruptZipMemberInMiddle();
    void gzipWithTrailingGarbage();
    void concatenatedGzip();
    void doubleGzip();
    void gzipBombMemberLimit();
    void memberLimitKeepsTheFirstLines();
    void gzipBombTotalLimit();
    void tgzStreamTotalLimit();
    void ratioTooHigh();
    void gzipBombKeepsItsPrefix();
    void bombPrefixesShareOneBudget();
    void largeMembersAreNotBombs();
    void sparseMemberBomb();
    void zipOfZipBombsIsBoundedByTheTotal();
    void deepNestingTar();
    void deepNestingTgz();
    void nonUtf8MemberName();
    void cancelBeforeStart();
    void cancelMidway();
    void tooManyMembers();
    void notAnArchive();
    void missingInput();
    void xzAndBzip2();
    void progressReported();
    void inflateGzipApi();
};

void TestBundleReader::issueIds()
{
    QCOMPARE(std::string(bundleIssueId(BundleIssue::UnsafePath)), std::string("unsafe_path"));
    QCOMPARE(std::string(bundleIssueId(BundleIssue::Cancelled)), std::string("cancelled"));
    QCOMPARE(std::string(bundleIssueId(BundleIssue::TruncatedGzip)), std::string("truncated_gzip"));
}

// A compressed input's pages behind its inflater go back to the system (ByteBuffer::dropPagesBefore)
// and read the same should anything touch them again.
void TestBundleReader::mappedPagesGivenBackStayReadable()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("input.bin")).toStdString();
    std::string bytes(8u << 20, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>('a' + (i * 7919 % 26));
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const SharedBytes mapped = mapFile(path, nullptr);
    QVERIFY(mapped);
    QVERIFY(mapped->view() == bytes); // every page touched
    const long before = residentKbOfMapping(mapped->view().data());
    QVERIFY2(before >= 7 * 1024, qPrintable(QString::number(before)));
    mapped->dropPagesBefore(6u << 20);
    const long after = residentKbOfMapping(mapped->view().data());
    QVERIFY2(after <= before - 5 * 1024, qPrintable(QStringLiteral("%1 -> %2 kB").arg(before).arg(after)));
    QVERIFY(mapped->view() == bytes);
}

void TestBundleReader::plainTar()
{
    const std::string tar = makeArchive(
        {directory("./"), directory("./gorouter/"), file("./gorouter/access.log", "line one\n"),
         file("./gorouter/gorouter.stdout.log", "{\"log_level\":1}\n"), file("./bpm/bpm.log", "bpm\n")});
    const Result result = readMemory("vm.tar", tar);
    COMPARE_LIST(result.paths(),
                 {"vm.tar/gorouter/access.log", "vm.tar/gorouter/gorouter.stdout.log", "vm.tar/bpm/bpm.log"});
    QVERIFY(result.problems.empty());
    const BundleEntry& access = result.entry("vm.tar/gorouter/access.log");
    QCOMPARE(std::string(access.bytes->view()), std::string("line one\n"));
    QCOMPARE(access.memberPath, std::string("./gorouter/access.log"));
    QCOMPARE(access.mtime, kMtime);
    QCOMPARE(access.storedBytes, std::uint64_t{9});
    QVERIFY(!access.wasGzip);
    QVERIFY(!access.truncated);
    QCOMPARE(result.content("vm.tar/bpm/bpm.log"), std::string("bpm\n"));
}

void TestBundleReader::tarMembersAreSharedNotCopied()
{
    const SharedBytes tar =
        bytesFromString(makeArchive({file("a.log", std::string(100000, 'a')), file("b.log", "b")}));
    const Result result = readMemory("x.tar", tar);
    QCOMPARE(result.entries.size(), std::size_t{2});
    const std::string_view all = tar->view();
    for (const BundleEntry& entry : result.entries) {
        const char* data = entry.bytes->view().data();
        QVERIFY2(data >= all.data() && data < all.data() + all.size(), entry.path.c_str());
    }
    QCOMPARE(result.content("x.tar/a.log"), std::string(100000, 'a'));
}

void TestBundleReader::tgzWithGzipMembers()
{
    const std::string live = "live line\n";
    const std::string gen1 = noisyText(50000, 1);
    const std::string gen2 = noisyText(70000, 2);
    const std::string gen1Gz = gz(gen1);
    const std::string tgz =
        makeArchive({file("./gorouter/access.log", live), file("./gorouter/access.log.1.gz", gen1Gz),
                     file("./gorouter/access.log.2.gz", gz(gen2))},
                    Format::Pax, Filter::Gzip);
    const Result result = readMemory("router.tgz", tgz);
    COMPARE_LIST(result.paths(), {"router.tgz/gorouter/access.log", "router.tgz/gorouter/access.log.1.gz",
                                  "router.tgz/gorouter/access.log.2.gz"});
    QVERIFY(result.problems.empty());
    QCOMPARE(result.content("router.tgz/gorouter/access.log"), live);
    const BundleEntry& first = result.entry("router.tgz/gorouter/access.log.1.gz");
    QCOMPARE(std::string(first.bytes->view()), gen1);
    QVERIFY(first.wasGzip);
    QVERIFY(!first.truncated);
    QCOMPARE(first.storedBytes, std::uint64_t{gen1Gz.size()});
    QCOMPARE(first.memberPath, std::string("./gorouter/access.log.1.gz"));
    QCOMPARE(result.content("router.tgz/gorouter/access.log.2.gz"), gen2);
}

void TestBundleReader::zipDeflatedAndStored()
{
    const std::string text = noisyText(30000, 3);
    for (const Format format : {Format::Zip, Format::ZipStored}) {
        const std::string zip =
            makeArchive({directory("logs/"), file("logs/access.log", text),
                         file("logs/access.log.1.gz", gz("older\n")), file("empty.log", "")},
                        format);
        const Result result = readMemory("logs.zip", zip);
        COMPARE_LIST(result.paths(),
                     {"logs.zip/logs/access.log", "logs.zip/logs/access.log.1.gz", "logs.zip/empty.log"});
        QVERIFY(result.problems.empty());
        QCOMPARE(result.content("logs.zip/logs/access.log"), text);
        QCOMPARE(result.content("logs.zip/logs/access.log.1.gz"), std::string("older\n"));
        QVERIFY(result.entry("logs.zip/logs/access.log.1.gz").wasGzip);
        QCOMPARE(result.content("logs.zip/empty.log"), std::string());
    }
}

namespace {

const std::string kRouterTgz = "router." + kUuid + ".2023-05-05-18-05-52.tgz";
const std::string kCellTgz = "diego-cell." + kCellUuid + ".2023-05-05-18-05-53.tgz";

// The `bosh logs` shape (FORMATS.md §5.1): a tarball of per-VM tarballs, here zipped once more.
std::string boshLogsZip(const std::string& access, const std::string& older, const std::string& rep)
{
    const std::string router = makeArchive({directory("./"), file("./gorouter/access.log", access),
                                            file("./gorouter/access.log.2.gz", gz(older))},
                                           Format::Pax, Filter::Gzip);
    const std::string cell = makeArchive({file("./rep/rep.stdout.log", rep)}, Format::Pax, Filter::Gzip);
    const std::string cf = makeArchive({file("./" + kRouterTgz, router), file("./" + kCellTgz, cell)},
                                       Format::Pax, Filter::Gzip);
    return makeArchive({file("cf-20231005.tgz", cf), file("notes.txt", "ticket 42\n")}, Format::Zip);
}

} // namespace

void TestBundleReader::nestedTgzInTgzInZip()
{
    const std::string access = noisyText(40000, 4);
    const std::string older = noisyText(60000, 5);
    const Result result = readMemory("bundle.zip", boshLogsZip(access, older, "rep\n"));
    const std::string router = "bundle.zip/cf-20231005.tgz/" + kRouterTgz;
    COMPARE_LIST(result.paths(),
                 {router + "/gorouter/access.log", router + "/gorouter/access.log.2.gz",
                  "bundle.zip/cf-20231005.tgz/" + kCellTgz + "/rep/rep.stdout.log", "bundle.zip/notes.txt"});
    QVERIFY(result.problems.empty());
    QCOMPARE(result.content(router + "/gorouter/access.log"), access);
    const BundleEntry& rotated = result.entry(router + "/gorouter/access.log.2.gz");
    QCOMPARE(std::string(rotated.bytes->view()), older);
    QVERIFY(rotated.wasGzip);
    QCOMPARE(rotated.memberPath, std::string("./gorouter/access.log.2.gz"));
    QCOMPARE(rotated.mtime, kMtime);
}

void TestBundleReader::nestedBundleFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString() + "/bundle.zip";
    writeFile(path, boshLogsZip("a\n", "b\n", "c\n"));
    const Result result = readInputs({path});
    QCOMPARE(result.entries.size(), std::size_t{4});
    QVERIFY(result.problems.empty());
    QCOMPARE(result.entries[1].path,
             "bundle.zip/cf-20231005.tgz/" + kRouterTgz + "/gorouter/access.log.2.gz");
    QCOMPARE(result.content("bundle.zip/notes.txt"), std::string("ticket 42\n"));
}

void TestBundleReader::directoryWithRotatedFiles()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string root = tmp.path().toStdString() + "/bundle";
    const std::string vm = root + "/router." + kUuid + ".2023-05-05-18-05-52";
    QVERIFY(QDir().mkpath(QString::fromStdString(vm + "/gorouter")));
    writeFile(vm + "/gorouter/access.log", "live\n");
    writeFile(vm + "/gorouter/access.log.1", "one\n");
    writeFile(vm + "/gorouter/access.log.2.gz", gz("two\n"));
    writeFile(vm + "/gorouter/access.log.10.gz", gz("ten\n"));
    writeFile(root + "/vm.tgz",
              makeArchive({file("./rep/rep.stdout.log", "rep\n")}, Format::Pax, Filter::Gzip));
    QCOMPARE(::symlink("/etc/passwd", (root + "/link").c_str()), 0);
    QCOMPARE(::mkfifo((root + "/fifo").c_str(), 0644), 0);

    const Result result = readInputs({root + "/"});
    const std::string dirName = "bundle/router." + kUuid + ".2023-05-05-18-05-52/gorouter/";
    COMPARE_LIST(result.paths(),
                 {dirName + "access.log", dirName + "access.log.1", dirName + "access.log.10.gz",
                  dirName + "access.log.2.gz", "bundle/vm.tgz/rep/rep.stdout.log"});
    COMPARE_LIST(result.issues(), {"bundle/fifo special_member", "bundle/link link_member"});
    QCOMPARE(result.content(dirName + "access.log.10.gz"), std::string("ten\n"));
    QVERIFY(result.entry(dirName + "access.log.10.gz").wasGzip);
    QCOMPARE(result.entry(dirName + "access.log").memberPath, vm + "/gorouter/access.log");
    QVERIFY(result.entry(dirName + "access.log").mtime > 0);

    // Oldest generation first, live file last (FORMATS.md §5.3).
    std::vector<std::string> ordered;
    const std::vector<std::string> paths = result.paths();
    for (const std::size_t index : rotationOrder(paths))
        ordered.push_back(paths[index]);
    COMPARE_LIST(ordered,
                 {dirName + "access.log.10.gz", dirName + "access.log.2.gz", dirName + "access.log.1",
                  dirName + "access.log", "bundle/vm.tgz/rep/rep.stdout.log"});
}

void TestBundleReader::unsafeMemberNames()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string tar = makeArchive({file("../../evil", "x"), file("/etc/passwd", "root"),
                                         file("ok/../../up.log", "u"), file("./fine.log", "f")});
    QVERIFY(QDir().mkpath(tmp.path() + QStringLiteral("/in")));
    const std::string path = tmp.path().toStdString() + "/in/evil.tar";
    writeFile(path, tar);
    const Result result = readInputs({path});
    COMPARE_LIST(result.paths(),
                 {"evil.tar/_/_/evil", "evil.tar/etc/passwd", "evil.tar/ok/_/_/up.log", "evil.tar/fine.log"});
    COMPARE_LIST(result.issues(), {"evil.tar/_/_/evil unsafe_path", "evil.tar/etc/passwd unsafe_path",
                                   "evil.tar/ok/_/_/up.log unsafe_path"});
    QCOMPARE(result.entry("evil.tar/_/_/evil").memberPath, std::string("../../evil"));
    QCOMPARE(result.content("evil.tar/etc/passwd"), std::string("root"));
    // Nothing was written anywhere: the temporary tree still holds only the input.
    QStringList files;
    QDirIterator it(tmp.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(tmp.path().size());
    files.sort();
    QCOMPARE(files, QStringList({QStringLiteral("/in"), QStringLiteral("/in/evil.tar")}));
}

void TestBundleReader::linkAndSpecialMembers()
{
    const std::string tar =
        makeArchive({file("a.log", "a"), symlinkMember("current.log", "a.log"),
                     symlinkMember("escape", "../../../etc/shadow"), hardlinkMember("b.log", "a.log"),
                     fifoMember("pipe"), file("c.log", "c")});
    const Result result = readMemory("links.tar", tar);
    COMPARE_LIST(result.paths(), {"links.tar/a.log", "links.tar/c.log"});
    COMPARE_LIST(result.issues(), {"links.tar/current.log link_member", "links.tar/escape link_member",
                                   "links.tar/b.log link_member", "links.tar/pipe special_member"});
}

void TestBundleReader::zipSymlink()
{
    const std::string zip = makeArchive(
        {file("a.log", "a"), symlinkMember("link", "/etc/shadow"), file("b.log", "b")}, Format::Zip);
    const Result result = readMemory("links.zip", zip);
    COMPARE_LIST(result.paths(), {"links.zip/a.log", "links.zip/b.log"});
    COMPARE_LIST(result.issues(), {"links.zip/link link_member"});
}

void TestBundleReader::truncatedTgz()
{
    const std::string first = noisyText(2000, 6);
    const std::string second = noisyText(400000, 7);
    const std::string tgz =
        makeArchive({file("./first.log", first), file("./second.log", second), file("./third.log", "3")},
                    Format::Pax, Filter::Gzip);
    const Result result = readMemory("cut.tgz", tgz.substr(0, tgz.size() / 2));
    COMPARE_LIST(result.paths(), {"cut.tgz/first.log", "cut.tgz/second.log"});
    COMPARE_LIST(result.issues(), {"cut.tgz/second.log truncated_archive", "cut.tgz truncated_gzip"});
    QCOMPARE(result.content("cut.tgz/first.log"), first);
    QVERIFY(!result.entry("cut.tgz/first.log").truncated);
    const BundleEntry& cut = result.entry("cut.tgz/second.log");
    QVERIFY(cut.truncated);
    QVERIFY(cut.bytes->size() > 10000);
    QVERIFY(cut.bytes->size() < second.size());
    QCOMPARE(std::string(cut.bytes->view()), second.substr(0, cut.bytes->size()));
}

void TestBundleReader::truncatedZip()
{
    // Cut inside the second member: no central directory, so libarchive reads the local headers.
    const std::string one = noisyText(20000, 21);
    const std::string two = noisyText(20000, 22);
    const std::string zip =
        makeArchive({file("one.log", one), file("two.log", two), file("three.log", "3")}, Format::Zip);
    const Result result = readMemory("cut.zip", zip.substr(0, zip.size() / 2));
    COMPARE_LIST(result.paths(), {"cut.zip/one.log", "cut.zip/two.log"});
    COMPARE_LIST(result.issues(), {"cut.zip/two.log corrupt_member"});
    QCOMPARE(result.content("cut.zip/one.log"), one);
    const BundleEntry& cut = result.entry("cut.zip/two.log");
    QVERIFY(cut.truncated);
    QCOMPARE(std::string(cut.bytes->view()), two.substr(0, cut.bytes->size()));
}

void TestBundleReader::damagedTarHeaderInMiddle()
{
    std::string tar = makeArchive({file("m1.log", std::string(600, '1')),
                                   file("m2.log", std::string(600, '2')), file("m3.log", "three\n")},
                                  Format::Ustar);
    // m1: header 0..511, data 512..1535; m2's header starts at 1536. Break its checksum.
    QCOMPARE(tar.substr(1536, 6), std::string("m2.log"));
    tar[1536] = 'X';
    const Result result = readMemory("damaged.tar", tar);
    COMPARE_LIST(result.paths(), {"damaged.tar/m1.log", "damaged.tar/m3.log"});
    COMPARE_LIST(result.issues(), {"damaged.tar corrupt_member"});
    QCOMPARE(result.content("damaged.tar/m3.log"), std::string("three\n"));
}

void TestBundleReader::corruptVmTarballInMiddle()
{
    // bosh logs with three VMs; the middle VM's tgz is damaged halfway through its deflate data.
    const std::string access = noisyText(200000, 23);
    const std::string vm = makeArchive({file("./gorouter/access.log", access)}, Format::Pax, Filter::Gzip);
    std::string damaged = vm;
    for (std::size_t i = damaged.size() / 2; i < damaged.size() / 2 + 64; ++i)
        damaged[i] = static_cast<char>(damaged[i] ^ 0x3c);
    const std::string good = makeArchive({file("./rep/rep.stdout.log", "rep\n")}, Format::Pax, Filter::Gzip);
    const auto bundle = [&](const std::string& middle) {
        return makeArchive({file("./a.tgz", good), file("./b.tgz", middle), file("./c.tgz", good)},
                           Format::Pax, Filter::Gzip);
    };

    // Deflate resynchronises after the damage; only the CRC at the end tells, after the member was
    // handed out, so the problem names the VM tarball whose files are suspect.
    Result result = readMemory("cf.tgz", bundle(damaged));
    COMPARE_LIST(result.paths(), {"cf.tgz/a.tgz/rep/rep.stdout.log", "cf.tgz/b.tgz/gorouter/access.log",
                                  "cf.tgz/c.tgz/rep/rep.stdout.log"});
    COMPARE_LIST(result.issues(), {"cf.tgz/b.tgz corrupt_gzip"});
    QCOMPARE(result.problems[0].detail, std::string("gzip checksum mismatch"));
    QCOMPARE(result.content("cf.tgz/c.tgz/rep/rep.stdout.log"), std::string("rep\n"));

    // The same VM tarball cut in half: its member is a truncated prefix, the next VM is intact.
    result = readMemory("cf.tgz", bundle(vm.substr(0, vm.size() / 2)));
    COMPARE_LIST(result.paths(), {"cf.tgz/a.tgz/rep/rep.stdout.log", "cf.tgz/b.tgz/gorouter/access.log",
                                  "cf.tgz/c.tgz/rep/rep.stdout.log"});
    COMPARE_LIST(result.issues(),
                 {"cf.tgz/b.tgz/gorouter/access.log truncated_archive", "cf.tgz/b.tgz truncated_gzip"});
    const BundleEntry& cut = result.entry("cf.tgz/b.tgz/gorouter/access.log");
    QVERIFY(cut.truncated);
    QVERIFY(cut.bytes->size() > 0 && cut.bytes->size() < access.size());
    QCOMPARE(std::string(cut.bytes->view()), access.substr(0, cut.bytes->size()));
    QCOMPARE(result.content("cf.tgz/c.tgz/rep/rep.stdout.log"), std::string("rep\n"));
}

void TestBundleReader::corruptZipMemberInMiddle()
{
    const std::string one = noisyText(20000, 8);
    const std::string two = noisyText(20000, 9);
    const std::string three = noisyText(20000, 10);
    std::string zip =
        makeArchive({file("one.log", one), file("two.log", two), file("three.log", three)}, Format::Zip);
    const std::size_t header = zip.find("PK\x03\x04", 4);
    QVERIFY(header != std::string::npos);
    const auto u16 = [&](std::size_t at) {
        return static_cast<std::size_t>(static_cast<unsigned char>(zip[at])) |
               static_cast<std::size_t>(static_cast<unsigned char>(zip[at + 1])) << 8;
    };
    const std::size_t data = header + 30 + u16(header + 26) + u16(header + 28);
    for (std::size_t i = data + 100; i < data + 400; ++i)
        zip[i] = static_cast<char>(zip[i] ^ 0x5a);
    const Result result = readMemory("bundle.zip", zip);
    COMPARE_LIST(result.paths(), {"bundle.zip/one.log", "bundle.zip/two.log", "bundle.zip/three.log"});
    COMPARE_LIST(result.issues(), {"bundle.zip/two.log corrupt_member"});
    QCOMPARE(result.content("bundle.zip/one.log"), one);
    QCOMPARE(result.content("bundle.zip/three.log"), three);
    QVERIFY(result.entry("bundle.zip/two.log").truncated);
    QVERIFY(!result.entry("bundle.zip/three.log").truncated);
}

void TestBundleReader::gzipWithTrailingGarbage()
{
    const std::string text = noisyText(10000, 11);
    Result result = readMemory("a.log.gz", gz(text) + "GARBAGE AFTER THE END\n");
    COMPARE_LIST(result.paths(), {"a.log.gz"});
    COMPARE_LIST(result.issues(), {"a.log.gz corrupt_gzip"});
    QVERIFY(result.problems[0].detail.find("trailing garbage") != std::string::npos);
    QCOMPARE(result.content("a.log.gz"), text);
    QVERIFY(!result.entries[0].truncated);
    QVERIFY(result.entries[0].wasGzip);

    // Zero padding is what some writers add: not a problem.
    result = readMemory("b.log.gz", gz(text) + std::string(1024, '\0'));
    QVERIFY(result.problems.empty());
    QCOMPARE(result.content("b.log.gz"), text);
}

void TestBundleReader::concatenatedGzip()
{
    const std::string a = noisyText(5000, 12);
    const std::string b = noisyText(1, 13);
    const std::string c = noisyText(80000, 14);
    const std::string multi = gz(a) + gz(b) + gz(c);
    const Result result = readMemory("multi.log.gz", multi);
    QVERIFY(result.problems.empty());
    QCOMPARE(result.content("multi.log.gz"), a + b + c);
    QCOMPARE(result.entries[0].storedBytes, std::uint64_t{multi.size()});

    // Zero padding between members (block-size writers) is tolerated.
    const Result padded = readMemory("padded.log.gz", gz(a) + std::string(700, '\0') + gz(c));
    QVERIFY(padded.problems.empty());
    QCOMPARE(padded.content("padded.log.gz"), a + c);
}

void TestBundleReader::doubleGzip()
{
    const Result result = readMemory("x.log.gz.gz", gz(gz("twice\n")));
    QVERIFY(result.problems.empty());
    QCOMPARE(result.content("x.log.gz.gz"), std::string("twice\n"));
}

void TestBundleReader::gzipBombMemberLimit()
{
    const std::string tar =
        makeArchive({file("small1.log", "s1"), file("bomb.log.gz", gz(std::string(32u << 20, '\0'))),
                     file("small2.log", "s2")});
    QVERIFY(tar.size() < 200000);
    BundleLimits limits;
    limits.maxMemberBytes = 4u << 20;
    const Result result = readMemory("bomb.tar", tar, limits);
    COMPARE_LIST(result.paths(), {"bomb.tar/small1.log", "bomb.tar/small2.log"});
    COMPARE_LIST(result.issues(), {"bomb.tar/bomb.log.gz member_too_large"});
    QCOMPARE(result.content("bomb.tar/small2.log"), std::string("s2"));
}

// Past the member limit a member's complete lines before it are kept (like a truncated gzip), the
// report says where it stopped, and the members after it are read as usual: plain and gzip members
// of a tar, and a plain file read whole.
void TestBundleReader::memberLimitKeepsTheFirstLines()
{
    std::string lines;
    for (int i = 0; lines.size() < (3u << 20); ++i)
        lines += "line " + std::to_string(i) + " of a log bigger than the member limit\n";
    BundleLimits limits;
    limits.maxMemberBytes = 1u << 20;
    const auto verifyPrefix = [&](const Result& result, const std::string& path) {
        const BundleEntry& entry = result.entry(path);
        const std::string kept(entry.bytes->view());
        QVERIFY(entry.truncated);
        QVERIFY2(!kept.empty() && kept.size() <= limits.maxMemberBytes,
                 qPrintable(QString::fromStdString(path) + QLatin1Char(' ') + QString::number(kept.size())));
        QCOMPARE(kept, lines.substr(0, kept.size()));
        QCOMPARE(kept.back(), '\n');
        QVERIFY(kept.size() + 80 > limits.maxMemberBytes); // every whole line up to the limit
        const auto problem = std::find_if(result.problems.begin(), result.problems.end(),
                                          [&](const BundleProblem& p) { return p.path == path; });
        QVERIFY(problem != result.problems.end());
        QCOMPARE(problem->issue, BundleIssue::MemberTooLarge);
        const auto count = std::count(kept.begin(), kept.end(), '\n');
        QVERIFY2(problem->detail.find("the first " + std::to_string(count) + " lines") != std::string::npos,
                 problem->detail.c_str());
    };
    const std::string tar = makeArchive({file("small1.log", "s1"), file("big.log", lines),
                                         file("big2.log.gz", gz(lines)), file("small2.log", "s2")});
    const Result inTar = readMemory("big.tar", tar, limits);
    COMPARE_LIST(inTar.paths(),
                 {"big.tar/small1.log", "big.tar/big.log", "big.tar/big2.log.gz", "big.tar/small2.log"});
    verifyPrefix(inTar, "big.tar/big.log");
    verifyPrefix(inTar, "big.tar/big2.log.gz");
    QCOMPARE(inTar.content("big.tar/small2.log"), std::string("s2"));

    const Result plain = readMemory("big.log", lines, limits);
    verifyPrefix(plain, "big.log");
    const Result gzipped = readMemory("big.log.gz", gz(lines), limits);
    verifyPrefix(gzipped, "big.log.gz");
}

void TestBundleReader::gzipBombTotalLimit()
{
    const std::string tar =
        makeArchive({file("small1.log", std::string(1u << 20, 'a')),
                     file("bomb.log.gz", gz(std::string(32u << 20, '\0'))), file("small2.log", "s2")});
    BundleLimits limits;
    limits.maxTotalBytes = 8u << 20;
    const Result result = readMemory("bomb.tar", tar, limits);
    COMPARE_LIST(result.paths(), {"bomb.tar/small1.log", "bomb.tar/small2.log"});
    COMPARE_LIST(result.issues(), {"bomb.tar/bomb.log.gz total_too_large"});
}

void TestBundleReader::tgzStreamTotalLimit()
{
    // A plain 32 MiB member inside a tgz: refused from its header, and the inflation needed to skip it
    // runs into the total limit too, which ends the archive (the first member is kept).
    const std::string tgz =
        makeArchive({file("first.log", "first"), file("zeros.log", std::string(32u << 20, '\0')),
                     file("last.log", "last")},
                    Format::Pax, Filter::Gzip);
    BundleLimits limits;
    limits.maxTotalBytes = 8u << 20;
    const Result result = readMemory("big.tgz", tgz, limits);
    COMPARE_LIST(result.paths(), {"big.tgz/first.log"});
    COMPARE_LIST(result.issues(), {"big.tgz/zeros.log total_too_large", "big.tgz total_too_large"});
}

void TestBundleReader::ratioTooHigh()
{
    const std::string tar =
        makeArchive({file("ok.log", "ok"), file("zeros.log.gz", gz(std::string(80u << 20, '\0'))),
                     file("after.log", "after")});
    BundleLimits limits;
    limits.maxRatio = 100;
    const Result result = readMemory("ratio.tar", tar, limits);
    COMPARE_LIST(result.paths(), {"ratio.tar/ok.log", "ratio.tar/after.log"});
    COMPARE_LIST(result.issues(), {"ratio.tar/zeros.log.gz ratio_too_high"});

    // The same bomb deflated by zip itself: libarchive inflates, the ratio still applies.
    const std::string zip = makeArchive(
        {file("ok.log", "ok"), file("zeros.log", std::string(80u << 20, '\0')), file("after.log", "after")},
        Format::Zip);
    const Result zipped = readMemory("ratio.zip", zip, limits);
    COMPARE_LIST(zipped.paths(), {"ratio.zip/ok.log", "ratio.zip/after.log"});
    COMPARE_LIST(zipped.issues(), {"ratio.zip/zeros.log ratio_too_high"});
}

namespace {

// `count` distinct Gorouter access lines.
std::string accessLines(int count)
{
    std::string text;
    for (int i = 0; i < count; ++i) {
        const std::string id = std::to_string(1000 + i);
        text += "app.example.com - [2026-10-14T09:0" + std::to_string(i / 60) + ":" +
                std::string(i % 60 < 10 ? "0" : "") + std::to_string(i % 60) +
                ".000000000Z] \"GET /x HTTP/1.1\" 200 0 12 \"-\" \"curl/8\" \"10.0.0.1:5000\" "
                "\"10.0.16.5:61012\" x_forwarded_for:\"1.2.3.4\" x_forwarded_proto:\"https\" "
                "vcap_request_id:\"00000000-0000-4000-8000-00000000" +
                id +
                "\" response_time:0.010000 gorouter_time:0.000100 app_id:\"a\" app_index:\"0\" "
                "instance_id:\"i\" x_cf_routererror:\"-\"\n";
    }
    return text;
}

} // namespace

void TestBundleReader::gzipBombKeepsItsPrefix()
{
    // 100 real lines, then 100 MiB of zeros (~1000:1): past the 64 MiB floor the 500:1 limit stops
    // inflating. The lines before the zeros are kept, like a truncated gzip's prefix, and the report
    // says where the member was cut; the member after it is read as usual.
    const std::string lines = accessLines(100);
    const std::string bomb = gz(lines + std::string(100u << 20, '\0'));
    QVERIFY(bomb.size() < (1u << 20));
    const std::string tar = makeArchive({file("access.log.gz", bomb), file("after.log", "after\n")});
    const std::string where =
        "stopped at uncompressed offset " + std::to_string(lines.size()) + " (after line 100)";
    for (const bool streamed : {false, true}) {
        Result result;
        BundleReader reader;
        reader.setStreamLeaves(streamed);
        reader.readBytes(
            "bomb.tar", bytesFromString(tar),
            [&](BundleEntry&& e) { result.entries.push_back(std::move(e)); }, result.problems);
        COMPARE_LIST(result.paths(), {"bomb.tar/access.log.gz", "bomb.tar/after.log"});
        COMPARE_LIST(result.issues(), {"bomb.tar/access.log.gz ratio_too_high_prefix_kept"});
        QVERIFY2(result.problems[0].detail.find(where) != std::string::npos,
                 result.problems[0].detail.c_str());
        QVERIFY(result.content("bomb.tar/access.log.gz") == lines);
        QCOMPARE(result.content("bomb.tar/after.log"), std::string("after\n"));
        if (!streamed)
            QVERIFY(result.entry("bomb.tar/access.log.gz").truncated);
    }

    // The same bomb deflated by zip itself keeps its lines the same way.
    const std::string zip = makeArchive(
        {file("access.log", lines + std::string(100u << 20, '\0')), file("after.log", "a")}, Format::Zip);
    const Result zipped = readMemory("bomb.zip", zip);
    COMPARE_LIST(zipped.paths(), {"bomb.zip/access.log", "bomb.zip/after.log"});
    COMPARE_LIST(zipped.issues(), {"bomb.zip/access.log ratio_too_high_prefix_kept"});
    QVERIFY(zipped.content("bomb.zip/access.log") == lines);

    // End to end (the importer streams gzip members): the 100 requests are imported, and the
    // file's report says it was cut.
    const auto incident = Importer().importBytes("access.log.gz", bytesFromString(bomb));
    QCOMPARE(incident->tables.requests.size(), std::size_t{100});
    const auto& problems = incident->report.problems;
    std::string listed;
    for (const BundleProblem& p : problems)
        listed += std::string(bundleIssueId(p.issue)) + ": " + p.detail + "\n";
    QVERIFY2(problems.size() == 1, listed.c_str());
    QCOMPARE(problems[0].issue, BundleIssue::RatioTooHighPrefixKept);
    QVERIFY(problems[0].detail.find(where) != std::string::npos);
}

void TestBundleReader::bombPrefixesShareOneBudget()
{
    // A zip of bombs whose padding is text lines: each keeps its lines until the budget for all of
    // them is used, then the bombs are dropped whole as before. The total held stays bounded.
    std::string padding;
    while (padding.size() < (80u << 20))
        padding += "x\n";
    const std::string bomb = makeArchive({file("bomb.log", padding)}, Format::Zip);
    std::vector<Member> inner;
    for (int i = 1; i <= 3; ++i)
        inner.push_back(file("z" + std::to_string(i) + ".zip", bomb));
    BundleLimits limits;
    limits.maxBombPrefixBytes = 100u << 20;
    const Result result = readMemory("42.zip", makeArchive(inner, Format::Zip), limits);
    COMPARE_LIST(result.paths(), {"42.zip/z1.zip/bomb.log", "42.zip/z2.zip/bomb.log"});
    COMPARE_LIST(result.issues(), {"42.zip/z1.zip/bomb.log ratio_too_high_prefix_kept",
                                   "42.zip/z2.zip/bomb.log ratio_too_high_prefix_kept",
                                   "42.zip/z3.zip/bomb.log ratio_too_high"});
    std::uint64_t kept = 0;
    for (const BundleEntry& entry : result.entries)
        kept += entry.bytes->size();
    QVERIFY(kept <= limits.maxBombPrefixBytes);
    QVERIFY(result.content("42.zip/z2.zip/bomb.log").ends_with("x\n"));
}

void TestBundleReader::largeMembersAreNotBombs()
{
    // Past the 64 MiB ratio floor, stored data (tar, stored zip) must not look like a bomb. A
    // deflated member of one repeated byte (~1000:1) is one; the ratio is judged per member, so
    // the member after it is still read.
    const std::string big(70u << 20, 'x');
    for (const Format format : {Format::Pax, Format::ZipStored}) {
        const Result result =
            readMemory("big.x", makeArchive({file("big.log", big), file("next.log", "n")}, format));
        COMPARE_LIST(result.paths(), {"big.x/big.log", "big.x/next.log"});
        QVERIFY(result.problems.empty());
        QVERIFY(result.content("big.x/big.log") == big);
    }
    const Result deflated =
        readMemory("big.x", makeArchive({file("big.log", big), file("next.log", "n")}, Format::Zip));
    COMPARE_LIST(deflated.paths(), {"big.x/next.log"});
    COMPARE_LIST(deflated.issues(), {"big.x/big.log ratio_too_high"});
    QCOMPARE(deflated.content("big.x/next.log"), std::string("n"));
}

namespace {

void octal(std::string& header, std::size_t at, std::size_t width, std::uint64_t value)
{
    char field[32];
    std::snprintf(field, sizeof field, "%0*llo", static_cast<int>(width - 1),
                  static_cast<unsigned long long>(value));
    header.replace(at, width - 1, field);
}

// One old-GNU sparse member ('S'): `data` stored, placed at the end of a file of `realSize`
// bytes, everything before it a hole. libarchive's writer cannot make these, so it is built by
// hand, header field by header field.
std::string gnuSparseMember(const std::string& name, std::uint64_t realSize, const std::string& data)
{
    std::string header(512, '\0');
    header.replace(0, name.size(), name);
    octal(header, 100, 8, 0644);
    octal(header, 108, 8, 0);
    octal(header, 116, 8, 0);
    octal(header, 124, 12, data.size());
    octal(header, 136, 12, static_cast<std::uint64_t>(kMtime));
    header[156] = 'S';
    header.replace(257, 8, std::string("ustar  \0", 8));
    octal(header, 386, 12, realSize - data.size()); // sparse[0].offset
    octal(header, 398, 12, data.size());            // sparse[0].numbytes
    octal(header, 483, 12, realSize);               // realsize
    header.replace(148, 8, "        ");
    unsigned sum = 0;
    for (const char c : header)
        sum += static_cast<unsigned char>(c);
    char checksum[8];
    std::snprintf(checksum, sizeof checksum, "%06o", sum);
    header.replace(148, 7, std::string(checksum, 6) + '\0');
    std::string member = header + data;
    member.resize((member.size() + 511) / 512 * 512, '\0');
    return member;
}

} // namespace

void TestBundleReader::zipOfZipBombsIsBoundedByTheTotal()
{
    // 42.zip in small: every inner zip holds a good file and a deflate bomb. Each bomb inflates
    // past the 64 MiB ratio floor before it is refused; that work counts against the total, so
    // reading stops after a bounded amount instead of going through every leaf.
    const std::string bomb =
        makeArchive({file("good.log", "good"), file("bomb.log", std::string(80u << 20, '\0'))}, Format::Zip);
    std::vector<Member> inner;
    for (int i = 1; i <= 4; ++i)
        inner.push_back(file("z" + std::to_string(i) + ".zip", bomb));
    BundleLimits limits;
    limits.maxTotalBytes = 150u << 20;
    const Result result = readMemory("42.zip", makeArchive(inner, Format::Zip), limits);
    COMPARE_LIST(result.paths(),
                 {"42.zip/z1.zip/good.log", "42.zip/z2.zip/good.log", "42.zip/z3.zip/good.log"});
    COMPARE_LIST(result.issues(),
                 {"42.zip/z1.zip/bomb.log ratio_too_high", "42.zip/z2.zip/bomb.log ratio_too_high",
                  "42.zip/z3.zip/bomb.log total_too_large"});
    QVERIFY(result.problems.back().detail.find("the rest is not read") != std::string::npos);
}

void TestBundleReader::sparseMemberBomb()
{
    // 2 KB of tar declaring 1 GiB of zeros: refused like a decompression bomb, the next member read.
    const std::string bomb = gnuSparseMember("holes.log", 1ull << 30, "tail of the log\n") +
                             makeArchive({file("after.log", "after")}, Format::Ustar);
    const Result result = readMemory("sparse.tar", bomb);
    COMPARE_LIST(result.paths(), {"sparse.tar/after.log"});
    COMPARE_LIST(result.issues(), {"sparse.tar/holes.log ratio_too_high"});
    QVERIFY(result.problems.front().detail.find("sparse member") != std::string::npos);

    // A small hole (a copytruncate log tarred with --sparse) is read, zeros and all.
    const std::string small = gnuSparseMember("small.log", 4096, "tail\n") +
                              makeArchive({file("after.log", "after")}, Format::Ustar);
    const Result read = readMemory("sparse.tar", small);
    COMPARE_LIST(read.paths(), {"sparse.tar/small.log", "sparse.tar/after.log"});
    QVERIFY(read.problems.empty());
    QCOMPARE(read.content("sparse.tar/small.log"), std::string(4096 - 5, '\0') + "tail\n");
}

namespace {

// level1 holds leaf1 and level2, …, level30 holds leaf30.
std::string nestedLevels(int levels, Filter filter)
{
    const std::string ext = filter == Filter::Gzip ? ".tgz" : ".tar";
    std::string inner =
        makeArchive({file("leaf" + std::to_string(levels) + ".txt", "leaf " + std::to_string(levels))},
                    Format::Pax, filter);
    for (int level = levels - 1; level >= 1; --level) {
        inner = makeArchive({file("leaf" + std::to_string(level) + ".txt", "leaf " + std::to_string(level)),
                             file("level" + std::to_string(level + 1) + ext, inner)},
                            Format::Pax, filter);
    }
    return inner;
}

void checkNesting(const Result& result, const std::string& ext)
{
    std::vector<std::string> expected;
    std::string prefix = "level1" + ext;
    for (int level = 1; level <= 12; ++level) {
        expected.push_back(prefix + "/leaf" + std::to_string(level) + ".txt");
        prefix += "/level" + std::to_string(level + 1) + ext;
    }
    COMPARE_LIST(result.paths(), expected);
    COMPARE_LIST(result.issues(), {prefix + " nesting_too_deep"});
    QCOMPARE(result.content(expected.back()), std::string("leaf 12"));
}

} // namespace

void TestBundleReader::deepNestingTar()
{
    BundleLimits limits;
    limits.maxDepth = 12;
    checkNesting(readMemory("level1.tar", nestedLevels(30, Filter::None), limits), ".tar");
}

void TestBundleReader::deepNestingTgz()
{
    BundleLimits limits;
    limits.maxDepth = 12;
    checkNesting(readMemory("level1.tgz", nestedLevels(30, Filter::Gzip), limits), ".tgz");
}

void TestBundleReader::nonUtf8MemberName()
{
    const std::string tar = makeArchive(
        {file("bad\xff\xfename.log", "x"), file("caf\xc3\xa9.log", "y"), file("tab\there.log", "z")},
        Format::Ustar);
    const Result result = readMemory("names.tar", tar);
    COMPARE_LIST(result.paths(), {"names.tar/bad\\xFF\\xFEname.log", "names.tar/caf\xc3\xa9.log",
                                  "names.tar/tab\\x09here.log"});
    COMPARE_LIST(result.issues(), {"names.tar/bad\\xFF\\xFEname.log invalid_name_encoding"});
    QCOMPARE(result.content("names.tar/bad\\xFF\\xFEname.log"), std::string("x"));
}

void TestBundleReader::cancelBeforeStart()
{
    const std::atomic<bool> cancel{true};
    const Result result =
        readMemory("x.tar", bytesFromString(makeArchive({file("a.log", "a")})), {}, &cancel);
    QVERIFY(result.entries.empty());
    COMPARE_LIST(result.issues(), {"x.tar cancelled"});
}

void TestBundleReader::cancelMidway()
{
    const std::string tgz =
        makeArchive({file("a.log", "a"), file("b.log.gz", gz(noisyText(3u << 20, 15))), file("c.log", "c")},
                    Format::Pax, Filter::Gzip);
    std::atomic<bool> cancel{false};
    Result result;
    BundleReader().readBytes(
        "x.tgz", bytesFromString(tgz),
        [&](BundleEntry&& entry) {
            result.entries.push_back(std::move(entry));
            cancel = true;
        },
        result.problems, &cancel);
    COMPARE_LIST(result.paths(), {"x.tgz/a.log"});
    COMPARE_LIST(result.issues(), {"x.tgz cancelled"});
}

void TestBundleReader::tooManyMembers()
{
    const std::string tar =
        makeArchive({file("1", "1"), file("2", "2"), file("3", "3"), file("4", "4"), file("5", "5")});
    BundleLimits limits;
    limits.maxMembers = 3;
    const Result result = readMemory("many.tar", tar, limits);
    COMPARE_LIST(result.paths(), {"many.tar/1", "many.tar/2", "many.tar/3"});
    COMPARE_LIST(result.issues(), {"many.tar/4 too_many_members"});
}

void TestBundleReader::notAnArchive()
{
    // Names do not decide: a ".tgz" holding text is a text leaf.
    Result result = readMemory("fake.tgz", std::string("just text\n"));
    COMPARE_LIST(result.paths(), {"fake.tgz"});
    QVERIFY(result.problems.empty());
    QCOMPARE(result.content("fake.tgz"), std::string("just text\n"));
    QVERIFY(!result.entries[0].wasGzip);

    result = readMemory("empty.log", std::string());
    COMPARE_LIST(result.paths(), {"empty.log"});
    QCOMPARE(result.entries[0].bytes->size(), std::size_t{0});
}

void TestBundleReader::missingInput()
{
    const Result result = readInputs({"/nonexistent/routescope/input.tgz"});
    QVERIFY(result.entries.empty());
    COMPARE_LIST(result.issues(), {"/nonexistent/routescope/input.tgz unreadable"});
}

void TestBundleReader::xzAndBzip2()
{
    for (const Filter filter : {Filter::Xz, Filter::Bzip2}) {
        const std::string archive =
            makeArchive({file("./a.log", "aaa\n"), file("./b.log.gz", gz("bbb\n"))}, Format::Pax, filter);
        const Result result = readMemory("logs.tar.x", archive);
        COMPARE_LIST(result.paths(), {"logs.tar.x/a.log", "logs.tar.x/b.log.gz"});
        QVERIFY(result.problems.empty());
        QCOMPARE(result.content("logs.tar.x/b.log.gz"), std::string("bbb\n"));
    }
    // A lone compressed log is one leaf under its own name.
    const Result single = readMemory("kern.log.xz", compressed("kernel\n", Filter::Xz));
    COMPARE_LIST(single.paths(), {"kern.log.xz"});
    QVERIFY(single.problems.empty());
    QCOMPARE(single.content("kern.log.xz"), std::string("kernel\n"));
}

void TestBundleReader::progressReported()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string path = tmp.path().toStdString() + "/big.tgz";
    writeFile(path,
              makeArchive({file("a.log", noisyText(3u << 20, 16)), file("b.log", noisyText(3u << 20, 17))},
                          Format::Pax, Filter::Gzip));
    writeFile(tmp.path().toStdString() + "/plain.log", "plain\n");
    const std::uint64_t expectedTotal = QFileInfo(QString::fromStdString(path)).size() + 6;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
    std::vector<BundleProblem> problems;
    std::size_t entries = 0;
    BundleReader().read(
        {path, tmp.path().toStdString() + "/plain.log"}, [&](BundleEntry&&) { ++entries; }, problems, nullptr,
        [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); });
    QCOMPARE(entries, std::size_t{3});
    QVERIFY(calls.size() >= 3);
    QVERIFY(calls.size() <= 102);
    for (std::size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, expectedTotal);
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
    QCOMPARE(calls.back().first, expectedTotal);
}

void TestBundleReader::inflateGzipApi()
{
    const std::string a = noisyText(100000, 18);
    const std::string b = noisyText(30000, 19);
    const std::string multi = gz(a) + gz(b);

    InflateResult result = inflateGzip(multi, 1ull << 30);
    QVERIFY(result.ok);
    QCOMPARE(std::string(result.bytes.begin(), result.bytes.end()), a + b);

    result = inflateGzip(std::string_view(multi).substr(0, gz(a).size() / 2), 1ull << 30);
    QVERIFY(!result.ok);
    QVERIFY(result.truncated);
    QVERIFY(!result.bytes.empty());
    QCOMPARE(std::string(result.bytes.begin(), result.bytes.end()), a.substr(0, result.bytes.size()));

    result = inflateGzip(multi, 1000);
    QVERIFY(!result.ok);
    QVERIFY(result.limitHit);
    QCOMPARE(result.bytes.size(), std::size_t{1000});

    result = inflateGzip(gz(a) + "junk", 1ull << 30);
    QVERIFY(result.ok);
    QCOMPARE(result.trailingGarbage, std::uint64_t{4});
    QCOMPARE(result.bytes.size(), a.size());

    std::string corrupt = gz(a);
    for (std::size_t i = 200; i < 260; ++i)
        corrupt[i] = static_cast<char>(corrupt[i] ^ 0xa5);
    result = inflateGzip(corrupt, 1ull << 30);
    QVERIFY(!result.ok);
    QVERIFY(!result.truncated);
    QVERIFY(!result.error.empty());

    const std::atomic<bool> cancel{true};
    result = inflateGzip(multi, 1ull << 30, &cancel);
    QVERIFY(result.cancelled);

    QVERIFY(isGzip(gz("x")));
    QVERIFY(!isGzip("\x1f"));
    QVERIFY(!isGzip("plain"));
}

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
