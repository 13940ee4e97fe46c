#pragma once

#include "core/store/incident.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rs {
struct Analysis;
}

namespace rs::cache {

// What a cache file says about itself, readable without loading the incident (`routescope cache
// ls`).
struct IncidentFileInfo {
    std::string key;                 // the cache key text the file was written for (IncidentCache)
    std::vector<std::string> inputs; // the paths given to the import
    std::int64_t createdNs = 0;      // when it was written (Unix ns)
    std::uint64_t requests = 0;
    std::uint64_t events = 0;
    std::uint64_t textBytes = 0; // content bytes the import read
    // A saved case's state (core/cache/casestate.h), as its JSON; empty in cache files.
    std::string caseJson;
};

struct IncidentFileResult {
    std::shared_ptr<Incident> incident; // null when rejected
    // The analysis saved with it (its `incident` is this one); null when the file holds none.
    std::shared_ptr<const Analysis> analysis;
    IncidentFileInfo info;
    std::string error; // why it was rejected (untranslated, for a message)
};

// A saved incident (DESIGN §2): a header (magic, format version, layout fingerprint, size), a
// section table (offset, size and CRC-64 of each section) and the sections, each 8-byte aligned:
// every column of every table as one little-endian array (listed by the tables' columnsOf, so a
// column added there is saved without touching this file), the strings as one blob and their end
// offsets, and byte-encoded sections for identities, snapshots, the import report and the files'
// text sources; then, when it was written with one, the incident's analysis (incidentfileanalysis.h),
// so that a reopen shows the window without diagnosing every request again.
//
// Reading trusts nothing: sizes and offsets are checked against the file before anything is
// allocated, every section's checksum is verified before it is decoded, and every id, identity,
// file index, enum value and run is checked against what it indexes, so a truncated, corrupt or
// hostile file is rejected with a reason (never a crash, never an allocation beyond the file's
// size).
//
// Text sources: loose plain files are read back from disk as before (their stamp is checked on
// every read); loose gzip files take their checkpoints again on the first raw line after a reopen
// (ISA-L's decoder state is not stored: it could not be validated); archive members, which the
// import held in memory, are read again from the inputs on the first raw line asked of one, and
// only if their CRC-64 is the import's (MemberText), else they yield nothing and say why.
class IncidentFile {
public:
    // 3: the info section ends with the case state (IncidentFileInfo::caseJson).
    // 4: the analysis follows the text sources.
    // 5: the string pool's hash table follows its text; every diagnosis column is written whole.
    static constexpr std::uint32_t kFormatVersion = 5;

    // Writes `incident` (and `analysis`, an analysis of it, when given) to `path` atomically (a
    // temporary file beside it, then rename). False, with the reason in `error`, when it could not
    // be written; nothing is left behind then.
    static bool write(const std::string& path, const Incident& incident, const IncidentFileInfo& info,
                      std::string* error, const Analysis* analysis = nullptr);
    // Reads a whole incident; on failure `incident` is null and `error` says why.
    static IncidentFileResult read(const std::string& path);
    // Reads a file held in memory (the fuzz target).
    static IncidentFileResult readBytes(std::string_view bytes);
    // Reads only the header and the info section.
    static IncidentFileResult readInfo(const std::string& path);
    // Makes the checksums and the layout fingerprint of a file's bytes right again after they were
    // changed, as a hostile file would have them (the fuzz target, so that it reaches the checks
    // behind the checksums). Does nothing to bytes whose header or section table is out of bounds.
    static void reseal(std::string& bytes);
};

} // namespace rs::cache
