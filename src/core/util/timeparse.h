#pragma once

#include "core/util/types.h"

#include <string>
#include <string_view>

namespace rs {

// Timestamp and duration readers for every log era. All return kNoTime / kNoDuration on
// failure, never throw, and never touch strptime or the C locale: they run once per line.

// Every access-log era: "02/01/2006:15:04:05 -0700", "02/01/2006:15:04:05.000 -0700",
// "2006-01-02T15:04:05.000-0700", "2006-01-02T15:04:05.000000000Z"; 0–9 fraction digits;
// zone Z, ±hhmm or ±hh:mm.
TimeNs parseAccessTimestamp(std::string_view s);

// 2006-01-02T15:04:05[.frac](Z|±hh:mm|±hhmm); a space may replace the T.
TimeNs parseRfc3339(std::string_view s);

// Epoch seconds as lager writes them: "1476379410.654025555", "1554761639.7473993",
// "1530813550", "1.5547616397473993e+09". Integer arithmetic: 9 fraction digits stay exact.
TimeNs parseEpochSeconds(std::string_view s);

// Go `log` prefix "2006/01/02 15:04:05" with optional ".000000". The VM's local time, which
// is UTC on BOSH stemcells, so it is read as UTC.
TimeNs parseGoLogTime(std::string_view s);

// The ctl-script prefix inside "[...]" (brackets optional): "2018-07-05 17:59:10+0000",
// "2018-07-05 17:59:10.123456+0000", "2026-01-02T15:04:05.123456789Z".
TimeNs parseBracketPrefixTime(std::string_view s);

// 1–12 for "Jan"…"Dec" (case as written by syslog and HAProxy), 0 for anything else.
int monthFromAbbreviation(std::string_view m);

// Civil UTC time to ns since the epoch (Howard Hinnant's days_from_civil). kNoTime when a
// field is out of range or the instant does not fit in int64 ns (before 1678, after 2261).
TimeNs makeTimeUtc(int y, int mo, int d, int h, int mi, int s, int nanos);

// Seconds as the access log writes them: "0.011962", "60", "60.000000000", "120.00641734".
// kNoDuration for "-", "\"-\"", "MissingFinishedAt", anything invalid, and negative values.
DurationNs parseSecondsDuration(std::string_view s);

// "2026-10-14T09:08:00.123456789Z", always 9 fraction digits; "" for kNoTime.
std::string formatTimeUtc(TimeNs t);

// "%.6f" style seconds ("0.011962"), rounded to the microsecond; "" for kNoDuration.
std::string formatDurationSeconds(DurationNs d);

} // namespace rs
