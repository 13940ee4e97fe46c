#include "cli/importrun.h"

#include "cli/chsource.h"
#include "core/cache/incidentcache.h"
#include "core/import/importer.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct ImportRunText {
    Q_DECLARE_TR_FUNCTIONS(ImportRunText)
};

namespace rs::cli {

std::shared_ptr<Incident> importForCommand(const Options& options)
{
    // report and chart over a clickhouse:// source: the range cli.cpp drilled before.
    if (auto drilled = takeDrilledIncident())
        return drilled;
    ImportOptions importOptions;
    importOptions.threads = options.threads;
    const bool showProgress = options.progress && ::isatty(STDERR_FILENO) != 0;
    int lastPercent = -1;
    const auto progress = [&](const ImportProgress& p) {
        const int percent = static_cast<int>(p.fraction() * 100);
        if (!showProgress || percent == lastPercent)
            return;
        lastPercent = percent;
        std::fprintf(stderr, "\r%s",
                     ImportRunText::tr("importing… %1% (%2 files)")
                         .arg(percent)
                         .arg(p.filesSeen)
                         .toUtf8()
                         .constData());
    };
    // The saved incident of these paths, while they are as they were (core/cache/incidentcache.h).
    const cache::IncidentCache incidentCache;
    cache::IncidentCache::Opened cached;
    if (!options.noCache) {
        cached = incidentCache.open(options.paths, importOptions);
        if (cached.incident)
            return std::move(cached.incident);
        if (!cached.rejected.empty())
            std::fprintf(
                stderr, "%s\n",
                ImportRunText::tr("routescope: cache file %1 rejected: %2; importing again")
                    .arg(QString::fromStdString(cached.toStore ? cached.toStore->file : std::string()),
                         QString::fromStdString(cached.rejected))
                    .toUtf8()
                    .constData());
    }
    auto incident = Importer(importOptions).importPaths(options.paths, nullptr, progress);
    if (showProgress)
        std::fprintf(stderr, "\r\033[K");
    if (cached.toStore && !incident->report.cancelled) {
        std::string error;
        if (!incidentCache.store(*cached.toStore, *incident, &error))
            std::fprintf(stderr, "%s\n",
                         ImportRunText::tr("routescope: the incident was not saved to the cache: %1")
                             .arg(QString::fromStdString(error))
                             .toUtf8()
                             .constData());
    }
    return incident;
}

std::string problemsText(const Incident& incident)
{
    QString text;
    const ImportReport& report = incident.report;
    for (const auto& problem : report.problems) {
        text += ImportRunText::tr("problem: %1: %2")
                    .arg(QString::fromStdString(problem.path), describe(problem.issue));
        if (!problem.detail.empty())
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(problem.detail));
        text += QLatin1Char('\n');
    }
    for (const auto& file : report.files) {
        if (file.truncated)
            text += ImportRunText::tr("truncated: %1: content ends early; the readable part was imported\n")
                        .arg(QString::fromStdString(file.path));
        for (const auto& group : file.skipped) {
            text += ImportRunText::tr("skipped: %1: %n line(s): %2\n", nullptr, static_cast<int>(group.count))
                        .arg(QString::fromStdString(file.path), describe(group.reason, group.otherKind));
            for (const auto& example : group.examples)
                text += ImportRunText::tr("  line %1: %2\n")
                            .arg(example.line)
                            .arg(QString::fromStdString(example.text));
        }
    }
    if (report.cancelled)
        text += ImportRunText::tr("import cancelled\n");
    return text.toStdString();
}

} // namespace rs::cli
