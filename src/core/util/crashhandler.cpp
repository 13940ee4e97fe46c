#include "core/util/crashhandler.h"

#include "core/util/buildinfo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <exception>
#include <execinfo.h>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace rs {
namespace {

// Prepared by installCrashHandler, read by the handler: fixed buffers, no allocation later.
char g_directory[4096];
char g_header[16384];
std::size_t g_headerLength = 0;
char g_terminateReason[512];
volatile std::sig_atomic_t g_handling = 0;
char g_alternateStack[64 * 1024]; // SIGSEGV from a stack overflow needs a stack of its own

const QString kSeenMarker = QStringLiteral(".seen");

constexpr int kSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

void writeAll(int fd, const char* text, std::size_t length)
{
    while (length > 0) {
        const ssize_t written = ::write(fd, text, length);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return;
        text += written;
        length -= static_cast<std::size_t>(written);
    }
}

void writeText(int fd, const char* text)
{
    writeAll(fd, text, std::strlen(text));
}

// Appends the decimal digits of value to out (async-signal-safe, unlike snprintf).
char* appendNumber(char* out, unsigned long long value)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (count > 0)
        *out++ = digits[--count];
    return out;
}

const char* signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGBUS:
        return "SIGBUS (bus error)";
    case SIGFPE:
        return "SIGFPE (arithmetic error)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    case SIGABRT:
        return "SIGABRT (abort)";
    default:
        return "signal";
    }
}

void writeReport(const char* reason)
{
    char path[sizeof(g_directory) + 64];
    char* end = path;
    for (const char* p = g_directory; *p != '\0'; ++p)
        *end++ = *p;
    const char prefix[] = "/crash-";
    for (const char* p = prefix; *p != '\0'; ++p)
        *end++ = *p;
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    end = appendNumber(end, static_cast<unsigned long long>(now.tv_sec));
    *end++ = '-';
    end = appendNumber(end, static_cast<unsigned long long>(::getpid()));
    const char suffix[] = ".txt";
    for (const char* p = suffix; *p != '\0'; ++p)
        *end++ = *p;
    *end = '\0';

    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    writeText(STDERR_FILENO, "routescope: crashed: ");
    writeText(STDERR_FILENO, reason);
    if (fd >= 0) {
        writeText(STDERR_FILENO, "\nroutescope: crash report: ");
        writeText(STDERR_FILENO, path);
    }
    writeText(STDERR_FILENO, "\n");
    if (fd < 0)
        return;
    writeAll(fd, g_header, g_headerLength);
    writeText(fd, "Reason: ");
    writeText(fd, reason);
    writeText(fd, "\n\nBacktrace:\n");
    void* frames[64];
    const int count = ::backtrace(frames, 64);
    ::backtrace_symbols_fd(frames, count, fd);
    ::close(fd);
}

void onSignal(int signal)
{
    if (g_handling == 0) {
        g_handling = 1;
        writeReport(signalName(signal));
    }
    // SA_RESETHAND restored the default action: the process ends as it would have.
    ::raise(signal);
}

void onTerminate()
{
    // Not a signal handler: the exception's text may be asked for normally.
    std::string reason = "uncaught exception";
    if (const std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::exception& e) {
            reason += std::string(": ") + e.what();
        } catch (...) {
        }
    }
    std::strncpy(g_terminateReason, reason.c_str(), sizeof(g_terminateReason) - 1);
    g_handling = 1;
    writeReport(g_terminateReason);
    std::signal(SIGABRT, SIG_DFL);
    std::abort();
}

} // namespace

QString crashReportDirectory()
{
    // Crash reports are state, not data (XDG base directories); Qt 6.4 has no StateLocation.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/routescope/crashes");
}

QString redactedCommandLine(const QStringList& arguments,
                            const std::function<bool(const QString&)>& isCommand)
{
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (i == 0)
            words << QFileInfo(argument).fileName();
        else if (i == 1 && isCommand && isCommand(argument))
            words << argument;
        else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1)
            words << (argument.contains(QLatin1Char('='))
                          ? argument.section(QLatin1Char('='), 0, 0) + QStringLiteral("=<…>")
                          : argument);
        else
            words << QStringLiteral("<…>");
    }
    return words.join(QLatin1Char(' '));
}

bool installCrashHandler(const QString& directory, const QString& commandLine)
{
    if constexpr (!kCrashHandlerAvailable)
        return false;
    const QByteArray dir = QFile::encodeName(directory);
    if (dir.isEmpty() || static_cast<std::size_t>(dir.size()) >= sizeof(g_directory) ||
        !QDir().mkpath(directory))
        return false;
    std::memcpy(g_directory, dir.constData(), static_cast<std::size_t>(dir.size()));
    g_directory[dir.size()] = '\0';

    const QByteArray header =
        (QStringLiteral("RouteScope crash report (nothing has been sent anywhere)\n") + buildInfoText() +
         QStringLiteral("Command line: %1\nStarted: %2\n")
             .arg(commandLine, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) +
         QStringLiteral(
             "Frames of the binary read routescope(+0xOFFSET); resolve them with the "
             "routescope-dbgsym package:\n  addr2line -Cfie /usr/lib/debug/.build-id/XX/YYYY.debug "
             "0xOFFSET\n"))
            .toUtf8();
    g_headerLength = std::min(static_cast<std::size_t>(header.size()), sizeof(g_header));
    std::memcpy(g_header, header.constData(), g_headerLength);

    // backtrace() loads libgcc on its first call, which allocates: not in a signal handler.
    void* frames[4];
    ::backtrace(frames, 4);

    stack_t stack{};
    stack.ss_sp = g_alternateStack;
    stack.ss_size = sizeof(g_alternateStack);
    ::sigaltstack(&stack, nullptr);
    struct sigaction action {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    for (const int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
    std::set_terminate(&onTerminate);
    return true;
}

QStringList unseenCrashReports(const QString& directory)
{
    const QDir dir(directory);
    const QFileInfo marker(dir.filePath(kSeenMarker));
    QStringList reports;
    for (const QFileInfo& file :
         dir.entryInfoList({QStringLiteral("crash-*.txt")}, QDir::Files, QDir::Time)) {
        if (!marker.exists() || file.lastModified() > marker.lastModified())
            reports << file.absoluteFilePath();
    }
    return reports;
}

void markCrashReportsSeen(const QString& directory)
{
    QFile marker(QDir(directory).filePath(kSeenMarker));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
}

} // namespace rs
