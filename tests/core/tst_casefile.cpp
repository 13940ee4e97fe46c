// Saved cases (issue 15): a .rscase reads back as the incident and the state it was saved with;
// opened after its bundle moved, raw lines say they are missing until the bundle is located again,
// then read the original bytes; a bundle of the same names but other bytes is refused; a case whose
// JSON is broken, hostile or of the wrong shape is rejected with a reason.

#include "core/cache/casefile.h"
#include "core/cache/incidentfile.h"
#include "core/cache/relocation.h"
#include "core/import/importer.h"
#include "filebytes.h"
#include "generatedbundle.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace rs;
using namespace rs::cache;
namespace fs = std::filesystem;

namespace {

using test::readAll;
using test::writeAll;

// Every request's raw line (empty where it cannot be read).
std::vector<std::string> rawLines(const Incident& incident)
{
    std::vector<std::string> lines;
    const RequestTable& requests = incident.tables.requests;
    for (std::size_t row = 0; row < requests.size(); ++row)
        lines.push_back(incident.rawLine(requests.source, row).str());
    return lines;
}

CaseState someState()
{
    CaseState state;
    state.currentFilter = "status>=500";
    state.notes = "Router 2 dropped its routes at 10:04.\nSee <b>not markup</b> & ask the app team.";
    state.filterHistory = {"status>=500", "host=api.example.com", "status=502"};
    state.bookmarks = {{"5xx", "status>=500"}, {"Ümlaut & 日本", "backend~\"10\\\\.0\""}};
    return state;
}

// The inputs where they are under `root`: the bosh bundle (nested .tgz), the loose folder (plain
// and .gz files) and one loose plain file given by itself.
std::vector<std::string> inputsUnder(const std::string& root, const std::string& tgz)
{
    return {root + "/" + tgz, root + "/loose", root + "/single.log"};
}

} // namespace

class TestCaseFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void movedBundleIsLocatedAgain();
    void otherBytesOfTheSameNamesAreRefused();
    void brokenStateRejectedWithReason();
    void brokenFileRejectedWithReason();

private:
    QTemporaryDir m_dir;
    std::string m_root; // where the bundle was imported from
    std::string m_tgz;  // the bosh bundle's file name
    std::shared_ptr<Incident> m_fresh;
    std::vector<std::string> m_lines; // every request's raw line, as imported
    std::string m_case;
};

void TestCaseFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::string base = m_dir.path().toStdString();
    m_root = base + "/orig";
    const QStringList common{QStringLiteral("--minutes"), QStringLiteral("2"),        QStringLiteral("--rps"),
                             QStringLiteral("3"),         QStringLiteral("--rotate"), QStringLiteral("1")};
    QVERIFY(!test::generateBundle(QString::fromStdString(base + "/gen-bosh"), common).isEmpty());
    QVERIFY(!test::generateBundle(QString::fromStdString(m_root + "/loose"),
                                  common + QStringList{QStringLiteral("--layout"), QStringLiteral("loose"),
                                                       QStringLiteral("--seed"), QStringLiteral("7")})
                 .isEmpty());
    for (const auto& entry : fs::directory_iterator(base + "/gen-bosh"))
        if (entry.path().extension() == ".tgz")
            m_tgz = entry.path().filename().string();
    QVERIFY(!m_tgz.empty());
    fs::rename(base + "/gen-bosh/" + m_tgz, m_root + "/" + m_tgz);
    // One plain access log of the loose folder becomes an input of its own.
    std::string plain;
    for (const auto& entry : fs::recursive_directory_iterator(m_root + "/loose"))
        if (entry.is_regular_file() && entry.path().filename().string().starts_with("access.log") &&
            entry.path().extension() != ".gz")
            plain = entry.path().string();
    QVERIFY(!plain.empty());
    fs::rename(plain, m_root + "/single.log");

    m_fresh = Importer().importPaths(inputsUnder(m_root, m_tgz));
    QVERIFY(m_fresh->tables.requests.size() > 100);
    m_lines = rawLines(*m_fresh);
    bool member = false, single = false, gzip = false;
    for (std::size_t file = 0; file < m_fresh->report.files.size(); ++file) {
        const std::string& path = m_fresh->filePath(static_cast<FileIndex>(file));
        member = member || path.find(".tgz/") != std::string::npos;
        single = single || path.ends_with("single.log");
        gzip = gzip || (path.find("loose/") != std::string::npos && path.ends_with(".gz"));
    }
    QVERIFY(member && single && gzip);
    for (const std::string& line : m_lines)
        QVERIFY(!line.empty());

    m_case = base + "/incident.rscase";
    std::string error;
    QVERIFY2(writeCase(m_case, *m_fresh, someState(), &error), error.c_str());
}

