// The incident cache (issue 15): a saved incident reads back equal to a fresh import, a changed
// input is noticed, and a truncated, corrupt, hostile or foreign file is rejected, never trusted.

#include "cachefilebytes.h"
#include "core/cache/incidentcache.h"
#include "core/cache/incidentfile.h"
#include "core/import/importer.h"
#include "filebytes.h"
#include "generatedbundle.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

using namespace rs;
using namespace rs::cache;

namespace {

using test::readAll;
using test::writeAll;

using test::crc;
using test::get;
using test::put;
using test::reseal;
using test::SectionEntry;
using test::sectionsOf;

template <typename Table> void compareTable(const Table& fresh, const Table& loaded, const char* name)
{
    QVERIFY2(Table::columnsOf(fresh) == Table::columnsOf(loaded), name);
    QVERIFY2(fresh.source.file == loaded.source.file, name);
}

IncidentFileInfo infoFor(const Incident& incident)
{
    IncidentFileInfo info;
    info.key = "test";
    info.inputs = incident.report.inputs;
    info.createdNs = 1;
    info.requests = incident.tables.requests.size();
    return info;
}

} // namespace

class TestIncidentCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripEqualsFreshImport();
    void columnsOfAFileAreReadInPlace();
    void changedInputInvalidates();
    void truncatedFileRejected();
    void flippedBytesRejectedOrHarmless();
    void hostileValuesRejected();
    void foreignFileRejected();
    void listAndClear();

private:
    std::string saved(const Incident& incident, const QString& name);

    QTemporaryDir m_dir;
    std::string m_bosh, m_loose;
    std::shared_ptr<Incident> m_fresh;
    std::string m_file; // the fresh incident, saved
};

void TestIncidentCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A bosh bundle (archive members, route dumps, LRPs, app logs, LB logs) and loose rotated files
    // (plain and .gz), imported together.
    const QString bosh = m_dir.filePath(QStringLiteral("bosh"));
    const QString loose = m_dir.filePath(QStringLiteral("loose"));
    const QStringList common{QStringLiteral("--minutes"), QStringLiteral("3"),        QStringLiteral("--rps"),
                             QStringLiteral("4"),         QStringLiteral("--rotate"), QStringLiteral("2")};
    QVERIFY(
        !test::generateBundle(bosh, common + QStringList{QStringLiteral("--lb"), QStringLiteral("haproxy"),
                                                         QStringLiteral("--app-logs"), QStringLiteral("on")})
             .isEmpty());
    QVERIFY(
        !test::generateBundle(loose, common + QStringList{QStringLiteral("--layout"), QStringLiteral("loose"),
                                                          QStringLiteral("--seed"), QStringLiteral("7")})
             .isEmpty());
    m_bosh = bosh.toStdString();
    m_loose = loose.toStdString();
    m_fresh = Importer().importPaths({m_bosh, m_loose});
    QVERIFY(m_fresh->tables.requests.size() > 500);
    QVERIFY(!m_fresh->tables.routeSnapshots.empty());
    QVERIFY(!m_fresh->tables.lrpSnapshots.empty());
    QVERIFY(m_fresh->tables.lb.size() > 0);
    QVERIFY(m_fresh->tables.apps.size() > 0);
    m_file = saved(*m_fresh, QStringLiteral("fresh.rsincident"));
    QVERIFY(!m_file.empty());
}

std::string TestIncidentCache::saved(const Incident& incident, const QString& name)
{
    const std::string path = m_dir.filePath(name).toStdString();
    std::string error;
    if (!IncidentFile::write(path, incident, infoFor(incident), &error)) {
        qWarning("%s", error.c_str());
        return {};
    }
    return readAll(path);
}

