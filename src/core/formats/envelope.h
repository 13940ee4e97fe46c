#pragma once

// Access records carried inside something else: a field of a log-pipeline envelope or of a
// log-store export (JSON lines and arrays, Python dict dumps, CSV/TSV exports), or a line
// whose prefix RouteScope does not know. Found by the record's own shape, never by file name.

#include "core/util/types.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// How the field holding the record is written in its line.
enum class EnvelopeStyle : std::uint8_t {
    None,
    Json,       // "…" with JSON escapes (\" \\ \n \uXXXX): JSON lines/arrays, syslog-wrapped JSON
    PythonRepr, // '…' with Python escapes: repr() of a dict
    Csv,        // "…" with "" for a quote (RFC 4180); may run past the physical line
    Bare,       // the record as written, after a prefix or between tabs (TSV, Loki logcli)
};

// Where the record sits in the line searched.
struct EmbeddedRecord {
    EnvelopeStyle style = EnvelopeStyle::None;
    std::size_t begin = 0;   // first byte of the field's content (after its opening quote)
    std::size_t end = 0;     // one past its last byte (before the closing quote, or the line end)
    std::size_t fieldAt = 0; // where the field starts, key included ("message":"…"); a record found
                             // later in the same line is re-read from here
    std::string_view key;    // JSON/Python key of the field ("msg", "_raw"); empty otherwise
    int column = -1;         // CSV/TSV column (0-based) when the field is a column
};

// Longest prefix before a bare record that the shape finder looks through.
inline constexpr std::size_t kMaxPrefixBytes = 1024;
// Quote characters examined per line before giving up on a line full of them.
inline constexpr std::size_t kMaxQuoteCandidates = 512;

// The first record at or after `from`: a quoted field whose text is an access record (its
// first bytes have the strict `HOST - [TIME] "` skeleton), else a bare record after an unknown
// prefix that parses strictly as a whole. False when there is none.
bool findEmbeddedRecord(std::string_view line, std::size_t from, EmbeddedRecord& out);

// The field's text with its quoting undone (and a trailing newline dropped). `map`, when given,
// receives for each byte of the text (and one past its end) the offset in `line` it came from.
void decodeEmbedded(std::string_view line, const EmbeddedRecord& record, std::string& out,
                    std::vector<std::uint32_t>* map = nullptr);

// What an envelope object says about the record it carries (firehose-to-syslog, loggregator
// drain exports, Python dicts, Splunk results). Views point into the line.
struct EnvelopeFacts {
    TimeNs time = kNoTime;
    std::string_view appId, appName, orgName, spaceName, sourceType, sourceInstance, origin;
    // An app's own output: the stream ("OUT"/"ERR", from message_type/messageType or a drain's
    // severity) and its instance index when only `instance_id` names it (digits only).
    std::string_view messageType, appInstance;
};

// Reads the envelope's own keys anywhere in the line (nested objects included). `record`, when
// given, is the record found in this line: its quoted value is stepped over, not scanned again.
EnvelopeFacts envelopeFacts(std::string_view line, EnvelopeStyle style,
                            const EmbeddedRecord* record = nullptr);

// The first string member at or after `from` whose key names a log line ("msg", "message",
// "_raw", "log", "line"), at any depth, of a JSON or Python-dict envelope: where it sits, as
// findEmbeddedRecord reports a record (style Json or PythonRepr, `key` set). What it holds is
// not looked at: an app's line in an envelope is any text. The scan starts at an object or
// array at `from`, at a member when only blanks precede it in the line (pretty-printed JSON),
// else at the next '{' (the next element of an array); members whose key starts at or after
// `limit` are not looked at.
bool findMessageMember(std::string_view line, std::size_t from, EmbeddedRecord& out,
                       std::size_t limit = std::string_view::npos);

// The quoted CSV fields of a line in order, from the one at or after `from`: where the next
// starts (its opening quote after a delimiter or at the line start) as a Csv record, or false.
bool findCsvField(std::string_view line, std::size_t from, EmbeddedRecord& out);

} // namespace rs
