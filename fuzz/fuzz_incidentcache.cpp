// Saved incidents (core/cache/incidentfile.h) are read from a cache directory anyone could have
// written to: any bytes must be rejected with a reason or read into an incident whose every id,
// identity and file index resolves. The input is read as it is (which the checksums almost always
// reject) and resealed (checksums and layout made right, as a hostile file would have them), so
// the checks behind the checksums are reached. The same bytes are read as a case (casefile.h) and
// as a case's JSON state (casestate.h): rejected with a reason, or a state that writes back to
// itself.
#include "core/cache/casefile.h"
#include "core/cache/incidentfile.h"
#include "core/query/analysis.h"
#include "fuzzlines.h"

#include <cstdint>
#include <string>
#include <tuple>

namespace {

// Touches everything an incident's users index with its values.
template <typename Table> void walk(const rs::Incident& incident, const Table& table)
{
    const std::size_t rows = table.size();
    for (std::size_t row = 0; row < rows; ++row) {
        const rs::FileIndex file = table.source.file[row];
        RS_FUZZ_CHECK(file < incident.report.files.size());
        RS_FUZZ_CHECK(incident.text(file) != nullptr || incident.fileText.size() <= file ||
                      incident.fileText[file] == nullptr);
    }
    std::apply(
        [&](const auto&... column) {
            const auto one = [&](const auto& values) {
                RS_FUZZ_CHECK(values.size() == rows || values.empty());
                using T = typename std::decay_t<decltype(values)>::value_type;
                if constexpr (std::is_same_v<T, rs::RequestId>) {
                    for (const rs::RequestId& id : values)
                        (void)incident.requestIdText(id);
                }
            };
            (one(column), ...);
        },
        Table::columnsOf(table));
}

// Everything the window indexes with a saved analysis' values (core/cache/incidentfileanalysis.h).
void walkAnalysis(const rs::Incident& incident, const rs::Analysis& analysis)
{
    const rs::RecordTables& t = incident.tables;
    const rs::Diagnosis& d = analysis.diagnosis;
    RS_FUZZ_CHECK(analysis.incident.get() == &incident);
    RS_FUZZ_CHECK(d.size() == t.requests.size() && d.source.size() == d.size() &&
                  d.finalEvent.size() == d.size());
    for (std::size_t row = 0; row < d.size(); ++row) {
        for (std::uint32_t i = 0; i < d.attemptsCount[row]; ++i)
            RS_FUZZ_CHECK(d.attemptEvents[d.attemptsBegin[row] + i] < t.events.size());
        RS_FUZZ_CHECK(d.finalEvent[row] == rs::kNoRow || d.finalEvent[row] < t.events.size());
        RS_FUZZ_CHECK(d.stderrLine[row] == rs::kNoRow || d.stderrLine[row] < t.stderrLines.size());
        (void)incident.str(d.evidenceText[row]);
        (void)rs::errorClassId(d.errorClass[row]);
        for (const std::uint32_t app : d.app.rowsOf(row))
            RS_FUZZ_CHECK(app < t.apps.size());
    }
    for (const std::uint32_t lb : d.lb.lbOfRequest)
        RS_FUZZ_CHECK(lb == rs::kNoLbRow || lb < t.lb.size());
    for (const rs::Finding& f : analysis.findings) {
        for (const std::uint32_t row : f.evidence.requests)
            RS_FUZZ_CHECK(row < t.requests.size());
        for (const auto& [snapshot, row] : f.evidence.routeRows)
            RS_FUZZ_CHECK(snapshot < t.routeSnapshots.size() && row < t.routeSnapshots[snapshot].rows.size());
        for (const rs::FindingEndpoint& endpoint : f.endpoints)
            RS_FUZZ_CHECK(endpoint.router < t.identities.size());
    }
    for (const rs::StaleEndpoint& s : analysis.routes.stale)
        RS_FUZZ_CHECK(s.snapshot < t.routeSnapshots.size() &&
                      s.snapshotRow < t.routeSnapshots[s.snapshot].rows.size());
}

void checkCase(std::string_view bytes)
{
    std::string error;
    const std::optional<rs::cache::CaseState> state = rs::cache::caseStateFromJson(bytes, &error);
    RS_FUZZ_CHECK(state.has_value() != !error.empty());
    if (state) {
        const auto again = rs::cache::caseStateFromJson(rs::cache::caseStateToJson(*state), nullptr);
        RS_FUZZ_CHECK(again && *again == *state);
    }
    const rs::cache::CaseFileResult opened = rs::cache::readCaseBytes(bytes);
    RS_FUZZ_CHECK(opened.incident != nullptr || !opened.error.empty());
    if (opened.incident)
        RS_FUZZ_CHECK(opened.incident->report.inputs == opened.state.inputs);
}

void check(std::string_view bytes)
{
    const rs::cache::IncidentFileResult result = rs::cache::IncidentFile::readBytes(bytes);
    if (!result.incident) {
        RS_FUZZ_CHECK(!result.error.empty());
        return;
    }
    const rs::Incident& incident = *result.incident;
    const rs::RecordTables& t = incident.tables;
    RS_FUZZ_CHECK(incident.fileText.size() == incident.report.files.size());
    for (std::size_t row = 0; row < t.requests.size(); ++row) {
        (void)incident.str(t.requests.host[row]);
        (void)incident.str(t.requests.backend[row]);
        RS_FUZZ_CHECK(t.requests.identity[row] < t.identities.size());
        (void)incident.identity(t.requests.identity[row]).display;
    }
    for (std::size_t row = 0; row < t.events.size(); ++row) {
        (void)incident.str(t.events.error[row]);
        RS_FUZZ_CHECK(t.events.identity[row] < t.identities.size());
    }
    walk(incident, t.requests);
    walk(incident, t.events);
    walk(incident, t.stderrLines);
    walk(incident, t.containers);
    walk(incident, t.lager);
    walk(incident, t.lb);
    walk(incident, t.apps);
    for (const rs::RouteSnapshot& s : t.routeSnapshots)
        RS_FUZZ_CHECK(s.identity < t.identities.size() && s.file < incident.report.files.size());
    for (const rs::LrpSnapshot& s : t.lrpSnapshots)
        RS_FUZZ_CHECK(s.file < incident.report.files.size());
    if (result.analysis)
        walkAnalysis(incident, *result.analysis);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = rs::fuzz::bytesOf(data, size);
    check(input);
    checkCase(input);
    std::string resealed(input);
    rs::cache::IncidentFile::reseal(resealed);
    check(resealed);
    checkCase(resealed);
    return 0;
}
