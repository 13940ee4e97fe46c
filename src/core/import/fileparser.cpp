#include "core/import/fileparser.h"

#include "core/bundle/identity.h"
#include "core/bundle/rotation.h"
#include "core/formats/lrps.h"
#include "core/formats/routedump.h"
#include "core/import/lineparser.h"
#include "core/util/textescape.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string>

namespace rs {
namespace {

IdentityInfo toInfo(const Identity& identity)
{
    return {identity.display, identity.group, identity.id, identity.role};
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

std::vector<std::pair<std::size_t, std::size_t>> lineChunks(std::string_view bytes, std::size_t chunkBytes)
{
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    chunkBytes = std::max<std::size_t>(chunkBytes, 1);
    std::size_t begin = 0;
    while (begin < bytes.size()) {
        std::size_t end = bytes.size();
        if (bytes.size() - begin > chunkBytes) {
            const std::size_t probe = begin + chunkBytes - 1;
            const void* nl = std::memchr(bytes.data() + probe, '\n', bytes.size() - probe);
            end =
                nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) + 1 : bytes.size();
        }
        ranges.emplace_back(begin, end);
        begin = end;
    }
    return ranges;
}

FileJob::FileJob(BundleEntry entry, const ParseOptions& options)
    : m_options(options)
    , m_bytes(entry.bytes ? std::move(entry.bytes) : bytesFromString({}))
    , m_mtime(entry.mtime)
{
    const std::string_view bytes = m_bytes->view();
    m_report.path = std::move(entry.path);
    m_report.bytes = bytes.size();
    m_report.storedBytes = entry.storedBytes;
    m_report.wasGzip = entry.wasGzip;
    m_report.truncated = entry.truncated;
    const RotationInfo rotation = rotationOf(m_report.path);
    m_report.logicalLog = rotation.logicalPath;
    m_report.generation = rotation.generation;
    const Identity identity = identityFromPath(m_report.path);
    m_report.identity = identity.display;
    m_fileIdentity = toInfo(identity);

    m_guess = detectKind(bytes);
    m_report.kind = m_guess.kind;
    // Captures interleaving programs carry state from line to line (the `==> path <==` headers of
    // bosh logs -f): they are parsed in one piece.
    m_lineOriented = isLineOriented(m_guess);
    if (m_lineOriented && !m_guess.mixed) {
        for (const auto& [begin, end] : lineChunks(bytes, m_options.chunkBytes))
            m_ranges.push_back({begin, end});
    }
    if (m_ranges.empty())
        m_ranges.push_back({0, bytes.size()});
    m_parts.resize(m_ranges.size());
}

// Every part starts with the same identities in the same order, so that joining parts maps them
// exactly as one pass over the file would.
void FileJob::initTables(RecordTables& tables) const
{
    tables.identityIndex(m_fileIdentity);
    if (!m_guess.captureInstance.empty())
        wrapperIdentity(tables, m_guess.captureInstance, IdentityRole::Unknown);
}

void FileJob::run(std::size_t index, const std::atomic<bool>* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    Part& part = m_parts[index];
    initTables(part.tables);
    if (m_lineOriented)
        parseLines(part, m_ranges[index], cancel);
    else
        parseWhole(part);
    part.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

void FileJob::parseWhole(Part& part)
{
    const std::string_view bytes = m_bytes->view();
    FileReport& report = part.report;
    const IdentityIndex documentIdentity = m_guess.captureInstance.empty() ? 0 : 1;
    if (m_guess.empty || m_guess.binary || m_guess.kind == FileKind::Unknown) {
        m_report.ignored = m_guess.empty        ? IgnoreReason::Empty
                           : m_guess.binary     ? IgnoreReason::Binary
                           : m_guess.otherGoLog ? IgnoreReason::OtherComponent
                                                : IgnoreReason::UnknownFormat;
        const auto firstLineEnd = bytes.find('\n');
        m_report.ignoredDetail =
            escapeForDisplay(bytes.substr(0, std::min<std::size_t>(firstLineEnd, 160)), 160);
        report.lines = m_guess.binary ? 0 : countLines(bytes);
    } else if (m_guess.kind == FileKind::RouteDump) {
        RouteDumpResult dump = parseRouteDump(bytes);
        reportDocumentIssues(report, bytes, dump.issues);
        report.lines = countLines(bytes);
        report.records = dump.rows.size();
        const TimeNs takenAt = m_mtime > 0 ? m_mtime * 1'000'000'000 : kNoTime;
        part.tables.routeSnapshots.push_back({documentIdentity, 0, takenAt, std::move(dump.rows)});
    } else if (m_guess.kind == FileKind::ActualLrps) {
        LrpResult lrps = parseActualLrps(bytes);
        reportDocumentIssues(report, bytes, lrps.issues);
        report.lines = countLines(bytes);
        report.records = lrps.rows.size();
        const TimeNs takenAt = m_mtime > 0 ? m_mtime * 1'000'000'000 : kNoTime;
        part.tables.lrpSnapshots.push_back({0, takenAt, std::move(lrps.rows)});
    }
}

void FileJob::parseLines(Part& part, Range range, const std::atomic<bool>* cancel) const
{
    const std::string_view bytes = m_bytes->view();
    FileReport& report = part.report;
    LineParser parser(part.tables, report, m_guess.kind, m_guess.mixed, 0);
    std::uint64_t lineNumber = 0; // within the range; joinReport() makes it the file's
    std::size_t pos = range.begin;
    while (pos < range.end) {
        const void* found = std::memchr(bytes.data() + pos, '\n', range.end - pos);
        const std::size_t end =
            found ? static_cast<std::size_t>(static_cast<const char*>(found) - bytes.data()) : range.end;
        std::string_view line = bytes.substr(pos, end - pos);
        const std::size_t offset = pos;
        pos = end + 1;
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
        if (std::memchr(line.data(), '\0', line.size()) != nullptr) {
            report.skip(SkipReason::BinaryData, lineNumber, line);
            continue;
        }
        parser.parse(line, offset, lineNumber);
    }
    report.lines = lineNumber;
}

ParsedFile FileJob::finish()
{
    ParsedFile out;
    out.report = std::move(m_report);
    out.bytes = std::move(m_bytes);
    out.parts.reserve(m_parts.size());
    std::uint64_t linesBefore = 0;
    double seconds = 0;
    for (Part& part : m_parts) {
        const std::uint64_t lines = part.report.lines;
        joinReport(out.report, part.report, linesBefore);
        linesBefore += lines;
        seconds += part.seconds;
        out.parts.push_back(std::move(part.tables));
    }
    m_parts.clear();
    out.report.seconds = seconds; // parsing time summed over the parts (CPU time, not wall time)
    return out;
}

ParsedFile parseFile(BundleEntry entry, const ParseOptions& options, const std::atomic<bool>* cancel)
{
    FileJob job(std::move(entry), options);
    for (std::size_t i = 0; i < job.taskCount(); ++i)
        job.run(i, cancel);
    return job.finish();
}

} // namespace rs
