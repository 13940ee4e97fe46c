#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace rs {

// At start, when the last run left crash reports (core/util/crashhandler.h) not offered yet:
// a box that says so and where they are, with Show Folder and Copy Report (the newest report's
// text, for a bug report; nothing is sent anywhere). Returns nullptr when there is nothing to
// offer; the reports count as offered once the box exists. The box deletes itself when closed.
QMessageBox* createCrashReportOffer(QWidget* parent, const QString& directory);

} // namespace rs
