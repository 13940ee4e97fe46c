#include "core/import/fileparser.h"

#include "core/bundle/identity.h"
#include "core/bundle/rotation.h"
#include "core/formats/detect.h"
#include "core/formats/lrps.h"
#include "core/formats/routedump.h"
#include "core/import/consistencychecks.h"
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

void parseLines(ParsedFile& out, const KindGuess& guess, IdentityIndex fileIdentity,
                const ParseOptions& options, const std::atomic<bool>* cancel)
{
    const std::string_view bytes = out.bytes->view();
    LineParser parser(out.tables, out.report, guess.kind, guess.mixed, fileIdentity);
    std::uint64_t lineNumber = 0;
    std::size_t pos = guess.leadingNul; // reported by parseFile; line 1 starts after the NULs
    while (pos < bytes.size()) {
        const void* found = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
        const std::size_t end =
            found ? static_cast<std::size_t>(static_cast<const char*>(found) - bytes.data()) : bytes.size();
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
        if (line.size() > options.maxLineBytes) {
            out.report.skip(SkipReason::LineTooLong, lineNumber, line.substr(0, 200));
            continue;
        }
        if (std::memchr(line.data(), '\0', line.size()) != nullptr) {
            out.report.skip(SkipReason::BinaryData, lineNumber, line);
            continue;
        }
        parser.parse(line, offset, lineNumber);
    }
    out.report.lines = lineNumber;
}

} // namespace

ParsedFile parseFile(BundleEntry entry, const ParseOptions& options, const std::atomic<bool>* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    ParsedFile out;
    out.bytes = entry.bytes ? entry.bytes : bytesFromString({});
    const std::string_view bytes = out.bytes->view();

    FileReport& report = out.report;
    report.path = entry.path;
    report.bytes = bytes.size();
    report.storedBytes = entry.storedBytes;
    report.wasGzip = entry.wasGzip;
    report.truncated = entry.truncated;
    const RotationInfo rotation = rotationOf(entry.path);
    report.logicalLog = rotation.logicalPath;
    report.generation = rotation.generation;
    const Identity identity = identityFromPath(entry.path);
    report.identity = identity.display;
    const IdentityIndex fileIdentity = out.tables.identityIndex(toInfo(identity));

    const KindGuess guess = detectKind(bytes);
    report.kind = guess.kind;
    if (guess.leadingNul > 0 && !guess.binary)
        report.skip(SkipReason::NulPadding, 1, std::to_string(guess.leadingNul) + " NUL bytes");
    const IdentityIndex documentIdentity =
        guess.captureInstance.empty()
            ? fileIdentity
            : wrapperIdentity(out.tables, guess.captureInstance, IdentityRole::Unknown);
    if (guess.empty || guess.binary || guess.kind == FileKind::Unknown) {
        report.ignored = guess.empty        ? IgnoreReason::Empty
                         : guess.binary     ? IgnoreReason::Binary
                         : guess.otherGoLog ? IgnoreReason::OtherComponent
                                            : IgnoreReason::UnknownFormat;
        const auto firstLineEnd = bytes.find('\n');
        report.ignoredDetail =
            escapeForDisplay(bytes.substr(0, std::min<std::size_t>(firstLineEnd, 160)), 160);
        report.lines = guess.binary ? 0 : countLines(bytes);
    } else if (guess.kind == FileKind::RouteDump) {
        RouteDumpResult dump = parseRouteDump(bytes.substr(guess.leadingNul));
        reportDocumentIssues(report, bytes.substr(guess.leadingNul), dump.issues);
        report.lines = countLines(bytes);
        report.records = dump.rows.size();
        const TimeNs takenAt = entry.mtime > 0 ? entry.mtime * 1'000'000'000 : kNoTime;
        out.tables.routeSnapshots.push_back({documentIdentity, 0, takenAt, std::move(dump.rows)});
    } else if (guess.kind == FileKind::ActualLrps) {
        LrpResult lrps = parseActualLrps(bytes.substr(guess.leadingNul));
        reportDocumentIssues(report, bytes.substr(guess.leadingNul), lrps.issues);
        report.lines = countLines(bytes);
        report.records = lrps.rows.size();
        const TimeNs takenAt = entry.mtime > 0 ? entry.mtime * 1'000'000'000 : kNoTime;
        out.tables.lrpSnapshots.push_back({0, takenAt, std::move(lrps.rows)});
    } else {
        parseLines(out, guess, fileIdentity, options, cancel);
        markPartialLines(out, guess, options);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace rs
