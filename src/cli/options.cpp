#include "cli/options.h"

#include "cli/events.h"
#include "core/clickhouse/client.h"
#include "core/query/filterexpr.h"
#include "core/util/timeparse.h"

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
    if (std::strcmp(word, "routes") == 0)
        return Command::Routes;
    if (std::strcmp(word, "events") == 0)
        return Command::Events;
    if (std::strcmp(word, "report") == 0)
        return Command::Report;
    if (std::strcmp(word, "chart") == 0)
        return Command::Chart;
    if (std::strcmp(word, "push") == 0)
        return Command::Push;
    if (std::strcmp(word, "cache") == 0)
        return Command::Cache;
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
               "  routescope routes PATH… --at TIME [--router ID] [--json]\n"
               "                                             each router's replayed route table at TIME with "
               "the\n"
               "                                             stale marks valid then (TIME like "
               "2026-10-14T09:08:00Z)\n"
               "  routescope events PATH… [--json] [--router ID]\n"
               "                                             every Gorouter event (JSON log and stderr): "
               "time,\n"
               "                                             router, kind, endpoint, attempt class, "
               "request id,\n"
               "                                             file:line and error text\n"
               "  routescope report PATH… -o FILE.pdf|FILE.html [--title T]\n"
               "                                             the incident report\n"
               "  routescope chart PATH… --kind timeline|backends|classes|latency\n"
               "                   -o FILE.png|svg|pdf|csv [--width W --height H] [--scale 1|2|3]\n"
               "                                             one chart, as the window draws it\n"
               "  routescope push PATH… --to clickhouse://[user@]host[:port]/database [--create]\n"
               "                                             the same analysis, stored in ClickHouse "
               "(password\n"
               "                                             from ROUTESCOPE_CLICKHOUSE_PASSWORD); a bundle\n"
               "                                             pushed before is not added again; with\n"
               "                                             --progress, rows and bytes sent per table; "
               "Ctrl-C\n"
               "                                             stops after the current batch\n"
               "  routescope summary clickhouse://[user@]host[:port]/database --from T --to T [--json]\n"
               "                                             the overview of a pushed range, computed by "
               "ClickHouse\n"
               "  routescope requests clickhouse://… --from T --to T [--limit N [--after CURSOR]]\n"
               "                                             its requests in time order, a page at a time\n"
               "  routescope diagnose|report|chart clickhouse://… --from T --to T [--filter EXPR] …\n"
               "                                             the range drilled into a local incident (at "
               "most\n"
               "                                             5 000 000 requests), then as for files\n"
               "  routescope cache ls|clear                  the saved incidents (inputs, requests, size, "
               "date),\n"
               "                                             or removes them\n"
               "  routescope help filter                     the --filter grammar: fields, operators, "
               "examples\n"
               "Options:\n"
               "  --filter EXPR select requests (summary, requests, report, chart) or events (time, "
               "router,\n"
               "                host, app, backend, instance, class, text), for example\n"
               "                'status>=500 and class in (dial, hostname_mismatch) and "
               "time>=2026-10-14T09:08:00Z'\n"
               "  --threads N   parser threads (default: one per core)\n"
               "  --progress    show import progress on stderr (when pushing: rows and bytes sent)\n"
               "  --no-cache    import again, without reading or writing the saved incident\n"
               "  --ca-file PATH  PEM certificates trusted for a clickhouses:// server (HTTPS, port "
               "8443),\n"
               "                besides the system's; the certificate is always checked\n"
               "  --lang L      language of the report or chart: de, ja or en (default: the system's)\n"
               "PATH is a directory, a log file, a .gz, or a .tgz/.tar/.zip bundle (archives may nest).\n"
               "After an import the incident is saved under $XDG_CACHE_HOME/routescope (or\n"
               "$ROUTESCOPE_CACHE_DIR); the same PATHs open from there while they are unchanged.\n"
               "Exit status: 0 success, 1 input problems (see the import report), 2 usage error,\n"
               "3 ClickHouse could not be reached or a query failed, 130 a push stopped by Ctrl-C.\n") +
           QStringLiteral("\n") + QString::fromStdString(filterExpressionHelp());
}

bool readsClickHouse(const Options& options)
{
    return (options.command == Command::Summary || options.command == Command::Requests ||
            options.command == Command::Diagnose || commandDraws(options.command)) &&
           !options.paths.empty() && clickhouse::isClickHouseUrl(options.paths.front());
}

