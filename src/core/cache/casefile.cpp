#include "core/cache/casefile.h"

#include "core/cache/cachedtext.h"
#include "core/cache/filedigest.h"
#include "core/cache/incidentfile.h"
#include "core/cache/loosetext.h"

#include <chrono>
#include <filesystem>
#include <set>

namespace rs::cache {
namespace {

namespace fs = std::filesystem;

void addIdentity(CaseState& state, std::set<std::string>& seen, const std::string& path)
{
    if (!seen.insert(path).second)
        return;
    if (const std::optional<FileDigest> digest = digestFile(path))
        state.files.push_back({path, digest->size, digest->head, digest->tail});
}

CaseFileResult fromFile(IncidentFileResult file)
{
    CaseFileResult result;
    if (!file.incident) {
        result.error = std::move(file.error);
        return result;
    }
    if (file.info.caseJson.empty()) {
        result.error = "the file is a RouteScope incident cache file, not a case";
        return result;
    }
    std::optional<CaseState> state = caseStateFromJson(file.info.caseJson, &result.error);
    if (!state)
        return result;
    if (state->inputs.size() != file.incident->report.inputs.size()) {
        result.error = "the case names other inputs than its incident";
        return result;
    }
    // Relative inputs meant the saving process's directory: the state has them absolute.
    file.incident->report.inputs = state->inputs;
    result.incident = std::move(file.incident);
    result.analysis = std::move(file.analysis);
    result.state = std::move(*state);
    return result;
}

} // namespace

bool writeCase(const std::string& path, const Incident& incident, CaseState state, std::string* error,
               const Analysis* analysis)
{
    state.savedAtMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
    if (state.inputs.size() != incident.report.inputs.size()) {
        state.inputs.clear();
        for (const std::string& input : incident.report.inputs) {
            std::error_code ec;
            const fs::path absolute = fs::absolute(input, ec);
            state.inputs.push_back(ec ? input : absolute.lexically_normal().string());
        }
    }
    const std::vector<CaseFileIdentity> known = std::move(state.files);
    state.files.clear();
    std::set<std::string> seen, wanted(state.inputs.begin(), state.inputs.end());
    for (const std::string& input : state.inputs) {
        std::error_code ec;
        if (fs::is_regular_file(input, ec))
            addIdentity(state, seen, input);
    }
    for (const SharedText& text : incident.fileText) {
        const auto loose = looseFile(text.get());
        if (loose)
            wanted.insert(loose->path);
        // A file changed since the import would be recognised by bytes it never had.
        if (loose && FileStamp::of(loose->path) == loose->stamp)
            addIdentity(state, seen, loose->path);
    }
    // A case saved again without its bundle keeps what recognises the files it could not see.
    for (const CaseFileIdentity& identity : known)
        if (wanted.contains(identity.path) && seen.insert(identity.path).second)
            state.files.push_back(identity);

    IncidentFileInfo info;
    info.key = "routescope case";
    info.inputs = state.inputs;
    info.createdNs = state.savedAtMs * 1'000'000;
    info.requests = incident.tables.requests.size();
    info.events = incident.tables.events.size();
    info.textBytes = incident.report.bytes;
    info.caseJson = caseStateToJson(state);
    return IncidentFile::write(path, incident, info, error, analysis);
}

CaseFileResult readCase(const std::string& path)
{
    return fromFile(IncidentFile::read(path));
}

CaseFileResult readCaseBytes(std::string_view bytes)
{
    return fromFile(IncidentFile::readBytes(bytes));
}

} // namespace rs::cache
