#pragma once

#include "cli/output.h"
#include "core/query/filter.h"
#include "core/store/incident.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::cli {

// One router event as `routescope events` shows it: a row of the Gorouter JSON log table
// (incident.tables.events) or of its stderr table (Go `log` lines: proxy errors, TLS handshake
// errors, panics).
struct EventRef {
    bool stderrLine = false;
    std::uint32_t row = 0;
    std::uint64_t line = 0; // 1-based line in its file; 0 when the file's bytes are gone
};

// The filter fields that mean something for an event: time, routers, hosts (the event's uri),
// apps, backends (its endpoint), instances, classes (the attempt class of its error text) and
// text (its raw line). Statuses, sources and explicit rows describe requests: they match no event
// (the options refuse them before it comes to that). The attempt class is classifyErrorText of the
// error text, for events about a backend attempt (JSON-log events, stderr proxy errors) only.
bool filterAppliesToEvents(const Filter& filter);

// Every router event of the incident that `filter` and `router` (display name or id) keep, in
// time order (file and line for equal times), events of unknown time last.
std::vector<EventRef> selectEvents(const Incident& incident, const std::optional<Filter>& filter,
                                   const std::optional<std::string>& router);

// `routescope events PATH… [--json] [--filter EXPR] [--router ID]`: the headless view of the
// Gorouter logs, one aligned line per event for people, or a JSON array of objects.
void writeEventsText(const Incident& incident, const std::vector<EventRef>& events, Output& out);
void writeEventsJson(const Incident& incident, const std::vector<EventRef>& events, Output& out);

} // namespace rs::cli