void TestIncidentCache::roundTripEqualsFreshImport()
{
    const IncidentFileResult result = IncidentFile::readBytes(m_file);
    QVERIFY2(result.incident, result.error.c_str());
    const Incident& fresh = *m_fresh;
    const Incident& loaded = *result.incident;

    QCOMPARE(loaded.tables.strings.size(), fresh.tables.strings.size());
    for (StringPool::Id id = 0; id < fresh.tables.strings.size(); ++id)
        QCOMPARE(loaded.str(id), fresh.str(id));
    QCOMPARE(loaded.tables.identities.size(), fresh.tables.identities.size());
    for (std::size_t i = 0; i < fresh.tables.identities.size(); ++i) {
        QCOMPARE(loaded.tables.identities[i].display, fresh.tables.identities[i].display);
        QCOMPARE(loaded.tables.identities[i].group, fresh.tables.identities[i].group);
        QCOMPARE(loaded.tables.identities[i].id, fresh.tables.identities[i].id);
        QCOMPARE(loaded.tables.identities[i].role, fresh.tables.identities[i].role);
    }
    compareTable(fresh.tables.requests, loaded.tables.requests, "requests");
    compareTable(fresh.tables.events, loaded.tables.events, "events");
    compareTable(fresh.tables.stderrLines, loaded.tables.stderrLines, "stderr");
    compareTable(fresh.tables.containers, loaded.tables.containers, "containers");
    compareTable(fresh.tables.lager, loaded.tables.lager, "lager");
    compareTable(fresh.tables.lb, loaded.tables.lb, "lb");
    compareTable(fresh.tables.apps, loaded.tables.apps, "apps");
    QCOMPARE(loaded.begin, fresh.begin);
    QCOMPARE(loaded.end, fresh.end);
    QCOMPARE(loaded.report.files.size(), fresh.report.files.size());
    for (std::size_t i = 0; i < fresh.report.files.size(); ++i) {
        QCOMPARE(loaded.report.files[i].path, fresh.report.files[i].path);
        QCOMPARE(loaded.report.files[i].records, fresh.report.files[i].records);
        QCOMPARE(loaded.report.files[i].skippedLines(), fresh.report.files[i].skippedLines());
    }
    QCOMPARE(loaded.report.problems.size(), fresh.report.problems.size());
    QCOMPARE(loaded.report.bytes, fresh.report.bytes);
    QCOMPARE(loaded.tables.routeSnapshots.size(), fresh.tables.routeSnapshots.size());
    QCOMPARE(loaded.tables.lrpSnapshots.size(), fresh.tables.lrpSnapshots.size());
    // Everything else (snapshot rows, the report's groups, variants and examples, the text sources):
    // saving the loaded incident gives the same bytes.
    QVERIFY(saved(loaded, QStringLiteral("again.rsincident")) == m_file);

    // Raw lines of every kind of file read back: loose plain, loose .gz (checkpoints taken again),
    // archive members (read again from the bundle).
    bool plain = false, gzip = false, member = false;
    const RequestTable& requests = fresh.tables.requests;
    for (std::size_t row = 0; row < requests.size(); ++row) {
        const RawLine a = fresh.rawLine(requests.source, row);
        const RawLine b = loaded.rawLine(requests.source, row);
        QVERIFY(!a.empty());
        QCOMPARE(b.view(), a.view());
        const std::string& path = fresh.filePath(requests.source.file[row]);
        plain = plain || (path.find("loose") != std::string::npos && !path.ends_with(".gz"));
        gzip = gzip || path.ends_with(".gz");
        member = member || path.find(".tgz/") != std::string::npos;
    }
    QVERIFY(plain && gzip && member);
    for (std::size_t row = 0; row < fresh.tables.apps.size(); ++row)
        QCOMPARE(loaded.rawLine(fresh.tables.apps.source, row).view(),
                 fresh.rawLine(fresh.tables.apps.source, row).view());
    // Read again, the bundle's gzip members are read back through their layers as after the import,
    // not held in memory.
    std::size_t members = 0;
    for (std::size_t file = 0; file < fresh.report.files.size(); ++file) {
        const std::string& path = fresh.filePath(static_cast<FileIndex>(file));
        const RawText* text = loaded.text(static_cast<FileIndex>(file));
        if (path.find(".tgz/") == std::string::npos || !path.ends_with(".gz") || text == nullptr)
            continue;
        ++members;
        QVERIFY(text->read(0, 1).has_value());
        QVERIFY2(text->resident() == nullptr, path.c_str());
    }
    QVERIFY(members > 0);
}