void TestCaseFile::roundTrip()
{
    const CaseFileResult read = readCase(m_case);
    QVERIFY2(read.incident, read.error.c_str());
    const Incident& loaded = *read.incident;
    QCOMPARE(loaded.tables.requests.size(), m_fresh->tables.requests.size());
    QVERIFY(loaded.tables.requests.status == m_fresh->tables.requests.status);
    QVERIFY(loaded.tables.requests.host == m_fresh->tables.requests.host);
    QVERIFY(loaded.tables.requests.source.file == m_fresh->tables.requests.source.file);
    QCOMPARE(loaded.tables.events.size(), m_fresh->tables.events.size());
    QCOMPARE(loaded.report.files.size(), m_fresh->report.files.size());
    QCOMPARE(loaded.report.bytes, m_fresh->report.bytes);
    QCOMPARE(loaded.report.problems.size(), m_fresh->report.problems.size());
    QCOMPARE(loaded.begin, m_fresh->begin);
    QCOMPARE(loaded.end, m_fresh->end);
    // Where the bundle still is, raw lines read as imported.
    QVERIFY(rawLines(loaded) == m_lines);

    CaseState expected = someState();
    expected.inputs = inputsUnder(m_root, m_tgz);
    QCOMPARE(read.state.currentFilter, expected.currentFilter);
    QCOMPARE(read.state.notes, expected.notes);
    QVERIFY(read.state.filterHistory == expected.filterHistory);
    QVERIFY(read.state.bookmarks == expected.bookmarks);
    QVERIFY(read.state.inputs == expected.inputs);
    QVERIFY(read.state.savedAtMs > 0);
    // The loose inputs and the loose folder's files are identified; the members are not loose.
    bool tgz = false, single = false, inFolder = false;
    for (const CaseFileIdentity& f : read.state.files) {
        QVERIFY2(f.path.find(".tgz/") == std::string::npos, f.path.c_str());
        tgz = tgz || f.path == m_root + "/" + m_tgz;
        single = single || (f.path == m_root + "/single.log" && f.size == fs::file_size(f.path));
        inFolder = inFolder || f.path.starts_with(m_root + "/loose/");
    }
    QVERIFY(tgz && single && inFolder);
    // The state's own JSON reads back equal.
    const auto again = caseStateFromJson(caseStateToJson(read.state), nullptr);
    QVERIFY(again && *again == read.state);
}

void TestCaseFile::movedBundleIsLocatedAgain()
{
    // Copied elsewhere (other inodes and times, as on another machine), the original gone.
    const std::string moved = m_dir.path().toStdString() + "/elsewhere/bundle";
    fs::create_directories(fs::path(moved).parent_path());
    fs::copy(m_root, moved, fs::copy_options::recursive);
    const std::string backup = m_dir.path().toStdString() + "/backup";
    fs::rename(m_root, backup);
    const auto restore = qScopeGuard([&] { fs::rename(backup, m_root); });

    CaseFileResult read = readCase(m_case);
    QVERIFY2(read.incident, read.error.c_str());
    Incident& incident = *read.incident;
    const std::vector<std::string> missing = rawLines(incident);
    for (const std::string& line : missing)
        QVERIFY(line.empty());
    // Each kind of text says it is missing and where it was looked for.
    for (std::size_t file = 0; file < incident.fileText.size(); ++file) {
        const RawText* text = incident.text(static_cast<FileIndex>(file));
        if (text == nullptr || text->state() == TextState::Available)
            continue;
        QCOMPARE(text->state(), TextState::Missing);
        QVERIFY2(!text->problem().empty(), incident.filePath(static_cast<FileIndex>(file)).c_str());
    }
    const RawText* single = nullptr;
    for (std::size_t file = 0; file < incident.fileText.size(); ++file)
        if (incident.filePath(static_cast<FileIndex>(file)).ends_with("single.log"))
            single = incident.text(static_cast<FileIndex>(file));
    QVERIFY(single != nullptr);
    QCOMPARE(single->state(), TextState::Missing);
    QVERIFY2(single->problem().find(m_root + "/single.log") != std::string::npos, single->problem().c_str());

    // The user points at the folder holding the bundle: every input is found and checked.
    const Relocation relocation = relocate(incident, read.state, {moved});
    QCOMPARE(relocation.inputs.size(), std::size_t{3});
    for (const RelocatedInput& input : relocation.inputs) {
        QVERIFY2(input.matched, (input.from + ": " + input.reason).c_str());
        QVERIFY(input.to.starts_with(moved + "/"));
        QVERIFY(input.files > 0);
    }
    QCOMPARE(
        relocation.texts(), incident.fileText.size() - [&] {
            std::size_t none = 0;
            for (const SharedText& text : incident.fileText)
                none += text ? 0 : 1;
            return none;
        }());
    QVERIFY(rawLines(incident) == m_lines);
    QCOMPARE(incident.report.inputs, inputsUnder(moved, m_tgz));

    // Saved again there, the case reads from the new place.
    const std::string resaved = m_dir.path().toStdString() + "/resaved.rscase";
    std::string error;
    QVERIFY2(writeCase(resaved, incident, read.state, &error), error.c_str());
    const CaseFileResult reread = readCase(resaved);
    QVERIFY2(reread.incident, reread.error.c_str());
    QVERIFY(rawLines(*reread.incident) == m_lines);
    fs::remove_all(fs::path(moved).parent_path());
}

