// Saved incidents (core/cache/incidentfile.h) are read from a cache directory anyone could have
// written to: any bytes must be rejected with a reason or read into an incident whose every id,
// identity and file index resolves. The input is read as it is (which the checksums almost always
// reject) and resealed (checksums and layout made right, as a hostile file would have them), so
// the checks behind the checksums are reached. The same bytes are read as a case (casefile.h) and
// as a case's JSON state (casestate.h): rejected with a reason, or a state that writes back to
// itself.
#include "core/cache/casefile.h"
#include "core/cache/incidentfile.h"
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
