#pragma once

#include "core/store/incident.h"

#include <memory>

namespace rs {
struct Analysis;
}

// The analysis saved after a saved incident's sections (incidentfile.h): the diagnosis columns, the
// route-table analyses and the findings, so that a reopened incident shows without diagnosing every
// request again. Not an API.
namespace rs::cache::detail {

class Writer;
class Reader;

// A marker section (whether an analysis follows, and in which language its texts are), then the
// analysis: dense columns for the per-request classes, sparse ones (rows and values) for columns
// that hold their default in most rows, and one byte section for the routes and the findings.
void writeAnalysis(Writer& w, const Analysis* analysis);

// Reads what writeAnalysis wrote, checking every row, string id, identity, snapshot and enum value
// against `incident` (false, with the reason in the reader, when one is out of range); `out` stays
// null when the file holds no analysis. `out->incident` is left for the caller to set.
bool readAnalysis(Reader& r, const Incident& incident, std::shared_ptr<Analysis>& out);

} // namespace rs::cache::detail
