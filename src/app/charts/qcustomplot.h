#pragma once
// The one way to include QCustomPlot: its header uses Qt's lower-case keywords (signals,
// foreach), which this project switches off with QT_NO_KEYWORDS. Forms name this header for
// QCustomPlot widgets.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
