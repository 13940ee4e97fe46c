#pragma once

#include "core/bundle/bundlereader.h"
#include "core/formats/filekind.h"
#include "core/formats/skipreason.h"
#include "core/util/types.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace rs {

// Why a whole file was not read as a log.
enum class IgnoreReason : std::uint8_t {
    None,
    Empty,          // zero bytes, or only blank lines
    Binary,         // NUL bytes or mostly non-text near the start
    UnknownFormat,  // text, but no line looks like anything RouteScope reads
    OtherComponent, // Go `log` lines of a BOSH job other than Gorouter
};

std::string_view ignoreReasonId(IgnoreReason reason);

struct SkipExample {
    std::uint64_t line = 0; // 1-based line number within the file
    std::string text;       // escaped for display, cut to a few hundred bytes
};

struct SkipGroup {
    SkipReason reason{};
    FileKind otherKind = FileKind::Unknown; // for UnexpectedKind: what the line looked like
    std::uint64_t count = 0;
    std::vector<SkipExample> examples; // at most kMaxExamples, the first ones met
};

// One way a file's records were written, counted, with the first line that showed it.
struct VariantEntry {
    std::string id; // stable, untranslated: "iso_nanos_z_2019", "json:msg", "gorouter_time", …
    std::uint64_t count = 0;
    SkipExample example;
};

// Which variant of each format a file used (FORMATS §1.7): the generations of its access records
// (timestamp style), the wrappers and envelopes around them, prefixes that no known wrapper
// explains (grouped by shape), and the optional fields and extra headers seen.
struct FileVariant {
    static constexpr std::size_t kMaxEntries = 32; // per list; later distinct ids are counted in "other"

    std::vector<VariantEntry> eras;
    std::vector<VariantEntry> wrappers;
    std::vector<VariantEntry> prefixes;
    std::vector<VariantEntry> fields;

    // Adds `count` under `id`; the example is kept when the id is new.
    static void add(std::vector<VariantEntry>& list, std::string_view id, std::uint64_t count,
                    std::uint64_t lineNumber, std::string_view example);
    // Adds a later piece of the same file whose line numbers start after `linesBefore`.
    void merge(const FileVariant& other, std::uint64_t linesBefore);
    bool empty() const { return eras.empty() && wrappers.empty() && prefixes.empty() && fields.empty(); }
};

struct FileReport {
    static constexpr std::size_t kMaxExamples = 5;

    std::string path; // logical path inside the bundle
    FileKind kind = FileKind::Unknown;
    std::string identity;          // router/cell display name, or the path when nothing identifies it
    std::string logicalLog;        // rotated generations of one log share this
    int generation = 0;            // 0 live file, N for .N
    std::uint64_t bytes = 0;       // content bytes (after inflation)
    std::uint64_t storedBytes = 0; // bytes as stored (compressed size for .gz)
    std::uint64_t lines = 0;
    std::uint64_t records = 0;
    std::vector<SkipGroup> skipped;
    // Lines of other programs inside a capture (syslog, cf logs, bosh logs -f interleave many):
    // not records and not problems, but counted and shown so nothing disappears silently.
    std::uint64_t foreignLines = 0;
    SkipExample foreignExample;
    IgnoreReason ignored = IgnoreReason::None;
    std::string ignoredDetail; // e.g. the first line, escaped
    bool wasGzip = false;
    bool truncated = false; // content ended early (corrupt or truncated archive member)
    TimeNs first = kNoTime;
    TimeNs last = kNoTime;
    double seconds = 0; // time spent parsing this file
    FileVariant variant;

    void skip(SkipReason reason, std::uint64_t lineNumber, std::string_view line,
              FileKind otherKind = FileKind::Unknown);
    std::uint64_t skippedLines() const;
    void foreign(std::uint64_t lineNumber, std::string_view line);
};

struct ImportReport {
    std::vector<std::string> inputs;
    std::vector<FileReport> files;
    std::vector<BundleProblem> problems;
    std::uint64_t bytes = 0; // content bytes of every file read
    std::uint64_t lines = 0;
    double seconds = 0; // wall time of the whole import
    bool cancelled = false;

    std::uint64_t skippedLines() const;
    // Anything that made the import incomplete: bundle problems, skipped lines, cancel.
    bool hasProblems() const;
};

// User-visible, translated descriptions.
QString describe(SkipReason reason, FileKind otherKind = FileKind::Unknown);
QString describe(BundleIssue issue);
QString describe(IgnoreReason reason);
QString kindName(FileKind kind);

} // namespace rs