// Issue 15's reopen: the columns of a saved file are views of its mapping, not copies, and stay
// valid while the incident lives, even when the file is replaced or removed meanwhile.
void TestIncidentCache::columnsOfAFileAreReadInPlace()
{
    const QString path = m_dir.filePath(QStringLiteral("mapped.rsincident"));
    writeAll(path.toStdString(), m_file);
    const std::size_t detachesBefore = Column<TimeNs>::detachCount();
    std::shared_ptr<const Incident> loaded = IncidentFile::read(path.toStdString()).incident;
    QVERIFY(loaded);
    std::size_t views = 0, columns = 0;
    const auto count = [&](const auto& table) {
        std::apply(
            [&](const auto&... column) {
                const auto one = [&](const auto& c) {
                    if constexpr (requires { c.isView(); }) {
                        ++columns;
                        views += c.isView() ? 1 : 0;
                        QVERIFY(c.empty() || c.isView());
                    }
                };
                (one(column), ...);
            },
            std::decay_t<decltype(table)>::columnsOf(table));
    };
    count(loaded->tables.requests);
    count(loaded->tables.events);
    count(loaded->tables.lb);
    count(loaded->tables.apps);
    QVERIFY(views > 20);
    QVERIFY(views <= columns);

    // The file replaced (as the cache does: a new file renamed over it), then removed.
    const QString other = m_dir.filePath(QStringLiteral("other.rsincident"));
    writeAll(other.toStdString(), std::string(m_file.size(), '\0'));
    QCOMPARE(std::rename(other.toStdString().c_str(), path.toStdString().c_str()), 0);
    QVERIFY(QFile::remove(path));
    compareTable(m_fresh->tables.requests, loaded->tables.requests, "requests");
    compareTable(m_fresh->tables.lb, loaded->tables.lb, "lb");
    QCOMPARE(Column<TimeNs>::detachCount(), detachesBefore);

    // A change copies the view first; the file's bytes are never written.
    RequestTable changed = loaded->tables.requests;
    QVERIFY(changed.status.isView()); // a copy shares the mapping
    changed.status[0] = 599;
    QCOMPARE(Column<TimeNs>::detachCount(), detachesBefore + 1);
    QVERIFY(!changed.status.isView());
    QCOMPARE(changed.status[0], std::uint16_t{599});
    QCOMPARE(loaded->tables.requests.status[0], m_fresh->tables.requests.status[0]);
    QVERIFY(changed.start.isView()); // the other columns still share the mapping
    changed.start.push_back(7);
    QCOMPARE(changed.start.size(), loaded->tables.requests.size() + 1);
    QCOMPARE(changed.start.back(), TimeNs{7});
}

void TestIncidentCache::changedInputInvalidates()
{
    // A copy of the loose files: this test changes them.
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(input));
    for (const QString& name : QDir(QString::fromStdString(m_loose)).entryList(QDir::Files))
        QVERIFY(QFile::copy(QString::fromStdString(m_loose) + QLatin1Char('/') + name,
                            input + QLatin1Char('/') + name));
    const IncidentCache cache(dir.filePath(QStringLiteral("cache")).toStdString());
    const std::vector<std::string> inputs{input.toStdString()};
    const auto key = cache.key(inputs, {});
    QVERIFY(key);
    QVERIFY(!cache.load(*key).incident); // nothing saved yet
    const auto incident = Importer().importPaths(inputs);
    std::string error;
    QVERIFY2(cache.store(*key, *incident, &error), error.c_str());
    const auto again = cache.key(inputs, {});
    QVERIFY(again && again->text == key->text && again->file == key->file);
    const auto loaded = cache.load(*again);
    QVERIFY(loaded.incident);
    QCOMPARE(loaded.incident->tables.requests.size(), incident->tables.requests.size());

    // One more line in the live access.log: a new key for the same file, and the old one is stale.
    const QString access = input + QStringLiteral("/access.log");
    {
        QFile file(access);
        QVERIFY(file.open(QIODevice::Append));
        file.write("example.com - [2026-10-14T09:00:01.000000000Z] \"GET / HTTP/1.1\" 200 0 5 \"-\" \"curl\" "
                   "\"10.0.0.1:1234\" \"10.0.1.1:8080\" x_forwarded_for:\"-\" x_forwarded_proto:\"http\" "
                   "vcap_request_id:\"11111111-2222-3333-4444-555555555555\" response_time:0.001 "
                   "gorouter_time:0.0001 app_id:\"-\" app_index:\"-\"\n");
    }
    const auto changed = cache.key(inputs, {});
    QVERIFY(changed && changed->file == key->file && changed->text != key->text);
    const auto stale = cache.load(*changed);
    QVERIFY(!stale.incident);
    QVERIFY(stale.stale);

    // Only the modification time changes (same bytes): stale too.
    QVERIFY2(cache.store(*changed, *Importer().importPaths(inputs), &error), error.c_str());
    QVERIFY(cache.load(*cache.key(inputs, {})).incident);
    QFile file(access);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(
        file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(cache.load(*cache.key(inputs, {})).stale);

    // Other import options are another file.
    ImportOptions options;
    options.parse.maxLineBytes = 4096;
    QVERIFY(cache.key(inputs, options)->file != key->file);
    // An input that does not exist is not cached.
    QVERIFY(!cache.key({dir.filePath(QStringLiteral("missing")).toStdString()}, {}));
}

