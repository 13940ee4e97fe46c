#include "core/import/fileparser.h"

#include "core/bundle/identity.h"
#include "core/bundle/rotation.h"
#include "core/formats/lrps.h"
#include "core/formats/routedump.h"
#include "core/import/consistencychecks.h"
#include "core/import/contenthash.h"
#include "core/import/lineparser.h"
#include "core/store/gzipindex.h"
#include "core/store/layeredtext.h"
#include "core/util/textescape.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace rs {
namespace {

IdentityInfo toInfo(const Identity& identity)
{
    return {identity.display, identity.group, identity.id, identity.role};
}

// Gives back the whole pages of a parsed piece (the pages it shares with its neighbours stay): the
// import's memory then holds the pieces being parsed, not the whole file. A loose file's bytes are its
// read-only mapping (BundleEntry::loose): the pages stay in the page cache and come back from there if
// read again. A streamed member's are a GrowingBytes' anonymous mapping: the pages are gone and read
// as zeros, so only when nothing reads them again (FileJob::m_givesBackPages). Never on heap memory.
void releasePages(std::string_view bytes, std::size_t begin, std::size_t end)
{
    static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<std::uintptr_t>(bytes.data());
    const std::uintptr_t from = (base + begin + page - 1) & ~(page - 1);
    const std::uintptr_t to = (base + end) & ~(page - 1);
    if (to > from)
        ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
}

std::uint64_t lineNumberAt(std::string_view bytes, std::size_t offset)
{
    offset = std::min(offset, bytes.size());
    return 1 + static_cast<std::uint64_t>(
                   std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::uint64_t countLines(std::string_view bytes)
{
    const auto newlines = static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    return newlines + (!bytes.empty() && bytes.back() != '\n' ? 1 : 0);
}

void reportDocumentIssues(FileReport& report, std::string_view bytes,
                          const std::vector<DocumentIssue>& issues)
{
    for (const auto& issue : issues)
        report.skip(issue.reason, lineNumberAt(bytes, issue.offset), issue.example);
}

bool isLineOriented(const KindGuess& guess)
{
    return !(guess.empty || guess.binary || guess.kind == FileKind::Unknown ||
             guess.kind == FileKind::RouteDump || guess.kind == FileKind::ActualLrps);
}

// Adds one range's report to the file's: counts add up, examples keep the first ones in file
// order (ranges are joined in order), and the range's line numbers move by the lines before it.
void joinReport(FileReport& into, FileReport& part, std::uint64_t linesBefore)
{
    into.lines += part.lines;
    into.records += part.records;
    if (part.first != kNoTime && (into.first == kNoTime || part.first < into.first))
        into.first = part.first;
    if (part.last != kNoTime && (into.last == kNoTime || part.last > into.last))
        into.last = part.last;
    into.variant.merge(part.variant, linesBefore);
    for (SkipGroup& group : part.skipped) {
        auto it = std::find_if(into.skipped.begin(), into.skipped.end(), [&](const SkipGroup& g) {
            return g.reason == group.reason && g.otherKind == group.otherKind;
        });
        if (it == into.skipped.end()) {
            into.skipped.push_back({group.reason, group.otherKind, 0, {}});
            it = into.skipped.end() - 1;
        }
        it->count += group.count;
        for (SkipExample& example : group.examples) {
            if (it->examples.size() >= FileReport::kMaxExamples)
                break;
            example.line += linesBefore;
            it->examples.push_back(std::move(example));
        }
    }
    if (part.foreignLines > 0) {
        if (into.foreignLines == 0) {
            into.foreignExample = std::move(part.foreignExample);
            into.foreignExample.line += linesBefore;
        }
        into.foreignLines += part.foreignLines;
    }
}

} // namespace

FileJob::FileJob(BundleEntry entry, const ParseOptions& options)
    : m_options(options)
    , m_bytes(entry.bytes ? std::move(entry.bytes) : bytesFromString({}))
    , m_mtime(entry.mtime)
    , m_fsPath(std::move(entry.memberPath))
    , m_loose(entry.loose)
    , m_gzipIndex(std::move(entry.gzipIndex))
    , m_origin(std::move(entry.origin))
{
    m_size.store(m_bytes->size(), std::memory_order_relaxed);
    const auto* growing = dynamic_cast<const GrowingBytes*>(m_bytes.get());
    if (growing != nullptr && growing->state() == GrowingBytes::State::Growing)
        m_growing = growing;
    // complete() reads such a member back through its origin whatever its end (memberText: a gzip
    // member through its checkpoints, a cut or damaged one's readable prefix included; a stored one
    // through its slice).
    m_givesBackPages = growing != nullptr && !m_loose &&
                       memberReadsBack(m_origin.get(), m_gzipIndex != nullptr, entry.wasGzip);
    m_report.path = std::move(entry.path);
    m_report.storedBytes = entry.storedBytes;
    m_report.wasGzip = entry.wasGzip;
    m_report.truncated = entry.truncated;
    const RotationInfo rotation = rotationOf(m_report.path);
    m_report.logicalLog = rotation.logicalPath;
    m_report.generation = rotation.generation;
    const Identity identity = identityFromPath(m_report.path);
    m_report.identity = identity.display;
    m_fileIdentity = toInfo(identity);
}

FileJob::~FileJob() = default;

void FileJob::detect(std::string_view head)
{
    m_detected = true;
    m_guess = detectKind(head);
    m_report.kind = m_guess.kind;
    m_lineOriented = isLineOriented(m_guess);
    // Captures interleaving programs carry state from line to line (the `==> path <==` headers of
    // bosh logs -f): they are parsed in one piece.
    // Envelope files and syslog captures carry no such state: they are cut like bare files.
    m_chunked = m_lineOriented && (!m_guess.mixed || (m_guess.envelopes && !m_guess.boshFollow));
}

FileJob::Piece FileJob::addPiece(std::size_t begin, std::size_t end)
{
    m_parts.emplace_back();
    m_parts.back().holdsTextStart = m_parts.size() == 1;
    // Pieces are contiguous from the first's begin on; the first hashes from the file's start.
    return Piece{&m_parts.back(), begin, end, m_parts.size() == 1 ? 0 : begin};
}

std::vector<FileJob::Piece> FileJob::takePieces()
{
    std::vector<Piece> pieces;
    if (m_planned)
        return pieces;
    // Read the state before the bytes: bytes published before "finished" are all there then.
    const GrowingBytes::State state = m_growing ? m_growing->state() : GrowingBytes::State::Finished;
    const std::string_view bytes = m_bytes->view();
    m_size.store(bytes.size(), std::memory_order_relaxed);
    if (state == GrowingBytes::State::Abandoned) {
        m_abandoned = m_planned = true;
        return pieces;
    }
    const bool complete = state == GrowingBytes::State::Finished;
    if (!m_detected) {
        // Detection reads a fixed head of the file, after any leading NULs (a copytruncate hole):
        // wait until all of it is there (or the file ended), so that it sees what it would see in
        // the whole file.
        const std::size_t text = std::min(bytes.find_first_not_of('\0'), bytes.size());
        if (!complete && bytes.size() - text < kDetectHeadBytes)
            return pieces;
        detect(bytes.substr(0, std::min(bytes.size(), text + kDetectHeadBytes)));
        // Line 1 starts after a copytruncate hole of NULs; the hole itself is reported.
        m_cut = std::min(m_guess.leadingNul, bytes.size());
        if (m_guess.leadingNul > 0 && !m_guess.binary)
            m_report.skip(SkipReason::NulPadding, 1, std::to_string(m_guess.leadingNul) + " NUL bytes");
    }
    if (m_chunked) {
        const std::size_t chunk = std::max<std::size_t>(m_options.chunkBytes, 1);
        while (m_cut < bytes.size()) {
            std::size_t end = bytes.size();
            if (bytes.size() - m_cut > chunk) {
                const std::size_t probe = m_cut + chunk - 1;
                const void* nl = std::memchr(bytes.data() + probe, '\n', bytes.size() - probe);
                if (nl == nullptr && !complete)
                    break; // the line is still being inflated
                end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) + 1
                         : bytes.size();
            } else if (!complete) {
                break; // less than a piece so far
            }
            pieces.push_back(addPiece(m_cut, end));
            m_cut = end;
        }
    }
    if (complete) {
        m_report.bytes = bytes.size();
        if (m_growing != nullptr)
            m_report.truncated = m_growing->truncated();
        if (m_parts.empty())
            pieces.push_back(addPiece(std::min(m_guess.leadingNul, bytes.size()), bytes.size()));
        m_planned = true;
    }
    return pieces;
}

// Every part starts with the same identities in the same order, so that joining parts maps them
// exactly as one pass over the file would.
void FileJob::initTables(RecordTables& tables) const
{
    tables.identityIndex(m_fileIdentity);
    if (!m_guess.captureInstance.empty())
        wrapperIdentity(tables, m_guess.captureInstance, IdentityRole::Unknown);
}

void FileJob::run(const Piece& piece, const std::atomic<bool>* cancel) const
{
    const auto started = std::chrono::steady_clock::now();
    Part& part = *piece.part;
    initTables(part.tables);
    const std::string_view bytes = m_bytes->view();
    hashPiece(part, piece, bytes);
    if (m_lineOriented) {
        noteEdgeLines(part, piece, bytes);
        parseLines(part, piece.begin, piece.end, cancel);
    } else {
        parseWhole(part);
    }
    // Only line ranges: a document parsed whole is read again for its line numbers and ignored
    // detail, and is one piece anyway.
    if (m_loose || (m_givesBackPages && m_chunked))
        releasePages(bytes, piece.begin, piece.end);

    part.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

// Hashes the blocks whole within the piece, and its bytes of the blocks it shares with its
// neighbours (joined by join()): no piece reads another's bytes, which may be gone.
void FileJob::hashPiece(Part& part, const Piece& piece, std::string_view bytes) const
{
    const std::size_t from = piece.hashFrom;
    const std::size_t end = piece.end;
    if (from >= end)
        return;
    const std::size_t firstWhole = (from + kContentHashBlock - 1) / kContentHashBlock * kContentHashBlock;
    const std::size_t lastWhole = end / kContentHashBlock * kContentHashBlock;
    if (firstWhole > lastWhole) { // within one block
        part.cutBlocks.push_back({from / kContentHashBlock, blockPart(bytes.substr(from, end - from))});
        return;
    }
    if (from < firstWhole)
        part.cutBlocks.push_back(
            {from / kContentHashBlock, blockPart(bytes.substr(from, firstWhole - from))});
    for (std::size_t at = firstWhole; at < lastWhole; at += kContentHashBlock)
        part.hash += contentBlockHash(bytes.substr(at, kContentHashBlock), at / kContentHashBlock);
    if (lastWhole < end)
        part.cutBlocks.push_back(
            {lastWhole / kContentHashBlock, blockPart(bytes.substr(lastWhole, end - lastWhole))});
}

// The text's first line (in the first piece) and its last when no newline ends it (in the last piece,
// the only one that may end without one), for markPartialLines() after the bytes are gone.
void FileJob::noteEdgeLines(Part& part, const Piece& piece, std::string_view bytes) const
{
    // Enough to tell a line too long to be looked at (a CR at its end aside).
    const std::size_t keep = m_options.maxLineBytes + 2;
    const std::string_view text = bytes.substr(piece.begin, piece.end - piece.begin);
    if (part.holdsTextStart) {
        const std::size_t firstEnd = text.find('\n');
        part.edges.hasNewline = firstEnd != std::string_view::npos;
        part.edges.first = text.substr(0, std::min({firstEnd, text.size(), keep}));
    }
    if (!text.empty() && text.back() != '\n') {
        const std::size_t lastNewline = text.rfind('\n');
        const std::size_t lastStart = lastNewline == std::string_view::npos ? 0 : lastNewline + 1;
        part.edges.unterminatedLast = std::string(text.substr(lastStart, keep));
    }
}

void FileJob::parseWhole(Part& part) const
{
    const std::string_view bytes = m_bytes->view();
    FileReport& report = part.report;
    const IdentityIndex documentIdentity = m_guess.captureInstance.empty() ? 0 : 1;
    if (m_guess.empty || m_guess.binary || m_guess.kind == FileKind::Unknown) {
        report.ignored = m_guess.empty        ? IgnoreReason::Empty
                         : m_guess.binary     ? IgnoreReason::Binary
                         : m_guess.otherGoLog ? IgnoreReason::OtherComponent
                                              : IgnoreReason::UnknownFormat;
        const auto firstLineEnd = bytes.find('\n');
        report.ignoredDetail =
            escapeForDisplay(bytes.substr(0, std::min<std::size_t>(firstLineEnd, 160)), 160);
        report.lines = m_guess.binary ? 0 : countLines(bytes);
    } else if (m_guess.kind == FileKind::RouteDump) {
        const std::string_view text = bytes.substr(std::min(m_guess.leadingNul, bytes.size()));
        RouteDumpResult dump = parseRouteDump(text);
        reportDocumentIssues(report, text, dump.issues);
        report.lines = countLines(bytes);
        report.records = dump.rows.size();
        const TimeNs takenAt = m_mtime > 0 ? m_mtime * 1'000'000'000 : kNoTime;
        part.tables.routeSnapshots.push_back({documentIdentity, 0, takenAt, std::move(dump.rows)});
    } else if (m_guess.kind == FileKind::ActualLrps) {
        const std::string_view text = bytes.substr(std::min(m_guess.leadingNul, bytes.size()));
        LrpResult lrps = parseActualLrps(text);
        reportDocumentIssues(report, text, lrps.issues);
        report.lines = countLines(bytes);
        report.records = lrps.rows.size();
        const TimeNs takenAt = m_mtime > 0 ? m_mtime * 1'000'000'000 : kNoTime;
        part.tables.lrpSnapshots.push_back({0, takenAt, std::move(lrps.rows)});
    }
}

void FileJob::parseLines(Part& part, std::size_t begin, std::size_t end,
                         const std::atomic<bool>* cancel) const
{
    const std::string_view bytes = m_bytes->view();
    FileReport& report = part.report;
    LineParser parser(part.tables, report, m_guess.kind, m_guess.mixed, 0, m_guess.envelopes);
    std::uint64_t lineNumber = 0; // within the range; joinReport() makes it the file's
    std::size_t pos = begin;
    while (pos < end) {
        const void* found = std::memchr(bytes.data() + pos, '\n', end - pos);
        const std::size_t lineEnd =
            found ? static_cast<std::size_t>(static_cast<const char*>(found) - bytes.data()) : end;
        std::string_view line = bytes.substr(pos, lineEnd - pos);
        const std::size_t offset = pos;
        pos = lineEnd + 1;
        ++lineNumber;
        if ((lineNumber & 0xFFFF) == 0 && cancel != nullptr && cancel->load(std::memory_order_relaxed))
            break;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        if (line.size() > m_options.maxLineBytes) {
            report.skip(SkipReason::LineTooLong, lineNumber, line.substr(0, 200));
            continue;
        }
        // A NUL makes the line unreadable for most parsers, but the access-log parser keeps a
        // record whose NUL sits inside a quoted value (and the report says so).
        const bool hasNul = std::memchr(line.data(), '\0', line.size()) != nullptr;
        if (hasNul && m_guess.kind != FileKind::AccessLog) {
            report.skip(SkipReason::BinaryData, lineNumber, line);
            continue;
        }
        parser.parse(line, offset, lineNumber, hasNul);
    }
    report.lines = lineNumber;
}

void FileJob::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    m_result = join();
    if (m_result) {
        // A loose file's text is read back from the file from now on: its bytes (the mapping, or
        // the inflated text) go.
        if (m_loose)
            m_result->text = std::make_shared<PlainFileText>(m_fsPath, m_result->textSize, *m_loose);
        else if (m_origin)
            m_result->text =
                memberText(*m_origin, m_gzipIndex, m_result->report.wasGzip, m_bytes, m_result->contentHash);
        else if (m_gzipIndex && m_gzipIndex->complete &&
                 m_gzipIndex->checkpoints.textSize() == m_result->textSize)
            m_result->text = std::make_shared<GzipFileText>(m_fsPath, m_gzipIndex);
        else
            m_result->text = std::make_shared<ResidentText>(m_bytes);
    }
    m_growing = nullptr;
    m_bytes.reset();
}

std::optional<ParsedFile> FileJob::finish()
{
    complete();
    return std::move(m_result);
}

std::optional<ParsedFile> FileJob::join()
{
    if (m_abandoned || !m_planned)
        return std::nullopt;
    ParsedFile out;
    out.report = std::move(m_report);
    // Only the size: the bytes of a streamed member are gone by now (m_givesBackPages).
    const std::size_t size = m_bytes->view().size();
    out.textSize = size;
    std::uint64_t hash = 0;
    std::optional<CutBlock> open; // a block cut between pieces, joined part by part in file order
    EdgeLines edges;
    out.parts.reserve(m_parts.size());
    std::uint64_t linesBefore = 0;
    double seconds = 0;
    for (Part& part : m_parts) {
        hash += part.hash;
        for (const CutBlock& cut : part.cutBlocks) {
            if (open && open->index == cut.index) {
                open->part = joinBlockParts(open->part, cut.part);
                continue;
            }
            if (open)
                hash += contentBlockHash(open->part, open->index);
            open = cut;
        }
        if (part.holdsTextStart) {
            edges.first = std::move(part.edges.first);
            edges.hasNewline = part.edges.hasNewline;
        }
        edges.unterminatedLast = std::move(part.edges.unterminatedLast); // the last part's
        const std::uint64_t lines = part.report.lines;
        joinReport(out.report, part.report, linesBefore);
        linesBefore += lines;
        seconds += part.seconds;
        if (part.report.ignored != IgnoreReason::None) {
            out.report.ignored = part.report.ignored;
            out.report.ignoredDetail = std::move(part.report.ignoredDetail);
        }
        out.parts.push_back(std::move(part.tables));
    }
    if (open) // the last block, short when the size is not a multiple of the block
        hash += contentBlockHash(open->part, open->index);
    m_parts.clear();
    out.report.seconds = seconds; // parsing time summed over the parts (CPU time, not wall time)
    out.contentHash = finishContentHash(hash, size);
    if (m_lineOriented)
        markPartialLines(out, edges, m_guess, m_options);
    return out;
}

ParsedFile parseFile(BundleEntry entry, const ParseOptions& options, const std::atomic<bool>* cancel)
{
    FileJob job(std::move(entry), options);
    for (const FileJob::Piece& piece : job.takePieces())
        job.run(piece, cancel);
    return std::move(*job.finish());
}

} // namespace rs
