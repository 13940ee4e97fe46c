#pragma once

#include <QString>

#include <vector>

namespace rs {

// What a bug report needs to name the build: RouteScope's version, the commit and day it was
// built from, and the version of every library that parses, inflates or draws. `routescope
// --version` prints it and Help → About shows it (copyable); both read it from here.
struct LibraryVersion {
    QString name;    // "Qt", "QCustomPlot", "libarchive", "ISA-L", "simdjson"
    QString version; // "6.4.2"
    QString detail;  // what else matters: the version built against, the codecs, the CPU kernel
};

struct BuildInfo {
    QString version;   // "0.1.0"
    QString commit;    // `git describe --always --dirty`, or "unknown" outside a git checkout
    QString buildDate; // UTC day of the build (SOURCE_DATE_EPOCH when set), "YYYY-MM-DD"
    std::vector<LibraryVersion> libraries;
};

// The build stamp generated for the routescope binary (cmake/BuildStamp.cmake) registers
// itself before main. Without one (the unit tests) the version, commit and date read
// "unknown" and QCustomPlot, which only the window links, is not listed.
struct BuildStamp {
    const char* version = nullptr;
    const char* commit = nullptr;
    const char* buildDate = nullptr;
    const char* qcustomplotVersion = nullptr;
};
bool registerBuildStamp(const BuildStamp& stamp);

BuildInfo buildInfo();

// The lines of --version and of About's copy:
//   routescope 0.1.0
//   Commit: 1a2b3c4d5e6f
//   Build date: 2026-12-05
//   Qt 6.4.2
//   libarchive 3.6.2 (zlib/1.2.13 liblzma/5.4.1 …)
//   …
QString buildInfoText();

} // namespace rs
