#include "cli/cli.h"

#include "cli/importrun.h"
#include "cli/output.h"
#include "cli/requests.h"
#include "cli/summary.h"

#include <QCoreApplication>

#include <cstdio>

namespace rs::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInputProblems = 1;
constexpr int kExitUsage = 2;

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

} // namespace

bool isCommandLine(int argc, char** argv)
{
    return argc >= 2 && commandNamed(argv[1]).has_value();
}

int run(int, char**)
{
    const ParseOutcome parsed = parseOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        Output err(stderr);
        err << QStringLiteral("routescope: %1\n\n").arg(parsed.error) << usage();
        return kExitUsage;
    }
    const Options& options = *parsed.options;
    Output out(stdout);
    switch (options.command) {
    case Command::Help:
        out << usage();
        return kExitOk;
    case Command::Version:
        out << QStringLiteral("routescope %1\n").arg(QCoreApplication::applicationVersion());
        return kExitOk;
    case Command::Summary: {
        const auto incident = importForCommand(options);
        const SummaryFigures figures = computeSummary(*incident);
        out << (options.format == OutputFormat::Json ? summaryJson(*incident, figures)
                                                     : summaryText(*incident, figures));
        out.flush();
        return incident->report.hasProblems() ? kExitInputProblems : kExitOk;
    }
    case Command::Requests: {
        const auto incident = importForCommand(options);
        writeRequests(*incident, options.format, out);
        out.flush();
        return finish(*incident);
    }
    }
    return kExitUsage;
}

} // namespace rs::cli
