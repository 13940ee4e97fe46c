#pragma once

#include "core/store/importreport.h"
#include "core/store/recordtables.h"
#include "core/util/bytebuffer.h"

#include <string>
#include <string_view>
#include <vector>

namespace rs {

// The result of one import: immutable once built, shared between the window, the CLI and
// background jobs. Files keep their bytes so that every record's raw line can be shown.
class Incident {
public:
    RecordTables tables;
    ImportReport report;                // report.files[i] describes file i
    std::vector<SharedBytes> fileBytes; // parallel to report.files
    TimeNs begin = kNoTime;             // earliest request or router event
    TimeNs end = kNoTime;               // latest request or router event

    std::string_view str(StringPool::Id id) const { return tables.strings.view(id); }
    const IdentityInfo& identity(IdentityIndex index) const { return tables.identities[index]; }
    std::string requestIdText(const RequestId& id) const { return rs::requestIdText(id, tables.strings); }
    // The raw bytes of a record's line (without its newline).
    std::string_view rawLine(const Provenance& source, std::size_t row) const;
    const std::string& filePath(FileIndex file) const { return report.files[file].path; }

    // Computes begin/end from every table; called once by the importer.
    void computeSpan();
    // Heap bytes held by the columns and the string pool (not the retained file bytes).
    std::size_t heapBytes() const;
};

} // namespace rs
