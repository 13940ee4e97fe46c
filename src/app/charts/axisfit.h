#pragma once

#include "app/charts/qcustomplot.h"

#include <QRectF>
#include <QSharedPointer>

#include <vector>

namespace rs {

// Tickers whose labels never overlap: before the ticks are made, the tick count follows the
// axis' length and the width of the labels last drawn; after, every other tick is dropped
// until neighbouring labels keep a gap. Text labels are never typeset as powers of ten (a GUID
// holding "e0" stays a GUID): the axis' number format loses QCustomPlot's 'b'.
QSharedPointer<QCPAxisTicker> apartNumberTicker(QCPAxis* axis);
QSharedPointer<QCPAxisTickerText> apartTextTicker(QCPAxis* axis);
// The pixels one category label takes along a vertical axis with the gap apartTextTicker keeps:
// a bar chart with rows this far apart labels every row.
double labelledRowPixels(const QCPAxis* axis);
QSharedPointer<QCPAxisTickerLog> apartLogTicker(QCPAxis* axis);
// UTC times whose precision follows the tick step: "HH:mm:ss.zzz" below a second, "HH:mm:ss"
// below a minute, "HH:mm" below a day, then "MM-dd HH:mm". The date is in the axis title.
QSharedPointer<QCPAxisTickerDateTime> apartTimeTicker(QCPAxis* axis);

// Plain counts: fixed notation, no fraction digits.
void useCountLabels(QCPAxis* axis);

} // namespace rs