void TestIncidentCache::truncatedFileRejected()
{
    std::vector<std::uint64_t> cuts{0, 1, 8, 63, 64};
    for (const SectionEntry& s : sectionsOf(m_file)) {
        cuts.push_back(s.offset);
        cuts.push_back(s.offset + s.bytes / 2);
        cuts.push_back(s.offset + s.bytes);
    }
    cuts.push_back(m_file.size() - 1);
    for (const std::uint64_t cut : cuts) {
        if (cut >= m_file.size())
            continue;
        const IncidentFileResult result = IncidentFile::readBytes(std::string_view(m_file).substr(0, cut));
        QVERIFY2(!result.incident, qPrintable(QStringLiteral("accepted when cut at %1").arg(cut)));
        QVERIFY(!result.error.empty());
    }
}

void TestIncidentCache::flippedBytesRejectedOrHarmless()
{
    // A flipped byte is rejected; the only bytes no checksum covers are the zero padding between
    // sections, and a file accepted with one flipped there must read as the original did.
    std::mt19937_64 random(15);
    std::string file = m_file;
    int rejected = 0;
    for (int i = 0; i < 400; ++i) {
        const std::size_t at = random() % file.size();
        const auto mask = static_cast<char>(1 + random() % 255);
        file[at] = static_cast<char>(file[at] ^ mask);
        const IncidentFileResult result = IncidentFile::readBytes(file);
        if (!result.incident) {
            QVERIFY(!result.error.empty());
            ++rejected;
        } else {
            QVERIFY(saved(*result.incident, QStringLiteral("flip.rsincident")) == m_file);
        }
        file[at] = m_file[at];
    }
    QVERIFY(rejected > 350);
}

void TestIncidentCache::hostileValuesRejected()
{
    // Sections in file order: 0 info, 1 report, 2 string ends, 3 string bytes, 4 the strings' hash
    // table, 5 identities, then each table's columns (columnsOf) and its file runs (ends, files):
    // requests from 6.
    const std::vector<SectionEntry> sections = sectionsOf(m_file);
    // The reason a file with `value` written at `at` of section `index` (resealed) is rejected for;
    // "accepted" when it is not.
    const auto rejection = [&](std::size_t index, std::size_t at, const auto& value) {
        std::string file = m_file;
        put(file, sections[index].offset + at, value);
        reseal(file, index);
        const IncidentFileResult result = IncidentFile::readBytes(file);
        return result.incident ? std::string("accepted") : result.error;
    };
#define REJECT(index, at, value, what)                                                                       \
    do {                                                                                                     \
        const std::string why = rejection(index, at, value);                                                 \
        QVERIFY2(why != "accepted" && !why.empty(), what);                                                   \
    } while (false)
    const std::uint32_t hugeId = 0xFFFFFFF0u;
    QCOMPARE(QString::fromStdString(rejection(11, 4, hugeId)), QStringLiteral("a string id out of range"));
    QCOMPARE(QString::fromStdString(rejection(10, 0, hugeId)), QStringLiteral("an identity out of range"));
    REJECT(2, 8, std::uint64_t{1} << 40, "a string end beyond the strings");
    REJECT(2, 16, std::uint64_t{0}, "string ends out of order");
    // The requests' file runs: the first run's file beyond the files.
    REJECT(23, 0, hugeId, "a run's file out of range");
    REJECT(22, 0, std::uint64_t{0}, "an empty run");
    // A router event's message beyond RouterMessage (events' columns start at 24).
    REJECT(26, 0, std::uint8_t{200}, "an enum value out of range");
    // A request id marked as text whose string is out of range (16 bytes per id).
    {
        std::string file = m_file;
        const std::size_t at = sections[19].offset;
        put(file, at, RequestId::kTextMarker);
        put(file, at + 8, std::uint64_t{1} << 50);
        reseal(file, 19);
        QVERIFY(!IncidentFile::readBytes(file).incident);
    }
    // A count in a byte-encoded section that claims more than the section holds.
    REJECT(1, 0, std::uint64_t{1} << 60, "a report with too many inputs");
    REJECT(5, 0, std::uint64_t{1} << 60, "too many identities");
    // The strings' hash table: an id beyond the strings, an id indexed twice, a table with one
    // string too few (8 bytes per slot: id, then tag).
    {
        const auto slotId = [&](std::size_t slot) {
            return get<std::uint32_t>(m_file, sections[4].offset + slot * 8);
        };
        const std::size_t slots = sections[4].bytes / 8;
        std::size_t used = 0, free = 0;
        while (slotId(used) == 0)
            ++used;
        while (slotId(free) != 0)
            ++free;
        QVERIFY(used < slots && free < slots);
        QCOMPARE(QString::fromStdString(rejection(4, free * 8, hugeId)),
                 QStringLiteral(
                     "the strings are not a pool this build wrote (order, empty strings or their index)"));
        REJECT(4, free * 8, slotId(used), "a string indexed twice");
        REJECT(4, used * 8, std::uint32_t{0}, "a string not indexed");
    }
    // A column one value short: its length differs from its table's.
    {
        std::string file = m_file;
        const auto tableOffset = get<std::uint64_t>(file, 32);
        put(file, tableOffset + 7 * 24 + 8, sections[7].bytes - 8);
        reseal(file, 7);
        QVERIFY(!IncidentFile::readBytes(file).incident);
    }
    // A section that starts past the section table (found by fuzz_incidentcache: its size was
    // checked against a wrapped-around difference).
    {
        std::string file = m_file;
        const auto tableOffset = get<std::uint64_t>(file, 32);
        put(file, tableOffset + (sections.size() - 1) * 24, (tableOffset + 4096) & ~std::uint64_t{7});
        put(file, tableOffset + (sections.size() - 1) * 24 + 8, std::uint64_t{1} << 50);
        put(file, 48, crc(std::string_view(file).substr(tableOffset)));
        put(file, 56, crc(std::string_view(file).substr(0, 56)));
        const IncidentFileResult result = IncidentFile::readBytes(file);
        QVERIFY(!result.incident);
        QVERIFY2(result.error.find("out of bounds") != std::string::npos, result.error.c_str());
    }
#undef REJECT
}

