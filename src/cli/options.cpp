#include "cli/options.h"

#include "core/query/filterexpr.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

// Translation context of this file's texts. Declared outside any namespace so that lupdate and
// the runtime agree on its name.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

namespace rs::cli {

std::optional<Command> commandNamed(const char* word)
{
    if (word == nullptr)
        return std::nullopt;
    if (std::strcmp(word, "summary") == 0)
        return Command::Summary;
    if (std::strcmp(word, "requests") == 0)
        return Command::Requests;
    if (std::strcmp(word, "diagnose") == 0)
        return Command::Diagnose;
    if (std::strcmp(word, "help") == 0 || std::strcmp(word, "--help") == 0 || std::strcmp(word, "-h") == 0)
        return Command::Help;
    if (std::strcmp(word, "--version") == 0 || std::strcmp(word, "version") == 0)
        return Command::Version;
    return std::nullopt;
}

QString usage()
{
    return CliText::tr(
               "Usage:\n"
               "  routescope [PATH]                          open the window (on PATH, or the sample "
               "incident)\n"
               "  routescope summary PATH… [--json]          sources, counts, time span, histograms, import "
               "report\n"
               "  routescope requests PATH… [--csv|--jsonl]  one row per request\n"
               "  routescope diagnose PATH… [--json]         findings, stale routes, route-table "
               "differences\n"
               "Options:\n"
               "  --filter EXPR select requests (summary and requests), for example\n"
               "                'status>=500 and class in (dial, hostname_mismatch) and "
               "time>=2026-10-14T09:08:00Z'\n"
               "  --threads N   parser threads (default: one per core)\n"
               "  --progress    show import progress on stderr\n"
               "PATH is a directory, a log file, a .gz, or a .tgz/.tar/.zip bundle (archives may nest).\n"
               "Exit status: 0 success, 1 input problems (see the import report), 2 usage error.\n") +
           QStringLiteral("\n") + QString::fromStdString(filterExpressionHelp());
}

ParseOutcome parseOptions(const QStringList& arguments)
{
    ParseOutcome outcome;
    Options options;
    if (arguments.size() < 2) {
        outcome.options = options;
        return outcome;
    }
    const auto command = commandNamed(arguments[1].toUtf8().constData());
    if (!command) {
        outcome.error = CliText::tr("unknown command '%1'").arg(arguments[1]);
        return outcome;
    }
    options.command = *command;
    bool formatSet = false;
    const auto setFormat = [&](OutputFormat format, const QString& flag) {
        const bool allowed = ((options.command == Command::Summary || options.command == Command::Diagnose) &&
                              format == OutputFormat::Json) ||
                             (options.command == Command::Requests &&
                              (format == OutputFormat::Csv || format == OutputFormat::JsonLines));
        if (!allowed) {
            outcome.error = CliText::tr("%1 is not an option of this command").arg(flag);
            return false;
        }
        if (formatSet) {
            outcome.error = CliText::tr("choose one output format");
            return false;
        }
        formatSet = true;
        options.format = format;
        return true;
    };
    bool onlyPaths = false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (onlyPaths || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            options.paths.push_back(arg.toStdString());
        } else if (arg == QLatin1String("--")) {
            onlyPaths = true;
        } else if (arg == QLatin1String("--json")) {
            if (!setFormat(OutputFormat::Json, arg))
                return outcome;
        } else if (arg == QLatin1String("--csv")) {
            if (!setFormat(OutputFormat::Csv, arg))
                return outcome;
        } else if (arg == QLatin1String("--jsonl")) {
            if (!setFormat(OutputFormat::JsonLines, arg))
                return outcome;
        } else if (arg == QLatin1String("--filter")) {
            if (i + 1 >= arguments.size()) {
                outcome.error = CliText::tr("--filter needs an expression");
                return outcome;
            }
            const std::string expression = arguments[++i].toStdString();
            auto parsed = parseFilterExpression(expression);
            if (const auto* error = std::get_if<FilterParseError>(&parsed)) {
                // The expression, then a caret under the position the parser stopped at.
                outcome.error =
                    CliText::tr("bad --filter expression: %1\n  %2\n  %3^")
                        .arg(QString::fromStdString(error->message), QString::fromStdString(expression),
                             QString(static_cast<qsizetype>(error->position), QLatin1Char(' ')));
                return outcome;
            }
            options.filter = std::get<Filter>(std::move(parsed));
        } else if (arg == QLatin1String("--progress")) {
            options.progress = true;
        } else if (arg == QLatin1String("--threads")) {
            bool ok = false;
            const uint threads = i + 1 < arguments.size() ? arguments[++i].toUInt(&ok) : 0;
            if (!ok || threads == 0 || threads > 256) {
                outcome.error = CliText::tr("--threads needs a number from 1 to 256");
                return outcome;
            }
            options.threads = threads;
        } else {
            outcome.error = CliText::tr("unknown option '%1'").arg(arg);
            return outcome;
        }
    }
    if (options.command == Command::Diagnose && options.filter) {
        // Findings describe the whole incident; a filtered view of them would hide their evidence.
        outcome.error = CliText::tr("--filter applies to summary and requests, not to diagnose");
        return outcome;
    }
    const bool needsPaths = options.command == Command::Summary || options.command == Command::Requests ||
                            options.command == Command::Diagnose;
    if (needsPaths && options.paths.empty()) {
        outcome.error = CliText::tr("no PATH given");
        return outcome;
    }
    outcome.options = options;
    return outcome;
}

} // namespace rs::cli
