// The streamed raw-line search (core/query/linescan.h, searchRawLines) against the per-line one it
// replaces: generated bundles of every layout the files come in (nested gzip tarballs, loose gzip,
// loose plain, a reopened cache) searched for needles of every kind, with one and several threads
// and pieces cut small, must give the same result row for row; the line scanner alone against a
// naive split of texts built to hit its edges; and a cancel stops it early.
#include "core/cache/incidentfile.h"
#include "core/diagnosis/correlation.h"
#include "core/import/importer.h"
#include "core/query/linescan.h"
#include "core/query/rawsearch.h"
#include "generatedbundle.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <random>

using namespace rs;

namespace {

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
    return out;
}

std::string uppered(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = c >= 'a' && c <= 'z' ? static_cast<char>(c & ~0x20) : c;
    return out;
}

// A line of a text as RawText::line shows it at its start: whether the needle is in its text at
// all, and in what a row starting there shows (its first kMaxLine bytes).
struct LineVerdict {
    std::uint64_t start = 0, end = 0;
    bool anyHit = false, atStart = false;
};

std::vector<LineVerdict> naiveLines(std::string_view text, std::string_view needle)
{
    std::vector<LineVerdict> out;
    const std::string lowNeedle = lowered(needle);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t newline = text.find('\n', start);
        const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
        if (newline == std::string_view::npos)
            newline = text.size();
        std::size_t end = newline;
        if (end > start && text[end - 1] == '\r')
            --end;
        const std::string content = lowered(text.substr(start, end - start));
        out.push_back({start, end, content.find(lowNeedle) != std::string::npos,
                       content.substr(0, RawText::kMaxLine).find(lowNeedle) != std::string::npos});
        start = next;
    }
    return out;
}

// What a scan's lines say of a row at the start of each line (as rawsearch.cpp's matchLines reads
// them): an error when that differs from the line's text, or a line holding the needle (which a
// row inside it needs) is missing.
QString checkLines(const std::vector<MatchedLine>& got, const std::vector<LineVerdict>& expected)
{
    std::map<std::uint64_t, MatchedLine> byStart;
    for (const MatchedLine& line : got)
        if (!byStart.emplace(line.start, line).second)
            return QStringLiteral("line at %1 twice").arg(line.start);
    std::size_t needed = 0;
    for (const LineVerdict& line : expected) {
        const auto it = byStart.find(line.start);
        const bool atStart =
            it != byStart.end() && it->second.firstHitEnd != MatchedLine::kNoHit &&
            it->second.firstHitEnd <= std::min<std::uint64_t>(it->second.end, line.start + RawText::kMaxLine);
        if (atStart != line.atStart)
            return QStringLiteral("line at %1: match %2, expected %3")
                .arg(line.start)
                .arg(atStart)
                .arg(line.atStart);
        // A row inside a line is read on its own when the line is listed; a line without the needle
        // needs no listing (a long one cut while streaming is listed anyway: not all of it was seen).
        if (line.anyHit) {
            ++needed;
            if (it == byStart.end() || it->second.end != line.end)
                return QStringLiteral("line at %1 missing or with the wrong end").arg(line.start);
        }
    }
    if (byStart.size() < needed)
        return QStringLiteral("%1 lines, %2 needed").arg(byStart.size()).arg(needed);
    return {};
}

void compareResults(const RawSearchResult& streamed, const RawSearchResult& perLine, const QByteArray& what)
{
    QVERIFY2(!streamed.cancelled, what.constData());
    QVERIFY2(streamed.requests == perLine.requests, what.constData());
    QCOMPARE(streamed.accessLines, perLine.accessLines);
    QCOMPARE(streamed.eventLines, perLine.eventLines);
    QCOMPARE(streamed.stderrLines, perLine.stderrLines);
    QCOMPARE(streamed.cellLines, perLine.cellLines);
    QCOMPARE(streamed.classMatches, perLine.classMatches);
    QCOMPARE(streamed.unjoinedTotal, perLine.unjoinedTotal);
    QVERIFY2(streamed.unjoined == perLine.unjoined, what.constData());
}

} // namespace

class TestRawSearchStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streamedEqualsPerLine_data();
    void streamedEqualsPerLine();
    void scannerEdges_data();
    void scannerEdges();
    void cancelStopsEarly();
};

