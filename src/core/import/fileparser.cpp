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

// The whole blocks ending within (from, end].
std::uint64_t hashBlocks(std::string_view bytes, std::size_t from, std::size_t end)
{
    std::uint64_t sum = 0;
    for (std::size_t k = from / kContentHashBlock; (k + 1) * kContentHashBlock <= end; ++k)
        sum += contentBlockHash(bytes.substr(k * kContentHashBlock, kContentHashBlock), k);
    return sum;
}

// Gives back the pages of a parsed piece of a loose file (they stay in the page cache, and come back
// from there if read again): the import's memory then holds the pieces being parsed, not the whole
// file. Only for a loose file's bytes, which are its read-only mapping (BundleEntry::loose): on heap
// memory MADV_DONTNEED would zero the bytes.
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
    if (const auto* growing = dynamic_cast<const GrowingBytes*>(m_bytes.get());
        growing != nullptr && growing->state() == GrowingBytes::State::Growing)
        m_growing = growing;
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
    part.hash = hashBlocks(m_bytes->view(), piece.hashFrom, piece.end);
    if (m_lineOriented)
        parseLines(part, piece.begin, piece.end, cancel);
    else
        parseWhole(part);
    if (m_loose)
        releasePages(m_bytes->view(), piece.begin, piece.end);

    part.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
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
    const std::string_view bytes = m_bytes->view();
    out.textSize = bytes.size();
    std::uint64_t hash = 0;
    if (bytes.size() % kContentHashBlock != 0) // the last, partial block
        hash += contentBlockHash(bytes.substr(bytes.size() - bytes.size() % kContentHashBlock),
                                 bytes.size() / kContentHashBlock);
    out.parts.reserve(m_parts.size());
    std::uint64_t linesBefore = 0;
    double seconds = 0;
    for (Part& part : m_parts) {
        hash += part.hash;
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
    m_parts.clear();
    out.report.seconds = seconds; // parsing time summed over the parts (CPU time, not wall time)
    out.contentHash = finishContentHash(hash, bytes.size());
    if (m_lineOriented)
        markPartialLines(out, bytes, m_guess, m_options);
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
