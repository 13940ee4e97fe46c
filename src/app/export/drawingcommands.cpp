#include "app/export/drawingcommands.h"

#include "app/export/chartexport.h"
#include "app/export/reportexport.h"
#include "app/language.h"
#include "cli/importrun.h"
#include "cli/options.h"
#include "cli/output.h"

#include <QCoreApplication>

namespace rs {
namespace {
constexpr int kExitOk = 0;
constexpr int kExitInputProblems = 1;
constexpr int kExitFailed = 2;
} // namespace

int runDrawingCommand(const cli::Options& options)
{
    // Before the analysis: the findings are worded when they are computed.
    if (!options.language.isEmpty())
        applyLanguage(options.language);
    const auto incident = cli::importForCommand(options);
    const auto analysis = analyse(incident);
    const Filter filter = options.filter.value_or(Filter{});
    QString error;
    bool written = false;
    if (options.command == cli::Command::Report) {
        ReportRequest request;
        request.title = options.title;
        written = writeReport(analysis, filter, request, options.output, &error);
    } else {
        const auto kind = chartKindFromId(options.kind);
        const ChartExport chart(*kind, computeViewData(analysis, filter),
                                QSize(options.width, options.height));
        written = chart.save(options.output, options.scale, &error);
    }
    cli::Output err(stderr);
    if (!written) {
        err << QStringLiteral("routescope: %1\n").arg(error);
        return kExitFailed;
    }
    const std::string problems = cli::problemsText(*incident);
    if (!problems.empty()) {
        err << problems;
        return kExitInputProblems;
    }
    return kExitOk;
}

} // namespace rs