void TestRawSearchStream::streamedEqualsPerLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("reopen");
    const auto row = [](const char* name, std::initializer_list<const char*> args, bool reopen) {
        QStringList list;
        for (const char* arg : args)
            list << QString::fromLatin1(arg);
        QTest::newRow(name) << list << reopen;
    };
    row("bosh nested gzip, seed 1", {"--layout", "bosh", "--seed", "1"}, false);
    row("bosh nested gzip, seed 7", {"--layout", "bosh", "--seed", "7"}, false);
    row("loose gzip, seed 3", {"--layout", "dir", "--seed", "3"}, false);
    row("loose plain, seed 4", {"--layout", "dir", "--no-gzip", "--seed", "4"}, false);
    row("loose plain, seed 5, reopened", {"--layout", "dir", "--no-gzip", "--seed", "5"}, true);
    row("loose gzip, seed 6, reopened", {"--layout", "dir", "--seed", "6"}, true);
    row("bosh, seed 8, reopened", {"--layout", "bosh", "--seed", "8"}, true);
}

void TestRawSearchStream::streamedEqualsPerLine()
{
    QFETCH(QStringList, args);
    QFETCH(bool, reopen);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bundle = dir.path() + QStringLiteral("/bundle");
    QVERIFY(
        !test::generateBundle(bundle, args + QStringList{QStringLiteral("--routers"), QStringLiteral("2"),
                                                         QStringLiteral("--minutes"), QStringLiteral("5")})
             .isEmpty());
    std::shared_ptr<const Incident> incident = Importer().importPaths({bundle.toStdString()});
    QVERIFY(incident);
    if (reopen) {
        const std::string file = (dir.path() + QStringLiteral("/case.rsc")).toStdString();
        std::string error;
        QVERIFY2(cache::IncidentFile::write(file, *incident, {}, &error), error.c_str());
        cache::IncidentFileResult read = cache::IncidentFile::read(file);
        QVERIFY2(read.incident, read.error.c_str());
        incident = std::move(read.incident);
    }
    const RecordTables& t = incident->tables;
    QVERIFY(t.requests.size() > 100);
    QVERIFY(t.stderrLines.size() > 0);
    const Diagnosis diagnosis = diagnose(*incident);

    // Needles taken from the bundle itself: a host, a piece of a stderr line, a request's whole
    // access line (case changed), the error class "hostname", a status, common letters, nothing.
    const std::string host(incident->str(t.requests.host[t.requests.size() / 2]));
    const std::string stderrLine = incident->rawLine(t.stderrLines.source, t.stderrLines.size() / 2).str();
    QVERIFY(stderrLine.size() > 30);
    const std::string stderrPiece = stderrLine.substr(stderrLine.size() / 2 - 8, 16);
    const std::string accessLine = incident->rawLine(t.requests.source, 3).str();
    QVERIFY(!accessLine.empty());
    const std::vector<std::string> needles = {
        host, uppered(host), stderrPiece, uppered(accessLine),   "hostname", "HostName", " 502 ",
        "\"", "e",           "x509",      "zqzq-in-no-line-qzqz"};
    for (const std::string& needle : needles) {
        RawSearchOptions reference;
        reference.perLine = true;
        const RawSearchResult perLine = searchRawLines(*incident, diagnosis, needle, reference);
        // One thread, two, and three with the files cut into pieces of about a megabyte (each piece
        // of a nested gzip member inflates again from the checkpoints before it: smaller pieces are
        // scannerEdges' part).
        for (const auto& [threads, piece] : {std::pair{1u, std::uint64_t{0}}, std::pair{2u, std::uint64_t{0}},
                                             std::pair{3u, std::uint64_t{1000003}}}) {
            RawSearchOptions options;
            options.threads = threads;
            options.pieceBytes = piece;
            const RawSearchResult streamed = searchRawLines(*incident, diagnosis, needle, options);
            compareResults(streamed, perLine,
                           QByteArray::fromStdString(needle + " threads " + std::to_string(threads) +
                                                     " piece " + std::to_string(piece)));
            if (QTest::currentTestFailed())
                return;
        }
        // The needles from the bundle find what they were taken from, the absent one nothing: the
        // comparison above is not one of two empty results.
        if (needle == host || needle == uppered(host))
            QVERIFY(perLine.accessLines > 0);
        if (needle == stderrPiece)
            QVERIFY(perLine.stderrLines > 0);
        if (needle == uppered(accessLine))
            QVERIFY(perLine.accessLines > 0);
        if (needle == "e")
            QVERIFY(perLine.accessLines == t.requests.size());
        if (needle == "zqzq-in-no-line-qzqz")
            QVERIFY(perLine.requests.empty() && perLine.unjoinedTotal == 0);
    }
}

void TestRawSearchStream::scannerEdges_data()
{
    QTest::addColumn<bool>("longLines");
    QTest::addColumn<QList<quint64>>("pieces");
    // Tiny pieces over short lines; over the long lines only pieces a line can span (every piece
    // reads a block of 1 MiB whatever its size).
    QTest::newRow("short lines") << false << QList<quint64>{0, 1, 7, 4093, 65537};
    QTest::newRow("long lines") << true << QList<quint64>{0, 300007, 1000003};
}

