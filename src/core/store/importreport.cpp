#include "core/store/importreport.h"

#include "core/util/textescape.h"

#include <QCoreApplication>

#include <algorithm>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ImportReportText {
    Q_DECLARE_TR_FUNCTIONS(ImportReportText)
};

namespace rs {
namespace {
constexpr std::size_t kExampleBytes = 300;

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

void FileVariant::add(std::vector<VariantEntry>& list, std::string_view id, std::uint64_t count,
                      std::uint64_t lineNumber, std::string_view example)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const VariantEntry& e) { return e.id == id; });
    if (it == list.end() && list.size() >= kMaxEntries) {
        it = std::find_if(list.begin(), list.end(), [](const VariantEntry& e) { return e.id == "other"; });
        id = "other";
    }
    if (it == list.end()) {
        list.push_back({std::string(id), 0, {lineNumber, escapeForDisplay(example, kExampleBytes)}});
        it = list.end() - 1;
    }
    it->count += count;
}

void FileVariant::merge(const FileVariant& other, std::uint64_t linesBefore)
{
    const auto join = [linesBefore](std::vector<VariantEntry>& into, const std::vector<VariantEntry>& from) {
        for (const VariantEntry& e : from) {
            const bool known =
                std::any_of(into.begin(), into.end(), [&](const VariantEntry& x) { return x.id == e.id; });
            add(into, e.id, e.count, e.example.line + linesBefore, {});
            if (!known) {
                auto it = std::find_if(into.begin(), into.end(),
                                       [&](const VariantEntry& x) { return x.id == e.id; });
                if (it != into.end())
                    it->example.text = e.example.text;
            }
        }
    };
    join(eras, other.eras);
    join(wrappers, other.wrappers);
    join(prefixes, other.prefixes);
    join(fields, other.fields);
}

std::uint64_t FileReport::skippedLines() const
{
    std::uint64_t total = 0;
    for (const auto& group : skipped)
        total += isKeptReason(group.reason) ? 0 : group.count;
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
        return ImportReportText::tr("not a log RouteScope reads");
    case FileKind::AccessLog:
        return ImportReportText::tr("Gorouter access log");
    case FileKind::GorouterLog:
        return ImportReportText::tr("Gorouter log (JSON)");
    case FileKind::GorouterStderr:
        return ImportReportText::tr("Gorouter stderr (Go log)");
    case FileKind::RouteDump:
        return ImportReportText::tr("route table dump");
    case FileKind::ActualLrps:
        return ImportReportText::tr("cfdot actual-lrps");
    case FileKind::LagerLog:
        return ImportReportText::tr("Diego/component lager log");
    case FileKind::LbLog:
        return ImportReportText::tr("load-balancer request log");
    case FileKind::AppLog:
        return ImportReportText::tr("app log (cf logs, drain)");
    }
    return {};
}

QString describe(SkipReason reason, FileKind otherKind)
{
    switch (reason) {
    case SkipReason::AccessLineMalformed:
        return ImportReportText::tr("not an access-log record: expected HOST - [TIME] \"REQUEST\" STATUS …");
    case SkipReason::AccessTimestampInvalid:
        return ImportReportText::tr("access-log start time is not a timestamp of any Gorouter release");
    case SkipReason::AccessFieldInvalid:
        return ImportReportText::tr(
            "an access-log field has an impossible value (status, byte count, IP address or key:value)");
    case SkipReason::QuotedStringUnterminated:
        return ImportReportText::tr("a quoted value never ends: the line was cut short");
    case SkipReason::JsonInvalid:
        return ImportReportText::tr("not valid JSON (for example an edited or redacted line)");
    case SkipReason::JsonTruncated:
        return ImportReportText::tr("JSON cut short: the line ends inside the object");
    case SkipReason::JsonNotObject:
        return ImportReportText::tr("JSON of an unexpected shape");
    case SkipReason::JsonMissingField:
        return ImportReportText::tr("JSON log line without timestamp or message");
    case SkipReason::TimestampInvalid:
        return ImportReportText::tr("timestamp cannot be read");
    case SkipReason::StderrUnrecognised:
        return ImportReportText::tr("stderr text that is not a Go log line");
    case SkipReason::RecordInvalid:
        return ImportReportText::tr("record lacks the fields that make it usable");
    case SkipReason::UnexpectedKind:
        return ImportReportText::tr("valid line of another kind (%1) inside this file")
            .arg(kindName(otherKind));
    case SkipReason::LineTooLong:
        return ImportReportText::tr("line longer than the line limit; cut and skipped");
    case SkipReason::BinaryData:
        return ImportReportText::tr("binary bytes (NUL) inside a text line");
    case SkipReason::InconsistentFields:
        return ImportReportText::tr(
            "fields of different Gorouter releases or contradicting each other: an edited line, "
            "not one Gorouter wrote");
    case SkipReason::PartialLine:
        return ImportReportText::tr(
            "partial first or last line: the file was copied while being written (copytruncate) or "
            "the capture started or stopped mid-line");
    case SkipReason::NulPadding:
        return ImportReportText::tr(
            "NUL bytes at the start of the file (copytruncate while the writer kept its offset); "
            "the text after them was read");
    case SkipReason::KeptWithRawBytes:
        return ImportReportText::tr(
            "kept: a quoted value holds a raw NUL or invalid UTF-8 bytes (shown escaped)");
    }
    return {};
}

