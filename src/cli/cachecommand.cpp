#include "cli/cachecommand.h"

#include "cli/exitstatus.h"
#include "cli/output.h"
#include "core/cache/incidentcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct CacheCommandText {
    Q_DECLARE_TR_FUNCTIONS(CacheCommandText)
};

namespace rs::cli {

int runCache(const Options& options)
{
    const cache::IncidentCache incidentCache;
    const QString directory = QString::fromStdString(incidentCache.directory());
    Output out(stdout);
    if (options.paths.front() == "clear") {
        std::string error;
        const std::size_t removed = incidentCache.clear(&error);
        out << CacheCommandText::tr("removed %n saved incident(s) from %1\n", nullptr,
                                    static_cast<int>(removed))
                   .arg(directory);
        if (!error.empty()) {
            out.flush();
            Output err(stderr);
            err << QStringLiteral("routescope: %1\n").arg(QString::fromStdString(error));
            return kExitInputProblems;
        }
        return kExitOk;
    }
    const auto entries = incidentCache.entries();
    std::uint64_t total = 0;
    for (const auto& entry : entries) {
        total += entry.bytes;
        const QString size = QLocale::c().formattedDataSize(static_cast<qint64>(entry.bytes), 1,
                                                            QLocale::DataSizeTraditionalFormat);
        if (!entry.error.empty()) {
            out << CacheCommandText::tr("%1  %2  unreadable: %3\n")
                       .arg(QString::fromStdString(entry.path), size, QString::fromStdString(entry.error));
            continue;
        }
        const QString date = QDateTime::fromMSecsSinceEpoch(entry.info.createdNs / 1'000'000, Qt::UTC)
                                 .toString(Qt::ISODate);
        QStringList inputs;
        for (const std::string& input : entry.info.inputs)
            inputs << QString::fromStdString(input);
        out << CacheCommandText::tr("%1  %2  %n request(s)  %3\n", nullptr,
                                    static_cast<int>(entry.info.requests))
                   .arg(date, size, inputs.join(QStringLiteral(", ")));
        out << QStringLiteral("    %1\n").arg(QString::fromStdString(entry.path));
    }
    out << CacheCommandText::tr("%n saved incident(s), %1 in %2\n", nullptr, static_cast<int>(entries.size()))
               .arg(QLocale::c().formattedDataSize(static_cast<qint64>(total), 1,
                                                   QLocale::DataSizeTraditionalFormat),
                    directory);
    return kExitOk;
}

} // namespace rs::cli
