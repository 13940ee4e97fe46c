#pragma once

#include "core/formats/envelope.h"
#include "core/util/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rs {

// What was wrapped around a record before it reached the bundle (FORMATS.md §0, §1.1, §5.6).
// Envelope: the record is a field of an envelope or export (JSON, Python dict, CSV/TSV) and no
// wrapper we know is around it; UnknownPrefix: found by its shape after a prefix we do not know.
enum class WrapperKind : std::uint8_t {
    None,
    CfLogs,
    SyslogRfc5424,
    SyslogRfc3164,
    BoshFollow,
    TailHeader,
    Envelope,
    UnknownPrefix
};

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
    // Set when the record was found inside the line rather than after known wrappers: the field
    // (or bare text) it came from, in the coordinates of the line given to unwrap().
    EmbeddedRecord embedded;
    std::string_view unknownPrefix; // the text before a bare record that no known wrapper explains
    // The envelope's own fields when unwrap() already read them (to tell an app's line by its
    // source type), so that the importer does not scan the envelope again.
    std::optional<EnvelopeFacts> facts;
};

// Strips, outermost first: a `bosh logs -f` prefix, then a syslog header (RFC5424, RFC3164 with
// or without PRI, rsyslog file lines) or a `cf logs` prefix, then a UTF-8 BOM. Lines that are
// not wrapped come back unchanged with outer None; the `[YYYY-MM-DD HH:MM:SS+0000] ` prefix of
// pre-BPM gorouter.log belongs to that format and is left in place. A trailing '\r' is dropped.
//
// A record that is not at the start of what is left is then looked for inside the line
// (findEmbeddedRecord): the field of an envelope or export, or a record after an unknown prefix.
// An app's line inside the line is found the same way (docs/APPLOGS.md): a message field of a
// JSON or Python envelope, a quoted CSV column or the text after a Loki logcli prefix whose text
// is a `cf logs` or drain line of an APP source, or a message field of an envelope whose own
// fields name an APP source (firehose `source_type`, a drain export's `procid`). It comes back
// like a bare cf logs line: `logSource` ("APP/PROC/WEB/0", rebuilt from the envelope's source
// type and instance when it has to be), `stream`, `wrapperTime` (the envelope's time when the
// text has none), the app's text as `payload`, and `embedded` set. Whichever of an app's line
// and an access record starts first in the line is taken; lines whose known wrapper already
// names an APP source are not searched.
// A record taken out of a quoted field is decoded into a buffer of the calling thread: the
// payload (and views into it) stay valid until the next unwrap()/unwrapNext() on that thread
// that decodes one.
Unwrapped unwrap(std::string_view line);

// The known wrappers only: the import's path for files whose head held no embedded records.
Unwrapped unwrapKnown(std::string_view line);

// The next embedded record or app line of `line` (as given to unwrap()) whose field starts at or
// after `from`: JSON arrays and search results hold several in one line. `u` is replaced whole
// (the line's known wrappers and the new field). False when there is none.
bool unwrapNext(std::string_view line, std::size_t from, Unwrapped& u);

// Stable id of how a record was wrapped, for the import report ("cf_logs", "json:msg", …).
std::string wrapperId(const Unwrapped& u);

} // namespace rs