QString describe(BundleIssue issue)
{
    switch (issue) {
    case BundleIssue::Unreadable:
        return ImportReportText::tr("cannot be read");
    case BundleIssue::TruncatedGzip:
        return ImportReportText::tr("gzip data ends early; the readable part was imported");
    case BundleIssue::CorruptGzip:
        return ImportReportText::tr("gzip data is corrupt; the readable part was imported");
    case BundleIssue::TruncatedArchive:
        return ImportReportText::tr("archive ends early; members before the cut were imported");
    case BundleIssue::CorruptMember:
        return ImportReportText::tr("archive member is corrupt");
    case BundleIssue::UnsafePath:
        return ImportReportText::tr(
            "member path leaves the archive (.. or absolute); read in memory under a safe name");
    case BundleIssue::LinkMember:
        return ImportReportText::tr("symbolic or hard link member; not followed");
    case BundleIssue::SpecialMember:
        return ImportReportText::tr("device, FIFO or socket member; skipped");
    case BundleIssue::InvalidNameEncoding:
        return ImportReportText::tr("member name is not valid UTF-8; shown escaped");
    case BundleIssue::NestingTooDeep:
        return ImportReportText::tr("archives nested too deeply; inner archive skipped");
    case BundleIssue::MemberTooLarge:
        return ImportReportText::tr("member larger than the size limit; skipped");
    case BundleIssue::TotalTooLarge:
        return ImportReportText::tr(
            "bundle expands past the total size limit; this member (inside a .tgz: the rest of it) skipped");
    case BundleIssue::RatioTooHigh:
        return ImportReportText::tr("compression ratio too high (decompression bomb?); skipped");
    case BundleIssue::RatioTooHighPrefixKept:
        return ImportReportText::tr(
            "compression ratio too high (decompression bomb?) past some point; the lines before it were "
            "imported, the rest skipped");
    case BundleIssue::TooManyMembers:
        return ImportReportText::tr("more archive members than the limit; rest skipped");
    case BundleIssue::EncryptedMember:
        return ImportReportText::tr("encrypted member; cannot be read");
    case BundleIssue::Cancelled:
        return ImportReportText::tr("import cancelled");
    case BundleIssue::DuplicateFile:
        return ImportReportText::tr("same content as another file; its records were imported once");
    case BundleIssue::OutOfOrderLines:
        return ImportReportText::tr("lines out of time order (records kept)");
    case BundleIssue::FarTimestamps:
        return ImportReportText::tr(
            "timestamps far outside the bundle's time span (records kept, not counted in the span)");
    case BundleIssue::ClockSkew:
        return ImportReportText::tr("router clock differs from the other routers");
    case BundleIssue::SpillFailed:
        return ImportReportText::tr(
            "could not be written to a spill file on disk; held in memory instead (nothing is lost)");
    }
    return {};
}

QString describe(IgnoreReason reason)
{
    switch (reason) {
    case IgnoreReason::None:
        return {};
    case IgnoreReason::Empty:
        return ImportReportText::tr("empty file");
    case IgnoreReason::Binary:
        return ImportReportText::tr("binary file, not log text");
    case IgnoreReason::UnknownFormat:
        return ImportReportText::tr("no line looks like a Gorouter, Diego, route-table or LRP log");
    case IgnoreReason::OtherComponent:
        return ImportReportText::tr("Go log lines of another component, not Gorouter");
    }
    return {};
}

} // namespace rs
