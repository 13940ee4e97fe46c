#pragma once

#include <functional>

namespace rs::cli {

struct Options;

// True when argv names a headless command; the caller then creates a QCoreApplication
// (not a QApplication) and calls run(). For commands that draw (drawsCharts()), the caller
// creates a QApplication instead, offscreen when there is no display.
bool isCommandLine(int argc, char** argv);
bool drawsCharts(int argc, char** argv);

// The commands that draw (report, chart) are carried out by the window's drawing code, which
// the command line layer does not link: the binary registers it here.
using DrawingCommand = std::function<int(const Options& options)>;
void setDrawingCommand(DrawingCommand command);

// Runs the command; returns the process exit status (0 ok, 1 input problems, 2 usage).
int run(int argc, char** argv);

} // namespace rs::cli