void TestCaseFile::otherBytesOfTheSameNamesAreRefused()
{
    // The same names, every file's first byte changed (same sizes): nothing may be read from them.
    const std::string other = m_dir.path().toStdString() + "/other";
    fs::copy(m_root, other, fs::copy_options::recursive);
    for (const auto& entry : fs::recursive_directory_iterator(other)) {
        if (!entry.is_regular_file())
            continue;
        std::string bytes = readAll(entry.path().string());
        if (!bytes.empty())
            bytes[0] = static_cast<char>(bytes[0] ^ 0x20);
        writeAll(entry.path().string(), bytes);
    }
    CaseFileResult read = readCase(m_case);
    QVERIFY2(read.incident, read.error.c_str());
    const Relocation relocation = relocate(*read.incident, read.state, {other});
    QCOMPARE(relocation.inputs.size(), std::size_t{3});
    for (const RelocatedInput& input : relocation.inputs) {
        QVERIFY2(!input.matched, input.from.c_str());
        QVERIFY2(input.reason.find("other bytes") != std::string::npos, input.reason.c_str());
    }
    QVERIFY(relocation.inputs[2].files == 0 && relocation.inputs[1].refused > 0);
    // Refused inputs keep reading from where the case was saved (here: still there).
    QVERIFY(rawLines(*read.incident) == m_lines);
    QCOMPARE(read.incident->report.inputs, inputsUnder(m_root, m_tgz));

    // A folder of the same name with a changed archive inside: located, but its members read nothing
    // (their content hash differs), never other bytes.
    const std::string folder = m_dir.path().toStdString() + "/folder";
    fs::create_directories(folder);
    fs::copy(other + "/" + m_tgz, folder + "/" + m_tgz);
    CaseState state = read.state;
    CaseFileResult again = readCase(m_case);
    QVERIFY(again.incident);
    // Without its identity the archive is looked at member by member.
    std::erase_if(state.files, [&](const CaseFileIdentity& f) { return f.path.ends_with(m_tgz); });
    const Relocation members = relocate(*again.incident, state, {folder});
    QVERIFY(members.inputs[0].files > 0);
    const std::vector<std::string> lines = rawLines(*again.incident);
    std::size_t fromArchive = 0;
    for (std::size_t row = 0; row < lines.size(); ++row) {
        const std::string& path = again.incident->filePath(again.incident->tables.requests.source.file[row]);
        if (path.find(".tgz/") == std::string::npos)
            continue;
        ++fromArchive;
        QVERIFY(lines[row].empty());
    }
    QVERIFY(fromArchive > 0);
    fs::remove_all(other);
    fs::remove_all(folder);
}

