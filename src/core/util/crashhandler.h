#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace rs {

// What a bug report needs when RouteScope crashes (klogg-like, nothing is ever sent): on
// SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT or an uncaught exception, a small text file
// <directory>/crash-<unix seconds>-<pid>.txt with the build information (buildinfo.h), the
// reason, the command line with every path and value replaced, and the backtrace
// (backtrace_symbols_fd: library symbols by name, the binary's frames as offsets that
// addr2line resolves with the -dbgsym package). Everything is prepared when the handler is
// installed; the handler itself only calls async-signal-safe functions (and backtrace,
// loaded beforehand). Sanitizer builds keep their own reports and install nothing.

// Sanitizer builds keep the sanitizer's report, which says more: the handler is not installed.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kCrashHandlerAvailable = false;
#else
inline constexpr bool kCrashHandlerAvailable = true;
#endif

// $XDG_STATE_HOME/routescope/crashes (~/.local/state/routescope/crashes by default).
QString crashReportDirectory();

// The command line without customer data: the program's file name, the command word (when
// isCommand says so of the first argument), option names; every other argument, and the
// value of --option=value, becomes "<…>".
QString redactedCommandLine(const QStringList& arguments,
                            const std::function<bool(const QString&)>& isCommand);

// Creates the directory and installs the handlers; commandLine goes into every report as is.
// False when kCrashHandlerAvailable is false or the directory cannot be made.
bool installCrashHandler(const QString& directory, const QString& commandLine);

// Reports written since markCrashReportsSeen last ran, newest first; the window offers them once.
QStringList unseenCrashReports(const QString& directory);
void markCrashReportsSeen(const QString& directory);

} // namespace rs