void TestIncidentCache::foreignFileRejected()
{
    QVERIFY(!IncidentFile::readBytes({}).incident);
    QVERIFY(!IncidentFile::readBytes(std::string(4096, 'x')).incident);
    const std::string gzipped = readAll(m_loose + "/access.log.1.gz");
    QCOMPARE(QString::fromStdString(IncidentFile::readBytes(gzipped).error),
             QStringLiteral("not a RouteScope cache file"));
    // Another format version, header made consistent.
    std::string file = m_file;
    put(file, 8, IncidentFile::kFormatVersion + 1);
    put(file, 56, crc(std::string_view(file).substr(0, 56)));
    const IncidentFileResult result = IncidentFile::readBytes(file);
    QVERIFY(!result.incident);
    QVERIFY2(result.error.find("format version") != std::string::npos, result.error.c_str());
    // Another layout of the columns.
    file = m_file;
    put(file, 16, get<std::uint64_t>(file, 16) ^ 1);
    put(file, 56, crc(std::string_view(file).substr(0, 56)));
    QVERIFY(!IncidentFile::readBytes(file).incident);
    // A file that is not there.
    QVERIFY(!IncidentFile::read(m_dir.filePath(QStringLiteral("none")).toStdString()).error.empty());
}

void TestIncidentCache::listAndClear()
{
    QTemporaryDir dir;
    const IncidentCache cache(dir.path().toStdString());
    const auto boshKey = cache.key({m_bosh}, {});
    const auto looseKey = cache.key({m_loose}, {});
    QVERIFY(boshKey && looseKey && boshKey->file != looseKey->file);
    // A file another build wrote (its key names that build): removed when this one saves.
    const std::string other =
        dir.filePath(QString(64, QLatin1Char('a')) + QLatin1String(IncidentCache::kSuffix)).toStdString();
    QVERIFY(IncidentFile::write(other, *m_fresh, infoFor(*m_fresh), nullptr));
    QVERIFY(cache.store(*boshKey, *m_fresh));
    QVERIFY(!QFile::exists(QString::fromStdString(other)));
    QVERIFY(cache.store(*looseKey, *m_fresh));
    writeAll(dir.filePath(QStringLiteral("notes.txt")).toStdString(), "not ours");
    const auto entries = cache.entries();
    QCOMPARE(entries.size(), std::size_t{2});
    for (const auto& entry : entries) {
        QVERIFY(entry.error.empty());
        QCOMPARE(entry.info.requests, m_fresh->tables.requests.size());
        QCOMPARE(entry.info.inputs.size(), std::size_t{1});
        QVERIFY(entry.bytes > 0);
    }
    // A rejected file is removed when loaded.
    std::string bytes = readAll(boshKey->file);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x55);
    writeAll(boshKey->file, bytes);
    const auto loaded = cache.load(*boshKey);
    QVERIFY(!loaded.incident);
    QVERIFY(!loaded.rejected.empty());
    QVERIFY(!QFile::exists(QString::fromStdString(boshKey->file)));
    QCOMPARE(cache.clear(), std::size_t{1});
    QVERIFY(cache.entries().empty());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
}

QTEST_GUILESS_MAIN(TestIncidentCache)
#include "tst_incidentcache.moc"
