#pragma once

#include "core/util/types.h"

#include <QString>

namespace rs {

// Times as the window shows them: UTC, milliseconds in tables (the date said once, in a header
// or a label), the full nanoseconds in tooltips and the request detail.

// "09:08:00.123"; "" for kNoTime.
QString timeOfDayMs(TimeNs t);
// "2026-10-14 09:08:00.123"; "" for kNoTime.
QString dateTimeMs(TimeNs t);
// "2026-10-14"; "" for kNoTime.
QString dateOf(TimeNs t);
// "2026-10-14T09:08:00.123456789Z": every digit the log had.
QString fullTime(TimeNs t);
// Whether both times fall on the same UTC day (false when either is kNoTime).
bool sameUtcDay(TimeNs a, TimeNs b);

// A time a user types: what the CLI's time filter takes (RFC 3339, "2026-10-14T09:08:00Z"),
// an access-log timestamp, epoch seconds, or a time of day ("09:08", "09:08:00.250") on the
// UTC day of `day`. kNoTime when it is none of these (or a time of day without a day).
TimeNs parseUserTime(const QString& text, TimeNs day);

} // namespace rs