void TestCaseFile::brokenStateRejectedWithReason()
{
    const std::string good = caseStateToJson(someState());
    const auto rejects = [](const std::string& json, const std::string& reason) {
        std::string error;
        const bool rejected = !caseStateFromJson(json, &error).has_value();
        if (!rejected || error.find(reason) == std::string::npos)
            qWarning("%s -> %s (wanted %s)", json.substr(0, 200).c_str(), error.c_str(), reason.c_str());
        return rejected && error.find(reason) != std::string::npos;
    };
    QVERIFY(caseStateFromJson(good, nullptr).has_value());
    QVERIFY(rejects(good.substr(0, good.size() / 2), "not valid JSON"));
    QVERIFY(rejects("[1, 2]", "not a RouteScope case"));
    QVERIFY(rejects(R"({"format": "routescope-saved-filters", "version": 1})", "not a RouteScope case"));
    const auto with = [&](const std::string& from, const std::string& to) {
        std::string json = good;
        const std::size_t at = json.find(from);
        if (at == std::string::npos)
            qFatal("%s not in %s", from.c_str(), json.c_str());
        return json.replace(at, from.size(), to);
    };
    QVERIFY(rejects(with(R"("version":1)", R"("version":2)"), "another version"));
    QVERIFY(rejects(with(R"("version":1)", R"("version":"1")"), "another version"));
    QVERIFY(
        rejects(with(R"("filterHistory":[)", R"("filterHistory":"x","y":[)"), "filterHistory is not a list"));
    QVERIFY(
        rejects(with(R"("filterHistory":[)", R"("filterHistory":[7,)"), "filterHistory[0] is not a string"));
    QVERIFY(rejects(with(R"("name":"5xx")", R"("name":{"a":1})"), "bookmarks[0].name is not a string"));
    QVERIFY(rejects(with(R"("name":"5xx")", R"("name":"")"), "bookmarks[0] has no name"));
    QVERIFY(rejects(with(R"("bookmarks":[)", R"("bookmarks":[3,)"), "bookmarks[0] is not an object"));
    QVERIFY(rejects(with(R"("notes":")", R"("notes":null,"x":")"), "notes is not a string"));
    QVERIFY(rejects(with(R"("savedAtMs":0)", R"("savedAtMs":0.5)"), "savedAtMs is not a time"));
    QVERIFY(rejects(with(R"("savedAtMs":0)", R"("savedAtMs":-1)"), "savedAtMs is not a time"));
    QVERIFY(rejects(with(R"("notes":")", "\"notes\":\"" + std::string(CaseLimits::kMaxNotesBytes + 1, 'x')),
                    "notes is longer than"));
    std::string many = R"("filterHistory":[)";
    for (std::size_t i = 0; i <= CaseLimits::kMaxHistory; ++i)
        many += "\"a\",";
    QVERIFY(rejects(with(R"("filterHistory":[)", many), "filterHistory has more than"));
    CaseState withFile = someState();
    withFile.files.push_back({"/a", 1, 2, 3});
    const std::string file = caseStateToJson(withFile);
    QVERIFY(caseStateFromJson(file, nullptr).has_value());
    std::string hexless = file;
    hexless.replace(hexless.find(R"("head":"2")"), 10, R"("head":"zz")");
    QVERIFY(rejects(hexless, "files[0].head is not a hexadecimal number"));
    std::string numeric = file;
    numeric.replace(numeric.find(R"("size":"1")"), 10, R"("size":1)");
    QVERIFY(rejects(numeric, "files[0].size is not a string"));
    std::string huge = file;
    huge.replace(huge.find(R"("size":"1")"), 10, R"("size":"11111111111111111")");
    QVERIFY(rejects(huge, "files[0].size is longer than"));
}

void TestCaseFile::brokenFileRejectedWithReason()
{
    const std::string bytes = readAll(m_case);
    QVERIFY(readCaseBytes(bytes).incident);
    // Truncated or with a flipped byte: the file's checksums reject it.
    CaseFileResult truncated = readCaseBytes(std::string_view(bytes).substr(0, bytes.size() / 2));
    QVERIFY(!truncated.incident && !truncated.error.empty());
    std::string flipped = bytes;
    flipped[flipped.size() / 3] = static_cast<char>(flipped[flipped.size() / 3] ^ 1);
    CaseFileResult corrupt = readCaseBytes(flipped);
    QVERIFY(!corrupt.incident && !corrupt.error.empty());

    // Sound bytes around a state crafted by hand: rejected for what the state holds.
    const auto written = [&](const std::string& caseJson) {
        IncidentFileInfo info;
        info.inputs = m_fresh->report.inputs;
        info.caseJson = caseJson;
        const std::string path = m_dir.filePath(QStringLiteral("crafted.rscase")).toStdString();
        std::string error;
        if (!IncidentFile::write(path, *m_fresh, info, &error))
            qFatal("%s", error.c_str());
        return readCase(path);
    };
    const CaseFileResult cache = written("");
    QVERIFY(!cache.incident);
    QVERIFY2(cache.error.find("not a case") != std::string::npos, cache.error.c_str());
    const CaseFileResult wrongType =
        written(R"({"format":"routescope-case","version":1,"savedAtMs":1,"currentFilter":5,"notes":"",)"
                R"("filterHistory":[],"bookmarks":[],"inputs":[],"files":[]})");
    QVERIFY(!wrongType.incident);
    QVERIFY2(wrongType.error.find("currentFilter is not a string") != std::string::npos,
             wrongType.error.c_str());
    CaseState otherInputs = someState();
    otherInputs.inputs = {"/only/one"};
    const CaseFileResult mismatched = written(caseStateToJson(otherInputs));
    QVERIFY(!mismatched.incident);
    QVERIFY2(mismatched.error.find("other inputs") != std::string::npos, mismatched.error.c_str());
    // A cache file of an older format version is not read as a case (nor as a cache file).
    std::string old = bytes;
    old[8] = 2;
    IncidentFile::reseal(old);
    const CaseFileResult older = readCaseBytes(old);
    QVERIFY(!older.incident);
    QVERIFY2(older.error.find("version") != std::string::npos, older.error.c_str());
}

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