bool commandDraws(Command command)
{
    return command == Command::Report || command == Command::Chart;
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
        const bool allowed = ((options.command == Command::Summary || options.command == Command::Diagnose ||
                               options.command == Command::Routes || options.command == Command::Events) &&
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
        } else if ((arg == QLatin1String("-o") || arg == QLatin1String("--output") ||
                    arg == QLatin1String("--title") || arg == QLatin1String("--kind")) &&
                   commandDraws(options.command)) {
            if (i + 1 >= arguments.size()) {
                outcome.error = CliText::tr("%1 needs a value").arg(arg);
                return outcome;
            }
            const QString value = arguments[++i];
            if (arg == QLatin1String("--title"))
                options.title = value;
            else if (arg == QLatin1String("--kind"))
                options.kind = value;
            else
                options.output = value;
        } else if ((arg == QLatin1String("--width") || arg == QLatin1String("--height")) &&
                   options.command == Command::Chart) {
            bool ok = false;
            const int value = i + 1 < arguments.size() ? arguments[++i].toInt(&ok) : 0;
            if (!ok || value < 100 || value > 10000) {
                outcome.error = CliText::tr("%1 needs a number of pixels from 100 to 10000").arg(arg);
                return outcome;
            }
            (arg == QLatin1String("--width") ? options.width : options.height) = value;
        } else if (arg == QLatin1String("--scale") && options.command == Command::Chart) {
            const QString value = i + 1 < arguments.size() ? arguments[++i] : QString();
            if (value != QLatin1String("1") && value != QLatin1String("2") && value != QLatin1String("3")) {
                outcome.error = CliText::tr("--scale takes 1, 2 or 3");
                return outcome;
            }
            options.scale = value.toInt();
        } else if (arg == QLatin1String("--lang") && commandDraws(options.command)) {
            const QString value = i + 1 < arguments.size() ? arguments[++i] : QString();
            if (value != QLatin1String("de") && value != QLatin1String("ja") &&
                value != QLatin1String("en")) {
                outcome.error = CliText::tr("--lang takes de, ja or en");
                return outcome;
            }
            options.language = value;
        } else if (arg == QLatin1String("--at") && options.command == Command::Routes) {
            const QString value = i + 1 < arguments.size() ? arguments[++i] : QString();
            options.at = parseRfc3339(value.toStdString());
            if (options.at == kNoTime) {
                outcome.error = CliText::tr("--at needs a time such as 2026-10-14T09:08:00Z");
                return outcome;
            }
        } else if (arg == QLatin1String("--router") &&
                   (options.command == Command::Routes || options.command == Command::Events)) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty()) {
                outcome.error = CliText::tr("--router needs a router name or id");
                return outcome;
            }
            options.router = arguments[++i].toStdString();
        } else if (arg == QLatin1String("--to") && options.command == Command::Push) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty()) {
                outcome.error = CliText::tr("--to needs a clickhouse://[user@]host[:port]/database URL");
                return outcome;
            }
            options.to = arguments[++i];
        } else if ((arg == QLatin1String("--from") || arg == QLatin1String("--to")) &&
                   (options.command == Command::Summary || options.command == Command::Requests ||
                    options.command == Command::Diagnose || commandDraws(options.command))) {
            const QString value = i + 1 < arguments.size() ? arguments[++i] : QString();
            const TimeNs t = parseRfc3339(value.toStdString());
            if (t == kNoTime) {
                outcome.error = CliText::tr("%1 needs a time such as 2026-10-14T09:08:00Z").arg(arg);
                return outcome;
            }
            (arg == QLatin1String("--from") ? options.from : options.until) = t;
        } else if (arg == QLatin1String("--limit") && options.command == Command::Requests) {
            bool ok = false;
            const qulonglong limit = i + 1 < arguments.size() ? arguments[++i].toULongLong(&ok) : 0;
            if (!ok || limit == 0 || limit > 1000000) {
                outcome.error = CliText::tr("--limit needs a number of rows from 1 to 1000000");
                return outcome;
            }
            options.limit = static_cast<std::size_t>(limit);
        } else if (arg == QLatin1String("--after") && options.command == Command::Requests) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty()) {
                outcome.error = CliText::tr("--after needs the cursor a previous page printed");
                return outcome;
            }
            options.after = arguments[++i].toStdString();
        } else if (arg == QLatin1String("--create") && options.command == Command::Push) {
            options.create = true;
        } else if (arg == QLatin1String("--ca-file")) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty()) {
                outcome.error = CliText::tr("--ca-file needs a file of PEM certificates");
                return outcome;
            }
            options.caFile = arguments[++i];
        } else if (arg == QLatin1String("--progress")) {
            options.progress = true;
        } else if (arg == QLatin1String("--no-cache")) {
            options.noCache = true;
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
    // Over a clickhouse:// source the filter chooses what is drilled.
    if (options.command == Command::Diagnose && options.filter && !readsClickHouse(options)) {
        // Findings describe the whole incident; a filtered view of them would hide their evidence.
        outcome.error = CliText::tr("--filter applies to summary and requests, not to diagnose");
        return outcome;
    }
    if (options.command == Command::Routes && options.filter) {
        outcome.error = CliText::tr("--filter applies to summary and requests, not to routes");
        return outcome;
    }
    if (options.command == Command::Events && options.filter && options.filter->expression) {
        outcome.error = CliText::tr("--filter for events: only time, router, host, app, backend, instance, "
                                    "class and text terms joined by 'and' describe events");
        return outcome;
    }
    if (options.command == Command::Events && options.filter && !filterAppliesToEvents(*options.filter)) {
        outcome.error = CliText::tr("--filter for events: status and source describe requests, not events");
        return outcome;
    }
    if (options.command == Command::Push && options.filter) {
        outcome.error = CliText::tr("push stores the whole incident; --filter does not apply");
        return outcome;
    }
    const bool rangeGiven =
        options.from != kNoTime || options.until != kNoTime || options.limit != 0 || !options.after.empty();
    if (readsClickHouse(options)) {
        if (options.paths.size() != 1) {
            outcome.error =
                CliText::tr("a clickhouse:// source is read alone: give one URL and no other PATH");
            return outcome;
        }
        if (options.from == kNoTime || options.until == kNoTime || options.until <= options.from) {
            outcome.error =
                CliText::tr("a clickhouse:// source needs --from T and a later --to T, for example "
                            "--from 2026-10-14T09:00:00Z --to 2026-10-14T10:00:00Z");
            return outcome;
        }
        if (options.format == OutputFormat::Csv || options.format == OutputFormat::JsonLines) {
            outcome.error = CliText::tr("requests from a clickhouse:// source are written as TSV only");
            return outcome;
        }
    } else if (rangeGiven) {
        outcome.error =
            CliText::tr("--from, --to, --limit and --after read a clickhouse:// source; for files "
                        "use --filter 'time>=…'");
        return outcome;
    }
    if (!options.caFile.isEmpty() && options.command != Command::Push && !readsClickHouse(options)) {
        outcome.error = CliText::tr("--ca-file applies to a clickhouses:// server (push, or a clickhouses:// "
                                    "source)");
        return outcome;
    }
    if (options.command == Command::Push && options.to.isEmpty()) {
        outcome.error = CliText::tr("push needs --to clickhouse://[user@]host[:port]/database");
        return outcome;
    }
    if (options.command == Command::Routes && options.at == kNoTime) {
        outcome.error = CliText::tr("routes needs --at TIME, for example --at 2026-10-14T09:08:00Z");
        return outcome;
    }
    if (options.command == Command::Report) {
        const QString suffix = options.output.section(QLatin1Char('.'), -1).toLower();
        if (options.output.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("html"))) {
            outcome.error = CliText::tr("report needs -o FILE.pdf or -o FILE.html");
            return outcome;
        }
    }
    if (options.command == Command::Chart) {
        const QString suffix = options.output.section(QLatin1Char('.'), -1).toLower();
        const QStringList kinds{QStringLiteral("timeline"), QStringLiteral("backends"),
                                QStringLiteral("classes"), QStringLiteral("latency")};
        if (!kinds.contains(options.kind)) {
            outcome.error = CliText::tr("chart needs --kind timeline, backends, classes or latency");
            return outcome;
        }
        if (options.output.isEmpty() || !QStringList{QStringLiteral("png"), QStringLiteral("svg"),
                                                     QStringLiteral("pdf"), QStringLiteral("csv")}
                                             .contains(suffix)) {
            outcome.error = CliText::tr("chart needs -o FILE.png, FILE.svg, FILE.pdf or FILE.csv");
            return outcome;
        }
    }
    if (options.command == Command::Cache &&
        (options.paths.size() != 1 || (options.paths.front() != "ls" && options.paths.front() != "clear"))) {
        outcome.error = CliText::tr("cache takes ls or clear");
        return outcome;
    }
    const bool needsPaths = options.command != Command::Help && options.command != Command::Version;
    if (needsPaths && options.paths.empty()) {
        outcome.error = CliText::tr("no PATH given");
        return outcome;
    }
    outcome.options = options;
    return outcome;
}

} // namespace rs::cli
