#include "core/util/buildinfo.h"

#include <QCoreApplication>

#include <archive.h>
#include <isa-l.h>
#include <simdjson.h>

// Translation context of this file's texts, outside any namespace so that lupdate and the
// runtime agree on its name.
struct BuildInfoText {
    Q_DECLARE_TR_FUNCTIONS(BuildInfoText)
};

// SIMDJSON_VERSION is a bare 3.0.1, not a string.
#define RS_STRINGIFY_(x) #x
#define RS_STRINGIFY(x) RS_STRINGIFY_(x)

namespace rs {
namespace {

BuildStamp& registeredStamp()
{
    static BuildStamp stamp;
    return stamp;
}

QString orUnknown(const char* text)
{
    return text != nullptr && *text != '\0' ? QString::fromUtf8(text) : BuildInfoText::tr("unknown");
}

} // namespace

bool registerBuildStamp(const BuildStamp& stamp)
{
    registeredStamp() = stamp;
    return true;
}

BuildInfo buildInfo()
{
    const BuildStamp& stamp = registeredStamp();
    BuildInfo info;
    info.version = orUnknown(stamp.version);
    info.commit = orUnknown(stamp.commit);
    info.buildDate = orUnknown(stamp.buildDate);

    // The versions in use: the loaded library's own answer where it has one, else the headers
    // the build saw (ISA-L and simdjson offer no run-time version; Debian's shared library
    // names pin them to those headers).
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    info.libraries.push_back(
        {QStringLiteral("Qt"), qtRuntime,
         qtRuntime == qtBuilt ? QString() : BuildInfoText::tr("built with %1").arg(qtBuilt)});
    if (stamp.qcustomplotVersion != nullptr && *stamp.qcustomplotVersion != '\0')
        info.libraries.push_back(
            {QStringLiteral("QCustomPlot"), QString::fromLatin1(stamp.qcustomplotVersion), {}});

    // "libarchive 3.6.2 zlib/1.2.13 liblzma/5.4.1 …": the version, then the codecs it uses.
    const QString archiveDetails = QString::fromLatin1(archive_version_details());
    const QString archiveVersion =
        QString::fromLatin1(archive_version_string()).section(QLatin1Char(' '), 1, 1);
    const QString codecs = archiveDetails.section(QLatin1Char(' '), 2);
    info.libraries.push_back({QStringLiteral("libarchive"), archiveVersion, codecs});

    info.libraries.push_back(
        {QStringLiteral("ISA-L"),
         QStringLiteral("%1.%2.%3").arg(ISAL_MAJOR_VERSION).arg(ISAL_MINOR_VERSION).arg(ISAL_PATCH_VERSION),
         {}});
    // The kernel simdjson picked for this CPU (haswell, westmere, fallback…) decides its speed.
    info.libraries.push_back({QStringLiteral("simdjson"), QString::fromLatin1(RS_STRINGIFY(SIMDJSON_VERSION)),
                              QString::fromStdString(simdjson::get_active_implementation()->name())});
    return info;
}

QString buildInfoText()
{
    const BuildInfo info = buildInfo();
    QString text = QStringLiteral("routescope %1\n").arg(info.version);
    text += BuildInfoText::tr("Commit: %1").arg(info.commit) + QLatin1Char('\n');
    text += BuildInfoText::tr("Build date: %1").arg(info.buildDate) + QLatin1Char('\n');
    for (const LibraryVersion& library : info.libraries) {
        text += library.name + QLatin1Char(' ') + library.version;
        if (!library.detail.isEmpty())
            text += QStringLiteral(" (%1)").arg(library.detail);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace rs
