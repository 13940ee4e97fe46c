#pragma once

namespace rs::cli {
struct Options;
}

namespace rs {

// `routescope report` and `routescope chart`: the same drawing code as the window, without
// one. Registered with cli::setDrawingCommand by the binary; needs a QApplication.
int runDrawingCommand(const cli::Options& options);

} // namespace rs