void TestRawSearchStream::scannerEdges()
{
    QFETCH(bool, longLines);
    QFETCH(QList<quint64>, pieces);
    // CRLF lines, an empty line, a needle cut by every block and piece boundary, lines longer than
    // RawText::kMaxLine with a hit before and after that length, a last line without newline.
    std::string text = "alpha NEEDLE one\r\n\r\nneedle\r\nbeta\nxNeEdLe\r\n";
    std::mt19937 random(11);
    for (int i = 0; i < 3000; ++i) {
        std::string line(random() % 90, 'a');
        if (random() % 4 == 0)
            line.insert(random() % (line.size() + 1), random() % 2 ? "needle" : "NEEDLE");
        text += line + (random() % 5 == 0 ? "\r\n" : "\n");
    }
    if (longLines) {
        std::string longLine(RawText::kMaxLine + 5000, 'b');
        longLine.replace(RawText::kMaxLine + 100, 6, "needle");
        text += longLine + "\n";
        std::string longHit(RawText::kMaxLine + 300, 'c');
        longHit.replace(1000, 6, "needle");
        text += longHit + "\n";
    }
    text += "last needle\r";
    const auto resident = std::make_shared<ResidentText>(bytesFromString(text));

    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/plain.log");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.data(), static_cast<qint64>(text.size()));
    file.close();
    const auto stamp = FileStamp::of(path.toStdString());
    QVERIFY(stamp);
    const auto plain = std::make_shared<PlainFileText>(path.toStdString(), text.size(), *stamp);

    for (const std::string& needle : {std::string("needle"), std::string("NEEDLE"), std::string("e\r"),
                                      std::string("a"), std::string("le\nbeta")}) {
        const std::vector<LineVerdict> expected = naiveLines(text, needle);
        if (needle == "needle")
            QVERIFY(std::count_if(expected.begin(), expected.end(), [](auto& l) { return l.atStart; }) > 500);
        for (const RawText* source :
             {static_cast<const RawText*>(resident.get()), static_cast<const RawText*>(plain.get())}) {
            for (const quint64 piece : pieces) {
                LineScanOptions options;
                options.threads = 3;
                options.pieceBytes = piece;
                const LineScanResult found = scanLines({nullptr, source}, needle, options);
                QCOMPARE(found.lines.size(), std::size_t{2});
                QVERIFY(found.lines[0].empty());
                QVERIFY(std::is_sorted(found.lines[1].begin(), found.lines[1].end(),
                                       [](auto& a, auto& b) { return a.start < b.start; }));
                if (needle.find('\n') != std::string::npos) {
                    QVERIFY(found.lines[1].empty());
                    continue;
                }
                const QString error = checkLines(found.lines[1], expected);
                QVERIFY2(error.isEmpty(), qPrintable(QString::fromStdString(needle) +
                                                     QStringLiteral(" piece %1: ").arg(piece) + error));
            }
        }
    }
}

void TestRawSearchStream::cancelStopsEarly()
{
    // 48 MiB of lines in a plain file, read in pieces of 1 MiB: raising the flag at the first
    // progress stops the workers after the pieces they hold.
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/big.log");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = QByteArray(100, 'x') + "\n";
    QByteArray block;
    for (int i = 0; i < 10000; ++i)
        block += line;
    std::uint64_t size = 0;
    while (size < (48u << 20)) {
        file.write(block);
        size += static_cast<std::uint64_t>(block.size());
    }
    file.close();
    const auto stamp = FileStamp::of(path.toStdString());
    QVERIFY(stamp);
    const PlainFileText text(path.toStdString(), size, *stamp);

    std::atomic<bool> cancel{false};
    std::atomic<std::uint64_t> lastDone{0};
    std::atomic<bool> wrongTotal{false};
    LineScanOptions options;
    options.threads = 2;
    options.pieceBytes = 1u << 20;
    options.cancel = &cancel;
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        wrongTotal = wrongTotal || total != size;
        lastDone = done;
        cancel = true;
    };
    const LineScanResult found = scanLines({&text}, "x", options);
    QVERIFY(found.cancelled);
    QVERIFY(!wrongTotal);
    QVERIFY2(lastDone < size / 4, std::to_string(lastDone.load()).c_str());

    // Without the flag the same scan runs to the end and reports all of it.
    cancel = false;
    options.progress = [&](std::uint64_t done, std::uint64_t) { lastDone = done; };
    const LineScanResult whole = scanLines({&text}, "x", options);
    QVERIFY(!whole.cancelled);
    QCOMPARE(lastDone.load(), size);
    QCOMPARE(whole.lines[0].size(), std::size_t(size / 101));
}

QTEST_GUILESS_MAIN(TestRawSearchStream)
#include "tst_rawsearchstream.moc"
