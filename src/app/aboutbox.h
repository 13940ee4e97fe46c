#pragma once

class QMessageBox;
class QWidget;

namespace rs {

// Help → About: what RouteScope is, then the lines a bug report needs (version, commit,
// build date, library versions; core/util/buildinfo.h) as selectable text, with a Copy
// button that puts exactly those lines on the clipboard and leaves the box open.
// The box deletes itself when closed.
QMessageBox* createAboutBox(QWidget* parent);

} // namespace rs
