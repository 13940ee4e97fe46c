#pragma once

#include "core/cache/casestate.h"
#include "core/cache/incidentfile.h"
#include "core/store/incident.h"

#include <memory>
#include <string>

namespace rs::cache {

// A saved case (issue 15, DESIGN §2): one .rscase file to hand to a colleague, who opens it without
// the bundle. It is an IncidentFile (versioned, checksummed, every value checked on reading) whose
// info section carries the case state as JSON (casestate.h). Raw lines are not in it: they are read
// from the inputs when those are where the case was saved, else after relocate() (relocation.h).
struct CaseFileResult {
    std::shared_ptr<Incident> incident;       // null when rejected
    std::shared_ptr<const Analysis> analysis; // saved with it, when it was written with one
    CaseState state;
    std::string error; // why it was rejected (untranslated, for a message)
};

inline constexpr const char* kCaseSuffix = ".rscase";

// Writes `incident` with `state` to `path` atomically. Sets the state's time and, when it has none,
// its inputs (absolute); adds the identity (size, CRC-64 of the first and last MiB) of every loose
// input file and every loose file read from disk that is still as imported, so that a copy found
// elsewhere can be recognised. With `analysis` (of `incident`), the colleague's window opens without
// diagnosing again. False, with the reason in `error`, when it could not be written.
bool writeCase(const std::string& path, const Incident& incident, CaseState state, std::string* error,
               const Analysis* analysis = nullptr);

// Reads a case: the incident (its report's inputs are the state's, absolute) and its state.
CaseFileResult readCase(const std::string& path);
// The same from bytes in memory (the fuzz target).
CaseFileResult readCaseBytes(std::string_view bytes);

} // namespace rs::cache
