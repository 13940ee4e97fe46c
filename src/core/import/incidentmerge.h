#pragma once

#include "core/import/fileparser.h"
#include "core/store/incident.h"

#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace rs {

// Joins parsed files into an incident as they arrive, so that a file's parts (each with a string
// pool of its own) go as soon as it is parsed instead of every file's waiting for the last one.
// Files come in arrival order, which is the reader's and so the same from run to run; finish()
// then puts them in rotation order (core/bundle/rotation.h: each log's generations oldest first),
// moving each table's rows file block by file block one column at a time, so that the peak is the
// tables plus one column. The result equals merging every file at the end in rotation order,
// identities numbered alike; only the string pool's ids follow the arrival order.
class IncidentMerger {
public:
    explicit IncidentMerger(Incident& incident);

    // The next file in arrival order; empty for a file the reader abandoned half-read (left out,
    // as if it had never arrived). A file whose content equals an earlier file's (the same log
    // under two names, a rotated generation kept both plain and gzipped) keeps its place in the
    // report with no records, and a DuplicateFile problem names the file it repeats. Route dumps
    // and LRP captures of different VMs may be identical by nature and are folded only for the
    // same VM.
    void add(std::optional<ParsedFile> file);
    // Rotation order; the duplicate-file problems appended to the report's problems. Call once.
    void finish();

private:
    static constexpr std::size_t kRowTables = 7;
    struct Block {
        std::array<std::size_t, kRowTables> rows{}; // of each table, see forEachRowTable
        std::vector<IdentityIndex> identities;      // its parts' identities, in their order
    };

    bool foldDuplicate(ParsedFile& file);

    Incident& m_incident;
    std::vector<Block> m_blocks; // by merged file, in arrival order
    std::vector<std::string> m_paths;
    // Files kept so far (merged indices) by text size and content hash.
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::vector<std::size_t>> m_kept;
    std::vector<BundleProblem> m_duplicates;
};

} // namespace rs
