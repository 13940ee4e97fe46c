// Writing a saved incident: its sections, each 8-byte aligned, then the section table, then the
// header, into a temporary file renamed over the destination.
#include "core/cache/incidentfileanalysis.h"
#include "core/cache/incidentfilesections.h"
#include "core/cache/incidentfilewriter.h"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <tuple>
#include <type_traits>
#include <unistd.h>
#include <utility>
#include <vector>

namespace rs::cache {

using namespace detail;

bool IncidentFile::write(const std::string& path, const Incident& incident, const IncidentFileInfo& info,
                         std::string* error, const Analysis* analysis)
{
    const auto failWith = [&](std::string why) {
        if (error != nullptr)
            *error = std::move(why);
        return false;
    };
    const std::string temp = path + ".tmp." + std::to_string(::getpid());
    ::unlink(temp.c_str()); // left by a process of the same id that did not finish
    std::FILE* file = std::fopen(temp.c_str(), "wbx");
    if (file == nullptr)
        return failWith(temp + ": " + std::strerror(errno));
    Writer w(file);
    w.section(encodeInfo(info, incident));
    w.section(encodeReport(incident.report));

    const RecordTables& t = incident.tables;
    std::vector<std::uint64_t> ends;
    std::string blob;
    ends.reserve(t.strings.size());
    for (StringPool::Id id = 0; id < t.strings.size(); ++id) {
        blob += t.strings.view(id);
        ends.push_back(blob.size());
    }
    w.column(ends);
    w.section(blob);
    w.column(t.strings.index());
    w.section(encodeIdentities(t.identities));
    std::apply(
        [&](const auto&... table) {
            const auto one = [&](const auto& x) {
                std::apply([&](const auto&... column) { (w.column(column), ...); },
                           std::decay_t<decltype(x)>::columnsOf(x));
                w.runs(x.source.file);
            };
            (one(table), ...);
        },
        tablesOf(t));
    w.section(encodeSnapshots(t));
    w.section(encodeTexts(incident));
    writeAnalysis(w, analysis);
    w.finish();
    const bool written = w.ok() && std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
    const int savedErrno = errno;
    if (std::fclose(file) != 0 || !written) {
        ::unlink(temp.c_str());
        return failWith(temp + ": " + std::strerror(written ? errno : savedErrno));
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int renameErrno = errno;
        ::unlink(temp.c_str());
        return failWith(path + ": " + std::strerror(renameErrno));
    }
    return true;
}

} // namespace rs::cache
