#pragma once

#include "core/util/types.h"

#include <cstdint>
#include <string_view>

namespace rs {

// What an app wrote through Loggregator: a `cf logs` / log-cache / syslog-drain line whose
// source is the app's process ("[APP/PROC/WEB/0]", "[APP/0]", "[APP/TASK/migrate/0]").
// Gorouter's own "[RTR/n]" lines in the same output are access lines and never app lines.
enum class AppStream : std::uint8_t { Unknown, Out, Err };
std::string_view appStreamId(AppStream stream); // "", "OUT", "ERR"

struct AppLogLine {
    TimeNs time = kNoTime;
    int instance = -1; // the app instance index of the source ("APP/PROC/WEB/3": 3); -1 if none
    AppStream stream = AppStream::Unknown;
    std::string_view processType;   // "web", a task name…; empty for the old "[APP/0]"
    std::string_view text;          // the message as the app wrote it
    std::string_view vcapRequestId; // a UUID the app logged as the request id (X-Vcap-Request-Id)
    std::string_view traceId;       // a b3 trace id (16 or 32 hex) or a traceparent's trace id
};

namespace applog {

// True for the Loggregator source types of an app's own process.
bool isAppSource(std::string_view logSource);

// Fills `out` from a cf logs / drain wrapper (source, stream, time) and the message after it.
// False when the source is not an app's.
bool parse(std::string_view logSource, std::string_view stream, TimeNs time, std::string_view message,
           AppLogLine& out);

// The request id an app logged: a canonical UUID after a key naming it (vcap_request_id,
// X-Vcap-Request-Id, request_id, requestId, request-id), in any case and quoting.
std::string_view findVcapRequestId(std::string_view text);
// The trace id an app logged: a W3C traceparent ("00-<32 hex>-<16 hex>-<2 hex>"), or the hex
// after a key naming a trace id (x_b3_traceid, X-B3-TraceId, traceId, trace_id, b3 single header).
std::string_view findTraceId(std::string_view text);

// An error an app reported: its stderr, or a panic, an exception or a stack trace in its text.
bool isErrorLine(const AppLogLine& line);

// The app a `cf logs APP` output is about, from its first line
// "Retrieving logs for app NAME in org ORG / space SPACE as USER..."; empty for any other line.
std::string_view cfLogsHeaderApp(std::string_view line);

} // namespace applog
} // namespace rs
