// The incident report of ten million requests (issue 5: under 5 seconds): the document
// (summary, classes, appendix of the top failing requests), the four charts, and the PDF with
// vector charts; the HTML with inline SVG. The baseline, measured in the same run, is one pass
// over the start column of the same requests.
#include "app/export/reportexport.h"
#include "syntheticincident.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace rs;
using namespace rs::bench;

namespace {

void BM_Baseline_ScanStartColumn(benchmark::State& state)
{
    scanStartColumn(state);
}

void exportReport(benchmark::State& state, const char* suffix, const Filter& filter)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.") + QLatin1String(suffix));
    for (auto _ : state) {
        QString error;
        if (!writeReport(fixture().analysis, filter, {}, path, &error))
            state.SkipWithError(qPrintable(error));
    }
    state.counters["rows"] = static_cast<double>(kRows);
}

void BM_Report_Pdf(benchmark::State& state)
{
    exportReport(state, "pdf", {});
}

void BM_Report_Html(benchmark::State& state)
{
    exportReport(state, "html", {});
}

void BM_Report_Pdf_Failures(benchmark::State& state)
{
    Filter f;
    f.statuses = {{500, 599}};
    exportReport(state, "pdf", f);
}

} // namespace

BENCHMARK(BM_Baseline_ScanStartColumn)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Report_Pdf)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_Report_Html)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_Report_Pdf_Failures)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char** argv)
{
    // The charts are drawn by widgets: a GUI application, offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    fixture();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
