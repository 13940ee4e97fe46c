#pragma once

#include "core/store/importreport.h"
#include "core/store/rawtext.h"
#include "core/store/recordtables.h"

#include <string>
#include <string_view>
#include <vector>

namespace rs {

// The result of one import: immutable once built, shared between the window, the CLI and
// background jobs. Every file keeps a source of its text (in memory, or read back from disk on
// demand) so that every record's raw line can be shown.
class Incident {
public:
    RecordTables tables;
    ImportReport report;              // report.files[i] describes file i
    std::vector<SharedText> fileText; // parallel to report.files; null: no text (ClickHouse)
    TimeNs begin = kNoTime;           // earliest request or router event
    TimeNs end = kNoTime;             // latest request or router event

    std::string_view str(StringPool::Id id) const { return tables.strings.view(id); }
    const IdentityInfo& identity(IdentityIndex index) const { return tables.identities[index]; }
    std::string requestIdText(const RequestId& id) const { return rs::requestIdText(id, tables.strings); }
    // The raw bytes of a record's line (without its newline); empty when its file has no text or
    // cannot be read as it was at import (fileText[file]->state() says why). Keep the RawLine alive
    // while its view() is used.
    RawLine rawLine(const Provenance& source, std::size_t row) const;
    // The text source of `file`, or null.
    const RawText* text(FileIndex file) const
    {
        return file < fileText.size() ? fileText[file].get() : nullptr;
    }
    const std::string& filePath(FileIndex file) const { return report.files[file].path; }

    // Computes begin/end from every table; called once by the importer.
    void computeSpan();
    // Heap bytes held by the columns and the string pool (not the files' text).
    std::size_t heapBytes() const;
};

} // namespace rs
