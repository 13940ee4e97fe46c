#pragma once

namespace rs::cli {

// True when argv names a headless command; the caller then creates a QCoreApplication
// (not a QApplication) and calls run().
bool isCommandLine(int argc, char** argv);

// Runs the command; returns the process exit status (0 ok, 1 input problems, 2 usage).
int run(int argc, char** argv);

} // namespace rs::cli
