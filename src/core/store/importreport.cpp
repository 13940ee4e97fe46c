#include "core/store/importreport.h"

#include "core/util/textescape.h"

#include <QCoreApplication>

#include <algorithm>

namespace rs {
namespace {
constexpr std::size_t kExampleBytes = 300;

QString tr(const char* text) { return QCoreApplication::translate("rs::ImportReport", text); }
} // namespace

std::string_view ignoreReasonId(IgnoreReason reason)
{
    switch (reason) {
    case IgnoreReason::None:
        return "none";
    case IgnoreReason::Empty:
        return "empty";
    case IgnoreReason::Binary:
        return "binary";
    case IgnoreReason::UnknownFormat:
        return "unknown_format";
    case IgnoreReason::OtherComponent:
        return "other_component";
    }
    return "none";
}

void FileReport::skip(SkipReason reason, std::uint64_t lineNumber, std::string_view line, FileKind otherKind)
{
    auto it = std::find_if(skipped.begin(), skipped.end(), [&](const SkipGroup& g) {
        return g.reason == reason && g.otherKind == otherKind;
    });
    if (it == skipped.end()) {
        skipped.push_back({reason, otherKind, 0, {}});
        it = skipped.end() - 1;
    }
    ++it->count;
    if (it->examples.size() < kMaxExamples)
        it->examples.push_back({lineNumber, escapeForDisplay(line, kExampleBytes)});
}

void FileReport::foreign(std::uint64_t lineNumber, std::string_view line)
{
    if (foreignLines++ == 0)
        foreignExample = {lineNumber, escapeForDisplay(line, kExampleBytes)};
}

std::uint64_t FileReport::skippedLines() const
{
    std::uint64_t total = 0;
    for (const auto& group : skipped)
        total += group.count;
    return total;
}

std::uint64_t ImportReport::skippedLines() const
{
    std::uint64_t total = 0;
    for (const auto& file : files)
        total += file.skippedLines();
    return total;
}

bool ImportReport::hasProblems() const
{
    if (cancelled || !problems.empty())
        return true;
    return std::any_of(files.begin(), files.end(),
                       [](const FileReport& f) { return f.truncated || f.skippedLines() > 0; });
}

QString kindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Unknown:
        return tr("not a log RouteScope reads");
    case FileKind::AccessLog:
        return tr("Gorouter access log");
    case FileKind::GorouterLog:
        return tr("Gorouter log (JSON)");
    case FileKind::GorouterStderr:
        return tr("Gorouter stderr (Go log)");
    case FileKind::RouteDump:
        return tr("route table dump");
    case FileKind::ActualLrps:
        return tr("cfdot actual-lrps");
    case FileKind::LagerLog:
        return tr("Diego/component lager log");
    }
    return {};
}

QString describe(SkipReason reason, FileKind otherKind)
{
    switch (reason) {
    case SkipReason::AccessLineMalformed:
        return tr("not an access-log record: expected HOST - [TIME] \"REQUEST\" STATUS …");
    case SkipReason::AccessTimestampInvalid:
        return tr("access-log start time is not a timestamp of any Gorouter release");
    case SkipReason::AccessFieldInvalid:
        return tr("an access-log field has an impossible value (status, byte count, IP address or key:value)");
    case SkipReason::QuotedStringUnterminated:
        return tr("a quoted value never ends: the line was cut short");
    case SkipReason::JsonInvalid:
        return tr("not valid JSON (for example an edited or redacted line)");
    case SkipReason::JsonTruncated:
        return tr("JSON cut short: the line ends inside the object");
    case SkipReason::JsonNotObject:
        return tr("JSON of an unexpected shape");
    case SkipReason::JsonMissingField:
        return tr("JSON log line without timestamp or message");
    case SkipReason::TimestampInvalid:
        return tr("timestamp cannot be read");
    case SkipReason::StderrUnrecognised:
        return tr("stderr text that is not a Go log line");
    case SkipReason::RecordInvalid:
        return tr("record lacks the fields that make it usable");
    case SkipReason::UnexpectedKind:
        return tr("valid line of another kind (%1) inside this file").arg(kindName(otherKind));
    case SkipReason::LineTooLong:
        return tr("line longer than the line limit; cut and skipped");
    case SkipReason::BinaryData:
        return tr("binary bytes (NUL) inside a text line");
    case SkipReason::WrapperWithoutRecord:
        return tr("wrapper (cf logs, syslog, bosh logs -f) around text that is not a record");
    case SkipReason::InconsistentFields:
        return tr("fields of different Gorouter releases or contradicting each other: an edited line, "
                  "not one Gorouter wrote");
    }
    return {};
}

QString describe(BundleIssue issue)
{
    switch (issue) {
    case BundleIssue::Unreadable:
        return tr("cannot be read");
    case BundleIssue::TruncatedGzip:
        return tr("gzip data ends early; the readable part was imported");
    case BundleIssue::CorruptGzip:
        return tr("gzip data is corrupt; the readable part was imported");
    case BundleIssue::TruncatedArchive:
        return tr("archive ends early; members before the cut were imported");
    case BundleIssue::CorruptMember:
        return tr("archive member is corrupt");
    case BundleIssue::UnsafePath:
        return tr("member path leaves the archive (.. or absolute); read in memory under a safe name");
    case BundleIssue::LinkMember:
        return tr("symbolic or hard link member; not followed");
    case BundleIssue::SpecialMember:
        return tr("device, FIFO or socket member; skipped");
    case BundleIssue::InvalidNameEncoding:
        return tr("member name is not valid UTF-8; shown escaped");
    case BundleIssue::NestingTooDeep:
        return tr("archives nested too deeply; inner archive skipped");
    case BundleIssue::MemberTooLarge:
        return tr("member larger than the size limit; skipped");
    case BundleIssue::TotalTooLarge:
        return tr("bundle expands past the total size limit; rest skipped");
    case BundleIssue::RatioTooHigh:
        return tr("compression ratio too high (decompression bomb?); skipped");
    case BundleIssue::TooManyMembers:
        return tr("more archive members than the limit; rest skipped");
    case BundleIssue::EncryptedMember:
        return tr("encrypted member; cannot be read");
    case BundleIssue::Cancelled:
        return tr("import cancelled");
    }
    return {};
}

QString describe(IgnoreReason reason)
{
    switch (reason) {
    case IgnoreReason::None:
        return {};
    case IgnoreReason::Empty:
        return tr("empty file");
    case IgnoreReason::Binary:
        return tr("binary file, not log text");
    case IgnoreReason::UnknownFormat:
        return tr("no line looks like a Gorouter, Diego, route-table or LRP log");
    case IgnoreReason::OtherComponent:
        return tr("Go log lines of another component, not Gorouter");
    }
    return {};
}

} // namespace rs
