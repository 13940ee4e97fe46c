#pragma once

#include "core/cache/incidentfile.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The byte-encoded sections of a saved incident (incidentfile.h): the info, the import report, the
// identities, the snapshots and the files' text sources. Each one is encoded to its section's bytes
// (incidentfileencode.cpp) and decoded from them (incidentfiledecode.cpp), where every count, enum
// value and index is checked (false: the section is not one this build wrote); not an API.
namespace rs::cache::detail {

// How a file's text is read back (the text sources section); stored as one byte.
enum class TextKind : std::uint8_t { None, Plain, Gzip, Member, Detached };

std::string encodeInfo(const IncidentFileInfo& info, const Incident& incident);
bool decodeInfo(std::string_view bytes, IncidentFileInfo& info, TimeNs* begin, TimeNs* end);

std::string encodeReport(const ImportReport& report);
bool decodeReport(std::string_view bytes, ImportReport& report);

std::string encodeIdentities(const std::vector<IdentityInfo>& identities);
bool decodeIdentities(std::string_view bytes, RecordTables& tables);

// The route and LRP snapshots; decoding checks their identities and files (`files`: the report's).
std::string encodeSnapshots(const RecordTables& t);
bool decodeSnapshots(std::string_view bytes, RecordTables& t, std::size_t files);

// The text source of every file, and the inputs to read archive members again from; decoding wants
// one per file of the report (decoded before it).
std::string encodeTexts(const Incident& incident);
bool decodeTexts(std::string_view bytes, Incident& incident);

} // namespace rs::cache::detail
