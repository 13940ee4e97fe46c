#pragma once

#include "core/cache/casestate.h"
#include "core/store/incident.h"

#include <string>
#include <vector>

namespace rs::cache {

// How one input of a case was found again.
struct RelocatedInput {
    std::string from;        // where it was when the case was saved
    std::string to;          // where it was found; empty when it was not
    bool matched = false;    // found, and every file of it checked is the one imported
    std::size_t files = 0;   // its texts now read from `to`
    std::size_t refused = 0; // its texts found but with other bytes (or not found under `to`)
    std::string reason;      // why it (or its first refused text) was not taken (untranslated)
};

struct Relocation {
    std::vector<RelocatedInput> inputs; // one per input of the case, in order
    std::size_t texts() const;          // texts now read from the new places
};

// Reattaches the raw lines of an incident opened from a case to its bundle found elsewhere
// (File → Locate Bundle…). `found` are the files or folders the user pointed at: each input of the
// case is looked for among them by name (or inside a chosen folder; a single input may have been
// renamed). Loose files are taken only when their size and the CRC-64 of their first and last MiB
// are those saved in the case (`state.files`); they then take the stamp of the file found, as its
// inode and times differ on another machine. Archive members are read again from the new place and,
// as after any reopen, only if their content hash is the import's. `incident` must not be shared
// with readers yet (relocate a copy of a shown one); its report's inputs become the places their
// text is now read from.
Relocation relocate(Incident& incident, const CaseState& state, const std::vector<std::string>& found);

} // namespace rs::cache
