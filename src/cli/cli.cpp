#include "cli/cli.h"

#include "cli/cachecommand.h"
#include "cli/chsource.h"
#include "cli/diagnose.h"
#include "cli/events.h"
#include "cli/exitstatus.h"
#include "cli/importrun.h"
#include "cli/output.h"
#include "cli/push.h"
#include "cli/requests.h"
#include "cli/routes.h"
#include "cli/summary.h"
#include "core/diagnosis/correlation.h"
#include "core/query/analysis.h"
#include "core/query/filter.h"
#include "core/query/filterexpr.h"
#include "core/util/buildinfo.h"
#include "core/util/memorytrace.h"

#include <QCoreApplication>

#include <cstdio>

namespace rs::cli {
namespace {

int finish(const Incident& incident)
{
    const std::string problems = problemsText(incident);
    if (!problems.empty()) {
        Output err(stderr);
        err << problems;
        return kExitInputProblems;
    }
    return kExitOk;
}

DrawingCommand& drawingCommand()
{
    static DrawingCommand command;
    return command;
}

} // namespace

bool isCommandLine(int argc, char** argv)
{
    return argc >= 2 && commandNamed(argv[1]).has_value();
}

bool drawsCharts(int argc, char** argv)
{
    const auto command = argc >= 2 ? commandNamed(argv[1]) : std::nullopt;
    return command && commandDraws(*command);
}

void setDrawingCommand(DrawingCommand command)
{
    drawingCommand() = std::move(command);
}

int run(int, char**)
{
    const ParseOutcome parsed = parseOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        Output err(stderr);
        err << QStringLiteral("routescope: %1\n").arg(parsed.error)
            << QCoreApplication::translate("rs::cli",
                                           "Run 'routescope help' for usage and the filter grammar.\n");
        return kExitUsage;
    }
    const Options& options = *parsed.options;
    Output out(stdout);
    switch (options.command) {
    case Command::Help:
        // `routescope help filter`: the grammar alone, the page a filter error points to.
        if (options.paths.size() == 1 && options.paths.front() == "filter")
            out << QString::fromStdString(filterExpressionHelp());
        else
            out << usage();
        return kExitOk;
    case Command::Version:
        out << buildInfoText();
        return kExitOk;
    case Command::Report:
    case Command::Chart:
        if (!drawingCommand()) {
            Output err(stderr);
            err << QStringLiteral("routescope: %1\n")
                       .arg(QCoreApplication::translate("rs::cli",
                                                        "this build cannot draw reports or charts"));
            return kExitUsage;
        }
        if (readsClickHouse(options)) {
            if (const int exit = drillForCommand(options); exit != kExitOk)
                return exit;
        }
        return drawingCommand()(options);
    case Command::Summary: {
        if (readsClickHouse(options))
            return runClickHouseSummary(options);
        const auto incident = importForCommand(options);
        traceMemory("summary: imported");
        const Diagnosis diagnosis = diagnose(*incident);
        traceMemory("summary: diagnosed");
        const Selection selection =
            select(*incident, options.filter.value_or(Filter{}), classColumns(diagnosis));
        traceMemory("summary: selected");
        const SummaryFigures figures = computeSummary(*incident, diagnosis, selection.rows);
        traceMemory("summary: counted");
        out << (options.format == OutputFormat::Json ? summaryJson(*incident, figures)
                                                     : summaryText(*incident, figures));
        out.flush();
        traceMemory("summary: written");
        return incident->report.hasProblems() ? kExitInputProblems : kExitOk;
    }
    case Command::Diagnose: {
        if (readsClickHouse(options))
            return runClickHouseDiagnose(options);
        const auto incident = importForCommand(options);
        const Diagnosis diagnosis = diagnose(*incident);
        out << (options.format == OutputFormat::Json ? diagnoseJson(*incident, diagnosis)
                                                     : diagnoseText(*incident, diagnosis));
        out.flush();
        return finish(*incident);
    }
    case Command::Routes: {
        const auto incident = importForCommand(options);
        out << (options.format == OutputFormat::Json ? routesJson(*incident, options.at, options.router)
                                                     : routesText(*incident, options.at, options.router));
        out.flush();
        return finish(*incident);
    }
    case Command::Events: {
        const auto incident = importForCommand(options);
        const std::vector<EventRef> events = selectEvents(*incident, options.filter, options.router);
        if (options.format == OutputFormat::Json)
            writeEventsJson(*incident, events, out);
        else
            writeEventsText(*incident, events, out);
        out.flush();
        return finish(*incident);
    }
    case Command::Push:
        return runPush(options);
    case Command::Cache:
        return runCache(options);
    case Command::Requests: {
        if (readsClickHouse(options))
            return runClickHouseRequests(options);
        const auto incident = importForCommand(options);
        const Diagnosis diagnosis = diagnose(*incident);
        const Selection selection =
            select(*incident, options.filter.value_or(Filter{}), classColumns(diagnosis));
        writeRequests(*incident, diagnosis, selection.rows, options.format, out);
        out.flush();
        return finish(*incident);
    }
    }
    return kExitUsage;
}

} // namespace rs::cli
