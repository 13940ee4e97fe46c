#pragma once

#include "core/util/types.h"

#include <cstdint>
#include <string_view>

namespace rs {

// What was wrapped around a record before it reached the bundle (FORMATS.md §0, §1.1, §5.6).
enum class WrapperKind : std::uint8_t { None, CfLogs, SyslogRfc5424, SyslogRfc3164, BoshFollow, TailHeader };

// A line with every wrapper stripped. Views point into the line given to unwrap().
struct Unwrapped {
    std::string_view payload;              // the record after all wrappers (may be empty)
    WrapperKind outer = WrapperKind::None; // outermost wrapper; TailHeader for every tail header,
                                           // also one inside a bosh -f prefix
    bool cfLogs = false, syslog = false, boshFollow = false, bom = false; // every wrapper seen
    std::string_view instance;  // bosh -f "router/0" or "router/<uuid>"
    std::string_view stream;    // bosh -f "stdout"/"stderr"; cf logs "OUT"/"ERR"
    std::string_view logSource; // cf logs / drain source: "RTR/0", "RTR", "RTR.1", "APP/PROC/WEB/0" ...
    std::string_view syslogHost, syslogAppName; // RFC5424/3164 HOSTNAME and APP-NAME/tag ("vcap.gorouter")
    std::string_view tailPath;                  // "==> PATH <==" lines: the path; payload empty
    TimeNs wrapperTime = kNoTime; // when the wrapper carries a full date (cf logs with date, syslog)
};

// Strips, outermost first: a `bosh logs -f` prefix, then a syslog header (RFC5424, RFC3164 with
// or without PRI, rsyslog file lines) or a `cf logs` prefix, then a UTF-8 BOM. Lines that are
// not wrapped come back unchanged with outer None; the `[YYYY-MM-DD HH:MM:SS+0000] ` prefix of
// pre-BPM gorouter.log belongs to that format and is left in place. A trailing '\r' is dropped.
Unwrapped unwrap(std::string_view line);

} // namespace rs
